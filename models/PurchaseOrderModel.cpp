#include "models/PurchaseOrderModel.h"

#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QLoggingCategory>
#include <QSet>
#include <algorithm>
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

void appendField(QString& text, const std::optional<QString>& value)
{
    if (value)
        text += *value;
    text += u'\n'; // a separator no typed word contains, so no match spans two fields
}

void appendField(QString& text, const std::optional<qint64>& value)
{
    if (value)
        text += QString::number(*value);
    text += u'\n';
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

struct PurchaseOrderModel::OrderNode
{
    PurchaseOrder order;
    QString filterText; // lower-case: order id, transaction id, refund id
    std::optional<QString> title; // the single item's title, or "3 items"
    std::optional<Decimal> total; // the items' prices added up, when every item has one
    bool refunded = false;
    std::vector<QString> itemFilterTexts; // one per item, lower-case

    int itemCount() const { return int(itemFilterTexts.size()); }
    const PurchaseOrderItem& item(int row) const { return order.purchaseOrderItemDtos->at(row); }
};

PurchaseOrderModel::PurchaseOrderModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

PurchaseOrderModel::~PurchaseOrderModel() = default;

QString PurchaseOrderModel::itemFilterText(const PurchaseOrder& order, const PurchaseOrderItem& item) const
{
    QString text;
    text.reserve(96);
    appendField(text, item.title);
    appendField(text, item.supplierRef);
    appendField(text, order.id);
    appendField(text, item.id);
    appendField(text, item.paymentProviderTransactionId);
    appendField(text, order.paymentProviderTransactionId);
    appendField(text, order.paymentProviderRefundTransId);
    return std::move(text).toLower();
}

void PurchaseOrderModel::refreshOrderKeys(OrderNode& node) const
{
    const PurchaseOrder& order = node.order;
    QString text;
    appendField(text, order.id);
    appendField(text, order.paymentProviderTransactionId);
    appendField(text, order.paymentProviderRefundTransId);
    node.filterText = std::move(text).toLower();
    node.refunded = isRefunded(order);

    node.title.reset();
    node.total.reset();
    if (!order.purchaseOrderItemDtos)
        return; // not sent: unknown, not "no items"
    const QList<PurchaseOrderItem>& items = *order.purchaseOrderItemDtos;
    if (items.size() == 1)
        node.title = items.constFirst().title;
    else if (items.isEmpty())
        node.title = tr("No items");
    else
        node.title = tr("%n items", nullptr, int(items.size()));

    Decimal total;
    for (const PurchaseOrderItem& item : items) {
        const std::optional<Decimal> sum = item.unitPrice ? total.plus(*item.unitPrice) : std::nullopt;
        if (!sum)
            return; // a price is missing: a partial sum would pass for the order's price
        total = *sum;
    }
    node.total = total;
}

PurchaseOrderModel::OrderNode PurchaseOrderModel::makeNode(PurchaseOrder order) const
{
    OrderNode node;
    node.order = std::move(order);
    const QList<PurchaseOrderItem>& items = itemsOf(node.order);
    node.itemFilterTexts.reserve(size_t(items.size()));
    for (const PurchaseOrderItem& item : items)
        node.itemFilterTexts.push_back(itemFilterText(node.order, item));
    refreshOrderKeys(node);
    return node;
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

void PurchaseOrderModel::setOrders(QList<PurchaseOrder> orders)
{
    QElapsedTimer timer;
    timer.start();
    beginResetModel();
    m_orders.clear();
    m_orderRows.clear();
    m_itemLocations.clear();
    m_itemCount = 0;
    m_orders.reserve(size_t(orders.size()));
    m_orderRows.reserve(orders.size());
    for (PurchaseOrder& order : orders)
        m_orders.push_back(makeNode(std::move(order)));
    for (int row = 0; row < int(m_orders.size()); ++row)
        indexOrder(row);
    endResetModel();
    qCDebug(lcOrderModel) << "set" << m_orders.size() << "orders," << m_itemCount << "items in"
                          << timer.elapsed() << "ms";
}

void PurchaseOrderModel::appendOrders(QList<PurchaseOrder> orders)
{
    if (orders.isEmpty())
        return;
    const int first = int(m_orders.size());
    std::vector<OrderNode> nodes;
    nodes.reserve(size_t(orders.size()));
    for (PurchaseOrder& order : orders)
        nodes.push_back(makeNode(std::move(order)));

    beginInsertRows({}, first, first + int(nodes.size()) - 1);
    m_orders.insert(
        m_orders.end(), std::make_move_iterator(nodes.begin()), std::make_move_iterator(nodes.end()));
    for (int row = first; row < int(m_orders.size()); ++row)
        indexOrder(row);
    endInsertRows();
}

void PurchaseOrderModel::clear()
{
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
            node.itemFilterTexts.clear();
            endRemoveRows();
        }
        if (newCount > 0) {
            beginInsertRows(parent, 0, newCount - 1);
            current = newItems;
            for (const PurchaseOrderItem& item : newItems)
                node.itemFilterTexts.push_back(itemFilterText(order, item));
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
        node.itemFilterTexts.erase(
            node.itemFilterTexts.begin() + first, node.itemFilterTexts.begin() + last + 1);
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
        std::vector<QString> reorderedTexts;
        reordered.reserve(current.size());
        reorderedTexts.reserve(node.itemFilterTexts.size());
        for (const int from : byNewRow) {
            reordered.append(current.at(from));
            reorderedTexts.push_back(std::move(node.itemFilterTexts[size_t(from)]));
        }
        current = std::move(reordered);
        node.itemFilterTexts = std::move(reorderedTexts);
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
        if (changed || orderFieldsChanged)
            node.itemFilterTexts[size_t(k)] = itemFilterText(order, next);
        if (changed || orderFieldsChanged) {
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
        std::vector<QString> texts;
        texts.reserve(size_t(count));
        for (int n = j; n <= end; ++n)
            texts.push_back(itemFilterText(order, newItems.at(n)));
        beginInsertRows(parent, j, end);
        // One shift of the list per run, not one per item.
        current = current.first(j) + newItems.sliced(j, count) + current.sliced(j);
        node.itemFilterTexts.insert(node.itemFilterTexts.begin() + j, std::make_move_iterator(texts.begin()),
            std::make_move_iterator(texts.end()));
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

const PurchaseOrderModel::OrderNode* PurchaseOrderModel::nodeOf(const QModelIndex& index) const
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
        return orderData(*node, index.column(), role);
    if (index.row() >= node->itemCount())
        return {};
    return itemData(*node, index.row(), index.column(), role);
}

QVariant PurchaseOrderModel::orderData(const OrderNode& node, int column, int role) const
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
        return node.filterText;
    default:
        return {};
    }
}

QVariant PurchaseOrderModel::itemData(const OrderNode& node, int itemRow, int column, int role) const
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
        return node.itemFilterTexts[size_t(itemRow)];
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
    case Status:
        return orderDisplay(node, Status);
    case OfferType:
        return variantOf(order.offerType);
    case Title:
        return variantOf(node.title);
    case UnitPrice:
        return variantOf(node.total);
    case PaymentProvider:
        return variantOf(order.paymentProvider);
    case TransactionId:
        return variantOf(order.paymentProviderTransactionId);
    case RefundTransactionId:
        return variantOf(order.paymentProviderRefundTransId);
    default:
        return {};
    }
}

QVariant PurchaseOrderModel::itemSortValue(
    const OrderNode& node, const PurchaseOrderItem& item, int column) const
{
    const PurchaseOrder& order = node.order;
    switch (column) {
    case OrderOrItem:
        return variantOf(item.id);
    case Created:
        return variantOf(item.createdDate);
    case Status:
        return isDeleted(item) ? QVariant(tr("Deleted")) : QVariant();
    case Title:
        return variantOf(item.title);
    case SupplierRef:
        return variantOf(item.supplierRef);
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
    case PaymentProvider:
        return variantOf(either(item.paymentProvider, order.paymentProvider));
    case TransactionId:
        return variantOf(either(item.paymentProviderTransactionId, order.paymentProviderTransactionId));
    case RefundTransactionId:
        return variantOf(order.paymentProviderRefundTransId);
    default:
        return {};
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

} // namespace ff
