// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <memory>
#include <utility>

namespace ff::test {

class SandboxProcess;

// Runs the real ffconsole-cli ($FFCONSOLE_CLI, set by ctest) against a sandbox, with the
// sandbox's token in FFCONSOLE_TOKEN and an audit log of the suite's own.
class CliRunner final
{
public:
    struct Run
    {
        int exitCode = -1; // -1: it did not finish within a minute
        QByteArray out;
        QByteArray err;
    };

    CliRunner(SandboxProcess& sandbox, QString auditLog);
    // A sandbox for a CLI suite, once the program under test is known; nothing, and why, if not.
    static std::unique_ptr<SandboxProcess> startSandbox(QString& problem, const QStringList& arguments = {});

    QString auditLog() const { return m_auditLog; }
    // --base-url SANDBOX ARGUMENTS..., input on stdin; token: null for the sandbox's, or this one.
    Run run(const QStringList& arguments, const QByteArray& input = {}, const QString& token = QString(),
        const QProcessEnvironment& extra = {}) const;
    // The same, started and left running (for programs run side by side); finish() ends it.
    std::unique_ptr<QProcess> start(const QStringList& arguments, const QByteArray& input = {},
        const QProcessEnvironment& extra = {}) const;
    // The same, its stdout going to this file (such as /dev/full) instead of being read: out is empty.
    Run runWritingTo(const QString& outputFile, const QStringList& arguments) const;
    static Run finish(QProcess& process);

    // Any program (the CLI with a profile rather than --base-url, python3 around it, script(1)),
    // in `environment`; the event loop turns meanwhile, for a server in the test's own process.
    static Run runProgram(const QString& program, const QStringList& arguments,
        const QProcessEnvironment& environment, const QByteArray& input = {});
    // The test's environment in the C locale (LC_ALL=C.UTF-8, no LANGUAGE), so that the CLI
    // speaks the English the suites assert on a machine of any language; then these variables
    // set and those removed (a test that asks for a locale removes LC_ALL and sets LANG).
    static QProcessEnvironment environmentWith(
        std::initializer_list<std::pair<QString, QString>> set, const QStringList& removed = {});
    // The test's environment in the C locale, as above, with nothing else changed.
    static QProcessEnvironment untranslatedEnvironment();
    // What the CLI says for a count in the C locale: English's plural form of `source` (English's
    // catalogue, :/i18n/ffconsole_en, gives "1 item", "2 items" for "%n item(s)"), or the source
    // while the catalogue has none; %n replaced by n, any %1 left for arg().
    static QString inEnglish(const char* context, const char* source, int n);
    // The program under test, $FFCONSOLE_CLI.
    static QString program() { return qEnvironmentVariable("FFCONSOLE_CLI"); }

private:
    std::unique_ptr<QProcess> start(const QStringList& arguments, const QByteArray& input,
        const QProcessEnvironment& extra, const QString& outputFile) const;

    SandboxProcess& m_sandbox;
    QString m_auditLog;
};

} // namespace ff::test
