// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderFilterProxyModel.h"

#include "models/PurchaseOrderModel.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <algorithm>
#include <climits>

namespace ff {

Q_LOGGING_CATEGORY(lcOrderFilter, "ffconsole.models.orderfilter", QtWarningMsg)

namespace {

// Roles whose change can move a row or show or hide it. PurchaseOrderModel announces a change of
// content with no roles, and one of presentation only (a currency, a display format) with the
// display roles: that is passed on as it is.
bool concernsFilterOrSort(const QList<int>& roles)
{
    return roles.isEmpty() || roles.contains(PurchaseOrderModel::SortRole)
        || roles.contains(PurchaseOrderModel::FilterTextRole)
        || roles.contains(PurchaseOrderModel::StatusCodeRole)
        || roles.contains(PurchaseOrderModel::CreatedRole);
}

} // namespace

OrderFilterProxyModel::OrderFilterProxyModel(QObject* parent)
    : QAbstractProxyModel(parent)
{ }

OrderFilterProxyModel::~OrderFilterProxyModel() = default;

void OrderFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    auto* orders = qobject_cast<PurchaseOrderModel*>(sourceModel);
    if (sourceModel && !orders)
        qCWarning(lcOrderFilter) << "not a PurchaseOrderModel, not shown:" << sourceModel;
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_orders = orders;
    m_sorter.setModel(orders);
    QAbstractProxyModel::setSourceModel(orders);
    if (orders) {
        using Self = OrderFilterProxyModel;
        using Source = PurchaseOrderModel;
        m_filter.setTimeZone(orders->displayFormat().timeZone());
        m_locale = orders->displayFormat().locale();
        auto add = [this](QMetaObject::Connection connection) { m_connections.append(connection); };
        add(connect(orders, &Source::modelAboutToBeReset, this, &Self::sourceAboutToBeReset));
        add(connect(orders, &Source::modelReset, this, &Self::sourceReset));
        add(connect(orders, &Source::rowsAboutToBeInserted, this, &Self::sourceRowsAboutToChange));
        add(connect(orders, &Source::rowsInserted, this, &Self::sourceRowsInserted));
        add(connect(orders, &Source::rowsAboutToBeRemoved, this, &Self::sourceRowsAboutToChange));
        add(connect(orders, &Source::rowsRemoved, this, &Self::sourceRowsRemoved));
        add(connect(orders, &Source::layoutAboutToBeChanged, this, &Self::sourceRowsAboutToChange));
        add(connect(orders, &Source::layoutChanged, this, &Self::sourceLayoutChanged));
        add(connect(orders, &Source::dataChanged, this, &Self::sourceDataChanged));
        add(connect(orders, &Source::headerDataChanged, this, &Self::headerDataChanged));
        add(connect(orders, &Source::displayFormatChanged, this, &Self::sourceDisplayFormatChanged));
        // A PurchaseOrderModel never moves rows nor changes its columns.
    }
    rebuildAll();
    endResetModel();
}

// --- Combining the filter and the sort --------------------------------------------------

bool OrderFilterProxyModel::isShown(int orderRow) const
{
    return m_filter.matches(m_orders->orderNode(orderRow));
}

void OrderFilterProxyModel::rebuildShown()
{
    m_shown.clear();
    m_proxyRowOf.assign(m_shownOrder.size(), -1);
    for (const int row : m_sorter.sortedOrders()) {
        if (m_shownOrder[size_t(row)]) {
            m_proxyRowOf[size_t(row)] = int(m_shown.size());
            m_shown.push_back(row);
        }
    }
}

void OrderFilterProxyModel::rebuildAll()
{
    const int orders = m_orders ? m_orders->orderCount() : 0;
    m_shownOrder.resize(size_t(orders));
    for (int row = 0; row < orders; ++row)
        m_shownOrder[size_t(row)] = isShown(row);
    m_sorter.sortAll();
    rebuildShown();
}

void OrderFilterProxyModel::refilter(bool narrowing)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<char> decisions(m_shownOrder.size());
    for (size_t row = 0; row < decisions.size(); ++row) {
        // More letters typed: what was hidden stays hidden; only what was shown is looked at.
        decisions[row] = narrowing && !m_shownOrder[row] ? false : isShown(int(row));
    }
    if (decisions != m_shownOrder) {
        beginRelayout();
        m_shownOrder = std::move(decisions);
        rebuildShown();
        endRelayout();
    }
    qCDebug(lcOrderFilter) << "filtered" << (narrowing ? "(narrowing)" : "") << "in" << timer.elapsed()
                           << "ms";
}

void OrderFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    if (column == m_sorter.column() && order == m_sorter.order())
        return; // a header click asks twice; the rows are kept in this order as they change
    QElapsedTimer timer;
    timer.start();
    beginRelayout();
    m_sorter.setSort(column, order);
    m_sorter.sortAll();
    rebuildShown();
    endRelayout();
    qCDebug(lcOrderFilter) << "sorted by column" << column << "in" << timer.elapsed() << "ms";
}

void OrderFilterProxyModel::setFilter(OrderFilter filter)
{
    if (m_orders)
        filter.setTimeZone(m_orders->displayFormat().timeZone());
    const bool same = filter == m_filter; // a space typed, or a letter's case changed: the same rows
    const bool narrowing = filter.narrows(m_filter);
    m_filter = std::move(filter);
    if (!same)
        refilter(narrowing);
}

void OrderFilterProxyModel::setFilterText(const QString& text)
{
    OrderFilter filter = m_filter;
    filter.setText(text);
    setFilter(std::move(filter));
}

void OrderFilterProxyModel::setStatusCodes(const QStringList& codes)
{
    OrderFilter filter = m_filter;
    filter.setStatusCodes(codes);
    setFilter(std::move(filter));
}

void OrderFilterProxyModel::setCreatedRange(std::optional<QDate> from, std::optional<QDate> to)
{
    OrderFilter filter = m_filter;
    filter.setCreatedRange(from, to);
    setFilter(std::move(filter));
}

// --- Layout changes ---------------------------------------------------------------------

void OrderFilterProxyModel::beginRelayout()
{
    if (m_relayoutDepth++ > 0)
        return;
    emit layoutAboutToBeChanged();
    m_savedProxy = persistentIndexList();
    m_savedSource.clear();
    m_savedSource.reserve(m_savedProxy.size());
    for (const QModelIndex& index : std::as_const(m_savedProxy))
        m_savedSource.append(QPersistentModelIndex(mapToSource(index)));
}

void OrderFilterProxyModel::endRelayout()
{
    if (--m_relayoutDepth > 0)
        return;
    QModelIndexList to;
    to.reserve(m_savedSource.size());
    for (const QPersistentModelIndex& source : std::as_const(m_savedSource))
        to.append(mapFromSource(source)); // invalid when the row is gone or hidden now
    changePersistentIndexList(m_savedProxy, to);
    m_savedProxy.clear();
    m_savedSource.clear();
    emit layoutChanged();
}

// --- The source's changes ---------------------------------------------------------------

void OrderFilterProxyModel::sourceAboutToBeReset()
{
    beginResetModel();
}

void OrderFilterProxyModel::sourceReset()
{
    rebuildAll();
    endResetModel();
}

void OrderFilterProxyModel::sourceRowsAboutToChange()
{
    beginRelayout();
}

void OrderFilterProxyModel::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    const int orders = m_orders->orderCount();
    if (!parent.isValid() && first == int(m_shownOrder.size()) && last == orders - 1) {
        // Orders appended (a batch of a load): only the new ones are decided and sorted.
        m_shownOrder.resize(size_t(orders));
        for (int row = first; row <= last; ++row)
            m_shownOrder[size_t(row)] = isShown(row);
        m_sorter.sortAppended(first);
        rebuildShown();
    } else if (!parent.isValid()) {
        rebuildAll(); // inserted between others: the rows after them have moved
    } else {
        // Items of an order: its items sort again, and it may match the filter now, or no more.
        m_sorter.forgetItems(parent.row());
        m_shownOrder[size_t(parent.row())] = isShown(parent.row());
        rebuildShown();
    }
    endRelayout();
}

void OrderFilterProxyModel::sourceRowsRemoved(const QModelIndex& parent)
{
    if (!parent.isValid()) {
        rebuildAll();
    } else {
        m_sorter.forgetItems(parent.row());
        m_shownOrder[size_t(parent.row())] = isShown(parent.row());
        rebuildShown();
    }
    endRelayout();
}

void OrderFilterProxyModel::sourceLayoutChanged(const QList<QPersistentModelIndex>& parents)
{
    // PurchaseOrderModel reorders the items of one order this way; anything else: start again.
    bool itemsOnly = !parents.isEmpty();
    for (const QPersistentModelIndex& parent : parents)
        itemsOnly &= parent.isValid() && !parent.parent().isValid();
    if (itemsOnly) {
        for (const QPersistentModelIndex& parent : parents)
            m_sorter.forgetItems(parent.row());
    } else {
        rebuildAll();
    }
    endRelayout();
}

void OrderFilterProxyModel::sourceDataChanged(
    const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const QModelIndex sourceParent = topLeft.parent();
    if (concernsFilterOrSort(roles)) {
        // The orders concerned may pass the filter now, or no more, or sort elsewhere.
        const int first = sourceParent.isValid() ? sourceParent.row() : topLeft.row();
        const int last = sourceParent.isValid() ? sourceParent.row() : bottomRight.row();
        const int column = m_sorter.column();
        const bool sortedColumn = column >= topLeft.column() && column <= bottomRight.column();
        bool changed = sortedColumn;
        for (int row = first; row <= last && row < int(m_shownOrder.size()); ++row)
            changed |= bool(m_shownOrder[size_t(row)]) != isShown(row);
        if (changed) {
            beginRelayout();
            for (int row = first; row <= last && row < int(m_shownOrder.size()); ++row)
                m_shownOrder[size_t(row)] = isShown(row);
            if (sortedColumn && !sourceParent.isValid())
                m_sorter.sortAll();
            else if (sortedColumn)
                m_sorter.forgetItems(sourceParent.row());
            rebuildShown();
            endRelayout();
        }
    }
    // Passed on as one change over the rows concerned, in the proxy's terms.
    if (!sourceParent.isValid()) {
        int low = INT_MAX;
        int high = -1;
        for (int row = topLeft.row(); row <= bottomRight.row() && row < int(m_proxyRowOf.size()); ++row) {
            if (const int shown = m_proxyRowOf[size_t(row)]; shown >= 0) {
                low = std::min(low, shown);
                high = std::max(high, shown);
            }
        }
        if (high >= 0)
            emit dataChanged(index(low, topLeft.column()), index(high, bottomRight.column()), roles);
    } else if (const QModelIndex parent = mapFromSource(sourceParent); parent.isValid()) {
        const int items = rowCount(parent);
        if (items > 0)
            emit dataChanged(
                index(0, topLeft.column(), parent), index(items - 1, bottomRight.column(), parent), roles);
    }
}

void OrderFilterProxyModel::sourceDisplayFormatChanged()
{
    const DisplayFormat& format = m_orders->displayFormat();
    OrderFilter filter = m_filter;
    filter.setTimeZone(format.timeZone());
    const bool sameOrders = filter == m_filter;
    const bool localeChanged = format.locale() != m_locale;
    m_filter = std::move(filter);
    m_locale = format.locale();
    // The same days in another zone are other instants; text sorts by the new locale's rules.
    if (sameOrders && !localeChanged)
        return;
    beginRelayout();
    rebuildAll();
    endRelayout();
}

// --- The proxy's rows -------------------------------------------------------------------

QModelIndex OrderFilterProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= columnCount())
        return {};
    if (!parent.isValid())
        return row < int(m_shown.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.model() != this || parent.internalId() != 0 || parent.column() != 0
        || parent.row() >= int(m_shown.size()))
        return {};
    const int orderRow = m_shown[size_t(parent.row())];
    if (row >= m_orders->orderNode(orderRow).itemCount())
        return {};
    return createIndex(row, column, quintptr(orderRow) + 1);
}

QModelIndex OrderFilterProxyModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const size_t orderRow = size_t(child.internalId() - 1);
    if (orderRow >= m_proxyRowOf.size() || m_proxyRowOf[orderRow] < 0)
        return {};
    return createIndex(m_proxyRowOf[orderRow], 0, quintptr(0));
}

QModelIndex OrderFilterProxyModel::sibling(int row, int column, const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (row == index.row() && column >= 0 && column < columnCount())
        return createIndex(row, column, index.internalId());
    return QAbstractProxyModel::sibling(row, column, index);
}

int OrderFilterProxyModel::rowCount(const QModelIndex& parent) const
{
    if (!m_orders)
        return 0;
    if (!parent.isValid())
        return int(m_shown.size());
    if (parent.model() != this || parent.internalId() != 0 || parent.column() != 0
        || parent.row() >= int(m_shown.size()))
        return 0;
    return m_orders->orderNode(m_shown[size_t(parent.row())]).itemCount();
}

int OrderFilterProxyModel::columnCount(const QModelIndex&) const
{
    return m_orders ? m_orders->columnCount() : 0;
}

bool OrderFilterProxyModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QVariant OrderFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are never moved or hidden here: the source's headers as they are.
    if (!m_orders || orientation != Qt::Horizontal)
        return QAbstractProxyModel::headerData(section, orientation, role);
    return m_orders->headerData(section, orientation, role);
}

QModelIndex OrderFilterProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_orders || proxyIndex.model() != this)
        return {};
    if (proxyIndex.internalId() == 0) {
        if (proxyIndex.row() >= int(m_shown.size()))
            return {};
        return m_orders->index(m_shown[size_t(proxyIndex.row())], proxyIndex.column());
    }
    const int orderRow = int(proxyIndex.internalId() - 1);
    const QModelIndex order = m_orders->index(orderRow, 0);
    if (proxyIndex.row() >= m_orders->rowCount(order))
        return {};
    return m_orders->index(m_sorter.modelItemRow(orderRow, proxyIndex.row()), proxyIndex.column(), order);
}

QModelIndex OrderFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || !m_orders || sourceIndex.model() != m_orders)
        return {};
    const QModelIndex sourceParent = sourceIndex.parent();
    if (!sourceParent.isValid()) {
        const size_t row = size_t(sourceIndex.row());
        if (row >= m_proxyRowOf.size() || m_proxyRowOf[row] < 0)
            return {};
        return createIndex(m_proxyRowOf[row], sourceIndex.column(), quintptr(0));
    }
    const int orderRow = sourceParent.row();
    if (size_t(orderRow) >= m_proxyRowOf.size() || m_proxyRowOf[size_t(orderRow)] < 0)
        return {};
    return createIndex(
        m_sorter.sortedItemRow(orderRow, sourceIndex.row()), sourceIndex.column(), quintptr(orderRow) + 1);
}

} // namespace ff
