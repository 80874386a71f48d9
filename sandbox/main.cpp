// SPDX-License-Identifier: GPL-3.0-or-later
// ffconsole-sandbox: the FilmFlex platform API on loopback, for the console and its tests.
// Everything but the process's own affairs (options, signals, the parent) is the ffsandbox
// library; its endpoint goes to stdout as start lines (api/launcher/SandboxStartLines.h), which
// ff::SandboxLauncher waits for.

#include "api/launcher/SandboxStartLines.h"
#include "sandbox/SandboxInstance.h"
#include "sandbox/SignalWatcher.h"
#include "sandbox/StartupSummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

using namespace ff;
using namespace ff::sandbox;
using namespace Qt::StringLiterals;

namespace {

void printError(const QString& message)
{
    std::fprintf(stderr, "ffconsole-sandbox: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ffconsole-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FFCONSOLE_VERSION));

    const auto parsed = SandboxOptions::parse(QCoreApplication::arguments());
    if (!parsed) {
        printError(parsed.error());
        return 2;
    }
    const SandboxOptions& options = parsed.value();
    if (options.help) {
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    }

#ifdef Q_OS_LINUX
    if (options.exitWithParent) {
        // The console that started us may die without stopping us; the kernel tells us then.
        const pid_t parent = ::getppid();
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            return 0; // the parent died before the request took effect
    }
#endif
    SignalWatcher signalWatcher;
    QObject::connect(
        &signalWatcher, &SignalWatcher::terminationRequested, &app, [](int) { QCoreApplication::quit(); });

    auto started = SandboxInstance::start(options, printError);
    if (!started) {
        printError(started.error().message);
        return started.error().exitCode;
    }
    const SandboxInstance& sandbox = *started.value();
    const QByteArray lines = SandboxStartLines::write(sandbox.endpoint());
    std::fwrite(lines.constData(), 1, size_t(lines.size()), stdout);
    std::fflush(stdout);
    if (!options.quiet) {
        const QString summary = StartupSummary::text(
            sandbox.data(), sandbox.endpoint().baseUrl.toString(), options.seed, startup.elapsed());
        std::fputs(qPrintable(summary), stderr);
    }
    return QCoreApplication::exec();
}
