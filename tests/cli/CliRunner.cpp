// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/CliRunner.h"

#include "tests/support/SandboxProcess.h"

#include <QTest>
#include <QTranslator>

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
    QProcessEnvironment environment = untranslatedEnvironment();
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

QString CliRunner::inEnglish(const char* context, const char* source, int n)
{
    static const std::unique_ptr<QTranslator> english = [] {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/ffconsole_en")))
            qWarning("English's catalogue :/i18n/ffconsole_en is not among the resources");
        return translator;
    }();
    QString text = english->translate(context, source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    return text.replace(QLatin1String("%n"), QString::number(n));
}

QProcessEnvironment CliRunner::untranslatedEnvironment()
{
    // LC_ALL outranks LANG and LC_MESSAGES; LANGUAGE (a list of languages) outranks even LC_ALL
    // for the messages, unless the locale is C, where glibc ignores it; Qt reads it too.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    return environment;
}

QProcessEnvironment CliRunner::environmentWith(
    std::initializer_list<std::pair<QString, QString>> set, const QStringList& removed)
{
    QProcessEnvironment environment = untranslatedEnvironment();
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
