// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report/CaseReport.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

class QIODevice;

namespace ff {

class ReportPage;

// A case report as a PDF a supervisor can read without the console (Qt's own QPdfWriter, laid
// out with QPainter): the header (who, where, which rules and instant, from which profile and
// server, fetched when), then each item reported in full (verdict, sentences, the evidence for
// and against with the API's fields, the drawn time line and the same as a table of raw values,
// what is not known, the conflicts, how far it played, the recorded decision), the other items
// on a line each, the money, and the decisions and writes recorded for the customer. Any
// thread: it draws on no screen.
class CaseReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(ff::CaseReportPdf)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // False when cancelled (what was written is then to be thrown away).
    static bool write(const CaseReport& report, QIODevice* device, const Progress& progress = {},
        const std::atomic_bool* cancelled = nullptr);

private:
    static void header(ReportPage& page, const CaseReport& report);
    static void summary(ReportPage& page, const CaseReport& report);
    static void item(ReportPage& page, const CaseReport::Item& item, const CaseReport::Header& header);
    static void evidence(ReportPage& page, const CaseReport::Detail& detail);
    static void money(ReportPage& page, const CaseReport& report);
    static void records(ReportPage& page, const CaseReport& report);
};

} // namespace ff
