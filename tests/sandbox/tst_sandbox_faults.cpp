// SPDX-License-Identifier: GPL-3.0-or-later
// The faults the console's error handling is tested against, queued through the control API:
// each does on the wire what it says, once, and is logged with the request it caught.

#include "api/codec/JsonReader.h"
#include "tests/sandbox/FixedSandboxSuite.h"
#include "tests/sandbox/SandboxTestKit.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTest>
#include <memory>

using namespace ff;
using namespace ff::test;

class TestSandboxFaults : public FixedSandboxSuite
{
    Q_OBJECT

private slots:
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
        const SandboxProcess::Call put = addItemCall(*before.first().id);
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
        const SandboxProcess::Call put = addItemCall(*before.first().id);
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

    void faultsThatApplyTheWriteAndAnswerOtherwise_data()
    {
        QTest::addColumn<QJsonObject>("injected");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        auto kind = [](const char* name, QJsonObject more = {}) {
            more.insert(QStringLiteral("kind"), QString::fromLatin1(name));
            more.insert(QStringLiteral("method"), QStringLiteral("PUT"));
            return more;
        };
        QTest::newRow("apply-then-status: 502 by default")
            << kind("apply-then-status") << 502 << QByteArray();
        QTest::newRow("apply-then-status: 200 {}") << kind("apply-then-status",
            { { QStringLiteral("status"), 200 }, { QStringLiteral("body"), QStringLiteral("{}") } })
                                                   << 200 << QByteArray("{}");
        QTest::newRow("see-other") << kind("see-other") << 303 << QByteArray();
    }
    void faultsThatApplyTheWriteAndAnswerOtherwise()
    {
        QFETCH(QJsonObject, injected);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const QList<PurchaseOrder> before = orders(*m_sandbox, 1, QStringLiteral("jmurphy"));
        m_sandbox->addFaults({ injected });
        m_sandbox->clearRequests();
        const SandboxProcess::Call put = addItemCall(*before.first().id);
        const SandboxProcess::Reply reply = m_sandbox->call(put);
        QCOMPARE(reply.status, status);
        if (!body.isEmpty())
            QCOMPARE(reply.body, body);
        if (status == 303) // back to where it was sent, as Post/Redirect/Get does
            QCOMPARE(reply.header("Location"), QByteArray("/") + put.pathAndQuery);
        const QJsonObject entry = m_sandbox->requests().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("applied")).toBool(), true);
        QCOMPARE(entry.value(QStringLiteral("status")).toInt(), status);
        const QList<PurchaseOrder> after = orders(*m_sandbox, 1, QStringLiteral("jmurphy"));
        QCOMPARE(
            after.first().purchaseOrderItemDtos->size(), before.first().purchaseOrderItemDtos->size() + 1);
    }

    void faultApplySlowlyLandsAfterTheClientGaveUp()
    {
        const QList<PurchaseOrder> before = orders(*m_sandbox, 1, QStringLiteral("jmurphy"));
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("apply-slowly") },
            { QStringLiteral("ms"), 1200 }, { QStringLiteral("method"), QStringLiteral("PUT") } } });
        m_sandbox->clearRequests();
        SandboxProcess::Call put = addItemCall(*before.first().id);
        put.timeoutMs = 300; // the client gives up long before the server is done
        const SandboxProcess::Reply reply = m_sandbox->call(put);
        QCOMPARE(reply.status, 0);
        QCOMPARE(orders(*m_sandbox, 1, QStringLiteral("jmurphy")), before); // not yet
        QTRY_VERIFY_WITH_TIMEOUT(
            m_sandbox->requests().first().toObject().value(QStringLiteral("applied")).toBool(), 5000);
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
        call.control = true;
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
        SandboxProcess sandbox(fixedArguments()
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
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
