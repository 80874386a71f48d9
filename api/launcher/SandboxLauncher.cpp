// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/launcher/SandboxLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <algorithm>

namespace ff {

Q_LOGGING_CATEGORY(lcLauncher, "ffconsole.api.launcher", QtWarningMsg)

namespace {

constexpr int KillAfterMs = 3000;
// The start lines are a few hundred bytes; a program that prints megabytes is not ours.
constexpr qsizetype MaxStartOutput = 64 * 1024;
constexpr qsizetype MaxKeptStderr = 16 * 1024;

QString executableName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("ffconsole-sandbox.exe");
#else
    return QStringLiteral("ffconsole-sandbox");
#endif
}

// Exactly these names, or any name with one of the prefixes.
const QStringList& passedNames()
{
    static const QStringList names { QStringLiteral("PATH"), QStringLiteral("HOME"), QStringLiteral("LANG"),
        QStringLiteral("LANGUAGE"), QStringLiteral("TZ"), QStringLiteral("TMPDIR"),
        QStringLiteral("LD_LIBRARY_PATH"), QStringLiteral("QT_LOGGING_RULES"),
        QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("QT_FORCE_STDERR_LOGGING"),
        QStringLiteral("LLVM_PROFILE_FILE"),
        // Without these a Windows process cannot even start its networking.
        QStringLiteral("SystemRoot"), QStringLiteral("TEMP"), QStringLiteral("TMP") };
    return names;
}

const QStringList& passedPrefixes()
{
    static const QStringList prefixes { QStringLiteral("LC_"), QStringLiteral("FFCONSOLE_SANDBOX_"),
        QStringLiteral("ASAN_"), QStringLiteral("LSAN_"), QStringLiteral("UBSAN_"), QStringLiteral("TSAN_") };
    return prefixes;
}

} // namespace

SandboxLauncher::SandboxLauncher(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ff::SandboxEndpoint>();
    m_timeout.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("%1 did not report ready within %2 s")
                 .arg(QFileInfo(m_program).fileName(), QString::number(m_timeoutMs / 1000.0)));
        stop();
    });
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process.state() != QProcess::NotRunning) {
            qCWarning(lcLauncher) << "the sandbox ignored SIGTERM; killing it";
            m_process.kill();
        }
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::readStandardOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &SandboxLauncher::readStandardError);
    connect(&m_process, &QProcess::finished, this, &SandboxLauncher::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &SandboxLauncher::onError);
}

SandboxLauncher::~SandboxLauncher()
{
    // Never leave an orphan server behind; the destructor cannot wait three seconds politely.
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        m_process.terminate();
        if (!m_process.waitForFinished(1000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QString SandboxLauncher::defaultProgram()
{
    const QString name = executableName();
    const QString appDir = QCoreApplication::applicationDirPath();
    // Installed side by side; or, in a build tree, app/ffconsole next to sandbox/ffconsole-sandbox.
    for (const QString& candidate :
        { QDir(appDir).filePath(name), QDir(appDir).filePath(QStringLiteral("../sandbox/") + name) }) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

QProcessEnvironment SandboxLauncher::childEnvironment(const QProcessEnvironment& from)
{
    QProcessEnvironment environment;
    for (const QString& name : from.keys()) {
        const bool passed = passedNames().contains(name)
            || std::any_of(passedPrefixes().cbegin(), passedPrefixes().cend(),
                [&name](const QString& prefix) { return name.startsWith(prefix); });
        if (passed)
            environment.insert(name, from.value(name));
    }
    return environment;
}

void SandboxLauncher::start(
    const QString& program, const QStringList& arguments, const QProcessEnvironment& environment)
{
    if (m_process.state() != QProcess::NotRunning) {
        emit failed(tr("the sandbox is already running"));
        return;
    }
    m_stdout.clear();
    m_stderr.clear();
    m_endpoint = {};
    m_startLines = {};
    m_ready = false;
    m_failed = false;
    m_program = program;
    if (program.isEmpty()) {
        m_failed = true;
        emit failed(tr("ffconsole-sandbox was not found next to this program or on PATH"));
        return;
    }
    m_process.setProcessEnvironment(childEnvironment(environment));
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_timeout.start(m_timeoutMs);
    qCInfo(lcLauncher) << "starting" << program << arguments;
    m_process.start(QIODevice::ReadOnly);
}

void SandboxLauncher::stop()
{
    m_timeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    m_killTimer.start(KillAfterMs);
}

void SandboxLauncher::readStandardOutput()
{
    const QByteArray bytes = m_process.readAllStandardOutput();
    if (m_ready || m_failed)
        return; // after the start lines the sandbox has nothing to say on stdout
    m_stdout += bytes;
    if (m_stdout.size() > MaxStartOutput) {
        fail(tr("%1 printed too much before reporting ready; is it really ffconsole-sandbox?")
                 .arg(QFileInfo(m_program).fileName()));
        stop();
        return;
    }
    qsizetype newline = 0;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdout.left(newline);
        m_stdout.remove(0, newline + 1);
        if (!m_startLines.read(line))
            continue;
        m_timeout.stop();
        if (!m_startLines.isComplete()) {
            fail(tr("%1 reported ready without an address and its tokens")
                     .arg(QFileInfo(m_program).fileName()));
            stop();
            return;
        }
        m_endpoint = m_startLines.endpoint();
        m_ready = true;
        emit ready(m_endpoint);
        return;
    }
}

void SandboxLauncher::readStandardError()
{
    m_stderr += m_process.readAllStandardError();
    if (m_stderr.size() > MaxKeptStderr)
        m_stderr = m_stderr.right(MaxKeptStderr);
}

QString SandboxLauncher::lastErrorLine() const
{
    const QList<QByteArray> lines = m_stderr.trimmed().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (!line.isEmpty())
            return QString::fromUtf8(line);
    }
    return {};
}

void SandboxLauncher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_timeout.stop();
    m_killTimer.stop();
    readStandardError();
    if (m_ready) {
        m_ready = false;
        emit exited(exitCode);
        return;
    }
    const QString detail = lastErrorLine();
    const QString program = QFileInfo(m_program).fileName();
    // Each sentence whole: a translation's verb agrees with the program and takes its own form.
    if (status == QProcess::CrashExit)
        fail(detail.isEmpty() ? tr("%1 crashed before reporting ready").arg(program)
                              : tr("%1 crashed: %2").arg(program, detail));
    else
        fail(detail.isEmpty()
                ? tr("%1 exited with code %2 before reporting ready").arg(program, QString::number(exitCode))
                : tr("%1 exited with code %2: %3").arg(program, QString::number(exitCode), detail));
}

void SandboxLauncher::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes arrive through finished()
    m_timeout.stop();
    fail(tr("cannot start %1: %2").arg(m_program, m_process.errorString()));
}

void SandboxLauncher::fail(const QString& message)
{
    if (m_failed || m_ready)
        return;
    m_failed = true;
    qCWarning(lcLauncher) << message;
    emit failed(message);
}

} // namespace ff
