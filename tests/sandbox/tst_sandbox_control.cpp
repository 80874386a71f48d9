// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's control API (/_sandbox/) and how the console starts the sandbox: the control
// token and the sandbox's own Host are required, the API token rotates on its own, the child
// gets none of the console's secrets, the start lines keep their one format, and
// /_sandbox/info is read within a timeout.

#include "api/launcher/SandboxInfoReader.h"
#include "api/launcher/SandboxStartLines.h"
#include "tests/sandbox/FixedSandboxSuite.h"
#include "tests/sandbox/SandboxTestKit.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace ff;
using namespace ff::test;

class TestSandboxControl : public FixedSandboxSuite
{
    Q_OBJECT

private:
    // What a running process was started with, from /proc.
    static QProcessEnvironment environmentOf(qint64 processId)
    {
        QProcessEnvironment environment;
        QFile file(QStringLiteral("/proc/%1/environ").arg(processId));
        if (!file.open(QIODevice::ReadOnly))
            return environment;
        for (const QByteArray& entry : file.readAll().split('\0')) {
            const qsizetype equals = entry.indexOf('=');
            if (equals > 0)
                environment.insert(QString::fromLocal8Bit(entry.left(equals)),
                    QString::fromLocal8Bit(entry.mid(equals + 1)));
        }
        return environment;
    }

    static Result<SandboxInfo, QString> readInfo(const SandboxEndpoint& endpoint, int timeoutMs)
    {
        SandboxInfoReader reader;
        reader.setTimeout(timeoutMs);
        std::optional<Result<SandboxInfo, QString>> read;
        reader.read(
            endpoint, &reader, [&read](Result<SandboxInfo, QString> result) { read = std::move(result); });
        if (!QTest::qWaitFor([&read] { return read.has_value(); }, timeoutMs + 5000))
            return QStringLiteral("no answer at all");
        return std::move(*read);
    }

private slots:
    void rotateToken()
    {
        SandboxProcess sandbox(fixedArguments());
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

    // Without the control token the control API does nothing at all: no description, no fault
    // queued, no token rotated.
    void controlNeedsItsToken()
    {
        SandboxProcess::Call call;
        call.pathAndQuery = "_sandbox/info";
        call.authenticate = false;
        QCOMPARE(m_sandbox->call(call).status, 401);
        call.headers = { { SandboxStartLines::ControlTokenHeader, "not-the-token" } };
        QCOMPARE(m_sandbox->call(call).status, 401);
        call.headers = { { SandboxStartLines::ControlTokenHeader, m_sandbox->token().toUtf8() } };
        QCOMPARE(m_sandbox->call(call).status, 401); // the API token is not the control token
        call.authenticate = true; // nor does the API's own authentication open it
        call.headers.clear();
        QCOMPARE(m_sandbox->call(call).status, 401);

        SandboxProcess::Call fault;
        fault.method = "POST";
        fault.pathAndQuery = "_sandbox/faults";
        fault.authenticate = false;
        fault.headers.emplace_back("Content-Type", "application/json");
        fault.body = R"({"faults":[{"kind":"status","status":500}]})";
        const SandboxProcess::Reply refused = m_sandbox->call(fault);
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.body.contains(SandboxStartLines::ControlTokenHeader));
        QCOMPARE(m_sandbox->get(ordersPath(1, QStringLiteral("jmurphy"))).status, 200);

        SandboxProcess::Call rotate;
        rotate.method = "POST";
        rotate.pathAndQuery = "_sandbox/rotate-token";
        rotate.authenticate = false;
        QCOMPARE(m_sandbox->call(rotate).status, 401);
        QCOMPARE(m_sandbox->get(ordersPath(1, QStringLiteral("jmurphy"))).status, 200);

        call.authenticate = false;
        call.control = true;
        QCOMPARE(m_sandbox->call(call).status, 200);
    }

    // A web page whose host name was rebound to 127.0.0.1 still sends its own name as Host: the
    // control API answers only requests for the address and port it listens on.
    void controlNeedsItsOwnHost_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("statusLine");
        const QByteArray port = QByteArray::number(m_sandbox->url().port());
        QTest::newRow("the sandbox's own") << "127.0.0.1:" + port << QByteArray("HTTP/1.1 200 ");
        QTest::newRow("a rebound name") << "evil.example:" + port << QByteArray("HTTP/1.1 403 ");
        QTest::newRow("a rebound name, no port") << QByteArray("evil.example") << QByteArray("HTTP/1.1 403 ");
        QTest::newRow("another port") << QByteArray("127.0.0.1:1") << QByteArray("HTTP/1.1 403 ");
        QTest::newRow("a name inside")
            << "127.0.0.1:" + port + ".evil.example" << QByteArray("HTTP/1.1 403 ");
    }
    void controlNeedsItsOwnHost()
    {
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, statusLine);
        const std::unique_ptr<QTcpSocket> socket = connectTo(*m_sandbox);
        QVERIFY(socket);
        const QByteArray answer = exchange(*socket,
            "GET /_sandbox/info HTTP/1.1\r\nHost: " + host + "\r\n" + SandboxStartLines::ControlTokenHeader
                + ": " + m_sandbox->controlToken().toUtf8() + "\r\n\r\n");
        QVERIFY2(answer.startsWith(statusLine), answer.left(300).constData());
        // The same request for the API is served: the Host rule is the control API's.
        if (statusLine.contains("403"))
            QVERIFY(exchange(*socket, rawGet(*m_sandbox, ordersPath(1, QStringLiteral("jmurphy")), host))
                        .startsWith("HTTP/1.1 200 "));
    }

    void controlRefusesHttp10WithoutHost()
    {
        const std::unique_ptr<QTcpSocket> socket = connectTo(*m_sandbox);
        QVERIFY(socket);
        const QByteArray answer = exchange(*socket,
            "GET /_sandbox/info HTTP/1.0\r\n" + QByteArray(SandboxStartLines::ControlTokenHeader) + ": "
                + m_sandbox->controlToken().toUtf8() + "\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 403 "), answer.left(300).constData());
    }

    // The two secrets are separate: rotating the API token (a token expiring mid-session) leaves
    // the control token working, and the new API token is told to the control client only.
    void rotatingTheApiTokenKeepsTheControlToken()
    {
        SandboxProcess sandbox(fixedArguments());
        QVERIFY(sandbox.isReady());
        const QString control = sandbox.controlToken();
        QVERIFY(!control.isEmpty() && control != sandbox.token());
        const QString old = sandbox.token();
        const QString fresh = sandbox.rotateToken();
        QVERIFY(!fresh.isEmpty() && fresh != old && fresh != control);
        QCOMPARE(sandbox.controlToken(), control);
        SandboxProcess::Call describe;
        describe.pathAndQuery = "_sandbox/info";
        describe.authenticate = false;
        describe.control = true;
        QCOMPARE(sandbox.call(describe).status, 200);
        QCOMPARE(sandbox.get(ordersPath(1, QStringLiteral("jmurphy"))).status, 200);
        sandbox.addFaults({ QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("status") }, { QStringLiteral("status"), 503 } } });
        QCOMPARE(sandbox.get(ordersPath(1, QStringLiteral("jmurphy"))).status, 503);
    }

    void controlTokenFromEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(
            QStringLiteral("FFCONSOLE_SANDBOX_CONTROL_TOKEN"), QStringLiteral("control-from-env"));
        SandboxProcess sandbox(fixedArguments(), environment);
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.controlToken(), QStringLiteral("control-from-env"));
        QVERIFY(sandbox.token() != sandbox.controlToken()); // the API token is still its own
        QVERIFY(sandbox.sandboxInfo().customers);
    }

    // A control token sent to the API shows in the request log only as redacted.
    void controlTokenIsNeverLogged()
    {
        m_sandbox->clearRequests();
        SandboxProcess::Call call;
        call.pathAndQuery = ordersPath(1, QStringLiteral("jmurphy"));
        call.control = true;
        QCOMPARE(m_sandbox->call(call).status, 200);
        const QJsonArray log = m_sandbox->requests();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first()
                     .toObject()
                     .value(QStringLiteral("headers"))
                     .toObject()
                     .value(QString::fromLatin1(SandboxStartLines::ControlTokenHeader))
                     .toString(),
            QStringLiteral("<redacted>"));
        QVERIFY(!QJsonDocument(log).toJson().contains(m_sandbox->controlToken().toUtf8()));
    }

    // The sandbox the console starts gets what it needs of the console's environment, never
    // the console's own secrets: with the environment given, and with the default one.
    void childGetsOnlyTheEnvironmentItNeeds()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FFCONSOLE_TOKEN"), QStringLiteral("console-secret"));
        environment.insert(QStringLiteral("FFCONSOLE_USER"), QStringLiteral("agent7"));
        environment.insert(
            QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://agent:password@proxy.example:3128"));
        environment.insert(QStringLiteral("FFCONSOLE_SANDBOX_TOKEN"), QStringLiteral("sandbox-token"));
        environment.insert(QStringLiteral("LC_TIME"), QStringLiteral("en_GB.UTF-8"));
        SandboxProcess sandbox(fixedArguments(), environment);
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
        QProcessEnvironment child = environmentOf(sandbox.processId());
        QVERIFY(!child.isEmpty());
        QVERIFY(!child.contains(QStringLiteral("FFCONSOLE_TOKEN")));
        QVERIFY(!child.contains(QStringLiteral("FFCONSOLE_USER")));
        QVERIFY(!child.contains(QStringLiteral("HTTPS_PROXY")));
        QCOMPARE(child.value(QStringLiteral("FFCONSOLE_SANDBOX_TOKEN")), QStringLiteral("sandbox-token"));
        QCOMPARE(child.value(QStringLiteral("LC_TIME")), QStringLiteral("en_GB.UTF-8"));
        QCOMPARE(child.value(QStringLiteral("PATH")), environment.value(QStringLiteral("PATH")));

        // The console starts it with the default environment: its own process's.
        qputenv("FFCONSOLE_TOKEN", "console-secret");
        SandboxLauncher launcher;
        QSignalSpy ready(&launcher, &SandboxLauncher::ready);
        launcher.start(SandboxProcess::program(),
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet"),
                QStringLiteral("--exit-with-parent") });
        qunsetenv("FFCONSOLE_TOKEN");
        QVERIFY(ready.wait(SandboxLauncher::DefaultTimeoutMs));
        child = environmentOf(launcher.processId());
        QVERIFY(!child.isEmpty());
        QVERIFY(!child.contains(QStringLiteral("FFCONSOLE_TOKEN")));
        QVERIFY(child.contains(QStringLiteral("PATH")));
        launcher.stop();
    }

    // The one format, both ways: what the sandbox writes, the launcher reads back whole; what
    // it does not know, it passes over.
    void startLinesRoundTrip()
    {
        SandboxEndpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:41234/"));
        endpoint.token = QStringLiteral("0123456789abcdef0123456789abcdef");
        endpoint.controlToken = QStringLiteral("fedcba9876543210fedcba9876543210");
        endpoint.auth = QStringLiteral("apikey");
        endpoint.apiKeyHeader = QStringLiteral("X-FilmFlex-Key");
        endpoint.scaleCustomer = QStringLiteral("bulk.buyer@filmflex.example");
        const QByteArray written = SandboxStartLines::write(endpoint);
        QVERIFY(written.startsWith("FFCONSOLE_SANDBOX_URL=http://127.0.0.1:41234/\n"));
        QVERIFY(written.endsWith("\nFFCONSOLE_SANDBOX_READY=1\n"));
        QVERIFY(written.contains("\nFFCONSOLE_SANDBOX_CONTROL_TOKEN=fedcba9876543210fedcba9876543210\n"));
        QVERIFY(!written.contains("BASIC_USER")); // an empty value is not written

        SandboxStartLines reader;
        QVERIFY(!reader.read("FFCONSOLE_SANDBOX_SOMETHING_NEW=42"));
        QVERIFY(!reader.read("not a start line"));
        const QList<QByteArray> lines = written.split('\n');
        bool ready = false;
        for (const QByteArray& line : lines)
            ready = reader.read(QByteArray(line + '\n')) || ready;
        QVERIFY(ready);
        QVERIFY(reader.isComplete());
        QCOMPARE(reader.endpoint().baseUrl, endpoint.baseUrl);
        QCOMPARE(reader.endpoint().token, endpoint.token);
        QCOMPARE(reader.endpoint().controlToken, endpoint.controlToken);
        QCOMPARE(reader.endpoint().auth, endpoint.auth);
        QCOMPARE(reader.endpoint().apiKeyHeader, endpoint.apiKeyHeader);
        QCOMPARE(reader.endpoint().basicUser, QString());
        QCOMPARE(reader.endpoint().scaleCustomer, endpoint.scaleCustomer);

        SandboxStartLines withoutControl;
        withoutControl.read("FFCONSOLE_SANDBOX_URL=http://127.0.0.1:1/");
        withoutControl.read("FFCONSOLE_SANDBOX_TOKEN=abc");
        QVERIFY(withoutControl.read("FFCONSOLE_SANDBOX_READY=1"));
        QVERIFY(!withoutControl.isComplete());
    }

    // The description as the console reads it: typed, and what it says matches the data.
    void infoReaderReadsTheDescription()
    {
        const SandboxInfo info = m_sandbox->sandboxInfo();
        QCOMPARE(*info.seed, QStringLiteral("7"));
        QCOMPARE(info.now->toIsoString(), QByteArray("2025-09-04T12:00:00Z"));
        QCOMPARE(info.affiliates->size(), 4);
        QCOMPARE(*info.affiliates->first().name, QStringLiteral("FilmFlex UK"));
        QCOMPARE(*info.affiliates->first().currency, QStringLiteral("GBP"));
        QCOMPARE(*info.affiliates->at(2).utcOffset, QStringLiteral("+01:00"));
        const std::optional<SandboxCustomer> zoe = m_sandbox->findCustomer(QStringLiteral("zoë smith"));
        QVERIFY(zoe);
        QCOMPARE(*zoe->affiliateId, qint64(1));
        QCOMPARE(zoe->devices->size(), 3);
        QCOMPARE(zoe->firstDeviceId(), QString::number(*zoe->devices->first().id));
        QCOMPARE(qsizetype(*zoe->orders), orders(*m_sandbox, 1, QStringLiteral("zoë smith")).size());
        QVERIFY(!m_sandbox->findCustomer(QStringLiteral("nobody")));
        // The raw body says the same: zoë's first device, as the licence call takes it.
        SandboxProcess::Call describe;
        describe.pathAndQuery = "_sandbox/info";
        describe.authenticate = false;
        describe.control = true;
        const SandboxProcess::Reply raw = m_sandbox->call(describe);
        QCOMPARE(raw.status, 200);
        QJsonObject rawZoe;
        for (const QJsonValue& customer :
            QJsonDocument::fromJson(raw.body).object().value(QStringLiteral("customers")).toArray()) {
            if (customer.toObject().value(QStringLiteral("username")).toString()
                == QStringLiteral("zoë smith"))
                rawZoe = customer.toObject();
        }
        const QJsonArray rawDevices = rawZoe.value(QStringLiteral("devices")).toArray();
        QVERIFY(!rawDevices.isEmpty());
        QCOMPARE(zoe->firstDeviceId(),
            QString::number(rawDevices.first().toObject().value(QStringLiteral("id")).toInteger()));
    }

    void infoReaderNeedsTheControlToken()
    {
        SandboxEndpoint wrong = m_sandbox->endpoint();
        wrong.controlToken = QStringLiteral("wrong");
        const Result<SandboxInfo, QString> read = readInfo(wrong, SandboxInfoReader::DefaultTimeoutMs);
        QVERIFY(!read);
        QVERIFY2(read.error().contains(QStringLiteral("401")), qPrintable(read.error()));
    }

    // A server that accepts and never answers does not hold the console: the read gives up.
    void infoReaderTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SandboxEndpoint endpoint = m_sandbox->endpoint();
        endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()));
        QElapsedTimer timer;
        timer.start();
        const Result<SandboxInfo, QString> read = readInfo(endpoint, 500);
        QVERIFY(!read);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!read.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "tst_sandbox_control.moc"
