// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/profile/ProfileMigration.h"

#include "api/auth/CredentialStore.h"
#include "api/profile/ProfileStore.h"

namespace ff {

ProfileMigration::ProfileMigration(QSettings& settings, CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
{ }

void ProfileMigration::run(std::function<void(const QStringList&)> done)
{
    ProfileStore store(m_settings);
    m_notices = store.upgrade();
    m_pending = store.secretsKeyedByName();
    m_done = std::move(done);
    moveNext();
}

void ProfileMigration::moveNext()
{
    if (m_pending.isEmpty()) {
        if (m_done)
            std::exchange(m_done, nullptr)(m_notices);
        return;
    }
    const QPair<QString, QString> next = m_pending.takeFirst();
    const QString id = next.first;
    const QString name = next.second;
    using Error = CredentialStore::Error;
    m_credentials->readByName(name, this, [this, id, name](Result<QString, Error> old) {
        if (!old) {
            if (old.error().kind == Error::Kind::NotFound)
                ProfileStore(m_settings).secretMoved(id); // nothing to move
            moveNext(); // otherwise tried again at the next start
            return;
        }
        m_credentials->read(id, this, [this, id, name, secret = *old](Result<QString, Error> current) {
            if (current) {
                moved(id, name); // one typed since is newer than the old one
                return;
            }
            if (current.error().kind != Error::Kind::NotFound) {
                moveNext();
                return;
            }
            m_credentials->write(
                id, secret, this, [this, id, name](Result<CredentialStore::Done, Error> written) {
                    if (written)
                        moved(id, name);
                    else
                        moveNext();
                });
        });
    });
}

void ProfileMigration::moved(const QString& profileId, const QString& profileName)
{
    m_credentials->removeByName(profileName, this, [this, profileId](auto removed) {
        if (removed)
            ProfileStore(m_settings).secretMoved(profileId);
        moveNext();
    });
}

} // namespace ff
