// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/auth/Credentials.h"

#include <QNetworkRequest>

namespace ff {

void Credentials::applyTo(QNetworkRequest& request) const
{
    switch (scheme) {
    case AuthScheme::None:
        return;
    case AuthScheme::Bearer:
        request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
        return;
    case AuthScheme::ApiKey:
        request.setRawHeader(apiKeyHeader.toLatin1(), secret.toUtf8());
        return;
    case AuthScheme::Basic:
        request.setRawHeader(
            "Authorization", "Basic " + (user + QLatin1Char(':') + secret).toUtf8().toBase64());
        return;
    }
}

} // namespace ff
