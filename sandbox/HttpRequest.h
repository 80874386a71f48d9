// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace ff::sandbox {

// One HTTP/1.1 request as received. The path is kept twice: exactly as sent (still
// percent-encoded) and as segments each decoded on its own, so that an encoded '/' (%2F) in a
// username or supplier ref stays inside its segment, as ASP.NET routing sees it.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray rawPath;
    QByteArray rawQuery;
    QStringList segments;
    QList<std::pair<QString, QString>> query; // decoded, in the order sent
    QList<std::pair<QByteArray, QByteArray>> headers; // names as sent
    QByteArray body;
    int minorVersion = 1;
    QByteArray requestId; // sent back as X-Request-Id

    // The first header of that name, compared case-insensitively; empty if absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // The first query parameter of that name, compared case-insensitively as model binding does.
    std::optional<QString> queryValue(QStringView name) const;
    // HTTP/1.1 keeps the connection unless told "close"; HTTP/1.0 closes unless told "keep-alive".
    bool keepAlive() const;
    // Whether the client takes "deflate" (Accept-Encoding, with a q-value other than 0).
    bool acceptsDeflate() const;

    // Splits a target into rawPath, rawQuery, segments and query.
    bool setTarget(const QByteArray& requestTarget);
};

} // namespace ff::sandbox
