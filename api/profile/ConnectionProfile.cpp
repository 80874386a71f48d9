// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/profile/ConnectionProfile.h"

namespace ff {

std::optional<AffiliateInfo> ConnectionProfile::affiliate(qint64 id) const
{
    for (const AffiliateInfo& info : affiliates) {
        if (info.id == id)
            return info;
    }
    return std::nullopt;
}

ConnectionSettings ConnectionProfile::connectionSettings() const
{
    ConnectionSettings settings;
    settings.platformUrl = platformUrl;
    settings.adminUrl = effectiveAdminUrl();
    settings.timeoutMs = timeoutSeconds * 1000;
    settings.lowSpeed = lowSpeed;
    settings.allowInsecureHttp = allowInsecureHttp;
    settings.readOnly = readOnly;
    settings.trustedCertificateFingerprints = trustedCertificateFingerprints;
    if (!proxyUrl.isEmpty()) {
        const QUrl url(proxyUrl);
        const bool socks = url.scheme().startsWith(QLatin1String("socks"));
        settings.proxy = QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
            url.host(), quint16(url.port(socks ? 1080 : 8080)));
    }
    return settings;
}

Credentials ConnectionProfile::credentials(const QString& secret) const
{
    Credentials credentials;
    credentials.scheme = authScheme;
    credentials.apiKeyHeader = apiKeyHeader.isEmpty() ? Credentials::DefaultApiKeyHeader : apiKeyHeader;
    credentials.user = basicUser;
    credentials.secret = secret;
    return credentials;
}

} // namespace ff
