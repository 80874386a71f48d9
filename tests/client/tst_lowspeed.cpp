// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/ApiClient.h"
#include "api/client/LowSpeedGuard.h"
#include "api/launcher/SandboxCustomer.h"
#include "tests/support/SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ff;
using ff::test::SandboxProcess;

namespace {

// A shortened limit, so that a test waits seconds rather than the default half minute.
constexpr int WindowMs = 3000;
// Enough order items for the bulk customer's answer to take two windows at a steady 20 KB/s.
constexpr int BulkItems = 150;

QJsonObject trickle(qint64 bytesPerSecond, const QString& method)
{
    return { { QStringLiteral("kind"), QStringLiteral("trickle") },
        { QStringLiteral("bytesPerSecond"), bytesPerSecond }, { QStringLiteral("method"), method } };
}

} // namespace

// The low-speed limit beside the inactivity timeout: an answer that trickles in fails after a
// window, one that comes slowly but steadily arrives whole. Against a real sandbox whose
// "trickle" fault sends the real answer at a set pace.
class TestLowSpeed : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    SandboxCustomer m_zoe;
    QString m_bulkCustomer;

    std::unique_ptr<ApiClient> client()
    {
        ConnectionSettings settings;
        settings.platformUrl = m_sandbox->url();
        settings.adminUrl = m_sandbox->url();
        settings.timeoutMs = 5000; // never reached: every trickle here moves a piece each 100 ms
        settings.lowSpeed = { WindowMs, 1024 };
        Credentials credentials;
        credentials.scheme = AuthScheme::Bearer;
        credentials.secret = m_sandbox->token();
        return std::make_unique<ApiClient>(settings, credentials);
    }

    // Waits for a call's end, at most limitMs, and says how long it took.
    template <class T> struct Ended
    {
        std::optional<Result<T, ApiError>> result;
        qint64 elapsedMs = 0;
    };
    template <class T, class Start> Ended<T> run(Start start, int limitMs)
    {
        Ended<T> ended;
        QElapsedTimer clock;
        clock.start();
        start([&ended, &clock](Result<T, ApiError> result) {
            ended.elapsedMs = clock.elapsed();
            ended.result.emplace(std::move(result));
        });
        if (!QTest::qWaitFor([&ended] { return ended.result.has_value(); }, limitMs))
            ended.elapsedMs = clock.elapsed(); // given up on; the result stays empty
        return ended;
    }

    QList<PurchaseOrder> ordersOf(const QString& username)
    {
        const std::unique_ptr<ApiClient> api = client();
        const auto ended = run<QList<PurchaseOrder>>(
            [&](auto done) { api->purchaseOrders(m_zoe.affiliateId.value_or(0), username, this, done); },
            30'000);
        return ended.result && *ended.result ? ended.result->value() : QList<PurchaseOrder>();
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList { QStringLiteral("--scale"), QString::number(BulkItems) });
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
        m_zoe = m_sandbox->findCustomer(QStringLiteral("zoë smith")).value_or(SandboxCustomer());
        m_bulkCustomer = m_sandbox->endpoint().scaleCustomer;
        QVERIFY(m_zoe.affiliateId && !m_bulkCustomer.isEmpty());
    }

    void init()
    {
        m_sandbox->clearFaults();
        m_sandbox->clearRequests();
    }

    void theGuardsRule_data()
    {
        QTest::addColumn<QList<qint64>>("bytesAtEachSecond"); // received by then, from 0 s on
        QTest::addColumn<bool>("tooSlow"); // at the last second
        // A window of 3 s at 1000 bytes a second: under 3000 bytes in a whole window fails.
        QTest::newRow("not a whole window yet") << QList<qint64> { 0, 0, 0 } << false;
        QTest::newRow("nothing for a whole window") << QList<qint64> { 0, 0, 0, 0 } << true;
        QTest::newRow("2999 bytes in a window") << QList<qint64> { 0, 1000, 2000, 2999 } << true;
        QTest::newRow("3000 bytes in a window") << QList<qint64> { 0, 1000, 2000, 3000 } << false;
        QTest::newRow("a fast start, then a trickle")
            << QList<qint64> { 0, 900'000, 900'010, 900'020, 900'030 } << true;
        QTest::newRow("steady and slow") << QList<qint64> { 0, 1500, 3000, 4500, 6000, 7500 } << false;
        QTest::newRow("a pause shorter than a window")
            << QList<qint64> { 0, 20'000, 20'000, 20'000, 40'000 } << false;
    }
    void theGuardsRule()
    {
        QFETCH(QList<qint64>, bytesAtEachSecond);
        QFETCH(bool, tooSlow);
        LowSpeedGuard guard({ 3000, 1000 });
        bool said = false;
        for (qsizetype second = 0; second < bytesAtEachSecond.size(); ++second) {
            guard.received(bytesAtEachSecond[second]);
            said = guard.tooSlowAt(second * 1000);
            if (second + 1 < bytesAtEachSecond.size())
                QVERIFY2(!said || second >= 3, "never before a whole window has passed");
        }
        QCOMPARE(said, tooSlow);
    }

    void theTrickleFaultSendsTheWholeAnswerAtItsPace()
    {
        const QByteArray path = "api/Customer/PurchaseOrders/" + QByteArray::number(*m_zoe.affiliateId) + '/'
            + QUrl::toPercentEncoding(*m_zoe.username) + "?v=2.0";
        const SandboxProcess::Reply plain = m_sandbox->get(path);
        QCOMPARE(plain.status, 200);
        const qint64 pace = qMax<qint64>(1, plain.body.size() / 2); // about two seconds
        m_sandbox->addFaults({ trickle(pace, QStringLiteral("GET")) });
        QElapsedTimer clock;
        clock.start();
        const SandboxProcess::Reply slow = m_sandbox->get(path);
        QCOMPARE(slow.status, 200);
        QCOMPARE(slow.body, plain.body);
        QVERIFY2(clock.elapsed() >= 1500, qPrintable(QString::number(clock.elapsed())));

        // A trickle needs a pace.
        const SandboxProcess::Reply refused = m_sandbox->call({ .method = "POST",
            .pathAndQuery = "_sandbox/faults",
            .headers = {},
            .body = R"({"faults":[{"kind":"trickle","bytesPerSecond":0}]})",
            .authenticate = false,
            .control = true });
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.body.contains("bytesPerSecond"));
    }

    void aReadThatTricklesFailsAfterAWindow()
    {
        m_sandbox->addFaults({ trickle(100, QStringLiteral("GET")) });
        const std::unique_ptr<ApiClient> api = client();
        const auto ended = run<QList<PurchaseOrder>>(
            [&](auto done) { api->purchaseOrders(*m_zoe.affiliateId, *m_zoe.username, this, done); }, 12'000);
        QVERIFY2(ended.result, "a trickling answer held the client past two windows");
        QVERIFY(!*ended.result);
        const ApiError& error = ended.result->error();
        QCOMPARE(error.kind, ApiError::Kind::Timeout);
        QVERIFY2(error.message.contains(QLatin1String("too slowly")), qPrintable(error.message));
        QVERIFY(!error.outcomeUnknown);
        QVERIFY2(ended.elapsedMs >= WindowMs && ended.elapsedMs < 2 * WindowMs,
            qPrintable(QString::number(ended.elapsedMs)));
        QCOMPARE(m_sandbox->requests().size(), 1); // a slow server is not asked again at once
    }

    void aLargeCustomerOverASlowLinkStillLoads()
    {
        // 20 KB/s, twenty times the limit, for longer than two windows.
        m_sandbox->addFaults({ trickle(20 * 1024, QStringLiteral("GET")) });
        const std::unique_ptr<ApiClient> api = client();
        const auto ended = run<QList<PurchaseOrder>>(
            [&](auto done) { api->purchaseOrders(1, m_bulkCustomer, this, done); }, 60'000);
        QVERIFY(ended.result);
        QVERIFY2(*ended.result, qPrintable(*ended.result ? QString() : ended.result->error().message));
        qsizetype items = 0;
        for (const PurchaseOrder& order : ended.result->value())
            items += order.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>()).size();
        QCOMPARE(items, BulkItems);
        QVERIFY2(ended.elapsedMs > 2 * WindowMs, qPrintable(QString::number(ended.elapsedMs)));
    }

    void aWriteWhoseAnswerTricklesIsAnUnknownOutcome()
    {
        const QList<PurchaseOrder> orders = ordersOf(*m_zoe.username);
        QVERIFY(!orders.isEmpty());
        m_sandbox->clearRequests();
        m_sandbox->addFaults({ trickle(100, QStringLiteral("PUT")) });
        PurchaseOrderItem item;
        item.offerId = 77;
        item.supplierRef = QStringLiteral("FFX-TRICKLE");
        item.unitPrice = Decimal::fromString("1.99");
        const std::unique_ptr<ApiClient> api = client();
        const auto ended = run<PurchaseOrder>(
            [&](auto done) { api->addItem(*orders.first().id, item, this, done); }, 12'000);
        QVERIFY2(ended.result, "a trickling answer held the write past two windows");
        QVERIFY(!*ended.result);
        // As a timeout: the server took the write, its answer never arrived whole.
        QCOMPARE(ended.result->error().kind, ApiError::Kind::Timeout);
        QVERIFY(ended.result->error().outcomeUnknown);
        const QJsonArray requests = m_sandbox->requests();
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.first().toObject().value(QStringLiteral("applied")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestLowSpeed)
#include "tst_lowspeed.moc"
