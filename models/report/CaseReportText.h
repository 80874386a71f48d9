// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report/CaseReport.h"

#include <QCoreApplication>

namespace ff {

// A case report as a few lines to paste into a ticket: the customer, each item reported in full
// with its verdict, the sentences behind it, the recorded decision and the payment references;
// how many other items there are; and what the report was made under. Plain text: a server's
// text goes in as it is, and the ticket system decides how to show it.
class CaseReportText final
{
    Q_DECLARE_TR_FUNCTIONS(ff::CaseReportText)

public:
    static QString of(const CaseReport& report);
    // "3 items: 1 refund due, 1 to review, 1 not due."
    static QString counts(const CaseReport& report);
};

} // namespace ff
