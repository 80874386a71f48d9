// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/audit/AuditLogReader.h"
#include "investigation/CustomerInvestigation.h"
#include "models/report/CaseReport.h"

#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

namespace ff {

// What a case report is made from: the customer's orders as fetched, the rules and instant they
// are worked out under, what to report, and the audit log's records. The window and
// `ffconsole-cli report` fill one each, and the same request makes the same report.
struct CaseReportRequest
{
    CaseReport::Header header; // who and where; the builder adds the policy and the zone
    QList<PurchaseOrder> orders;
    RefundPolicy policy;
    QTimeZone zone = QTimeZone::systemTimeZone(); // the affiliate's
    QLocale locale;
    QString currency; // the affiliate's: order items carry none on the wire
    CustomerInvestigation::EntitlementFor entitlementFor; // none: worked out from the orders alone
    // The items to report, every one in full; none: the whole customer, the refund candidates in
    // full and every other item on one line.
    std::optional<QSet<qint64>> itemIds;
    // Items reported in full whatever their verdict, with the whole customer (the selected one).
    QSet<qint64> alsoInFull;
    // At most this many refund candidates are set out in full with the whole customer; any more
    // are on a line each, and the report says how many. A customer with 100 000 candidates (a
    // failed release) would otherwise get 50 000 pages that nobody reads, made in minutes; chosen
    // items are always in full.
    int candidatesInFull = 500;
    std::optional<AuditLogContents> audit; // none: it could not be read (header says why)
    QString auditProblem;

    // How the header names a server: without user, password, query or fragment (a key can ride
    // in any of them, and a report travels), as ApiCall names a URL in its messages.
    static QString serverOf(const QUrl& url)
    {
        return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    }
};

} // namespace ff
