// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/profile/ConnectionProfile.h"

#include <QList>
#include <QSettings>
#include <memory>

namespace ff {

// Connection profiles in QSettings, shared by the console and the CLI. Never a secret: those
// are in the keychain (CredentialStore), keyed by profile name.
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

    QString lastUsed() const;
    void setLastUsed(const QString& name);

private:
    QSettings& m_settings;
};

} // namespace ff
