// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
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
    PurchaseOrder order;
    std::optional<QString> title; // the single item's title, or "3 items"
    std::optional<Decimal> total; // the items' prices added up, when every item has one
    bool refunded = false;

    // The filter's haystacks and the costly sort keys, made again when next asked for after the
    // items changed (replaceOrder) or the texts' table went (another locale). Mutable: caches of
    // what the DTO holds.
    mutable OrderSearchText searchText;
    mutable bool searchTextStale = true;
    mutable OrderRowKeys rowKeys;
    mutable bool rowKeysStale = true;

    int itemCount() const
    {
        return order.purchaseOrderItemDtos ? int(order.purchaseOrderItemDtos->size()) : 0;
    }
    const PurchaseOrderItem& item(int row) const { return order.purchaseOrderItemDtos->at(row); }

    // The title, the total and whether it is refunded, from the DTO; the caches to be made again.
    // titlesByCount, when given, keeps "%n items" made once per count: tr() for each of 100 000
    // orders would cost more than everything else.
    void summarise(std::vector<QString>* titlesByCount = nullptr);
    const OrderSearchText& readySearchText() const;
    const OrderRowKeys& readyRowKeys(TextSortKeys& texts) const;
    void itemsChanged() const
    {
        searchTextStale = true;
        rowKeysStale = true;
    }
};

} // namespace ff
