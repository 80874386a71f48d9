// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/profile/ConnectionProfile.h"

#include <QObject>
#include <functional>

class QSettings;
class QWidget;

namespace ff {
class CredentialStore;
}

namespace ff::ui {

class ConnectionSession;

// The saved profiles and the way between them: which one to start on, the built-in sandbox
// (offered on the first start), Connection ▸ Profiles, switching, and a certificate the agent
// chose to trust. Its dialogs open over the window.
class ProfileManager final : public QObject
{
    Q_OBJECT

public:
    ProfileManager(
        ConnectionSession* session, CredentialStore* credentials, QSettings& settings, QWidget* window);

    QList<ConnectionProfile> profiles() const;
    void save(const QList<ConnectionProfile>& profiles);
    // Starts on preferred, else the last used profile, or offers the sandbox when there is none.
    void start(const QString& preferred);
    // Connects to the built-in sandbox, creating its profile if needed.
    void startSandbox();
    void switchTo(const ConnectionProfile& profile);
    void showProfiles();
    // Trusts these certificates for the active profile, each for its host and port, visibly; they
    // replace what that host and port trusted before (a changed certificate); then connects again.
    void trustCertificates(const QList<TrustedCertificate>& trusted);
    void setLastUsed(const QString& name);

signals:
    void profilesChanged();
    void warning(const QString& message);

private:
    // Brings settings and keychain entries of an older version up to date once, telling the agent
    // what changed, then goes on.
    void upgradeThen(std::function<void()> next);
    void startOn(const QString& preferred);
    void connectSandbox();
    void offerSandbox();

    ConnectionSession* m_session;
    CredentialStore* m_credentials;
    QSettings& m_settings;
    QWidget* m_window;
    bool m_upgraded = false;
};

} // namespace ff::ui
