// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's HTTP/1.1 on the wire: deflate, pipelining, malformed requests; and, since it
// runs on agents' machines where anything local can connect, its limits: connections capped,
// slow and silent clients dropped, nothing much read for a client whose answer is delayed.

#include "tests/sandbox/FixedSandboxSuite.h"
#include "tests/sandbox/SandboxTestKit.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <QtEndian>
#include <memory>
#include <vector>

using namespace ff;
using namespace ff::test;

class TestSandboxHttp : public FixedSandboxSuite
{
    Q_OBJECT

private:
    // Sends head, then drip every 200 ms until the server closes the connection (or 5 s pass):
    // what the server answered, and after how many milliseconds.
    static std::pair<QByteArray, qint64> trickle(
        SandboxProcess& sandbox, const QByteArray& head, const QByteArray& drip)
    {
        const std::unique_ptr<QTcpSocket> socket = connectTo(sandbox);
        if (!socket)
            return {};
        QElapsedTimer timer;
        timer.start();
        socket->write(head);
        QByteArray answer;
        while (socket->state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
            socket->write(drip);
            socket->waitForReadyRead(200);
            answer += socket->readAll();
        }
        return { answer + socket->readAll(), timer.elapsed() };
    }

private slots:
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

    // Beyond --max-connections a new connection gets 503 and is closed; those already open
    // carry on, and once one closes there is room again.
    void tooManyConnectionsAreRefused()
    {
        SandboxProcess sandbox(
            fixedArguments() + QStringList { QStringLiteral("--max-connections"), QStringLiteral("3") });
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
        const QByteArray request = rawGet(sandbox, ordersPath(1, QStringLiteral("jmurphy")));
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(connectTo(sandbox));
            QVERIFY(open.back());
            QVERIFY(exchange(*open.back(), request).startsWith("HTTP/1.1 200 OK\r\n"));
        }
        const std::unique_ptr<QTcpSocket> extra = connectTo(sandbox);
        QVERIFY(extra);
        const QByteArray refused = readUntilClosed(*extra, 5000);
        QVERIFY2(refused.startsWith("HTTP/1.1 503 "), refused.constData());
        QCOMPARE(extra->state(), QAbstractSocket::UnconnectedState);
        for (const auto& socket : open)
            QVERIFY(exchange(*socket, request).startsWith("HTTP/1.1 200 OK\r\n"));

        open.front()->disconnectFromHost();
        QVERIFY(open.front()->state() == QAbstractSocket::UnconnectedState
            || open.front()->waitForDisconnected(3000));
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.get(ordersPath(1, QStringLiteral("jmurphy"))).status == 200, 5000);
    }

    // A client that sends a header a line at a time, never finishing it (slowloris), or a body
    // a byte at a time, is answered 408 and dropped once the request timeout has passed, however
    // busy it keeps the connection; others are served meanwhile.
    void slowClientsAreDropped_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("drip");
        QTest::newRow("a header that never ends")
            << QByteArray("GET /api/Customer/PurchaseOrders/1/jmurphy HTTP/1.1\r\nHost: x\r\n")
            << QByteArray("X-Slow: a\r\n");
        QTest::newRow("a body that trickles") << QByteArray(
            "PUT /api/Purchase/1?v=2.0 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: 100\r\n\r\n") << QByteArray("{");
    }
    void slowClientsAreDropped()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, drip);
        SandboxProcess sandbox(fixedArguments()
            + QStringList { QStringLiteral("--request-timeout-ms"), QStringLiteral("1000") });
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
        const auto [answer, elapsed] = trickle(sandbox, head, drip);
        QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
        QVERIFY(elapsed >= 900);
        QVERIFY2(elapsed < 4000, qPrintable(QString::number(elapsed)));
        QCOMPARE(sandbox.get(ordersPath(1, QStringLiteral("jmurphy"))).status, 200);
    }

    // A connection that never says anything is not kept for the idle timeout either; one kept
    // alive after its requests is closed once idle for the idle timeout.
    void silentAndIdleConnectionsAreClosed()
    {
        SandboxProcess sandbox(fixedArguments()
            + QStringList { QStringLiteral("--request-timeout-ms"), QStringLiteral("800"),
                QStringLiteral("--idle-timeout-ms"), QStringLiteral("1500") });
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
        const std::unique_ptr<QTcpSocket> silent = connectTo(sandbox);
        QVERIFY(silent);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(readUntilClosed(*silent, 5000).startsWith("HTTP/1.1 408 "));
        QVERIFY(timer.elapsed() < 3000);

        const std::unique_ptr<QTcpSocket> idle = connectTo(sandbox);
        QVERIFY(idle);
        QVERIFY(exchange(*idle, rawGet(sandbox, ordersPath(1, QStringLiteral("jmurphy"))))
                    .startsWith("HTTP/1.1 200 "));
        timer.restart();
        QCOMPARE(readUntilClosed(*idle, 5000), QByteArray()); // closed without a word
        QVERIFY2(timer.elapsed() >= 1200,
            qPrintable(QString::number(timer.elapsed()))); // the idle timeout, not 408's
        QVERIFY(timer.elapsed() < 4000);
    }

    // While a request's answer is delayed, the sandbox reads no more from that client than its
    // read buffer: whatever the client pushes meanwhile waits in TCP, not in the sandbox's memory.
    void delayedAnswerBoundsWhatItReads()
    {
        SandboxProcess sandbox(fixedArguments()
            + QStringList { QStringLiteral("--delay-ms"), QStringLiteral("2500"),
                QStringLiteral("--request-timeout-ms"), QStringLiteral("60000") });
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
        const std::unique_ptr<QTcpSocket> socket = connectTo(sandbox);
        QVERIFY(socket);
        socket->write(rawGet(sandbox, ordersPath(1, QStringLiteral("jmurphy"))));
        QVERIFY(socket->waitForBytesWritten(1000));
        QTest::qWait(300); // the request is read and its answer waits
        const qint64 before = residentBytes(sandbox.processId());
        QVERIFY(before > 0);
        constexpr qint64 Pushed = 64 * 1024 * 1024;
        socket->write(QByteArray(Pushed, 'x'));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 1500)
            socket->waitForBytesWritten(100);
        const qint64 grown = residentBytes(sandbox.processId()) - before;
        QVERIFY2(socket->bytesToWrite() > Pushed / 2, "the client was held back");
        QVERIFY2(
            grown < 16 * 1024 * 1024, qPrintable(QStringLiteral("the sandbox grew by %1 bytes").arg(grown)));
        // The delayed answer still comes; what follows it is not a request.
        const QByteArray answer = readUntilClosed(*socket, 10'000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.left(200).constData());
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"
