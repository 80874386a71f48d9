// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PurchaseOrderModel.h"

#include "models/FilterTerms.h"
#include "models/TextSortKeys.h"

#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QSet>
#include <QtConcurrent>
#include <algorithm>
#include <charconv>
#include <numeric>

namespace ff {

Q_LOGGING_CATEGORY(lcOrderModel, "ffconsole.models.orders", QtWarningMsg)

namespace {

// Past this many separate runs of removed or inserted items, replaceOrder swaps the order's
// items wholesale: each run costs a shift of the whole list, and a few hundred of them on an
// order of 100 000 items would be quadratic.
constexpr int MaxItemRuns = 32;

const QList<PurchaseOrderItem>& itemsOf(const PurchaseOrder& order)
{
    static const QList<PurchaseOrderItem> none;
    return order.purchaseOrderItemDtos ? *order.purchaseOrderItemDtos : none;
}

// An item's own payment reference when it has one, else its order's.
const std::optional<QString>& either(const std::optional<QString>& own, const std::optional<QString>& order)
{
    return own && !own->isEmpty() ? own : order;
}

bool containsRefund(const std::optional<QString>& text)
{
    return text && text->contains(QLatin1String("refund"), Qt::CaseInsensitive);
}

bool isRefunded(const PurchaseOrder& order)
{
    if (order.paymentProviderRefundTransId && !order.paymentProviderRefundTransId->isEmpty())
        return true;
    return order.status && (containsRefund(order.status->code) || containsRefund(order.status->name));
}

bool isDeleted(const PurchaseOrderItem& item)
{
    return item.deleted.value_or(false);
}

// The order's own fields, its items left out.
bool sameOrderFields(const PurchaseOrder& a, const PurchaseOrder& b)
{
    PurchaseOrder x = a;
    PurchaseOrder y = b;
    x.purchaseOrderItemDtos.reset();
    y.purchaseOrderItemDtos.reset();
    return x == y;
}

template <class T> QVariant variantOf(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant textOrNothing(const std::optional<QString>& value)
{
    return value && !value->isEmpty() ? QVariant(*value) : QVariant();
}

QVariant isoText(const std::optional<DateTimeOffset>& value)
{
    return value ? QVariant(QString::fromLatin1(value->toIsoString())) : QVariant();
}

QString exactMoney(const Decimal& amount, const QString& currency)
{
    return currency.isEmpty() ? amount.toString() : amount.toString() + u' ' + currency;
}

} // namespace

namespace {

// Past this many milliseconds a batch of rows keeps the GUI thread from painting and typing:
// the next batch is made smaller, and a quicker one larger.
constexpr double BatchBudgetMs = 6.0;
constexpr int FirstBatchOrders = 1000;
constexpr int MinBatchOrders = 200;
constexpr int MaxBatchOrders = 50'000;

// Which of OrderNode's text key slots a column compares by; -1 for a column of other values.
int textSlotOf(int column)
{
    switch (column) {
    case PurchaseOrderModel::Status:
        return 0;
    case PurchaseOrderModel::OfferType:
        return 1;
    case PurchaseOrderModel::Title:
        return 2;
    case PurchaseOrderModel::SupplierRef:
        return 3;
    case PurchaseOrderModel::PaymentProvider:
        return 4;
    case PurchaseOrderModel::TransactionId:
        return 5;
    case PurchaseOrderModel::RefundTransactionId:
        return 6;
    default:
        return -1;
    }
}

// As SortComparator orders SortRole's values: absent first, then by value.
SortKey keyOf(const std::optional<qint64>& value)
{
    return SortKey { value ? __int128(*value) : SortKey::Absent, 0 };
}

SortKey keyOf(const std::optional<bool>& value)
{
    return SortKey { value ? __int128(*value) : SortKey::Absent, 0 };
}

SortKey keyOf(const std::optional<DateTimeOffset>& value)
{
    return SortKey { value ? __int128(value->utcTicks()) : SortKey::Absent,
        0 }; // instants, whatever the offsets
}

// A row's fields for the filter, appended in lower-case UTF-8 to its order's block, each
// followed by '\n' (a separator no typed word contains, so that no match spans two fields).
// ASCII is lowered byte by byte; anything else goes through QString::toLower, as the typed
// words do (FilterTerms).
void appendField(QByteArray& out, const std::optional<QString>& value)
{
    if (value) {
        const qsizetype start = out.size();
        const qsizetype length = value->size();
        out.resize(start + length);
        char* to = out.data() + start;
        const QChar* from = value->constData();
        qsizetype i = 0;
        for (; i < length; ++i) {
            const char16_t c = from[i].unicode();
            if (c >= 0x80)
                break;
            to[i] = char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
        }
        if (i < length) {
            out.truncate(start);
            out += value->toLower().toUtf8();
        }
    }
    out += '\n';
}

void appendField(QByteArray& out, const std::optional<qint64>& value)
{
    if (value) {
        char digits[24];
        const auto end = std::to_chars(std::begin(digits), std::end(digits), *value).ptr;
        out.append(digits, end - digits);
    }
    out += '\n';
}

// What a sort compares for the text columns (as orderSortValue and itemSortValue give them).
std::optional<QString> orderSortText(const OrderNode& node, int column)
{
    const PurchaseOrder& order = node.order;
    switch (column) {
    case PurchaseOrderModel::Status:
        // As the cell shows it: the name, else the code, else the dash.
        if (order.status && order.status->name && !order.status->name->isEmpty())
            return *order.status->name;
        return order.status && order.status->code ? *order.status->code : DisplayFormat::absent();
    case PurchaseOrderModel::OfferType:
        return order.offerType;
    case PurchaseOrderModel::Title:
        return node.title;
    case PurchaseOrderModel::PaymentProvider:
        return order.paymentProvider;
    case PurchaseOrderModel::TransactionId:
        return order.paymentProviderTransactionId;
    case PurchaseOrderModel::RefundTransactionId:
        return order.paymentProviderRefundTransId;
    default:
        return std::nullopt;
    }
}

std::optional<QString> itemSortText(const OrderNode& node, const PurchaseOrderItem& item, int column)
{
    const PurchaseOrder& order = node.order;
    switch (column) {
    case PurchaseOrderModel::Status:
        return isDeleted(item) ? std::optional(PurchaseOrderModel::tr("Deleted")) : std::nullopt;
    case PurchaseOrderModel::Title:
        return item.title;
    case PurchaseOrderModel::SupplierRef:
        return item.supplierRef;
    case PurchaseOrderModel::PaymentProvider:
        return either(item.paymentProvider, order.paymentProvider);
    case PurchaseOrderModel::TransactionId:
        return either(item.paymentProviderTransactionId, order.paymentProviderTransactionId);
    case PurchaseOrderModel::RefundTransactionId:
        return order.paymentProviderRefundTransId;
    default:
        return std::nullopt;
    }
}

constexpr int ColumnOfTextSlot[OrderNode::TextColumns]
    = { PurchaseOrderModel::Status, PurchaseOrderModel::OfferType, PurchaseOrderModel::Title,
          PurchaseOrderModel::SupplierRef, PurchaseOrderModel::PaymentProvider,
          PurchaseOrderModel::TransactionId, PurchaseOrderModel::RefundTransactionId };

Decimal::OrderKey moneyKey(const std::optional<Decimal>& amount)
{
    return amount ? amount->orderKey() : OrderNode::NoAmount;
}

// Orders per chunk of prepare() at the least: below that, a thread costs more than it saves.
constexpr qsizetype MinChunkOrders = 2000;

} // namespace

PurchaseOrderModel::PurchaseOrderModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &PurchaseOrderModel::appendPendingBatch);
}

PurchaseOrderModel::~PurchaseOrderModel() = default;

// What prepare() keeps per chunk of orders, on the thread that makes them: the texts' collation
// keys, and the translated titles of orders with several items, so that tr() runs once per
// count rather than once per order.
class PurchaseOrderModel::NodeMaker final
{
public:
    explicit NodeMaker(const QLocale& locale)
        : m_textKeys(std::make_unique<TextSortKeys>(locale))
    { }

    void make(OrderNode& node, PurchaseOrder&& order)
    {
        node.order = std::move(order);
        refreshOrderKeys(node, this);
        makeHaystacks(node);
        makeSortKeys(node, *m_textKeys);
    }

    QString titleOf(int itemCount)
    {
        if (itemCount >= 64)
            return tr("%n items", nullptr, itemCount);
        if (size_t(itemCount) >= m_titles.size())
            m_titles.resize(size_t(itemCount) + 1);
        QString& title = m_titles[size_t(itemCount)];
        if (title.isNull())
            title = itemCount == 0 ? tr("No items") : tr("%n items", nullptr, itemCount);
        return title;
    }

    std::unique_ptr<TextSortKeys> m_textKeys;

private:
    std::vector<QString> m_titles;
};

void PurchaseOrderModel::makeHaystacks(const OrderNode& node)
{
    const PurchaseOrder& order = node.order;
    QByteArray& text = node.haystack;
    text.clear();
    text.reserve(64 + qsizetype(node.itemCount()) * 96);
    node.haystackEnds.clear();
    node.haystackEnds.reserve(size_t(node.itemCount()) + 1);
    appendField(text, order.id);
    appendField(text, order.paymentProviderTransactionId);
    appendField(text, order.paymentProviderRefundTransId);
    node.haystackEnds.push_back(quint32(text.size()));
    for (const PurchaseOrderItem& item : itemsOf(order)) {
        appendField(text, item.title);
        appendField(text, item.supplierRef);
        appendField(text, order.id);
        appendField(text, item.id);
        appendField(text, item.paymentProviderTransactionId);
        appendField(text, order.paymentProviderTransactionId);
        appendField(text, order.paymentProviderRefundTransId);
        node.haystackEnds.push_back(quint32(text.size()));
    }
    text.squeeze(); // kept for as long as the rows are: no slack
    node.haystackStale = false;
}

const OrderNode& PurchaseOrderModel::readyHaystacks(const OrderNode& node)
{
    if (node.haystackStale)
        makeHaystacks(node);
    return node;
}

void PurchaseOrderModel::makeSortKeys(const OrderNode& node, TextSortKeys& textKeys)
{
    const int items = node.itemCount();
    node.priceKeys.resize(size_t(items));
    for (int i = 0; i < items; ++i)
        node.priceKeys[size_t(i)] = moneyKey(node.item(i).unitPrice);
    const size_t rows = size_t(items) + 1;
    node.textKeys.resize(OrderNode::TextColumns * rows);
    for (int slot = 0; slot < OrderNode::TextColumns; ++slot) {
        const int column = ColumnOfTextSlot[slot];
        qint32* keys = node.textKeys.data() + size_t(slot) * rows;
        keys[0] = textKeys.keyOf(orderSortText(node, column));
        for (int i = 0; i < items; ++i)
            keys[1 + i] = textKeys.keyOf(itemSortText(node, node.item(i), column));
    }
    node.sortKeysStale = false;
}

void PurchaseOrderModel::refreshOrderKeys(OrderNode& node, NodeMaker* maker)
{
    const PurchaseOrder& order = node.order;
    node.refunded = isRefunded(order);
    node.sortKeysStale = true;
    node.haystackStale = true;

    node.title.reset();
    node.total.reset();
    node.totalKey = OrderNode::NoAmount;
    if (!order.purchaseOrderItemDtos)
        return; // not sent: unknown, not "no items"
    const QList<PurchaseOrderItem>& items = *order.purchaseOrderItemDtos;
    if (items.size() == 1)
        node.title = items.constFirst().title;
    else if (maker)
        node.title = maker->titleOf(int(items.size()));
    else
        node.title = items.isEmpty() ? tr("No items") : tr("%n items", nullptr, int(items.size()));

    Decimal total;
    for (const PurchaseOrderItem& item : items) {
        const std::optional<Decimal> sum = item.unitPrice ? total.plus(*item.unitPrice) : std::nullopt;
        if (!sum)
            return; // a price is missing: a partial sum would pass for the order's price
        total = *sum;
    }
    node.total = total;
    node.totalKey = total.orderKey();
}

PreparedOrders PurchaseOrderModel::prepare(QList<PurchaseOrder> orders, const QLocale& locale)
{
    PreparedOrders prepared;
    const qsizetype count = orders.size();
    prepared.m_nodes.resize(size_t(count));
    // Taken apart when no one else holds the list; copied (cheaply: implicitly shared) when
    // someone does. Decided here, before the workers share it.
    PurchaseOrder* movable = orders.isDetached() ? orders.data() : nullptr;
    const PurchaseOrder* source = orders.constData();

    // One chunk per thread of the pool, each with its own collator and key table (neither is
    // for sharing between threads), merged afterwards.
    struct Chunk
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        std::unique_ptr<NodeMaker> maker;
    };
    const qsizetype threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    const qsizetype chunkCount = std::clamp<qsizetype>(count / MinChunkOrders, 1, threads);
    std::vector<Chunk> chunks(static_cast<size_t>(chunkCount));
    for (qsizetype c = 0; c < chunkCount; ++c) {
        chunks[size_t(c)].begin = count * c / chunkCount;
        chunks[size_t(c)].end = count * (c + 1) / chunkCount;
    }
    auto makeChunk = [&](Chunk& chunk) {
        chunk.maker = std::make_unique<NodeMaker>(locale);
        for (qsizetype i = chunk.begin; i < chunk.end; ++i)
            chunk.maker->make(
                prepared.m_nodes[size_t(i)], movable ? std::move(movable[i]) : PurchaseOrder(source[i]));
    };
    if (chunkCount == 1)
        makeChunk(chunks.front());
    else
        QtConcurrent::blockingMap(chunks, makeChunk);

    // The other chunks' texts join the first's table, and their rows' numbers follow.
    std::unique_ptr<TextSortKeys> keys = std::move(chunks.front().maker->m_textKeys);
    for (size_t c = 1; c < chunks.size(); ++c) {
        const std::vector<qint32> numbers = keys->absorb(*chunks[c].maker->m_textKeys);
        for (qsizetype i = chunks[c].begin; i < chunks[c].end; ++i) {
            for (qint32& key : prepared.m_nodes[size_t(i)].textKeys)
                key = key < 0 ? key : numbers[size_t(key)];
        }
    }
    keys->rank();
    prepared.m_textKeys = std::move(keys);
    return prepared;
}

void PurchaseOrderModel::indexOrder(int row)
{
    const OrderNode& node = m_orders[size_t(row)];
    if (node.order.id && !m_orderRows.contains(*node.order.id))
        m_orderRows.insert(*node.order.id, row);
    indexItems(row);
}

void PurchaseOrderModel::indexItems(int row)
{
    // The first occurrence of an id wins, as it does for orders.
    const OrderNode& node = m_orders[size_t(row)];
    for (int i = 0; i < node.itemCount(); ++i) {
        const std::optional<qint64>& id = node.item(i).id;
        if (id && !m_itemLocations.contains(*id))
            m_itemLocations.insert(*id, ItemLocation { row, i });
    }
    m_itemCount += node.itemCount();
}

void PurchaseOrderModel::unindexItems(int row)
{
    const OrderNode& node = m_orders[size_t(row)];
    for (int i = 0; i < node.itemCount(); ++i) {
        const std::optional<qint64>& id = node.item(i).id;
        if (!id)
            continue;
        const auto it = m_itemLocations.find(*id);
        if (it != m_itemLocations.end() && it->orderRow == row)
            m_itemLocations.erase(it);
    }
    m_itemCount -= node.itemCount();
}

void PurchaseOrderModel::installNodes(
    std::vector<OrderNode>::iterator begin, std::vector<OrderNode>::iterator end)
{
    const int first = int(m_orders.size());
    m_orders.insert(m_orders.end(), std::make_move_iterator(begin), std::make_move_iterator(end));
    for (int row = first; row < int(m_orders.size()); ++row)
        indexOrder(row);
}

void PurchaseOrderModel::cancelLoading()
{
    ++m_loadGeneration; // a worker still preparing rows is not listened to any more
    m_batchTimer.stop();
    m_pending = {};
    m_pendingNext = 0;
    m_loading = false;
}

void PurchaseOrderModel::setOrders(QList<PurchaseOrder> orders)
{
    QElapsedTimer timer;
    timer.start();
    cancelLoading();
    PreparedOrders prepared = prepare(std::move(orders), m_format.locale());
    beginResetModel();
    m_orders.clear();
    m_orderRows.clear();
    m_itemLocations.clear();
    m_itemCount = 0;
    m_textKeys.reset();
    adoptTextKeys(std::move(prepared.m_textKeys), prepared.m_nodes.begin(), prepared.m_nodes.end());
    m_orders.reserve(prepared.m_nodes.size());
    m_orderRows.reserve(qsizetype(prepared.m_nodes.size()));
    installNodes(prepared.m_nodes.begin(), prepared.m_nodes.end());
    endResetModel();
    qCDebug(lcOrderModel) << "set" << m_orders.size() << "orders," << m_itemCount << "items in"
                          << timer.elapsed() << "ms";
}

void PurchaseOrderModel::loadOrders(QList<PurchaseOrder> orders)
{
    cancelLoading();
    m_loading = true;
    const quint64 generation = m_loadGeneration;
    auto* watcher = new QFutureWatcher<PreparedOrders>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_loadGeneration)
            setPreparedOrders(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run([orders = std::move(orders), locale = m_format.locale()]() mutable {
        return prepare(std::move(orders), locale);
    }));
}

void PurchaseOrderModel::setPreparedOrders(PreparedOrders prepared)
{
    cancelLoading();
    m_loading = true;
    m_pending = std::move(prepared.m_nodes);
    m_batchOrders = FirstBatchOrders;

    // The first batch replaces what was shown: enough to fill the view at once.
    QElapsedTimer timer;
    timer.start();
    const size_t first = std::min(m_pending.size(), size_t(m_batchOrders));
    beginResetModel();
    m_orders.clear();
    m_orderRows.clear();
    m_itemLocations.clear();
    m_itemCount = 0;
    m_textKeys.reset();
    adoptTextKeys(std::move(prepared.m_textKeys), m_pending.begin(), m_pending.end());
    m_orders.reserve(m_pending.size());
    m_orderRows.reserve(qsizetype(m_pending.size()));
    installNodes(m_pending.begin(), m_pending.begin() + qsizetype(first));
    endResetModel();
    m_pendingNext = first;
    qCDebug(lcOrderModel) << "first batch of" << first << "orders in" << timer.elapsed() << "ms";
    appendPendingBatch();
}

void PurchaseOrderModel::appendPendingBatch()
{
    if (m_pendingNext >= m_pending.size()) {
        m_pending = {};
        m_pendingNext = 0;
        m_loading = false;
        qCDebug(lcOrderModel) << "loaded" << m_orders.size() << "orders," << m_itemCount << "items";
        emit ordersLoaded();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const size_t count = std::min(m_pending.size() - m_pendingNext, size_t(m_batchOrders));
    const int first = int(m_orders.size());
    beginInsertRows({}, first, first + int(count) - 1);
    const auto begin = m_pending.begin() + qsizetype(m_pendingNext);
    installNodes(begin, begin + qsizetype(count));
    endInsertRows();
    m_pendingNext += count;
    // Sized by what the last one cost: the views and proxies above take their share too.
    const double ms = std::max(0.1, double(timer.nsecsElapsed()) / 1e6);
    m_batchOrders = std::clamp(int(double(count) * BatchBudgetMs / ms), MinBatchOrders, MaxBatchOrders);
    m_batchTimer.start();
}

void PurchaseOrderModel::appendOrders(QList<PurchaseOrder> orders)
{
    if (orders.isEmpty())
        return;
    PreparedOrders prepared = prepare(std::move(orders), m_format.locale());
    adoptTextKeys(std::move(prepared.m_textKeys), prepared.m_nodes.begin(), prepared.m_nodes.end());
    const int first = int(m_orders.size());
    beginInsertRows({}, first, first + prepared.orderCount() - 1);
    installNodes(prepared.m_nodes.begin(), prepared.m_nodes.end());
    endInsertRows();
}

void PurchaseOrderModel::adoptTextKeys(std::unique_ptr<TextSortKeys> keys,
    std::vector<OrderNode>::iterator begin, std::vector<OrderNode>::iterator end)
{
    if (!keys || keys->locale() != m_format.locale()) {
        // Prepared for another language (the format changed meanwhile): made again when needed.
        for (auto node = begin; node != end; ++node)
            node->sortKeysStale = true;
        return;
    }
    if (!m_textKeys) {
        m_textKeys = std::move(keys);
        ++m_sortKeysGeneration;
        return;
    }
    // Rows added to those here: their texts join this table (ranked before the next sort).
    const std::vector<qint32> numbers = m_textKeys->absorb(*keys);
    for (auto node = begin; node != end; ++node) {
        for (qint32& key : node->textKeys)
            key = key < 0 ? key : numbers[size_t(key)];
    }
}

void PurchaseOrderModel::clear()
{
    cancelLoading();
    beginResetModel();
    m_orders.clear();
    m_orderRows.clear();
    m_itemLocations.clear();
    m_itemCount = 0;
    endResetModel();
}

bool PurchaseOrderModel::replaceOrder(const PurchaseOrder& incoming)
{
    // A copy (cheap: the lists are shared), since the caller may pass one of ours, from orderAt.
    const PurchaseOrder order = incoming;
    if (!order.id)
        return false;
    const auto found = m_orderRows.constFind(*order.id);
    if (found == m_orderRows.cend())
        return false;
    const int row = *found;
    OrderNode& node = m_orders[size_t(row)];
    const QModelIndex parent = index(row, 0);
    const QList<PurchaseOrderItem>& newItems = itemsOf(order);
    const int oldCount = node.itemCount();
    const int newCount = int(newItems.size());
    const bool orderFieldsChanged = !sameOrderFields(node.order, order);

    unindexItems(row);

    // Which old item each new one continues: the first old item with its id not yet taken.
    // Items without an id cannot be matched, and count as removed and added.
    QHash<qint64, int> oldRowOfId;
    oldRowOfId.reserve(oldCount);
    for (int i = 0; i < oldCount; ++i) {
        if (const std::optional<qint64>& id = node.item(i).id; id && !oldRowOfId.contains(*id))
            oldRowOfId.insert(*id, i);
    }
    std::vector<int> newRowOfOld(size_t(oldCount), -1);
    std::vector<int> oldRowOfNew(size_t(newCount), -1);
    for (int j = 0; j < newCount; ++j) {
        const std::optional<qint64>& id = newItems.at(j).id;
        if (!id)
            continue;
        const auto it = oldRowOfId.constFind(*id);
        if (it != oldRowOfId.cend() && newRowOfOld[size_t(*it)] < 0) {
            newRowOfOld[size_t(*it)] = j;
            oldRowOfNew[size_t(j)] = *it;
        }
    }
    auto countRuns = [](const std::vector<int>& links) {
        int runs = 0;
        for (size_t i = 0; i < links.size(); ++i)
            runs += links[i] < 0 && (i == 0 || links[i - 1] >= 0);
        return runs;
    };

    // From here on the order's own fields are the new ones (item rows show some of them); its
    // items follow step by step, each step announced.
    QList<PurchaseOrderItem> items = itemsOf(node.order);
    node.order = order;
    node.order.purchaseOrderItemDtos = std::move(items);
    QList<PurchaseOrderItem>& current = *node.order.purchaseOrderItemDtos;

    if (countRuns(newRowOfOld) > MaxItemRuns || countRuns(oldRowOfNew) > MaxItemRuns) {
        qCDebug(lcOrderModel) << "order" << *order.id << "changed too much to follow item by item";
        if (oldCount > 0) {
            beginRemoveRows(parent, 0, oldCount - 1);
            current.clear();
            node.itemsChanged();
            endRemoveRows();
        }
        if (newCount > 0) {
            beginInsertRows(parent, 0, newCount - 1);
            current = newItems;
            node.itemsChanged();
            endInsertRows();
        }
    } else {
        replaceItems(row, order, newRowOfOld, oldRowOfNew, orderFieldsChanged);
    }

    node.order.purchaseOrderItemDtos = order.purchaseOrderItemDtos; // equal now; shares the data
    refreshOrderKeys(node);
    indexItems(row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void PurchaseOrderModel::replaceItems(int row, const PurchaseOrder& order,
    const std::vector<int>& newRowOfOld, const std::vector<int>& oldRowOfNew, bool orderFieldsChanged)
{
    OrderNode& node = m_orders[size_t(row)];
    QList<PurchaseOrderItem>& current = *node.order.purchaseOrderItemDtos;
    const QList<PurchaseOrderItem>& newItems = itemsOf(order);
    const QModelIndex parent = index(row, 0);

    // 1. Items that are gone, from the last run back, so that the rows still to visit keep
    // their numbers.
    std::vector<int> survivorNewRows; // for each remaining item, in order: its row in the new list
    for (int last = int(newRowOfOld.size()) - 1; last >= 0;) {
        if (newRowOfOld[size_t(last)] >= 0) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && newRowOfOld[size_t(first - 1)] < 0)
            --first;
        beginRemoveRows(parent, first, last);
        current.remove(first, last - first + 1);
        node.itemsChanged();
        endRemoveRows();
        last = first - 1;
    }
    for (const int newRow : newRowOfOld) {
        if (newRow >= 0)
            survivorNewRows.push_back(newRow);
    }

    // 2. The remaining items in the new order, should the API have reordered them: a layout
    // change that carries persistent indexes (a selection) along.
    if (!std::is_sorted(survivorNewRows.begin(), survivorNewRows.end())) {
        std::vector<int> byNewRow(survivorNewRows.size());
        std::iota(byNewRow.begin(), byNewRow.end(), 0);
        std::sort(byNewRow.begin(), byNewRow.end(),
            [&](int a, int b) { return survivorNewRows[size_t(a)] < survivorNewRows[size_t(b)]; });
        std::vector<int> movedTo(byNewRow.size());
        for (size_t rank = 0; rank < byNewRow.size(); ++rank)
            movedTo[size_t(byNewRow[rank])] = int(rank);

        emit layoutAboutToBeChanged({ QPersistentModelIndex(parent) }, VerticalSortHint);
        QList<PurchaseOrderItem> reordered;
        reordered.reserve(current.size());
        for (const int from : byNewRow)
            reordered.append(current.at(from));
        current = std::move(reordered);
        node.itemsChanged();
        std::sort(survivorNewRows.begin(), survivorNewRows.end());

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

    // 3. Remaining items whose content changed; all of them when the order's own fields did,
    // since item rows show the order's payment references.
    auto announce = [&](int first, int last) {
        emit dataChanged(index(first, 0, parent), index(last, ColumnCount - 1, parent));
    };
    int changedFrom = -1;
    for (int k = 0; k < int(survivorNewRows.size()); ++k) {
        const PurchaseOrderItem& next = newItems.at(survivorNewRows[size_t(k)]);
        const bool changed = !(current.at(k) == next);
        if (changed)
            current[k] = next;
        if (changed || orderFieldsChanged) {
            node.itemsChanged();
            if (changedFrom < 0)
                changedFrom = k;
        } else if (changedFrom >= 0) {
            announce(changedFrom, k - 1);
            changedFrom = -1;
        }
    }
    if (changedFrom >= 0)
        announce(changedFrom, int(survivorNewRows.size()) - 1);

    // 4. New items, run by run. Rows before j already hold new[0..j), so a run starting at j
    // goes in at row j.
    for (int j = 0; j < int(oldRowOfNew.size());) {
        if (oldRowOfNew[size_t(j)] >= 0) {
            ++j;
            continue;
        }
        int end = j;
        while (end + 1 < int(oldRowOfNew.size()) && oldRowOfNew[size_t(end + 1)] < 0)
            ++end;
        const int count = end - j + 1;
        beginInsertRows(parent, j, end);
        // One shift of the list per run, not one per item.
        current = current.first(j) + newItems.sliced(j, count) + current.sliced(j);
        node.itemsChanged();
        endInsertRows();
        j = end + 1;
    }
}

QModelIndex PurchaseOrderModel::indexOfOrder(qint64 orderId) const
{
    const auto it = m_orderRows.constFind(orderId);
    return it == m_orderRows.cend() ? QModelIndex() : createIndex(*it, 0, quintptr(0));
}

QModelIndex PurchaseOrderModel::indexOfItem(qint64 itemId) const
{
    const auto it = m_itemLocations.constFind(itemId);
    return it == m_itemLocations.cend() ? QModelIndex()
                                        : createIndex(it->itemRow, 0, quintptr(it->orderRow) + 1);
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

int PurchaseOrderModel::orderCount() const
{
    return int(m_orders.size());
}

int PurchaseOrderModel::itemCount() const
{
    return m_itemCount;
}

QList<PurchaseOrderStatus> PurchaseOrderModel::statuses() const
{
    QList<PurchaseOrderStatus> statuses;
    QSet<QString> seen;
    for (const OrderNode& node : m_orders) {
        const std::optional<PurchaseOrderStatus>& status = node.order.status;
        if (status && status->code && !seen.contains(*status->code)) {
            seen.insert(*status->code);
            statuses.append(*status);
        }
    }
    return statuses;
}

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
    if (m_textKeys && m_textKeys->locale() != format.locale()) {
        // Another language collates otherwise: the keys are made again when a sort needs them.
        m_textKeys.reset();
        for (const OrderNode& node : m_orders)
            node.sortKeysStale = true;
        for (const OrderNode& node : m_pending)
            node.sortKeysStale = true;
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

int PurchaseOrderModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool PurchaseOrderModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
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

QVariant PurchaseOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case OrderOrItem:
            return tr("Order / item");
        case Created:
            return tr("Created");
        case Status:
            return tr("Status");
        case OfferType:
            return tr("Offer type");
        case Title:
            return tr("Title");
        case SupplierRef:
            return tr("Supplier ref");
        case UnitPrice:
            return tr("Price");
        case RentalTime:
            return tr("Rental (days)");
        case ViewTime:
            return tr("View (hours)");
        case FirstPlay:
            return tr("First play");
        case LicenceAcknowledged:
            return tr("Licence ack.");
        case PaymentProvider:
            return tr("Payment provider");
        case TransactionId:
            return tr("Transaction id");
        case RefundTransactionId:
            return tr("Refund transaction id");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Created:
            return tr("When the order or item was created, in your time zone");
        case UnitPrice:
            return tr("An item's price; on an order, its items' prices added up");
        case RentalTime:
            return tr("Days from the order until the rental ends");
        case ViewTime:
            return tr("Hours from the first play until the rental ends");
        case LicenceAcknowledged:
            return tr("Whether a device acknowledged receiving the licence");
        case TransactionId:
            return tr("The payment provider's transaction; an item without its own shows its order's");
        default:
            return {};
        }
    }
    return {};
}

QHash<int, QByteArray> PurchaseOrderModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(KindRole, "kind");
    names.insert(OrderRole, "order");
    names.insert(ItemRole, "item");
    names.insert(OrderIdRole, "orderId");
    names.insert(ItemIdRole, "itemId");
    names.insert(StatusCodeRole, "statusCode");
    names.insert(CreatedRole, "created");
    names.insert(FilterTextRole, "filterText");
    return names;
}

QVariant PurchaseOrderModel::data(const QModelIndex& index, int role) const
{
    const OrderNode* node = nodeOf(index);
    if (!node || index.column() >= ColumnCount)
        return {};
    if (index.internalId() == 0)
        return orderRowData(*node, index.column(), role);
    if (index.row() >= node->itemCount())
        return {};
    return itemRowData(*node, index.row(), index.column(), role);
}

QVariant PurchaseOrderModel::orderRowData(const OrderNode& node, int column, int role) const
{
    const PurchaseOrder& order = node.order;
    switch (role) {
    case Qt::DisplayRole:
        return orderDisplay(node, column);
    case Qt::ToolTipRole:
        return orderToolTip(node, column);
    case Qt::FontRole:
        if (node.refunded) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == UnitPrice ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        return orderSortValue(node, column);
    case KindRole:
        return QVariant::fromValue(RowKind::Order);
    case OrderRole:
        return QVariant::fromValue(order);
    case OrderIdRole:
        return variantOf(order.id);
    case StatusCodeRole:
        return order.status ? variantOf(order.status->code) : QVariant();
    case CreatedRole:
        return variantOf(order.createDate);
    case FilterTextRole:
        return QString::fromUtf8(readyHaystacks(node).haystackOf(0));
    default:
        return {};
    }
}

QVariant PurchaseOrderModel::itemRowData(const OrderNode& node, int itemRow, int column, int role) const
{
    const PurchaseOrderItem& item = node.item(itemRow);
    switch (role) {
    case Qt::DisplayRole:
        return itemDisplay(node, item, column);
    case Qt::ToolTipRole:
        return itemToolTip(node, item, column);
    case Qt::ForegroundRole:
        return isDeleted(item) ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if (isDeleted(item)) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == UnitPrice || column == RentalTime || column == ViewTime
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case SortRole:
        return itemSortValue(node, item, column);
    case KindRole:
        return QVariant::fromValue(RowKind::Item);
    case OrderRole:
        return QVariant::fromValue(node.order);
    case ItemRole:
        return QVariant::fromValue(item);
    case OrderIdRole:
        return variantOf(node.order.id);
    case ItemIdRole:
        return variantOf(item.id);
    case StatusCodeRole:
        return node.order.status ? variantOf(node.order.status->code) : QVariant();
    case CreatedRole:
        return variantOf(item.createdDate);
    case FilterTextRole:
        return QString::fromUtf8(readyHaystacks(node).haystackOf(1 + itemRow));
    default:
        return {};
    }
}

QVariant PurchaseOrderModel::orderDisplay(const OrderNode& node, int column) const
{
    const PurchaseOrder& order = node.order;
    switch (column) {
    case OrderOrItem:
        return tr("Order %1").arg(order.id ? QString::number(*order.id) : DisplayFormat::absent());
    case Created:
        return m_format.dateTime(order.createDate);
    case Status:
        if (order.status && order.status->name && !order.status->name->isEmpty())
            return *order.status->name;
        return m_format.text(order.status ? order.status->code : std::nullopt);
    case OfferType:
        return m_format.text(order.offerType);
    case Title:
        return m_format.text(node.title);
    case UnitPrice:
        return m_format.money(node.total, m_currency);
    case PaymentProvider:
        return m_format.text(order.paymentProvider);
    case TransactionId:
        return m_format.text(order.paymentProviderTransactionId);
    case RefundTransactionId:
        return m_format.text(order.paymentProviderRefundTransId);
    default:
        return {}; // an item's column: nothing to show on an order, which is not "absent"
    }
}

QVariant PurchaseOrderModel::itemDisplay(
    const OrderNode& node, const PurchaseOrderItem& item, int column) const
{
    const PurchaseOrder& order = node.order;
    switch (column) {
    case OrderOrItem:
        return tr("Item %1").arg(item.id ? QString::number(*item.id) : DisplayFormat::absent());
    case Created:
        return m_format.dateTime(item.createdDate);
    case Status:
        return isDeleted(item) ? tr("Deleted") : QVariant();
    case Title:
        return m_format.text(item.title);
    case SupplierRef:
        return m_format.text(item.supplierRef);
    case UnitPrice:
        return m_format.money(item.unitPrice, m_currency);
    case RentalTime:
        return m_format.integer(item.rentalTime);
    case ViewTime:
        return m_format.integer(item.viewTime);
    case FirstPlay:
        return m_format.dateTime(item.timeOfFirstPlay);
    case LicenceAcknowledged:
        return m_format.yesNo(item.licenseAcknowledged);
    case PaymentProvider:
        return m_format.text(either(item.paymentProvider, order.paymentProvider));
    case TransactionId:
        return m_format.text(either(item.paymentProviderTransactionId, order.paymentProviderTransactionId));
    case RefundTransactionId:
        return m_format.text(order.paymentProviderRefundTransId);
    default:
        return {}; // an order's column
    }
}

QVariant PurchaseOrderModel::orderSortValue(const OrderNode& node, int column) const
{
    const PurchaseOrder& order = node.order;
    switch (column) {
    case OrderOrItem:
        return variantOf(order.id);
    case Created:
        return variantOf(order.createDate);
    case UnitPrice:
        return variantOf(node.total);
    default:
        return textSlotOf(column) >= 0 ? variantOf(orderSortText(node, column)) : QVariant();
    }
}

QVariant PurchaseOrderModel::itemSortValue(
    const OrderNode& node, const PurchaseOrderItem& item, int column) const
{
    switch (column) {
    case OrderOrItem:
        return variantOf(item.id);
    case Created:
        return variantOf(item.createdDate);
    case UnitPrice:
        return variantOf(item.unitPrice);
    case RentalTime:
        return variantOf(item.rentalTime);
    case ViewTime:
        return variantOf(item.viewTime);
    case FirstPlay:
        return variantOf(item.timeOfFirstPlay);
    case LicenceAcknowledged:
        return variantOf(item.licenseAcknowledged);
    default:
        return textSlotOf(column) >= 0 ? variantOf(itemSortText(node, item, column)) : QVariant();
    }
}

QVariant PurchaseOrderModel::orderToolTip(const OrderNode& node, int column) const
{
    // The whole value, in a form that can be copied and searched for elsewhere.
    const PurchaseOrder& order = node.order;
    switch (column) {
    case OrderOrItem:
        return order.id ? QVariant(QString::number(*order.id)) : QVariant();
    case Created:
        return isoText(order.createDate);
    case Status: {
        const QString name = order.status ? order.status->name.value_or(QString()) : QString();
        const QString code = order.status ? order.status->code.value_or(QString()) : QString();
        if (name.isEmpty() || code.isEmpty())
            return textOrNothing(name.isEmpty() ? code : name);
        return tr("%1 (%2)").arg(name, code);
    }
    case UnitPrice:
        return node.total ? QVariant(exactMoney(*node.total, m_currency)) : QVariant();
    default: {
        const QString text = orderDisplay(node, column).toString();
        return text == DisplayFormat::absent() ? QVariant() : textOrNothing(text);
    }
    }
}

QVariant PurchaseOrderModel::itemToolTip(
    const OrderNode& node, const PurchaseOrderItem& item, int column) const
{
    switch (column) {
    case OrderOrItem:
        return item.id ? QVariant(QString::number(*item.id)) : QVariant();
    case Created:
        return isoText(item.createdDate);
    case FirstPlay:
        return isoText(item.timeOfFirstPlay);
    case UnitPrice:
        return item.unitPrice ? QVariant(exactMoney(*item.unitPrice, m_currency)) : QVariant();
    default: {
        const QString text = itemDisplay(node, item, column).toString();
        return text == DisplayFormat::absent() ? QVariant() : textOrNothing(text);
    }
    }
}

TextSortKeys& PurchaseOrderModel::textKeys() const
{
    if (!m_textKeys) {
        m_textKeys = std::make_unique<TextSortKeys>(m_format.locale());
        ++m_sortKeysGeneration;
    }
    return *m_textKeys;
}

const OrderNode& PurchaseOrderModel::readySortKeys(const OrderNode& node) const
{
    if (node.sortKeysStale)
        makeSortKeys(node, textKeys()); // the items changed since prepare(): one order's worth
    return node;
}

TextSortKeys& PurchaseOrderModel::rankedTextKeys() const
{
    TextSortKeys& keys = textKeys();
    const quint64 rankings = keys.rankings();
    keys.rank(); // texts added since loading (a replaced order's) find their place; else nothing to do
    if (keys.rankings() != rankings)
        ++m_sortKeysGeneration;
    return keys;
}

void PurchaseOrderModel::prepareSortKeys() const
{
    for (const OrderNode& node : m_orders)
        readySortKeys(node);
    rankedTextKeys();
}

SortKey PurchaseOrderModel::orderSortKey(int row, int column) const
{
    const OrderNode& node = m_orders[size_t(row)];
    switch (column) {
    case OrderOrItem:
        return keyOf(node.order.id);
    case Created:
        return keyOf(node.order.createDate);
    case UnitPrice:
        return SortKey { node.totalKey.whole, node.totalKey.fraction };
    default:
        break;
    }
    const int slot = textSlotOf(column);
    if (slot < 0)
        return {}; // an item's column: orders show nothing there, and all tie
    const qint32 text = readySortKeys(node).textKey(slot, 0); // before ranking: it may add texts
    return SortKey { rankedTextKeys().rankOf(text), 0 };
}

SortKey PurchaseOrderModel::itemSortKey(int orderRow, int itemRow, int column) const
{
    const OrderNode& node = m_orders[size_t(orderRow)];
    const PurchaseOrderItem& item = node.item(itemRow);
    switch (column) {
    case OrderOrItem:
        return keyOf(item.id);
    case Created:
        return keyOf(item.createdDate);
    case UnitPrice: {
        const Decimal::OrderKey& price = readySortKeys(node).priceKeys[size_t(itemRow)];
        return SortKey { price.whole, price.fraction };
    }
    case RentalTime:
        return keyOf(item.rentalTime);
    case ViewTime:
        return keyOf(item.viewTime);
    case FirstPlay:
        return keyOf(item.timeOfFirstPlay);
    case LicenceAcknowledged:
        return keyOf(item.licenseAcknowledged);
    default:
        break;
    }
    const int slot = textSlotOf(column);
    if (slot < 0)
        return {};
    const qint32 text = readySortKeys(node).textKey(slot, 1 + itemRow); // before ranking: it may add texts
    return SortKey { rankedTextKeys().rankOf(text), 0 };
}

bool PurchaseOrderModel::orderMatches(int orderRow, const FilterTerms& terms) const
{
    const QList<QByteArray>& words = terms.utf8Terms();
    if (words.isEmpty())
        return true;
    const OrderNode& node = readyHaystacks(m_orders[size_t(orderRow)]);
    const QByteArrayView haystack(node.haystack);
    // Each place the first word occurs names a row; that row must hold the other words too.
    qsizetype at = FilterTerms::find(haystack, words.constFirst());
    while (at >= 0) {
        const auto end = std::upper_bound(node.haystackEnds.cbegin(), node.haystackEnds.cend(), quint32(at));
        const int row = int(end - node.haystackEnds.cbegin());
        const QByteArrayView rowText = node.haystackOf(row);
        bool all = true;
        for (qsizetype w = 1; w < words.size() && all; ++w)
            all = FilterTerms::find(rowText, words.at(w)) >= 0;
        if (all)
            return true;
        at = FilterTerms::find(haystack, words.constFirst(), qsizetype(*end));
    }
    return false;
}

} // namespace ff
