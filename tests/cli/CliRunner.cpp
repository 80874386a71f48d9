// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/CliRunner.h"

#include "tests/support/SandboxProcess.h"

namespace ff::test {

CliRunner::CliRunner(SandboxProcess& sandbox, QString auditLog)
    : m_sandbox(sandbox)
    , m_auditLog(std::move(auditLog))
{ }

std::unique_ptr<SandboxProcess> CliRunner::startSandbox(QString& problem)
{
    if (qEnvironmentVariable("FFCONSOLE_CLI").isEmpty()) {
        problem = QStringLiteral("FFCONSOLE_CLI names the program under test, and is not set");
        return nullptr;
    }
    auto sandbox = std::make_unique<SandboxProcess>();
    if (!sandbox->isReady()) {
        problem = sandbox->errorString();
        return nullptr;
    }
    return sandbox;
}

std::unique_ptr<QProcess> CliRunner::start(
    const QStringList& arguments, const QByteArray& input, const QProcessEnvironment& extra) const
{
    return start(arguments, input, extra, QString());
}

CliRunner::Run CliRunner::runWritingTo(const QString& outputFile, const QStringList& arguments) const
{
    return finish(*start(arguments, {}, {}, outputFile));
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList& arguments, const QByteArray& input,
    const QProcessEnvironment& extra, const QString& outputFile) const
{
    auto process = std::make_unique<QProcess>();
    if (!outputFile.isEmpty())
        process->setStandardOutputFile(outputFile);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FFCONSOLE_TOKEN"), m_sandbox.token());
    environment.insert(QStringLiteral("FFCONSOLE_AUDIT_LOG"), m_auditLog);
    environment.insert(extra);
    process->setProcessEnvironment(environment);
    process->start(qEnvironmentVariable("FFCONSOLE_CLI"),
        QStringList { QStringLiteral("--base-url"), m_sandbox.url().toString() } + arguments);
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
    return process;
}

CliRunner::Run CliRunner::finish(QProcess& process)
{
    if (!process.waitForFinished(60'000))
        return {};
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

CliRunner::Run CliRunner::run(const QStringList& arguments, const QByteArray& input, const QString& token,
    const QProcessEnvironment& extra) const
{
    QProcessEnvironment environment = extra;
    if (!token.isNull())
        environment.insert(QStringLiteral("FFCONSOLE_TOKEN"), token);
    return finish(*start(arguments, input, environment));
}

} // namespace ff::test
