// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderInvestigation.h"

#include "investigation/CustomerInvestigation.h"
#include "models/OrderNode.h"

#include <algorithm>

namespace ff {

namespace {

// Times shown change this often at most: each change works the whole customer out again.
constexpr qint64 MinimumRefreshSeconds = 60;

} // namespace

OrderInvestigation::Result OrderInvestigation::run(const QList<PurchaseOrder>& orders) const
{
    Result result;
    result.at = at;
    result.orders.resize(size_t(orders.size()));
    for (qsizetype row = 0; row < orders.size(); ++row) {
        const PurchaseOrder& order = orders.at(row);
        if (order.purchaseOrderItemDtos)
            result.orders[size_t(row)].reserve(size_t(order.purchaseOrderItemDtos->size()));
    }
    // forEach() gives one result per item, orders and items in the order given, each pointing
    // into `orders`: its order's place in the list is its row.
    std::optional<qint64> soonestReading; // seconds until an item's time left or since reads otherwise
    CustomerInvestigation::forEach(orders, policy, at, [&](const ItemInvestigation& investigated) {
        const size_t row = size_t(investigated.order - orders.constData());
        const InvestigatedItem& kept = result.orders[row].emplace_back(InvestigatedItem::of(investigated));
        const std::optional<DateTimeOffset>& change = investigated.nextChange;
        if (change && (!result.nextChange || *change < *result.nextChange))
            result.nextChange = change;
        if (const std::optional<qint64> seconds = kept.secondsUntilTimeReadsOtherwise())
            soonestReading = std::min(soonestReading.value_or(*seconds), *seconds);
    });
    if (soonestReading) {
        // "45 s left" would want a run each second: the tree shows times to the minute at best,
        // to the second only until the minute after.
        const DateTimeOffset reads = DateTimeOffset::fromUtcTicks(at.utcTicks()
            + std::max(*soonestReading, MinimumRefreshSeconds) * DateTimeOffset::TicksPerSecond);
        if (!result.nextChange || reads < *result.nextChange)
            result.nextChange = reads;
    }
    return result;
}

std::vector<OrderInvestigation::Changed> OrderInvestigation::adopt(
    std::vector<OrderNode>& nodes, Result& result, size_t first, size_t last)
{
    std::vector<Changed> changes;
    last = std::min({ last, nodes.size(), result.orders.size() });
    for (size_t row = first; row < last; ++row) {
        OrderNode& node = nodes[row];
        std::vector<InvestigatedItem>& incoming = result.orders[row];
        if (incoming.size() != size_t(node.itemCount()))
            continue; // the order changed meanwhile: its own run follows
        Changed changed { int(row), false, {} };
        const int candidatesBefore = node.candidateCount();
        const bool before = !node.investigated.empty();
        for (size_t item = 0; item < incoming.size(); ++item) {
            if (before && node.investigated[item].readsAs(incoming[item]))
                continue;
            if (!changed.itemRuns.empty() && changed.itemRuns.back().second == int(item) - 1)
                changed.itemRuns.back().second = int(item);
            else
                changed.itemRuns.emplace_back(int(item), int(item));
        }
        node.investigated = std::move(incoming);
        changed.order = node.candidateCount() != candidatesBefore;
        if (changed.order || !changed.itemRuns.empty())
            changes.push_back(std::move(changed));
    }
    return changes;
}

OrderInvestigation::Summary OrderInvestigation::summarise(const std::vector<OrderNode>& nodes)
{
    Summary summary;
    for (const OrderNode& node : nodes) {
        for (const InvestigatedItem& item : node.investigated) {
            if (!item.isCandidate())
                continue;
            ++summary.candidates;
            for (int kind = 0; kind < SignalKindCount; ++kind)
                summary.reasons[size_t(kind)] += (item.reasons >> kind) & 1;
        }
    }
    return summary;
}

} // namespace ff
