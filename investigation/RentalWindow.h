// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/ItemFacts.h"

namespace ff {

// When a rental ends, from the pages' words: RentalTime is days "from the time the order was
// created until the rental ends whether watched or not", ViewTime hours "from first play to when
// the rental expires". The end is the earlier of purchase + RentalTime days and TimeOfFirstPlay +
// ViewTime hours, in exact elapsed time (a day is 86 400 s, whatever the clocks did), never
// local calendar days. Where the item's own entitlement names a RentalExpiryTime, that is the
// platform's word and wins; a disagreement beyond the policy's clock skew is a conflict.
// Windows are half-open: at the exact instant a window ends, it has ended.
struct RentalWindow
{
    std::optional<DateTimeOffset> rentalEnd;
    std::optional<DateTimeOffset> viewEnd;
    std::optional<DateTimeOffset> computedEnd; // the earlier of the two
    std::optional<DateTimeOffset> platformEnd;
    std::optional<DateTimeOffset> end; // the platform's, else the computed one
    bool endsDisagree = false;
    QString unknownReason; // why there is no end, when there is none

    // Nothing for an item bought to keep.
    static RentalWindow of(const ItemFacts& facts, const RefundPolicy& policy);
    // An instant moved by whole seconds, keeping the offset it was written with; nothing when the
    // result would leave .NET's range.
    static std::optional<DateTimeOffset> plusSeconds(const DateTimeOffset& from, qint64 seconds);
};

} // namespace ff
