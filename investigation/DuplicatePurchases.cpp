// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigation/DuplicatePurchases.h"

#include <algorithm>

namespace ff {

DuplicatePurchases::Purchase DuplicatePurchases::Purchase::of(
    const ItemFacts& facts, const RentalWindow& window, ItemState state)
{
    const bool stands
        = state != ItemState::Unpaid && state != ItemState::Refunded && state != ItemState::Deleted;
    return { facts.supplierRef, facts.purchasedAt, window.end, facts.orderId, facts.itemId, facts.ownership,
        facts.used(), stands };
}

DuplicatePurchases::DuplicatePurchases(std::vector<Purchase> purchases)
    : m_purchases(std::move(purchases))
{
    for (size_t i = 0; i < m_purchases.size(); ++i) {
        const Purchase& purchase = m_purchases[i];
        if (purchase.stands && purchase.purchasedAt && !purchase.supplierRef.isEmpty())
            m_bySupplierRef[purchase.supplierRef].push_back(i);
    }
    for (std::vector<size_t>& indexes : m_bySupplierRef) {
        std::sort(indexes.begin(), indexes.end(), [this](size_t a, size_t b) {
            const Purchase& x = m_purchases[a];
            const Purchase& y = m_purchases[b];
            if (!x.purchasedAt->isSameInstant(*y.purchasedAt))
                return *x.purchasedAt < *y.purchasedAt;
            return x.itemId < y.itemId;
        });
    }
}

std::optional<size_t> DuplicatePurchases::earlierOverlapping(size_t index) const
{
    const Purchase& later = m_purchases[index];
    if (!later.stands || !later.purchasedAt)
        return std::nullopt;
    const auto found = m_bySupplierRef.constFind(later.supplierRef);
    if (found == m_bySupplierRef.cend())
        return std::nullopt;
    const std::vector<size_t>& indexes = *found;
    const auto self = std::find(indexes.begin(), indexes.end(), index);
    // The nearest earlier purchase that was still running, or owned, when this one was made.
    for (auto it = std::make_reverse_iterator(self); it != indexes.rend(); ++it) {
        const Purchase& earlier = m_purchases[*it];
        if (earlier.ownership == ItemFacts::Ownership::Owned)
            return *it;
        if (earlier.ownership == ItemFacts::Ownership::Rental && earlier.windowEnd
            && *later.purchasedAt < *earlier.windowEnd)
            return *it;
    }
    return std::nullopt;
}

std::optional<RefundSignal> DuplicatePurchases::signalFor(size_t index, const RefundPolicy& policy) const
{
    const std::optional<size_t> earlierIndex = earlierOverlapping(index);
    if (!earlierIndex)
        return std::nullopt;
    const Purchase& later = m_purchases[index];
    const Purchase& earlier = m_purchases[*earlierIndex];
    return RefundSignal { SignalKind::Duplicate, policy.weightOf(SignalKind::Duplicate),
        { { QStringLiteral("EarlierOrderId"), EvidenceValue(earlier.orderId) },
            { QStringLiteral("EarlierItemId"), EvidenceValue(earlier.itemId) },
            { QStringLiteral("EarlierPurchasedAt"), EvidenceValue(*earlier.purchasedAt) },
            { QStringLiteral("EarlierOwned"),
                EvidenceValue(earlier.ownership == ItemFacts::Ownership::Owned) },
            { QStringLiteral("EarlierWindowEnd"), Evidence::of(earlier.windowEnd) },
            { QStringLiteral("PurchasedAt"), EvidenceValue(*later.purchasedAt) },
            { QStringLiteral("EarlierNeverPlayed"), EvidenceValue(!earlier.used) },
            { QStringLiteral("ThisNeverPlayed"), EvidenceValue(!later.used) } } };
}

} // namespace ff
