// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/ProfileManager.h"

#include "api/profile/ProfileMigration.h"
#include "api/profile/ProfileStore.h"
#include "ui/profiles/ProfilesDialog.h"
#include "ui/session/ConnectionSession.h"

#include <QMessageBox>
#include <QPushButton>

namespace ff::ui {

namespace {

const QString SandboxProfileName = QStringLiteral("Sandbox");

} // namespace

ProfileManager::ProfileManager(
    ConnectionSession* session, CredentialStore* credentials, QSettings& settings, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_credentials(credentials)
    , m_settings(settings)
    , m_window(window)
{ }

QList<ConnectionProfile> ProfileManager::profiles() const
{
    return ProfileStore(m_settings).profiles();
}

void ProfileManager::save(const QList<ConnectionProfile>& profiles)
{
    ProfileStore(m_settings).save(profiles);
    emit profilesChanged();
}

void ProfileManager::setLastUsed(const QString& name)
{
    ProfileStore(m_settings).setLastUsed(name);
}

void ProfileManager::upgradeThen(std::function<void()> next)
{
    if (m_upgraded) {
        next();
        return;
    }
    m_upgraded = true;
    auto* migration = new ProfileMigration(m_settings, m_credentials, this);
    migration->run([this, migration, next = std::move(next)](const QStringList& notices) {
        migration->deleteLater();
        if (!notices.isEmpty()) {
            auto* box = new QMessageBox(QMessageBox::Information, tr("Settings updated"),
                notices.join(QStringLiteral("\n\n")), QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("settingsUpdatedDialog"));
            box->setTextFormat(Qt::PlainText);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit profilesChanged();
        next();
    });
}

void ProfileManager::start(const QString& preferred)
{
    upgradeThen([this, preferred] { startOn(preferred); });
}

void ProfileManager::startOn(const QString& preferred)
{
    const QList<ConnectionProfile> saved = profiles();
    if (saved.isEmpty()) {
        offerSandbox();
        return;
    }
    const QString wanted = preferred.isEmpty() ? ProfileStore(m_settings).lastUsed() : preferred;
    for (const ConnectionProfile& profile : saved) {
        if (profile.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            m_session->activate(profile);
            return;
        }
    }
    if (!preferred.isEmpty())
        emit warning(tr("There is no profile called “%1”.").arg(preferred));
    m_session->activate(saved.first());
}

void ProfileManager::startSandbox()
{
    upgradeThen([this] { connectSandbox(); });
}

void ProfileManager::connectSandbox()
{
    QList<ConnectionProfile> saved = profiles();
    auto it = std::find_if(
        saved.begin(), saved.end(), [](const ConnectionProfile& p) { return p.isBuiltInSandbox; });
    if (it == saved.end()) {
        ConnectionProfile sandbox;
        sandbox.id = ConnectionProfile::newId();
        sandbox.name = SandboxProfileName;
        sandbox.isBuiltInSandbox = true;
        sandbox.platformUrl = QUrl(QStringLiteral("http://127.0.0.1/"));
        saved.append(sandbox);
        save(saved);
        it = saved.end() - 1;
    }
    m_session->activate(*it);
}

void ProfileManager::switchTo(const ConnectionProfile& profile)
{
    if (profile.id == m_session->profile().id && m_session->state() == ConnectionSession::State::Ready) {
        emit profilesChanged(); // the menu checks the active one again
        return;
    }
    m_session->activate(profile);
}

void ProfileManager::offerSandbox()
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Welcome"),
        tr("No connection is set up yet.\n\nStart the built-in sandbox (a local server with realistic test "
           "customers, for trying the console safely), or set up a connection to a FilmFlex server?"),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("firstRunDialog"));
    QPushButton* sandbox = box->addButton(tr("Start the sandbox"), QMessageBox::AcceptRole);
    QPushButton* setUp = box->addButton(tr("Set up a connection…"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(sandbox);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, sandbox, setUp](QAbstractButton* clicked) {
        if (clicked == sandbox)
            startSandbox();
        else if (clicked == setUp)
            showProfiles();
    });
    box->open();
}

void ProfileManager::showProfiles()
{
    auto* dialog = new ProfilesDialog(profiles(), m_credentials, m_session->keychainAvailable(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfilesDialog::profilesSaved, this, [this](const QList<ConnectionProfile>& saved) {
        save(saved);
        // The active profile's settings may have changed: reconnect with them.
        for (const ConnectionProfile& profile : saved) {
            if (profile.id == m_session->profile().id) {
                if (!(profile == m_session->profile()) && !profile.isBuiltInSandbox)
                    m_session->activate(profile);
                return;
            }
        }
        if (!saved.isEmpty() && m_session->state() != ConnectionSession::State::Ready)
            m_session->activate(saved.first());
    });
    dialog->open();
}

void ProfileManager::trustCertificates(const QList<TrustedCertificate>& trusted)
{
    QList<ConnectionProfile> saved = profiles();
    ConnectionProfile updated = m_session->profile();
    // What the same host and port trusted before is replaced: a changed certificate is asked
    // about again, and the one it replaced is trusted no more.
    for (const TrustedCertificate& entry : trusted)
        updated.trustedCertificates.removeIf([&](const TrustedCertificate& old) {
            return old.port == entry.port && old.host.compare(entry.host, Qt::CaseInsensitive) == 0;
        });
    updated.trustedCertificates += trusted;
    for (ConnectionProfile& profile : saved) {
        if (profile.id == updated.id)
            profile.trustedCertificates = updated.trustedCertificates;
    }
    save(saved);
    m_session->useCredentialsOf(updated);
}

} // namespace ff::ui
