// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/ApiClient.h"
#include "api/launcher/SandboxCustomer.h"
#include "tests/support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ff;
using ff::test::SandboxProcess;

namespace {

// What one endpoint's call ended with: the error (if any) and how many requests reached the server.
struct Outcome
{
    std::optional<ApiError> error;
    int requests = 0;
};

QJsonObject fault(const QString& kind, int count, const QJsonObject& more = {})
{
    QJsonObject object = more;
    object.insert(QStringLiteral("kind"), kind);
    object.insert(QStringLiteral("count"), count);
    return object;
}

} // namespace

// The fault matrix, in the client: every endpoint against every fault the server side can
// produce, each ending in a clear typed error; reads may retry, writes never do.
class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    qint64 m_affiliate = 0;
    QString m_username;
    QUuid m_account;
    QString m_device;
    qint64 m_order = 0;
    qint64 m_item = 0;
    QString m_supplierRef;

    ConnectionSettings settings(const QUrl& url) const
    {
        ConnectionSettings settings;
        settings.platformUrl = url;
        settings.adminUrl = url;
        settings.timeoutMs = 1000;
        settings.lowSpeed = { 1500, 1024 };
        settings.retryBaseDelayMs = 20;
        settings.maxResponseBytes = 1024 * 1024;
        return settings;
    }

    Outcome call(const QString& endpoint, const QUrl& url)
    {
        Credentials credentials;
        credentials.scheme = AuthScheme::Bearer;
        credentials.secret = m_sandbox->token();
        ApiClient client(settings(url), credentials);
        std::optional<ApiError> error;
        bool done = false;
        auto finish = [&](const auto& result) {
            if (!result)
                error = result.error();
            done = true;
        };
        if (endpoint == QLatin1String("orders")) {
            client.purchaseOrders(m_affiliate, m_username, this, finish);
        } else if (endpoint == QLatin1String("entitlement")) {
            client.entitlement(m_affiliate, m_supplierRef, true, this, finish);
        } else if (endpoint == QLatin1String("purchases")) {
            client.accountPurchases(m_account, {}, this, finish);
        } else if (endpoint == QLatin1String("add-item")) {
            PurchaseOrderItem item;
            item.offerId = 5;
            item.supplierRef = QStringLiteral("FFX-MATRIX");
            item.unitPrice = *Decimal::fromString("0.99");
            client.addItem(m_order, item, this, finish);
        } else {
            client.acknowledgeLicense(m_affiliate, m_device, m_item, this, finish);
        }
        if (!QTest::qWaitFor([&] { return done; }, 30'000))
            QTest::qFail("the call did not finish within 30 s", __FILE__, __LINE__);
        return { error, int(m_sandbox->requests().size()) };
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
        const SandboxCustomer customer
            = m_sandbox->findCustomer(QStringLiteral("zoë smith")).value_or(SandboxCustomer());
        m_affiliate = customer.affiliateId.value_or(0);
        m_username = customer.username.value_or(QString());
        m_account = customer.customerId.value_or(QUuid());
        m_device = customer.firstDeviceId();
        QVERIFY(m_affiliate > 0);
        Credentials credentials;
        credentials.scheme = AuthScheme::Bearer;
        credentials.secret = m_sandbox->token();
        ApiClient client(settings(m_sandbox->url()), credentials);
        std::optional<Result<QList<PurchaseOrder>, ApiError>> orders;
        client.purchaseOrders(
            m_affiliate, m_username, this, [&](auto result) { orders.emplace(std::move(result)); });
        QTRY_VERIFY_WITH_TIMEOUT(orders.has_value(), 10'000);
        QVERIFY(*orders);
        const PurchaseOrder& order = (*orders)->first();
        m_order = *order.id;
        m_item = *order.purchaseOrderItemDtos->first().id;
        m_supplierRef = *order.purchaseOrderItemDtos->first().supplierRef;
    }

    void init()
    {
        m_sandbox->clearFaults();
        m_sandbox->clearRequests();
    }

    void everyEndpointAgainstEveryFault_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QJsonObject>("injected"); // empty: the server is not there at all
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");

        const QJsonObject html { { QStringLiteral("contentType"), QStringLiteral("text/html") },
            { QStringLiteral("body"),
                QStringLiteral("<html><head><title>Server Error</title></head></html>") } };
        auto status = [&html](int code, QJsonObject more = {}) {
            QJsonObject object = html;
            object.insert(QStringLiteral("status"), code);
            for (auto it = more.begin(); it != more.end(); ++it)
                object.insert(it.key(), it.value());
            return fault(QStringLiteral("status"), 5, object);
        };
        const QList<std::tuple<const char*, QJsonObject, ApiError::Kind, int>> faults = {
            { "connection refused", QJsonObject(), ApiError::Kind::Network, 0 },
            { "reset mid-body", fault(QStringLiteral("reset-mid-body"), 5), ApiError::Kind::Network, 0 },
            { "truncated body", fault(QStringLiteral("truncate"), 5), ApiError::Kind::Network, 0 },
            { "no answer past the timeout", fault(QStringLiteral("hang"), 5), ApiError::Kind::Timeout, 0 },
            { "an answer that trickles",
                fault(QStringLiteral("trickle"), 5, { { QStringLiteral("bytesPerSecond"), 10 } }),
                ApiError::Kind::Timeout, 0 },
            { "500 with an HTML page", status(500), ApiError::Kind::Http, 500 },
            { "502 from a proxy", status(502), ApiError::Kind::Http, 502 },
            { "503 from a proxy", status(503), ApiError::Kind::Http, 503 },
            { "401 mid-session", status(401), ApiError::Kind::Http, 401 },
            { "429 with Retry-After",
                status(429,
                    { { QStringLiteral("headers"),
                        QJsonObject { { QStringLiteral("Retry-After"), QStringLiteral("1") } } } }),
                ApiError::Kind::Http, 429 },
            { "body over the size limit",
                fault(QStringLiteral("oversize"), 5, { { QStringLiteral("bytes"), 4 * 1024 * 1024 } }),
                ApiError::Kind::TooLarge, 200 },
            { "wrong Content-Type", fault(QStringLiteral("wrong-content-type"), 5), ApiError::Kind::Malformed,
                200 },
            { "invalid UTF-8", fault(QStringLiteral("invalid-utf8"), 5), ApiError::Kind::Malformed, 200 },
            { "redirect to another host",
                fault(QStringLiteral("redirect"), 5,
                    { { QStringLiteral("location"), QStringLiteral("http://elsewhere.invalid/") } }),
                ApiError::Kind::Redirect, 302 },
        };
        for (const char* endpoint : { "orders", "entitlement", "purchases", "add-item", "ack-license" }) {
            for (const auto& [name, injected, kind, code] : faults) {
                QTest::addRow("%s: %s", endpoint, name)
                    << QString::fromLatin1(endpoint) << injected << int(kind) << code;
            }
        }
    }
    void everyEndpointAgainstEveryFault()
    {
        QFETCH(QString, endpoint);
        QFETCH(QJsonObject, injected);
        QFETCH(int, kind);
        QFETCH(int, status);
        const bool write = endpoint == QLatin1String("add-item") || endpoint == QLatin1String("ack-license");
        QUrl url = m_sandbox->url();
        if (injected.isEmpty())
            url = QUrl(QStringLiteral("http://127.0.0.1:9/")); // nobody listens there
        else
            m_sandbox->addFaults({ injected });

        const Outcome outcome = call(endpoint, url);
        QVERIFY2(outcome.error, "a fault never ends in a result");
        const ApiError& error = *outcome.error;
        const QString name = injected.value(QStringLiteral("kind")).toString();
        const bool cutShort = name == QLatin1String("reset-mid-body") || name == QLatin1String("truncate");
        if (cutShort && error.kind == ApiError::Kind::Malformed) {
            // Qt 6.4 hands over a compressed body cut short as if complete (and drops its
            // Content-Length); the reader then finds it truncated. Either way: a clear error.
            QVERIFY2(error.message.contains(QLatin1String("truncated")), qPrintable(error.message));
        } else {
            QCOMPARE(int(error.kind), kind);
        }
        if (status >= 300)
            QCOMPARE(error.httpStatus, status);
        QVERIFY(!error.message.isEmpty());
        if (injected.isEmpty())
            return;
        if (write) {
            QCOMPARE(outcome.requests, 1); // a write is never sent twice
            // It may have been applied whenever the server took it and no answer says for certain:
            // only a 4xx does that (a 5xx may come from a gateway after the server applied it,
            // and a redirect is not about the write at all).
            const bool lost = kind == int(ApiError::Kind::Network) || kind == int(ApiError::Kind::Timeout)
                || kind == int(ApiError::Kind::Malformed) || kind == int(ApiError::Kind::TooLarge)
                || kind == int(ApiError::Kind::Redirect)
                || (kind == int(ApiError::Kind::Http) && status >= 500);
            QCOMPARE(error.outcomeUnknown, lost);
        } else {
            QVERIFY(!error.outcomeUnknown);
            // Reads retry connection failures and Retry-After, within bounds (Qt itself may
            // resend a read once when the connection closed before any answer).
            if (cutShort)
                QVERIFY2(outcome.requests >= 1 && outcome.requests <= 6,
                    qPrintable(QString::number(outcome.requests)));
            else if (status == 429)
                QCOMPARE(outcome.requests, 3);
            else
                QCOMPARE(outcome.requests, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
