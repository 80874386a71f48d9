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
// stored in settings: the secret is not part of it, it lives in the keychain under the name.
struct ConnectionProfile
{
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
    QStringList trustedCertificateFingerprints;
    QList<AffiliateInfo> affiliates;

    std::optional<AffiliateInfo> affiliate(qint64 id) const;
    QUrl effectiveAdminUrl() const { return adminUrl.isEmpty() ? platformUrl : adminUrl; }
    ConnectionSettings connectionSettings() const;
    Credentials credentials(const QString& secret) const;

    friend bool operator==(const ConnectionProfile&, const ConnectionProfile&) = default;
};

} // namespace ff
