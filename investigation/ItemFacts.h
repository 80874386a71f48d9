// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
#include "investigation/EntitlementLookup.h"
#include "investigation/RefundPolicy.h"

#include <QStringList>

namespace ff {

// What the API's fields say about one item, read once, with the traps of the pages taken care
// of: a date of 0001-01-01 is absent; an expiry of 9999-12-31 is none; IsDtr is a rental
// (Download-To-Rent), whether an item is owned is told by its order's offer type; TimeOfFirstPlay
// is when the first licence was issued, not a viewing; the entitlement is used only when its Id
// is the item's. Whatever cannot be told is left empty and its reason added to unknowns.
struct ItemFacts
{
    enum class Ownership { Rental, Owned, Unknown };
    enum class EntitlementUse {
        NotAsked,
        None, // the platform has none (404)
        OtherItem, // the supplier ref's current entitlement is another item's
        ThisItem,
        Unavailable, // asking for it failed
    };

    qint64 orderId = 0;
    qint64 itemId = 0;
    QString supplierRef;
    Ownership ownership = Ownership::Unknown;

    // The purchase instant: the item's CreatedDate (an item added to an old order was bought when
    // it was added), else the order's CreateDate.
    std::optional<DateTimeOffset> purchasedAt;
    std::optional<DateTimeOffset> orderCreatedAt;
    // The item's CreatedDate and the order's CreateDate are more than a minute apart: both shown.
    bool purchaseDiffersFromOrder = false;
    std::optional<DateTimeOffset> licenceIssuedAt; // TimeOfFirstPlay: starts the view window
    std::optional<DateTimeOffset> firstStreamedAt; // proves viewing
    std::optional<DateTimeOffset> firstDownloadedAt; // proves delivery, not viewing
    std::optional<bool> licenceAcknowledged;
    std::optional<qint64> rentalDays; // RentalTime (rentals only)
    std::optional<qint64> viewHours; // ViewTime (rentals only)
    // IsDtr, on the item or on its own entitlement: Download-To-Rent, a rental whatever the order
    // says, so on an order bought to keep it is a contradiction.
    bool downloadToRent = false;

    EntitlementUse entitlementUse = EntitlementUse::NotAsked;
    const Entitlement* entitlement = nullptr; // this item's, when entitlementUse is ThisItem
    std::optional<qint64> otherItemId; // whose entitlement it was, when OtherItem
    std::optional<DateTimeOffset> platformEnd; // this item's RentalExpiryTime, when it names one
    std::optional<TimeSpan> lastPlayPosition; // the last position, not the furthest
    std::optional<qint64> lengthSeconds;
    bool lengthFromMediaItem = false; // else the item's Duration, taken as minutes
    // What this item's entitlement type says, when it is a type the policy names.
    std::optional<Ownership> entitlementOwnership;
    QString entitlementTypeName;

    QStringList unknowns;

    bool used() const { return firstStreamedAt.has_value() || firstDownloadedAt.has_value(); }
    bool started() const { return licenceIssuedAt.has_value() || used(); }

    static ItemFacts read(const PurchaseOrder& order, const PurchaseOrderItem& item,
        const EntitlementLookup& entitlement, const RefundPolicy& policy);

    // A date of 0001-01-01 (.NET's default) is no date.
    static std::optional<DateTimeOffset> present(const std::optional<DateTimeOffset>& date);
};

} // namespace ff
