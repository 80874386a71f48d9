// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ResponseBody.h"

#include <QByteArray>
#include <QList>
#include <functional>
#include <memory>
#include <utility>

namespace ff::sandbox {

// A response to write: status, headers and either a body in memory or a body made in chunks
// on demand (for the "oversize" fault, which must not build a huge body at once).
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<std::pair<QByteArray, QByteArray>> headers;
    std::shared_ptr<const ResponseBody> body;
    // Streaming: streamLength bytes, asked for in pieces as (offset, maximum length).
    qint64 streamLength = -1;
    std::function<QByteArray(qint64 offset, qint64 maximum)> stream;
    // A streamed body goes out at this pace (the "trickle" fault); 0: as fast as it can.
    qint64 bytesPerSecond = 0;
    // Content-Encoding: deflate when the client takes it and the body is over 1 KiB.
    bool compressible = true;

    static HttpResponse json(int status, QByteArray body)
    {
        HttpResponse response;
        response.status = status;
        response.body = std::make_shared<const ResponseBody>(std::move(body));
        return response;
    }
    static HttpResponse html(int status, QByteArray body)
    {
        HttpResponse response = json(status, std::move(body));
        response.contentType = "text/html; charset=utf-8";
        return response;
    }
    qint64 bodySize() const { return stream ? streamLength : body ? body->bytes().size() : 0; }
};

} // namespace ff::sandbox
