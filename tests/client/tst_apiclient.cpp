// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/ApiClient.h"
#include "api/launcher/SandboxCustomer.h"
#include "tests/client/Await.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/UntrustedTlsServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ff;
using ff::test::await;
using ff::test::SandboxProcess;
using ff::test::UntrustedTlsServer;

namespace {

QJsonObject fault(const QString& kind, const QJsonObject& more = {})
{
    QJsonObject object = more;
    object.insert(QStringLiteral("kind"), kind);
    return object;
}

QJsonArray apiRequests(SandboxProcess& sandbox)
{
    return sandbox.requests();
}

} // namespace

// The client against a real ffconsole-sandbox on loopback: real HTTP, real faults.
class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QList<SandboxCustomer> m_customers;

    ConnectionSettings settings(int timeoutMs = 10'000) const
    {
        ConnectionSettings settings;
        settings.platformUrl = m_sandbox->url();
        settings.adminUrl = m_sandbox->url();
        settings.timeoutMs = timeoutMs;
        settings.retryBaseDelayMs = 50;
        return settings;
    }
    Credentials credentials() const
    {
        Credentials credentials;
        credentials.scheme = AuthScheme::Bearer;
        credentials.secret = m_sandbox->token();
        return credentials;
    }
    // The first customer that is wanted; an empty one (no username) when there is none.
    SandboxCustomer customerWhere(const std::function<bool(const SandboxCustomer&)>& wanted) const
    {
        for (const SandboxCustomer& customer : m_customers) {
            if (wanted(customer))
                return customer;
        }
        return {};
    }
    SandboxCustomer customerNamed(const QString& name) const
    {
        return customerWhere([&](const SandboxCustomer& c) { return c.username == name || c.email == name; });
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
        m_customers = m_sandbox->sandboxInfo().customers.value_or(QList<SandboxCustomer>());
        QVERIFY(!m_customers.isEmpty());
    }

    void init()
    {
        m_sandbox->clearFaults();
        m_sandbox->clearRequests();
    }

    void ordersOfACustomerWithUnicodeInTheirName()
    {
        const SandboxCustomer zoe = customerNamed(QStringLiteral("zoë smith"));
        QVERIFY2(zoe.username, "the sandbox has a customer called zoë smith");
        ApiClient client(settings(), credentials());
        const auto orders = await<QList<PurchaseOrder>>([&](auto done) {
            client.purchaseOrders(zoe.affiliateId.value_or(0), QStringLiteral("zoë smith"), this, done);
        });
        QVERIFY2(orders, orders ? "" : qPrintable(orders.error().toString()));
        QVERIFY(!orders->isEmpty());
        QCOMPARE(*orders->first().customerId, zoe.customerId.value_or(QUuid()));
        const QJsonObject logged = apiRequests(*m_sandbox).last().toObject();
        QCOMPARE(logged.value(QStringLiteral("query")).toObject().value(QStringLiteral("v")).toString(),
            QStringLiteral("2.0"));
        QVERIFY(logged.value(QStringLiteral("segments")).toArray().contains(QStringLiteral("zoë smith")));
    }

    void eachPathSegmentArrivesWholeAndUnchanged()
    {
        const QString tricky = QStringLiteral("o'brien+test/../x@example.co.uk");
        const SandboxCustomer customer = customerNamed(tricky);
        QVERIFY2(customer.username, "the sandbox has the customer o'brien+test/../x@example.co.uk");
        ApiClient client(settings(), credentials());
        const auto orders = await<QList<PurchaseOrder>>(
            [&](auto done) { client.purchaseOrders(customer.affiliateId.value_or(0), tricky, this, done); });
        QVERIFY2(orders, orders ? "" : qPrintable(orders.error().toString()));
        QJsonArray segments
            = apiRequests(*m_sandbox).last().toObject().value(QStringLiteral("segments")).toArray();
        QCOMPARE(segments.last().toString(), tricky);

        // a supplier ref with / ? # and % in it
        QString awkwardRef;
        qint64 affiliate = 0;
        for (const SandboxCustomer& customer : m_customers) {
            for (const QString& ref : customer.supplierRefs.value_or(QList<QString>())) {
                if (ref.contains(QLatin1Char('/')) && ref.contains(QLatin1Char('%'))) {
                    awkwardRef = ref;
                    affiliate = customer.affiliateId.value_or(0);
                }
            }
        }
        QVERIFY2(!awkwardRef.isEmpty(), "the sandbox has a supplier ref with / and %");
        m_sandbox->clearRequests();
        const auto entitlement = await<Entitlement>(
            [&](auto done) { client.entitlement(affiliate, awkwardRef, true, this, done); });
        QVERIFY2(entitlement || entitlement.error().isNotFound(),
            qPrintable(entitlement ? QString() : entitlement.error().toString()));
        const QJsonObject logged = apiRequests(*m_sandbox).last().toObject();
        segments = logged.value(QStringLiteral("segments")).toArray();
        QCOMPARE(segments.last().toString(), awkwardRef);
        QCOMPARE(logged.value(QStringLiteral("query"))
                     .toObject()
                     .value(QStringLiteral("includeParentAndChildren"))
                     .toString(),
            QStringLiteral("true"));
    }

    void encodedLookingValuesStayAsTheyAre_data()
    {
        QTest::addColumn<QString>("username");
        QTest::newRow("an encoded slash") << "50%2F50 deal";
        QTest::newRow("a dot-dot inside") << "../..";
        QTest::newRow("question and hash") << "who?#where";
        QTest::newRow("spaces and unicode") << "  Łukasz Żółć  ";
        QTest::newRow("plus and at") << "a+b@c.d";
    }
    void encodedLookingValuesStayAsTheyAre()
    {
        QFETCH(QString, username);
        ApiClient client(settings(), credentials());
        const auto orders
            = await<QList<PurchaseOrder>>([&](auto done) { client.purchaseOrders(1, username, this, done); });
        QVERIFY2(orders || orders.error().isNotFound(),
            qPrintable(orders ? QString() : orders.error().toString()));
        const QJsonArray segments
            = apiRequests(*m_sandbox).last().toObject().value(QStringLiteral("segments")).toArray();
        QCOMPARE(
            segments.size(), 5); // api, Customer, PurchaseOrders, 1, the name: nothing split, nothing merged
        QCOMPARE(segments.last().toString(), username);
    }

    void segmentsThatCannotSurviveAreRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("username");
        QTest::newRow("dot") << ".";
        QTest::newRow("dot dot") << "..";
        QTest::newRow("empty") << "";
    }
    void segmentsThatCannotSurviveAreRefusedBeforeSending()
    {
        QFETCH(QString, username);
        ApiClient client(settings(), credentials());
        const auto orders
            = await<QList<PurchaseOrder>>([&](auto done) { client.purchaseOrders(1, username, this, done); });
        QVERIFY(!orders);
        QCOMPARE(orders.error().kind, ApiError::Kind::InvalidInput);
        const auto ack
            = await<EntitlementV1>([&](auto done) { client.acknowledgeLicense(1, username, 5, this, done); });
        QCOMPARE(ack.error().kind, ApiError::Kind::InvalidInput);
        QCOMPARE(apiRequests(*m_sandbox).size(), 0);
    }

    void addItemReturnsTheWholeOrder()
    {
        const SandboxCustomer customer = customerNamed(QStringLiteral("zoë smith"));
        const qint64 affiliate = customer.affiliateId.value_or(0);
        ApiClient client(settings(), credentials());
        const auto orders = await<QList<PurchaseOrder>>(
            [&](auto done) { client.purchaseOrders(affiliate, QStringLiteral("zoë smith"), this, done); });
        QVERIFY(orders);
        const PurchaseOrder& order = orders->first();
        PurchaseOrderItem item;
        item.offerId = 4211;
        item.supplierRef = QStringLiteral("FFX-TEST-ADD");
        item.title = QStringLiteral("Added by a test");
        item.unitPrice = *Decimal::fromString("3.49");
        item.purchaseOrderId = order.id;
        m_sandbox->clearRequests();
        const auto updated
            = await<PurchaseOrder>([&](auto done) { client.addItem(*order.id, item, this, done); });
        QVERIFY2(updated, updated ? "" : qPrintable(updated.error().toString()));
        QCOMPARE(updated->id, order.id);
        QCOMPARE(updated->purchaseOrderItemDtos->size(), order.purchaseOrderItemDtos->size() + 1);
        const PurchaseOrderItem& added = updated->purchaseOrderItemDtos->last();
        QCOMPARE(added.title, item.title);
        QCOMPARE(added.unitPrice->toString(), QStringLiteral("3.49"));
        const QJsonArray logged = apiRequests(*m_sandbox);
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().toObject().value(QStringLiteral("method")).toString(), QStringLiteral("PUT"));
    }

    void acknowledgeLicenceReturnsTheEntitlement()
    {
        const SandboxCustomer customer
            = customerWhere([](const SandboxCustomer& c) { return !c.firstDeviceId().isEmpty(); });
        const qint64 affiliate = customer.affiliateId.value_or(0);
        const QString device = customer.firstDeviceId();
        ApiClient client(settings(), credentials());
        const auto orders = await<QList<PurchaseOrder>>([&](auto done) {
            client.purchaseOrders(affiliate, customer.username.value_or(QString()), this, done);
        });
        QVERIFY(orders);
        const qint64 itemId = *orders->first().purchaseOrderItemDtos->first().id;
        const auto entitlement = await<EntitlementV1>(
            [&](auto done) { client.acknowledgeLicense(affiliate, device, itemId, this, done); });
        QVERIFY2(entitlement, entitlement ? "" : qPrintable(entitlement.error().toString()));
        QCOMPARE(entitlement->id, itemId);
        QCOMPARE(entitlement->licenseAcknowledged, true);
        QCOMPARE(apiRequests(*m_sandbox)
                     .last()
                     .toObject()
                     .value(QStringLiteral("query"))
                     .toObject()
                     .value(QStringLiteral("v"))
                     .toString(),
            QStringLiteral("1"));

        const auto unknownDevice = await<EntitlementV1>([&](auto done) {
            client.acknowledgeLicense(affiliate, QStringLiteral("no such device/?#%"), itemId, this, done);
        });
        QVERIFY(!unknownDevice);
        QVERIFY(unknownDevice.error().isNotFound());
        QCOMPARE(apiRequests(*m_sandbox)
                     .last()
                     .toObject()
                     .value(QStringLiteral("segments"))
                     .toArray()
                     .at(4)
                     .toString(),
            QStringLiteral("no such device/?#%"));
    }

    void accountPurchasesInJsonAndXmlAgree()
    {
        const SandboxCustomer customer = customerNamed(QStringLiteral("zoë smith"));
        const QUuid account = customer.customerId.value_or(QUuid());
        ApiClient client(settings(), credentials());
        AccountPurchasesQuery query;
        const auto json = await<AccountPurchasesResponse>(
            [&](auto done) { client.accountPurchases(account, query, this, done); });
        QVERIFY2(json, json ? "" : qPrintable(json.error().toString()));
        query.asXml = true;
        const auto xml = await<AccountPurchasesResponse>(
            [&](auto done) { client.accountPurchases(account, query, this, done); });
        QVERIFY2(xml, xml ? "" : qPrintable(xml.error().toString()));
        QCOMPARE(xml->responseData->detail->purchases, json->responseData->detail->purchases);
        QVERIFY(!json->isError());
        // no filter was set, so none was sent
        const QJsonObject sent
            = apiRequests(*m_sandbox).first().toObject().value(QStringLiteral("query")).toObject();
        QVERIFY2(sent.isEmpty(), QJsonDocument(sent).toJson().constData());
    }

    void accountPurchasesFiltersAndErrorEnvelope()
    {
        const SandboxCustomer customer = customerNamed(QStringLiteral("zoë smith"));
        const QUuid account = customer.customerId.value_or(QUuid());
        ApiClient client(settings(), credentials());
        AccountPurchasesQuery query;
        query.paid = true;
        query.startDate = QDate(2020, 1, 1);
        const auto paid = await<AccountPurchasesResponse>(
            [&](auto done) { client.accountPurchases(account, query, this, done); });
        QVERIFY2(paid, paid ? "" : qPrintable(paid.error().toString()));
        for (const CreditPurchase& purchase :
            paid->responseData->detail->purchases.value_or(QList<CreditPurchase>()))
            QCOMPARE(purchase.paid, true);
        const QJsonObject sent
            = apiRequests(*m_sandbox).last().toObject().value(QStringLiteral("query")).toObject();
        QCOMPARE(sent.value(QStringLiteral("Paid")).toString(), QStringLiteral("true"));
        QCOMPARE(sent.value(QStringLiteral("StartDate")).toString(), QStringLiteral("2020-01-01"));
        QVERIFY(!sent.contains(QStringLiteral("EndDate")));

        query = {};
        query.type = QStringLiteral("NoSuchType");
        const auto bad = await<AccountPurchasesResponse>(
            [&](auto done) { client.accountPurchases(account, query, this, done); });
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, ApiError::Kind::Api);
        QVERIFY(!bad.error().apiErrorCode.isEmpty());
        QVERIFY(!bad.error().apiErrorReason.isEmpty());

        const auto unknown = await<AccountPurchasesResponse>(
            [&](auto done) { client.accountPurchases(QUuid::createUuid(), {}, this, done); });
        QVERIFY(!unknown);
        QVERIFY(unknown.error().isNotFound());
    }

    void everyAuthSchemeAgainstARealServer_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("bearer") << "bearer";
        QTest::newRow("apikey") << "apikey";
        QTest::newRow("basic") << "basic";
    }
    void everyAuthSchemeAgainstARealServer()
    {
        QFETCH(QString, scheme);
        QStringList arguments = { QStringLiteral("--auth"), scheme };
        if (scheme == QLatin1String("apikey"))
            arguments += { QStringLiteral("--apikey-header"), QStringLiteral("X-FilmFlex-Key") };
        SandboxProcess server(arguments);
        QVERIFY2(server.isReady(), qPrintable(server.errorString()));
        ConnectionSettings connection;
        connection.platformUrl = server.url();
        connection.adminUrl = server.url();
        Credentials good;
        good.scheme = *authSchemeFromName(scheme);
        good.apiKeyHeader = QStringLiteral("X-FilmFlex-Key");
        good.user = server.endpoint().basicUser;
        good.secret = server.token();
        const QString username = m_customers.first().username.value_or(QString());
        const qint64 affiliate = m_customers.first().affiliateId.value_or(0);

        ApiClient client(connection, good);
        const auto ok = await<QList<PurchaseOrder>>(
            [&](auto done) { client.purchaseOrders(affiliate, username, this, done); });
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().toString()));

        Credentials wrong = good;
        wrong.secret = QStringLiteral("not-the-token");
        ApiClient refused(connection, wrong);
        const auto denied = await<QList<PurchaseOrder>>(
            [&](auto done) { refused.purchaseOrders(affiliate, username, this, done); });
        QVERIFY(!denied);
        QVERIFY(denied.error().isUnauthorized());
        QVERIFY2(!denied.error().toString().contains(QLatin1String("not-the-token")),
            "a secret never appears in an error");
    }

    void timeoutWhenTheServerNeverAnswers()
    {
        m_sandbox->addFaults({ fault(QStringLiteral("hang")) });
        ApiClient client(settings(800), credentials());
        QElapsedTimer elapsed;
        elapsed.start();
        const auto orders = await<QList<PurchaseOrder>>(
            [&](auto done) { client.purchaseOrders(1, QStringLiteral("anyone"), this, done); });
        QVERIFY(!orders);
        QCOMPARE(orders.error().kind, ApiError::Kind::Timeout);
        QVERIFY2(
            elapsed.elapsed() < 8000, "a timeout ends the call; it does not retry a read that timed out");
    }

    void readsAreRetriedAfterADroppedConnection()
    {
        const SandboxCustomer customer = customerNamed(QStringLiteral("zoë smith"));
        m_sandbox->addFaults(
            { fault(QStringLiteral("drop"), { { QStringLiteral("method"), QStringLiteral("GET") } }) });
        ApiClient client(settings(), credentials());
        const auto orders = await<QList<PurchaseOrder>>([&](auto done) {
            client.purchaseOrders(customer.affiliateId.value_or(0), QStringLiteral("zoë smith"), this, done);
        });
        QVERIFY2(orders, orders ? "" : qPrintable(orders.error().toString()));
        QCOMPARE(apiRequests(*m_sandbox).size(), 2);
    }

    void writesAreNeverResent_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("applied");
        QTest::newRow("dropped before applying") << "drop" << false;
        QTest::newRow("applied, then dropped") << "apply-then-drop" << true;
        QTest::newRow("reset in the middle of the answer") << "reset-mid-body" << true;
    }
    void writesAreNeverResent()
    {
        QFETCH(QString, kind);
        QFETCH(bool, applied);
        const SandboxCustomer customer = customerNamed(QStringLiteral("zoë smith"));
        ApiClient client(settings(), credentials());
        const auto orders = await<QList<PurchaseOrder>>([&](auto done) {
            client.purchaseOrders(customer.affiliateId.value_or(0), QStringLiteral("zoë smith"), this, done);
        });
        QVERIFY(orders);
        PurchaseOrderItem item;
        item.offerId = 77;
        item.supplierRef = QStringLiteral("FFX-NEVER-TWICE");
        item.unitPrice = *Decimal::fromString("1.00");
        m_sandbox->clearRequests();
        m_sandbox->addFaults({ fault(kind, { { QStringLiteral("method"), QStringLiteral("PUT") } }) });
        const auto result
            = await<PurchaseOrder>([&](auto done) { client.addItem(*orders->first().id, item, this, done); });
        QVERIFY(!result);
        QVERIFY2(result.error().outcomeUnknown, qPrintable(result.error().toString()));
        const QJsonArray logged = apiRequests(*m_sandbox);
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().toObject().value(QStringLiteral("applied")).toBool(), applied);
    }

    void tooManyRequestsWaitsForReadsButNotForWrites()
    {
        const SandboxCustomer customer = customerNamed(QStringLiteral("zoë smith"));
        const QJsonObject throttled = fault(QStringLiteral("status"),
            { { QStringLiteral("status"), 429 },
                { QStringLiteral("headers"),
                    QJsonObject { { QStringLiteral("Retry-After"), QStringLiteral("1") } } } });
        m_sandbox->addFaults({ throttled });
        ApiClient client(settings(), credentials());
        QElapsedTimer elapsed;
        elapsed.start();
        const auto orders = await<QList<PurchaseOrder>>([&](auto done) {
            client.purchaseOrders(customer.affiliateId.value_or(0), QStringLiteral("zoë smith"), this, done);
        });
        QVERIFY2(orders, orders ? "" : qPrintable(orders.error().toString()));
        QVERIFY(elapsed.elapsed() >= 900);
        QCOMPARE(apiRequests(*m_sandbox).size(), 2);

        m_sandbox->clearRequests();
        QJsonObject throttledWrite = throttled;
        throttledWrite.insert(QStringLiteral("method"), QStringLiteral("PUT"));
        m_sandbox->addFaults({ throttledWrite });
        PurchaseOrderItem item;
        item.offerId = 1;
        item.supplierRef = QStringLiteral("X");
        item.unitPrice = Decimal();
        const auto write
            = await<PurchaseOrder>([&](auto done) { client.addItem(*orders->first().id, item, this, done); });
        QVERIFY(!write);
        QCOMPARE(write.error().httpStatus, 429);
        QCOMPARE(write.error().retryAfterSeconds, 1);
        QCOMPARE(apiRequests(*m_sandbox).size(), 1);
    }

    void cancellingAbortsTheRequest()
    {
        m_sandbox->addFaults({ fault(QStringLiteral("delay"), { { QStringLiteral("ms"), 10'000 } }) });
        ApiClient client(settings(), credentials());
        std::optional<Result<QList<PurchaseOrder>, ApiError>> outcome;
        QPointer<ApiCall> call = client.purchaseOrders(
            1, QStringLiteral("anyone"), this, [&](auto result) { outcome.emplace(std::move(result)); });
        QTest::qWait(200);
        QElapsedTimer elapsed;
        elapsed.start();
        call->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 2000);
        QCOMPARE(outcome->error().kind, ApiError::Kind::Cancelled);
        QVERIFY(elapsed.elapsed() < 2000);
        QTRY_VERIFY(call.isNull()); // it cleans itself up
    }

    void badResponsesAreTypedErrors_data()
    {
        QTest::addColumn<QJsonObject>("injected");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("500 with an HTML page") << fault(QStringLiteral("status"),
            { { QStringLiteral("status"), 500 },
                { QStringLiteral("contentType"), QStringLiteral("text/html") },
                { QStringLiteral("body"),
                    QStringLiteral(
                        "<html><head><title>Runtime Error</title></head><body>boom</body></html>") } })
                                               << int(ApiError::Kind::Http) << "Runtime Error";
        QTest::newRow("502 from a proxy") << fault(QStringLiteral("status"),
            { { QStringLiteral("status"), 502 },
                { QStringLiteral("contentType"), QStringLiteral("text/html") },
                { QStringLiteral("body"),
                    QStringLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>") } })
                                          << int(ApiError::Kind::Http) << "502";
        QTest::newRow("wrong content type")
            << fault(QStringLiteral("wrong-content-type")) << int(ApiError::Kind::Malformed) << "text/html";
        QTest::newRow("invalid UTF-8")
            << fault(QStringLiteral("invalid-utf8")) << int(ApiError::Kind::Malformed) << "UTF-8";
        QTest::newRow("redirect to another host") << fault(QStringLiteral("redirect"),
            { { QStringLiteral("location"), QStringLiteral("http://elsewhere.invalid/api") } })
                                                  << int(ApiError::Kind::Redirect) << "elsewhere.invalid";
    }
    void badResponsesAreTypedErrors()
    {
        QFETCH(QJsonObject, injected);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        const SandboxCustomer customer = customerNamed(QStringLiteral("zoë smith"));
        m_sandbox->addFaults({ injected });
        ApiClient client(settings(), credentials());
        const auto orders = await<QList<PurchaseOrder>>([&](auto done) {
            client.purchaseOrders(customer.affiliateId.value_or(0), QStringLiteral("zoë smith"), this, done);
        });
        QVERIFY(!orders);
        QCOMPARE(int(orders.error().kind), kind);
        const QString said = orders.error().toString() + QLatin1Char(' ') + orders.error().bodyExcerpt;
        QVERIFY2(said.contains(mentions), qPrintable(said));
    }

    void aTruncatedBodyIsAnError()
    {
        const SandboxCustomer customer = customerNamed(QStringLiteral("zoë smith"));
        m_sandbox->addFaults({ fault(QStringLiteral("truncate")), fault(QStringLiteral("truncate")),
            fault(QStringLiteral("truncate")) });
        ApiClient client(settings(), credentials());
        const auto orders = await<QList<PurchaseOrder>>([&](auto done) {
            client.purchaseOrders(customer.affiliateId.value_or(0), QStringLiteral("zoë smith"), this, done);
        });
        QVERIFY(!orders);
        QVERIFY2(orders.error().kind == ApiError::Kind::Network
                || orders.error().kind == ApiError::Kind::Malformed,
            qPrintable(orders.error().toString()));
    }

    void aBodyOverTheLimitIsRefusedWhileArriving()
    {
        m_sandbox->addFaults(
            { fault(QStringLiteral("oversize"), { { QStringLiteral("bytes"), 8 * 1024 * 1024 } }) });
        ConnectionSettings limited = settings();
        limited.maxResponseBytes = 1024 * 1024;
        ApiClient client(limited, credentials());
        const auto orders = await<QList<PurchaseOrder>>(
            [&](auto done) { client.purchaseOrders(1, QStringLiteral("anyone"), this, done); });
        QVERIFY(!orders);
        QCOMPARE(orders.error().kind, ApiError::Kind::TooLarge);
    }

    void plainHttpToAnotherMachineAndReadOnlyWritesAreRefused()
    {
        ConnectionSettings remote = settings();
        remote.platformUrl = QUrl(QStringLiteral("http://10.20.30.40/"));
        ApiClient client(remote, credentials());
        const auto orders = await<QList<PurchaseOrder>>(
            [&](auto done) { client.purchaseOrders(1, QStringLiteral("x"), this, done); });
        QCOMPARE(orders.error().kind, ApiError::Kind::InvalidInput);

        ConnectionSettings readOnly = settings();
        readOnly.readOnly = true;
        ApiClient reader(readOnly, credentials());
        PurchaseOrderItem item;
        const auto write = await<PurchaseOrder>([&](auto done) { reader.addItem(1, item, this, done); });
        QCOMPARE(write.error().kind, ApiError::Kind::InvalidInput);
        QCOMPARE(apiRequests(*m_sandbox).size(), 0);
    }

    void connectionRefusedIsANetworkError()
    {
        ConnectionSettings nowhere = settings();
        nowhere.platformUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        ApiClient client(nowhere, credentials());
        const auto orders = await<QList<PurchaseOrder>>(
            [&](auto done) { client.purchaseOrders(1, QStringLiteral("x"), this, done); });
        QVERIFY(!orders);
        QCOMPARE(orders.error().kind, ApiError::Kind::Network);
        QVERIFY(!orders.error().outcomeUnknown);
    }

    void anUntrustedCertificateIsReportedAndTrustedOnlyByFingerprint()
    {
        UntrustedTlsServer server;
        QVERIFY(server.isListening());
        ConnectionSettings tls = settings();
        tls.platformUrl = server.url();
        ApiClient untrusting(tls, credentials());
        const auto refused = await<QList<PurchaseOrder>>(
            [&](auto done) { untrusting.purchaseOrders(1, QStringLiteral("x"), this, done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ApiError::Kind::Tls);
        QVERIFY(refused.error().certificate.fingerprints.contains(UntrustedTlsServer::fingerprint()));
        QVERIFY2(refused.error().message.contains(QLatin1String("untrusted.filmflex.test")),
            qPrintable(refused.error().message));

        // another certificate's fingerprint changes nothing
        const QString host = QStringLiteral("127.0.0.1");
        tls.trustedCertificates = { { host, server.serverPort(), QString(64, QLatin1Char('a')) } };
        ApiClient wrongTrust(tls, credentials());
        QCOMPARE(await<QList<PurchaseOrder>>(
                     [&](auto done) { wrongTrust.purchaseOrders(1, QStringLiteral("x"), this, done); })
                     .error()
                     .kind,
            ApiError::Kind::Tls);

        // the profile trusts exactly this certificate: it connects
        tls.trustedCertificates
            = { { host, server.serverPort(), UntrustedTlsServer::fingerprint().toUpper() } };
        ApiClient trusting(tls, credentials());
        const auto accepted = await<QList<PurchaseOrder>>(
            [&](auto done) { trusting.purchaseOrders(1, QStringLiteral("x"), this, done); });
        QVERIFY2(accepted, accepted ? "" : qPrintable(accepted.error().toString()));
        QVERIFY(accepted->isEmpty());
    }

    void callbacksStopWhenTheirContextIsGone()
    {
        m_sandbox->addFaults({ fault(QStringLiteral("delay"), { { QStringLiteral("ms"), 300 } }) });
        ApiClient client(settings(), credentials());
        bool called = false;
        {
            QObject context;
            client.purchaseOrders(1, QStringLiteral("anyone"), &context, [&called](auto) { called = true; });
        }
        QTest::qWait(1000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
