// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QUrl;

namespace ff {

// Scheme, host and port of a URL: where a profile's secret may be sent. http and https are
// different origins, and so are two ports of one host; a port left out is the scheme's default,
// so https://h/ and https://h:443/ are the same origin.
struct Origin
{
    QString scheme; // lower case
    QString host; // as QUrl normalises it (lower case)
    int port = -1;

    static Origin of(const QUrl& url);
    bool isValid() const { return !scheme.isEmpty() && !host.isEmpty() && port > 0; }
    // "https://host:port", for messages.
    QString toString() const;

    friend bool operator==(const Origin&, const Origin&) = default;
};

// The origins as one line for a message: "https://a:443, https://b:8443".
QString describeOrigins(const QList<Origin>& origins);

} // namespace ff
