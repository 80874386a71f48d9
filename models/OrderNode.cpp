// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderNode.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace ff {

namespace {

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

QString titleOfSeveral(int itemCount)
{
    // In the context the orders tree's strings have always had, so that their translations stay.
    return itemCount == 0
        ? QCoreApplication::translate("ff::PurchaseOrderModel", "No items")
        : QCoreApplication::translate("ff::PurchaseOrderModel", "%n items", nullptr, itemCount);
}

} // namespace

void OrderNode::summarise(std::vector<QString>* titlesByCount)
{
    refunded = isRefunded(order);
    itemsChanged();
    title.reset();
    total.reset();
    if (!order.purchaseOrderItemDtos)
        return; // not sent: unknown, not "no items"
    const QList<PurchaseOrderItem>& items = *order.purchaseOrderItemDtos;
    const int count = int(items.size());
    if (count == 1) {
        title = items.constFirst().title;
    } else if (titlesByCount && count < 64) {
        if (size_t(count) >= titlesByCount->size())
            titlesByCount->resize(size_t(count) + 1);
        QString& cached = (*titlesByCount)[size_t(count)];
        if (cached.isNull())
            cached = titleOfSeveral(count);
        title = cached;
    } else {
        title = titleOfSeveral(count);
    }

    Decimal sum;
    for (const PurchaseOrderItem& item : items) {
        const std::optional<Decimal> next = item.unitPrice ? sum.plus(*item.unitPrice) : std::nullopt;
        if (!next)
            return; // a price is missing: a partial sum would pass for the order's price
        sum = *next;
    }
    total = sum;
}

const InvestigatedItem* OrderNode::investigatedOf(const PurchaseOrderItem& item) const
{
    if (!order.purchaseOrderItemDtos)
        return nullptr;
    // The columns are handed the item by reference into this order's list: its place is its row.
    const PurchaseOrderItem* first = order.purchaseOrderItemDtos->constData();
    const std::ptrdiff_t row = &item - first;
    return row >= 0 && row < itemCount() ? investigatedAt(int(row)) : nullptr;
}

void OrderNode::removeItems(int first, int last)
{
    order.purchaseOrderItemDtos->remove(first, last - first + 1);
    if (!investigated.empty())
        investigated.erase(investigated.begin() + first, investigated.begin() + last + 1);
    itemsChanged();
}

void OrderNode::moveItems(const std::vector<int>& movedTo)
{
    QList<PurchaseOrderItem>& items = *order.purchaseOrderItemDtos;
    QList<PurchaseOrderItem> moved(items.size());
    std::vector<InvestigatedItem> movedResults(investigated.size());
    for (size_t k = 0; k < movedTo.size(); ++k) {
        moved[movedTo[k]] = items.at(qsizetype(k));
        if (k < investigated.size())
            movedResults[size_t(movedTo[k])] = investigated[k];
    }
    items = std::move(moved);
    investigated = std::move(movedResults);
    itemsChanged();
}

void OrderNode::insertItems(const QList<PurchaseOrderItem>& after, int first, int count)
{
    QList<PurchaseOrderItem>& items = *order.purchaseOrderItemDtos;
    // One shift of the list per run, not one per item; all of them: the new list, shared.
    if (items.isEmpty() && count == after.size())
        items = after;
    else
        items = items.first(first) + after.sliced(first, count) + items.sliced(first);
    if (!investigated.empty()) {
        InvestigatedItem pending;
        pending.pending = true;
        investigated.insert(investigated.begin() + first, size_t(count), pending);
    }
    itemsChanged();
}

int OrderNode::candidateCount() const
{
    return int(std::count_if(investigated.cbegin(), investigated.cend(),
        [](const InvestigatedItem& item) { return item.isCandidate(); }));
}

QList<PurchaseOrderStatus> OrderNode::statusesOf(const std::vector<OrderNode>& nodes)
{
    QList<PurchaseOrderStatus> statuses;
    QSet<QString> seen;
    for (const OrderNode& node : nodes) {
        const std::optional<PurchaseOrderStatus>& status = node.order.status;
        if (status && status->code && !seen.contains(*status->code)) {
            seen.insert(*status->code);
            statuses.append(*status);
        }
    }
    return statuses;
}

void OrderNode::makeSearchText() const
{
    searchText.make(order);
    searchTextStale = false;
}

void OrderNode::makeRowKeys(TextSortKeys& texts) const
{
    rowKeys.make(*this, texts); // when loading, or the items changed since: one order's worth
    rowKeysStale = false;
}

} // namespace ff
