// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderColumns.h"

#include "models/DisplayFormat.h"
#include "models/InvestigationCells.h"
#include "models/OrderNode.h"
#include "models/OrderSearchText.h"
#include "models/PurchaseOrderModel.h"

#include <QCoreApplication>
#include <array>
#include <iterator>

namespace ff {

namespace {

using Model = PurchaseOrderModel;
using Cell = OrderCell;
using Item = PurchaseOrderItem;
using SortBy = OrderColumns::SortBy;

// The context the orders tree's strings have always had, so that their translations stay. Spelled
// out in each call below: lupdate reads only literal contexts.
constexpr const char* TranslationContext = "ff::PurchaseOrderModel";

// An item's own payment reference when it has one, else its order's.
const std::optional<QString>& either(const std::optional<QString>& own, const std::optional<QString>& order)
{
    return own && !own->isEmpty() ? own : order;
}

// As the cell shows it: the name, else the code, else the dash.
std::optional<QString> statusText(const PurchaseOrder& order)
{
    if (order.status && order.status->name && !order.status->name->isEmpty())
        return *order.status->name;
    return order.status && order.status->code ? *order.status->code : DisplayFormat::absent();
}

// Both the name an agent reads and the code the API and the status filter use.
QVariant statusToolTip(const OrderNode& node)
{
    const std::optional<PurchaseOrderStatus>& status = node.order.status;
    const QString name = status ? status->name.value_or(QString()) : QString();
    const QString code = status ? status->code.value_or(QString()) : QString();
    if (name.isEmpty() || code.isEmpty()) {
        const QString either = name.isEmpty() ? code : name;
        return either.isEmpty() ? QVariant() : QVariant(either);
    }
    return QCoreApplication::translate("ff::PurchaseOrderModel", "%1 (%2)").arg(name, code);
}

Cell noOrderCell(const OrderNode&)
{
    return {};
}

Cell noItemCell(const OrderNode&, const Item&)
{
    return {};
}

constexpr OrderColumns::Entry Entries[] = {
    { .column = Model::OrderOrItem,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Order / item"),
        .sortBy = SortBy::Value,
        .orderCell = [](const OrderNode& node) { return Cell::orderId(node.order.id); },
        .itemCell = [](const OrderNode&, const Item& item) { return Cell::itemId(item.id); },
        .searchInOrder = [](OrderSearchText& text, const PurchaseOrder& order) { text.add(order.id); },
        // "frozen 1001": an item is found by its order's number too.
        .searchInItem =
            [](OrderSearchText& text, const PurchaseOrder& order, const Item& item) {
                text.add(order.id);
                text.add(item.id);
            } },
    { .column = Model::Created,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Created"),
        .headerToolTip = QT_TRANSLATE_NOOP(
            "ff::PurchaseOrderModel", "When the order or item was created, in your time zone"),
        .sortBy = SortBy::Value,
        .orderCell = [](const OrderNode& node) { return Cell::instant(node.order.createDate); },
        .itemCell = [](const OrderNode&, const Item& item) { return Cell::instant(item.createdDate); } },
    { .column = Model::Status,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Status"),
        .sortBy = SortBy::Collation,
        .orderCell = [](const OrderNode& node) { return Cell::text(statusText(node.order)); },
        .itemCell =
            [](const OrderNode&, const Item& item) {
                return item.deleted.value_or(false)
                    ? Cell::text(QCoreApplication::translate("ff::PurchaseOrderModel", "Deleted"))
                    : Cell();
            },
        .orderToolTip = statusToolTip },
    { .column = Model::OfferType,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Offer type"),
        .sortBy = SortBy::Collation,
        .orderCell = [](const OrderNode& node) { return Cell::text(node.order.offerType); },
        .itemCell = noItemCell },
    { .column = Model::Title,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Title"),
        .sortBy = SortBy::Collation,
        // The single item's title, or "3 items" (OrderNode::summarise).
        .orderCell = [](const OrderNode& node) { return Cell::text(node.title); },
        .itemCell = [](const OrderNode&, const Item& item) { return Cell::text(item.title); },
        .searchInItem
        = [](OrderSearchText& text, const PurchaseOrder&, const Item& item) { text.add(item.title); } },
    { .column = Model::SupplierRef,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Supplier ref"),
        .sortBy = SortBy::Collation,
        .orderCell = noOrderCell,
        .itemCell = [](const OrderNode&, const Item& item) { return Cell::text(item.supplierRef); },
        .searchInItem
        = [](OrderSearchText& text, const PurchaseOrder&, const Item& item) { text.add(item.supplierRef); } },
    { .column = Model::UnitPrice,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Price"),
        .headerToolTip = QT_TRANSLATE_NOOP(
            "ff::PurchaseOrderModel", "An item's price; on an order, its items' prices added up"),
        .sortBy = SortBy::Amount,
        .orderCell = [](const OrderNode& node) { return Cell::money(node.total); },
        .itemCell = [](const OrderNode&, const Item& item) { return Cell::money(item.unitPrice); } },
    { .column = Model::RentalTime,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Rental (days)"),
        .headerToolTip
        = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Days from the order until the rental ends"),
        .sortBy = SortBy::Value,
        .orderCell = noOrderCell,
        .itemCell = [](const OrderNode&, const Item& item) { return Cell::integer(item.rentalTime); } },
    { .column = Model::ViewTime,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "View (hours)"),
        .headerToolTip
        = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Hours from the first play until the rental ends"),
        .sortBy = SortBy::Value,
        .orderCell = noOrderCell,
        .itemCell = [](const OrderNode&, const Item& item) { return Cell::integer(item.viewTime); } },
    { .column = Model::FirstPlay,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "First play"),
        .sortBy = SortBy::Value,
        .orderCell = noOrderCell,
        .itemCell = [](const OrderNode&, const Item& item) { return Cell::instant(item.timeOfFirstPlay); } },
    { .column = Model::LicenceAcknowledged,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Licence ack."),
        .headerToolTip
        = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Whether a device acknowledged receiving the licence"),
        .sortBy = SortBy::Value,
        .orderCell = noOrderCell,
        .itemCell
        = [](const OrderNode&, const Item& item) { return Cell::yesNo(item.licenseAcknowledged); } },
    { .column = Model::PaymentProvider,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Payment provider"),
        .sortBy = SortBy::Collation,
        .orderCell = [](const OrderNode& node) { return Cell::text(node.order.paymentProvider); },
        .itemCell =
            [](const OrderNode& node, const Item& item) {
                return Cell::text(either(item.paymentProvider, node.order.paymentProvider));
            } },
    { .column = Model::TransactionId,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Transaction id"),
        .headerToolTip = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel",
            "The payment provider's transaction; an item without its own shows its order's"),
        .sortBy = SortBy::Collation,
        .orderCell
        = [](const OrderNode& node) { return Cell::text(node.order.paymentProviderTransactionId); },
        .itemCell =
            [](const OrderNode& node, const Item& item) {
                return Cell::text(
                    either(item.paymentProviderTransactionId, node.order.paymentProviderTransactionId));
            },
        .searchInOrder = [](OrderSearchText& text,
                             const PurchaseOrder& order) { text.add(order.paymentProviderTransactionId); },
        // An item is found by its own transaction and by its order's, whichever it shows.
        .searchInItem =
            [](OrderSearchText& text, const PurchaseOrder& order, const Item& item) {
                text.add(item.paymentProviderTransactionId);
                text.add(order.paymentProviderTransactionId);
            } },
    { .column = Model::RefundTransactionId,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Refund transaction id"),
        .sortBy = SortBy::Collation,
        .orderCell
        = [](const OrderNode& node) { return Cell::text(node.order.paymentProviderRefundTransId); },
        .itemCell = [](const OrderNode& node,
                        const Item&) { return Cell::text(node.order.paymentProviderRefundTransId); },
        .searchInOrder = [](OrderSearchText& text,
                             const PurchaseOrder& order) { text.add(order.paymentProviderRefundTransId); },
        .searchInItem = [](OrderSearchText& text, const PurchaseOrder& order,
                            const Item&) { text.add(order.paymentProviderRefundTransId); } },
    // The refund investigation's, at the context's instant with its policy (InvestigationCells).
    { .column = Model::State,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "State"),
        .headerToolTip = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel",
            "Where the item stands: not started, active, expired, owned, refunded; with the time left or "
            "since"),
        .sortBy = SortBy::Value,
        .orderCell = [](const OrderNode& node) { return InvestigationCells::orderState(node); },
        .itemCell = [](const OrderNode& node,
                        const Item& item) { return InvestigationCells::state(node.investigatedOf(item)); },
        .investigated = true },
    { .column = Model::Verdict,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Verdict"),
        .headerToolTip = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel",
            "Whether a refund is due, needs a person's review, or is not due; on an order, its refund "
            "candidates"),
        .sortBy = SortBy::Value,
        .orderCell = [](const OrderNode& node) { return InvestigationCells::orderVerdict(node); },
        .itemCell = [](const OrderNode& node,
                        const Item& item) { return InvestigationCells::verdict(node.investigatedOf(item)); },
        .investigated = true },
    { .column = Model::Signals,
        .header = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "Signals"),
        .headerToolTip
        = QT_TRANSLATE_NOOP("ff::PurchaseOrderModel", "The facts about the item that bear on a refund"),
        .sortBy = SortBy::Value,
        .orderCell = [](const OrderNode& node) { return InvestigationCells::orderSignals(node); },
        .itemCell
        = [](const OrderNode& node,
              const Item& item) { return InvestigationCells::raisedSignals(node.investigatedOf(item)); },
        .investigated = true },
};
static_assert(std::size(Entries) == Model::ColumnCount, "one entry per column");

// What the table says about all its columns, worked out when compiling: where each column's
// prepared keys are, and which columns the haystacks are made of.
struct Derived
{
    static constexpr size_t Count = std::size(Entries);
    std::array<int, Count> slotOf {};
    std::array<int, Count> collation {};
    size_t collationCount = 0;
    std::array<int, Count> amount {};
    size_t amountCount = 0;
    std::array<OrderColumns::SearchInOrder, Count> orderSearches {};
    size_t orderSearchCount = 0;
    std::array<OrderColumns::SearchInItem, Count> itemSearches {};
    size_t itemSearchCount = 0;
};

constexpr Derived derive()
{
    Derived table;
    for (size_t column = 0; column < Derived::Count; ++column) {
        const OrderColumns::Entry& entry = Entries[column];
        table.slotOf[column] = -1;
        if (entry.sortBy == SortBy::Collation) {
            table.slotOf[column] = int(table.collationCount);
            table.collation[table.collationCount++] = entry.column;
        } else if (entry.sortBy == SortBy::Amount) {
            table.slotOf[column] = int(table.amountCount);
            table.amount[table.amountCount++] = entry.column;
        }
        if (entry.searchInOrder)
            table.orderSearches[table.orderSearchCount++] = entry.searchInOrder;
        if (entry.searchInItem)
            table.itemSearches[table.itemSearchCount++] = entry.searchInItem;
    }
    return table;
}

constexpr bool inColumnOrder()
{
    for (size_t column = 0; column < std::size(Entries); ++column) {
        if (Entries[column].column != int(column))
            return false;
    }
    return true;
}
static_assert(inColumnOrder(), "the entries in the order of PurchaseOrderModel::Column");

constexpr Derived Table = derive();

} // namespace

const OrderColumns::Entry& OrderColumns::at(int column)
{
    Q_ASSERT(column >= 0 && column < Model::ColumnCount);
    return Entries[column];
}

QVariant OrderColumns::headerData(int column, int role)
{
    if (column < 0 || column >= Model::ColumnCount)
        return {};
    const char* text = nullptr;
    if (role == Qt::DisplayRole)
        text = at(column).header;
    else if (role == Qt::ToolTipRole)
        text = at(column).headerToolTip;
    return text ? QVariant(QCoreApplication::translate(TranslationContext, text)) : QVariant();
}

int OrderColumns::slotOf(int column)
{
    return Table.slotOf[size_t(column)];
}

std::span<const int> OrderColumns::collationColumns()
{
    return std::span(Table.collation).first(Table.collationCount);
}

std::span<const int> OrderColumns::amountColumns()
{
    return std::span(Table.amount).first(Table.amountCount);
}

std::span<const OrderColumns::SearchInOrder> OrderColumns::orderSearches()
{
    return std::span(Table.orderSearches).first(Table.orderSearchCount);
}

std::span<const OrderColumns::SearchInItem> OrderColumns::itemSearches()
{
    return std::span(Table.itemSearches).first(Table.itemSearchCount);
}

} // namespace ff
