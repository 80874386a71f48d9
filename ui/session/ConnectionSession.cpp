// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/ConnectionSession.h"

#include "api/auth/CredentialStore.h"
#include "api/client/ApiClient.h"
#include "api/launcher/SandboxInfoReader.h"
#include "api/launcher/SandboxLauncher.h"

#include <QDir>
#include <QStandardPaths>

namespace ff::ui {

ConnectionSession::ConnectionSession(CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_credentials(credentials)
{ }

ConnectionSession::~ConnectionSession()
{
    reset();
}

void ConnectionSession::reset()
{
    ++m_generation;
    m_sandboxCustomers.clear();
    m_sandboxShowcaseCustomer = {};
    if (m_client)
        delete m_client; // its calls go with it; their callbacks are never called
    if (m_sandbox) {
        m_sandbox->stop();
        m_sandbox->deleteLater();
    }
    m_state = State::Idle;
}

void ConnectionSession::activate(const ConnectionProfile& profile)
{
    reset();
    m_profile = profile;
    emit profileChanged(m_profile);
    m_state = State::Connecting;
    if (profile.isBuiltInSandbox) {
        startSandbox();
        return;
    }
    if (profile.authScheme == AuthScheme::None) {
        connectWith(profile.credentials(QString()));
        return;
    }
    const int generation = m_generation;
    m_credentials->read(profile.id, this, [this, generation](Result<QString, CredentialStore::Error> secret) {
        if (generation != m_generation)
            return;
        if (secret) {
            connectWith(m_profile.credentials(*secret));
            return;
        }
        m_state = State::WaitingForSecret;
        switch (secret.error().kind) {
        case CredentialStore::Error::Kind::NotFound:
            emit secretNeeded(
                m_profile, tr("No secret is stored for profile “%1” yet.").arg(m_profile.name), true);
            break;
        case CredentialStore::Error::Kind::Unavailable:
            m_keychainAvailable = false;
            emit secretNeeded(m_profile,
                tr("No keychain is available on this computer, so the secret is asked for each time "
                   "and never saved."),
                false);
            break;
        case CredentialStore::Error::Kind::AccessDenied:
        case CredentialStore::Error::Kind::Other:
            emit secretNeeded(
                m_profile, tr("The keychain could not be read: %1").arg(secret.error().message), false);
            break;
        }
    });
}

void ConnectionSession::renewSecret(const QString& reason)
{
    if (m_state != State::Ready)
        return;
    m_state = State::WaitingForSecret;
    emit secretNeeded(m_profile, reason, m_keychainAvailable && !m_profile.isBuiltInSandbox);
}

void ConnectionSession::declineSecret()
{
    if (m_state == State::WaitingForSecret)
        m_state = m_client ? State::Ready : State::Failed;
}

void ConnectionSession::provideSecret(const QString& secret, bool remember)
{
    if (m_state != State::WaitingForSecret)
        return;
    if (m_client) {
        // Renewing: the same connection goes on with the new secret.
        if (remember && m_keychainAvailable && !m_profile.isBuiltInSandbox)
            m_credentials->write(m_profile.id, secret, this, [](auto) {});
        m_client->setSecret(secret);
        m_credentialsInUse.secret = secret;
        m_state = State::Ready;
        emit credentialsRenewed();
        return;
    }
    if (remember && m_keychainAvailable) {
        m_credentials->write(m_profile.id, secret, this,
            [this](Result<CredentialStore::Done, CredentialStore::Error> written) {
                if (!written)
                    emit failed(tr("The secret works for now but could not be saved in the keychain: %1")
                                    .arg(written.error().message));
            });
    }
    connectWith(m_profile.credentials(secret));
}

void ConnectionSession::useCredentials(const ConnectionProfile& profile, const Credentials& credentials)
{
    reset();
    m_profile = profile;
    emit profileChanged(m_profile);
    connectWith(credentials);
}

void ConnectionSession::useCredentialsOf(const ConnectionProfile& profile)
{
    const Credentials credentials = m_credentialsInUse;
    useCredentials(profile, credentials);
}

void ConnectionSession::connectWith(const Credentials& credentials)
{
    m_credentialsInUse = credentials;
    m_client = new ApiClient(m_profile.connectionSettings(), credentials, this);
    m_state = State::Ready;
    emit ready();
}

void ConnectionSession::startSandbox()
{
    m_sandbox = new SandboxLauncher(this);
    const int generation = m_generation;
    connect(m_sandbox, &SandboxLauncher::ready, this, [this, generation](const SandboxEndpoint& endpoint) {
        if (generation != m_generation)
            return;
        m_profile.platformUrl = endpoint.baseUrl;
        m_profile.adminUrl = endpoint.baseUrl;
        Credentials credentials = m_profile.credentials(endpoint.token);
        if (const auto scheme = authSchemeFromName(endpoint.auth))
            credentials.scheme = *scheme;
        if (!endpoint.apiKeyHeader.isEmpty())
            credentials.apiKeyHeader = endpoint.apiKeyHeader;
        if (!endpoint.basicUser.isEmpty())
            credentials.user = endpoint.basicUser;
        learnSandboxAffiliates(endpoint.baseUrl, credentials);
    });
    connect(m_sandbox, &SandboxLauncher::failed, this, [this, generation](const QString& message) {
        if (generation != m_generation)
            return;
        m_state = State::Failed;
        emit failed(tr("The built-in sandbox did not start: %1").arg(message));
    });
    QStringList arguments = m_sandboxArguments;
    if (arguments.isEmpty()) {
        // The sandbox keeps the changes agents make across restarts, beside the console's data.
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        arguments = { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet"),
            QStringLiteral("--exit-with-parent") };
        if (!data.isEmpty() && QDir().mkpath(data))
            arguments += { QStringLiteral("--data"), data + QStringLiteral("/sandbox-journal.jsonl") };
    }
    m_sandbox->start(
        m_sandboxProgram.isEmpty() ? SandboxLauncher::defaultProgram() : m_sandboxProgram, arguments);
}

void ConnectionSession::learnSandboxAffiliates(const QUrl& baseUrl, const Credentials& credentials)
{
    // The sandbox describes its affiliates; the profile then shows them by name and currency.
    // A description that does not come in time is done without: the connection goes on.
    SandboxEndpoint endpoint = m_sandbox->endpoint();
    endpoint.baseUrl = baseUrl;
    auto* reader = new SandboxInfoReader(this);
    const int generation = m_generation;
    reader->read(endpoint, this, [this, reader, credentials, generation](Result<SandboxInfo, QString> read) {
        reader->deleteLater();
        if (generation != m_generation)
            return;
        const SandboxInfo info = read ? read.value() : SandboxInfo();
        const QList<SandboxAffiliate> affiliates = info.affiliates.value_or(QList<SandboxAffiliate>());
        if (!affiliates.isEmpty())
            m_profile.affiliates.clear();
        for (const SandboxAffiliate& affiliate : affiliates)
            m_profile.affiliates.append({ affiliate.id.value_or(0), affiliate.name.value_or(QString()),
                affiliate.currency.value_or(QString()) });
        // The first customer of each affiliate, for the welcome page to offer.
        QSet<qint64> offered;
        for (const SandboxCustomer& customer : info.customers.value_or(QList<SandboxCustomer>())) {
            const qint64 affiliateId = customer.affiliateId.value_or(0);
            const QString username = customer.username.value_or(QString());
            if (affiliateId > 0 && !username.isEmpty() && !offered.contains(affiliateId)) {
                offered.insert(affiliateId);
                m_sandboxCustomers.append({ affiliateId, username });
            }
            if (customer.showcase == QStringLiteral("refunds") && affiliateId > 0 && !username.isEmpty()
                && m_sandboxShowcaseCustomer.second.isEmpty())
                m_sandboxShowcaseCustomer = { affiliateId, username };
        }
        connectWith(credentials);
    });
}

} // namespace ff::ui
