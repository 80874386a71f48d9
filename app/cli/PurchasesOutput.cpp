// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PurchasesOutput.h"

#include "api/codec/JsonWriter.h"
#include "api/domain/CurrencyTotal.h"
#include "app/cli/CellText.h"
#include "app/cli/CsvColumns.h"
#include "app/cli/TextTable.h"

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

QByteArray table(const AccountPurchasesResponse& response)
{
    QString text;
    if (response.responseData) {
        const AccountPurchasesData& data = *response.responseData;
        text += QStringLiteral("Account user   ")
            + CellText::of(data.identification ? data.identification->userId : std::nullopt)
            + QLatin1Char('\n');
        if (data.detail && data.detail->billingDetails) {
            const BillingDetails& billing = *data.detail->billingDetails;
            text += QStringLiteral("Billing        ") + CellText::of(billing.company) + QStringLiteral(", ")
                + CellText::of(billing.email) + QStringLiteral(", ") + CellText::of(billing.phone)
                + QLatin1Char('\n');
        }
        if (data.detail && data.detail->purchaseOrder)
            text += QStringLiteral("Purchase order ") + CellText::of(data.detail->purchaseOrder)
                + QLatin1Char('\n');
        text += QLatin1Char('\n');
    }
    using Align = TextTable::Align;
    TextTable purchases({ { QStringLiteral("Date (UTC)") }, { QStringLiteral("Invoice"), Align::Right },
        { QStringLiteral("Type") }, { QStringLiteral("Qty"), Align::Right },
        { QStringLiteral("Unit price"), Align::Right }, { QStringLiteral("Net"), Align::Right },
        { QStringLiteral("Tax"), Align::Right }, { QStringLiteral("Gross"), Align::Right },
        { QStringLiteral("Currency") }, { QStringLiteral("Paid") }, { QStringLiteral("ID") } });
    const QList<CreditPurchase> list = purchasesOf(response);
    for (const CreditPurchase& p : list) {
        purchases.addRow({ CellText::of(p.datePurchased), CellText::of(p.invoiceNumber),
            CellText::of(p.purchaseType), CellText::of(p.quantity), CellText::of(p.unitPrice),
            CellText::of(p.netTotal), CellText::of(p.tax), CellText::of(p.grossTotal),
            CellText::of(p.currency), CellText::yesNo(p.paid), CellText::of(p.id) });
    }
    QByteArray out = text.toUtf8() + purchases.render();
    TextTable totals({ { QStringLiteral("Currency") }, { QStringLiteral("Purchases"), Align::Right },
        { QStringLiteral("Net"), Align::Right }, { QStringLiteral("Tax"), Align::Right },
        { QStringLiteral("Gross"), Align::Right }, { QStringLiteral("Note") } });
    for (const CurrencyTotal& total : CurrencyTotal::of(list)) {
        totals.addRow({ total.currency.isEmpty() ? QStringLiteral("(none)") : total.currency,
            QString::number(total.count), total.netTotal.toString(), total.tax.toString(),
            total.grossTotal.toString(),
            total.incomplete ? QStringLiteral("some amounts missing") : QString() });
    }
    if (!totals.isEmpty())
        out += "\nTotals per currency\n" + totals.render();
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
