// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchmarks/Responses.h"

namespace ff::perf {

// The orders tree as the console shows it (PurchaseOrderModel, OrderFilterProxyModel and a
// QTreeView painting offscreen): the model built from the DTOs, the response ready in the view
// (parsed and prepared on workers, rows handed over in batches) with the worst event-loop stall
// meanwhile, the view showing its first and last row, the filter per typed character, and a
// sort by each kind of column. Times are in the counters, in milliseconds.
void registerViewBenchmarks(const QList<Response>& responses);

} // namespace ff::perf
