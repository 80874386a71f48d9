// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/auth/AuthScheme.h"

#include <QString>

class QNetworkRequest;

namespace ff {

// What authenticates requests: the scheme, where it goes, and the secret itself. The secret
// lives in memory only; it comes from the keychain or the environment and is never written
// to settings, logs or error messages.
struct Credentials
{
    static inline const QString DefaultApiKeyHeader = QStringLiteral("X-Api-Key");

    AuthScheme scheme = AuthScheme::None;
    QString apiKeyHeader = DefaultApiKeyHeader;
    QString user; // for basic
    QString secret;

    bool hasSecret() const { return scheme == AuthScheme::None || !secret.isEmpty(); }
    // Sets the one header the scheme needs.
    void applyTo(QNetworkRequest& request) const;
};

} // namespace ff
