// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/auth/AuthScheme.h"

namespace ff {

QString authSchemeName(AuthScheme scheme)
{
    switch (scheme) {
    case AuthScheme::None:
        return QStringLiteral("none");
    case AuthScheme::Bearer:
        return QStringLiteral("bearer");
    case AuthScheme::ApiKey:
        return QStringLiteral("apikey");
    case AuthScheme::Basic:
        return QStringLiteral("basic");
    }
    return QString();
}

std::optional<AuthScheme> authSchemeFromName(const QString& name)
{
    for (AuthScheme scheme :
        { AuthScheme::None, AuthScheme::Bearer, AuthScheme::ApiKey, AuthScheme::Basic }) {
        if (name.compare(authSchemeName(scheme), Qt::CaseInsensitive) == 0)
            return scheme;
    }
    return std::nullopt;
}

} // namespace ff
