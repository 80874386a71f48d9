// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/ItemFacts.h"
#include "investigation/RefundTerms.h"
#include "investigation/RentalWindow.h"

namespace ff {

// An item's state at an instant, the first that applies winning: unpaid, refunded, deleted,
// owned (played or not), then for rentals not started, active, expired unused or watched; else
// unknown, with the reason. "Played" means streamed or downloaded: a download counts, since
// offline plays may never report.
struct ItemStateAt
{
    ItemState state = ItemState::Unknown;
    // Whole seconds to the end, rounded down: for not-started and active only.
    std::optional<qint64> timeLeftSeconds;
    QString unknownReason;
    // The entitlement's type says owned where the order says rental, or the other way round.
    bool typesDisagree = false;
    // The order says bought to keep, but IsDtr (Download-To-Rent) says it is a rental.
    bool rentalFlagOnOwned = false;

    static ItemStateAt of(const PurchaseOrder& order, const PurchaseOrderItem& item, const ItemFacts& facts,
        const RentalWindow& window, const RefundPolicy& policy, const DateTimeOffset& at);
    // The order's status or refund reference says it was refunded.
    static bool isRefunded(const PurchaseOrder& order, const RefundPolicy& policy);
    static bool isUnpaid(const PurchaseOrder& order, const RefundPolicy& policy);
};

} // namespace ff
