// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/PathSegment.h"

#include <QCoreApplication>
#include <QUrl>

namespace ff {

Result<QByteArray, QString> PathSegment::encode(const QString& value, const QString& what)
{
    if (value.isEmpty())
        return QCoreApplication::translate("ff::PathSegment", "%1 is empty").arg(what);
    if (value == QLatin1String(".") || value == QLatin1String(".."))
        return QCoreApplication::translate(
            "ff::PathSegment", "%1 cannot be \"%2\": it would not survive as a path segment")
            .arg(what, value);
    // Everything but RFC 3986's unreserved characters is encoded, sub-delimiters included.
    return QUrl::toPercentEncoding(value);
}

} // namespace ff
