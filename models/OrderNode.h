// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
#include "models/InvestigatedItem.h"
#include "models/OrderRowKeys.h"
#include "models/OrderSearchText.h"

#include <optional>
#include <vector>

namespace ff {

class TextSortKeys;

// One order of a PurchaseOrderModel with what its rows need besides the DTO, worked out once
// (PreparedOrders::prepare, on a worker thread) rather than per keystroke or per comparison.
struct OrderNode
{
    // The costly sort keys and the filter's haystacks, made again when next asked for after the
    // items changed (replaceOrder) or the texts' table went (another locale). Mutable: caches of
    // what the DTO holds. First, so that a sort or a filter going over every order reads them
    // from the node's first cache line rather than from past the DTO's 500 bytes.
    mutable bool rowKeysStale = true;
    mutable bool searchTextStale = true;
    mutable OrderRowKeys rowKeys;
    mutable OrderSearchText searchText;

    PurchaseOrder order;
    std::optional<QString> title; // the single item's title, or "3 items"
    std::optional<Decimal> total; // the items' prices added up, when every item has one
    bool refunded = false;
    // Each item's refund investigation (OrderInvestigation), in item order; empty when not worked
    // out (yet), or when the items changed since.
    std::vector<InvestigatedItem> investigated;

    int itemCount() const
    {
        return order.purchaseOrderItemDtos ? int(order.purchaseOrderItemDtos->size()) : 0;
    }
    const PurchaseOrderItem& item(int row) const { return order.purchaseOrderItemDtos->at(row); }
    // The investigation of the item at a row, or of an item of this order's; null when none.
    const InvestigatedItem* investigatedAt(int row) const
    {
        const bool known = row >= 0 && size_t(row) < investigated.size() && row < itemCount()
            && !investigated[size_t(row)].pending;
        return known ? &investigated[size_t(row)] : nullptr;
    }
    const InvestigatedItem* investigatedOf(const PurchaseOrderItem& item) const;
    // How many of its items are refund candidates.
    int candidateCount() const;
    // The statuses the orders have, each code once, in order of first appearance.
    static QList<PurchaseOrderStatus> statusesOf(const std::vector<OrderNode>& nodes);

    // The title, the total and whether it is refunded, from the DTO; the caches to be made again.
    // titlesByCount, when given, keeps "%n items" made once per count: tr() for each of 100 000
    // orders would cost more than everything else.
    void summarise(std::vector<QString>* titlesByCount = nullptr);
    const OrderSearchText& readySearchText() const
    {
        if (searchTextStale)
            makeSearchText();
        return searchText;
    }
    // Numbering texts in `texts`, should they be made again.
    const OrderRowKeys& readyRowKeys(TextSortKeys& texts) const
    {
        if (rowKeysStale)
            makeRowKeys(texts);
        return rowKeys;
    }
    // The item list changed a step at a time (PurchaseOrderModel::replaceOrder), each item's
    // refund result following it, so that with "refund candidates only" on the order and the
    // agent's selection stay shown until the next run; an item inserted is pending till then.
    void removeItems(int first, int last);
    // Item k goes to row movedTo[k].
    void moveItems(const std::vector<int>& movedTo);
    // Items [first, first + count) of `after` inserted at row first.
    void insertItems(const QList<PurchaseOrderItem>& after, int first, int count);

    void itemsChanged() const
    {
        searchTextStale = true;
        rowKeysStale = true;
    }

private:
    void makeSearchText() const;
    void makeRowKeys(TextSortKeys& texts) const;
};

} // namespace ff
