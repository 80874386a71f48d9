#include "models/OrderFilterProxyModel.h"

#include "models/PurchaseOrderModel.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <algorithm>

namespace ff {

Q_LOGGING_CATEGORY(lcOrderFilter, "ffconsole.models.orderfilter", QtWarningMsg)

namespace {

QStringList normalisedCodes(const QStringList& codes)
{
    QStringList result;
    for (const QString& code : codes) {
        const QString trimmed = code.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed, Qt::CaseInsensitive))
            result.append(trimmed);
    }
    return result;
}

} // namespace

OrderFilterProxyModel::OrderFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PurchaseOrderModel::SortRole);
    setFilterRole(PurchaseOrderModel::FilterTextRole);
    setDynamicSortFilter(true);
}

OrderFilterProxyModel::~OrderFilterProxyModel() = default;

void OrderFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_decisions.clear();
    m_orders = qobject_cast<PurchaseOrderModel*>(sourceModel);
    using Self = OrderFilterProxyModel;
    using Source = QAbstractItemModel;

    if (sourceModel) {
        // Orders added, moved or removed anywhere but at the end shift the rows the decisions
        // are kept by: they are forgotten, and worked out again when asked for. Appended
        // orders need nothing: their decisions are made when the base class filters them.
        m_connections.append(
            connect(sourceModel, &Source::modelAboutToBeReset, this, &Self::forgetDecisions));
        m_connections.append(
            connect(sourceModel, &Source::layoutAboutToBeChanged, this, &Self::forgetDecisions));
        m_connections.append(connect(sourceModel, &Source::rowsAboutToBeMoved, this, &Self::forgetDecisions));
        m_connections.append(
            connect(sourceModel, &Source::rowsAboutToBeInserted, this, &Self::sourceRowsToBeInserted));
        m_connections.append(
            connect(sourceModel, &Source::rowsAboutToBeRemoved, this, &Self::sourceRowsToBeRemoved));
    }

    applyDisplayFormat();
    QSortFilterProxyModel::setSourceModel(sourceModel);

    if (sourceModel) {
        // Connected after the base class, so these run once it has dealt with the change: an
        // order whose items changed may now match the text, or no longer.
        m_connections.append(connect(sourceModel, &Source::rowsInserted, this, &Self::sourceRowsInserted));
        m_connections.append(connect(sourceModel, &Source::rowsRemoved, this, &Self::sourceRowsRemoved));
        m_connections.append(connect(sourceModel, &Source::dataChanged, this, &Self::sourceDataChanged));
    }
    if (m_orders) {
        m_connections.append(connect(
            m_orders, &PurchaseOrderModel::displayFormatChanged, this, &Self::sourceDisplayFormatChanged));
    }
}

void OrderFilterProxyModel::forgetDecisions()
{
    m_decisions.clear();
}

void OrderFilterProxyModel::sourceRowsToBeInserted(const QModelIndex& parent, int first)
{
    if (!parent.isValid() && first < int(m_decisions.size()))
        m_decisions.clear();
}

void OrderFilterProxyModel::sourceRowsToBeRemoved(const QModelIndex& parent)
{
    if (!parent.isValid())
        m_decisions.clear();
}

void OrderFilterProxyModel::sourceRowsInserted(const QModelIndex& parent)
{
    // New orders were decided on as the base class filtered them; new items may change theirs.
    if (parent.isValid())
        recheckOrders(parent.parent(), parent.row(), parent.row());
}

void OrderFilterProxyModel::sourceRowsRemoved(const QModelIndex& parent)
{
    if (!parent.isValid())
        m_decisions.clear(); // the orders after the removed ones have moved up
    else
        recheckOrders(parent.parent(), parent.row(), parent.row());
}

void OrderFilterProxyModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    const QModelIndex parent = topLeft.parent();
    if (!parent.isValid())
        recheckOrders({}, topLeft.row(), bottomRight.row());
    else
        recheckOrders(parent.parent(), parent.row(), parent.row());
}

void OrderFilterProxyModel::sourceDisplayFormatChanged()
{
    const bool localeChanged = applyDisplayFormat();
    // The same days in another zone are other instants.
    if (m_dayRange.isBounded())
        m_decisions.clear();
    if (localeChanged)
        invalidate(); // text sorts by the new locale's rules
    else if (m_dayRange.isBounded())
        invalidateFilter();
}

bool OrderFilterProxyModel::applyDisplayFormat()
{
    const DisplayFormat format = m_orders ? m_orders->displayFormat() : DisplayFormat();
    m_dayRange = DayRange(m_createdFrom, m_createdTo, format.timeZone());
    if (format.locale() == m_locale)
        return false;
    m_locale = format.locale();
    m_comparator.setLocale(m_locale);
    return true;
}

void OrderFilterProxyModel::setFilterText(const QString& text)
{
    m_filterText = text;
    const FilterTerms terms(text);
    if (terms == m_terms)
        return; // a space typed, or a letter's case changed: the same rows
    const bool narrowing = terms.narrows(m_terms);
    m_terms = terms;
    refilter(narrowing);
}

void OrderFilterProxyModel::setStatusCodes(const QStringList& codes)
{
    const QStringList normalised = normalisedCodes(codes);
    if (normalised == m_statusCodes)
        return;
    m_statusCodes = normalised;
    refilter(false);
}

void OrderFilterProxyModel::setCreatedRange(std::optional<QDate> from, std::optional<QDate> to)
{
    if (from && !from->isValid())
        from.reset();
    if (to && !to->isValid())
        to.reset();
    if (from == m_createdFrom && to == m_createdTo)
        return;
    m_createdFrom = from;
    m_createdTo = to;
    m_dayRange = DayRange(from, to, (m_orders ? m_orders->displayFormat() : DisplayFormat()).timeZone());
    refilter(false);
}

void OrderFilterProxyModel::refilter(bool narrowing)
{
    QElapsedTimer timer;
    timer.start();
    if (narrowing) {
        // More letters typed: what was hidden stays hidden; only what was shown is looked at.
        for (qint8& decision : m_decisions) {
            if (decision == Shown)
                decision = Unknown;
        }
    } else {
        m_decisions.clear();
    }
    invalidateFilter();
    qCDebug(lcOrderFilter) << "filtered" << (narrowing ? "(narrowing)" : "") << "in" << timer.elapsed()
                           << "ms";
}

bool OrderFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!sourceParent.isValid())
        return isOrderShown(sourceRow);
    if (!sourceParent.parent().isValid())
        return isOrderShown(sourceParent.row()); // an item goes with its order
    return true;
}

bool OrderFilterProxyModel::isOrderShown(int orderRow) const
{
    if (orderRow < 0)
        return false;
    if (size_t(orderRow) >= m_decisions.size())
        m_decisions.resize(size_t(std::max(orderRow + 1, sourceModel()->rowCount())), Unknown);
    qint8& decision = m_decisions[size_t(orderRow)];
    if (decision == Unknown)
        decision = computeOrderShown(orderRow) ? Shown : Hidden;
    return decision == Shown;
}

bool OrderFilterProxyModel::computeOrderShown(int orderRow) const
{
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex order = source->index(orderRow, 0);
    if (!m_statusCodes.isEmpty()) {
        const QString code = order.data(PurchaseOrderModel::StatusCodeRole).toString();
        const bool listed = std::any_of(m_statusCodes.cbegin(), m_statusCodes.cend(),
            [&](const QString& wanted) { return code.compare(wanted, Qt::CaseInsensitive) == 0; });
        if (!listed)
            return false;
    }
    if (m_dayRange.isBounded()) {
        const QVariant created = order.data(PurchaseOrderModel::CreatedRole);
        if (!m_dayRange.contains(
                created.isValid() ? std::optional(created.value<DateTimeOffset>()) : std::nullopt))
            return false;
    }
    if (m_terms.isEmpty())
        return true;
    if (m_terms.matches(order.data(PurchaseOrderModel::FilterTextRole).toString()))
        return true;
    const int items = source->rowCount(order);
    for (int row = 0; row < items; ++row) {
        if (m_terms.matches(source->index(row, 0, order).data(PurchaseOrderModel::FilterTextRole).toString()))
            return true;
    }
    return false;
}

void OrderFilterProxyModel::recheckOrders(const QModelIndex& parent, int first, int last)
{
    // Only orders (top-level rows) carry a decision; changes deeper down concern none.
    if (parent.isValid() || !sourceModel())
        return;
    last = std::min(last, sourceModel()->rowCount() - 1);
    if (last >= int(m_decisions.size()))
        m_decisions.resize(size_t(last) + 1, Unknown);
    bool stale = false;
    for (int row = first; row <= last; ++row) {
        qint8& decision = m_decisions[size_t(row)];
        const qint8 now = computeOrderShown(row) ? Shown : Hidden;
        if (decision == Unknown) {
            // Not asked since the decisions were last forgotten: compare with what is shown.
            stale |= (now == Shown) != mapFromSource(sourceModel()->index(row, 0)).isValid();
        } else {
            stale |= decision != now;
        }
        decision = now;
    }
    if (stale) {
        // The base class does not look at an order again when only its items changed; the
        // order and its items must appear or go together. Rare: only a replaced order can
        // cause it.
        invalidateRowsFilter();
    }
}

bool OrderFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return m_comparator.compare(left.data(sortRole()), right.data(sortRole())) < 0;
}

} // namespace ff
