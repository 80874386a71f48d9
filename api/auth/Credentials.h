// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/auth/AuthScheme.h"
#include "api/auth/Origin.h"

#include <QList>
#include <QString>

class QNetworkRequest;
class QUrl;

namespace ff {

// What authenticates requests: the scheme, where it goes, and the secret itself. The secret
// lives in memory only; it comes from the keychain or the environment and is never written
// to settings, logs or error messages. It is bound to origins (a profile's platform and admin
// URLs) and joins no request to any other.
struct Credentials
{
    static inline const QString DefaultApiKeyHeader = QStringLiteral("X-Api-Key");

    AuthScheme scheme = AuthScheme::None;
    QString apiKeyHeader = DefaultApiKeyHeader;
    QString user; // for basic
    QString secret;
    // Where the secret may be sent. Empty: not bound yet; ApiClient binds such credentials to its
    // own URLs, and until then they go nowhere.
    QList<Origin> origins;

    bool hasSecret() const { return scheme == AuthScheme::None || !secret.isEmpty(); }
    bool mayBeSentTo(const QUrl& url) const;
    // Sets the one header the scheme needs, for a request to one of the origins only: false,
    // with nothing set, for any other URL.
    bool applyTo(QNetworkRequest& request) const;
};

} // namespace ff
