// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/auth/AuthScheme.h"
#include "api/auth/Credentials.h"
#include "api/client/ConnectionSettings.h"
#include "api/profile/AffiliateInfo.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace ff {

// A named place to connect to (Production, Staging, Sandbox) and how. Everything here may be
// stored in settings: the secret is not part of it, it lives in the keychain under the id.
struct ConnectionProfile
{
    // Made once when the profile is created and never changed nor reused: the keychain entry's
    // key, so that a rename keeps the secret and a new profile with an old name gets none.
    // Empty only for a profile an older version saved, until the console's first start.
    QString id;
    QString name;
    QUrl platformUrl;
    QUrl adminUrl; // empty: the same as platformUrl
    AuthScheme authScheme = AuthScheme::Bearer;
    QString apiKeyHeader = Credentials::DefaultApiKeyHeader;
    QString basicUser;
    int timeoutSeconds = 30;
    LowSpeedLimit lowSpeed; // not stored: always the default, but for tests that shorten it
    QString proxyUrl; // empty: the system's proxy settings
    bool allowInsecureHttp = false;
    bool readOnly = false;
    bool isProduction = false; // shown in a colour of its own
    bool isBuiltInSandbox = false; // started by the console itself; its token comes from it
    // Certificates of an unknown issuer the agent chose to trust, each for one host and port.
    QList<TrustedCertificate> trustedCertificates;
    QList<AffiliateInfo> affiliates;

    // A new id for a new profile.
    static QString newId();

    std::optional<AffiliateInfo> affiliate(qint64 id) const;
    QUrl effectiveAdminUrl() const { return adminUrl.isEmpty() ? platformUrl : adminUrl; }
    ConnectionSettings connectionSettings() const;
    // Proxy authentication is not supported: a proxy URL with a user name or password is refused
    // when typed and its credentials removed from settings an older version wrote.
    bool proxyHasCredentials() const;
    QString proxyWithoutCredentials() const;
    // The origins of its platform and admin URLs: the only places its secret may go.
    QList<Origin> origins() const;
    // Its scheme with this secret, bound to its origins.
    Credentials credentials(const QString& secret) const;

    friend bool operator==(const ConnectionProfile&, const ConnectionProfile&) = default;
};

} // namespace ff
