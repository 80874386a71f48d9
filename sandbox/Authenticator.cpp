// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/Authenticator.h"

#include "api/launcher/SandboxStartLines.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace ff::sandbox {

using namespace Qt::StringLiterals;

Authenticator::Authenticator(Scheme scheme, QString token, QByteArray apiKeyHeader, QString basicUser)
    : m_scheme(scheme)
    , m_token(std::move(token))
    , m_apiKeyHeader(std::move(apiKeyHeader))
    , m_basicUser(std::move(basicUser))
{ }

std::optional<Authenticator::Scheme> Authenticator::parseScheme(QStringView name)
{
    if (name.compare(u"bearer"_s, Qt::CaseInsensitive) == 0)
        return Scheme::Bearer;
    if (name.compare(u"apikey"_s, Qt::CaseInsensitive) == 0)
        return Scheme::ApiKey;
    if (name.compare(u"basic"_s, Qt::CaseInsensitive) == 0)
        return Scheme::Basic;
    return std::nullopt;
}

QString Authenticator::schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Bearer:
        return u"bearer"_s;
    case Scheme::ApiKey:
        return u"apikey"_s;
    case Scheme::Basic:
        return u"basic"_s;
    }
    return {};
}

QString Authenticator::randomToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex());
}

bool Authenticator::equalInConstantTime(QByteArrayView a, QByteArrayView b)
{
    // Comparing digests makes the time independent of where the texts differ and of their
    // lengths.
    const QByteArray da = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray db = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned difference = 0;
    for (qsizetype i = 0; i < da.size(); ++i)
        difference |= unsigned(uchar(da.at(i)) ^ uchar(db.at(i)));
    return difference == 0;
}

bool Authenticator::authorize(const HttpRequest& request) const
{
    const QByteArray token = m_token.toUtf8();
    switch (m_scheme) {
    case Scheme::ApiKey: {
        if (!request.hasHeader(m_apiKeyHeader))
            return false;
        return equalInConstantTime(request.header(m_apiKeyHeader), token);
    }
    case Scheme::Bearer:
    case Scheme::Basic: {
        const QByteArray authorization = request.header("Authorization");
        const qsizetype space = authorization.indexOf(' ');
        if (space < 0)
            return false;
        const QByteArray scheme = authorization.left(space);
        const QByteArray credentials = authorization.mid(space + 1).trimmed();
        if (m_scheme == Scheme::Bearer)
            return scheme.compare("Bearer", Qt::CaseInsensitive) == 0
                && equalInConstantTime(credentials, token);
        if (scheme.compare("Basic", Qt::CaseInsensitive) != 0)
            return false;
        const auto result
            = QByteArray::fromBase64Encoding(credentials, QByteArray::AbortOnBase64DecodingErrors);
        if (!result)
            return false;
        const QByteArray& decoded = *result;
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0)
            return false;
        // Both halves are checked, whatever the first says, so that timing tells nothing.
        const bool user = equalInConstantTime(decoded.left(colon), m_basicUser.toUtf8());
        const bool password = equalInConstantTime(decoded.mid(colon + 1), token);
        return user & password;
    }
    }
    return false;
}

QByteArray Authenticator::challenge(const HttpRequest& request) const
{
    switch (m_scheme) {
    case Scheme::Bearer:
        // RFC 6750: invalid_token when a token was sent and refused.
        return request.hasHeader("Authorization") ? "Bearer realm=\"FilmFlex\", error=\"invalid_token\""
                                                  : "Bearer realm=\"FilmFlex\"";
    case Scheme::ApiKey:
        return "ApiKey realm=\"FilmFlex\", header=\"" + m_apiKeyHeader + '"';
    case Scheme::Basic:
        return "Basic realm=\"FilmFlex\", charset=\"UTF-8\"";
    }
    return {};
}

bool Authenticator::isSecretHeader(QByteArrayView name) const
{
    return name.compare(QByteArrayView("Authorization"), Qt::CaseInsensitive) == 0
        || name.compare(QByteArrayView(m_apiKeyHeader), Qt::CaseInsensitive) == 0
        || name.compare(QByteArrayView("Proxy-Authorization"), Qt::CaseInsensitive) == 0
        || name.compare(QByteArrayView(SandboxStartLines::ControlTokenHeader), Qt::CaseInsensitive) == 0;
}

} // namespace ff::sandbox
