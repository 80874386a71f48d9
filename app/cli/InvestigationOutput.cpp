// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/InvestigationOutput.h"

#include "api/codec/JsonWriter.h"
#include "app/cli/CellText.h"
#include "app/cli/TextTable.h"
#include "models/CsvWriter.h"

#include <QCoreApplication>

namespace ff::cli {

namespace {

std::string_view viewOf(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

void writeEvidence(JsonWriter& writer, const EvidenceValue& value)
{
    std::visit(
        [&writer](const auto& v) {
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, std::monostate>)
                writer.null();
            else
                writer.value(v);
        },
        value);
}

void writeSeconds(JsonWriter& writer, const std::optional<TimeSpan>& span)
{
    if (span)
        writer.value(span->ticks() / TimeSpan::TicksPerSecond);
    else
        writer.null();
}

QByteArray identifierOf(std::string_view identifier)
{
    return QByteArray(identifier.data(), qsizetype(identifier.size()));
}

QStringList signalKinds(const ItemInvestigation& item)
{
    QStringList kinds;
    for (const RefundSignal& signal : item.raisedSignals)
        kinds.append(QString::fromLatin1(identifierOf(identifier(signal.kind))));
    return kinds;
}

} // namespace

QByteArray InvestigationOutput::jsonLine(const ItemInvestigation& item) const
{
    JsonWriteOptions options;
    options.dates = JsonWriteOptions::Dates::UtcMilliseconds;
    JsonWriter writer(options);
    const ItemFacts& facts = item.facts;
    writer.beginObject();
    writer.field("AffiliateId", m_customer.affiliateId);
    writer.field("Customer", m_customer.name);
    writer.field("OrderId", facts.orderId);
    writer.field("ItemId", facts.itemId);
    writer.field("SupplierRef", item.item->supplierRef);
    writer.field("Title", item.item->title);
    writer.field("State", identifier(item.state.state));
    writer.field("Verdict", identifier(item.verdict));
    writer.field("WindowEnd", item.window.end);
    writer.field("TimeLeftSeconds", item.state.timeLeftSeconds);

    writer.key("Facts");
    writer.beginObject();
    writer.field("PurchasedAt", facts.purchasedAt);
    writer.field("OrderCreatedAt", facts.orderCreatedAt);
    writer.field("LicenceIssuedAt", facts.licenceIssuedAt);
    writer.field("FirstStreamedAt", facts.firstStreamedAt);
    writer.field("FirstDownloadedAt", facts.firstDownloadedAt);
    writer.key("LastPlayPositionSeconds");
    writeSeconds(writer, facts.lastPlayPosition);
    writer.field("LengthSeconds", facts.lengthSeconds);
    writer.endObject();

    writer.key("Signals");
    writer.beginArray();
    for (const RefundSignal& signal : item.raisedSignals) {
        writer.beginObject();
        writer.field("Kind", identifier(signal.kind));
        writer.key("Weight");
        if (signal.weight)
            writer.value(identifier(*signal.weight));
        else
            writer.null();
        writer.key("Evidence");
        writer.beginObject();
        for (const Evidence& evidence : signal.evidence) {
            const QByteArray field = evidence.field.toUtf8();
            writer.key(viewOf(field));
            writeEvidence(writer, evidence.value);
        }
        writer.endObject();
        writer.field("Sentence", m_sentences.sentence(signal, item));
        writer.endObject();
    }
    writer.endArray();

    writer.key("Unknown");
    writer.beginArray();
    for (const QString& reason : item.unknowns)
        writer.value(reason);
    writer.endArray();
    writer.endObject();
    return writer.take();
}

QByteArray InvestigationOutput::jsonLines(const std::vector<ItemInvestigation>& items) const
{
    QByteArray out;
    for (const ItemInvestigation& item : items)
        out += jsonLine(item) + '\n';
    return out;
}

QByteArray InvestigationOutput::failureLine(const QString& customer, const QString& error, int exitCode)
{
    JsonWriter writer;
    writer.beginObject();
    writer.field("Customer", customer);
    writer.field("Error", error);
    writer.field("ExitCode", qint64(exitCode));
    writer.endObject();
    return writer.take() + '\n';
}

QByteArray InvestigationOutput::json(const std::vector<ItemInvestigation>& items, bool indented) const
{
    // Each item's object made once, by jsonLine, so that the array and JSON Lines never differ.
    QByteArray out = "[";
    for (size_t i = 0; i < items.size(); ++i) {
        out += i == 0 ? (indented ? "\n  " : "") : (indented ? ",\n  " : ",");
        out += jsonLine(items[i]);
    }
    out += items.empty() ? "]\n" : (indented ? "\n]\n" : "]\n");
    return out;
}

QByteArray InvestigationOutput::csv(const std::vector<ItemInvestigation>& items, OutputFormat format) const
{
    QByteArray out;
    CsvWriter writer(&out, csvDestination(format));
    for (const char* header :
        { "AffiliateId", "Customer", "OrderId", "ItemId", "SupplierRef", "Title", "State", "Verdict",
            "WindowEnd", "TimeLeftSeconds", "PurchasedAt", "LicenceIssuedAt", "FirstStreamedAt",
            "FirstDownloadedAt", "LastPlayPositionSeconds", "LengthSeconds", "Signals", "Sentences" })
        writer.text(header);
    writer.endRow();
    for (const ItemInvestigation& item : items) {
        const ItemFacts& facts = item.facts;
        writer.cell(std::optional<qint64>(m_customer.affiliateId));
        writer.cell(std::optional<QString>(m_customer.name));
        writer.cell(std::optional<qint64>(facts.orderId));
        writer.cell(std::optional<qint64>(facts.itemId));
        writer.cell(item.item->supplierRef);
        writer.cell(item.item->title);
        writer.text(identifier(item.state.state));
        writer.text(identifier(item.verdict));
        writer.cell(item.window.end);
        writer.cell(item.state.timeLeftSeconds);
        writer.cell(facts.purchasedAt);
        writer.cell(facts.licenceIssuedAt);
        writer.cell(facts.firstStreamedAt);
        writer.cell(facts.firstDownloadedAt);
        writer.cell(facts.lastPlayPosition
                ? std::optional<qint64>(facts.lastPlayPosition->ticks() / TimeSpan::TicksPerSecond)
                : std::nullopt);
        writer.cell(facts.lengthSeconds);
        writer.cell(std::optional<QString>(signalKinds(item).join(u' ')));
        QStringList sentences;
        for (const RefundSignal& signal : item.raisedSignals)
            sentences.append(m_sentences.sentence(signal, item));
        writer.cell(std::optional<QString>(sentences.join(u' ')));
        writer.endRow();
    }
    return out;
}

QByteArray InvestigationOutput::table(const std::vector<ItemInvestigation>& items) const
{
    using Align = TextTable::Align;
    TextTable table({ { QCoreApplication::translate("ff::cli::InvestigationOutput", "Order"), Align::Right },
        { QCoreApplication::translate("ff::cli::InvestigationOutput", "Item"), Align::Right },
        { QCoreApplication::translate("ff::cli::InvestigationOutput", "Title") },
        { QCoreApplication::translate("ff::cli::InvestigationOutput", "State") },
        { QCoreApplication::translate("ff::cli::InvestigationOutput", "Verdict") },
        { QCoreApplication::translate("ff::cli::InvestigationOutput", "Signals") } });
    int candidates = 0;
    for (const ItemInvestigation& item : items) {
        candidates += item.isCandidate() ? 1 : 0;
        table.addRow({ QString::number(item.facts.orderId), QString::number(item.facts.itemId),
            CellText::of(item.item->title), m_sentences.stateLine(item), displayName(item.verdict),
            signalKinds(item).join(QStringLiteral(", ")) });
    }
    return table.render()
        + (QCoreApplication::translate(
               "ff::cli::InvestigationOutput", "%n item(s), %1", nullptr, int(items.size()))
                .arg(QCoreApplication::translate(
                    "ff::cli::InvestigationOutput", "%n refund candidate(s)", nullptr, candidates))
            + QLatin1Char('\n'))
              .toUtf8();
}

QByteArray InvestigationOutput::format(const std::vector<ItemInvestigation>& items, OutputFormat format) const
{
    switch (format) {
    case OutputFormat::Json:
        return json(items, true);
    case OutputFormat::Csv:
    case OutputFormat::CsvOnTerminal:
        return csv(items, format);
    case OutputFormat::Table:
        break;
    }
    return table(items);
}

} // namespace ff::cli
