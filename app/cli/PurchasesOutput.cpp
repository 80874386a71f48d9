// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PurchasesOutput.h"

#include "api/codec/JsonWriter.h"
#include "api/domain/CurrencyTotal.h"
#include "app/cli/CellText.h"
#include "app/cli/CsvColumns.h"
#include "app/cli/TextTable.h"

#include <QCoreApplication>

namespace ff::cli {

namespace {

QList<CreditPurchase> purchasesOf(const AccountPurchasesResponse& response)
{
    if (!response.responseData || !response.responseData->detail || !response.responseData->detail->purchases)
        return {};
    return *response.responseData->detail->purchases;
}

QByteArray json(const AccountPurchasesResponse& response)
{
    JsonWriteOptions options;
    options.dates = JsonWriteOptions::Dates::UtcMilliseconds;
    options.indented = true;
    JsonWriter writer(options);
    writer.beginObject();
    writer.writeFields(response);
    writer.key("Totals");
    writer.beginArray();
    for (const CurrencyTotal& total : CurrencyTotal::of(purchasesOf(response))) {
        writer.beginObject();
        writer.field("Currency", total.currency);
        writer.field("Count", total.count);
        writer.field("NetTotal", total.netTotal);
        writer.field("Tax", total.tax);
        writer.field("GrossTotal", total.grossTotal);
        writer.field("Complete", !total.incomplete);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
    return writer.take() + '\n';
}

QByteArray csv(const AccountPurchasesResponse& response, OutputFormat format)
{
    QByteArray out;
    CsvWriter writer(&out, csvDestination(format));
    CsvColumns::headers<CreditPurchase>(writer, QByteArray());
    writer.endRow();
    for (const CreditPurchase& purchase : purchasesOf(response)) {
        CsvColumns::cells<CreditPurchase>(writer, &purchase);
        writer.endRow();
    }
    return out;
}

// A label of the account's lines, their values lined up after it ("Purchase order " is the
// longest in English; a longer translation pushes its value on).
QString label(const QString& text)
{
    return text.leftJustified(14) + QLatin1Char(' ');
}

QByteArray table(const AccountPurchasesResponse& response)
{
    QString text;
    if (response.responseData) {
        const AccountPurchasesData& data = *response.responseData;
        text += label(QCoreApplication::translate("ff::cli::PurchasesOutput", "Account user"))
            + CellText::of(data.identification ? data.identification->userId : std::nullopt)
            + QLatin1Char('\n');
        if (data.detail && data.detail->billingDetails) {
            const BillingDetails& billing = *data.detail->billingDetails;
            text += label(QCoreApplication::translate("ff::cli::PurchasesOutput", "Billing"))
                + CellText::of(billing.company) + QStringLiteral(", ") + CellText::of(billing.email)
                + QStringLiteral(", ") + CellText::of(billing.phone) + QLatin1Char('\n');
        }
        if (data.detail && data.detail->purchaseOrder)
            text += label(QCoreApplication::translate("ff::cli::PurchasesOutput", "Purchase order"))
                + CellText::of(data.detail->purchaseOrder) + QLatin1Char('\n');
        text += QLatin1Char('\n');
    }
    using Align = TextTable::Align;
    TextTable purchases({ { QCoreApplication::translate("ff::cli::PurchasesOutput", "Date (UTC)") },
        { QCoreApplication::translate("ff::cli::PurchasesOutput", "Invoice"), Align::Right },
        { QCoreApplication::translate("ff::cli::PurchasesOutput", "Type") },
        { QCoreApplication::translate("ff::cli::PurchasesOutput", "Qty"), Align::Right },
        { QCoreApplication::translate("ff::cli::PurchasesOutput", "Unit price"), Align::Right },
        { QCoreApplication::translate("ff::cli::PurchasesOutput", "Net"), Align::Right },
        { QCoreApplication::translate("ff::cli::PurchasesOutput", "Tax"), Align::Right },
        { QCoreApplication::translate("ff::cli::PurchasesOutput", "Gross"), Align::Right },
        { QCoreApplication::translate("ff::cli::PurchasesOutput", "Currency") },
        { QCoreApplication::translate("ff::cli::PurchasesOutput", "Paid") }, { QStringLiteral("ID") } });
    const QList<CreditPurchase> list = purchasesOf(response);
    for (const CreditPurchase& p : list) {
        purchases.addRow({ CellText::of(p.datePurchased), CellText::of(p.invoiceNumber),
            CellText::of(p.purchaseType), CellText::of(p.quantity), CellText::of(p.unitPrice),
            CellText::of(p.netTotal), CellText::of(p.tax), CellText::of(p.grossTotal),
            CellText::of(p.currency), CellText::yesNo(p.paid), CellText::of(p.id) });
    }
    QByteArray out = text.toUtf8() + purchases.render();
    TextTable totals({ { QCoreApplication::translate("ff::cli::PurchasesOutput", "Currency") },
        { QCoreApplication::translate("ff::cli::PurchasesOutput", "Purchases"), Align::Right },
        { QCoreApplication::translate("ff::cli::PurchasesOutput", "Net"), Align::Right },
        { QCoreApplication::translate("ff::cli::PurchasesOutput", "Tax"), Align::Right },
        { QCoreApplication::translate("ff::cli::PurchasesOutput", "Gross"), Align::Right },
        { QCoreApplication::translate("ff::cli::PurchasesOutput", "Note") } });
    for (const CurrencyTotal& total : CurrencyTotal::of(list)) {
        totals.addRow({ total.currency.isEmpty()
                ? QCoreApplication::translate("ff::cli::PurchasesOutput", "(none)")
                : total.currency,
            QString::number(total.count), total.netTotal.toString(), total.tax.toString(),
            total.grossTotal.toString(),
            total.incomplete ? QCoreApplication::translate("ff::cli::PurchasesOutput", "some amounts missing")
                             : QString() });
    }
    if (!totals.isEmpty())
        out += (QLatin1Char('\n')
                   + QCoreApplication::translate("ff::cli::PurchasesOutput", "Totals per currency")
                   + QLatin1Char('\n'))
                   .toUtf8()
            + totals.render();
    return out;
}

} // namespace

QByteArray PurchasesOutput::format(const AccountPurchasesResponse& response, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json:
        return json(response);
    case OutputFormat::Csv:
    case OutputFormat::CsvOnTerminal:
        return csv(response, format);
    case OutputFormat::Table:
        break;
    }
    return table(response);
}

} // namespace ff::cli
