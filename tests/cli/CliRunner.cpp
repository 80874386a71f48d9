// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/CliRunner.h"

#include "tests/support/SandboxProcess.h"

#include <QTest>

namespace ff::test {

CliRunner::CliRunner(SandboxProcess& sandbox, QString auditLog)
    : m_sandbox(sandbox)
    , m_auditLog(std::move(auditLog))
{ }

std::unique_ptr<SandboxProcess> CliRunner::startSandbox(QString& problem, const QStringList& arguments)
{
    if (program().isEmpty()) {
        problem = QStringLiteral("FFCONSOLE_CLI names the program under test, and is not set");
        return nullptr;
    }
    auto sandbox = std::make_unique<SandboxProcess>(arguments);
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
    process->start(
        program(), QStringList { QStringLiteral("--base-url"), m_sandbox.url().toString() } + arguments);
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

CliRunner::Run CliRunner::runProgram(const QString& program, const QStringList& arguments,
    const QProcessEnvironment& environment, const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForStarted(10'000)
        || !QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60'000))
        return {};
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

QProcessEnvironment CliRunner::environmentWith(
    std::initializer_list<std::pair<QString, QString>> set, const QStringList& removed)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : removed)
        environment.remove(name);
    for (const auto& [name, value] : set)
        environment.insert(name, value);
    return environment;
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
