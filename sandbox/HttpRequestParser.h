// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Result.h"
#include "sandbox/HttpRequest.h"

#include <QByteArray>
#include <optional>

namespace ff::sandbox {

// Takes requests off a connection's byte stream. Bodies are read by Content-Length; a request
// whose header section passes 64 KiB gets 431, a body over 10 MiB 413, a PUT (or a POST with a
// body coding) without a length 411, anything malformed 400. After any of those the connection
// is closed, since where the next request starts can no longer be known.
class HttpRequestParser final
{
public:
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qint64 MaxBodyBytes = 10 * 1024 * 1024;

    struct Failure
    {
        int status = 400;
        QByteArray reason;
    };

    void append(const QByteArray& bytes) { m_buffer += bytes; }
    bool hasBufferedBytes() const { return !m_buffer.isEmpty(); }

    // A complete request, nothing yet (wait for more bytes), or why the stream is unusable.
    Result<std::optional<HttpRequest>, Failure> next();
    // True once, when a request's headers asked for "100-continue" and its body is still to come.
    bool takeContinueRequest();

private:
    Result<HttpRequest, Failure> parseHead(const QByteArray& head) const;

    QByteArray m_buffer;
    std::optional<HttpRequest> m_head; // headers read, body pending
    qint64 m_bodyLength = 0;
    bool m_continuePending = false;
};

} // namespace ff::sandbox
