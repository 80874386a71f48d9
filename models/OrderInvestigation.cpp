// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderInvestigation.h"

#include "investigation/CustomerInvestigation.h"
#include "models/OrderNode.h"

namespace ff {

OrderInvestigation::Result OrderInvestigation::run(const QList<PurchaseOrder>& orders) const
{
    Result result;
    result.at = at;
    result.orders.resize(size_t(orders.size()));
    const std::vector<ItemInvestigation> items = CustomerInvestigation::run(orders, policy, at);
    // run() gives one result per item, orders and items in the order given: matched by walking
    // both, and checked by pointer, since the results point into `orders`.
    size_t next = 0;
    for (qsizetype row = 0; row < orders.size(); ++row) {
        const PurchaseOrder& order = orders.at(row);
        if (!order.purchaseOrderItemDtos)
            continue;
        std::vector<InvestigatedItem>& shown = result.orders[size_t(row)];
        shown.reserve(size_t(order.purchaseOrderItemDtos->size()));
        for (const PurchaseOrderItem& item : *order.purchaseOrderItemDtos) {
            if (next < items.size() && items[next].item == &item) {
                shown.push_back(InvestigatedItem::of(items[next]));
                const std::optional<DateTimeOffset>& change = items[next].nextChange;
                if (change && (!result.nextChange || *change < *result.nextChange))
                    result.nextChange = change;
                ++next;
            } else {
                shown.emplace_back(); // unknown; never expected
            }
        }
    }
    return result;
}

std::vector<OrderInvestigation::Changed> OrderInvestigation::adopt(
    std::vector<OrderNode>& nodes, Result&& result)
{
    std::vector<Changed> changes;
    const size_t count = std::min(nodes.size(), result.orders.size());
    for (size_t row = 0; row < count; ++row) {
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
