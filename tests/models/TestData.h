// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "api/dto/CreditPurchase.h"
#include "api/dto/Entitlement.h"
#include "api/dto/PurchaseOrder.h"
#include "models/DisplayFormat.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>
#include <string_view>

// Small builders for the models' tests: DTOs as the API would send them.
namespace ff::test {

inline Decimal amount(std::string_view text)
{
    const std::optional<Decimal> value = Decimal::fromString(text);
    if (!value)
        qFatal("not a decimal: %s", text.data());
    return *value;
}

inline DateTimeOffset instant(std::string_view iso)
{
    const std::optional<DateTimeOffset> value = DateTimeOffset::parse(iso);
    if (!value)
        qFatal("not a date: %s", iso.data());
    return *value;
}

// A British agent in London: the format the expected texts are written for.
inline DisplayFormat londonFormat()
{
    return DisplayFormat(QLocale(QLocale::English, QLocale::UnitedKingdom), QTimeZone("Europe/London"));
}

inline PurchaseOrderItem orderItem(qint64 id, const QString& title, std::string_view price = "3.99")
{
    PurchaseOrderItem item;
    item.id = id;
    item.title = title;
    item.supplierRef = QStringLiteral("SUP-%1").arg(id);
    if (!price.empty())
        item.unitPrice = amount(price);
    item.rentalTime = 2;
    item.viewTime = 48;
    item.deleted = false;
    item.licenseAcknowledged = true;
    item.createdDate = instant("2025-09-04T07:11:51.697108+00:00");
    return item;
}

inline PurchaseOrder purchaseOrder(qint64 id, QList<PurchaseOrderItem> items,
    std::string_view created = "2025-09-04T07:11:51.697108+00:00",
    const QString& statusCode = QStringLiteral("COMPLETED"))
{
    PurchaseOrder order;
    order.id = id;
    for (PurchaseOrderItem& item : items)
        item.purchaseOrderId = id;
    order.purchaseOrderItemDtos = std::move(items);
    order.createDate = instant(created);
    order.status
        = PurchaseOrderStatus { 1, statusCode, QString(statusCode.at(0) + statusCode.mid(1).toLower()) };
    order.offerType = QStringLiteral("Rental");
    order.paymentProvider = QStringLiteral("Stripe");
    order.paymentProviderTransactionId = QStringLiteral("TX-%1").arg(id);
    return order;
}

inline Entitlement entitlement(qint64 id, const QString& title)
{
    Entitlement e;
    e.id = id;
    e.title = title;
    e.supplierRef = QStringLiteral("SUP-%1").arg(id);
    e.entitlementType = EntitlementType { 1, QStringLiteral("Rental") };
    e.deleted = false;
    return e;
}

inline CreditPurchase creditPurchase(qint64 invoice, std::string_view gross, const QString& currency,
    std::string_view date = "2025-09-04T07:11:51+00:00", bool paid = true)
{
    CreditPurchase p;
    p.invoiceNumber = invoice;
    p.currency = currency;
    p.datePurchased = instant(date);
    p.grossTotal = amount(gross);
    p.netTotal = amount(gross);
    p.tax = amount("0");
    p.quantity = amount("1");
    p.unitPrice = amount(gross);
    p.paid = paid;
    p.purchaseType = QStringLiteral("Credit");
    p.id = QUuid::createUuidV5(QUuid(), QString::number(invoice));
    return p;
}

} // namespace ff::test
