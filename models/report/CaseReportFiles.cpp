// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/CaseReportFiles.h"

#include "api/audit/AuditLog.h"
#include "models/PrivateFile.h"
#include "models/report/CaseReportBuilder.h"
#include "models/report/CaseReportCsv.h"
#include "models/report/CaseReportPdf.h"
#include "models/report/CaseReportText.h"

#include <QFile>

namespace ff {

namespace {

// Where each step's progress falls within the whole, in percent: making the report is about as
// long as drawing its pages; the CSV is quick.
constexpr int BuiltAt = 45;
constexpr int DrawnAt = 95;

int share(qint64 done, qint64 total, int from, int to)
{
    return total > 0 ? from + int((to - from) * done / total) : to;
}

} // namespace

CaseReportFiles::Outcome CaseReportFiles::make(CaseReportRequest request, const QString& auditPath,
    const QString& pdfPath, const QString& csvPath, const Progress& progress,
    const std::atomic_bool& cancelled)
{
    Outcome outcome;
    if (!auditPath.isEmpty()) {
        const auto contents = AuditLog(auditPath).read();
        if (contents.ok())
            request.audit = contents.value();
        else
            request.auditProblem = contents.error();
    }
    const std::optional<CaseReport> report = CaseReportBuilder::build(
        request, [&](qint64 done, qint64 total) { progress(share(done, total, 0, BuiltAt)); }, &cancelled);
    if (!report) {
        outcome.cancelled = true;
        return outcome;
    }
    outcome.ticketText = CaseReportText::of(*report);

    PrivateFile pdf(pdfPath);
    if (auto error = pdf.open()) {
        outcome.error = *error;
        return outcome;
    }
    const bool drawn = CaseReportPdf::write(
        *report, pdf.device(),
        [&](qint64 done, qint64 total) { progress(share(done, total, BuiltAt, DrawnAt)); }, &cancelled);
    if (!drawn || cancelled.load()) {
        pdf.cancel();
        outcome.cancelled = true;
        return outcome;
    }
    if (csvPath.isEmpty()) {
        if (auto error = pdf.commit())
            outcome.error = *error;
        else
            outcome.written.append(pdfPath);
        return outcome;
    }
    // The CSV first, then the PDF: a failure of either leaves neither half of the pair behind.
    if (const auto written = PrivateFile::write(csvPath, CaseReportCsv::of(*report)); !written) {
        pdf.cancel();
        outcome.error = written.error();
        return outcome;
    }
    if (auto error = pdf.commit()) {
        QFile::remove(csvPath);
        outcome.error = *error;
        return outcome;
    }
    outcome.written = { pdfPath, csvPath };
    progress(100);
    return outcome;
}

} // namespace ff
