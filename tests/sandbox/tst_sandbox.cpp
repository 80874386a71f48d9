// SPDX-License-Identifier: GPL-3.0-or-later
// Integration tests of ffconsole-sandbox over real HTTP on loopback: each endpoint parses into
// the api DTOs with realistic content, authentication in every scheme, errors as the platform
// shapes them, content negotiation and deflate, persistence, determinism, scale, and the faults
// the console's error handling is tested against.

#include "api/codec/JsonReader.h"
#include "api/codec/XmlReader.h"
#include "api/core/GuidText.h"
#include "tests/support/SandboxProcess.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <memory>

using namespace ff;
using ff::test::SandboxProcess;

namespace {

const QString Now = QStringLiteral("2025-09-04T12:00:00Z");
const QStringList Fixed { QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--now"), Now };

QByteArray encoded(const QString& segment)
{
    return QUrl::toPercentEncoding(segment);
}

QByteArray ordersPath(int affiliate, const QString& login)
{
    return "api/Customer/PurchaseOrders/" + QByteArray::number(affiliate) + '/' + encoded(login) + "?v=2.0";
}

QByteArray entitlementPath(int affiliate, const QString& supplierRef, bool family)
{
    return "api/Entitlement/" + QByteArray::number(affiliate) + '/' + encoded(supplierRef)
        + "?includeParentAndChildren=" + (family ? "true" : "false") + "&v=2.0";
}

QByteArray purchasesPath(const QUuid& account, const QByteArray& query = {})
{
    return "api/v1/admin/accounts/" + GuidText::toText(account) + "/purchases"
        + (query.isEmpty() ? QByteArray() : QByteArray("?" + query));
}

QString messageOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("Message")).toString();
}

QList<const PurchaseOrderItem*> itemsOf(const QList<PurchaseOrder>& orders)
{
    QList<const PurchaseOrderItem*> items;
    for (const PurchaseOrder& order : orders) {
        for (const PurchaseOrderItem& item : *order.purchaseOrderItemDtos)
            items.append(&item);
    }
    return items;
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_info;

    QJsonObject customer(const QString& login) const
    {
        for (const QJsonValue value : m_info.value(QStringLiteral("customers")).toArray()) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("username")).toString() == login
                || object.value(QStringLiteral("email")).toString() == login)
                return object;
        }
        return {};
    }

    // One request on a fresh connection, read until the server closes it (or 5 s pass): what
    // actually came over the wire, before any HTTP client interprets it.
    struct RawResponse
    {
        QByteArray head;
        QByteArray body;
        qint64 declaredLength = -1;
        bool closed = false;
    };
    static RawResponse raw(SandboxProcess& sandbox, const QByteArray& pathAndQuery)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(sandbox.url().port()));
        RawResponse response;
        if (!socket.waitForConnected(3000))
            return response;
        const auto [name, value] = sandbox.credentials();
        socket.write("GET /" + pathAndQuery + " HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n" + name
            + ": " + value + "\r\n\r\n");
        QByteArray data;
        QElapsedTimer timer;
        timer.start();
        while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
            socket.waitForReadyRead(500);
            data += socket.readAll();
        }
        data += socket.readAll();
        response.closed = socket.state() != QAbstractSocket::ConnectedState;
        const qsizetype end = data.indexOf("\r\n\r\n");
        response.head = data.left(end);
        response.body = data.mid(end + 4);
        const QRegularExpressionMatch length = QRegularExpression(QStringLiteral("Content-Length: (\\d+)"))
                                                   .match(QString::fromLatin1(response.head));
        response.declaredLength = length.hasMatch() ? length.captured(1).toLongLong() : -1;
        return response;
    }

    QList<PurchaseOrder> orders(SandboxProcess& sandbox, int affiliate, const QString& login)
    {
        const SandboxProcess::Reply reply = sandbox.get(ordersPath(affiliate, login));
        if (reply.status != 200) {
            QTest::qFail(qPrintable(QStringLiteral("orders of %1: %2 %3")
                                        .arg(login)
                                        .arg(reply.status)
                                        .arg(QString::fromUtf8(reply.body))),
                __FILE__, __LINE__);
            return {};
        }
        const auto parsed = readJson<QList<PurchaseOrder>>(reply.body);
        if (!parsed) {
            QTest::qFail(qPrintable(parsed.error().toString()), __FILE__, __LINE__);
            return {};
        }
        return parsed.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!SandboxProcess::program().isEmpty(),
            "FFCONSOLE_SANDBOX is not set and ffconsole-sandbox is not on PATH");
        m_sandbox = std::make_unique<SandboxProcess>(Fixed);
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
        m_info = m_sandbox->info();
        QVERIFY(m_info.value(QStringLiteral("customers")).toArray().size() >= 24);
    }

    void startLines()
    {
        const SandboxEndpoint& endpoint = m_sandbox->endpoint();
        QCOMPARE(endpoint.baseUrl.scheme(), QStringLiteral("http"));
        QCOMPARE(endpoint.baseUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(endpoint.baseUrl.port() > 0);
        QCOMPARE(endpoint.baseUrl.path(), QStringLiteral("/"));
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(endpoint.token).hasMatch(),
            qPrintable(endpoint.token));
        QCOMPARE(endpoint.auth, QStringLiteral("bearer"));
        QVERIFY(endpoint.scaleCustomer.isEmpty());
        QVERIFY(m_info.value(QStringLiteral("scaleCustomer")).isNull());
        QCOMPARE(m_info.value(QStringLiteral("affiliates")).toArray().size(), 4);
    }

    void purchaseOrders()
    {
        const QJsonObject zoe = customer(QStringLiteral("zoë smith"));
        QVERIFY(!zoe.isEmpty());
        const QList<PurchaseOrder> list = orders(*m_sandbox, 1, QStringLiteral("zoë smith"));
        QCOMPARE(list.size(), zoe.value(QStringLiteral("orders")).toInt());
        QVERIFY(list.size() >= 3 && list.size() <= 15);

        QSet<QString> statuses;
        bool refunded = false;
        bool boxSet = false;
        bool played = false;
        bool unplayed = false;
        for (const PurchaseOrder& order : list) {
            QCOMPARE(order.customerId, GuidText::parse(zoe.value(QStringLiteral("customerId")).toString()));
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
                >= DateTimeOffset::parse(Now.toLatin1().toStdString())->utcTicks());

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
        SandboxProcess sandbox(Fixed + QStringList { QStringLiteral("--json-references") });
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
        QJsonObject best;
        int most = -1;
        for (const QJsonValue value : m_info.value(QStringLiteral("customers")).toArray()) {
            const QUuid id
                = *GuidText::parse(value.toObject().value(QStringLiteral("customerId")).toString());
            const auto response = readJson<AccountPurchasesResponse>(m_sandbox->get(purchasesPath(id)).body);
            QVERIFY(response);
            const int count = int(response->responseData->detail->purchases->size());
            if (count > most) {
                most = count;
                best = value.toObject();
            }
        }
        QVERIFY(most >= 4);
        const QUuid account = *GuidText::parse(best.value(QStringLiteral("customerId")).toString());
        const SandboxProcess::Reply reply = m_sandbox->get(purchasesPath(account));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.startsWith("{\"Error\":null,"));
        const auto response = readJson<AccountPurchasesResponse>(reply.body);
        QVERIFY(response && !response->isError());
        QCOMPARE(response->responseData->identification->userId,
            best.value(QStringLiteral("username")).toString());
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
        const QUuid account = *GuidText::parse(
            customer(QStringLiteral("d.okafor")).value(QStringLiteral("customerId")).toString());
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
        const QUuid account = *GuidText::parse(
            customer(QStringLiteral("jmurphy")).value(QStringLiteral("customerId")).toString());
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
        const QJsonArray devices = customer(login).value(QStringLiteral("devices")).toArray();
        QVERIFY(!devices.isEmpty());
        const QString clientId = devices.first().toObject().value(QStringLiteral("clientId")).toString();
        const qint64 deviceId = qint64(devices.first().toObject().value(QStringLiteral("id")).toDouble());

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

    void authentication_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("wrongValue");
        QTest::addColumn<QByteArray>("challenge");
        QTest::newRow("bearer") << QStringList() << QByteArray("Authorization")
                                << QByteArray("Bearer 0123456789abcdef") << QByteArray("Bearer");
        QTest::newRow("apikey") << QStringList { QStringLiteral("--auth"), QStringLiteral("apikey"),
            QStringLiteral("--apikey-header"), QStringLiteral("X-FilmFlex-Key") }
                                << QByteArray("X-FilmFlex-Key") << QByteArray("0123456789abcdef")
                                << QByteArray("ApiKey");
        QTest::newRow("basic") << QStringList { QStringLiteral("--auth"), QStringLiteral("basic"),
            QStringLiteral("--basic-user"), QStringLiteral("desk7") }
                               << QByteArray("Authorization")
                               << QByteArray("Basic " + QByteArray("desk7:wrong").toBase64())
                               << QByteArray("Basic");
    }
    void authentication()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, wrongValue);
        QFETCH(QByteArray, challenge);
        SandboxProcess sandbox(Fixed + arguments);
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.credentials().first, headerName);
        const QByteArray path = ordersPath(1, QStringLiteral("jmurphy"));

        const SandboxProcess::Reply none = sandbox.get(path, false);
        QCOMPARE(none.status, 401);
        QVERIFY2(none.header("WWW-Authenticate").startsWith(challenge),
            none.header("WWW-Authenticate").constData());
        QCOMPARE(messageOf(none.body), QStringLiteral("Authorization has been denied for this request."));

        SandboxProcess::Call wrong;
        wrong.pathAndQuery = path;
        wrong.authenticate = false;
        wrong.headers.emplace_back(headerName, wrongValue);
        QCOMPARE(sandbox.call(wrong).status, 401);

        QCOMPARE(sandbox.get(path).status, 200);
        // The secret never shows in the request log.
        for (const QJsonValue entry : sandbox.requests()) {
            const QJsonObject headers = entry.toObject().value(QStringLiteral("headers")).toObject();
            if (headers.contains(QString::fromLatin1(headerName)))
                QCOMPARE(
                    headers.value(QString::fromLatin1(headerName)).toString(), QStringLiteral("<redacted>"));
        }
        QVERIFY(!QJsonDocument(sandbox.requests()).toJson().contains(sandbox.token().toUtf8()));
    }

    void tokenFromEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FFCONSOLE_SANDBOX_TOKEN"), QStringLiteral("test-token-from-env"));
        SandboxProcess sandbox(Fixed, environment);
        QVERIFY(sandbox.isReady());
        QCOMPARE(sandbox.token(), QStringLiteral("test-token-from-env"));
        QCOMPARE(sandbox.get(ordersPath(1, QStringLiteral("jmurphy"))).status, 200);
    }

    void rotateToken()
    {
        SandboxProcess sandbox(Fixed);
        QVERIFY(sandbox.isReady());
        const QString old = sandbox.token();
        const QString fresh = sandbox.rotateToken();
        QVERIFY(!fresh.isEmpty() && fresh != old);
        SandboxProcess::Call call;
        call.pathAndQuery = ordersPath(1, QStringLiteral("jmurphy"));
        call.authenticate = false;
        call.headers.emplace_back("Authorization", "Bearer " + old.toLatin1());
        QCOMPARE(sandbox.call(call).status, 401);
        QCOMPARE(sandbox.get(ordersPath(1, QStringLiteral("jmurphy"))).status, 200);
    }

    void deflate()
    {
        const QByteArray path = ordersPath(1, QStringLiteral("zoë smith"));
        SandboxProcess::Call call;
        call.pathAndQuery = path;
        call.headers.emplace_back("Accept-Encoding", "identity");
        const SandboxProcess::Reply plain = m_sandbox->call(call);
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.header("Content-Encoding").isEmpty());
        QVERIFY(plain.body.size() > 1024);

        // Asking for deflate ourselves, Qt leaves the body as it came.
        call.headers = { { "Accept-Encoding", "deflate" } };
        const SandboxProcess::Reply compressed = m_sandbox->call(call);
        QCOMPARE(compressed.header("Content-Encoding"), QByteArray("deflate"));
        QCOMPARE(compressed.header("Content-Length").toLongLong(), compressed.body.size());
        QVERIFY(compressed.body.size() < plain.body.size() / 3);
        QByteArray withLength(4, '\0');
        qToBigEndian<quint32>(quint32(plain.body.size()), withLength.data());
        QCOMPARE(qUncompress(withLength + compressed.body), plain.body);

        // A q-value of 0 refuses it; small bodies are never compressed.
        call.headers = { { "Accept-Encoding", "deflate;q=0" } };
        QVERIFY(m_sandbox->call(call).header("Content-Encoding").isEmpty());
        call.headers = { { "Accept-Encoding", "deflate" } };
        call.pathAndQuery = ordersPath(1, QStringLiteral("nobody"));
        QVERIFY(m_sandbox->call(call).header("Content-Encoding").isEmpty());
        // Qt's own default (gzip, deflate) is decoded transparently.
        QCOMPARE(m_sandbox->get(path).body, plain.body);
    }

    void everyResponseHasARequestId()
    {
        const SandboxProcess::Reply a = m_sandbox->get(ordersPath(1, QStringLiteral("jmurphy")));
        const SandboxProcess::Reply b = m_sandbox->get(ordersPath(1, QStringLiteral("nobody")), false);
        QVERIFY(!a.header("X-Request-Id").isEmpty());
        QVERIFY(!b.header("X-Request-Id").isEmpty());
        QVERIFY(a.header("X-Request-Id") != b.header("X-Request-Id"));
    }

    void sameSeedSameBytes()
    {
        SandboxProcess first(Fixed);
        SandboxProcess second(Fixed);
        QVERIFY(first.isReady() && second.isReady());
        QVERIFY(first.url() != second.url());
        const QJsonObject info = first.info();
        QCOMPARE(QJsonDocument(info).toJson(), QJsonDocument(second.info()).toJson());
        int compared = 0;
        for (const QJsonValue value : info.value(QStringLiteral("customers")).toArray()) {
            const QJsonObject object = value.toObject();
            const int affiliate = object.value(QStringLiteral("affiliateId")).toInt();
            const QByteArray path
                = ordersPath(affiliate, object.value(QStringLiteral("username")).toString());
            QCOMPARE(first.get(path).body, second.get(path).body);
            const QUuid account = *GuidText::parse(object.value(QStringLiteral("customerId")).toString());
            QCOMPARE(first.get(purchasesPath(account)).body, second.get(purchasesPath(account)).body);
            const QString ref = object.value(QStringLiteral("supplierRefs")).toArray().first().toString();
            QCOMPARE(first.get(entitlementPath(affiliate, ref, true)).body,
                second.get(entitlementPath(affiliate, ref, true)).body);
            ++compared;
        }
        QVERIFY(compared >= 24);

        SandboxProcess other({ QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--now"), Now });
        QVERIFY(other.isReady());
        const QByteArray path = ordersPath(1, QStringLiteral("zoë smith"));
        QVERIFY(first.get(path).body != other.get(path).body);
    }

    void failRateIsDeterministic()
    {
        const QStringList arguments
            = Fixed + QStringList { QStringLiteral("--fail-rate"), QStringLiteral("0.5") };
        SandboxProcess first(arguments);
        SandboxProcess second(arguments);
        QVERIFY(first.isReady() && second.isReady());
        QList<int> a;
        QList<int> b;
        for (int i = 0; i < 16; ++i) {
            a.append(first.get(ordersPath(1, QStringLiteral("jmurphy"))).status);
            b.append(second.get(ordersPath(1, QStringLiteral("jmurphy"))).status);
        }
        QCOMPARE(a, b);
        QVERIFY(a.contains(503) && a.contains(200));
        const SandboxProcess::Reply failed = [&] {
            for (int i = 0;; ++i) {
                SandboxProcess::Reply reply = first.get(ordersPath(1, QStringLiteral("jmurphy")));
                if (reply.status == 503 || i > 50)
                    return reply;
            }
        }();
        QVERIFY(failed.header("Content-Type").startsWith("text/html"));
        QVERIFY(failed.body.contains("<html>"));
    }

    void persistenceAcrossRestarts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("sandbox.jsonl"));
        const QStringList arguments = Fixed + QStringList { QStringLiteral("--data"), file };
        qint64 orderId = 0;
        qint64 itemId = 0;
        {
            SandboxProcess sandbox(arguments);
            QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
            orderId = *orders(sandbox, 3, QStringLiteral("sofie.lindqvist")).first().id;
            SandboxProcess::Call put;
            put.method = "PUT";
            put.pathAndQuery = "api/Purchase/" + QByteArray::number(orderId);
            put.headers.emplace_back("Content-Type", "application/json");
            put.body
                = R"({"OfferId":310021,"UnitPrice":39.00,"SupplierRef":"ARC-004121","Title":"Den sista färjan"})";
            const SandboxProcess::Reply reply = sandbox.call(put);
            QCOMPARE(reply.status, 200);
            itemId = *readJson<PurchaseOrder>(reply.body)->purchaseOrderItemDtos->last().id;
            QVERIFY(sandbox.stop());
        }
        {
            SandboxProcess sandbox(arguments);
            QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
            const QList<PurchaseOrder> list = orders(sandbox, 3, QStringLiteral("sofie.lindqvist"));
            const PurchaseOrderItem& item = list.first().purchaseOrderItemDtos->last();
            QCOMPARE(item.id, itemId);
            QCOMPARE(item.unitPrice->toString(), QStringLiteral("39.00"));
            QCOMPARE(item.title, QStringLiteral("Den sista färjan"));
            QCOMPARE(item.createdDate->offsetSeconds(), 3600);
        }
        // A journal from other data is refused, clearly.
        SandboxProcess mismatched(
            { QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--data"), file });
        QVERIFY(!mismatched.isReady());
        QVERIFY2(mismatched.errorString().contains(QStringLiteral("exited with code 2")),
            qPrintable(mismatched.errorString()));
        QVERIFY2(mismatched.errorString().contains(QStringLiteral("--seed 7")),
            qPrintable(mismatched.errorString()));
    }

    void badOptionsExitWithCode2()
    {
        SandboxProcess sandbox({ QStringLiteral("--fail-rate"), QStringLiteral("2") });
        QVERIFY(!sandbox.isReady());
        QVERIFY2(sandbox.errorString().contains(
                     QStringLiteral("exited with code 2: ffconsole-sandbox: --fail-rate")),
            qPrintable(sandbox.errorString()));
        SandboxProcess remote({ QStringLiteral("--host"), QStringLiteral("0.0.0.0") });
        QVERIFY(!remote.isReady());
        QVERIFY2(remote.errorString().contains(QStringLiteral("--allow-remote")),
            qPrintable(remote.errorString()));
    }

    void portInUseExitsWithCode1()
    {
        SandboxProcess sandbox({ QStringLiteral("--port"), QString::number(m_sandbox->url().port()) });
        QVERIFY(!sandbox.isReady());
        QVERIFY2(sandbox.errorString().contains(QStringLiteral("exited with code 1")),
            qPrintable(sandbox.errorString()));
        QVERIFY2(sandbox.errorString().contains(QStringLiteral("cannot listen")),
            qPrintable(sandbox.errorString()));
    }

    void scale()
    {
        SandboxProcess sandbox(Fixed + QStringList { QStringLiteral("--scale"), QStringLiteral("100000") });
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.endpoint().scaleCustomer, QStringLiteral("bulk.buyer@filmflex.example"));
        SandboxProcess::Call call;
        call.pathAndQuery = ordersPath(1, sandbox.endpoint().scaleCustomer);
        call.timeoutMs = 60'000;
        call.allowLargeDecompression = true;
        const SandboxProcess::Reply reply = sandbox.call(call);
        QCOMPARE(reply.status, 200);
        const auto list = readJson<QList<PurchaseOrder>>(reply.body);
        QVERIFY(list);
        qsizetype items = 0;
        for (const PurchaseOrder& order : list.value()) {
            QVERIFY(order.purchaseOrderItemDtos->size() >= 1 && order.purchaseOrderItemDtos->size() <= 4);
            items += order.purchaseOrderItemDtos->size();
        }
        QCOMPARE(items, qsizetype(100'000));
    }

    void faultStatus()
    {
        m_sandbox->addFaults(
            { QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
                  { QStringLiteral("status"), 503 }, { QStringLiteral("method"), QStringLiteral("GET") },
                  { QStringLiteral("pathContains"), QStringLiteral("/api/Customer/") } },
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
                    { QStringLiteral("status"), 429 },
                    { QStringLiteral("headers"),
                        QJsonObject { { QStringLiteral("Retry-After"), QStringLiteral("3") } } },
                    { QStringLiteral("pathContains"), QStringLiteral("/api/Entitlement/") } } });
        const QByteArray path = ordersPath(1, QStringLiteral("jmurphy"));
        const SandboxProcess::Reply unavailable = m_sandbox->get(path);
        QCOMPARE(unavailable.status, 503);
        QVERIFY(unavailable.header("Content-Type").startsWith("text/html"));
        QVERIFY(unavailable.body.contains("Service Unavailable"));
        QCOMPARE(m_sandbox->get(path).status, 200); // one-shot

        const SandboxProcess::Reply limited
            = m_sandbox->get(entitlementPath(1, QStringLiteral("ARC-004121"), false));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("3"));
        QCOMPARE(m_sandbox->requests().last().toObject().value(QStringLiteral("fault")).toString(),
            QStringLiteral("status"));
    }

    void faultHangNeedsAClientTimeout()
    {
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("hang") } } });
        m_sandbox->clearRequests();
        SandboxProcess::Call call;
        call.pathAndQuery = ordersPath(1, QStringLiteral("jmurphy"));
        call.timeoutMs = 500;
        QElapsedTimer timer;
        timer.start();
        const SandboxProcess::Reply reply = m_sandbox->call(call);
        QVERIFY(timer.elapsed() >= 450);
        QCOMPARE(reply.status, 0);
        QVERIFY2(reply.error == QNetworkReply::OperationCanceledError
                || reply.error == QNetworkReply::TimeoutError,
            qPrintable(reply.errorString));
        const QJsonObject entry = m_sandbox->requests().first().toObject();
        QVERIFY(entry.value(QStringLiteral("status")).isNull());
        QCOMPARE(entry.value(QStringLiteral("fault")).toString(), QStringLiteral("hang"));
        QCOMPARE(m_sandbox->get(call.pathAndQuery).status, 200);
    }

    void faultDropAppliesNothing()
    {
        const QList<PurchaseOrder> before = orders(*m_sandbox, 1, QStringLiteral("jmurphy"));
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("drop") },
            { QStringLiteral("method"), QStringLiteral("PUT") } } });
        m_sandbox->clearRequests();
        SandboxProcess::Call put;
        put.method = "PUT";
        put.pathAndQuery = "api/Purchase/" + QByteArray::number(*before.first().id) + "?v=2.0";
        put.headers.emplace_back("Content-Type", "application/json");
        put.body = R"({"OfferId":110021,"UnitPrice":3.49,"SupplierRef":"ARC-004121"})";
        const SandboxProcess::Reply reply = m_sandbox->call(put);
        QCOMPARE(reply.status, 0);
        // Qt says ContentReSendError when it would have sent the write again on its own.
        QVERIFY2(reply.error == QNetworkReply::RemoteHostClosedError
                || reply.error == QNetworkReply::ContentReSendError,
            qPrintable(reply.errorString));
        const QJsonObject entry = m_sandbox->requests().first().toObject();
        QVERIFY(entry.value(QStringLiteral("status")).isNull());
        QCOMPARE(entry.value(QStringLiteral("applied")).toBool(), false);
        QCOMPARE(orders(*m_sandbox, 1, QStringLiteral("jmurphy")), before);
    }

    void faultApplyThenDrop()
    {
        const QList<PurchaseOrder> before = orders(*m_sandbox, 1, QStringLiteral("jmurphy"));
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("apply-then-drop") },
            { QStringLiteral("pathContains"), QStringLiteral("/api/purchase/") } } });
        m_sandbox->clearRequests();
        SandboxProcess::Call put;
        put.method = "PUT";
        put.pathAndQuery = "api/Purchase/" + QByteArray::number(*before.first().id) + "?v=2.0";
        put.headers.emplace_back("Content-Type", "application/json");
        put.body = R"({"OfferId":110021,"UnitPrice":3.49,"SupplierRef":"ARC-004121"})";
        const SandboxProcess::Reply reply = m_sandbox->call(put);
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
        const QJsonObject entry = m_sandbox->requests().first().toObject();
        QVERIFY(entry.value(QStringLiteral("status")).isNull());
        QCOMPARE(entry.value(QStringLiteral("applied")).toBool(), true);
        QCOMPARE(entry.value(QStringLiteral("method")).toString(), QStringLiteral("PUT"));
        QCOMPARE(entry.value(QStringLiteral("bodySize")).toInt(), put.body.size());
        const QList<PurchaseOrder> after = orders(*m_sandbox, 1, QStringLiteral("jmurphy"));
        QCOMPARE(
            after.first().purchaseOrderItemDtos->size(), before.first().purchaseOrderItemDtos->size() + 1);
    }

    void faultTruncate()
    {
        // On the wire: the full Content-Length, half the body, then the connection closes.
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("truncate") } } });
        const RawResponse cut = raw(*m_sandbox, ordersPath(1, QStringLiteral("zoë smith")));
        QVERIFY(cut.head.startsWith("HTTP/1.1 200 OK"));
        QVERIFY(cut.closed);
        QVERIFY(cut.declaredLength > 1024);
        QCOMPARE(cut.body.size(), cut.declaredLength / 2);
        // What Qt makes of it: an error, and no JSON.
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("truncate") } } });
        SandboxProcess::Call call;
        call.pathAndQuery = ordersPath(1, QStringLiteral("zoë smith"));
        call.headers.emplace_back("Accept-Encoding", "identity");
        const SandboxProcess::Reply reply = m_sandbox->call(call);
        QVERIFY(reply.body.size() < reply.header("Content-Length").toLongLong());
        QVERIFY(!readJson<QList<PurchaseOrder>>(reply.body));
    }

    void faultResetMidBody()
    {
        m_sandbox->addFaults(
            { QJsonObject { { QStringLiteral("kind"), QStringLiteral("reset-mid-body") } } });
        const RawResponse cut = raw(*m_sandbox, ordersPath(1, QStringLiteral("zoë smith")));
        QVERIFY(cut.head.startsWith("HTTP/1.1 200 OK"));
        QVERIFY(cut.closed);
        QVERIFY(cut.body.size() > 0 && cut.body.size() < cut.declaredLength);
        const QJsonObject entry = m_sandbox->requests().last().toObject();
        QCOMPARE(entry.value(QStringLiteral("fault")).toString(), QStringLiteral("reset-mid-body"));
        QCOMPARE(m_sandbox->get(ordersPath(1, QStringLiteral("zoë smith"))).status, 200);
    }

    void faultsThatChangeTheBody()
    {
        const QByteArray path = ordersPath(1, QStringLiteral("jmurphy"));
        m_sandbox->addFaults(
            { QJsonObject { { QStringLiteral("kind"), QStringLiteral("wrong-content-type") } },
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("invalid-utf8") } },
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("oversize") },
                    { QStringLiteral("bytes"), 3 * 1024 * 1024 } },
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("redirect") },
                    { QStringLiteral("location"), QStringLiteral("https://login.filmflex.example/") } } });
        const SandboxProcess::Reply html = m_sandbox->get(path);
        QCOMPARE(html.status, 200);
        QVERIFY(html.header("Content-Type").startsWith("text/html"));
        QVERIFY(readJson<QList<PurchaseOrder>>(html.body));

        const SandboxProcess::Reply invalid = m_sandbox->get(path);
        QStringDecoder decoder(QStringDecoder::Utf8);
        [[maybe_unused]] const QString text = decoder(invalid.body);
        QVERIFY(decoder.hasError());

        const SandboxProcess::Reply oversize = m_sandbox->get(path);
        QCOMPARE(oversize.status, 200);
        QCOMPARE(oversize.body.size(), 3 * 1024 * 1024);
        QVERIFY(oversize.body.startsWith('[') && oversize.body.endsWith(']'));

        const SandboxProcess::Reply redirect = m_sandbox->get(path);
        QCOMPARE(redirect.status, 302);
        QCOMPARE(redirect.header("Location"), QByteArray("https://login.filmflex.example/"));

        QCOMPARE(m_sandbox->get(path).status, 200);
    }

    void faultDelay()
    {
        m_sandbox->addFaults({ QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("delay") }, { QStringLiteral("ms"), 400 } } });
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_sandbox->get(ordersPath(1, QStringLiteral("jmurphy"))).status, 200);
        QVERIFY(timer.elapsed() >= 390);
    }

    void faultsAreValidatedAndCleared()
    {
        SandboxProcess::Call call;
        call.method = "POST";
        call.pathAndQuery = "_sandbox/faults";
        call.authenticate = false;
        call.body = R"({"faults":[{"kind":"explode"}]})";
        const SandboxProcess::Reply refused = m_sandbox->call(call);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.body.contains("explode"));
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("status"), 500 }, { QStringLiteral("count"), 5 } } });
        m_sandbox->clearFaults();
        QCOMPARE(m_sandbox->get(ordersPath(1, QStringLiteral("jmurphy"))).status, 200);
    }

    void truncateAndDelayOptions()
    {
        SandboxProcess sandbox(Fixed
            + QStringList {
                QStringLiteral("--truncate"), QStringLiteral("--delay-ms"), QStringLiteral("200") });
        QVERIFY(sandbox.isReady());
        QElapsedTimer timer;
        timer.start();
        const RawResponse cut = raw(sandbox, ordersPath(1, QStringLiteral("jmurphy")));
        QVERIFY(timer.elapsed() >= 190);
        QVERIFY(cut.closed);
        QCOMPARE(cut.body.size(), cut.declaredLength / 2);
        // The control API is neither delayed nor cut.
        QCOMPARE(sandbox.requests().size(), 1);
    }

    void http11OnTheWire()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_sandbox->url().port()));
        QVERIFY(socket.waitForConnected(3000));
        // Not a structured binding: clang 14 cannot capture one in a lambda (C++20 can).
        const auto credentials = m_sandbox->credentials();
        auto request = [&](const QByteArray& extra) -> QByteArray {
            return "GET /api/Customer/PurchaseOrders/1/jmurphy HTTP/1.1\r\nHost: x\r\nAccept-Encoding: "
                   "identity\r\n"
                + credentials.first + ": " + credentials.second + "\r\n" + extra + "\r\n";
        };
        // Reads whole responses (by Content-Length) until there are this many.
        QByteArray buffer;
        auto responses = [&](int count) {
            QList<QByteArray> result;
            while (result.size() < count) {
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end >= 0) {
                    const QRegularExpressionMatch length
                        = QRegularExpression(QStringLiteral("Content-Length: (\\d+)"))
                              .match(QString::fromLatin1(buffer.left(end)));
                    const qsizetype total = end + 4 + length.captured(1).toLongLong();
                    if (buffer.size() >= total) {
                        result.append(buffer.left(total));
                        buffer.remove(0, total);
                        continue;
                    }
                }
                if (!socket.waitForReadyRead(3000))
                    break;
                buffer += socket.readAll();
            }
            return result;
        };
        // Two pipelined requests on one connection, answered in order, the connection kept.
        socket.write(request({}) + request({}));
        const QList<QByteArray> two = responses(2);
        QCOMPARE(two.size(), 2);
        QVERIFY(two.at(0).startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(two.at(1).startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(!two.at(1).contains("Connection: close"));
        QCOMPARE(two.at(0).mid(two.at(0).indexOf("\r\n\r\n")), two.at(1).mid(two.at(1).indexOf("\r\n\r\n")));
        // Connection: close is honoured.
        socket.write(request("Connection: close\r\n"));
        const QList<QByteArray> last = responses(1);
        QCOMPARE(last.size(), 1);
        QVERIFY(last.first().contains("\r\nConnection: close\r\n"));
        QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(3000));
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("no host") << QByteArray("GET /api/x HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("bad length") << QByteArray(
            "PUT /api/Purchase/1 HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n")
                                    << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("PUT without length")
            << QByteArray("PUT /api/Purchase/1 HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("HTTP/1.1 411 ");
        QTest::newRow("body too large")
            << QByteArray("PUT /api/Purchase/1 HTTP/1.1\r\nHost: x\r\nContent-Length: 10485761\r\n\r\n")
            << QByteArray("HTTP/1.1 413 ");
        QTest::newRow("headers too large")
            << "GET / HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n"
            << QByteArray("HTTP/1.1 431 ");
        QTest::newRow("empty POST needs no length") << QByteArray(
            "POST /api/License/AcknowledgeLicenseIssued/1/1/1 HTTP/1.1\r\nHost: x\r\nConnection: "
            "close\r\n\r\n") << QByteArray("HTTP/1.1 401 ");
    }
    void malformedRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, statusLine);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_sandbox->url().port()));
        QVERIFY(socket.waitForConnected(3000));
        socket.write(request);
        QByteArray response;
        while (socket.waitForReadyRead(3000))
            response += socket.readAll();
        response += socket.readAll();
        QVERIFY2(response.startsWith(statusLine), response.left(200).constData());
        QVERIFY(response.contains("\r\nX-Request-Id: "));
        QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(3000));
    }

    void launcherReportsAMissingProgram()
    {
        SandboxLauncher launcher;
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        launcher.start(QStringLiteral("/nonexistent/ffconsole-sandbox"), {});
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("cannot start")));
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
