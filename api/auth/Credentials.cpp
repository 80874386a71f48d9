// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/auth/Credentials.h"

#include <QNetworkRequest>
#include <QUrl>

namespace ff {

bool Credentials::mayBeSentTo(const QUrl& url) const
{
    const Origin origin = Origin::of(url);
    return origin.isValid() && origins.contains(origin);
}

bool Credentials::applyTo(QNetworkRequest& request) const
{
    if (scheme == AuthScheme::None)
        return true; // nothing secret to send
    if (!mayBeSentTo(request.url()))
        return false;
    switch (scheme) {
    case AuthScheme::None:
        break;
    case AuthScheme::Bearer:
        request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
        break;
    case AuthScheme::ApiKey:
        request.setRawHeader(apiKeyHeader.toLatin1(), secret.toUtf8());
        break;
    case AuthScheme::Basic:
        request.setRawHeader(
            "Authorization", "Basic " + (user + QLatin1Char(':') + secret).toUtf8().toBase64());
        break;
    }
    return true;
}

} // namespace ff
