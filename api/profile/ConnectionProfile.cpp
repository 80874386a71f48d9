// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/profile/ConnectionProfile.h"

#include <QUuid>

namespace ff {

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

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
    settings.trustedCertificates = trustedCertificates;
    if (!proxyUrl.isEmpty()) {
        const QUrl url(proxyUrl);
        const bool socks = url.scheme().startsWith(QLatin1String("socks"));
        settings.proxy = QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
            url.host(), quint16(url.port(socks ? 1080 : 8080)));
    }
    return settings;
}

bool ConnectionProfile::proxyHasCredentials() const
{
    // "user:password@host:port", with or without a scheme: any '@' names a user.
    return proxyUrl.contains(QLatin1Char('@'));
}

QString ConnectionProfile::proxyWithoutCredentials() const
{
    const qsizetype schemeEnd = proxyUrl.indexOf(QLatin1String("://"));
    const qsizetype authority = schemeEnd < 0 ? 0 : schemeEnd + 3;
    const qsizetype at = proxyUrl.lastIndexOf(QLatin1Char('@'));
    if (at < authority)
        return proxyUrl;
    return proxyUrl.left(authority) + proxyUrl.mid(at + 1);
}

QList<Origin> ConnectionProfile::origins() const
{
    QList<Origin> origins;
    for (const QUrl& url : { platformUrl, effectiveAdminUrl() }) {
        const Origin origin = Origin::of(url);
        if (origin.isValid() && !origins.contains(origin))
            origins.append(origin);
    }
    return origins;
}

Credentials ConnectionProfile::credentials(const QString& secret) const
{
    Credentials credentials;
    credentials.origins = origins();
    credentials.scheme = authScheme;
    credentials.apiKeyHeader = apiKeyHeader.isEmpty() ? Credentials::DefaultApiKeyHeader : apiKeyHeader;
    credentials.user = basicUser;
    credentials.secret = secret;
    return credentials;
}

} // namespace ff
