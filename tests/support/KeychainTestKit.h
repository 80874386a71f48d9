// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/auth/CredentialStore.h"

#include <QString>
#include <QTest>
#include <optional>

namespace ff::test {

// What the suites that use a real keychain (gnome-keyring in a private D-Bus session) share:
// waiting for a CredentialStore job, and entries as versions before profile ids kept them (keyed
// by the profile's name), written and read with QtKeychain itself as those versions did.

// Runs one keychain job to its end; the store's jobs are asynchronous.
template <class T, class Start> Result<T, CredentialStore::Error> awaitKeychain(Start start)
{
    std::optional<Result<T, CredentialStore::Error>> outcome;
    start([&outcome](Result<T, CredentialStore::Error> result) { outcome.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20'000))
        return CredentialStore::Error { CredentialStore::Error::Kind::Other,
            QStringLiteral("the keychain did not answer") };
    return *outcome;
}

bool storeSecret(CredentialStore& store, const QString& profileId, const QString& secret);
bool forgetSecret(CredentialStore& store, const QString& profileId);
// The secret stored under this profile id; "(none: why)" when there is none.
QString secretOf(CredentialStore& store, const QString& profileId);

bool writeOldStyleEntry(const QString& service, const QString& profileName, const QString& secret);
// Whether the old-style entry is there; nothing when the keychain did not say.
std::optional<bool> oldStyleEntryExists(const QString& service, const QString& profileName);

} // namespace ff::test
