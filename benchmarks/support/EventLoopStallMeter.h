// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ff::perf {

// How long the event loop of this thread went without turning: a precise 1 ms timer notes the
// time between its firings, and the worst gap less the interval is the worst stall, the longest
// a keystroke or a paint had to wait. Used by the benchmarks and by tests/perf alike, so that
// both measure a stall the same way.
class EventLoopStallMeter final : public QObject
{
public:
    explicit EventLoopStallMeter(QObject* parent = nullptr);

    // Starts (again) from no stall.
    void start();
    void stop();
    // Forgets the worst stall so far and keeps measuring: one reading per phase.
    void restart();

    double worstStallMs() const;
    qint64 ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstGapNs = 0;
    qint64 m_ticks = 0;
};

} // namespace ff::perf
