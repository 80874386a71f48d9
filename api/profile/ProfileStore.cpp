// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/profile/ProfileStore.h"

namespace ff {

namespace {

const QString ProfilesGroup = QStringLiteral("profiles");
const QString AffiliatesArray = QStringLiteral("affiliates");

} // namespace

std::unique_ptr<QSettings> ProfileStore::openSettings()
{
    const QString file = qEnvironmentVariable("FFCONSOLE_SETTINGS");
    if (!file.isEmpty())
        return std::make_unique<QSettings>(file, QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("FilmFlex"),
        QStringLiteral("AgentConsole"));
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    const int count = m_settings.beginReadArray(ProfilesGroup);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings.value(QStringLiteral("name")).toString();
        p.platformUrl = QUrl(m_settings.value(QStringLiteral("platformUrl")).toString());
        p.adminUrl = QUrl(m_settings.value(QStringLiteral("adminUrl")).toString());
        p.authScheme = authSchemeFromName(m_settings.value(QStringLiteral("auth")).toString())
                           .value_or(AuthScheme::Bearer);
        p.apiKeyHeader
            = m_settings.value(QStringLiteral("apiKeyHeader"), Credentials::DefaultApiKeyHeader).toString();
        p.basicUser = m_settings.value(QStringLiteral("basicUser")).toString();
        p.timeoutSeconds = qBound(1, m_settings.value(QStringLiteral("timeoutSeconds"), 30).toInt(), 600);
        p.proxyUrl = m_settings.value(QStringLiteral("proxy")).toString();
        p.allowInsecureHttp = m_settings.value(QStringLiteral("allowInsecureHttp"), false).toBool();
        p.readOnly = m_settings.value(QStringLiteral("readOnly"), false).toBool();
        p.isProduction = m_settings.value(QStringLiteral("production"), false).toBool();
        p.isBuiltInSandbox = m_settings.value(QStringLiteral("builtInSandbox"), false).toBool();
        p.trustedCertificateFingerprints
            = m_settings.value(QStringLiteral("trustedCertificates")).toStringList();
        const int affiliates = m_settings.beginReadArray(AffiliatesArray);
        for (int a = 0; a < affiliates; ++a) {
            m_settings.setArrayIndex(a);
            p.affiliates.append({ m_settings.value(QStringLiteral("id")).toLongLong(),
                m_settings.value(QStringLiteral("name")).toString(),
                m_settings.value(QStringLiteral("currency")).toString() });
        }
        m_settings.endArray();
        if (!p.name.isEmpty())
            result.append(p);
    }
    m_settings.endArray();
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString& name) const
{
    for (const ConnectionProfile& p : profiles()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::save(const QList<ConnectionProfile>& profiles)
{
    m_settings.remove(ProfilesGroup);
    m_settings.beginWriteArray(ProfilesGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile& p = profiles[i];
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), p.name);
        m_settings.setValue(QStringLiteral("platformUrl"), p.platformUrl.toString());
        m_settings.setValue(QStringLiteral("adminUrl"), p.adminUrl.toString());
        m_settings.setValue(QStringLiteral("auth"), authSchemeName(p.authScheme));
        m_settings.setValue(QStringLiteral("apiKeyHeader"), p.apiKeyHeader);
        m_settings.setValue(QStringLiteral("basicUser"), p.basicUser);
        m_settings.setValue(QStringLiteral("timeoutSeconds"), p.timeoutSeconds);
        m_settings.setValue(QStringLiteral("proxy"), p.proxyUrl);
        m_settings.setValue(QStringLiteral("allowInsecureHttp"), p.allowInsecureHttp);
        m_settings.setValue(QStringLiteral("readOnly"), p.readOnly);
        m_settings.setValue(QStringLiteral("production"), p.isProduction);
        m_settings.setValue(QStringLiteral("builtInSandbox"), p.isBuiltInSandbox);
        m_settings.setValue(QStringLiteral("trustedCertificates"), p.trustedCertificateFingerprints);
        m_settings.beginWriteArray(AffiliatesArray, int(p.affiliates.size()));
        for (int a = 0; a < p.affiliates.size(); ++a) {
            m_settings.setArrayIndex(a);
            m_settings.setValue(QStringLiteral("id"), p.affiliates[a].id);
            m_settings.setValue(QStringLiteral("name"), p.affiliates[a].name);
            m_settings.setValue(QStringLiteral("currency"), p.affiliates[a].currency);
        }
        m_settings.endArray();
    }
    m_settings.endArray();
    m_settings.sync();
}

QString ProfileStore::lastUsed() const
{
    return m_settings.value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsed(const QString& name)
{
    m_settings.setValue(QStringLiteral("lastProfile"), name);
}

} // namespace ff
