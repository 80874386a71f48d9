// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ff;

// The audit log on disk: an attempt before every write, its outcome after, and a log that still
// reads when a process died in the middle.
class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    AuditEntry entry(const QString& ticket) const
    {
        AuditEntry e;
        e.profile = QStringLiteral("Production");
        e.endpoint = QStringLiteral("add-item");
        e.ids = { { QStringLiteral("purchaseOrderId"), 1001 } };
        e.ticket = ticket;
        e.reason = QStringLiteral("Customer charged twice");
        e.requestSummary = QStringLiteral("PUT api/Purchase/1001");
        e.source = QStringLiteral("console");
        return e;
    }

private slots:
    void theComputerUserIsTheAccountNotWhatTheEnvironmentSays()
    {
#ifdef Q_OS_UNIX
        // The account the process runs as, as `id -un` names it, even where USER is unset or
        // says something else (a service started without a login, or a spoofed variable).
        QProcess id;
        id.start(QStringLiteral("id"), { QStringLiteral("-un") });
        QVERIFY(id.waitForFinished());
        const QString account = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
        QVERIFY(!account.isEmpty());
        const QByteArray saved = qgetenv("USER");
        qputenv("USER", "mallory");
        const QString spoofed = AuditLog::currentOperatingSystemUser();
        qunsetenv("USER");
        const QString unset = AuditLog::currentOperatingSystemUser();
        if (!saved.isNull())
            qputenv("USER", saved);
        QCOMPARE(spoofed, account);
        QCOMPARE(unset, account);
#else
        QSKIP("the account database is asked on Unix only");
#endif
    }

    void attemptsAndOutcomesPairUp()
    {
        const AuditLog log(m_dir.filePath(QStringLiteral("a/b/audit.jsonl")));
        AuditEntry first = entry(QStringLiteral("CS-1"));
        QVERIFY(log.recordAttempt(first));
        QVERIFY(!first.id.isEmpty());
        QVERIFY(!first.operatingSystemUser.isEmpty());
        first.outcome = AuditEntry::Outcome::Succeeded;
        first.requestId = QStringLiteral("req-1");
        QVERIFY(log.recordOutcome(first));
        AuditEntry second = entry(QStringLiteral("CS-2"));
        QVERIFY(log.recordAttempt(second));
        second.outcome = AuditEntry::Outcome::Failed;
        second.httpStatus = 401;
        QVERIFY(log.recordOutcome(second));

        const QList<AuditEntry> entries = log.read()->entries;
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].ticket, QStringLiteral("CS-1"));
        QCOMPARE(entries[0].outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(entries[0].requestId, QStringLiteral("req-1"));
        QCOMPARE(entries[1].outcome, AuditEntry::Outcome::Failed);
        QCOMPARE(entries[1].httpStatus, 401);
        QCOMPARE(entries[1].ids.value(QStringLiteral("purchaseOrderId")).toInteger(), 1001);
    }

    void aProcessKilledMidWriteLeavesALogThatReads()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed.jsonl"));
        const AuditLog log(path);
        AuditEntry done = entry(QStringLiteral("CS-3"));
        QVERIFY(log.recordAttempt(done));
        done.outcome = AuditEntry::Outcome::Succeeded;
        QVERIFY(log.recordOutcome(done));
        AuditEntry interrupted = entry(QStringLiteral("CS-4"));
        QVERIFY(log.recordAttempt(interrupted));
        // the process died while writing the outcome: half a line at the end
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"event\":\"outcome\",\"id\":\"" + interrupted.id.toUtf8() + "\",\"outc");
        file.close();

        const auto contents = log.read();
        QVERIFY(contents);
        const QList<AuditEntry>& entries = contents->entries;
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(entries[1].ticket, QStringLiteral("CS-4"));
        QCOMPARE(entries[1].outcome, AuditEntry::Outcome::Unknown);
        QCOMPARE(contents->unreadableLines, 1);
    }

    void anUnwritableLogRefusesTheAttempt()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const AuditLog log(m_dir.filePath(QStringLiteral("not-a-folder/audit.jsonl")));
        AuditEntry e = entry(QStringLiteral("CS-5"));
        QVERIFY(!log.recordAttempt(e));
    }

    void aLogThatCannotBeOpenedIsAnErrorNotAnEmptyLog()
    {
        const QString path = m_dir.filePath(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(path));
        const auto contents = AuditLog(path).read();
        QVERIFY(!contents);
        QVERIFY(!contents.error().isEmpty());
        QVERIFY(AuditLog(m_dir.filePath(QStringLiteral("none-yet.jsonl"))).read()->entries.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
