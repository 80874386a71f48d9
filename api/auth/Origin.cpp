// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/auth/Origin.h"

#include <QStringList>
#include <QUrl>

namespace ff {

Origin Origin::of(const QUrl& url)
{
    Origin origin;
    origin.scheme = url.scheme().toLower();
    origin.host = url.host(QUrl::FullyEncoded).toLower();
    const int defaultPort = origin.scheme == QLatin1String("https") ? 443
        : origin.scheme == QLatin1String("http")                    ? 80
                                                                    : -1;
    origin.port = url.port(defaultPort);
    return origin;
}

QString Origin::toString() const
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPort(port);
    return url.toString();
}

QString describeOrigins(const QList<Origin>& origins)
{
    QStringList names;
    for (const Origin& origin : origins)
        names.append(origin.toString());
    return names.join(QStringLiteral(", "));
}

} // namespace ff
