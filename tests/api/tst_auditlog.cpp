// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <atomic>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace ff;

namespace {
constexpr int WriterRecords = 150;
constexpr int WriterReasonLength = 9000; // longer than a page: no write is atomic by luck
} // namespace

// The audit log on disk: an attempt before every write, its outcome after, and a log that still
// reads when a process died in the middle.
class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The permission bits of a file or folder, as ls shows them (0600, 0755...).
    static int modeOf(const QString& path)
    {
#ifdef Q_OS_UNIX
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            return -1;
        return int(info.st_mode & 07777);
#else
        Q_UNUSED(path);
        return -1;
#endif
    }

    // A small tmpfs of the test's own, when this machine lets the test mount one (as root in a
    // container that allows it); unmounted when the returned folder goes. Empty when it cannot.
    struct SmallDisk
    {
        QTemporaryDir dir;
        bool mounted = false;
        explicit SmallDisk(const QString& size)
        {
#ifdef Q_OS_LINUX
            if (::geteuid() == 0)
                mounted = QProcess::execute(QStringLiteral("mount"),
                              { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                  QStringLiteral("size=") + size, QStringLiteral("tmpfs"), dir.path() })
                    == 0;
#else
            Q_UNUSED(size);
#endif
        }
        bool makeReadOnly() const
        {
            return QProcess::execute(QStringLiteral("mount"),
                       { QStringLiteral("-o"), QStringLiteral("remount,ro"), dir.path() })
                == 0;
        }
        ~SmallDisk()
        {
            if (mounted)
                QProcess::execute(QStringLiteral("umount"), { dir.path() });
        }
    };

    // Bytes written to the end of the log as they are: what a process cut short left there.
    static void appendRaw(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(bytes);
    }

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
        appendRaw(path, "{\"event\":\"outcome\",\"id\":\"" + interrupted.id.toUtf8() + "\",\"outc");

        const auto contents = log.read();
        QVERIFY(contents);
        const QList<AuditEntry>& entries = contents->entries;
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(entries[1].ticket, QStringLiteral("CS-4"));
        QCOMPARE(entries[1].outcome, AuditEntry::Outcome::Unknown);
        QCOMPARE(contents->damaged.size(), 1);
    }

    void aDamagedLastLineDoesNotSwallowTheNextRecord()
    {
        // The disk filled up (or the process died) in the middle of a line; the next record is
        // written after it, and both are still there: the record whole, the fragment shown as
        // what it is.
        const QString path = m_dir.filePath(QStringLiteral("fragment.jsonl"));
        const AuditLog log(path);
        AuditEntry first = entry(QStringLiteral("CS-10"));
        QVERIFY(log.recordAttempt(first));
        const QByteArray fragment = "{\"event\":\"outcome\",\"id\":\"" + first.id.toUtf8() + "\",\"outc";
        appendRaw(path, fragment);
        AuditEntry next = entry(QStringLiteral("CS-11"));
        QVERIFY(log.recordAttempt(next));
        next.outcome = AuditEntry::Outcome::Succeeded;
        QVERIFY(log.recordOutcome(next));

        const auto contents = log.read();
        QVERIFY(contents);
        QCOMPARE(contents->entries.size(), 2);
        QCOMPARE(contents->entries[0].outcome, AuditEntry::Outcome::Unknown);
        QCOMPARE(contents->entries[1].ticket, QStringLiteral("CS-11"));
        QCOMPARE(contents->entries[1].outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(contents->damaged.size(), 1);
        QCOMPARE(contents->damaged.first().text, fragment);
        QCOMPARE(contents->damaged.first().line, 2);
    }

    void aRecordGluedToAFragmentByAnOlderVersionIsStillRead()
    {
        // Written before records began on a fresh line: the fragment and the record that
        // followed it share a line. The record is read; the fragment is damaged. Both are
        // lines as AuditLog itself writes them (whatever key comes first), the fragment cut
        // short inside a nested object.
        const QString scratch = m_dir.filePath(QStringLiteral("scratch.jsonl"));
        AuditEntry first = entry(QStringLiteral("CS-12a"));
        QVERIFY(AuditLog(scratch).recordAttempt(first));
        AuditEntry second = entry(QStringLiteral("CS-12"));
        QVERIFY(AuditLog(scratch).recordAttempt(second));
        QFile written(scratch);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = written.readAll().split('\n');
        QVERIFY(lines.size() >= 2);
        const QByteArray fragment = lines[0].left(lines[0].indexOf("purchaseOrderId") + 5);
        QVERIFY(fragment.contains('{'));

        const QString path = m_dir.filePath(QStringLiteral("glued.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fragment + lines[1] + '\n');
        file.close();
        const auto contents = AuditLog(path).read();
        QVERIFY(contents);
        QCOMPARE(contents->entries.size(), 1);
        QCOMPARE(contents->entries.first().ticket, QStringLiteral("CS-12"));
        QCOMPARE(contents->entries.first().outcome, AuditEntry::Outcome::Unknown);
        QCOMPARE(contents->damaged.size(), 1);
        QCOMPARE(contents->damaged.first().text, fragment);
    }

    void eventsOfALaterVersionAreSkippedNotDamaged()
    {
        const QString path = m_dir.filePath(QStringLiteral("later.jsonl"));
        const AuditLog log(path);
        AuditEntry e = entry(QStringLiteral("CS-13"));
        QVERIFY(log.recordAttempt(e));
        appendRaw(path, "{\"event\":\"annotation\",\"id\":\"" + e.id.toUtf8() + "\",\"note\":\"x\"}\n");
        const auto contents = log.read();
        QVERIFY(contents);
        QCOMPARE(contents->entries.size(), 1);
        QCOMPARE(contents->damaged.size(), 0);
    }

    void aDecisionIsReadBackAndTheLastOneOfAnItemFound()
    {
        const QString path = m_dir.filePath(QStringLiteral("decisions.jsonl"));
        const AuditLog log(path);
        AuditEntry write = entry(QStringLiteral("CS-20"));
        QVERIFY(log.recordAttempt(write));
        AuditDecision first;
        first.source = QStringLiteral("console");
        first.affiliateId = 1;
        first.customer = QStringLiteral("zoë smith");
        first.orderId = 1001;
        first.itemId = 5003;
        first.decision = QStringLiteral("escalated");
        first.reason = QStringLiteral("Customer says it froze");
        first.ticket = QStringLiteral("CS-21");
        first.verdict = QStringLiteral("review");
        first.state = QStringLiteral("active");
        first.policy = { { QStringLiteral("CourtesyWindowHours"), 48 } };
        first.asOf = QStringLiteral("2026-03-06T20:00:00.000Z");
        first.asOfSet = true;
        first.appVersion = QStringLiteral("1.2.3");
        QVERIFY(log.recordDecision(first));
        QVERIFY(!first.id.isEmpty());
        QVERIFY(!first.recordedAt.isEmpty());
        AuditDecision second = first;
        second.id.clear();
        second.decision = QStringLiteral("refund-granted");
        second.ticket = QStringLiteral("CS-22");
        QVERIFY(log.recordDecision(second));
        AuditDecision other = first;
        other.id.clear();
        other.itemId = 5004;
        QVERIFY(log.recordDecision(other));

        const auto contents = log.read();
        QVERIFY(contents);
        // A decision is no write: the writes are as they were, nothing damaged.
        QCOMPARE(contents->entries.size(), 1);
        QCOMPARE(contents->damaged.size(), 0);
        QCOMPARE(contents->decisions.size(), 3);
        const AuditDecision& read = contents->decisions.first();
        QCOMPARE(read.id, first.id);
        QCOMPARE(read.customer, QStringLiteral("zoë smith"));
        QCOMPARE(read.orderId, 1001);
        QCOMPARE(read.itemId, 5003);
        QCOMPARE(read.decision, QStringLiteral("escalated"));
        QCOMPARE(read.reason, QStringLiteral("Customer says it froze"));
        QCOMPARE(read.verdict, QStringLiteral("review"));
        QCOMPARE(read.state, QStringLiteral("active"));
        QCOMPARE(read.policy.value(QStringLiteral("CourtesyWindowHours")).toInt(), 48);
        QCOMPARE(read.asOf, QStringLiteral("2026-03-06T20:00:00.000Z"));
        QVERIFY(read.asOfSet);
        QCOMPARE(read.appVersion, QStringLiteral("1.2.3"));
        QCOMPARE(read.operatingSystemUser, AuditLog::currentOperatingSystemUser());
        const AuditDecision* last = contents->lastDecision(1, 5003);
        QVERIFY(last);
        QCOMPARE(last->ticket, QStringLiteral("CS-22"));
        QCOMPARE(contents->lastDecision(2, 5003), nullptr);
    }

    void aReconciledOutcomeIsRecordedBesideTheUnknownOne()
    {
        const AuditLog log(m_dir.filePath(QStringLiteral("reconciled.jsonl")));
        AuditEntry e = entry(QStringLiteral("CS-14"));
        QVERIFY(log.recordAttempt(e));
        e.outcome = AuditEntry::Outcome::Unknown;
        e.httpStatus = 502;
        QVERIFY(log.recordOutcome(e));
        QVERIFY(log.read()->entries.first().isUnresolved());
        e.reconciled = AuditEntry::Reconciled::Applied;
        e.reconciliation = QStringLiteral("the order now has the item (item 7): it was added");
        QVERIFY(log.recordReconciliation(e));
        const AuditEntry read = log.read()->entries.first();
        QCOMPARE(read.outcome, AuditEntry::Outcome::Unknown); // what the answer said stays as it was
        QCOMPARE(read.httpStatus, 502);
        QCOMPARE(read.reconciled, AuditEntry::Reconciled::Applied);
        QCOMPARE(read.reconciliation, e.reconciliation);
        QVERIFY(!read.reconciledAt.isEmpty());
        QVERIFY(!read.isUnresolved());
    }

    void theLogAndItsFolderAreTheAgentsOnly()
    {
#ifdef Q_OS_UNIX
        // Under the usual umask, which would leave both readable by everyone.
        const mode_t before = ::umask(022);
        const QString folder = m_dir.filePath(QStringLiteral("private/logs"));
        const AuditLog log(folder + QStringLiteral("/audit.jsonl"));
        AuditEntry e = entry(QStringLiteral("CS-15"));
        const bool recorded = bool(log.recordAttempt(e));
        ::umask(before);
        QVERIFY(recorded);
        QCOMPARE(modeOf(folder + QStringLiteral("/audit.jsonl")), 0600);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("private"))), 0700);
#else
        QSKIP("permission bits are Unix's");
#endif
    }

    void existingOnesAreTightenedOnOpen()
    {
#ifdef Q_OS_UNIX
        // A log left readable by everyone by an earlier version, where the console keeps it.
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
        const QByteArray configured = qgetenv("FFCONSOLE_AUDIT_LOG");
        qunsetenv("FFCONSOLE_AUDIT_LOG");
        const QString path = AuditLog::defaultPath();
        QVERIFY2(path.startsWith(data.path()), qPrintable(path));
        const QString folder = QFileInfo(path).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(AuditLog(path).read());
        if (!configured.isNull())
            qputenv("FFCONSOLE_AUDIT_LOG", configured);
        qunsetenv("XDG_DATA_HOME");
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(folder), 0700);

        // A log named by FFCONSOLE_AUDIT_LOG in a folder that is not its own: the file only.
        const QString shared = m_dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(shared));
        QVERIFY(::chmod(QFile::encodeName(shared).constData(), 0755) == 0);
        QFile elsewhere(shared + QStringLiteral("/audit.jsonl"));
        QVERIFY(elsewhere.open(QIODevice::WriteOnly));
        elsewhere.close();
        QVERIFY(::chmod(QFile::encodeName(elsewhere.fileName()).constData(), 0664) == 0);
        AuditEntry e = entry(QStringLiteral("CS-16"));
        QVERIFY(AuditLog(elsewhere.fileName()).recordAttempt(e));
        QCOMPARE(modeOf(elsewhere.fileName()), 0600);
        QCOMPARE(modeOf(shared), 0755);
#else
        QSKIP("permission bits are Unix's");
#endif
    }

    void aFullDiskRefusesTheAttempt()
    {
        // A disk with no room left: a tmpfs of 64 KiB filled up where the test may mount one,
        // /dev/full otherwise. Either way the write() fails for real.
        SmallDisk disk(QStringLiteral("64k"));
        QString path = QStringLiteral("/dev/full");
        if (disk.mounted) {
            QFile filler(disk.dir.filePath(QStringLiteral("filler")));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            while (filler.write(QByteArray(4096, 'x')) == 4096 && filler.flush()) { }
            filler.close();
            path = disk.dir.filePath(QStringLiteral("audit.jsonl"));
        }
        AuditEntry e = entry(QStringLiteral("CS-17"));
        const auto recorded = AuditLog(path).recordAttempt(e);
        QVERIFY(!recorded);
        QVERIFY2(recorded.error().contains(QLatin1String("No space left")), qPrintable(recorded.error()));
    }

    void aReadOnlyDiskRefusesTheAttempt()
    {
        // A tmpfs remounted read-only where the test may mount one; otherwise a folder it may
        // not write (not for root, whom permissions do not stop: then sysfs, which takes no
        // new files).
        SmallDisk disk(QStringLiteral("64k"));
        QString path;
        QString says;
        if (disk.mounted && disk.makeReadOnly()) {
            path = disk.dir.filePath(QStringLiteral("audit.jsonl"));
            says = QStringLiteral("Read-only");
#ifdef Q_OS_UNIX
        } else if (::geteuid() != 0) {
            const QString folder = m_dir.filePath(QStringLiteral("locked"));
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0500) == 0);
            path = folder + QStringLiteral("/audit.jsonl");
            says = QStringLiteral("Permission denied");
#endif
        } else {
            path = QStringLiteral("/sys/ffconsole-audit.jsonl");
            says = QStringLiteral("audit log");
        }
        AuditEntry e = entry(QStringLiteral("CS-18"));
        const auto recorded = AuditLog(path).recordAttempt(e);
        QVERIFY(!recorded);
        QVERIFY2(recorded.error().contains(says), qPrintable(recorded.error()));
        QVERIFY(!QFile::exists(path));
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

    // Two console windows (two processes) writing at once: each record stays one whole line,
    // none lost, none spliced into another, whatever the size of a record.
    void twoWritersAtOnceInterleaveWholeLinesOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.jsonl"));
        QList<QProcess*> writers;
        for (const char* name : { "A", "B", "C" }) {
            auto* writer = new QProcess(this);
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("FFCONSOLE_TEST_AUDIT_WRITER"), path);
            environment.insert(QStringLiteral("FFCONSOLE_TEST_AUDIT_NAME"), QString::fromLatin1(name));
            writer->setProcessEnvironment(environment);
            writer->start(QCoreApplication::applicationFilePath(), {});
            writers.append(writer);
        }
        for (QProcess* writer : writers) {
            QVERIFY(writer->waitForFinished(120'000));
            QCOMPARE(writer->exitCode(), 0);
        }
        const auto contents = AuditLog(path).read();
        QVERIFY(contents);
        QVERIFY(contents->damaged.isEmpty());
        QCOMPARE(contents->entries.size(), 3 * WriterRecords);
        QMap<QString, int> perWriter;
        for (const AuditEntry& e : contents->entries) {
            QCOMPARE(e.outcome, AuditEntry::Outcome::Succeeded);
            QCOMPARE(e.reason.size(), WriterReasonLength);
            QVERIFY(e.reason.startsWith(e.ticket.left(1)));
            ++perWriter[e.ticket.left(1)];
        }
        QCOMPARE(perWriter.value(QStringLiteral("A")), WriterRecords);
        QCOMPARE(perWriter.value(QStringLiteral("C")), WriterRecords);
    }

    // Whole lines above hold only because a writer waits for another's lock (a large record is
    // written in several pieces): here the test holds the lock, as another console would, and
    // the record must wait for it to go.
    void aWriterWaitsWhileAnotherHoldsTheLog()
    {
#ifdef Q_OS_UNIX
        const QString path = m_dir.filePath(QStringLiteral("held.jsonl"));
        const AuditLog log(path);
        AuditEntry first = entry(QStringLiteral("CS-1"));
        QVERIFY(log.recordAttempt(first));
        const int held = ::open(QFile::encodeName(path).constData(), O_RDWR | O_APPEND | O_CLOEXEC);
        QVERIFY(held >= 0);
        QCOMPARE(::flock(held, LOCK_EX), 0);
        std::atomic<bool> written = false;
        QThread* writer = QThread::create([&] {
            AuditEntry second = entry(QStringLiteral("CS-2"));
            written = bool(log.recordAttempt(second));
        });
        writer->start();
        QTest::qWait(500);
        QVERIFY2(!written, "the record went in while another writer held the log");
        QCOMPARE(log.read()->entries.size(), 1);
        ::close(held); // and the lock with it
        QVERIFY(writer->wait(20'000));
        delete writer;
        QVERIFY(written);
        QCOMPARE(log.read()->entries.size(), 2);
#else
        QSKIP("advisory locks are a Unix matter; Windows appends under its own rules");
#endif
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

// A second console, for twoWritersAtOnceInterleaveWholeLinesOnly: records an attempt and an
// outcome, each line longer than a page, as fast as it can.
int writeAsAnotherConsole(const QString& path, const QString& name)
{
    const AuditLog log(path);
    for (int i = 0; i < WriterRecords; ++i) {
        AuditEntry e;
        e.profile = QStringLiteral("Production");
        e.endpoint = QStringLiteral("add-item");
        e.ticket = name + QString::number(i);
        e.reason = name.repeated(WriterReasonLength);
        e.source = QStringLiteral("console");
        if (!log.recordAttempt(e))
            return 1;
        e.outcome = AuditEntry::Outcome::Succeeded;
        if (!log.recordOutcome(e))
            return 1;
    }
    return 0;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (const QString path = qEnvironmentVariable("FFCONSOLE_TEST_AUDIT_WRITER"); !path.isEmpty())
        return writeAsAnotherConsole(path, qEnvironmentVariable("FFCONSOLE_TEST_AUDIT_NAME"));
    TestAuditLog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_auditlog.moc"
