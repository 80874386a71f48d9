// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"
#include "investigation/RefundTerms.h"
#include "models/report/CaseReportBuilder.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/SandboxProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using ff::test::CliRunner;
using ff::test::SandboxProcess;

namespace {

using Run = CliRunner::Run;

// The sandbox's clock and the instant every report and investigation here is made at.
const QString Now = QStringLiteral("2026-03-06T12:00:00Z");
const QString Zoe = QStringLiteral("zoë smith");
const QString Ticket = QStringLiteral("CS-REPORT-77");
const QString Reason = QStringLiteral("Rental expired unused; goodwill granted");

// Reads CSV from stdin as a spreadsheet would (RFC 4180), and writes its rows as JSON objects.
const char ReadCsv[] = "import csv, json, sys\n"
                       "rows = list(csv.DictReader(sys.stdin, strict=True))\n"
                       "json.dump(rows, sys.stdout)\n";

// Runs the program in argv with its stdout a pseudo-terminal, and passes on what it wrote.
const char OnTerminal[] = "import os, subprocess, sys\n"
                          "master, slave = os.openpty()\n"
                          "child = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=slave)\n"
                          "os.close(slave)\n"
                          "out = b''\n"
                          "while True:\n"
                          "    try:\n"
                          "        chunk = os.read(master, 65536)\n"
                          "    except OSError:\n"
                          "        break\n"
                          "    if not chunk:\n"
                          "        break\n"
                          "    out += chunk\n"
                          "sys.stdout.buffer.write(out)\n"
                          "sys.exit(child.wait())\n";

// pdftotext breaks lines where the page does, and some fonts' ligatures are one glyph: the text
// with its ligatures spelt out and every run of white space one space, for finding sentences.
QString flat(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

mode_t modeOf(const QString& path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

// ffconsole-cli report end to end: the real program against a real sandbox, writing real files,
// its ticket text, CSV and PDF read back (Python's csv module, pdftotext) and held against
// `investigate --format json` for the same customer and instant, and a decision recorded first
// in the audit log the CLI reads.
class TestCliReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    qint64 m_affiliate = 1;
    QList<QJsonObject> m_investigated; // investigate --format json for Zoe at Now
    QJsonObject m_decided; // the item a decision is recorded about

    QString auditLog() const { return m_dir.filePath(QStringLiteral("audit.jsonl")); }
    Run cli(const QStringList& arguments) const { return CliRunner(*m_sandbox, auditLog()).run(arguments); }

    QStringList report(const QString& format, const QString& out, const QStringList& more = {}) const
    {
        return QStringList { QStringLiteral("--format"), format, QStringLiteral("report"),
            QStringLiteral("--affiliate"), QString::number(m_affiliate), QStringLiteral("--customer"), Zoe,
            QStringLiteral("--at"), Now, QStringLiteral("--out"), out }
        + more;
    }
    // With no display, no QT_QPA_PLATFORM: what a server running the CLI from cron has.
    Run headless(const QStringList& arguments) const
    {
        return CliRunner::runProgram(CliRunner::program(),
            QStringList { QStringLiteral("--base-url"), m_sandbox->url().toString() } + arguments,
            CliRunner::environmentWith({ { QStringLiteral("FFCONSOLE_TOKEN"), m_sandbox->token() },
                                           { QStringLiteral("FFCONSOLE_AUDIT_LOG"), auditLog() } },
                { QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                    QStringLiteral("QT_QPA_PLATFORM") }));
    }
    static QByteArray fileBytes(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static Run tool(const QString& name, const QStringList& arguments, const QByteArray& input = {})
    {
        const QString program = QStandardPaths::findExecutable(name);
        if (program.isEmpty())
            return { -1, {}, name.toUtf8() + " is not installed" };
        return CliRunner::runProgram(program, arguments, QProcessEnvironment::systemEnvironment(), input);
    }
    static QList<QJsonObject> csvRows(const QByteArray& csv)
    {
        const Run read
            = tool(QStringLiteral("python3"), { QStringLiteral("-c"), QString::fromLatin1(ReadCsv) }, csv);
        if (read.exitCode != 0)
            qWarning("python3 could not read the CSV: %s", read.err.constData());
        QList<QJsonObject> rows;
        for (const QJsonValue& row : QJsonDocument::fromJson(read.out).array())
            rows.append(row.toObject());
        return rows;
    }
    QList<QJsonObject> candidates() const
    {
        QList<QJsonObject> found;
        for (const QJsonObject& item : m_investigated) {
            const QString verdict = item[QStringLiteral("Verdict")].toString();
            if (verdict == QLatin1String("due") || verdict == QLatin1String("review"))
                found.append(item);
        }
        return found;
    }
    static QStringList sentencesOf(const QJsonObject& item)
    {
        QStringList sentences;
        for (const QJsonValue& signal : item[QStringLiteral("Signals")].toArray())
            sentences.append(signal[QStringLiteral("Sentence")].toString());
        return sentences;
    }
    static QString verdictWords(const QJsonObject& item)
    {
        const std::string wanted = item[QStringLiteral("Verdict")].toString().toStdString();
        for (ff::RefundVerdict verdict :
            { ff::RefundVerdict::Due, ff::RefundVerdict::Review, ff::RefundVerdict::NotDue,
                ff::RefundVerdict::AlreadyRefunded, ff::RefundVerdict::NothingPaid }) {
            if (ff::identifier(verdict) == wanted)
                return ff::displayName(verdict);
        }
        return QStringLiteral("(unknown verdict)");
    }
    // The payment provider's transaction id of the order, as the sandbox serves it.
    QString transactionOf(qint64 orderId)
    {
        for (const ff::PurchaseOrder& order : m_sandbox->purchaseOrders(m_affiliate, Zoe)) {
            if (order.id == orderId)
                return order.paymentProviderTransactionId.value_or(QString());
        }
        return {};
    }
    // The money the report library gives for the same orders and instant: what the PDF must say.
    QStringList totalsByTheLibrary()
    {
        ff::CaseReportRequest request;
        request.orders = m_sandbox->purchaseOrders(m_affiliate, Zoe);
        request.header.affiliateId = m_affiliate;
        request.header.customer = Zoe;
        request.header.at = *ff::DateTimeOffset::parse(QStringView(Now));
        request.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        const std::optional<ff::CaseReport> made = ff::CaseReportBuilder::build(request);
        QStringList totals;
        for (const ff::CaseReport::Money& money : made ? made->money : QList<ff::CaseReport::Money>())
            totals << money.totalText << money.refundedText;
        return totals;
    }
    // Only GETs reached the sandbox since the last clearRequests().
    bool onlyRead()
    {
        for (const QJsonValue& request : m_sandbox->requests()) {
            if (request[QStringLiteral("method")].toString() != QLatin1String("GET"))
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString problem;
        m_sandbox = CliRunner::startSandbox(problem, { QStringLiteral("--now"), Now });
        QVERIFY2(m_sandbox, qPrintable(problem));
        QVERIFY(m_sandbox->findCustomer(Zoe));
        m_affiliate = m_sandbox->findCustomer(Zoe)->affiliateId.value_or(1);

        const Run json = cli({ QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("investigate"), QStringLiteral("--affiliate"), QString::number(m_affiliate),
            QStringLiteral("--customer"), Zoe, QStringLiteral("--at"), Now });
        QVERIFY2(json.exitCode == 0, json.err.constData());
        for (const QJsonValue& item : QJsonDocument::fromJson(json.out).array())
            m_investigated.append(item.toObject());
        QVERIFY(m_investigated.size() > 5);
        QVERIFY(candidates().size() >= 2);

        // A decision about one refund candidate, recorded as the window records it, in the log the
        // CLI reads (FFCONSOLE_AUDIT_LOG).
        m_decided = candidates().first();
        ff::AuditDecision decision;
        decision.source = QStringLiteral("console");
        decision.affiliateId = m_affiliate;
        decision.customer = Zoe;
        decision.orderId = m_decided[QStringLiteral("OrderId")].toInteger();
        decision.itemId = m_decided[QStringLiteral("ItemId")].toInteger();
        decision.decision = QStringLiteral("refund-granted");
        decision.reason = Reason;
        decision.ticket = Ticket;
        decision.verdict = m_decided[QStringLiteral("Verdict")].toString();
        decision.state = m_decided[QStringLiteral("State")].toString();
        decision.asOf = Now;
        decision.asOfSet = true;
        QVERIFY(ff::AuditLog(auditLog()).recordDecision(decision));
    }

    void init() { m_sandbox->clearRequests(); }

    void textHoldsEachVerdictSentenceDecisionAndReference()
    {
        const QString out = m_dir.filePath(QStringLiteral("case.txt"));
        const Run run = cli(report(QStringLiteral("text"), out, { QStringLiteral("--ticket"), Ticket }));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(modeOf(out), mode_t(0600));
        const QString text = QString::fromUtf8(fileBytes(out));
        QVERIFY2(text.contains(Zoe) && text.contains(Ticket), qPrintable(text));
        for (const QJsonObject& item : candidates()) {
            const qint64 itemId = item[QStringLiteral("ItemId")].toInteger();
            // The item's own paragraph: from its line to the next blank line.
            const qsizetype at = text.indexOf(QStringLiteral("item %1,").arg(itemId));
            QVERIFY2(at >= 0, qPrintable(QStringLiteral("item %1 in:\n%2").arg(itemId).arg(text)));
            const QString paragraph = text.mid(at, text.indexOf(QStringLiteral("\n\n"), at) - at);
            QVERIFY2(
                paragraph.contains(QStringLiteral(": %1.").arg(verdictWords(item))), qPrintable(paragraph));
            const QStringList sentences = sentencesOf(item);
            QVERIFY(!sentences.isEmpty());
            for (const QString& sentence : sentences)
                QVERIFY2(paragraph.contains(QStringLiteral("- ") + sentence), qPrintable(paragraph));
            const QString transaction = transactionOf(item[QStringLiteral("OrderId")].toInteger());
            QVERIFY(!transaction.isEmpty());
            QVERIFY2(paragraph.contains(transaction), qPrintable(paragraph));
            const bool decided = item == m_decided;
            QVERIFY2(paragraph.contains(Reason) == decided, qPrintable(paragraph));
            QVERIFY2(paragraph.contains(Ticket) == decided, qPrintable(paragraph));
            QVERIFY2(paragraph.contains(QStringLiteral("No decision recorded yet.")) == !decided,
                qPrintable(paragraph));
        }
        QVERIFY(onlyRead());

        // --out - writes the same text to stdout (a pipe here).
        const Run piped = cli(
            report(QStringLiteral("text"), QStringLiteral("-"), { QStringLiteral("--ticket"), Ticket }));
        QVERIFY2(piped.exitCode == 0, piped.err.constData());
        const QRegularExpression madeAt(QStringLiteral("Worked out as of [^\n]*"));
        QCOMPARE(QString::fromUtf8(piped.out).remove(madeAt), QString(text).remove(madeAt));
    }

    void csvReadsBackToWhatInvestigateSays()
    {
        const QString out = m_dir.filePath(QStringLiteral("case.csv"));
        const Run run = cli(report(QStringLiteral("csv"), out));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(modeOf(out), mode_t(0600));
        const QList<QJsonObject> rows = csvRows(fileBytes(out));
        QCOMPARE(rows.size(), m_investigated.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject& row = rows[i];
            const QJsonObject& item = m_investigated[i];
            QCOMPARE(row[QStringLiteral("ItemId")].toString(),
                QString::number(item[QStringLiteral("ItemId")].toInteger()));
            QCOMPARE(row[QStringLiteral("OrderId")].toString(),
                QString::number(item[QStringLiteral("OrderId")].toInteger()));
            QCOMPARE(row[QStringLiteral("Verdict")].toString(), item[QStringLiteral("Verdict")].toString());
            QCOMPARE(row[QStringLiteral("State")].toString(), item[QStringLiteral("State")].toString());
            QCOMPARE(row[QStringLiteral("Sentences")].toString(), sentencesOf(item).join(QLatin1Char('\n')));
            QCOMPARE(row[QStringLiteral("Customer")].toString(), Zoe);
            const bool decided = item == m_decided;
            QCOMPARE(row[QStringLiteral("Decision")].toString(),
                decided ? QStringLiteral("refund-granted") : QString());
            QCOMPARE(row[QStringLiteral("DecisionTicket")].toString(), decided ? Ticket : QString());
        }
    }

    void pdfHoldsVerdictsSentencesReferencesAndTotals()
    {
        const QString out = m_dir.filePath(QStringLiteral("case.pdf"));
        // No display and no QT_QPA_PLATFORM: the CLI starts Qt's offscreen platform itself.
        const Run run = headless(report(QStringLiteral("pdf"), out, { QStringLiteral("--ticket"), Ticket }));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(modeOf(out), mode_t(0600));
        QVERIFY(fileBytes(out).startsWith("%PDF-"));

        const Run info = tool(QStringLiteral("pdfinfo"), { out });
        QVERIFY2(info.exitCode == 0, info.err.constData());
        const QString infoText = QString::fromUtf8(info.out);
        const QRegularExpressionMatch pages
            = QRegularExpression(QStringLiteral("(?m)^Pages:\\s+(\\d+)")).match(infoText);
        QVERIFY2(pages.hasMatch() && pages.captured(1).toInt() >= 1, qPrintable(infoText));
        const QRegularExpressionMatch title
            = QRegularExpression(QStringLiteral("(?m)^Title:\\s+(.+)$")).match(infoText);
        QVERIFY2(title.hasMatch() && title.captured(1).contains(Zoe), qPrintable(infoText));

        const Run text = tool(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-") });
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QString pdf = flat(QString::fromUtf8(text.out));
        QVERIFY2(pdf.contains(Ticket) && pdf.contains(Reason), qPrintable(pdf));
        for (const QJsonObject& item : candidates()) {
            QVERIFY2(pdf.contains(flat(verdictWords(item))), qPrintable(verdictWords(item)));
            for (const QString& sentence : sentencesOf(item))
                QVERIFY2(pdf.contains(flat(sentence)), qPrintable(sentence));
            const QString transaction = transactionOf(item[QStringLiteral("OrderId")].toInteger());
            QVERIFY2(pdf.contains(transaction), qPrintable(transaction));
        }
        for (const QJsonObject& item : m_investigated)
            QVERIFY(pdf.contains(QString::number(item[QStringLiteral("OrderId")].toInteger())));
        const QStringList totals = totalsByTheLibrary();
        QVERIFY(!totals.isEmpty());
        for (const QString& total : totals)
            QVERIFY2(pdf.contains(flat(total)), qPrintable(total));
        QVERIFY(onlyRead());
    }

    void itemsRestrictTheReportToThem()
    {
        // A refund candidate and an item that is not one: both, and only they, in full.
        const QJsonObject candidate = candidates().first();
        QJsonObject other;
        for (const QJsonObject& item : m_investigated) {
            if (!candidates().contains(item))
                other = item;
        }
        QVERIFY(!other.isEmpty());
        const QList<qint64> ids { other[QStringLiteral("ItemId")].toInteger(),
            candidate[QStringLiteral("ItemId")].toInteger() };
        const QString out = m_dir.filePath(QStringLiteral("two.csv"));
        const Run run = cli(report(QStringLiteral("csv"), out,
            { QStringLiteral("--items"), QStringLiteral("%1,%2").arg(ids[0]).arg(ids[1]) }));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QSet<qint64> reported;
        for (const QJsonObject& row : csvRows(fileBytes(out))) {
            reported.insert(row[QStringLiteral("ItemId")].toString().toLongLong());
            QCOMPARE(row[QStringLiteral("ReportedInFull")].toString(), QStringLiteral("true"));
        }
        QCOMPARE(reported, QSet<qint64>(ids.cbegin(), ids.cend()));

        // In the ticket text too: the one that is not a candidate is reported in full.
        const Run text = cli(report(QStringLiteral("text"), QStringLiteral("-"),
            { QStringLiteral("--items"), QStringLiteral("%1,%2").arg(ids[0]).arg(ids[1]) }));
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.contains(QStringLiteral("item %1,").arg(ids[0]).toUtf8()));
        QVERIFY(text.out.contains(QStringLiteral("item %1,").arg(ids[1]).toUtf8()));
        QVERIFY2(!text.out.contains("other item"), text.out.constData());
    }

    void anItemTheCustomerDoesNotHaveIsAnErrorAndNoFile()
    {
        const QString out = m_dir.filePath(QStringLiteral("unknown.pdf"));
        const qint64 known = m_investigated.first()[QStringLiteral("ItemId")].toInteger();
        const Run run = headless(report(QStringLiteral("pdf"), out,
            { QStringLiteral("--items"), QStringLiteral("%1,999999991").arg(known) }));
        QCOMPARE(run.exitCode, 3); // not found
        QVERIFY2(run.err.contains("999999991") && !run.err.contains(QByteArray::number(known)),
            run.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY2(!filesIn(m_dir.path()).join(u' ').contains(QLatin1String("unknown")),
            qPrintable(filesIn(m_dir.path()).join(u' ')));

        // Not an id at all: refused before anything is sent.
        m_sandbox->clearRequests();
        const Run bad
            = cli(report(QStringLiteral("csv"), out, { QStringLiteral("--items"), QStringLiteral("12,x") }));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(m_sandbox->requests().isEmpty());
    }

    void aFolderThatCannotBeWrittenToIsAClearErrorAndNoFile()
    {
        // Permissions do not stop root: then sysfs, which takes no new files.
        QString folder = m_dir.filePath(QStringLiteral("locked"));
        if (::geteuid() == 0) {
            folder = QStringLiteral("/sys");
        } else {
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0500) == 0);
        }
        const QStringList before = filesIn(folder);
        const QString out = folder + QStringLiteral("/ffconsole-case.csv");
        const Run run = cli(report(QStringLiteral("csv"), out));
        QCOMPARE(run.exitCode, 9); // the output could not be written
        QVERIFY2(run.err.contains(out.toUtf8()) && run.err.contains("Could not save"), run.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(filesIn(folder), before);
        // Found before anything was fetched.
        QVERIFY(m_sandbox->requests().isEmpty());
    }

    void aLogThatCannotBeReadIsSaidNotAFailure()
    {
        // A folder where the log should be: there, but not a file that reads.
        const QString out = m_dir.filePath(QStringLiteral("nolog.pdf"));
        const Run run = CliRunner(*m_sandbox, m_dir.path()).run(report(QStringLiteral("pdf"), out));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const Run text = tool(QStringLiteral("pdftotext"), { out, QStringLiteral("-") });
        QVERIFY2(flat(QString::fromUtf8(text.out)).contains(QStringLiteral("audit log could not be read")),
            text.out.constData());
        QVERIFY(!flat(QString::fromUtf8(text.out)).contains(Reason));
        // The ticket text says so too, and never that no decision was recorded.
        const Run ticket
            = CliRunner(*m_sandbox, m_dir.path()).run(report(QStringLiteral("text"), QStringLiteral("-")));
        QVERIFY2(ticket.exitCode == 0, ticket.err.constData());
        QVERIFY2(ticket.out.contains("audit log could not be read"), ticket.out.constData());
        QVERIFY2(!ticket.out.contains("No decision recorded yet."), ticket.out.constData());
    }

    void aServersFormulaStaysText()
    {
        // One order whose item's title a spreadsheet would run, served in place of Zoe's orders.
        const QJsonObject item { { QStringLiteral("Id"), 70010 }, { QStringLiteral("PurchaseOrderId"), 7001 },
            { QStringLiteral("Title"), QStringLiteral("=HYPERLINK(\"x\")") },
            { QStringLiteral("SupplierRef"), QStringLiteral("SUP-1") }, { QStringLiteral("UnitPrice"), 3.99 },
            { QStringLiteral("CreatedDate"), QStringLiteral("2026-03-05T07:11:51.697+01:00") } };
        const QJsonArray orders { QJsonObject { { QStringLiteral("Id"), 7001 },
            { QStringLiteral("CreateDate"), QStringLiteral("2026-03-05T07:11:51.697+01:00") },
            { QStringLiteral("PaymentProviderTransactionId"), QStringLiteral("TX-1") },
            { QStringLiteral("PurchaseOrderItemDtos"), QJsonArray { item } } } };
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("status"), 200 },
            { QStringLiteral("pathContains"), QStringLiteral("PurchaseOrders") },
            { QStringLiteral("contentType"), QStringLiteral("application/json; charset=utf-8") },
            { QStringLiteral("body"),
                QString::fromUtf8(QJsonDocument(orders).toJson(QJsonDocument::Compact)) } } });
        const Run run = cli(report(QStringLiteral("csv"), QStringLiteral("-")));
        m_sandbox->clearFaults();
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QJsonObject> rows = csvRows(run.out);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()[QStringLiteral("Title")].toString(), QStringLiteral("'=HYPERLINK(\"x\")"));
    }

    void csvOnATerminalEndsItsRowsAsRows()
    {
        // Each row's CRLF ends the row on a terminal too; it was once shown as a literal "\\r".
        const Run run = CliRunner::runProgram(QStandardPaths::findExecutable(QStringLiteral("python3")),
            QStringList { QStringLiteral("-c"), QString::fromLatin1(OnTerminal), CliRunner::program(),
                QStringLiteral("--base-url"), m_sandbox->url().toString() }
                + report(QStringLiteral("csv"), QStringLiteral("-")),
            CliRunner::environmentWith({ { QStringLiteral("FFCONSOLE_TOKEN"), m_sandbox->token() },
                { QStringLiteral("FFCONSOLE_AUDIT_LOG"), auditLog() } }));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.startsWith("AffiliateId,"));
        QVERIFY(run.out.count('\n') > 2);
        QVERIFY2(!run.out.contains("\\r"), run.out.left(400).constData());
    }

    void aPdfIsNotWrittenToATerminal()
    {
        const Run run = CliRunner::runProgram(QStandardPaths::findExecutable(QStringLiteral("python3")),
            QStringList { QStringLiteral("-c"), QString::fromLatin1(OnTerminal), CliRunner::program(),
                QStringLiteral("--base-url"), m_sandbox->url().toString() }
                + report(QStringLiteral("pdf"), QStringLiteral("-")),
            CliRunner::environmentWith({ { QStringLiteral("FFCONSOLE_TOKEN"), m_sandbox->token() },
                { QStringLiteral("FFCONSOLE_AUDIT_LOG"), auditLog() } }));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("terminal"), run.err.constData());
        QVERIFY(!run.out.contains("%PDF"));
        QVERIFY(m_sandbox->requests().isEmpty());
    }

    void badOutputsAreRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        const auto base = [this](const QStringList& more) {
            return QStringList { QStringLiteral("report"), QStringLiteral("--affiliate"),
                QString::number(m_affiliate), QStringLiteral("--customer"), Zoe }
            + more;
        };
        QTest::newRow("no format") << base({ QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x")) })
                                   << QByteArray("--format pdf, csv or text");
        QTest::newRow("a table") << (QStringList { QStringLiteral("--format"), QStringLiteral("table") }
            + base({ QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x")) }))
                                 << QByteArray("--format must be pdf, csv or text");
        QTest::newRow("no --out") << (QStringList { QStringLiteral("--format"), QStringLiteral("csv") }
            + base({})) << QByteArray("--out");
    }

    void badOutputsAreRefusedBeforeAnythingIsSent()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(m_sandbox->requests().isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x"))));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
