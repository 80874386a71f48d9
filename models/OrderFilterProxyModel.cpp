// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderFilterProxyModel.h"

#include "models/PurchaseOrderModel.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <algorithm>
#include <climits>
#include <numeric>

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

// Roles whose change can move a row or show or hide it. A change announced with other roles
// only (a new currency, a new display format) is passed on as it is.
bool concernsFilterOrSort(const QList<int>& roles)
{
    if (roles.isEmpty())
        return true;
    for (const int role : roles) {
        if (role == PurchaseOrderModel::SortRole || role == PurchaseOrderModel::FilterTextRole
            || role == PurchaseOrderModel::StatusCodeRole || role == PurchaseOrderModel::CreatedRole)
            return true;
    }
    return false;
}

} // namespace

OrderFilterProxyModel::OrderFilterProxyModel(QObject* parent)
    : QAbstractProxyModel(parent)
{ }

OrderFilterProxyModel::~OrderFilterProxyModel() = default;

void OrderFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_orders = qobject_cast<PurchaseOrderModel*>(sourceModel);
    QAbstractProxyModel::setSourceModel(sourceModel);
    applyDisplayFormat();
    using Self = OrderFilterProxyModel;
    using Source = QAbstractItemModel;
    if (sourceModel) {
        auto add = [this](QMetaObject::Connection connection) { m_connections.append(connection); };
        add(connect(sourceModel, &Source::modelAboutToBeReset, this, &Self::sourceAboutToBeReset));
        add(connect(sourceModel, &Source::modelReset, this, &Self::sourceReset));
        add(connect(sourceModel, &Source::rowsAboutToBeInserted, this, &Self::sourceRowsAboutToChange));
        add(connect(sourceModel, &Source::rowsInserted, this, &Self::sourceRowsInserted));
        add(connect(sourceModel, &Source::rowsAboutToBeRemoved, this, &Self::sourceRowsAboutToChange));
        add(connect(sourceModel, &Source::rowsRemoved, this, &Self::sourceRowsRemoved));
        add(connect(sourceModel, &Source::layoutAboutToBeChanged, this, &Self::sourceLayoutAboutToChange));
        add(connect(sourceModel, &Source::layoutChanged, this, &Self::sourceLayoutChanged));
        add(connect(sourceModel, &Source::dataChanged, this, &Self::sourceDataChanged));
        add(connect(sourceModel, &Source::headerDataChanged, this, &Self::headerDataChanged));
        // Rows moved and columns changed: never by a PurchaseOrderModel; start again.
        add(connect(sourceModel, &Source::rowsAboutToBeMoved, this, &Self::sourceAboutToBeReset));
        add(connect(sourceModel, &Source::rowsMoved, this, &Self::sourceReset));
        add(connect(sourceModel, &Source::columnsAboutToBeInserted, this, &Self::sourceAboutToBeReset));
        add(connect(sourceModel, &Source::columnsInserted, this, &Self::sourceReset));
        add(connect(sourceModel, &Source::columnsAboutToBeRemoved, this, &Self::sourceAboutToBeReset));
        add(connect(sourceModel, &Source::columnsRemoved, this, &Self::sourceReset));
    }
    if (m_orders) {
        m_connections.append(connect(
            m_orders, &PurchaseOrderModel::displayFormatChanged, this, &Self::sourceDisplayFormatChanged));
    }
    rebuildAll();
    endResetModel();
}

// --- Deciding and sorting ---------------------------------------------------------------

bool OrderFilterProxyModel::computeOrderShown(int orderRow) const
{
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex order = source->index(orderRow, 0);
    const PurchaseOrder* dto = m_orders ? m_orders->orderAt(order) : nullptr;
    if (!m_statusCodes.isEmpty()) {
        const QString code = dto ? (dto->status ? dto->status->code.value_or(QString()) : QString())
                                 : order.data(PurchaseOrderModel::StatusCodeRole).toString();
        const bool listed = std::any_of(m_statusCodes.cbegin(), m_statusCodes.cend(),
            [&](const QString& wanted) { return code.compare(wanted, Qt::CaseInsensitive) == 0; });
        if (!listed)
            return false;
    }
    if (m_dayRange.isBounded()) {
        std::optional<DateTimeOffset> created;
        if (dto) {
            created = dto->createDate;
        } else if (const QVariant value = order.data(PurchaseOrderModel::CreatedRole); value.isValid()) {
            created = value.value<DateTimeOffset>();
        }
        if (!m_dayRange.contains(created))
            return false;
    }
    if (m_terms.isEmpty())
        return true;
    if (m_orders)
        return m_orders->orderMatches(orderRow, m_terms);
    if (m_terms.matches(order.data(PurchaseOrderModel::FilterTextRole).toString()))
        return true;
    const int items = source->rowCount(order);
    for (int row = 0; row < items; ++row) {
        if (m_terms.matches(source->index(row, 0, order).data(PurchaseOrderModel::FilterTextRole).toString()))
            return true;
    }
    return false;
}

int OrderFilterProxyModel::compareOrderRows(int a, int b, int column) const
{
    const QAbstractItemModel* source = sourceModel();
    return m_comparator.compare(source->index(a, column).data(PurchaseOrderModel::SortRole),
        source->index(b, column).data(PurchaseOrderModel::SortRole));
}

int OrderFilterProxyModel::compareItemRows(int orderRow, int a, int b, int column) const
{
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex order = source->index(orderRow, 0);
    return m_comparator.compare(source->index(a, column, order).data(PurchaseOrderModel::SortRole),
        source->index(b, column, order).data(PurchaseOrderModel::SortRole));
}

bool OrderFilterProxyModel::keyedBefore(
    const std::vector<SortKey>& keys, const std::vector<SortKey>& ids, int a, int b) const
{
    const SortKey& x = keys[size_t(a)];
    const SortKey& y = keys[size_t(b)];
    if (x != y)
        return (m_sortOrder == Qt::AscendingOrder) == (x < y);
    // Ties, in either direction: by id (an order's items share its order id), then as the
    // source has them.
    if (ids[size_t(a)] != ids[size_t(b)])
        return ids[size_t(a)] < ids[size_t(b)];
    return a < b;
}

bool OrderFilterProxyModel::orderBefore(int a, int b) const
{
    if (m_orders)
        return keyedBefore(m_orderKeys, m_orderIds, a, b);
    if (const int order = compareOrderRows(a, b, m_sortColumn); order != 0)
        return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    if (const int order = compareOrderRows(a, b, PurchaseOrderModel::OrderOrItem); order != 0)
        return order < 0;
    return a < b;
}

bool OrderFilterProxyModel::itemBefore(int orderRow, int a, int b) const
{
    if (const int order = compareItemRows(orderRow, a, b, m_sortColumn); order != 0)
        return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    if (const int order = compareItemRows(orderRow, a, b, PurchaseOrderModel::OrderOrItem); order != 0)
        return order < 0;
    return a < b;
}

void OrderFilterProxyModel::makeOrderKeys(int first)
{
    // One key per order, side by side: a sort then compares integers in one array rather
    // than following each order to its data.
    const int orders = sourceModel()->rowCount();
    m_orderKeys.resize(size_t(orders));
    m_orderIds.resize(size_t(orders));
    for (int row = first; row < orders; ++row) {
        m_orderKeys[size_t(row)] = m_orders->orderSortKey(row, m_sortColumn);
        m_orderIds[size_t(row)] = m_orders->orderSortKey(row, PurchaseOrderModel::OrderOrItem);
    }
    m_orderKeysGeneration = m_orders->sortKeysGeneration();
}

void OrderFilterProxyModel::sortAll()
{
    const int orders = sourceModel() ? sourceModel()->rowCount() : 0;
    m_sorted.resize(size_t(orders));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    m_itemOrders.clear();
    m_orderKeys.clear();
    m_orderIds.clear();
    if (m_sortColumn < 0 || orders == 0)
        return;
    if (m_orders) {
        m_orders->prepareSortKeys();
        makeOrderKeys(0);
    }
    // A total order (ties broken by id, then source row): the same rows always come out the
    // same way, whatever order they arrived in.
    std::sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) { return orderBefore(a, b); });
}

void OrderFilterProxyModel::mergeNewOrders(int first)
{
    // Orders appended to the source (a batch of a load): sorted among themselves, then merged
    // in, as a sort of them all would place them.
    const int orders = sourceModel()->rowCount();
    const size_t old = m_sorted.size();
    for (int row = first; row < orders; ++row)
        m_sorted.push_back(row);
    if (m_sortColumn < 0)
        return;
    if (m_orders) {
        // New texts may have moved the ranks of the others (never their order): then every
        // key is made again, and the rows already sorted stay so.
        m_orders->prepareSortKeys();
        makeOrderKeys(m_orders->sortKeysGeneration() == m_orderKeysGeneration ? first : 0);
    }
    auto less = [this](int a, int b) { return orderBefore(a, b); };
    std::sort(m_sorted.begin() + qsizetype(old), m_sorted.end(), less);
    std::inplace_merge(m_sorted.begin(), m_sorted.begin() + qsizetype(old), m_sorted.end(), less);
}

void OrderFilterProxyModel::rebuildShown()
{
    m_shown.clear();
    m_proxyRowOf.assign(m_shownOrder.size(), -1);
    for (const int row : m_sorted) {
        if (m_shownOrder[size_t(row)]) {
            m_proxyRowOf[size_t(row)] = int(m_shown.size());
            m_shown.push_back(row);
        }
    }
}

void OrderFilterProxyModel::rebuildAll()
{
    const int orders = sourceModel() ? sourceModel()->rowCount() : 0;
    m_shownOrder.resize(size_t(orders));
    for (int row = 0; row < orders; ++row)
        m_shownOrder[size_t(row)] = computeOrderShown(row);
    sortAll();
    rebuildShown();
}

const OrderFilterProxyModel::ItemOrder* OrderFilterProxyModel::itemOrderOf(int orderRow) const
{
    if (m_sortColumn < 0)
        return nullptr; // the source's order
    const auto found = m_itemOrders.constFind(orderRow);
    if (found != m_itemOrders.cend())
        return &*found;
    const QAbstractItemModel* source = sourceModel();
    const int items = source->rowCount(source->index(orderRow, 0));
    ItemOrder order;
    order.sourceRows.resize(size_t(items));
    std::iota(order.sourceRows.begin(), order.sourceRows.end(), 0);
    if (m_orders) {
        std::vector<SortKey> keys(static_cast<size_t>(items));
        std::vector<SortKey> ids(static_cast<size_t>(items));
        for (int row = 0; row < items; ++row) {
            keys[size_t(row)] = m_orders->itemSortKey(orderRow, row, m_sortColumn);
            ids[size_t(row)] = m_orders->itemSortKey(orderRow, row, PurchaseOrderModel::OrderOrItem);
        }
        std::sort(order.sourceRows.begin(), order.sourceRows.end(),
            [&](int a, int b) { return keyedBefore(keys, ids, a, b); });
    } else {
        std::sort(order.sourceRows.begin(), order.sourceRows.end(),
            [&](int a, int b) { return itemBefore(orderRow, a, b); });
    }
    order.proxyRows.resize(size_t(items));
    for (int row = 0; row < items; ++row)
        order.proxyRows[size_t(order.sourceRows[size_t(row)])] = row;
    return &*m_itemOrders.insert(orderRow, std::move(order));
}

int OrderFilterProxyModel::sourceItemRow(int orderRow, int proxyRow) const
{
    const ItemOrder* order = itemOrderOf(orderRow);
    return order && size_t(proxyRow) < order->sourceRows.size() ? order->sourceRows[size_t(proxyRow)]
                                                                : proxyRow;
}

int OrderFilterProxyModel::proxyItemRow(int orderRow, int sourceRow) const
{
    const ItemOrder* order = itemOrderOf(orderRow);
    return order && size_t(sourceRow) < order->proxyRows.size() ? order->proxyRows[size_t(sourceRow)]
                                                                : sourceRow;
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

void OrderFilterProxyModel::refilter(bool narrowing)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<char> decisions(m_shownOrder.size());
    for (size_t row = 0; row < decisions.size(); ++row) {
        // More letters typed: what was hidden stays hidden; only what was shown is looked at.
        decisions[row] = narrowing && !m_shownOrder[row] ? false : computeOrderShown(int(row));
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
    if (column == m_sortColumn && order == m_sortOrder)
        return; // a header click asks twice; the rows are kept in this order as they change
    QElapsedTimer timer;
    timer.start();
    beginRelayout();
    m_sortColumn = column;
    m_sortOrder = order;
    sortAll();
    rebuildShown();
    endRelayout();
    qCDebug(lcOrderFilter) << "sorted by column" << column << "in" << timer.elapsed() << "ms";
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

void OrderFilterProxyModel::sourceRowsAboutToChange(const QModelIndex&)
{
    beginRelayout();
}

void OrderFilterProxyModel::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    const int orders = sourceModel()->rowCount();
    if (!parent.isValid() && first == int(m_shownOrder.size()) && last == orders - 1) {
        // Orders appended (a batch of a load): only the new ones are decided and sorted.
        m_shownOrder.resize(size_t(orders));
        for (int row = first; row <= last; ++row)
            m_shownOrder[size_t(row)] = computeOrderShown(row);
        mergeNewOrders(first);
        rebuildShown();
    } else if (!parent.isValid()) {
        rebuildAll(); // inserted between others: the rows after them have moved
    } else {
        // Items of an order: its items sort again, and it may match the filter now, or no more.
        m_itemOrders.remove(parent.row());
        m_shownOrder[size_t(parent.row())] = computeOrderShown(parent.row());
        rebuildShown();
    }
    endRelayout();
}

void OrderFilterProxyModel::sourceRowsRemoved(const QModelIndex& parent)
{
    if (!parent.isValid()) {
        rebuildAll();
    } else {
        m_itemOrders.remove(parent.row());
        m_shownOrder[size_t(parent.row())] = computeOrderShown(parent.row());
        rebuildShown();
    }
    endRelayout();
}

void OrderFilterProxyModel::sourceLayoutAboutToChange()
{
    beginRelayout();
}

void OrderFilterProxyModel::sourceLayoutChanged(const QList<QPersistentModelIndex>& parents)
{
    // PurchaseOrderModel reorders the items of one order this way; anything else: start again.
    bool itemsOnly = !parents.isEmpty();
    for (const QPersistentModelIndex& parent : parents)
        itemsOnly &= parent.isValid() && !parent.parent().isValid();
    if (itemsOnly) {
        for (const QPersistentModelIndex& parent : parents)
            m_itemOrders.remove(parent.row());
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
        const bool sortedColumn = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column();
        bool changed = sortedColumn;
        for (int row = first; row <= last && row < int(m_shownOrder.size()); ++row)
            changed |= bool(m_shownOrder[size_t(row)]) != computeOrderShown(row);
        if (changed) {
            beginRelayout();
            for (int row = first; row <= last && row < int(m_shownOrder.size()); ++row)
                m_shownOrder[size_t(row)] = computeOrderShown(row);
            if (sortedColumn && !sourceParent.isValid())
                sortAll();
            else if (sortedColumn)
                m_itemOrders.remove(sourceParent.row());
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
    const bool localeChanged = applyDisplayFormat();
    // The same days in another zone are other instants; text sorts by the new locale's rules.
    if (!localeChanged && !m_dayRange.isBounded())
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
    if (row >= sourceModel()->rowCount(sourceModel()->index(orderRow, 0)))
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
    if (!sourceModel())
        return 0;
    if (!parent.isValid())
        return int(m_shown.size());
    if (parent.model() != this || parent.internalId() != 0 || parent.column() != 0
        || parent.row() >= int(m_shown.size()))
        return 0;
    return sourceModel()->rowCount(sourceModel()->index(m_shown[size_t(parent.row())], 0));
}

int OrderFilterProxyModel::columnCount(const QModelIndex&) const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

bool OrderFilterProxyModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QVariant OrderFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are never moved or hidden here: the source's headers as they are.
    if (!sourceModel() || orientation != Qt::Horizontal)
        return QAbstractProxyModel::headerData(section, orientation, role);
    return sourceModel()->headerData(section, orientation, role);
}

QModelIndex OrderFilterProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this)
        return {};
    const QAbstractItemModel* source = sourceModel();
    if (proxyIndex.internalId() == 0) {
        if (proxyIndex.row() >= int(m_shown.size()))
            return {};
        return source->index(m_shown[size_t(proxyIndex.row())], proxyIndex.column());
    }
    const int orderRow = int(proxyIndex.internalId() - 1);
    const QModelIndex order = source->index(orderRow, 0);
    if (proxyIndex.row() >= source->rowCount(order))
        return {};
    return source->index(sourceItemRow(orderRow, proxyIndex.row()), proxyIndex.column(), order);
}

QModelIndex OrderFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const QModelIndex sourceParent = sourceIndex.parent();
    if (!sourceParent.isValid()) {
        const size_t row = size_t(sourceIndex.row());
        if (row >= m_proxyRowOf.size() || m_proxyRowOf[row] < 0)
            return {};
        return createIndex(m_proxyRowOf[row], sourceIndex.column(), quintptr(0));
    }
    if (sourceParent.parent().isValid())
        return {}; // a third level: not shown
    const int orderRow = sourceParent.row();
    if (size_t(orderRow) >= m_proxyRowOf.size() || m_proxyRowOf[size_t(orderRow)] < 0)
        return {};
    return createIndex(
        proxyItemRow(orderRow, sourceIndex.row()), sourceIndex.column(), quintptr(orderRow) + 1);
}

} // namespace ff
