// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's five endpoints over real HTTP on loopback: each parses into the api DTOs with
// realistic content, errors come as the platform shapes them, writes change what is read next,
// and content negotiation picks JSON or XML.

#include "api/codec/JsonReader.h"
#include "api/codec/XmlReader.h"
#include "api/core/GuidText.h"
#include "tests/sandbox/SandboxTestKit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <memory>

using namespace ff;
using namespace ff::test;

class TestSandboxApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    SandboxInfo m_info;

private slots:
    void initTestCase()
    {
        m_sandbox = startFixedSandbox(&m_info);
        QVERIFY(m_sandbox);
    }

    void purchaseOrders()
    {
        const SandboxCustomer* zoe = customerOf(m_info, QStringLiteral("zoë smith"));
        QVERIFY(zoe);
        const QList<PurchaseOrder> list = orders(*m_sandbox, 1, QStringLiteral("zoë smith"));
        QCOMPARE(list.size(), zoe->orders.value_or(-1));
        QVERIFY(list.size() >= 3 && list.size() <= 15);

        QSet<QString> statuses;
        bool refunded = false;
        bool boxSet = false;
        bool played = false;
        bool unplayed = false;
        for (const PurchaseOrder& order : list) {
            QCOMPARE(order.customerId, zoe->customerId);
            QVERIFY(order.id && order.merchantRef && order.createDate && order.status && order.offerTypeId);
            QCOMPARE(order.createDate->offsetSeconds(), 0);
            statuses.insert(*order.status->name);
            if (order.status->code == QStringLiteral("REF")) {
                refunded = true;
                QVERIFY(order.paymentProviderRefundTransId && !order.paymentProviderRefundTransId->isEmpty());
            }
            QVERIFY(!order.purchaseOrderItemDtos->isEmpty());
            for (const PurchaseOrderItem& item : *order.purchaseOrderItemDtos) {
                QCOMPARE(item.purchaseOrderId, order.id);
                QVERIFY(item.title && !item.title->isEmpty());
                QVERIFY(item.supplierRef && !item.supplierRef->isEmpty());
                QVERIFY(item.unitPrice && !item.unitPrice->isNegative() && item.unitPrice->scale() == 2);
                QCOMPARE(item.paymentProvider, order.paymentProvider);
                boxSet = boxSet || item.inherited.value_or(false);
                played = played || item.timeOfFirstPlay.has_value();
                unplayed = unplayed || !item.timeOfFirstPlay;
            }
        }
        // The first customers of an affiliate have one order of every kind.
        QVERIFY2(statuses.contains(QStringLiteral("Completed"))
                && statuses.contains(QStringLiteral("Refunded"))
                && statuses.contains(QStringLiteral("Pending"))
                && statuses.contains(QStringLiteral("Failed")),
            qPrintable(QStringList(statuses.begin(), statuses.end()).join(u',')));
        QVERIFY(refunded && boxSet && played && unplayed);

        // Email works as well as username, in any case; the bytes are the same.
        const SandboxProcess::Reply byEmail
            = m_sandbox->get(ordersPath(1, QStringLiteral("ZOE.Smith@Example.CO.UK")));
        QCOMPARE(byEmail.status, 200);
        QCOMPARE(byEmail.body, m_sandbox->get(ordersPath(1, QStringLiteral("ZOË SMITH"))).body);
    }

    void affiliatesWriteTheirOwnOffsets()
    {
        const QList<PurchaseOrder> nordics
            = orders(*m_sandbox, 3, QStringLiteral("björn.ångström@example.se"));
        QVERIFY(!nordics.isEmpty());
        QCOMPARE(nordics.first().createDate->offsetSeconds(), 3600);
        const QList<PurchaseOrder> us = orders(*m_sandbox, 7, QStringLiteral("mike.johnson"));
        QVERIFY(!us.isEmpty());
        QCOMPARE(us.first().createDate->offsetSeconds(), -5 * 3600);
        // Json.NET writes seven fractional digits (fewer only when the last ones are zero).
        const QByteArray body = m_sandbox->get(ordersPath(7, QStringLiteral("mike.johnson"))).body;
        QVERIFY(QRegularExpression(
            QStringLiteral("\"CreateDate\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{5,7}-05:00\""))
                    .match(QString::fromUtf8(body))
                    .hasMatch());
    }

    void sameUsernameInTwoAffiliates()
    {
        const QList<PurchaseOrder> uk = orders(*m_sandbox, 1, QStringLiteral("jmurphy"));
        const QList<PurchaseOrder> ireland = orders(*m_sandbox, 2, QStringLiteral("jmurphy"));
        QVERIFY(!uk.isEmpty() && !ireland.isEmpty());
        QVERIFY(uk.first().customerId != ireland.first().customerId);
    }

    void ordersErrors_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown customer")
            << ordersPath(1, QStringLiteral("nobody@example.com")) << 404
            << QStringLiteral("No customer 'nobody@example.com' was found in affiliate 1.");
        QTest::newRow("customer of another affiliate")
            << ordersPath(2, QStringLiteral("zoë smith")) << 404
            << QStringLiteral("No customer 'zoë smith' was found in affiliate 2.");
        QTest::newRow("unknown affiliate") << ordersPath(9, QStringLiteral("jmurphy")) << 404
                                           << QStringLiteral("Affiliate 9 was not found.");
        QTest::newRow("affiliate not an integer")
            << QByteArray("api/Customer/PurchaseOrders/uk/jmurphy?v=2.0") << 400
            << QStringLiteral("The request is invalid.");
        QTest::newRow("unsupported version") << QByteArray("api/Customer/PurchaseOrders/1/jmurphy?v=3.0")
                                             << 400 << QStringLiteral("API version '3.0' is not supported");
        QTest::newRow("no such route") << QByteArray("api/Customer/Orders/1/jmurphy") << 404
                                       << QStringLiteral("No HTTP resource was found");
    }

    void ordersErrors()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        QFETCH(QString, message);
        const SandboxProcess::Reply reply = m_sandbox->get(path);
        QCOMPARE(reply.status, status);
        QVERIFY(reply.header("Content-Type").startsWith("application/json; charset=utf-8"));
        QVERIFY2(messageOf(reply.body).startsWith(message), reply.body.constData());
    }

    void pathsMatchCaseInsensitively()
    {
        const SandboxProcess::Reply reply = m_sandbox->get("API/customer/PURCHASEORDERS/1/JMURPHY");
        QCOMPARE(reply.status, 200);
        QVERIFY(readJson<QList<PurchaseOrder>>(reply.body));
    }

    void addItemReturnsTheWholeOrder()
    {
        const QList<PurchaseOrder> before = orders(*m_sandbox, 1, QStringLiteral("priya.patel"));
        QVERIFY(!before.isEmpty());
        const PurchaseOrder& target = before.first();
        qint64 maxId = 0;
        for (const PurchaseOrderItem* item : itemsOf(before))
            maxId = qMax(maxId, *item->id);

        SandboxProcess::Call put;
        put.method = "PUT";
        put.pathAndQuery = "api/Purchase/" + QByteArray::number(*target.id) + "?v=2.0";
        put.headers.emplace_back("Content-Type", "application/json; charset=utf-8");
        put.body = R"({"PurchaseOrderId":)" + QByteArray::number(*target.id)
            + R"(,"OfferId":110021,"UnitPrice":3.49,"SupplierRef":"ARC-004121","RentalTime":30,"ViewTime":48})";
        const SandboxProcess::Reply reply = m_sandbox->call(put);
        QCOMPARE(reply.status, 200);
        const auto order = readJson<PurchaseOrder>(reply.body);
        QVERIFY2(order, qPrintable(order ? QString() : order.error().toString()));
        QCOMPARE(order->id, target.id);
        QCOMPARE(order->purchaseOrderItemDtos->size(), target.purchaseOrderItemDtos->size() + 1);
        const PurchaseOrderItem& added = order->purchaseOrderItemDtos->last();
        QVERIFY(*added.id > maxId); // max over all items + 1, and this customer's are among them
        QCOMPARE(added.purchaseOrderId, target.id);
        QCOMPARE(added.unitPrice->toString(), QStringLiteral("3.49"));
        QCOMPARE(added.title, QStringLiteral("The Last Ferry")); // filled in from the catalogue
        QCOMPARE(added.paymentProvider, target.paymentProvider);
        QCOMPARE(added.paymentProviderTransactionId, target.paymentProviderTransactionId);
        QVERIFY(added.createdDate
            && added.createdDate->utcTicks()
                >= DateTimeOffset::parse(FixedNow.toLatin1().toStdString())->utcTicks());

        // The cached orders response has been refreshed.
        const QList<PurchaseOrder> after = orders(*m_sandbox, 1, QStringLiteral("priya.patel"));
        QCOMPARE(after.first().purchaseOrderItemDtos->last(), added);
    }

    void addItemErrors_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("modelStateKey");
        const QByteArray order
            = QByteArray::number(*orders(*m_sandbox, 1, QStringLiteral("jmurphy")).first().id);
        const QByteArray good = R"({"OfferId":110021,"UnitPrice":3.49,"SupplierRef":"ARC-004121"})";
        QTest::newRow("offer id 0") << "api/Purchase/" + order
                                    << QByteArray(R"({"OfferId":0,"UnitPrice":1.0,"SupplierRef":"X"})") << 400
                                    << QStringLiteral("item.OfferId");
        QTest::newRow("no supplier ref")
            << "api/Purchase/" + order << QByteArray(R"({"OfferId":3,"UnitPrice":1.0,"SupplierRef":""})")
            << 400 << QStringLiteral("item.SupplierRef");
        QTest::newRow("negative price")
            << "api/Purchase/" + order << QByteArray(R"({"OfferId":3,"UnitPrice":-0.01,"SupplierRef":"X"})")
            << 400 << QStringLiteral("item.UnitPrice");
        QTest::newRow("other order id")
            << "api/Purchase/" + order
            << QByteArray(R"({"PurchaseOrderId":1,"OfferId":3,"UnitPrice":1.0,"SupplierRef":"X"})") << 400
            << QStringLiteral("item.PurchaseOrderId");
        QTest::newRow("malformed JSON")
            << "api/Purchase/" + order << QByteArray(R"({"OfferId":3,)") << 400 << QStringLiteral("item");
        QTest::newRow("unknown order") << QByteArray("api/Purchase/42") << good << 404 << QString();
        QTest::newRow("order id not an integer")
            << QByteArray("api/Purchase/abc") << good << 400 << QString();
    }

    void addItemErrors()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, modelStateKey);
        SandboxProcess::Call put;
        put.method = "PUT";
        put.pathAndQuery = path + "?v=2.0";
        put.headers.emplace_back("Content-Type", "application/json");
        put.body = body;
        const SandboxProcess::Reply reply = m_sandbox->call(put);
        QCOMPARE(reply.status, status);
        const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
        QVERIFY(!object.value(QStringLiteral("Message")).toString().isEmpty());
        if (!modelStateKey.isEmpty()) {
            QCOMPARE(object.value(QStringLiteral("Message")).toString(),
                QStringLiteral("The request is invalid."));
            QVERIFY2(object.value(QStringLiteral("ModelState")).toObject().contains(modelStateKey),
                reply.body.constData());
        }
    }

    void entitlement()
    {
        const QList<PurchaseOrder> list = orders(*m_sandbox, 1, QStringLiteral("zoë smith"));
        // A film this customer rented or bought.
        const PurchaseOrderItem* film = nullptr;
        for (const PurchaseOrderItem* item : itemsOf(list)) {
            if (!item->deleted.value_or(true) && !item->inherited.value_or(true)
                && !item->supplierRef->startsWith(u"BBW-"))
                film = item;
        }
        QVERIFY(film);
        const SandboxProcess::Reply reply = m_sandbox->get(entitlementPath(1, *film->supplierRef, false));
        QCOMPARE(reply.status, 200);
        const auto entitlement = readJson<Entitlement>(reply.body);
        QVERIFY2(entitlement, qPrintable(entitlement ? QString() : entitlement.error().toString()));
        QCOMPARE(entitlement->supplierRef, film->supplierRef);
        QVERIFY(entitlement->entitlementType && entitlement->entitlementType->name);
        QVERIFY(entitlement->mediaItem && entitlement->mediaItem->title == film->title);
        QVERIFY(entitlement->mediaItem->cast && entitlement->mediaItem->cast->size() >= 3);
        QVERIFY(entitlement->mediaItem->externalIdentifiers->first().value->startsWith(u"tt"));
        QVERIFY(!entitlement->mediaItem->offers->isEmpty());
        for (const Offer& offer : *entitlement->mediaItem->offers)
            QCOMPARE(offer.currency, QStringLiteral("GBP"));
        QVERIFY(entitlement->mediaAssets && !entitlement->mediaAssets->isEmpty());
        QVERIFY(entitlement->poCreatedDate);
        QVERIFY(!entitlement->parent && !entitlement->children);
        QVERIFY(reply.body.contains("\"Children\":null") && reply.body.contains("\"Parent\":null"));

        const SandboxProcess::Reply missing
            = m_sandbox->get(entitlementPath(1, QStringLiteral("NO-SUCH-REF"), false));
        QCOMPARE(missing.status, 404);
        QVERIFY(!messageOf(missing.body).isEmpty());
        QCOMPARE(m_sandbox->get("api/Entitlement/1/ARC-004121?includeParentAndChildren=maybe").status, 400);
    }

    void entitlementFamily()
    {
        const SandboxProcess::Reply reply
            = m_sandbox->get(entitlementPath(1, QStringLiteral("BBW-HARBOUR-LIGHTS-S01E02"), true));
        QCOMPARE(reply.status, 200);
        const auto episode = readJson<Entitlement>(reply.body);
        QVERIFY2(episode, qPrintable(episode ? QString() : episode.error().toString()));
        QCOMPARE(episode->supplierRef, QStringLiteral("BBW-HARBOUR-LIGHTS-S01E02"));
        QVERIFY(episode->hide.value_or(false));
        QVERIFY(episode->children && episode->children->isEmpty());
        QVERIFY(episode->parent);
        const Entitlement& season = *episode->parent;
        QCOMPARE(season.supplierRef, QStringLiteral("BBW-HARBOUR-LIGHTS-S01"));
        QCOMPARE(season.children->size(), 2); // its other two episodes; the one we came from is the loop
        QVERIFY(season.parent);
        const Entitlement& series = *season.parent;
        QCOMPARE(series.supplierRef, QStringLiteral("BBW-HARBOUR-LIGHTS"));
        QVERIFY(!series.hide.value_or(true));
        QCOMPARE(series.children->size(), 1); // series 2, with its three episodes
        QCOMPARE(series.children->first().children->size(), 3);
        // Json.NET's ReferenceLoopHandling.Ignore leaves a child's Parent out altogether.
        const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
        const QJsonObject sibling = json[QStringLiteral("Parent")][QStringLiteral("Children")][0].toObject();
        QVERIFY(!sibling.isEmpty());
        QVERIFY(!sibling.contains(QStringLiteral("Parent")));
        QVERIFY(!reply.body.contains("\"$id\""));
    }

    void entitlementWithJsonReferences()
    {
        SandboxProcess sandbox(fixedArguments() + QStringList { QStringLiteral("--json-references") });
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
        const SandboxProcess::Reply reply
            = sandbox.get(entitlementPath(1, QStringLiteral("BBW-HARBOUR-LIGHTS-S01E02"), true));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.startsWith("{\"$id\":\"1\","));
        QVERIFY(reply.body.contains("{\"$ref\":\"1\"}"));
        const auto episode = readJson<Entitlement>(reply.body);
        QVERIFY2(episode, qPrintable(episode ? QString() : episode.error().toString()));
        QCOMPARE(episode->parent->supplierRef, QStringLiteral("BBW-HARBOUR-LIGHTS-S01"));
        QCOMPARE(episode->parent->children->size(), 2);
        QCOMPARE(episode->parent->parent->children->first().children->size(), 3);
    }

    void supplierRefWithReservedCharacters()
    {
        const QString ref = QStringLiteral("MERIDIAN/NTL?cut=directors#100%");
        const QString login = QStringLiteral("o'brien+test/../x@example.co.uk");
        m_sandbox->clearRequests();
        const QList<PurchaseOrder> list = orders(*m_sandbox, 1, login);
        bool found = false;
        for (const PurchaseOrderItem* item : itemsOf(list))
            found = found || item->supplierRef == ref;
        QVERIFY(found);
        const SandboxProcess::Reply reply = m_sandbox->get(entitlementPath(1, ref, false));
        QCOMPARE(reply.status, 200);
        QCOMPARE(readJson<Entitlement>(reply.body)->supplierRef, ref);

        const QJsonArray log = m_sandbox->requests();
        QCOMPARE(log.size(), 2);
        const QJsonObject ordersEntry = log.at(0).toObject();
        const QJsonArray segments = ordersEntry.value(QStringLiteral("segments")).toArray();
        QCOMPARE(segments.size(), 5);
        QCOMPARE(segments.at(4).toString(), login); // one decoded segment, '/' and all
        QVERIFY(ordersEntry.value(QStringLiteral("rawPath")).toString().contains(QStringLiteral("%2F..%2F")));
        QCOMPARE(ordersEntry.value(QStringLiteral("query")).toObject().value(QStringLiteral("v")).toString(),
            QStringLiteral("2.0"));
        QCOMPARE(ordersEntry.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(ordersEntry.value(QStringLiteral("applied")).toBool(), false);
        const QJsonObject headers = ordersEntry.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("Authorization")).toString(), QStringLiteral("<redacted>"));
        const QJsonArray refSegments = log.at(1).toObject().value(QStringLiteral("segments")).toArray();
        QCOMPARE(refSegments.size(), 4);
        QCOMPARE(refSegments.at(3).toString(), ref);
        QCOMPARE(log.at(1)
                     .toObject()
                     .value(QStringLiteral("query"))
                     .toObject()
                     .value(QStringLiteral("includeParentAndChildren"))
                     .toString(),
            QStringLiteral("false"));
    }

    void accountPurchasesJson()
    {
        // The account with the most purchases, to see filters do something.
        SandboxCustomer best;
        int most = -1;
        for (const SandboxCustomer& candidate : *m_info.customers) {
            const auto response = readJson<AccountPurchasesResponse>(
                m_sandbox->get(purchasesPath(*candidate.customerId)).body);
            QVERIFY(response);
            const int count = int(response->responseData->detail->purchases->size());
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        QVERIFY(most >= 4);
        const QUuid account = *best.customerId;
        const SandboxProcess::Reply reply = m_sandbox->get(purchasesPath(account));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.startsWith("{\"Error\":null,"));
        const auto response = readJson<AccountPurchasesResponse>(reply.body);
        QVERIFY(response && !response->isError());
        QCOMPARE(response->responseData->identification->userId, best.username);
        QCOMPARE(response->responseData->result, QStringLiteral("OK"));
        const AccountPurchasesDetail& detail = *response->responseData->detail;
        QVERIFY(detail.billingDetails && detail.billingDetails->address && detail.billingDetails->email);
        QVERIFY(detail.isPurchaseAllowed && detail.isPurchaseOrderRequired);
        const Decimal taxRate = *Decimal::fromString(std::string_view("0.20"));
        QSet<qint64> invoices;
        for (const CreditPurchase& purchase : *detail.purchases) {
            QVERIFY(purchase.id && purchase.invoiceNumber && purchase.currency && purchase.datePurchased);
            QVERIFY(!invoices.contains(*purchase.invoiceNumber));
            invoices.insert(*purchase.invoiceNumber);
            QVERIFY(QStringList({ QStringLiteral("Credit"), QStringLiteral("TopUp"),
                                    QStringLiteral("Subscription"), QStringLiteral("Voucher") })
                        .contains(*purchase.purchaseType));
            const Decimal net = purchase.quantity->times(*purchase.unitPrice)->roundedTo(2);
            QCOMPARE(*purchase.netTotal, net);
            QCOMPARE(*purchase.tax, net.times(taxRate)->roundedTo(2));
            QCOMPARE(*purchase.grossTotal, *purchase.netTotal->plus(*purchase.tax));
            QCOMPARE(purchase.grossTotal->scale(), 2);
        }

        // Filters narrow the list.
        const auto paid
            = readJson<AccountPurchasesResponse>(m_sandbox->get(purchasesPath(account, "Paid=true")).body);
        for (const CreditPurchase& purchase : *paid->responseData->detail->purchases)
            QVERIFY(*purchase.paid);
        const QString type = *detail.purchases->first().purchaseType;
        const auto typed = readJson<AccountPurchasesResponse>(
            m_sandbox
                ->get(purchasesPath(account, "Type=" + type.toLower().toLatin1() + "&SoftwareVersion=4.2.1"))
                .body);
        QVERIFY(!typed->responseData->detail->purchases->isEmpty());
        for (const CreditPurchase& purchase : *typed->responseData->detail->purchases)
            QCOMPARE(*purchase.purchaseType, type);
        // Inclusive dates: the day of the first purchase alone holds it.
        const QByteArray day = detail.purchases->first().datePurchased->toIsoString().left(10);
        const auto oneDay = readJson<AccountPurchasesResponse>(
            m_sandbox->get(purchasesPath(account, "StartDate=" + day + "&EndDate=" + day)).body);
        QVERIFY(!oneDay->responseData->detail->purchases->isEmpty());
        QVERIFY(oneDay->responseData->detail->purchases->size() < detail.purchases->size());
    }

    void accountPurchasesXml()
    {
        const QUuid account = *customerOf(m_info, QStringLiteral("d.okafor"))->customerId;
        SandboxProcess::Call call;
        call.pathAndQuery = purchasesPath(account);
        call.headers.emplace_back("Accept", "application/xml");
        const SandboxProcess::Reply xml = m_sandbox->call(call);
        QCOMPARE(xml.status, 200);
        QVERIFY(xml.header("Content-Type").startsWith("application/xml"));
        QVERIFY(xml.body.contains("<ResponseOfAccountPurchasesViewModel xmlns:xsi="));
        QVERIFY(!xml.body.contains("<Error"));
        const auto fromXml = readAccountPurchasesXml(xml.body);
        QVERIFY2(fromXml, qPrintable(fromXml ? QString() : fromXml.error().toString()));
        const auto fromJson = readJson<AccountPurchasesResponse>(m_sandbox->get(purchasesPath(account)).body);
        QVERIFY(fromJson);
        QVERIFY2(*fromXml == *fromJson, "XML and JSON carry the same values");
        // A business account needs a purchase order number.
        QVERIFY(*fromJson->responseData->detail->isPurchaseOrderRequired);
        QVERIFY(fromJson->responseData->detail->purchaseOrder->startsWith(u"PO-"));
        QVERIFY(fromJson->responseData->detail->billingDetails->company);

        call.headers = { { "Accept", "application/json;q=0.5, text/xml" } };
        QVERIFY(m_sandbox->call(call).header("Content-Type").startsWith("application/xml"));
        call.headers = { { "Accept", "*/*" } };
        QVERIFY(m_sandbox->call(call).header("Content-Type").startsWith("application/json"));
    }

    void accountPurchasesErrors_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QUuid account = *customerOf(m_info, QStringLiteral("jmurphy"))->customerId;
        QTest::newRow("bad start date")
            << purchasesPath(account, "StartDate=2025-13-01") << 400 << QStringLiteral("INVALID_FILTER");
        QTest::newRow("bad end date")
            << purchasesPath(account, "EndDate=yesterday") << 400 << QStringLiteral("INVALID_FILTER");
        QTest::newRow("start after end") << purchasesPath(account, "StartDate=2025-03-02&EndDate=2025-03-01")
                                         << 400 << QStringLiteral("INVALID_FILTER");
        QTest::newRow("paid not a boolean")
            << purchasesPath(account, "Paid=yes") << 400 << QStringLiteral("INVALID_FILTER");
        QTest::newRow("unknown type")
            << purchasesPath(account, "Type=Refund") << 400 << QStringLiteral("INVALID_FILTER");
        QTest::newRow("bad software version")
            << purchasesPath(account, "SoftwareVersion=v2") << 400 << QStringLiteral("INVALID_FILTER");
        QTest::newRow("id not a GUID") << QByteArray("api/v1/admin/accounts/12345/purchases") << 400
                                       << QStringLiteral("INVALID_ACCOUNT_ID");
        QTest::newRow("unknown account")
            << purchasesPath(QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000001"))) << 404
            << QStringLiteral("ACCOUNT_NOT_FOUND");
    }

    void accountPurchasesErrors()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        QFETCH(QString, code);
        const SandboxProcess::Reply json = m_sandbox->get(path);
        QCOMPARE(json.status, status);
        QVERIFY(json.body.endsWith("\"ResponseData\":null}"));
        const auto response = readJson<AccountPurchasesResponse>(json.body);
        QVERIFY(response && response->isError());
        QCOMPARE(response->error->errorCode, code);
        QVERIFY(!response->error->errorReason->isEmpty());
        QVERIFY(!response->responseData);

        SandboxProcess::Call call;
        call.pathAndQuery = path;
        call.headers.emplace_back("Accept", "application/xml");
        const SandboxProcess::Reply xml = m_sandbox->call(call);
        QCOMPARE(xml.status, status);
        const auto fromXml = readAccountPurchasesXml(xml.body);
        QVERIFY(fromXml && fromXml->isError());
        QCOMPARE(fromXml->error->errorCode, code);
        QVERIFY(!xml.body.contains("<ResponseData"));
    }

    void acknowledgeLicence()
    {
        // A download whose licence the device never confirmed.
        const QString login = QStringLiteral("josé.núñez@example.ie");
        const QList<PurchaseOrder> list = orders(*m_sandbox, 2, login);
        const PurchaseOrderItem* pending = nullptr;
        for (const PurchaseOrderItem* item : itemsOf(list)) {
            if (item->persistentLicenseIssued.value_or(false) && !item->licenseAcknowledged.value_or(true))
                pending = item;
        }
        QVERIFY(pending);
        const QList<SandboxDevice> devices
            = customerOf(m_info, login)->devices.value_or(QList<SandboxDevice>());
        QVERIFY(!devices.isEmpty());
        const QString clientId = QString::fromLatin1(GuidText::toText(*devices.first().clientId));
        const qint64 deviceId = *devices.first().id;

        SandboxProcess::Call post;
        post.method = "POST";
        post.pathAndQuery = "api/License/AcknowledgeLicenseIssued/2/" + clientId.toLatin1() + '/'
            + QByteArray::number(*pending->id) + "?v=1";
        const SandboxProcess::Reply reply = m_sandbox->call(post);
        QCOMPARE(reply.status, 200);
        const auto entitlement = readJson<EntitlementV1>(reply.body);
        QVERIFY2(entitlement, qPrintable(entitlement ? QString() : entitlement.error().toString()));
        QCOMPARE(entitlement->id, pending->id);
        QCOMPARE(entitlement->licenseAcknowledged, true);
        QCOMPARE(entitlement->persistentLicenseIssued, true);
        QVERIFY(entitlement->timeOfFirstPlay);
        QVERIFY(!entitlement->deviceIdOfFirstPlay); // not a v1 field
        QVERIFY(entitlement->registeredRegisteredDevice);
        if (!pending->timeOfFirstPlay)
            QCOMPARE(entitlement->registeredRegisteredDevice->id, deviceId);
        QVERIFY(entitlement->mediaItem);
        QVERIFY(!reply.body.contains("\"ShippingIds\"")); // v1 has fewer fields
        QVERIFY(m_sandbox->requests().last().toObject().value(QStringLiteral("applied")).toBool());

        // The orders show it too. (Kept in a variable: the items point into them, and a
        // temporary in the range-for's initializer would be gone before the loop runs.)
        const QList<PurchaseOrder> after = orders(*m_sandbox, 2, login);
        for (const PurchaseOrderItem* item : itemsOf(after)) {
            if (item->id != pending->id)
                continue;
            QCOMPARE(item->licenseAcknowledged, true);
            QCOMPARE(item->timeOfFirstPlay, entitlement->timeOfFirstPlay);
            if (!pending->timeOfFirstPlay)
                QCOMPARE(item->deviceIdOfFirstPlay, deviceId);
        }

        post.pathAndQuery
            = "api/License/AcknowledgeLicenseIssued/2/12345/" + QByteArray::number(*pending->id);
        const SandboxProcess::Reply stranger = m_sandbox->call(post);
        QCOMPARE(stranger.status, 404);
        QCOMPARE(
            messageOf(stranger.body), QStringLiteral("Device '12345' is not registered to this customer"));
        post.pathAndQuery = "api/License/AcknowledgeLicenseIssued/1/" + QByteArray::number(deviceId) + '/'
            + QByteArray::number(*pending->id);
        QCOMPARE(m_sandbox->call(post).status, 404); // the item is not in affiliate 1
        post.pathAndQuery = "api/License/AcknowledgeLicenseIssued/2/" + QByteArray::number(deviceId) + '/'
            + QByteArray::number(*pending->id) + "?v=2.0";
        QCOMPARE(messageOf(m_sandbox->call(post).body), QStringLiteral("API version '2.0' is not supported"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
