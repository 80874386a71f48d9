// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarks/ColdStart.h"

#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace ff::perf {

namespace {

qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace

int ColdStart::run(const QString& program, int runs)
{
    // A fresh home each time: no saved profile, as on an agent's first start, and nothing of the
    // developer's settings read or written.
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("FFCONSOLE_REPORT_FIRST_PAINT"), QStringLiteral("1"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProgram(program);
        const qint64 started = monotonicNs();
        process.start();
        if (!process.waitForFinished(30'000)) {
            process.kill();
            process.waitForFinished();
            std::fprintf(stderr, "ffbench: %s did not report its first paint\n", qPrintable(program));
            return 1;
        }
        // "first-paint <CLOCK_MONOTONIC ns>", on stdout
        const QByteArray output = process.readAllStandardOutput();
        const qsizetype at = output.indexOf("first-paint ");
        if (at < 0) {
            std::fprintf(stderr, "ffbench: %s exited without reporting its first paint: %s\n",
                qPrintable(program), process.readAllStandardError().constData());
            return 1;
        }
        const qint64 painted = output.mid(at + 12).trimmed().split('\n').first().toLongLong();
        times.push_back(double(painted - started) / 1e6);
    }
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    std::printf("{\"runs\": [");
    for (size_t i = 0; i < times.size(); ++i)
        std::printf("%s%.1f", i ? ", " : "", times[i]);
    std::printf("], \"median_ms\": %.1f}\n", sorted[sorted.size() / 2]);
    return 0;
}

} // namespace ff::perf
