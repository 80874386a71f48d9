// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox as a process: what it prints when it starts, its secrets and authentication in
// every scheme, the same data for the same seed, --fail-rate, --data across restarts, --scale,
// and how it fails on bad options or a port in use.

#include "api/codec/JsonReader.h"
#include "api/core/GuidText.h"
#include "tests/sandbox/FixedSandboxSuite.h"
#include "tests/sandbox/SandboxTestKit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace ff;
using namespace ff::test;

class TestSandboxProcess : public FixedSandboxSuite
{
    Q_OBJECT

private slots:
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
        const SandboxInfo info = m_sandbox->sandboxInfo();
        QVERIFY(!info.scaleCustomer);
        QCOMPARE(info.affiliates->size(), 4);
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
        SandboxProcess sandbox(fixedArguments() + arguments);
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
        SandboxProcess sandbox(fixedArguments(), environment);
        QVERIFY(sandbox.isReady());
        QCOMPARE(sandbox.token(), QStringLiteral("test-token-from-env"));
        QCOMPARE(sandbox.get(ordersPath(1, QStringLiteral("jmurphy"))).status, 200);
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
        SandboxProcess first(fixedArguments());
        SandboxProcess second(fixedArguments());
        QVERIFY(first.isReady() && second.isReady());
        QVERIFY(first.url() != second.url());
        SandboxProcess::Call describe;
        describe.pathAndQuery = "_sandbox/info";
        describe.authenticate = false;
        describe.control = true;
        QCOMPARE(first.call(describe).body, second.call(describe).body);
        const SandboxInfo info = first.sandboxInfo();
        int compared = 0;
        for (const SandboxCustomer& customer : *info.customers) {
            const int affiliate = int(*customer.affiliateId);
            const QByteArray path = ordersPath(affiliate, *customer.username);
            QCOMPARE(first.get(path).body, second.get(path).body);
            const QUuid account = *customer.customerId;
            QCOMPARE(first.get(purchasesPath(account)).body, second.get(purchasesPath(account)).body);
            const QString ref = customer.supplierRefs->first();
            QCOMPARE(first.get(entitlementPath(affiliate, ref, true)).body,
                second.get(entitlementPath(affiliate, ref, true)).body);
            ++compared;
        }
        QVERIFY(compared >= 24);

        SandboxProcess other(
            { QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--now"), FixedNow });
        QVERIFY(other.isReady());
        const QByteArray path = ordersPath(1, QStringLiteral("zoë smith"));
        QVERIFY(first.get(path).body != other.get(path).body);
    }

    void failRateIsDeterministic()
    {
        const QStringList arguments
            = fixedArguments() + QStringList { QStringLiteral("--fail-rate"), QStringLiteral("0.5") };
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
        const QStringList arguments = fixedArguments() + QStringList { QStringLiteral("--data"), file };
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
        SandboxProcess sandbox(
            fixedArguments() + QStringList { QStringLiteral("--scale"), QStringLiteral("100000") });
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

    void launcherReportsAMissingProgram()
    {
        SandboxLauncher launcher;
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        launcher.start(QStringLiteral("/nonexistent/ffconsole-sandbox"), {});
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("cannot start")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
