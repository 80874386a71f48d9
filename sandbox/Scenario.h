// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ff::sandbox {

// The kinds of order an agent meets, each laid out relative to now. Rentals come first and
// the failed states last: OrderGenerator compares them by that order.
enum class Scenario {
    RentalUnplayed,
    RentalWatching,
    RentalExpiredPlayed,
    RentalExpiredUnplayed,
    RentalDeleted,
    FreeRental,
    PurchaseDownloadedAcknowledged,
    PurchaseDownloadedUnacknowledged,
    PurchaseStreamed,
    PurchaseUnplayed,
    BoxSet,
    Refunded,
    Pending,
    Failed,
    Cancelled,
};

} // namespace ff::sandbox
