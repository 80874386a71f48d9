// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ff {

// Inflates a gzip or deflate response body. The client asks for compressed bodies itself and
// inflates them here, on the parsing worker thread, rather than letting Qt inflate them on the
// thread that owns the network manager (the GUI thread): a 100 000-item customer is 90 MB of
// JSON, and inflating it there froze the window. Doing it here also keeps the body's declared
// length (Qt drops it when it inflates), so a body cut short is seen as such, and bounds the
// inflated size, so a small body cannot expand into gigabytes.
struct ContentDecoding
{
    enum class Outcome { Decoded, Damaged, TooLarge };

    Outcome outcome = Outcome::Decoded;
    QByteArray body;
    QString problem;

    // encoding: the Content-Encoding header, lower case ("gzip", "deflate", or "" / "identity").
    static ContentDecoding decode(const QByteArray& body, const QByteArray& encoding, qint64 maxBytes);
};

} // namespace ff
