// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Result.h"

#include <QObject>
#include <QString>
#include <functional>

namespace ff {

// Secrets in the operating system's keychain (Secret Service, macOS Keychain, Windows
// Credential Manager) through QtKeychain, one entry per connection profile. There is no
// plain-text fallback: where no keychain is available, the caller is told so and asks the
// person for the secret each time.
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

    // Each ends once in its callback, unless context (or this store) is destroyed first.
    void read(const QString& profile, QObject* context, Callback<QString> done);
    void write(const QString& profile, const QString& secret, QObject* context, Callback<Done> done);
    void remove(const QString& profile, QObject* context, Callback<Done> done);

private:
    QString keyFor(const QString& profile) const;

    QString m_service;
};

} // namespace ff
