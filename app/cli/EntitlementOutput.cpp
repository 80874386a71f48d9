// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/EntitlementOutput.h"

#include "api/codec/JsonWriter.h"
#include "app/cli/CellText.h"
#include "app/cli/CsvColumns.h"

#include <QCoreApplication>
#include <functional>

namespace ff::cli {

namespace {

QByteArray json(const auto& entitlement)
{
    JsonWriteOptions options;
    options.dates = JsonWriteOptions::Dates::UtcMilliseconds;
    options.indented = true;
    return JsonWriter::toJson(entitlement, options) + '\n';
}

// A label of the summary, its value lined up after it; a translation longer than the English
// ones still keeps a space before its value.
QString label(const QString& text)
{
    return text.leftJustified(21) + QLatin1Char(' ');
}

// The summary lines both versions share.
template <class E> QString summary(const E& e)
{
    QString text;
    auto line = [&text](const QString& name, const QString& value) {
        text += label(name) + value + QLatin1Char('\n');
    };
    line(QCoreApplication::translate("ff::cli::EntitlementOutput", "Title"), CellText::of(e.title));
    line(QCoreApplication::translate("ff::cli::EntitlementOutput", "Supplier ref"),
        CellText::of(e.supplierRef));
    line(QCoreApplication::translate("ff::cli::EntitlementOutput", "Item / order"),
        CellText::of(e.id) + QStringLiteral(" / ") + CellText::of(e.purchaseOrderId));
    line(QCoreApplication::translate("ff::cli::EntitlementOutput", "Type"),
        e.entitlementType ? CellText::of(e.entitlementType->name) : CellText::of(std::optional<QString>()));
    line(QCoreApplication::translate("ff::cli::EntitlementOutput", "Price"), CellText::of(e.unitPrice));
    line(QCoreApplication::translate("ff::cli::EntitlementOutput", "Rental expires (UTC)"),
        CellText::of(e.rentalExpiryTime));
    line(QCoreApplication::translate("ff::cli::EntitlementOutput", "First play (UTC)"),
        CellText::of(e.timeOfFirstPlay));
    line(QCoreApplication::translate("ff::cli::EntitlementOutput", "Last play position"),
        CellText::of(e.lastPlayPosition));
    line(QCoreApplication::translate("ff::cli::EntitlementOutput", "Licence acknowledged"),
        CellText::yesNo(e.licenseAcknowledged));
    line(QCoreApplication::translate("ff::cli::EntitlementOutput", "Persistent licence"),
        CellText::yesNo(e.persistentLicenseIssued));
    line(QCoreApplication::translate("ff::cli::EntitlementOutput", "Transient licence"),
        CellText::yesNo(e.transientLicenceIssued));
    line(QCoreApplication::translate("ff::cli::EntitlementOutput", "Deleted"), CellText::yesNo(e.deleted));
    if (e.registeredRegisteredDevice) {
        const RegisteredDevice& d = *e.registeredRegisteredDevice;
        line(QCoreApplication::translate("ff::cli::EntitlementOutput", "Device"),
            QCoreApplication::translate("ff::cli::EntitlementOutput", "%1 (%2, id %3)")
                .arg(CellText::of(d.deviceName), CellText::of(d.deviceTypeName), CellText::of(d.id)));
    }
    if (e.mediaItem) {
        const MediaItem& m = *e.mediaItem;
        line(QCoreApplication::translate("ff::cli::EntitlementOutput", "Media item"),
            CellText::of(m.title) + QStringLiteral(" (") + CellText::of(m.releaseYear) + QStringLiteral(", ")
                + CellText::of(m.certificate) + QStringLiteral(", ") + CellText::of(m.duration)
                + QStringLiteral(")"));
    }
    if (e.mediaAssets)
        line(QCoreApplication::translate("ff::cli::EntitlementOutput", "Media assets"),
            QString::number(e.mediaAssets->size()));
    return text;
}

void family(QString& text, const Entitlement& e, int depth)
{
    for (const Entitlement& child : e.children.value_or(QList<Entitlement>())) {
        text += QString(2 * depth, QLatin1Char(' ')) + QStringLiteral("└ ")
            + QCoreApplication::translate("ff::cli::EntitlementOutput", "%1 [%2, item %3]")
                  .arg(CellText::of(child.title), CellText::of(child.supplierRef), CellText::of(child.id))
            + QLatin1Char('\n');
        family(text, child, depth + 1);
    }
}

void csvRows(CsvWriter& csv, const Entitlement& e, const QByteArray& relation)
{
    csv.text(std::string_view(relation.constData(), size_t(relation.size())));
    CsvColumns::cells<Entitlement>(csv, &e);
    csv.endRow();
    for (const Entitlement& child : e.children.value_or(QList<Entitlement>()))
        csvRows(csv, child, relation == "self" ? QByteArray("child") : relation + ".child");
}

// A CSV of E's columns, after a "Relation" column when the rows have one; `rows` writes them.
template <class E>
QByteArray csv(OutputFormat format, bool withRelation, const std::function<void(CsvWriter& csv)>& rows)
{
    QByteArray out;
    CsvWriter csv(&out, csvDestination(format));
    if (withRelation)
        csv.text("Relation");
    CsvColumns::headers<E>(csv, QByteArray());
    csv.endRow();
    rows(csv);
    return out;
}

} // namespace

QByteArray EntitlementOutput::format(const Entitlement& entitlement, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json:
        return json(entitlement);
    case OutputFormat::Csv:
    case OutputFormat::CsvOnTerminal:
        return csv<Entitlement>(format, true, [&entitlement](CsvWriter& csv) {
            if (entitlement.parent) {
                csv.text("parent");
                CsvColumns::cells<Entitlement>(csv, &*entitlement.parent);
                csv.endRow();
            }
            csvRows(csv, entitlement, "self");
        });
    case OutputFormat::Table:
        break;
    }
    QString text = summary(entitlement);
    if (entitlement.parent)
        text += label(QCoreApplication::translate("ff::cli::EntitlementOutput", "Parent"))
            + CellText::of(entitlement.parent->title) + QStringLiteral(" [")
            + CellText::of(entitlement.parent->supplierRef) + QStringLiteral("]\n");
    if (entitlement.children && !entitlement.children->isEmpty()) {
        text += QCoreApplication::translate("ff::cli::EntitlementOutput", "Children") + QLatin1Char('\n');
        family(text, entitlement, 1);
    }
    return text.toUtf8();
}

QByteArray EntitlementOutput::format(const EntitlementV1& entitlement, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json:
        return json(entitlement);
    case OutputFormat::Csv:
    case OutputFormat::CsvOnTerminal:
        return csv<EntitlementV1>(format, false, [&entitlement](CsvWriter& csv) {
            CsvColumns::cells<EntitlementV1>(csv, &entitlement);
            csv.endRow();
        });
    case OutputFormat::Table:
        break;
    }
    return summary(entitlement).toUtf8();
}

} // namespace ff::cli
