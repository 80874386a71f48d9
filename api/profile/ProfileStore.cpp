// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/profile/ProfileStore.h"

#include <QCoreApplication>
#include <QHash>

namespace ff {

namespace {

const QString ProfilesGroup = QStringLiteral("profiles");
const QString AffiliatesArray = QStringLiteral("affiliates");
const QString TrustArray = QStringLiteral("trustedCertificate"); // host, port, sha256 each
// Before trust named a host and port: SHA-256 fingerprints alone, for any server of the profile.
const QString FingerprintsOnlyKey = QStringLiteral("trustedCertificates");
// Profiles whose secret is still keyed by their name in the keychain: id = name.
const QString SecretsByNameGroup = QStringLiteral("secretsKeyedByName");

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
        p.id = m_settings.value(QStringLiteral("id")).toString();
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
        const int trusted = m_settings.beginReadArray(TrustArray);
        for (int t = 0; t < trusted; ++t) {
            m_settings.setArrayIndex(t);
            p.trustedCertificates.append({ m_settings.value(QStringLiteral("host")).toString(),
                m_settings.value(QStringLiteral("port")).toInt(),
                m_settings.value(QStringLiteral("sha256")).toString() });
        }
        m_settings.endArray();
        const int affiliates = m_settings.beginReadArray(AffiliatesArray);
        for (int a = 0; a < affiliates; ++a) {
            m_settings.setArrayIndex(a);
            // A profile saved before the policy and zone were kept has neither: the defaults.
            p.affiliates.append({ m_settings.value(QStringLiteral("id")).toLongLong(),
                m_settings.value(QStringLiteral("name")).toString(),
                m_settings.value(QStringLiteral("currency")).toString(),
                m_settings.value(QStringLiteral("refundPolicy")).toString(),
                m_settings.value(QStringLiteral("timeZone")).toString() });
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
        if (!p.id.isEmpty())
            m_settings.setValue(QStringLiteral("id"), p.id);
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
        m_settings.beginWriteArray(TrustArray, int(p.trustedCertificates.size()));
        for (int t = 0; t < p.trustedCertificates.size(); ++t) {
            m_settings.setArrayIndex(t);
            m_settings.setValue(QStringLiteral("host"), p.trustedCertificates[t].host);
            m_settings.setValue(QStringLiteral("port"), p.trustedCertificates[t].port);
            m_settings.setValue(QStringLiteral("sha256"), p.trustedCertificates[t].sha256);
        }
        m_settings.endArray();
        m_settings.beginWriteArray(AffiliatesArray, int(p.affiliates.size()));
        for (int a = 0; a < p.affiliates.size(); ++a) {
            m_settings.setArrayIndex(a);
            m_settings.setValue(QStringLiteral("id"), p.affiliates[a].id);
            m_settings.setValue(QStringLiteral("name"), p.affiliates[a].name);
            m_settings.setValue(QStringLiteral("currency"), p.affiliates[a].currency);
            if (!p.affiliates[a].refundPolicy.isEmpty())
                m_settings.setValue(QStringLiteral("refundPolicy"), p.affiliates[a].refundPolicy);
            if (!p.affiliates[a].timeZone.isEmpty())
                m_settings.setValue(QStringLiteral("timeZone"), p.affiliates[a].timeZone);
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

QStringList ProfileStore::upgrade()
{
    // What only the file knows: trust given by fingerprint alone.
    QHash<QString, int> fingerprintsOnly; // profile name → how many
    bool anyFingerprintsOnly = false;
    const int count = m_settings.beginReadArray(ProfilesGroup);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        anyFingerprintsOnly |= m_settings.contains(FingerprintsOnlyKey);
        fingerprintsOnly.insert(m_settings.value(QStringLiteral("name")).toString(),
            int(m_settings.value(FingerprintsOnlyKey).toStringList().size()));
    }
    m_settings.endArray();

    QStringList notices;
    bool changed = anyFingerprintsOnly;
    QList<ConnectionProfile> upgraded = profiles();
    for (ConnectionProfile& profile : upgraded) {
        if (profile.id.isEmpty()) {
            profile.id = ConnectionProfile::newId();
            m_settings.setValue(SecretsByNameGroup + QLatin1Char('/') + profile.id, profile.name);
            changed = true;
        }
        if (profile.proxyHasCredentials()) {
            profile.proxyUrl = profile.proxyWithoutCredentials();
            changed = true;
            notices.append(QCoreApplication::translate("ff::ProfileStore",
                "Profile “%1”: its proxy had a user name or password saved in the "
                "settings file. Proxy authentication is not supported, so they were "
                "removed; the proxy %2 is used without them.")
                               .arg(profile.name, profile.proxyUrl));
        }
        if (const int dropped = fingerprintsOnly.value(profile.name); dropped > 0)
            notices.append(QCoreApplication::translate("ff::ProfileStore",
                "Profile “%1”: %n certificate(s) trusted by fingerprint alone are no "
                "longer trusted, because trust is now given for one server (host and "
                "port). When the server's certificate is shown, review it and trust it "
                "again if it is expected.",
                nullptr, dropped)
                               .arg(profile.name));
    }
    if (changed)
        save(upgraded);
    return notices;
}

QList<QPair<QString, QString>> ProfileStore::secretsKeyedByName() const
{
    QList<QPair<QString, QString>> pending;
    m_settings.beginGroup(SecretsByNameGroup);
    for (const QString& id : m_settings.childKeys())
        pending.append({ id, m_settings.value(id).toString() });
    m_settings.endGroup();
    return pending;
}

void ProfileStore::secretMoved(const QString& profileId)
{
    m_settings.remove(SecretsByNameGroup + QLatin1Char('/') + profileId);
    m_settings.sync();
}

} // namespace ff
