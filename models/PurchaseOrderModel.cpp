// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PurchaseOrderModel.h"

#include "models/OrderColumns.h"
#include "models/OrderInvestigator.h"
#include "models/OrderItemDiff.h"
#include "models/OrderRowData.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QSet>
#include <QtConcurrent>
#include <algorithm>

namespace ff {

Q_LOGGING_CATEGORY(lcOrderModel, "ffconsole.models.orders", QtWarningMsg)

namespace {

// Past this many milliseconds a batch of rows keeps the GUI thread from painting and typing:
// the next batch is made smaller, and a quicker one larger.
constexpr double BatchBudgetMs = 6.0;
constexpr int FirstBatchOrders = 1000;
constexpr int MinBatchOrders = 200;
constexpr int MaxBatchOrders = 50'000;
// Past this many orders of a slice (OrderInvestigator) whose refund columns read differently,
// the change is announced as one.
constexpr size_t ManyChangedOrders = 32;

const QList<PurchaseOrderItem>& itemsOf(const PurchaseOrder& order)
{
    static const QList<PurchaseOrderItem> none;
    return order.purchaseOrderItemDtos ? *order.purchaseOrderItemDtos : none;
}

} // namespace

PurchaseOrderModel::PurchaseOrderModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_investigator(new OrderInvestigator([this](OrderInvestigation::Result& result, size_t first,
                                               size_t last) { adoptInvestigation(result, first, last); },
          [this](const DateTimeOffset& at) {
              m_investigatedAt = at;
              emit investigated();
          },
          [this] { investigate(); }, this))
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &PurchaseOrderModel::appendPendingBatch);
}

PurchaseOrderModel::~PurchaseOrderModel() = default;

// --- Loading ----------------------------------------------------------------------------

void PurchaseOrderModel::loadOrders(QList<PurchaseOrder> orders)
{
    cancelLoading();
    m_investigator->cancel(); // a run over the rows going is moot
    m_loading = true;
    m_investigates = true;
    const quint64 generation = m_loadGeneration;
    auto* watcher = new QFutureWatcher<PreparedOrders>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_loadGeneration)
            setPreparedOrders(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run([orders = std::move(orders), locale = m_format.locale()]() mutable {
        return PreparedOrders::prepare(std::move(orders), locale);
    }));
}

void PurchaseOrderModel::setPreparedOrders(PreparedOrders prepared)
{
    cancelLoading();
    m_loading = true;
    m_pending = std::move(prepared.m_nodes);
    m_batchOrders = FirstBatchOrders;
    // The refund columns follow, on a worker, once every row is in: the rows are not kept
    // waiting for them (on two cores, working them out beside made the rows a third later).
    m_investigator->cancel();
    m_investigatedAt.reset();
    m_investigationDue |= m_investigates;
    // Nothing reads a key between here and the reset: the shown rows go with it.
    if (!m_sortKeys.adopt(std::move(prepared.m_textKeys), m_format.locale())) {
        // Prepared for another language (the format changed meanwhile): made again when needed.
        for (const OrderNode& node : m_pending)
            node.rowKeysStale = true;
    }

    // The first batch replaces what was shown: enough to fill the view at once.
    QElapsedTimer timer;
    timer.start();
    const size_t first = std::min(m_pending.size(), size_t(m_batchOrders));
    resetRows(first);
    qCDebug(lcOrderModel) << "first batch of" << first << "orders in" << timer.elapsed() << "ms";
    appendPendingBatch();
}

void PurchaseOrderModel::appendPendingBatch()
{
    if (m_pendingNext >= m_pending.size()) {
        m_pending = {};
        m_pendingNext = 0;
        m_loading = false;
        qCDebug(lcOrderModel) << "loaded" << m_orders.size() << "orders," << itemCount() << "items";
        emit ordersLoaded();
        if (m_investigationDue)
            investigate();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const size_t count = std::min(m_pending.size() - m_pendingNext, size_t(m_batchOrders));
    const int first = int(m_orders.size());
    beginInsertRows({}, first, first + int(count) - 1);
    installPending(count);
    endInsertRows();
    // Sized by what the last one cost: the views and proxies above take their share too.
    const double ms = std::max(0.1, double(timer.nsecsElapsed()) / 1e6);
    m_batchOrders = std::clamp(int(double(count) * BatchBudgetMs / ms), MinBatchOrders, MaxBatchOrders);
    m_batchTimer.start();
}

void PurchaseOrderModel::cancelLoading()
{
    ++m_loadGeneration; // a worker still preparing rows is not listened to any more
    m_batchTimer.stop();
    m_pending = {};
    m_pendingNext = 0;
    m_loading = false;
}

void PurchaseOrderModel::clear()
{
    cancelLoading();
    m_investigator->cancel();
    m_investigatedAt.reset();
    resetRows(0);
}

// --- The refund columns -----------------------------------------------------------------

void PurchaseOrderModel::investigate()
{
    if (m_loading) {
        m_investigationDue = true; // with every row, once they are in
        return;
    }
    m_investigationDue = false;
    m_investigator->start(m_orders);
}

void PurchaseOrderModel::adoptInvestigation(OrderInvestigation::Result& result, size_t first, size_t last)
{
    const QList<int> roles = { Qt::DisplayRole, Qt::ToolTipRole, Qt::BackgroundRole, Qt::ForegroundRole };
    const std::vector<OrderInvestigation::Changed> changes
        = OrderInvestigation::adopt(m_orders, result, first, last);
    if (changes.size() > ManyChangedOrders) {
        // A tree view looks each changed item up among all its rows, so thousands of item
        // changes took seconds; one change over the orders repaints the whole view instead.
        emit dataChanged(index(int(first), State), index(int(last) - 1, Signals), roles);
        return;
    }
    for (const OrderInvestigation::Changed& changed : changes) {
        if (changed.order)
            emit dataChanged(index(changed.orderRow, Verdict), index(changed.orderRow, Verdict), roles);
        const QModelIndex parent = index(changed.orderRow, 0);
        for (const auto& [firstItem, lastItem] : changed.itemRuns)
            emit dataChanged(index(firstItem, State, parent), index(lastItem, Signals, parent), roles);
    }
}

void PurchaseOrderModel::resetRows(size_t count)
{
    beginResetModel();
    m_orders.clear();
    m_ids.clear();
    m_orders.reserve(m_pending.size());
    m_ids.reserve(qsizetype(m_pending.size()));
    installPending(count);
    endResetModel();
}

void PurchaseOrderModel::installPending(size_t count)
{
    const auto begin = std::make_move_iterator(m_pending.begin() + qsizetype(m_pendingNext));
    m_orders.insert(m_orders.end(), begin, begin + qsizetype(count));
    m_pendingNext += count;
    for (size_t row = m_orders.size() - count; row < m_orders.size(); ++row)
        m_ids.addOrder(int(row), m_orders[row]);
}

// --- A changed order --------------------------------------------------------------------

bool PurchaseOrderModel::replaceOrder(const PurchaseOrder& incoming)
{
    // A copy (cheap: the lists are shared), since the caller may pass one of ours, from orderAt.
    const PurchaseOrder order = incoming;
    const int row = order.id ? m_ids.orderRow(*order.id) : -1;
    if (row < 0)
        return false;
    OrderNode& node = m_orders[size_t(row)];
    const OrderItemDiff diff = OrderItemDiff::between(node.order, order);
    if (diff.wholesale)
        qCDebug(lcOrderModel) << "order" << *order.id << "changed too much to follow item by item";
    m_ids.removeItems(row, node);

    // From here on the order's own fields are the new ones (item rows show some of them); its
    // items follow step by step, each step announced.
    QList<PurchaseOrderItem> items = itemsOf(node.order);
    node.order = order;
    node.order.purchaseOrderItemDtos = std::move(items);
    applyItemDiff(row, diff, itemsOf(order));

    node.order.purchaseOrderItemDtos = order.purchaseOrderItemDtos; // equal now; shares the data
    node.summarise();
    m_ids.addItems(row, node);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (m_investigates)
        investigate(); // a duplicate is found across orders: the whole customer
    return true;
}

void PurchaseOrderModel::applyItemDiff(
    int row, const OrderItemDiff& diff, const QList<PurchaseOrderItem>& after)
{
    OrderNode& node = m_orders[size_t(row)];
    QList<PurchaseOrderItem>& current = *node.order.purchaseOrderItemDtos;
    const QModelIndex parent = index(row, 0);

    for (const OrderItemDiff::Run& run : diff.removals) {
        beginRemoveRows(parent, run.first, run.last);
        node.removeItems(run.first, run.last);
        endRemoveRows();
    }
    if (!diff.movedTo.empty())
        moveItems(row, diff.movedTo);

    for (const OrderItemDiff::Run& run : diff.changes) {
        for (int k = run.first; k <= run.last; ++k)
            current[k] = after.at(diff.keptAt[size_t(k)]);
        node.itemsChanged();
        emit dataChanged(index(run.first, 0, parent), index(run.last, ColumnCount - 1, parent));
    }

    for (const OrderItemDiff::Run& run : diff.insertions) {
        beginInsertRows(parent, run.first, run.last);
        node.insertItems(after, run.first, run.last - run.first + 1);
        endInsertRows();
    }
}

void PurchaseOrderModel::moveItems(int row, const std::vector<int>& movedTo)
{
    // A layout change, which carries persistent indexes (a selection) along.
    OrderNode& node = m_orders[size_t(row)];
    const QModelIndex parent = index(row, 0);
    emit layoutAboutToBeChanged({ QPersistentModelIndex(parent) }, VerticalSortHint);
    node.moveItems(movedTo);

    QModelIndexList from;
    QModelIndexList to;
    const quintptr parentId = quintptr(row) + 1;
    for (const QModelIndex& index : persistentIndexList()) {
        if (index.internalId() == parentId) {
            from.append(index);
            to.append(createIndex(movedTo[size_t(index.row())], index.column(), parentId));
        }
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({ QPersistentModelIndex(parent) }, VerticalSortHint);
}

// --- Finding rows -----------------------------------------------------------------------

QModelIndex PurchaseOrderModel::indexOfOrder(qint64 orderId) const
{
    const int row = m_ids.orderRow(orderId);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

QModelIndex PurchaseOrderModel::indexOfItem(qint64 itemId) const
{
    const std::optional<OrderIdIndex::ItemAt> at = m_ids.item(itemId);
    return at ? createIndex(at->itemRow, 0, quintptr(at->orderRow) + 1) : QModelIndex();
}

const OrderNode* PurchaseOrderModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const quintptr id = index.internalId();
    const size_t row = id == 0 ? size_t(index.row()) : size_t(id - 1);
    return row < m_orders.size() ? &m_orders[row] : nullptr;
}

const PurchaseOrder* PurchaseOrderModel::orderAt(const QModelIndex& index) const
{
    const OrderNode* node = nodeOf(index);
    return node ? &node->order : nullptr;
}

const PurchaseOrderItem* PurchaseOrderModel::itemAt(const QModelIndex& index) const
{
    const OrderNode* node = nodeOf(index);
    if (!node || index.internalId() == 0 || index.row() >= node->itemCount())
        return nullptr;
    return &node->item(index.row());
}

// --- How values are shown ---------------------------------------------------------------

void PurchaseOrderModel::setCurrency(const QString& currency)
{
    const QString code = currency.trimmed().toUpper();
    if (code == m_currency)
        return;
    m_currency = code;
    emitAllChanged(UnitPrice, UnitPrice, { Qt::DisplayRole, Qt::ToolTipRole });
}

void PurchaseOrderModel::setDisplayFormat(const DisplayFormat& format)
{
    if (!m_sortKeys.setLocale(format.locale())) {
        for (const OrderNode& node : m_orders)
            node.rowKeysStale = true;
        for (const OrderNode& node : m_pending)
            node.rowKeysStale = true;
    }
    m_format = format;
    emitAllChanged(0, ColumnCount - 1, { Qt::DisplayRole, Qt::ToolTipRole });
    emit displayFormatChanged();
}

void PurchaseOrderModel::emitAllChanged(int firstColumn, int lastColumn, const QList<int>& roles)
{
    // One signal per level: a tree's dataChanged covers siblings of one parent only.
    if (m_orders.empty())
        return;
    emit dataChanged(index(0, firstColumn), index(int(m_orders.size()) - 1, lastColumn), roles);
    for (int row = 0; row < int(m_orders.size()); ++row) {
        if (const int items = m_orders[size_t(row)].itemCount(); items > 0) {
            const QModelIndex parent = index(row, 0);
            emit dataChanged(index(0, firstColumn, parent), index(items - 1, lastColumn, parent), roles);
        }
    }
}

QVariant PurchaseOrderModel::data(const QModelIndex& index, int role) const
{
    const OrderNode* node = nodeOf(index);
    if (!node || index.column() >= ColumnCount)
        return {};
    const int itemRow = index.internalId() == 0 ? -1 : index.row();
    if (itemRow >= node->itemCount())
        return {};
    return OrderRowData::of(*node, itemRow, index.column(), role, m_format, m_currency);
}

QVariant PurchaseOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? OrderColumns::headerData(section, role) : QVariant();
}

QHash<int, QByteArray> PurchaseOrderModel::roleNames() const
{
    return OrderRowData::roleNames(QAbstractItemModel::roleNames());
}

// --- The tree ---------------------------------------------------------------------------

QModelIndex PurchaseOrderModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_orders.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.model() != this || parent.internalId() != 0 || parent.column() != 0
        || parent.row() >= int(m_orders.size()))
        return {};
    if (row >= m_orders[size_t(parent.row())].itemCount())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PurchaseOrderModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

QModelIndex PurchaseOrderModel::sibling(int row, int column, const QModelIndex& index) const
{
    // Without the detour through parent() that the default takes.
    if (!index.isValid() || index.model() != this || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const quintptr id = index.internalId();
    if (id == 0)
        return row < int(m_orders.size()) ? createIndex(row, column, id) : QModelIndex();
    const size_t orderRow = size_t(id - 1);
    if (orderRow >= m_orders.size() || row >= m_orders[orderRow].itemCount())
        return {};
    return createIndex(row, column, id);
}

int PurchaseOrderModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_orders.size());
    // Only an order's first column has children, as views expect of a tree.
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= int(m_orders.size()))
        return 0;
    return m_orders[size_t(parent.row())].itemCount();
}

Qt::ItemFlags PurchaseOrderModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        flags |= Qt::ItemNeverHasChildren; // lets a tree view skip asking
    return flags;
}

} // namespace ff
