// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Result.h"

#include <QObject>
#include <QString>
#include <functional>

namespace ff {

// Secrets in the operating system's keychain (Secret Service, macOS Keychain, Windows
// Credential Manager) through QtKeychain, one entry per connection profile, keyed by the
// profile's id (ConnectionProfile::id), so that a renamed profile keeps its secret and a new
// profile with an old name never finds one. There is no plain-text fallback: where no keychain
// is available, the caller is told so and asks the person for the secret each time.
class CredentialStore final : public QObject
{
    Q_OBJECT

public:
    struct Error
    {
        enum class Kind {
            NotFound, // no secret stored for this profile
            Unavailable, // no keychain service on this machine or session
            AccessDenied, // the keychain is locked or refused access
            Other,
        };
        Kind kind = Kind::Other;
        QString message;
    };
    template <class T> using Callback = std::function<void(Result<T, Error>)>;
    struct Done
    {
    };

    static inline const QString DefaultService = QStringLiteral("FilmFlex Agent Console");

    explicit CredentialStore(QString service = DefaultService, QObject* parent = nullptr);

    // Each ends once in its callback, unless context (or this store) is destroyed first. An
    // empty id (a profile not saved yet) has no entry: read finds none, write fails, remove has
    // nothing to do.
    void read(const QString& profileId, QObject* context, Callback<QString> done);
    void write(const QString& profileId, const QString& secret, QObject* context, Callback<Done> done);
    void remove(const QString& profileId, QObject* context, Callback<Done> done);

    // Entries of versions before profile ids, keyed by the profile's name: read to move them under
    // the id (ProfileMigration), and by the CLI for a profile the console has not migrated yet.
    void readByName(const QString& profileName, QObject* context, Callback<QString> done);
    void removeByName(const QString& profileName, QObject* context, Callback<Done> done);

private:
    void readKey(const QString& key, QObject* context, Callback<QString> done);
    void removeKey(const QString& key, QObject* context, Callback<Done> done);

    QString m_service;
};

} // namespace ff
