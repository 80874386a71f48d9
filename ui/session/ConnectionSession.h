// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/auth/Credentials.h"
#include "api/client/ApiClient.h"
#include "api/profile/ConnectionProfile.h"

#include <QObject>
#include <QPointer>

namespace ff {
class CredentialStore;
class SandboxLauncher;
} // namespace ff

namespace ff::ui {

// The connection the window works through: the active profile, its secret and the ApiClient
// made from them. Switching profile tears the old client down first (profileChanged), so that
// nothing fetched under one profile is ever shown under another. The secret comes from the
// keychain; when there is none (or no keychain), secretNeeded asks the window to ask the agent.
// The built-in sandbox profile starts ffconsole-sandbox and takes its URL and token from it.
class ConnectionSession final : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, WaitingForSecret, Ready, Failed };

    explicit ConnectionSession(CredentialStore* credentials, QObject* parent = nullptr);
    ~ConnectionSession() override;

    void activate(const ConnectionProfile& profile);
    // The answer to secretNeeded. remember stores it in the keychain (when there is one).
    void provideSecret(const QString& secret, bool remember);
    // The server refused the credentials mid-session (a token that expired): asks for the
    // secret again through secretNeeded, keeping the connection and its tabs; once given,
    // credentialsRenewed tells what was refused to load again.
    void renewSecret(const QString& reason);
    // The agent declined to give a secret: a renewal leaves the connection as it was.
    void declineSecret();
    // For a window started against a server the caller already knows (tests, --base-url).
    void useCredentials(const ConnectionProfile& profile, const Credentials& credentials);
    // The same profile with changed settings (a certificate now trusted), on the same secret.
    void useCredentialsOf(const ConnectionProfile& profile);
    void setSandboxProgram(const QString& program) { m_sandboxProgram = program; }
    void setSandboxArguments(const QStringList& arguments) { m_sandboxArguments = arguments; }

    State state() const { return m_state; }
    const ConnectionProfile& profile() const { return m_profile; }
    ApiClient* client() const { return m_client; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    // The built-in sandbox's test customers, for a new user to try: (affiliate, username).
    // Empty for any other profile.
    const QList<QPair<qint64, QString>>& sandboxCustomers() const { return m_sandboxCustomers; }
    // The first customer the built-in sandbox laid out to show the refund investigation (its
    // info's "showcase"), for the welcome page to offer; an empty username when none.
    const QPair<qint64, QString>& sandboxShowcaseCustomer() const { return m_sandboxShowcaseCustomer; }

signals:
    void profileChanged(const ff::ConnectionProfile& profile);
    void ready();
    void credentialsRenewed();
    void failed(const QString& message);
    void secretNeeded(const ff::ConnectionProfile& profile, const QString& reason, bool canRemember);

private:
    void startSandbox();
    void learnSandboxAffiliates(const QUrl& baseUrl, const Credentials& credentials);
    void connectWith(const Credentials& credentials);
    void reset();

    CredentialStore* m_credentials;
    ConnectionProfile m_profile;
    QPointer<ApiClient> m_client;
    Credentials m_credentialsInUse;
    QPointer<SandboxLauncher> m_sandbox;
    QString m_sandboxProgram;
    QStringList m_sandboxArguments;
    State m_state = State::Idle;
    bool m_keychainAvailable = true;
    int m_generation = 0; // answers for an earlier profile are dropped
    QList<QPair<qint64, QString>> m_sandboxCustomers;
    QPair<qint64, QString> m_sandboxShowcaseCustomer;
};

} // namespace ff::ui
