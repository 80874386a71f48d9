// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/profile/ConnectionProfile.h"

#include <QList>
#include <QPair>
#include <QSettings>
#include <memory>

namespace ff {

// Connection profiles in QSettings, shared by the console and the CLI. Never a secret: those
// are in the keychain (CredentialStore), keyed by profile id.
class ProfileStore final
{
public:
    // The settings both programs use; FFCONSOLE_SETTINGS names an INI file instead (tests).
    static std::unique_ptr<QSettings> openSettings();

    explicit ProfileStore(QSettings& settings)
        : m_settings(settings)
    { }

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString& name) const;
    void save(const QList<ConnectionProfile>& profiles);

    // Brings what an older version wrote up to date, at the console's start: gives each profile
    // an id (its secret, still keyed by its name, is then listed in secretsKeyedByName until it is
    // moved), removes a proxy's user name and password, and drops certificate trust given by
    // fingerprint alone. Returns what the agent should be told.
    QStringList upgrade();
    // Profiles whose keychain entry is still keyed by their name: (id, name).
    QList<QPair<QString, QString>> secretsKeyedByName() const;
    void secretMoved(const QString& profileId);

    QString lastUsed() const;
    void setLastUsed(const QString& name);

private:
    QSettings& m_settings;
};

} // namespace ff
