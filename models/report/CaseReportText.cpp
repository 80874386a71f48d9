// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/CaseReportText.h"

namespace ff {

QString CaseReportText::counts(const CaseReport& report)
{
    QStringList parts;
    for (RefundVerdict verdict : { RefundVerdict::Due, RefundVerdict::Review, RefundVerdict::NotDue,
             RefundVerdict::AlreadyRefunded, RefundVerdict::NothingPaid }) {
        if (const int count = report.countOf(verdict))
            parts.append(tr("%1: %n", nullptr, count).arg(displayName(verdict)));
    }
    const int items = int(report.items.size());
    return parts.isEmpty() ? tr("No items.")
                           : tr("%n item(s): %1.", nullptr, items).arg(parts.join(QStringLiteral("; ")));
}

QString CaseReportText::of(const CaseReport& report)
{
    const CaseReport::Header& header = report.header;
    QStringList lines;
    lines.append(header.ticket.isEmpty()
            ? tr("Refund case: customer %1, affiliate %2")
                  .arg(header.customer, QString::number(header.affiliateId))
            : tr("Refund case %3: customer %1, affiliate %2")
                  .arg(header.customer, QString::number(header.affiliateId), header.ticket));
    lines.append(counts(report));
    // A ticket takes a few dozen items at most; the PDF and the CSV have the rest.
    constexpr int TicketItems = 50;
    int listed = 0;
    for (const CaseReport::Item& item : report.items) {
        if (!item.detail || listed == TicketItems)
            continue;
        ++listed;
        lines.append(QString());
        lines.append(tr("Order %1, item %2, “%3” (%4): %5. %6.")
                         .arg(QString::number(item.orderId), QString::number(item.itemId), item.title,
                             item.supplierRef, item.verdictName, item.stateLine));
        for (const QString& sentence : item.sentences)
            lines.append(QStringLiteral("- ") + sentence);
        // "None yet" only when the log was read: a log that could not be read says nothing of it.
        if (!item.decisionText.isEmpty())
            lines.append(item.decisionText);
        else
            lines.append(report.auditProblem.isEmpty()
                    ? tr("No decision recorded yet.")
                    : tr("Decisions not known: the audit log could not be read."));
        lines.append(tr("Price %1; payment transaction %2; refund transaction %3.")
                         .arg(item.priceText, item.transactionId.isEmpty() ? tr("none") : item.transactionId,
                             item.refundId.isEmpty() ? tr("none") : item.refundId));
    }
    if (report.inFull > listed) {
        lines.append(QString());
        lines.append(tr(
            "%n more item(s) reported in full are in the PDF and the CSV.", nullptr, report.inFull - listed));
    }
    if (report.candidatesOnALine > 0) {
        lines.append(QString());
        lines.append(tr("%n more refund candidate(s) are in the PDF on a line each and in the CSV.", nullptr,
            report.candidatesOnALine));
    }
    const qsizetype others = report.items.size() - report.inFull - report.candidatesOnALine;
    if (others > 0) {
        lines.append(QString());
        lines.append(
            tr("%n other item(s) are not refund candidates and are not listed here.", nullptr, int(others)));
    }
    for (const CaseReport::Money& money : report.money)
        lines.append(
            tr("Paid in %1: %2 over %n order(s), of which %3 refunded.", nullptr, int(money.paidOrders))
                .arg(money.currency, money.totalText, money.refundedText));
    lines.append(QString());
    // Each sentence whole, so that a translation can inflect "policy" as it needs.
    if (header.asOfSet)
        lines.append((header.defaultPolicy ? tr("Worked out as of %1, under the default policy.")
                                           : tr("Worked out as of %1, under the affiliate's policy."))
                         .arg(header.atText));
    else
        lines.append((header.defaultPolicy ? tr("Worked out at %1, under the default policy.")
                                           : tr("Worked out at %1, under the affiliate's policy."))
                         .arg(header.atText));
    if (!report.auditProblem.isEmpty())
        lines.append(tr("The audit log could not be read: %1").arg(report.auditProblem));
    lines.append(header.profile.isEmpty() ? tr("FilmFlex Agent Console %1, account %2, no profile.")
                                                .arg(header.appVersion, header.agentAccount)
                                          : tr("FilmFlex Agent Console %1, account %2, profile %3.")
                                                .arg(header.appVersion, header.agentAccount, header.profile));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ff
