// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"

#include <QList>
#include <vector>

namespace ff {

// What turning an order's items into those of a new version of the order takes, as steps a
// model can announce one by one (PurchaseOrderModel::replaceOrder), so that the persistent indexes
// of the items that stay (a selection, an expanded branch) stay valid. A pure function of the two
// versions: no model, no signals.
//
// Items are matched by id: each new item continues the first old item with its id not yet
// taken; items without an id cannot be matched, and count as removed and added.
struct OrderItemDiff
{
    // Past this many separate runs of removed, or of added, items, the items are swapped
    // wholesale: each run costs a shift of the whole list, and a few hundred of them on an order
    // of 100 000 items would be quadratic.
    static constexpr int MaxItemRuns = 32;

    struct Run
    {
        int first = 0;
        int last = 0; // included
        friend bool operator==(const Run&, const Run&) = default;
    };

    static OrderItemDiff between(const PurchaseOrder& before, const PurchaseOrder& after);

    // Too many runs to follow: every old item is removed and every new one inserted.
    bool wholesale = false;
    // 1. Old items gone, as rows of `before`, the last run first, so that removing them in this
    //    order leaves the rows still to remove where they were.
    std::vector<Run> removals;
    // 2. The items left, should the new list have them in another order: for each (by its row
    //    once the removals are done) the row it moves to. Empty when they are in order.
    std::vector<int> movedTo;
    // 3. For each item left, by its row once moved: its row in `after`.
    std::vector<int> keptAt;
    //    Those rows whose item is not equal to its new version; all of them when the order's own
    //    fields changed, since item rows show some of them (its payment references).
    std::vector<Run> changes;
    // 4. New items, as rows of `after`, the first run first: inserting them in this order at
    //    these rows gives `after`.
    std::vector<Run> insertions;
};

} // namespace ff
