// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report/CaseReportRequest.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace ff {

// Makes a case report and writes it: the PDF, and the CSV beside it when asked, each readable by
// the agent only and whole or not at all (PrivateFile); the ticket text is returned for the
// clipboard. Blocking, for a worker thread: progress in percent, and a cancel that leaves no
// file behind.
class CaseReportFiles final
{
    Q_DECLARE_TR_FUNCTIONS(ff::CaseReportFiles)

public:
    struct Outcome
    {
        bool cancelled = false;
        QString error; // in words; "" when it worked
        QString ticketText;
        QStringList written; // the paths written, in order
    };
    using Progress = std::function<void(int percent)>;

    // auditPath: the audit log to read the customer's decisions and writes from ("" for none).
    static Outcome make(CaseReportRequest request, const QString& auditPath, const QString& pdfPath,
        const QString& csvPath, const Progress& progress, const std::atomic_bool& cancelled);
};

} // namespace ff
