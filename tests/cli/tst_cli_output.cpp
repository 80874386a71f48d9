// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/CliRunner.h"
#include "tests/support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using ff::test::SandboxProcess;

namespace {

using Run = ff::test::CliRunner::Run;

// Runs the program given as its arguments with a pseudo-terminal as its stdout (raw, so that the
// terminal adds no carriage returns), and writes what it printed there to its own stdout.
const char* const OnTerminal = R"(
import os, subprocess, sys, tty
master, slave = os.openpty()
tty.setraw(slave)
child = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=slave)
os.close(slave)
out = b''
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
sys.stdout.buffer.write(out)
sys.exit(child.wait())
)";

// CSV on stdin read by Python's csv module with the separator given, as a spreadsheet set to
// that separator reads it; the rows as a JSON array of arrays.
const char* const ReadCsv = R"(
import csv, io, json, sys
text = sys.stdin.buffer.read().decode('utf-8')
json.dump(list(csv.reader(io.StringIO(text, newline=''), delimiter=sys.argv[1])), sys.stdout)
)";

// Texts a server may hold: formulas hidden behind each separator a spreadsheet may split on.
const QStringList FormulaTitles = {
    QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"x\")"),
    QStringLiteral("Offer;=1+1"),
    QStringLiteral("Tab\t+cmd|' /C calc'!A0"),
    QStringLiteral("Comma,-2+3"),
    QStringLiteral("Semi;@SUM(A1:A9)"),
    QStringLiteral("Quoted;\"=cmd\""),
    QStringLiteral("Line\n=cmd"),
};
// Characters a terminal or an editor obeys: C0 and C1 controls, DEL, bidirectional overrides,
// isolates and marks.
const QString Controls = QStringLiteral("esc\x1b[2J csi") + QChar(0x9b) + QStringLiteral("31m del")
    + QChar(0x7f) + QStringLiteral(" rlo") + QChar(0x202e) + QStringLiteral("evil lri") + QChar(0x2066)
    + QStringLiteral("x pdi") + QChar(0x2069) + QStringLiteral(" lrm") + QChar(0x200e)
    + QStringLiteral(" alm") + QChar(0x061c) + QStringLiteral(" end");

bool isNumber(const QString& cell)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+(\\.[0-9]+)?$"));
    return number.match(cell).hasMatch();
}

// The raw UTF-8 of the characters of Controls that must never reach a terminal as they are.
QList<QByteArray> rawControls()
{
    QList<QByteArray> raw { QByteArray("\x1b"), QByteArray("\x7f") };
    for (const char16_t c : { 0x9b, 0x202e, 0x2066, 0x2069, 0x200e, 0x061c })
        raw.append(QString(QChar(c)).toUtf8());
    return raw;
}

QJsonObject item(qint64 id, qint64 order, const QString& title)
{
    return { { QStringLiteral("Id"), id }, { QStringLiteral("PurchaseOrderId"), order },
        { QStringLiteral("Title"), title },
        { QStringLiteral("SupplierRef"), QStringLiteral("SUP;-%1").arg(id) },
        { QStringLiteral("UnitPrice"), -3.99 }, { QStringLiteral("Deleted"), false },
        { QStringLiteral("CreatedDate"), QStringLiteral("2025-09-04T07:11:51.697+01:00") } };
}

// Orders whose items have these titles, one item each.
QJsonArray ordersTitled(const QStringList& titles)
{
    QJsonArray orders;
    qint64 id = 7001;
    for (const QString& title : titles) {
        orders.append(QJsonObject { { QStringLiteral("Id"), id },
            { QStringLiteral("Status"),
                QJsonObject { { QStringLiteral("Id"), 1 },
                    { QStringLiteral("Code"), QStringLiteral("+DONE") },
                    { QStringLiteral("Name"), QStringLiteral("Done;=0") } } },
            { QStringLiteral("CreateDate"), QStringLiteral("2025-09-04T07:11:51.697+01:00") },
            { QStringLiteral("PaymentProvider"), QStringLiteral("@provider") },
            { QStringLiteral("PaymentProviderTransactionId"), QStringLiteral("tx\t-1") },
            { QStringLiteral("PurchaseOrderItemDtos"), QJsonArray { item(id * 10, id, title) } } });
        ++id;
    }
    return orders;
}

} // namespace

// What ffconsole-cli writes is safe to open and to look at: a CSV runs no formula in a
// spreadsheet, whatever separator it splits on, and stays exact; JSON spells out every control
// and bidirectional character, losslessly; a table or a CSV on a terminal shows them, never
// obeys them. The real program, against a sandbox that serves what a hostile server could.
class TestCliOutput : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_python;

    // The CLI's arguments for a customer's orders in this format; the answer is what the next
    // serve() queued.
    static QStringList orders(const QString& format)
    {
        return { QStringLiteral("--format"), format, QStringLiteral("orders"), QStringLiteral("--affiliate"),
            QStringLiteral("1"), QStringLiteral("--customer"), QStringLiteral("hostile") };
    }

    // The next request whose path holds path is answered 200 with this JSON.
    void serve(const QString& path, const QJsonDocument& body)
    {
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("status"), 200 }, { QStringLiteral("pathContains"), path },
            { QStringLiteral("contentType"), QStringLiteral("application/json; charset=utf-8") },
            { QStringLiteral("body"), QString::fromUtf8(body.toJson(QJsonDocument::Compact)) } } });
    }

    Run run(const QString& program, const QStringList& arguments, const QByteArray& input = {})
    {
        return ff::test::CliRunner::runProgram(program, arguments,
            ff::test::CliRunner::environmentWith(
                { { QStringLiteral("FFCONSOLE_TOKEN"), m_sandbox->token() } }),
            input);
    }

    // The CLI with its stdout a pipe, or a terminal.
    Run cli(const QStringList& arguments, bool onTerminal = false)
    {
        const QStringList all = QStringList {
            qEnvironmentVariable("FFCONSOLE_CLI"), QStringLiteral("--base-url"), m_sandbox->url().toString()
        } + arguments;
        if (!onTerminal)
            return run(all.first(), all.mid(1));
        return run(m_python, QStringList { QStringLiteral("-c"), QString::fromLatin1(OnTerminal) } + all);
    }

    QList<QStringList> readCsv(const QByteArray& csv, const QString& separator)
    {
        const Run read
            = run(m_python, { QStringLiteral("-c"), QString::fromLatin1(ReadCsv), separator }, csv);
        if (read.exitCode != 0)
            qWarning("python3 could not read the CSV: %s", read.err.constData());
        QList<QStringList> rows;
        for (const QJsonValue& row : QJsonDocument::fromJson(read.out).array()) {
            QStringList cells;
            for (const QJsonValue& cell : row.toArray())
                cells.append(cell.toString());
            rows.append(cells);
        }
        return rows;
    }

    // Every cell a spreadsheet splitting on separator would see, that would start a formula.
    QStringList formulasUnder(const QByteArray& csv, const QString& separator)
    {
        QStringList formulas;
        const QList<QStringList> rows = readCsv(csv, separator);
        if (rows.isEmpty())
            return { QStringLiteral("(nothing read)") };
        for (const QStringList& row : rows) {
            for (const QString& cell : row) {
                if (!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.front()) && !isNumber(cell))
                    formulas.append(cell);
            }
        }
        return formulas;
    }

    // The cells of the column named header, read with a comma as RFC 4180 says.
    QStringList column(const QByteArray& csv, const QString& header)
    {
        const QList<QStringList> rows = readCsv(csv, QStringLiteral(","));
        const qsizetype at = rows.value(0).indexOf(header);
        QStringList cells;
        for (qsizetype row = 1; at >= 0 && row < rows.size(); ++row)
            cells.append(rows[row].value(at));
        return cells;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(
            !qEnvironmentVariable("FFCONSOLE_CLI").isEmpty(), "FFCONSOLE_CLI names the program under test");
        m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!m_python.isEmpty(), "python3 reads the CSV as a spreadsheet would");
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    }

    void init() { m_sandbox->clearFaults(); }

    void noSeparatorStartsAFormula_data()
    {
        QTest::addColumn<QString>("separator");
        QTest::newRow("comma") << QStringLiteral(",");
        QTest::newRow("semicolon") << QStringLiteral(";");
        QTest::newRow("tab") << QStringLiteral("\t");
    }

    void noSeparatorStartsAFormula()
    {
        QFETCH(QString, separator);
        serve(QStringLiteral("PurchaseOrders"), QJsonDocument(ordersTitled(FormulaTitles)));
        const Run csv = cli(orders(QStringLiteral("csv")));
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        const QStringList formulas = formulasUnder(csv.out, separator);
        QVERIFY2(formulas.isEmpty(), qPrintable(formulas.join(QStringLiteral(" | "))));
    }

    void aGuardedCellReadsAsItWasWithAQuoteBeforeEachFormula()
    {
        serve(QStringLiteral("PurchaseOrders"),
            QJsonDocument(ordersTitled({ QStringLiteral("Offer;=1+1"), QStringLiteral("Part 1; part 2"),
                QStringLiteral("Tab\there"), QStringLiteral("Quoted;\"=cmd\"") })));
        const Run csv = cli(orders(QStringLiteral("csv")));
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        QCOMPARE(column(csv.out, QStringLiteral("Item.Title")),
            QStringList({ QStringLiteral("Offer;'=1+1"), QStringLiteral("Part 1; part 2"),
                QStringLiteral("Tab\there"), QStringLiteral("Quoted;'\"=cmd\"") }));
        // A cell holding a semicolon or a tab is quoted, so that a reader splitting on them
        // keeps it whole where it can.
        QVERIFY2(csv.out.contains(",\"Part 1; part 2\","), csv.out.constData());
        QVERIFY2(csv.out.contains(",\"Tab\there\","), csv.out.constData());
        // Negative amounts stay numbers.
        for (const QString& price : column(csv.out, QStringLiteral("Item.UnitPrice")))
            QCOMPARE(price, QStringLiteral("-3.99"));
    }

    void purchasesAreGuardedToo()
    {
        QJsonArray purchases;
        for (const QString& type : FormulaTitles)
            purchases.append(QJsonObject { { QStringLiteral("Currency"), QStringLiteral("-GBP;=1") },
                { QStringLiteral("PurchaseType"), type }, { QStringLiteral("NetTotal"), -3.99 },
                { QStringLiteral("GrossTotal"), -4.79 }, { QStringLiteral("Paid"), true } });
        serve(QStringLiteral("purchases"),
            QJsonDocument(QJsonObject { { QStringLiteral("ResponseData"),
                QJsonObject { { QStringLiteral("Detail"),
                    QJsonObject { { QStringLiteral("Purchases"), purchases } } } } } }));
        const Run csv = cli({ QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("purchases"),
            QStringLiteral("--account"), QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7") });
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        for (const QString& separator : { QStringLiteral(","), QStringLiteral(";"), QStringLiteral("\t") }) {
            const QStringList formulas = formulasUnder(csv.out, separator);
            QVERIFY2(formulas.isEmpty(), qPrintable(separator + QStringLiteral(": ") + formulas.join(u'|')));
        }
        QCOMPARE(column(csv.out, QStringLiteral("NetTotal")).value(0), QStringLiteral("-3.99"));
        QCOMPARE(column(csv.out, QStringLiteral("GrossTotal")).value(0), QStringLiteral("-4.79"));
    }

    void jsonSpellsOutEveryControlAndBidiCharacter()
    {
        serve(QStringLiteral("PurchaseOrders"), QJsonDocument(ordersTitled({ Controls })));
        const Run json = cli(orders(QStringLiteral("json")));
        QVERIFY2(json.exitCode == 0, json.err.constData());
        for (const QByteArray& raw : rawControls())
            QVERIFY2(!json.out.contains(raw), raw.toHex().constData());
        for (const char* escaped :
            { "\\u001b", "\\u009b", "\\u007f", "\\u202e", "\\u2066", "\\u2069", "\\u200e", "\\u061c" })
            QVERIFY2(json.out.contains(escaped), escaped);
        // Lossless: read back, the title is what the server sent.
        const QJsonObject item = QJsonDocument::fromJson(json.out)
                                     .array()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("PurchaseOrderItemDtos"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(item.value(QStringLiteral("Title")).toString(), Controls);
    }

    void aTableShowsControlAndBidiCharacters()
    {
        for (const bool onTerminal : { false, true }) {
            serve(QStringLiteral("PurchaseOrders"), QJsonDocument(ordersTitled({ Controls })));
            const Run table = cli(orders(QStringLiteral("table")), onTerminal);
            QVERIFY2(table.exitCode == 0, table.err.constData());
            for (const QByteArray& raw : rawControls())
                QVERIFY2(!table.out.contains(raw), raw.toHex().constData());
            QVERIFY2(
                table.out.contains("esc\\x1b[2J csi\\x9b31m del\\x7f rlo\\u202eevil lri\\u2066x pdi\\u2069 "
                                   "lrm\\u200e alm\\u061c end"),
                table.out.constData());
        }
    }

    void csvShowsThemOnATerminalAndKeepsThemExactElsewhere()
    {
        serve(QStringLiteral("PurchaseOrders"), QJsonDocument(ordersTitled({ Controls })));
        const Run shown = cli(orders(QStringLiteral("csv")), true);
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        for (const QByteArray& raw : rawControls())
            QVERIFY2(!shown.out.contains(raw), raw.toHex().constData());
        QVERIFY2(shown.out.contains("rlo\\u202eevil"), shown.out.constData());
        QVERIFY2(shown.out.contains("csi\\x9b31m"), shown.out.constData());

        serve(QStringLiteral("PurchaseOrders"), QJsonDocument(ordersTitled({ Controls })));
        const Run exact = cli(orders(QStringLiteral("csv")));
        QVERIFY2(exact.exitCode == 0, exact.err.constData());
        QCOMPARE(column(exact.out, QStringLiteral("Item.Title")), QStringList { Controls });
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
