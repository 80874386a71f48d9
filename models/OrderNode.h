// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
#include "models/SortKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>
#include <vector>

namespace ff {

// One order of a PurchaseOrderModel with what its rows need besides the DTO, worked out once
// (PurchaseOrderModel::prepare, on a worker thread) rather than per keystroke or per comparison.
struct OrderNode
{
    // The text columns a sort compares by collation key: Status, OfferType, Title, SupplierRef,
    // PaymentProvider, TransactionId, RefundTransactionId.
    static constexpr int TextColumns = 7;
    // The money key of an absent amount: before any real one.
    static constexpr Decimal::OrderKey NoAmount { SortKey::Absent, 0 };

    PurchaseOrder order;
    std::optional<QString> title; // the single item's title, or "3 items"
    std::optional<Decimal> total; // the items' prices added up, when every item has one
    bool refunded = false;

    // The total as an exact integer key (Decimal::orderKey), so that sorting by price compares
    // integers.
    Decimal::OrderKey totalKey = NoAmount;

    // The filter's haystacks, lower-case UTF-8, one per row: the order's (id, transaction id,
    // refund id) and then each item's (title, supplier ref, order and item ids, transaction
    // ids), back to back in one block, each field followed by '\n' so that no match spans two.
    // haystackEnds[0] is where the order's ends, haystackEnds[1 + i] where item i's does.
    mutable QByteArray haystack;
    mutable std::vector<quint32> haystackEnds;
    // The items changed since the haystacks were made (replaceOrder): made again when next asked.
    mutable bool haystackStale = false;

    // The items' sort keys: each price's key, and the text key numbers (TextSortKeys) of the
    // order's and its items' texts, for text column slot s and row r (0 the order, 1 + i item i)
    // at s * (1 + itemCount()) + r. Made by prepare(); made again on the GUI thread when a sort
    // next needs them after the items changed.
    mutable std::vector<Decimal::OrderKey> priceKeys;
    mutable std::vector<qint32> textKeys;
    mutable bool sortKeysStale = true;

    int itemCount() const
    {
        return order.purchaseOrderItemDtos ? int(order.purchaseOrderItemDtos->size()) : 0;
    }
    const PurchaseOrderItem& item(int row) const { return order.purchaseOrderItemDtos->at(row); }
    qint32 textKey(int slot, int row) const
    {
        return textKeys[size_t(slot) * size_t(1 + itemCount()) + size_t(row)];
    }
    // Row 0 is the order's, row 1 + i item i's.
    QByteArrayView haystackOf(int row) const
    {
        const quint32 begin = row == 0 ? 0 : haystackEnds[size_t(row - 1)];
        return QByteArrayView(haystack).sliced(begin, haystackEnds[size_t(row)] - begin);
    }
    // After the items changed: what was made from them is made again when next needed.
    // (Mutable members: caches of what the DTO holds, made again on demand.)
    void itemsChanged() const
    {
        haystackStale = true;
        sortKeysStale = true;
    }
};

} // namespace ff
