// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
#include "investigation/RefundPolicy.h"
#include "models/InvestigatedItem.h"

#include <QList>
#include <array>
#include <optional>
#include <vector>

namespace ff {

struct OrderNode;

// The orders tree's refund investigation: ff::CustomerInvestigation over every order of the
// customer (a duplicate is found across orders) with one policy at one instant, kept per order
// and item as InvestigatedItem. Run on a worker (OrderInvestigator) once loading is done, and
// again when the instant or the policy changes (PurchaseOrderModel); never on the GUI thread.
struct OrderInvestigation
{
    RefundPolicy policy;
    DateTimeOffset at;

    struct Result
    {
        DateTimeOffset at;
        // Per order, in the order given; per item of it, in its order.
        std::vector<std::vector<InvestigatedItem>> orders;
        // The earliest instant after `at` at which time alone changes an item; none: never.
        std::optional<DateTimeOffset> nextChange;
    };

    Result run(const QList<PurchaseOrder>& orders) const;

    // Where the rows of an order read differently after taking in new results.
    struct Changed
    {
        int orderRow;
        bool order; // its own row (the count of candidates)
        std::vector<std::pair<int, int>> itemRuns; // first and last item rows, both included
    };
    // Hands the nodes of rows [first, last) their results (nodes and result orders alike in row
    // order; the results taken are left empty) and says which rows read differently (none worked
    // out before: all of them).
    static std::vector<Changed> adopt(
        std::vector<OrderNode>& nodes, Result& result, size_t first, size_t last);

    // The refund candidates among every item, and for how many of them each signal argues.
    struct Summary
    {
        int candidates = 0;
        std::array<int, SignalKindCount> reasons {};
    };
    static Summary summarise(const std::vector<OrderNode>& nodes);
};

} // namespace ff
