// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report/CaseReportRequest.h"

#include <atomic>
#include <functional>

namespace ff {

// Makes a case report from a request: every item investigated as the orders tree and the CLI do
// (CustomerInvestigation), in words (RefundSentences, CardLines), with its last recorded
// decision; the money per currency; the decisions and writes recorded for the customer. Pure
// (no network, no clock, no widgets), so it runs on a worker: it says how far it has got and
// stops when asked to.
class CaseReportBuilder final
{
public:
    // Items done so far, of the total.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Nothing when cancelled.
    static std::optional<CaseReport> build(const CaseReportRequest& request, const Progress& progress = {},
        const std::atomic_bool* cancelled = nullptr);
};

} // namespace ff
