// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/HttpRequest.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace ff::sandbox {

// Checks the credentials of every /api request against the one secret, in the configured
// scheme: "Authorization: Bearer <token>", an API-key header holding the token, or Basic with a
// user name and the token as password. Secrets are compared in constant time. The token can be
// rotated from the control API, to play a token expiring in the middle of a session.
class Authenticator final
{
public:
    enum class Scheme { Bearer, ApiKey, Basic };

    Authenticator(Scheme scheme, QString token, QByteArray apiKeyHeader, QString basicUser);

    static std::optional<Scheme> parseScheme(QStringView name);
    static QString schemeName(Scheme scheme);
    // 32 hex digits from the system's secure generator.
    static QString randomToken();

    Scheme scheme() const { return m_scheme; }
    const QString& token() const { return m_token; }
    void setToken(QString token) { m_token = std::move(token); }
    const QByteArray& apiKeyHeader() const { return m_apiKeyHeader; }
    const QString& basicUser() const { return m_basicUser; }

    bool authorize(const HttpRequest& request) const;
    // The WWW-Authenticate value a 401 carries.
    QByteArray challenge(const HttpRequest& request) const;
    // Headers whose values are secrets (the control token's too), to be redacted wherever
    // requests are shown.
    bool isSecretHeader(QByteArrayView name) const;

    // Whether two secrets are equal, in a time that tells nothing about where they differ.
    static bool equalInConstantTime(QByteArrayView a, QByteArrayView b);

private:
    Scheme m_scheme;
    QString m_token;
    QByteArray m_apiKeyHeader;
    QString m_basicUser;
};

} // namespace ff::sandbox
