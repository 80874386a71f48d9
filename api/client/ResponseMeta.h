// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ff {

// What a response said about itself, beside its body.
struct ResponseMeta
{
    int httpStatus = 0;
    QByteArray contentType; // lower case, without parameters
    QByteArray contentEncoding; // lower case: "gzip", "deflate", or empty
    QString requestId;
};

} // namespace ff
