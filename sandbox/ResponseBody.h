// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <optional>

namespace ff::sandbox {

// A response body and, made on first demand and kept, its deflate encoding. Shared by pointer,
// so that a large cached body (a hundred thousand order items) is neither copied nor compressed
// again for each request.
class ResponseBody final
{
public:
    explicit ResponseBody(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }

    const QByteArray& bytes() const { return m_bytes; }
    // HTTP's "deflate" is the zlib format (RFC 1950), which is qCompress's output without its
    // four-byte length prefix.
    const QByteArray& deflated() const;

private:
    QByteArray m_bytes;
    mutable std::optional<QByteArray> m_deflated;
};

} // namespace ff::sandbox
