// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

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
    static std::unique_ptr<SandboxProcess> startSandbox(QString& problem);

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

private:
    std::unique_ptr<QProcess> start(const QStringList& arguments, const QByteArray& input,
        const QProcessEnvironment& extra, const QString& outputFile) const;

    SandboxProcess& m_sandbox;
    QString m_auditLog;
};

} // namespace ff::test
