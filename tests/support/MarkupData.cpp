// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/MarkupData.h"

namespace ff::test {

namespace {

const QString Bold = QStringLiteral("<b>SUP</b>-1");
const QString Italic = QStringLiteral("<i>Completed</i>");
const QString Underline = QStringLiteral("<u>DONE</u>");
const QString Entity = QStringLiteral("&lt;tx&gt;");
const QString Font = QStringLiteral("<font color=red>R1</font>");
const QString Heading = QStringLiteral("<h1>Rental</h1>");
const QString Currency = QStringLiteral("<s>eur</s>");
const QString Table = QStringLiteral("<table><tr><td>Credit</td></tr></table>");
const QString Style = QStringLiteral("<style>*{color:red}</style>Box");
const QString Device = QStringLiteral("<big>Living room</big>");
const QString Company = QStringLiteral("<img src=\"/etc/passwd\">Acme");

Decimal money(std::string_view text)
{
    return Decimal::fromString(text).value_or(Decimal());
}

DateTimeOffset at(std::string_view iso)
{
    return DateTimeOffset::parse(iso).value_or(DateTimeOffset());
}

PurchaseOrderItem item(qint64 id, qint64 order, const QString& title)
{
    PurchaseOrderItem item;
    item.id = id;
    item.purchaseOrderId = order;
    item.title = title;
    item.supplierRef = Bold;
    item.unitPrice = money("-3.99");
    item.rentalTime = 2;
    item.viewTime = 48;
    item.deleted = false;
    item.licenseAcknowledged = true;
    item.createdDate = at("2025-09-04T07:11:51.697+01:00");
    item.paymentProvider = MarkupData::Link;
    item.paymentProviderTransactionId = Entity;
    item.bbfcRating = Underline;
    item.drmProfile = Heading;
    item.supportedDevices = Device;
    return item;
}

} // namespace

const QString MarkupData::Image = QStringLiteral("<img src=\"/dev/zero\">");
const QString MarkupData::Link = QStringLiteral("<a href=\"https://evil.example/\">Stripe</a>");

QStringList MarkupData::planted()
{
    return { Image, Link, Bold, Italic, Underline, Entity, Font, Heading, Currency, Table, Style, Device,
        Company };
}

QList<PurchaseOrder> MarkupData::orders(const QUuid& customerId)
{
    QList<PurchaseOrder> orders;
    for (const qint64 id : { 9001, 9002 }) {
        PurchaseOrder order;
        order.id = id;
        order.customerId = customerId.isNull() ? std::optional<QUuid>() : customerId;
        order.status = PurchaseOrderStatus { 3, Underline, Italic };
        order.offerType = Heading;
        order.createDate = at("2025-09-04T07:11:51.697+01:00");
        order.paymentProvider = Link;
        order.paymentProviderCustomerId = Entity;
        order.paymentProviderTransactionId = Entity;
        order.paymentProviderRefundTransId = Font;
        QList<PurchaseOrderItem> items { item(id * 10 + 1, id, Image) };
        if (id == 9002)
            items.append(item(id * 10 + 2, id, Style));
        order.purchaseOrderItemDtos = items;
        orders.append(order);
    }
    return orders;
}

Entitlement MarkupData::entitlement()
{
    auto made = [](const PurchaseOrderItem& from) {
        Entitlement e;
        static_cast<PurchaseOrderItem&>(e) = from;
        e.entitlementType = EntitlementType { 1, Heading };
        e.rentalExpiryTime = at("2025-09-06T07:11:51+01:00");
        return e;
    };
    Entitlement current = made(item(90011, 9001, Image));
    current.registeredRegisteredDevice = RegisteredDevice { 7, 1, Underline, Device, {}, {}, true, {}, {} };
    MediaItem media;
    media.title = Image;
    media.certificate = Underline;
    media.duration = Entity;
    media.cast = QList<CastMember> { CastMember { Italic, Bold } };
    media.newsletterSynopsis = Table;
    current.mediaItem = media;
    current.children = QList<Entitlement> { made(item(90013, 9001, Font)) };
    Entitlement box = made(item(90010, 9001, Style));
    box.children = QList<Entitlement> { made(item(90012, 9001, Table)) };
    current.parent = SharedValue<Entitlement>(box);
    return current;
}

AccountPurchasesResponse MarkupData::purchases()
{
    QList<CreditPurchase> purchases;
    for (const qint64 invoice : { 1, 2 }) {
        CreditPurchase p;
        p.invoiceNumber = invoice;
        p.currency = Currency;
        p.datePurchased = at("2025-09-04T07:11:51+00:00");
        p.grossTotal = money("3.99");
        p.netTotal = money("3.33");
        p.tax = money("0.66");
        p.quantity = money("1");
        p.unitPrice = money("3.99");
        p.paid = invoice == 1;
        p.purchaseType = Table;
        p.id = QUuid::createUuidV5(QUuid(), QString::number(invoice));
        purchases.append(p);
    }
    AccountPurchasesDetail detail;
    detail.billingDetails = BillingDetails { Heading, Company, Link, Entity, Bold };
    detail.isPurchaseAllowed = true;
    detail.isPurchaseOrderRequired = true;
    detail.purchaseOrder = Font;
    detail.purchases = purchases;
    AccountPurchasesData data;
    data.identification = Identification { Italic };
    data.result = Underline;
    data.detail = detail;
    AccountPurchasesResponse response;
    response.responseData = data;
    return response;
}

} // namespace ff::test
