// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace ff {

// How requests prove who sends them. The pages do not say; a deployment chooses by profile.
enum class AuthScheme {
    None,
    Bearer, // Authorization: Bearer <token>
    ApiKey, // <configurable header>: <key>
    Basic, // Authorization: Basic base64(user:password)
};

QString authSchemeName(AuthScheme scheme);
std::optional<AuthScheme> authSchemeFromName(const QString& name);

} // namespace ff
