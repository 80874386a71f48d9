// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/CaseReportCsv.h"

#include "models/CsvWriter.h"

namespace ff {

namespace {

void textCell(CsvWriter& csv, const QString& text)
{
    csv.cell(text.isEmpty() ? std::nullopt : std::optional<QString>(text));
}

void identifierCell(CsvWriter& csv, std::string_view identifier)
{
    csv.text(identifier);
}

} // namespace

QStringList CaseReportCsv::columns()
{
    return { QStringLiteral("AffiliateId"), QStringLiteral("Customer"), QStringLiteral("OrderId"),
        QStringLiteral("ItemId"), QStringLiteral("SupplierRef"), QStringLiteral("Title"),
        QStringLiteral("State"), QStringLiteral("StateText"), QStringLiteral("Verdict"),
        QStringLiteral("VerdictText"), QStringLiteral("PurchasedAt"), QStringLiteral("WindowEnd"),
        QStringLiteral("TimeLeftSeconds"), QStringLiteral("UnitPrice"), QStringLiteral("Currency"),
        QStringLiteral("PaymentProviderTransactionId"), QStringLiteral("PaymentProviderRefundTransId"),
        QStringLiteral("Signals"), QStringLiteral("Sentences"), QStringLiteral("Unknown"),
        QStringLiteral("Decision"), QStringLiteral("DecisionTicket"), QStringLiteral("DecisionReason"),
        QStringLiteral("DecidedAt"), QStringLiteral("DecidedBy"), QStringLiteral("AsOf"),
        QStringLiteral("ReportedInFull") };
}

QByteArray CaseReportCsv::of(const CaseReport& report, CsvWriter::Destination destination)
{
    QByteArray out;
    CsvWriter csv(&out, destination);
    for (const QString& column : columns())
        csv.cell(std::optional<QString>(column));
    csv.endRow();
    const std::optional<QString> customer = report.header.customer;
    const std::optional<QString> currency = report.money.isEmpty() || report.money.first().currency.isEmpty()
        ? std::nullopt
        : std::optional<QString>(report.money.first().currency);
    for (const CaseReport::Item& item : report.items) {
        csv.cell(std::optional<qint64>(report.header.affiliateId));
        csv.cell(customer);
        csv.cell(std::optional<qint64>(item.orderId));
        csv.cell(std::optional<qint64>(item.itemId));
        textCell(csv, item.supplierRef);
        textCell(csv, item.title);
        identifierCell(csv, identifier(item.state));
        textCell(csv, item.stateLine);
        identifierCell(csv, identifier(item.verdict));
        textCell(csv, item.verdictName);
        csv.cell(item.purchasedAt);
        csv.cell(item.windowEnd);
        csv.cell(item.timeLeftSeconds);
        csv.cell(item.price);
        csv.cell(currency);
        textCell(csv, item.transactionId);
        textCell(csv, item.refundId);
        textCell(csv, item.signalSummary.join(QStringLiteral("; ")));
        // One sentence a line, inside the quoted cell, as a spreadsheet shows them.
        textCell(csv, item.sentences.join(QLatin1Char('\n')));
        textCell(csv, item.detail ? item.detail->unknowns.join(QLatin1Char('\n')) : QString());
        const AuditDecision* decision = item.decision ? &*item.decision : nullptr;
        textCell(csv, decision ? decision->decision : QString());
        textCell(csv, decision ? decision->ticket : QString());
        textCell(csv, decision ? decision->reason : QString());
        csv.cell(decision ? DateTimeOffset::parse(QStringView(decision->recordedAt)) : std::nullopt);
        textCell(csv, decision ? decision->operatingSystemUser : QString());
        csv.cell(std::optional<DateTimeOffset>(report.header.at));
        csv.cell(std::optional<bool>(item.detail.has_value()));
        csv.endRow();
    }
    return out;
}

} // namespace ff
