// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/CaseReportPdf.h"

#include "models/DecisionRecords.h"
#include "models/DisplayFormat.h"
#include "models/InvestigationColours.h"
#include "models/TimelinePainter.h"
#include "models/report/CaseReportText.h"
#include "models/report/ReportPage.h"

#include <QPdfWriter>

namespace ff {

namespace {

// Paper: black on white, whatever the screen's theme.
QPalette paperPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::PlaceholderText, QColor(90, 90, 90));
    palette.setColor(QPalette::Mid, QColor(150, 150, 150));
    palette.setColor(QPalette::Link, QColor(0x0b, 0x4f, 0x9c));
    return palette;
}

QString orNone(const QString& text, const QString& none)
{
    return text.isEmpty() ? none : text;
}

} // namespace

bool CaseReportPdf::write(
    const CaseReport& report, QIODevice* device, const Progress& progress, const std::atomic_bool* cancelled)
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Refund case report: %1").arg(report.header.customer));
    writer.setCreator(tr("FilmFlex Agent Console %1").arg(report.header.appVersion));
    ReportPage page(writer,
        tr("Refund case report · customer %1 · affiliate %2 · made %3")
            .arg(
                report.header.customer, QString::number(report.header.affiliateId), report.header.madeAtText),
        tr("Page %1"));
    header(page, report);
    summary(page, report);

    const qint64 total = report.items.size();
    qint64 done = 0;
    const auto stepped = [&]() {
        if (++done % 256 != 0)
            return true;
        if (cancelled && cancelled->load())
            return false;
        if (progress)
            progress(done, total);
        return true;
    };
    for (const CaseReport::Item& reported : report.items) {
        if (reported.detail)
            item(page, reported, report.header);
        if (!stepped())
            return false;
    }
    const qsizetype others = report.items.size() - report.inFull;
    if (others > 0) {
        page.space(2);
        page.text(report.candidatesOnALine > 0
                ? tr("Other items (%1), one line each").arg(others)
                : tr("Other items (%1): not refund candidates, one line each").arg(others),
            ReportPage::Style::Heading);
        if (report.candidatesOnALine > 0)
            page.text(
                tr("%n refund candidate(s) are among them: past the first %1, candidates are not set out in "
                   "full. Report chosen items to see them in full.",
                    nullptr, report.candidatesOnALine)
                    .arg(report.candidatesInFull),
                ReportPage::Style::Body, InvestigationColours::weight(SignalWeight::Review, paperPalette()));
        page.space();
        for (const CaseReport::Item& reported : report.items) {
            if (reported.detail)
                continue;
            page.line(tr("Order %1 · item %2 · %3 · %4 · %5 · %6")
                          .arg(QString::number(reported.orderId), QString::number(reported.itemId),
                              reported.title, reported.verdictName, reported.stateLine, reported.priceText),
                ReportPage::Style::Small);
            if (!stepped())
                return false;
        }
    }
    money(page, report);
    records(page, report);
    if (cancelled && cancelled->load())
        return false; // asked between two looks at the flag (a small report has none)
    if (progress)
        progress(total, total);
    return true;
}

void CaseReportPdf::header(ReportPage& page, const CaseReport& report)
{
    const CaseReport::Header& h = report.header;
    page.text(tr("Refund case report"), ReportPage::Style::Title);
    page.text(CaseReportText::counts(report), ReportPage::Style::Subheading);
    page.space();
    QStringList fetched;
    for (const auto& [what, when] : h.fetched)
        fetched.append(tr("%1 at %2").arg(what, QString::fromLatin1(when.toIsoString())));
    QStringList policy;
    for (const auto& [name, value] : h.policy)
        policy.append(tr("%1 = %2").arg(name, value));
    page.fields({
        { tr("Customer"), h.customer },
        { tr("Affiliate"), QString::number(h.affiliateId) },
        { tr("Ticket"), orNone(h.ticket, tr("none given")) },
        { tr("Agent's account"), h.agentAccount },
        { tr("Profile"),
            h.profile.isEmpty() ? tr("none (the server was named directly)")
                : h.production  ? tr("%1 (production)").arg(h.profile)
                                : tr("%1 (not production)").arg(h.profile) },
        { tr("Server"), h.serverUrl },
        { tr("Fetched"), orNone(fetched.join(QStringLiteral("; ")), tr("not known")) },
        { h.asOfSet ? tr("Worked out as of") : tr("Worked out at"),
            tr("%1 (time zone %2)").arg(h.atText, h.zoneName) },
        { tr("Policy"),
            tr("%1: %2").arg(h.defaultPolicy ? tr("the default policy") : tr("the affiliate's policy"),
                policy.join(QStringLiteral("; "))) },
        { tr("Reported"), h.scope },
        { tr("Made"), tr("%1 by FilmFlex Agent Console %2").arg(h.madeAtText, h.appVersion) },
    });
    if (!h.billing.isEmpty()) {
        page.space();
        page.text(tr("Billing details (included at the agent's request)"), ReportPage::Style::Subheading);
        page.fields(h.billing);
    }
}

void CaseReportPdf::summary(ReportPage& page, const CaseReport& report)
{
    // The items reported in full on one table, before each is set out: what a supervisor reads
    // first.
    if (report.inFull == 0)
        return;
    page.space(2);
    page.text(tr("Reported in full"), ReportPage::Style::Heading);
    QList<QStringList> rows;
    for (const CaseReport::Item& item : report.items) {
        if (item.detail)
            rows.append({ QString::number(item.orderId), QString::number(item.itemId), item.title,
                item.verdictName, item.stateLine,
                item.decision ? DecisionRecords::displayName(item.decision->decision)
                              : tr("none recorded") });
    }
    page.table({ tr("Order"), tr("Item"), tr("Title"), tr("Verdict"), tr("State"), tr("Decision") }, rows,
        { 11, 11, 22, 14, 26, 16 });
}

void CaseReportPdf::item(ReportPage& page, const CaseReport::Item& item, const CaseReport::Header& header)
{
    const CaseReport::Detail& detail = *item.detail;
    const QPalette paper = paperPalette();
    page.space(2);
    page.reserve(page.width() / 3); // a heading is never left alone at the foot of a page
    page.text(tr("Order %1 · item %2 · “%3”")
                  .arg(QString::number(item.orderId), QString::number(item.itemId), item.title),
        ReportPage::Style::Heading);
    page.text(tr("Supplier reference %1; price %2; payment transaction %3; refund transaction %4.")
                  .arg(orNone(item.supplierRef, DisplayFormat::absent()), item.priceText,
                      orNone(item.transactionId, tr("none")), orNone(item.refundId, tr("none"))),
        ReportPage::Style::Small);
    page.text(tr("Verdict: %1 — %2").arg(item.verdictName, item.stateLine), ReportPage::Style::Subheading,
        InvestigationColours::verdict(item.verdict, paper));
    page.text(detail.source, ReportPage::Style::Small);
    if (!item.sentences.isEmpty()) {
        page.space();
        page.text(tr("To read out:"), ReportPage::Style::Strong);
        for (const QString& sentence : item.sentences)
            page.text(QStringLiteral("• ") + sentence, ReportPage::Style::Body, {}, page.width() / 40);
    }
    evidence(page, detail);

    page.space();
    page.text(tr("Time line"), ReportPage::Style::Strong);
    const TimelinePainter timeline(detail.timeline, paper, page.font(ReportPage::Style::Small));
    const int height
        = TimelinePainter::height(QFontMetrics(page.font(ReportPage::Style::Small), page.painter().device()));
    page.reserve(height);
    timeline.paint(page.painter(), QRect(0, page.top(), page.width(), height));
    page.advance(height);
    QList<QStringList> rows;
    for (const CaseReport::TimelineRow& row : detail.timelineRows)
        rows.append({ row.when, row.event, row.field, row.raw });
    page.table(
        { tr("When (%1)").arg(header.zoneName), tr("What"), tr("API field"), tr("As the API sent it") }, rows,
        { 24, 24, 24, 28 });

    page.space();
    page.text(detail.played, ReportPage::Style::Body);
    page.text(detail.unknowns.isEmpty()
            ? tr("Not known: nothing.")
            : tr("Not known:\n%1").arg(QStringLiteral("• ") + detail.unknowns.join(QStringLiteral("\n• "))),
        ReportPage::Style::Body);
    if (!detail.conflicts.isEmpty())
        page.text(detail.conflicts, ReportPage::Style::Body,
            InvestigationColours::weight(SignalWeight::Review, paper));
    page.text(item.decisionText.isEmpty() ? tr("Decision: none recorded yet.") : item.decisionText,
        ReportPage::Style::Strong);
}

void CaseReportPdf::evidence(ReportPage& page, const CaseReport::Detail& detail)
{
    // For, to review and against, in that order; against is always there, "none" if so, so
    // that a reader sees it was looked for rather than left out.
    const QPalette paper = paperPalette();
    struct Group
    {
        std::optional<SignalWeight> weight;
        QString heading;
    };
    const QList<Group> groups { { SignalWeight::Supports, tr("Evidence for a refund") },
        { SignalWeight::Review, tr("Needs a person's judgement") },
        { SignalWeight::Opposes, tr("Evidence against a refund") },
        { std::nullopt, tr("Weighed by no rule") } };
    for (const Group& group : groups) {
        QList<const CaseReport::Signal*> signalsOf;
        for (const CaseReport::Signal& signal : detail.signalList) {
            if (signal.weight == group.weight)
                signalsOf.append(&signal);
        }
        const bool always = group.weight == SignalWeight::Opposes || group.weight == SignalWeight::Supports;
        if (signalsOf.isEmpty() && !always)
            continue;
        page.space();
        page.text(group.heading, ReportPage::Style::Strong,
            group.weight ? InvestigationColours::weight(*group.weight, paper) : QColor());
        if (signalsOf.isEmpty())
            page.text(tr("None found."), ReportPage::Style::Body, {}, page.width() / 40);
        for (const CaseReport::Signal* signal : signalsOf) {
            page.text(tr("%1 (%2): %3").arg(signal->name, signal->kind, signal->sentence),
                ReportPage::Style::Body, {}, page.width() / 40);
            page.text(
                signal->evidence.join(QStringLiteral("; ")), ReportPage::Style::Small, {}, page.width() / 20);
        }
    }
}

void CaseReportPdf::money(ReportPage& page, const CaseReport& report)
{
    page.space(2);
    page.text(tr("Money"), ReportPage::Style::Heading);
    if (report.money.isEmpty()) {
        page.text(tr("Nothing was reported."));
        return;
    }
    for (const CaseReport::Money& money : report.money) {
        page.text(
            tr("In %1: %2 paid over %n order(s), of which %3 refunded.", nullptr, int(money.paidOrders))
                .arg(orNone(money.currency, tr("an unknown currency")), money.totalText, money.refundedText),
            ReportPage::Style::Subheading);
        if (money.unpaidOrders > 0)
            page.text(tr("Never paid (pending, failed or cancelled), so not in that sum: %n order(s), %1.",
                nullptr, int(money.unpaidOrders))
                          .arg(money.unpaidText));
        if (money.incomplete)
            page.text(tr("Some item had no price, so these sums are not the whole story."),
                ReportPage::Style::Body, InvestigationColours::weight(SignalWeight::Review, paperPalette()));
        QList<QStringList> rows;
        for (const CaseReport::Money::Order& order : money.orders)
            rows.append({ QString::number(order.orderId), order.created, order.status, order.amountText,
                orNone(order.paymentProvider, DisplayFormat::absent()),
                orNone(order.transactionId, tr("none")), orNone(order.refundId, tr("none")) });
        page.table({ tr("Order"), tr("Created"), tr("Status"), tr("Amount"), tr("Provider"),
                       tr("Transaction"), tr("Refund transaction") },
            rows, { 10, 20, 13, 12, 11, 17, 17 });
    }
}

void CaseReportPdf::records(ReportPage& page, const CaseReport& report)
{
    page.space(2);
    page.text(tr("Recorded in this console's audit log for this customer"), ReportPage::Style::Heading);
    if (!report.auditProblem.isEmpty())
        page.text(tr("The audit log could not be read: %1").arg(report.auditProblem), ReportPage::Style::Body,
            InvestigationColours::weight(SignalWeight::Opposes, paperPalette()));
    if (report.decisions.isEmpty()) {
        page.text(tr("Decisions: none."));
    } else {
        QList<QStringList> rows;
        for (const AuditDecision& d : report.decisions)
            rows.append({ d.recordedAt, QString::number(d.itemId), d.decision, d.operatingSystemUser,
                d.ticket, d.reason, tr("%1, %2").arg(d.verdict, d.state) });
        page.table({ tr("When (UTC)"), tr("Item"), tr("Decision"), tr("By"), tr("Ticket"), tr("Reason"),
                       tr("Verdict then") },
            rows, { 23, 10, 13, 8, 9, 22, 15 });
    }
    page.space();
    if (report.writes.isEmpty()) {
        page.text(tr("Writes: none."));
        return;
    }
    QList<QStringList> rows;
    for (const AuditEntry& e : report.writes)
        rows.append({ e.attemptedAt, e.endpoint, e.requestSummary, e.ticket, e.reason,
            e.httpStatus ? QString::number(e.httpStatus) : DisplayFormat::absent() });
    page.table({ tr("When (UTC)"), tr("Write"), tr("What was sent"), tr("Ticket"), tr("Reason"), tr("HTTP") },
        rows, { 23, 11, 30, 9, 19, 8 });
}

} // namespace ff
