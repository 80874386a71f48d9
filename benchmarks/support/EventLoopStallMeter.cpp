// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarks/support/EventLoopStallMeter.h"

#include <algorithm>

namespace ff::perf {

namespace {
constexpr int IntervalMs = 1;
}

EventLoopStallMeter::EventLoopStallMeter(QObject* parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopStallMeter::tick);
}

void EventLoopStallMeter::start()
{
    restart();
    m_timer.start();
}

void EventLoopStallMeter::stop()
{
    tick(); // a stall still going on when measuring stops counts too
    m_timer.stop();
}

void EventLoopStallMeter::restart()
{
    m_clock.start();
    m_lastNs = 0;
    m_worstGapNs = 0;
    m_ticks = 0;
}

void EventLoopStallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_worstGapNs = std::max(m_worstGapNs, now - m_lastNs);
    m_lastNs = now;
    ++m_ticks;
}

double EventLoopStallMeter::worstStallMs() const
{
    return std::max(0.0, double(m_worstGapNs) / 1e6 - IntervalMs);
}

} // namespace ff::perf
