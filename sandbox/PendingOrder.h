// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/TimeSpan.h"
#include "api/dto/PurchaseOrder.h"

#include <QList>
#include <optional>

namespace ff::sandbox {

// An order under construction: ids are given once every order is known, in order of date, as a
// database's identity column would have given them (IdAssigner).
struct PendingOrder
{
    qsizetype customer = -1; // index among the generated customers
    PurchaseOrder order;
    QList<int> parentIndex; // per item: the index of its parent item in this order, or -1
    QList<std::optional<TimeSpan>> playPositions; // per item
    // Per item, or none at all: the platform's RentalExpiryTime where it is not what the item's
    // fields give (support extended the rental).
    QList<std::optional<DateTimeOffset>> rentalExpiries;
};

} // namespace ff::sandbox
