// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"
#include "api/launcher/SandboxCustomer.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/WriteFaults.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ff::AuditEntry;
using ff::AuditLog;
using ff::SandboxCustomer;
using ff::test::CliRunner;
using ff::test::SandboxProcess;
using Run = CliRunner::Run;
using ff::test::WriteFaults;

// ffconsole-cli's writes when the answer does not say what became of them: the one-line
// message and exit 6 of an unknown outcome, the read-back that --affiliate and --customer allow,
// and the refusal to send the same write again while the audit log holds one whose outcome was
// never found out. Whatever happens, each write reaches the server once.
class TestCliWrites : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    qint64 m_affiliate = 0;
    QString m_username;
    QString m_device;
    int m_refs = 0;

    QJsonArray orders()
    {
        return QJsonDocument::fromJson(
            m_cli
                ->run({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("orders"),
                    QStringLiteral("--affiliate"), QString::number(m_affiliate), QStringLiteral("--customer"),
                    m_username })
                .out)
            .array();
    }
    // The order at this index of zoë's orders, as the server now has it.
    QJsonObject order(int index = 0) { return orders().at(index).toObject(); }
    static qint64 idOf(const QJsonObject& object) { return object.value(QStringLiteral("Id")).toInteger(); }

    // How many of this order's items have this supplier ref, read from the server.
    int itemsWithRef(qint64 orderId, const QString& ref)
    {
        int count = 0;
        for (const QJsonValue& o : orders()) {
            if (idOf(o.toObject()) != orderId)
                continue;
            for (const QJsonValue& item :
                o.toObject().value(QStringLiteral("PurchaseOrderItemDtos")).toArray())
                count += item.toObject().value(QStringLiteral("SupplierRef")).toString() == ref;
        }
        return count;
    }

    int writesSeen()
    {
        int writes = 0;
        for (const QJsonValue& request : m_sandbox->requests())
            writes += request.toObject().value(QStringLiteral("method")).toString() != QLatin1String("GET");
        return writes;
    }

    QString newRef() { return QStringLiteral("FFX-CLI-W%1").arg(++m_refs); }

    // add-item of a new item with this ref to the order, a 1 s timeout, and more arguments.
    Run addItem(qint64 orderId, const QString& ref, const QStringList& more = {})
    {
        const QByteArray item = QJsonDocument(
            QJsonObject { { QStringLiteral("OfferId"), 4211 }, { QStringLiteral("SupplierRef"), ref },
                { QStringLiteral("UnitPrice"),
                    1.5 } }).toJson();
        return m_cli->run(
            QStringList { QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("add-item"), QStringLiteral("--order"),
                QString::number(orderId), QStringLiteral("--item-json"), QStringLiteral("-") }
                + more,
            item);
    }
    QStringList readBack() const
    {
        return { QStringLiteral("--affiliate"), QString::number(m_affiliate), QStringLiteral("--customer"),
            m_username };
    }
    Run ackLicense(qint64 itemId, const QStringList& more = {})
    {
        return m_cli->run(
            QStringList { QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("ack-license"),
                QStringLiteral("--affiliate"), QString::number(m_affiliate), QStringLiteral("--device"),
                m_device, QStringLiteral("--item"), QString::number(itemId) }
            + more);
    }

    void fault(const QJsonObject& spec, const char* method = "PUT")
    {
        m_sandbox->addFaults({ WriteFaults::on(method, spec) });
    }
    // The id of the item at this index of the order (-1: the last).
    static qint64 itemOf(const QJsonObject& order, int index)
    {
        const QJsonArray items = order.value(QStringLiteral("PurchaseOrderItemDtos")).toArray();
        return idOf(items.at(index < 0 ? items.size() + index : index).toObject());
    }

private slots:
    void initTestCase()
    {
        QString problem;
        m_sandbox = CliRunner::startSandbox(problem);
        QVERIFY2(m_sandbox, qPrintable(problem));
        m_cli = std::make_unique<CliRunner>(*m_sandbox, m_dir.filePath(QStringLiteral("audit.jsonl")));
        const SandboxCustomer zoe
            = m_sandbox->findCustomer(QStringLiteral("zoë smith")).value_or(SandboxCustomer());
        m_affiliate = zoe.affiliateId.value_or(0);
        m_username = zoe.username.value_or(QString());
        m_device = zoe.firstDeviceId();
        QVERIFY(m_affiliate > 0 && !m_device.isEmpty() && orders().size() >= 3);
    }

    void init()
    {
        m_sandbox->clearFaults();
        m_sandbox->clearRequests();
    }

    void anUnknownOutcomeExitsSixAndSaysHowToCheck_data()
    {
        QTest::addColumn<QJsonObject>("injected");
        QTest::addColumn<bool>("applied");
        QTest::newRow("applied, then 502") << WriteFaults::applyThen(502) << true;
        QTest::newRow("applied, then 504") << WriteFaults::applyThen(504) << true;
        QTest::newRow("500, not applied")
            << WriteFaults::kind("status", { { QStringLiteral("status"), 500 } }) << false;
        QTest::newRow("applied, then 200 {}") << WriteFaults::applyThen(200, QStringLiteral("{}")) << true;
        QTest::newRow("applied, then 303") << WriteFaults::kind("see-other") << true;
        QTest::newRow("applied slowly, answered after the timeout")
            << WriteFaults::kind("apply-slowly", { { QStringLiteral("ms"), 1500 } }) << true;
    }
    void anUnknownOutcomeExitsSixAndSaysHowToCheck()
    {
        QFETCH(QJsonObject, injected);
        QFETCH(bool, applied);
        const qint64 orderId = idOf(order(1));
        const QString ref = newRef();
        fault(injected);
        const Run run = addItem(orderId, ref, { QStringLiteral("--force") }); // each row, the same order
        QVERIFY2(run.exitCode == 6,
            qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("may have been applied"), run.err.constData());
        QVERIFY2(run.err.contains("ffconsole-cli orders --affiliate"), run.err.constData()); // how to check
        QCOMPARE(writesSeen(), 1);
        QTest::qWait(injected.value(QStringLiteral("ms")).toInt()); // a slow server finishes its work
        QCOMPARE(itemsWithRef(orderId, ref), applied ? 1 : 0);
        const AuditEntry recorded = AuditLog(m_cli->auditLog()).read()->entries.last();
        QCOMPARE(recorded.outcome, AuditEntry::Outcome::Unknown);
    }

    void anUnknownOutcomeIsReadBack_data()
    {
        QTest::addColumn<QJsonObject>("injected");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("applied, then 502") << WriteFaults::applyThen(502) << 0 << "applied";
        QTest::newRow("applied, then 200 {}")
            << WriteFaults::applyThen(200, QStringLiteral("{}")) << 0 << "applied";
        QTest::newRow("applied, then 303") << WriteFaults::kind("see-other") << 0 << "applied";
        QTest::newRow("applied slowly, answered after the timeout")
            << WriteFaults::kind("apply-slowly", { { QStringLiteral("ms"), 1500 } }) << 0 << "applied";
        QTest::newRow("502, not applied")
            << WriteFaults::kind("status", { { QStringLiteral("status"), 502 } }) << 6
            << "not applied, safe to send again";
        QTest::newRow("no answer, not applied")
            << WriteFaults::kind("hang") << 6 << "not applied, safe to send again";
    }
    void anUnknownOutcomeIsReadBack()
    {
        QFETCH(QJsonObject, injected);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const qint64 orderId = idOf(order(2));
        const QString ref = newRef();
        fault(injected);
        QElapsedTimer elapsed;
        elapsed.start();
        const Run run = addItem(orderId, ref, readBack());
        QVERIFY2(run.exitCode == exitCode,
            qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
        QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
        QVERIFY(run.err.count('\n') <= 1);
        QVERIFY2(elapsed.elapsed() >= 1000, "not applied is concluded only after the grace period");
        QCOMPARE(writesSeen(), 1);
        QCOMPARE(itemsWithRef(orderId, ref), exitCode == 0 ? 1 : 0);
        if (exitCode == 0)
            QVERIFY2(run.out.contains(ref.toUtf8()), "the order as read back, with the item");
        else
            QVERIFY(run.out.isEmpty());
        // The audit log keeps the unknown outcome, and what reading it back found.
        const AuditEntry recorded = AuditLog(m_cli->auditLog()).read()->entries.last();
        QCOMPARE(recorded.outcome, AuditEntry::Outcome::Unknown);
        QCOMPARE(recorded.reconciled,
            exitCode == 0 ? AuditEntry::Reconciled::Applied : AuditEntry::Reconciled::NotApplied);

        // Found out either way: the same write may be sent again, and is applied once more.
        const Run again = addItem(orderId, ref);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(itemsWithRef(orderId, ref), exitCode == 0 ? 2 : 1);
    }

    void theSameWriteIsRefusedWhileTheFirstIsUnresolved()
    {
        const qint64 orderId = idOf(order(0));
        const QString ref = newRef();
        fault(WriteFaults::applyThen(502));
        QCOMPARE(addItem(orderId, ref).exitCode, 6);
        m_sandbox->clearRequests();

        // Again, as a script retrying would: refused, nothing sent.
        const Run refused = addItem(orderId, ref);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--force"), refused.err.constData());
        QVERIFY(refused.err.contains(QByteArray::number(orderId)));
        QCOMPARE(refused.err.count('\n'), 1);
        QCOMPARE(writesSeen(), 0);
        // even with the read-back, which would not know what the first one's order looked like
        QCOMPARE(addItem(orderId, newRef(), readBack()).exitCode, 2);
        QCOMPARE(writesSeen(), 0);
        QCOMPARE(itemsWithRef(orderId, ref), 1);
        // another order is another write
        QCOMPARE(addItem(idOf(order(2)), newRef()).exitCode, 0);

        // --force: the agent has checked, and sends it all the same
        fault(WriteFaults::kind("status", { { QStringLiteral("status"), 409 } }));
        m_sandbox->clearRequests();
        const Run forced = addItem(orderId, ref, { QStringLiteral("--force") });
        QCOMPARE(forced.exitCode, 5);
        QCOMPARE(writesSeen(), 1);
    }

    void anIdenticalItemAlreadyThereIsNotCertain()
    {
        const qint64 orderId = idOf(order(2));
        const QString ref = newRef();
        QCOMPARE(addItem(orderId, ref).exitCode, 0);
        fault(WriteFaults::applyThen(502));
        const Run run = addItem(orderId, ref, readBack());
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains("not certain"), run.err.constData());
        QCOMPARE(itemsWithRef(orderId, ref), 2);
    }

    void anAcknowledgementIsRefusedTooWhileItsItemIsUnresolved()
    {
        const qint64 itemId = itemOf(order(0), -1);
        fault(WriteFaults::applyThen(502), "POST");
        const Run first = ackLicense(itemId);
        QCOMPARE(first.exitCode, 6);
        QVERIFY2(first.err.contains("may have been applied"), first.err.constData());
        m_sandbox->clearRequests();
        const Run refused = ackLicense(itemId);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--force"), refused.err.constData());
        QCOMPARE(writesSeen(), 0);
        QCOMPARE(ackLicense(itemId, { QStringLiteral("--force") }).exitCode, 0);
        QCOMPARE(writesSeen(), 1);
    }

    void theReadBackOptionsGoTogether()
    {
        const qint64 orderId = idOf(order(0));
        m_sandbox->clearRequests();
        const Run run = addItem(orderId, newRef(),
            { QStringLiteral("--affiliate"), QString::number(m_affiliate), QStringLiteral("--force") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--customer"), run.err.constData());
        QCOMPARE(m_sandbox->requests().size(), 0);
    }

    void aFullDiskRefusesTheWriteBeforeItIsSent()
    {
        QProcessEnvironment full;
        full.insert(QStringLiteral("FFCONSOLE_AUDIT_LOG"), QStringLiteral("/dev/full"));
        const Run run = m_cli->run(
            { QStringLiteral("ack-license"), QStringLiteral("--affiliate"), QString::number(m_affiliate),
                QStringLiteral("--device"), m_device, QStringLiteral("--item"), QStringLiteral("1") },
            {}, QString(), full);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("audit log") && run.err.contains("not sent"), run.err.constData());
        QVERIFY2(run.err.contains("No space left"), run.err.constData());
        QCOMPARE(m_sandbox->requests().size(), 0);
    }

    void twoProgramsWritingAtOnceWriteWholeLines()
    {
        // Four writes side by side, each with a reason far larger than any buffer, through the
        // same audit log: every record reads back whole, none damaged.
        const QString log = m_dir.filePath(QStringLiteral("parallel.jsonl"));
        const CliRunner cli(*m_sandbox, log);
        const qint64 itemId = itemOf(order(0), 0);
        std::vector<std::unique_ptr<QProcess>> running;
        for (const char letter : { 'a', 'b', 'c', 'd' }) {
            running.push_back(cli.start({ QStringLiteral("ack-license"), QStringLiteral("--affiliate"),
                QString::number(m_affiliate), QStringLiteral("--device"), m_device, QStringLiteral("--item"),
                QString::number(itemId), QStringLiteral("--force"), QStringLiteral("--reason"),
                QString(100'000, QLatin1Char(letter)) }));
        }
        for (const auto& process : running)
            QCOMPARE(CliRunner::finish(*process).exitCode, 0);
        const auto contents = AuditLog(log).read();
        QVERIFY(contents);
        QCOMPARE(contents->damaged.size(), 0);
        QCOMPARE(contents->entries.size(), 4);
        for (const AuditEntry& entry : contents->entries) {
            QCOMPARE(entry.reason.size(), 100'000);
            QCOMPARE(entry.reason.count(entry.reason.front()), 100'000);
            QCOMPARE(entry.outcome, AuditEntry::Outcome::Succeeded);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliWrites)
#include "tst_cli_writes.moc"
