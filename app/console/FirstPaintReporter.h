// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <cstdio>
#include <ctime>

namespace ff::app {

// For scripts/bench.sh (ffbench --cold-start): prints "first-paint <CLOCK_MONOTONIC ns>" once
// the first paint of the window has reached the screen, and quits. Only made when
// FFCONSOLE_REPORT_FIRST_PAINT is set.
class FirstPaintReporter final : public QObject
{
public:
    explicit FirstPaintReporter(QObject* parent)
        : QObject(parent)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            // Queued: it runs once this paint and the rest of the window's have been flushed.
            QTimer::singleShot(0, this, [] {
                timespec now {};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::printf(
                    "first-paint %lld\n", static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    bool m_reported = false;
};

} // namespace ff::app
