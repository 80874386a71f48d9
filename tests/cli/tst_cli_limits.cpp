// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/launcher/SandboxCustomer.h"
#include "tests/support/SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using ff::SandboxCustomer;
using ff::test::SandboxProcess;

namespace {

// Order items of the sandbox's bulk customer: enough for its answer to take two low-speed
// windows of 3 s at a steady 20 KB/s.
constexpr int BulkItems = 150;

struct Ran
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

} // namespace

// ffconsole-cli's time limits: a --timeout (or --speed-time, --speed-limit) that is not a
// sensible number is refused before anything is sent; an answer that trickles ends with exit 6
// after the low-speed window, a slow but steady one arrives whole.
class TestCliLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QStringList m_zoeOrders; // the orders command for zoë smith, as JSON
    QString m_affiliate;

    Ran ffcli(const QStringList& arguments, const QByteArray& stdinBytes = {})
    {
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // The C locale: the English asserted here, on a machine of any language.
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("FFCONSOLE_TOKEN"), m_sandbox->token());
        environment.insert(
            QStringLiteral("FFCONSOLE_AUDIT_LOG"), m_home.filePath(QStringLiteral("audit.jsonl")));
        cli.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        cli.start(qEnvironmentVariable("FFCONSOLE_CLI"),
            QStringList { u"--base-url"_s, m_sandbox->url().toString() } + arguments);
        cli.write(stdinBytes);
        cli.closeWriteChannel();
        Ran ran;
        if (cli.waitForFinished(90'000))
            ran = { cli.exitCode(), cli.readAllStandardOutput(), cli.readAllStandardError(),
                clock.elapsed() };
        return ran;
    }

    void addTrickle(qint64 bytesPerSecond, const QString& method)
    {
        m_sandbox->addFaults({ QJsonObject { { u"kind"_s, u"trickle"_s },
            { u"bytesPerSecond"_s, bytesPerSecond }, { u"method"_s, method } } });
    }

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("FFCONSOLE_CLI").isEmpty());
        m_sandbox
            = std::make_unique<SandboxProcess>(QStringList { u"--scale"_s, QString::number(BulkItems) });
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
        const SandboxCustomer zoe = m_sandbox->findCustomer(u"zoë smith"_s).value_or(SandboxCustomer());
        QVERIFY(zoe.affiliateId);
        m_affiliate = QString::number(*zoe.affiliateId);
        m_zoeOrders = { u"--format"_s, u"json"_s, u"orders"_s, u"--affiliate"_s, m_affiliate, u"--customer"_s,
            zoe.username.value_or(QString()) };
    }

    void init()
    {
        m_sandbox->clearFaults();
        m_sandbox->clearRequests();
    }

    void senselessTimesAreRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        for (const char* value : { "nan", "NaN", "inf", "-inf", "infinity", "-1", "0", "0.0", "0.05", "0.099",
                 "1e-9", "3601", "", " ", "0x10", "1,5", "30s" }) {
            QTest::addRow("--timeout '%s'", value) << "timeout" << QString::fromLatin1(value);
            QTest::addRow("--speed-time '%s'", value) << "speed-time" << QString::fromLatin1(value);
        }
        for (const char* value : { "0", "-1", "nan", "1.5", "abc", "" })
            QTest::addRow("--speed-limit '%s'", value) << "speed-limit" << QString::fromLatin1(value);
    }
    void senselessTimesAreRefusedBeforeAnythingIsSent()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        const Ran ran = ffcli(QStringList { u"--"_s + option, value } + m_zoeOrders);
        QCOMPARE(ran.code, 2);
        QVERIFY(ran.out.isEmpty());
        QCOMPARE(ran.err.count('\n'), 1);
        QVERIFY2(ran.err.contains(QByteArray(QByteArray("--") + option.toLatin1())), ran.err.constData());
        QCOMPARE(m_sandbox->requests().size(), 0);
    }

    void sensibleTimesAreTaken_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("--timeout 0.1") << QStringList { u"--timeout"_s, u"0.1"_s };
        QTest::newRow("--timeout 2.5") << QStringList { u"--timeout"_s, u"2.5"_s };
        QTest::newRow("--timeout 3600") << QStringList { u"--timeout"_s, u"3600"_s };
        QTest::newRow("--speed-time 1 --speed-limit 1")
            << QStringList { u"--speed-time"_s, u"1"_s, u"--speed-limit"_s, u"1"_s };
    }
    void sensibleTimesAreTaken()
    {
        QFETCH(QStringList, options);
        const Ran ran = ffcli(options + m_zoeOrders);
        QVERIFY2(ran.code == 0, ran.err.constData());
        QVERIFY(!QJsonDocument::fromJson(ran.out).array().isEmpty());
    }

    void aTricklingAnswerEndsAfterTheWindow()
    {
        addTrickle(100, u"GET"_s);
        const Ran ran
            = ffcli(QStringList { u"--timeout"_s, u"5"_s, u"--speed-time"_s, u"3"_s } + m_zoeOrders);
        QCOMPARE(ran.code, 6);
        QVERIFY(ran.out.isEmpty());
        QCOMPARE(ran.err.count('\n'), 1);
        QVERIFY2(ran.err.contains("too slowly"), ran.err.constData());
        QVERIFY2(ran.ms >= 3000 && ran.ms < 7000, qPrintable(QString::number(ran.ms)));
    }

    void theDefaultLimitIsOneKilobyteASecond()
    {
        // 900 B/s for the window: under the default 1 KB/s, so it fails.
        addTrickle(900, u"GET"_s);
        const Ran ran = ffcli(QStringList { u"--speed-time"_s, u"3"_s } + m_zoeOrders);
        QCOMPARE(ran.code, 6);
        QVERIFY2(ran.err.contains("less than 1024 bytes a second"), ran.err.constData());
    }

    void aLargeCustomerOverASlowLinkStillLoads()
    {
        addTrickle(20 * 1024, u"GET"_s);
        const Ran ran = ffcli({ u"--speed-time"_s, u"3"_s, u"--format"_s, u"json"_s, u"orders"_s,
            u"--affiliate"_s, u"1"_s, u"--customer"_s, m_sandbox->endpoint().scaleCustomer });
        QVERIFY2(ran.code == 0, ran.err.constData());
        qsizetype items = 0;
        for (const QJsonValue& order : QJsonDocument::fromJson(ran.out).array())
            items += order.toObject().value(u"PurchaseOrderItemDtos"_s).toArray().size();
        QCOMPARE(items, BulkItems);
        QVERIFY2(ran.ms > 6000, qPrintable(QString::number(ran.ms))); // two windows and more
    }

    void aWriteWhoseAnswerTricklesMayHaveBeenApplied()
    {
        const Ran listed = ffcli(m_zoeOrders);
        const qint64 order
            = QJsonDocument::fromJson(listed.out).array().first().toObject().value(u"Id"_s).toInteger();
        QVERIFY(order > 0);
        m_sandbox->clearRequests();
        addTrickle(100, u"PUT"_s);
        const Ran ran = ffcli({ u"--speed-time"_s, u"3"_s, u"add-item"_s, u"--order"_s,
                                  QString::number(order), u"--item-json"_s, u"-"_s },
            R"({"OfferId": 9, "SupplierRef": "FFX-CLI-TRICKLE", "UnitPrice": 0.5})");
        QCOMPARE(ran.code, 6);
        QVERIFY2(ran.err.contains("the change may have been applied"), ran.err.constData());
        QVERIFY2(ran.err.contains("check before sending it again"), ran.err.constData());
        QCOMPARE(m_sandbox->requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliLimits)
#include "tst_cli_limits.moc"
