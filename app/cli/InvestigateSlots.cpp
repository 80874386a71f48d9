// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/InvestigateSlots.h"

#include <memory>
#include <utility>

namespace ff::cli {

InvestigateSlots::InvestigateSlots(int limit)
    : m_limit(limit < 1 ? 1 : limit)
{ }

void InvestigateSlots::run(Start start)
{
    if (m_closed) {
        start([] {});
        return;
    }
    m_waiting.push_back(std::move(start));
    startWaiting();
}

void InvestigateSlots::close()
{
    m_closed = true;
    // Taken out first: a start may queue further requests, which run() now calls at once.
    std::deque<Start> waiting = std::exchange(m_waiting, {});
    for (Start& start : waiting)
        start([] {});
}

void InvestigateSlots::startWaiting()
{
    // A request that ends at once (refused before it was sent) releases its slot from inside
    // start(): the loop below picks the next one up instead of recursing once per request.
    if (m_starting)
        return;
    m_starting = true;
    while (m_inFlight < m_limit && !m_waiting.empty()) {
        Start start = std::move(m_waiting.front());
        m_waiting.pop_front();
        ++m_inFlight;
        auto released = std::make_shared<bool>(false);
        start([this, released] {
            if (*released)
                return;
            *released = true;
            --m_inFlight;
            startWaiting();
        });
    }
    m_starting = false;
}

} // namespace ff::cli
