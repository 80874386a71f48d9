// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/launcher/SandboxEndpoint.h"
#include "api/launcher/SandboxStartLines.h"

#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace ff {

// Starts ffconsole-sandbox as a child process and reports, asynchronously, where it listens:
// ready() once its stdout has said FFCONSOLE_SANDBOX_READY=1, or failed() if it could not start,
// exited before that (with the last line of its stderr), or was not ready in time. No nested
// event loop: everything happens in signal handlers. The console starts its default server with
// this; tests do too, through tests/support/SandboxProcess.
class SandboxLauncher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 20'000;

    explicit SandboxLauncher(QObject* parent = nullptr);
    ~SandboxLauncher() override;

    // The ffconsole-sandbox beside this application (or in the build tree's sandbox/ folder),
    // else the one on PATH; empty if there is none.
    static QString defaultProgram();

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // What of an environment the sandbox is given: the locale, the time zone, paths, Qt's
    // logging rules, the sanitizers' options and the sandbox's own FFCONSOLE_SANDBOX_*
    // variables. Nothing else: the console's environment may hold secrets (FFCONSOLE_TOKEN,
    // a proxy's password) that a test server has no business reading.
    static QProcessEnvironment childEnvironment(const QProcessEnvironment& from);

    // Starts the program with childEnvironment(environment). Its stdout is read for the start
    // lines; its stderr is kept for the failure message. A second start() while running is
    // refused with failed().
    void start(const QString& program, const QStringList& arguments,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    // Asks the sandbox to exit (SIGTERM), and kills it if it has not within three seconds.
    void stop();

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    bool isReady() const { return m_ready; }
    const SandboxEndpoint& endpoint() const { return m_endpoint; }
    qint64 processId() const { return m_process.processId(); }

signals:
    void ready(const ff::SandboxEndpoint& endpoint);
    void failed(const QString& message);
    // After ready(): the sandbox has exited (stopped, or died).
    void exited(int exitCode);

private:
    void readStandardOutput();
    void readStandardError();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void fail(const QString& message);
    QString lastErrorLine() const;

    QProcess m_process;
    QTimer m_timeout;
    QTimer m_killTimer;
    int m_timeoutMs = DefaultTimeoutMs;
    QByteArray m_stdout;
    QByteArray m_stderr;
    SandboxStartLines m_startLines;
    SandboxEndpoint m_endpoint; // once ready
    QString m_program;
    bool m_ready = false;
    bool m_failed = false;
};

} // namespace ff

Q_DECLARE_METATYPE(ff::SandboxEndpoint)
