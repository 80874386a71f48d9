// SPDX-License-Identifier: GPL-3.0-or-later
// ffconsole-cli in the language of its environment, as git is: its messages, table headings and
// --help follow LANG; its JSON, CSV and JSON Lines and its exit codes never do. The real program
// against a real sandbox.
#include "api/core/GuidText.h"
#include "api/launcher/SandboxCustomer.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/SandboxProcess.h"

#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <algorithm>

using ff::test::CliRunner;
using ff::test::SandboxProcess;

namespace {

using Run = CliRunner::Run;

const QString Now = QStringLiteral("2026-03-06T12:00:00Z");

// The catalogues a German CLI reads: the console's (a resource of ffmodels) and Qt's own.
QString consoleCatalogue(const QString& language)
{
    return QStringLiteral(":/i18n/ffconsole_%1.qm").arg(language);
}

QString qtCatalogue(const QString& language)
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_%1.qm").arg(language);
}

} // namespace

class TestCliLocale : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    ff::SandboxCustomer m_zoe;
    QTemporaryDir m_audit;

    QString username() const { return m_zoe.username.value_or(QString()); }
    QString account() const
    {
        return QString::fromLatin1(ff::GuidText::toText(m_zoe.customerId.value_or(QUuid())));
    }

    // The CLI with LANG=lang and nothing that outranks it (LC_ALL, LC_MESSAGES, LANGUAGE).
    Run cliIn(const QString& lang, const QStringList& arguments) const
    {
        const QProcessEnvironment environment = CliRunner::environmentWith(
            { { QStringLiteral("LANG"), lang }, { QStringLiteral("FFCONSOLE_TOKEN"), m_sandbox->token() },
                { QStringLiteral("FFCONSOLE_AUDIT_LOG"), m_audit.filePath(QStringLiteral("audit.jsonl")) } },
            { QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LANGUAGE") });
        return CliRunner::runProgram(CliRunner::program(),
            QStringList { QStringLiteral("--base-url"), m_sandbox->url().toString() } + arguments,
            environment);
    }

    QStringList affiliateAnd(const QString& command) const
    {
        return { command, QStringLiteral("--affiliate"), QString::number(m_zoe.affiliateId.value_or(0)) };
    }

private slots:
    void initTestCase()
    {
        QString problem;
        m_sandbox = CliRunner::startSandbox(problem);
        QVERIFY2(m_sandbox, qPrintable(problem));
        const std::optional<ff::SandboxCustomer> zoe = m_sandbox->findCustomer(QStringLiteral("zoë smith"));
        QVERIFY(zoe);
        m_zoe = *zoe;
        QVERIFY(m_audit.isValid());
    }

    // What the CLI says for a person is in German under LANG=de_DE.UTF-8: exactly what the German
    // catalogues make of the source, filled with the same arguments.
    void messagesAreInTheEnvironmentsLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QStringList>("values"); // for %1, %2...
        QTest::addColumn<bool>("onStderr"); // the error line, else a table's line on stdout
        QTest::addColumn<int>("exitCode");

        QTest::newRow("a bad --affiliate")
            << QStringList { QStringLiteral("orders"), QStringLiteral("--affiliate"), QStringLiteral("abc"),
                   QStringLiteral("--customer"), QStringLiteral("x") }
            << consoleCatalogue(QStringLiteral("de")) << QByteArray("ff::cli::InputValidation")
            << QByteArray("--%1 must be a positive whole number, not \"%2\"")
            << QStringList { QStringLiteral("affiliate"), QStringLiteral("abc") } << true << 2;
        QTest::newRow("no command") << QStringList {} << consoleCatalogue(QStringLiteral("de"))
                                    << QByteArray("ff::cli::CliApplication")
                                    << QByteArray("no command given; try --help") << QStringList {} << true
                                    << 2;
        // QCommandLineParser's own message, from Qt's catalogue: installed beside the console's.
        QTest::newRow("an unknown option (Qt's)")
            << QStringList { QStringLiteral("orders"), QStringLiteral("--colour") }
            << qtCatalogue(QStringLiteral("de")) << QByteArray("QCommandLineParser")
            << QByteArray("Unknown option '%1'.") << QStringList { QStringLiteral("colour") } << true << 2;
        QTest::newRow("a table's heading")
            << affiliateAnd(QStringLiteral("orders"))
                + QStringList { QStringLiteral("--customer"), username() }
            << consoleCatalogue(QStringLiteral("de")) << QByteArray("ff::cli::OrderOutput")
            << QByteArray("Supplier ref") << QStringList {} << false << 0;
    }

    void messagesAreInTheEnvironmentsLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, catalogue);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(QStringList, values);
        QFETCH(bool, onStderr);
        QFETCH(int, exitCode);
        if (!QFile::exists(catalogue))
            QSKIP(qPrintable(catalogue + QStringLiteral(" is not installed (qt6-translations-l10n)")));

        if (!onStderr)
            arguments = QStringList { QStringLiteral("--format"), QStringLiteral("table") } + arguments;
        const Run german = cliIn(QStringLiteral("de_DE.UTF-8"), arguments);
        QCOMPARE(german.exitCode, exitCode);

        QTranslator translator;
        QVERIFY2(translator.load(catalogue), qPrintable(catalogue));
        QString expected = translator.translate(context.constData(), source.constData());
        QVERIFY2(!expected.isEmpty(), source.constData());
        QVERIFY(expected != QString::fromUtf8(source));
        for (const QString& value : std::as_const(values))
            expected = expected.arg(value);

        if (onStderr) {
            QCOMPARE(QString::fromUtf8(german.err), QStringLiteral("ffconsole-cli: %1\n").arg(expected));
            QVERIFY(german.out.isEmpty());
        } else {
            QVERIFY2(german.out.contains(expected.toUtf8()), german.out.constData());
            QVERIFY(!german.out.contains(source));
        }
        // The same program in the C locale says the source itself.
        const Run english = cliIn(QStringLiteral("C.UTF-8"), arguments);
        QCOMPARE(english.exitCode, exitCode);
        QString original = QString::fromUtf8(source);
        for (const QString& value : std::as_const(values))
            original = original.arg(value);
        QVERIFY2((onStderr ? english.err : english.out).contains(original.toUtf8()),
            (onStderr ? english.err : english.out).constData());
    }

    // What scripts read is the same bytes in every language, and so is the exit code.
    void machineOutputNeverChangesWithTheLocale_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString customer = QStringLiteral("--customer");
        for (const QString& format : { QStringLiteral("json"), QStringLiteral("csv") }) {
            const QStringList formatted { QStringLiteral("--format"), format };
            QTest::addRow("orders %s", qPrintable(format))
                << formatted + affiliateAnd(QStringLiteral("orders")) + QStringList { customer, username() };
            QTest::addRow("purchases %s", qPrintable(format)) << formatted
                    + QStringList { QStringLiteral("purchases"), QStringLiteral("--account"), account() };
            QTest::addRow("investigate %s", qPrintable(format)) << formatted
                    + affiliateAnd(QStringLiteral("investigate"))
                    + QStringList { customer, username(), QStringLiteral("--at"), Now };
            QTest::addRow("unknown customer %s", qPrintable(format)) << formatted
                    + affiliateAnd(QStringLiteral("orders"))
                    + QStringList { customer, QStringLiteral("nobody at all") };
        }
        // A list with a customer who does not exist: the failure line's error is English too.
        const QString customers = m_audit.filePath(QStringLiteral("customers.txt"));
        QFile list(customers);
        if (list.open(QIODevice::WriteOnly))
            list.write(username().toUtf8() + "\nnobody at all\n");
        list.close();
        QTest::newRow("investigate list jsonl, one customer unknown")
            << QStringList { QStringLiteral("--format"), QStringLiteral("jsonl") }
                + affiliateAnd(QStringLiteral("investigate"))
                + QStringList { QStringLiteral("--customers"), customers, QStringLiteral("--at"), Now };
        QTest::newRow("investigate jsonl")
            << QStringList { QStringLiteral("--format"), QStringLiteral("jsonl") }
                + affiliateAnd(QStringLiteral("investigate"))
                + QStringList { customer, username(), QStringLiteral("--at"), Now };
    }

    void machineOutputNeverChangesWithTheLocale()
    {
        QFETCH(QStringList, arguments);
        // A list's customers are investigated side by side, so its lines come in any order, and
        // each request has an id of its own: both set aside, the bytes must be the same.
        const bool list = arguments.contains(QStringLiteral("--customers"));
        const auto comparable = [list](const QByteArray& out) {
            QByteArray text = QString::fromUtf8(out)
                                  .replace(QRegularExpression(QStringLiteral("request id [0-9a-f-]+")),
                                      QStringLiteral("request id …"))
                                  .toUtf8();
            if (!list)
                return text;
            QList<QByteArray> lines = text.split('\n');
            std::sort(lines.begin(), lines.end());
            return lines.join('\n');
        };
        const Run c = cliIn(QStringLiteral("C.UTF-8"), arguments);
        QVERIFY(c.exitCode >= 0);
        QVERIFY2(c.exitCode != 0 || !c.out.isEmpty(), c.err.constData());
        for (const QString& lang :
            { QStringLiteral("de_DE.UTF-8"), QStringLiteral("fr_FR.UTF-8"), QStringLiteral("pl_PL.UTF-8") }) {
            const Run run = cliIn(lang, arguments);
            QCOMPARE(run.exitCode, c.exitCode);
            QVERIFY2(comparable(run.out) == comparable(c.out),
                qPrintable(QStringLiteral("%1 wrote other bytes than C.UTF-8:\n%2\n---\n%3")
                               .arg(lang, QString::fromUtf8(run.out.left(3000)),
                                   QString::fromUtf8(c.out.left(3000)))));
        }
    }

    // --help in German: the CLI's texts, and Qt's own (QCommandLineParser's "Usage: %1",
    // "[options]", "Options:") from qtbase_de.qm.
    void helpIsInTheEnvironmentsLanguage()
    {
        if (!QFile::exists(qtCatalogue(QStringLiteral("de"))))
            QSKIP("qtbase_de.qm is not installed (qt6-translations-l10n)");
        QTranslator qt;
        QVERIFY(qt.load(qtCatalogue(QStringLiteral("de"))));
        const QString usage = qt.translate("QCommandLineParser", "Usage: %1");
        const QString options = qt.translate("QCommandLineParser", "[options]");
        const QString optionsHeading = qt.translate("QCommandLineParser", "Options:");
        QCOMPARE(usage, QStringLiteral("Aufruf: %1"));
        QCOMPARE(options, QStringLiteral("[Optionen]"));

        const QStringList arguments { QStringLiteral("orders"), QStringLiteral("--help") };
        const Run german = cliIn(QStringLiteral("de_DE.UTF-8"), arguments);
        QCOMPARE(german.exitCode, 0);
        const QString help = QString::fromUtf8(german.out);
        // "Aufruf: /path/to/ffconsole-cli [Optionen] orders": the command's name where Qt's
        // "command" stood, after Qt's German words.
        QVERIFY2(help.startsWith(usage.arg(QString())), qPrintable(help));
        QVERIFY2(help.section(u'\n', 0, 0)
                     .endsWith(QStringLiteral("ffconsole-cli ") + options + QStringLiteral(" orders")),
            qPrintable(help));
        QVERIFY2(help.contains(optionsHeading + u'\n'), qPrintable(help));
        // Options keep their names in every language.
        for (const char* name :
            { "--affiliate <N>", "--customer <NAME_OR_EMAIL>", "--format <table|json|csv>" })
            QVERIFY2(help.contains(QLatin1String(name)), name);

        // The console's own texts there.
        QTranslator console;
        QVERIFY(console.load(consoleCatalogue(QStringLiteral("de"))));
        const QString showHelp = console.translate("ff::cli::CliApplication", "Show this help.");
        QVERIFY(!showHelp.isEmpty());
        QVERIFY2(help.contains(showHelp), qPrintable(help));
        QVERIFY(!help.contains(QLatin1String("Show this help.")));
    }
};

QTEST_GUILESS_MAIN(TestCliLocale)
#include "tst_cli_locale.moc"
