// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>

namespace ff {

// A row's value in a sort column as two integers, ordered as the values are, an absent value
// first: what a sort of many rows compares instead of variants, strings or decimals. Made by
// PurchaseOrderModel from keys it prepared when loading (a text's collation rank, an amount's
// Decimal::orderKey, a date's ticks).
struct SortKey
{
    // Below any value a column holds (an amount's whole part is within ±10^29).
    static constexpr __int128 Absent = -(__int128(1) << 126);

    __int128 major = 0;
    __int128 minor = 0;

    friend constexpr auto operator<=>(const SortKey&, const SortKey&) = default;
};

} // namespace ff
