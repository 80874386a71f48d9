// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <functional>
#include <utility>

class QSettings;

namespace ff {

class CredentialStore;

// The console's start after an older version ran: the settings are brought up to date
// (ProfileStore::upgrade), then each secret still keyed by a profile's name is moved under the
// profile's id in the keychain and the old entry removed. A keychain that cannot be read now
// (locked, or none) keeps the move for the next start; a secret already stored under the id
// (typed since) is kept.
class ProfileMigration final : public QObject
{
    Q_OBJECT

public:
    ProfileMigration(QSettings& settings, CredentialStore* credentials, QObject* parent = nullptr);

    // Ends once in done with what the agent should be told: at once when no secret is to move.
    void run(std::function<void(const QStringList& notices)> done);

private:
    void moveNext();
    void moved(const QString& profileId, const QString& profileName);

    QSettings& m_settings;
    CredentialStore* m_credentials;
    QList<QPair<QString, QString>> m_pending; // (id, name)
    QStringList m_notices;
    std::function<void(const QStringList&)> m_done;
};

} // namespace ff
