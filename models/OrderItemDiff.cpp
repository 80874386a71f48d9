// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderItemDiff.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace ff {

namespace {

using Run = OrderItemDiff::Run;

const QList<PurchaseOrderItem>& itemsOf(const PurchaseOrder& order)
{
    static const QList<PurchaseOrderItem> none;
    return order.purchaseOrderItemDtos ? *order.purchaseOrderItemDtos : none;
}

// The order's own fields, its items left out.
bool sameOrderFields(const PurchaseOrder& a, const PurchaseOrder& b)
{
    PurchaseOrder x = a;
    PurchaseOrder y = b;
    x.purchaseOrderItemDtos.reset();
    y.purchaseOrderItemDtos.reset();
    return x == y;
}

// Adds a row to the runs, rows coming in increasing order.
void addRow(std::vector<Run>& runs, int row)
{
    if (!runs.empty() && runs.back().last == row - 1)
        runs.back().last = row;
    else
        runs.push_back(Run { row, row });
}

// The runs of rows that have no partner (-1) in the other list, in row order.
std::vector<Run> unmatchedRuns(const std::vector<int>& partners)
{
    std::vector<Run> runs;
    for (int row = 0; row < int(partners.size()); ++row) {
        if (partners[size_t(row)] < 0)
            addRow(runs, row);
    }
    return runs;
}

} // namespace

OrderItemDiff OrderItemDiff::between(const PurchaseOrder& beforeOrder, const PurchaseOrder& afterOrder)
{
    const QList<PurchaseOrderItem>& before = itemsOf(beforeOrder);
    const QList<PurchaseOrderItem>& after = itemsOf(afterOrder);
    const int oldCount = int(before.size());
    const int newCount = int(after.size());
    QHash<qint64, int> oldRowOfId;
    oldRowOfId.reserve(oldCount);
    for (int i = 0; i < oldCount; ++i) {
        if (const std::optional<qint64>& id = before.at(i).id; id && !oldRowOfId.contains(*id))
            oldRowOfId.insert(*id, i);
    }
    std::vector<int> newRowOfOld(size_t(oldCount), -1);
    std::vector<int> oldRowOfNew(size_t(newCount), -1);
    for (int j = 0; j < newCount; ++j) {
        const std::optional<qint64>& id = after.at(j).id;
        const auto it = id ? oldRowOfId.constFind(*id) : oldRowOfId.cend();
        if (it != oldRowOfId.cend() && newRowOfOld[size_t(*it)] < 0) {
            newRowOfOld[size_t(*it)] = j;
            oldRowOfNew[size_t(j)] = *it;
        }
    }

    OrderItemDiff diff;
    diff.removals = unmatchedRuns(newRowOfOld);
    diff.insertions = unmatchedRuns(oldRowOfNew);
    if (int(diff.removals.size()) > MaxItemRuns || int(diff.insertions.size()) > MaxItemRuns) {
        diff = OrderItemDiff();
        diff.wholesale = true;
        if (oldCount > 0)
            diff.removals.push_back(Run { 0, oldCount - 1 });
        if (newCount > 0)
            diff.insertions.push_back(Run { 0, newCount - 1 });
        return diff;
    }
    std::reverse(diff.removals.begin(), diff.removals.end());

    // The items left, in their old order: where each is in the new list.
    std::vector<int> kept;
    for (const int newRow : newRowOfOld) {
        if (newRow >= 0)
            kept.push_back(newRow);
    }
    if (!std::is_sorted(kept.begin(), kept.end())) {
        std::vector<int> byNewRow(kept.size());
        std::iota(byNewRow.begin(), byNewRow.end(), 0);
        std::sort(byNewRow.begin(), byNewRow.end(),
            [&](int a, int b) { return kept[size_t(a)] < kept[size_t(b)]; });
        diff.movedTo.resize(kept.size());
        for (size_t rank = 0; rank < byNewRow.size(); ++rank)
            diff.movedTo[size_t(byNewRow[rank])] = int(rank);
        std::sort(kept.begin(), kept.end());
    }
    const bool everyKeptChanged = !sameOrderFields(beforeOrder, afterOrder);
    for (int k = 0; k < int(kept.size()); ++k) {
        const int oldRow = oldRowOfNew[size_t(kept[size_t(k)])];
        if (everyKeptChanged || !(before.at(oldRow) == after.at(kept[size_t(k)])))
            addRow(diff.changes, k);
    }
    diff.keptAt = std::move(kept);
    return diff;
}

} // namespace ff
