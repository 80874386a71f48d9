// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/OrderOutput.h"

#include "api/codec/JsonWriter.h"
#include "app/cli/CellText.h"
#include "app/cli/CsvColumns.h"
#include "app/cli/TextTable.h"

#include <QCoreApplication>
#include <algorithm>
#include <string>

namespace ff::cli {

namespace {

JsonWriteOptions cliJsonOptions()
{
    JsonWriteOptions options;
    options.dates = JsonWriteOptions::Dates::UtcMilliseconds;
    options.indented = true;
    return options;
}

QByteArray csv(const QList<PurchaseOrder>& orders, OutputFormat format)
{
    QByteArray out;
    // About 450 bytes a row: reserved, so that a large export is not grown and copied again and
    // again.
    qsizetype items = 0;
    for (const PurchaseOrder& order : orders)
        items
            += order.purchaseOrderItemDtos ? std::max<qsizetype>(order.purchaseOrderItemDtos->size(), 1) : 1;
    out.reserve(items * 480 + 2048);
    CsvWriter writer(&out, csvDestination(format));
    CsvColumns::headers<PurchaseOrder>(writer, "Order.");
    CsvColumns::headers<PurchaseOrderItem>(writer, "Item.");
    writer.endRow();
    for (const PurchaseOrder& order : orders) {
        // The order's cells, written once and repeated on each of its items' rows.
        CsvColumns::cells<PurchaseOrder>(writer, &order);
        const std::string orderCells = writer.takeCells();
        if (!order.purchaseOrderItemDtos || order.purchaseOrderItemDtos->isEmpty()) {
            writer.appendCells(orderCells);
            CsvColumns::cells<PurchaseOrderItem>(writer, nullptr);
            writer.endRow();
            continue;
        }
        for (const PurchaseOrderItem& item : *order.purchaseOrderItemDtos) {
            writer.appendCells(orderCells);
            CsvColumns::cells<PurchaseOrderItem>(writer, &item);
            writer.endRow();
        }
    }
    return out;
}

QByteArray table(const QList<PurchaseOrder>& orders)
{
    using Align = TextTable::Align;
    TextTable table({ { QCoreApplication::translate("ff::cli::OrderOutput", "Order"), Align::Right },
        { QCoreApplication::translate("ff::cli::OrderOutput", "Created (UTC)") },
        { QCoreApplication::translate("ff::cli::OrderOutput", "Status") },
        { QCoreApplication::translate("ff::cli::OrderOutput", "Item"), Align::Right },
        { QCoreApplication::translate("ff::cli::OrderOutput", "Title") },
        { QCoreApplication::translate("ff::cli::OrderOutput", "Supplier ref") },
        { QCoreApplication::translate("ff::cli::OrderOutput", "Price"), Align::Right },
        { QCoreApplication::translate("ff::cli::OrderOutput", "First play (UTC)") },
        { QCoreApplication::translate("ff::cli::OrderOutput", "Licence ack") },
        { QCoreApplication::translate("ff::cli::OrderOutput", "Deleted") },
        { QCoreApplication::translate("ff::cli::OrderOutput", "Provider") },
        { QCoreApplication::translate("ff::cli::OrderOutput", "Transaction") },
        { QCoreApplication::translate("ff::cli::OrderOutput", "Refund") } });
    qsizetype itemCount = 0;
    for (const PurchaseOrder& order : orders) {
        const QString status
            = order.status ? CellText::of(order.status->name) : CellText::of(std::optional<QString>());
        const QList<PurchaseOrderItem> items
            = order.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>());
        if (items.isEmpty())
            table.addRow({ CellText::of(order.id), CellText::of(order.createDate), status });
        for (const PurchaseOrderItem& item : items) {
            ++itemCount;
            table.addRow({ CellText::of(order.id), CellText::of(order.createDate), status,
                CellText::of(item.id), CellText::of(item.title), CellText::of(item.supplierRef),
                CellText::of(item.unitPrice), CellText::of(item.timeOfFirstPlay),
                CellText::yesNo(item.licenseAcknowledged), CellText::yesNo(item.deleted),
                CellText::of(order.paymentProvider), CellText::of(order.paymentProviderTransactionId),
                CellText::of(order.paymentProviderRefundTransId) });
        }
    }
    return table.render()
        + (QCoreApplication::translate("ff::cli::OrderOutput", "%n order(s), %1", nullptr, int(orders.size()))
                .arg(QCoreApplication::translate(
                    "ff::cli::OrderOutput", "%n item(s)", nullptr, int(itemCount)))
            + QLatin1Char('\n'))
              .toUtf8();
}

} // namespace

QByteArray OrderOutput::format(const PurchaseOrder& order, OutputFormat format)
{
    if (format == OutputFormat::Json)
        return JsonWriter::toJson(order, cliJsonOptions()) + '\n';
    return OrderOutput::format(QList<PurchaseOrder> { order }, format);
}

QByteArray OrderOutput::format(const QList<PurchaseOrder>& orders, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json:
        return JsonWriter::toJson(orders, cliJsonOptions()) + '\n';
    case OutputFormat::Csv:
    case OutputFormat::CsvOnTerminal:
        return csv(orders, format);
    case OutputFormat::Table:
        break;
    }
    return table(orders);
}

} // namespace ff::cli
