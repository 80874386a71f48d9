// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderFilterProxyModel.h"

#include "models/OrderColumns.h"
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
        add(connect(orders, &Source::investigated, this, &Self::sourceInvestigated));
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
    m_shown.number(m_sorter.sortedOrders());
}

void OrderFilterProxyModel::rebuildAll()
{
    const int orders = m_orders ? m_orders->orderCount() : 0;
    m_shown.resize(orders);
    for (int row = 0; row < orders; ++row)
        m_shown.setPasses(row, isShown(row));
    m_sorter.sortAll();
    rebuildShown();
}

void OrderFilterProxyModel::refilter(bool narrowing)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<char> decisions(size_t(m_shown.orderCount()));
    for (int row = 0; row < m_shown.orderCount(); ++row) {
        // More letters typed: what was hidden stays hidden; only what was shown is looked at.
        decisions[size_t(row)] = narrowing && !m_shown.passes(row) ? false : isShown(row);
    }
    if (decisions != m_shown.decisions()) {
        beginRelayout();
        m_shown.setDecisions(std::move(decisions));
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
    const bool itemsChange = filter.filtersItems() != m_filter.filtersItems();
    m_filter = std::move(filter);
    if (!itemsChange) {
        if (!same)
            refilter(narrowing);
        return;
    }
    // Other items of the orders shown: every order's items are taken again.
    beginRelayout();
    OrderSorter::ItemShown shown;
    if (m_filter.filtersItems())
        shown = [this](int order, int item) { return m_filter.showsItem(m_orders->orderNode(order), item); };
    m_sorter.setItemFilter(std::move(shown));
    m_sorter.forgetAllItems();
    refilter(narrowing);
    rebuildShown();
    endRelayout();
}

void OrderFilterProxyModel::setCandidatesOnly(bool on)
{
    changeFilter([&](OrderFilter& filter) { filter.setCandidatesOnly(on); });
}

void OrderFilterProxyModel::setFilterText(const QString& text)
{
    changeFilter([&](OrderFilter& filter) { filter.setText(text); });
}

void OrderFilterProxyModel::setStatusCodes(const QStringList& codes)
{
    changeFilter([&](OrderFilter& filter) { filter.setStatusCodes(codes); });
}

void OrderFilterProxyModel::setCreatedRange(std::optional<QDate> from, std::optional<QDate> to)
{
    changeFilter([&](OrderFilter& filter) { filter.setCreatedRange(from, to); });
}

void OrderFilterProxyModel::changeFilter(const std::function<void(OrderFilter&)>& change)
{
    OrderFilter filter = m_filter;
    change(filter);
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
    if (!parent.isValid() && first == m_shown.orderCount() && last == orders - 1) {
        // Orders appended (a batch of a load): only the new ones are decided and sorted.
        m_shown.resize(orders);
        for (int row = first; row <= last; ++row)
            m_shown.setPasses(row, isShown(row));
        m_sorter.sortAppended(first);
        rebuildShown();
    } else if (!parent.isValid()) {
        rebuildAll(); // inserted between others: the rows after them have moved
    } else {
        // Items of an order: its items sort again, and it may match the filter now, or no more.
        m_sorter.forgetItems(parent.row());
        m_shown.setPasses(parent.row(), isShown(parent.row()));
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
        m_shown.setPasses(parent.row(), isShown(parent.row()));
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
        for (int row = first; row <= last && row < m_shown.orderCount(); ++row)
            changed |= m_shown.passes(row) != isShown(row);
        if (changed) {
            beginRelayout();
            for (int row = first; row <= last && row < m_shown.orderCount(); ++row)
                m_shown.setPasses(row, isShown(row));
            if (sortedColumn && !sourceParent.isValid())
                m_sorter.sortAll();
            else if (sortedColumn || m_filter.filtersItems())
                m_sorter.forgetItems(sourceParent.row());
            rebuildShown();
            endRelayout();
        }
    }
    // Passed on as one change over the rows concerned, in the proxy's terms.
    if (!sourceParent.isValid()) {
        int low = INT_MAX;
        int high = -1;
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            if (const int shown = m_shown.rowOf(row); shown >= 0) {
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

void OrderFilterProxyModel::sourceInvestigated()
{
    // New refund results: which items are candidates, and their keys, may have changed.
    const bool sortedByThem = m_sorter.column() >= 0 && OrderColumns::at(m_sorter.column()).investigated;
    if (!sortedByThem && !m_filter.filtersItems())
        return;
    beginRelayout();
    for (int row = 0; row < m_shown.orderCount(); ++row)
        m_shown.setPasses(row, isShown(row));
    if (sortedByThem)
        m_sorter.sortAll();
    else
        m_sorter.forgetAllItems();
    rebuildShown();
    endRelayout();
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
        return row < m_shown.rowCount() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    const int orderRow = parent.model() == this && parent.internalId() == 0 && parent.column() == 0
        ? m_shown.orderAt(parent.row())
        : -1;
    if (orderRow < 0 || row >= m_sorter.itemCount(orderRow))
        return {};
    return createIndex(row, column, quintptr(orderRow) + 1);
}

QModelIndex OrderFilterProxyModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = m_shown.rowOf(int(child.internalId() - 1));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
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
        return m_shown.rowCount();
    const int orderRow = parent.model() == this && parent.internalId() == 0 && parent.column() == 0
        ? m_shown.orderAt(parent.row())
        : -1;
    return orderRow < 0 ? 0 : m_sorter.itemCount(orderRow);
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
        const int orderRow = m_shown.orderAt(proxyIndex.row());
        return orderRow < 0 ? QModelIndex() : m_orders->index(orderRow, proxyIndex.column());
    }
    const int orderRow = int(proxyIndex.internalId() - 1);
    const QModelIndex order = m_orders->index(orderRow, 0);
    const int itemRow = m_sorter.modelItemRow(orderRow, proxyIndex.row());
    if (itemRow < 0 || itemRow >= m_orders->rowCount(order))
        return {};
    return m_orders->index(itemRow, proxyIndex.column(), order);
}

QModelIndex OrderFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || !m_orders || sourceIndex.model() != m_orders)
        return {};
    const QModelIndex sourceParent = sourceIndex.parent();
    if (!sourceParent.isValid()) {
        const int row = m_shown.rowOf(sourceIndex.row());
        return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column(), quintptr(0));
    }
    const int orderRow = sourceParent.row();
    const int row = m_shown.rowOf(orderRow) < 0 ? -1 : m_sorter.sortedItemRow(orderRow, sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column(), quintptr(orderRow) + 1);
}

} // namespace ff
