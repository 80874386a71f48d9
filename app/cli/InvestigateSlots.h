// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <functional>

namespace ff::cli {

// Bounds the requests investigate has in flight at once (--concurrency), across all the
// customers of a list: a request waits for a free slot, first come first served, so that a
// list of thousands never opens more than K connections to the server.
class InvestigateSlots final
{
public:
    // Frees the slot; calling it again does nothing.
    using Release = std::function<void()>;
    using Start = std::function<void(Release)>;

    explicit InvestigateSlots(int limit);

    // Calls start at once when a slot is free, else when one is released. start sends its
    // request and calls the Release it is given when the request has ended, whatever the end.
    void run(Start start);
    int inFlight() const { return m_inFlight; }
    // Nothing more may be sent (the token was refused, stdout is gone): every start waiting, and
    // every later one, is called at once with a release that does nothing; it must see
    // isClosed() and send nothing, so that each request's caller still learns that it ended.
    void close();
    bool isClosed() const { return m_closed; }

private:
    void startWaiting();

    int m_limit;
    int m_inFlight = 0;
    bool m_starting = false;
    bool m_closed = false;
    std::deque<Start> m_waiting;
};

} // namespace ff::cli
