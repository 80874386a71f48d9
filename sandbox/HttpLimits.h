// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ff::sandbox {

// What the server grants a client before it gives up on it. The sandbox runs on agents'
// machines, where anything local (a web page in a browser among them) can connect to it, so
// no client may hold it up for long or make it keep much for it.
struct HttpLimits
{
    // Connections open at once; one more is answered 503 and closed at once.
    int maxConnections = 64;
    // From the first byte of a request (or from accepting a connection) to the last byte of its
    // body; a header that never ends or a body that trickles is answered 408 and closed.
    int requestTimeoutMs = 10'000;
    // Between requests on a kept-alive connection (IIS's default).
    int idleTimeoutMs = 120'000;
    // Read from a client while its request is being answered (a delayed answer): beyond this,
    // nothing more is read until the answer has gone, and TCP holds the client back.
    qint64 readBufferBytes = 64 * 1024;
};

} // namespace ff::sandbox
