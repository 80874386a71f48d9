// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/ItemFacts.h"
#include "investigation/RefundSignal.h"
#include "investigation/RentalWindow.h"

#include <QHash>
#include <vector>

namespace ff {

// Purchases of the same title that overlap, across all of a customer's orders: the later of two
// purchases of one supplier ref is a duplicate when it was bought before the earlier rental's
// end, or after the title had been bought to keep. Only purchases that stand count: not unpaid,
// not refunded, not deleted.
class DuplicatePurchases final
{
public:
    // What a duplicate depends on, of one item: a few dozen bytes, kept for every item of the
    // customer at once.
    struct Purchase
    {
        QString supplierRef;
        std::optional<DateTimeOffset> purchasedAt;
        std::optional<DateTimeOffset> windowEnd;
        qint64 orderId = 0;
        qint64 itemId = 0;
        ItemFacts::Ownership ownership = ItemFacts::Ownership::Unknown;
        bool used = false; // streamed or downloaded
        bool stands = false; // paid, not refunded, not deleted

        static Purchase of(const ItemFacts& facts, const RentalWindow& window, ItemState state);
    };

    explicit DuplicatePurchases(std::vector<Purchase> purchases);

    // The duplicate signal of the purchase at this index, if it is the later of an overlapping
    // pair: its evidence names the earlier item and says which of the two was never streamed or
    // downloaded.
    std::optional<RefundSignal> signalFor(size_t index, const RefundPolicy& policy) const;

private:
    std::optional<size_t> earlierOverlapping(size_t index) const;

    std::vector<Purchase> m_purchases;
    // Per supplier ref, the indexes of the standing purchases in purchase order.
    QHash<QString, std::vector<size_t>> m_bySupplierRef;
};

} // namespace ff
