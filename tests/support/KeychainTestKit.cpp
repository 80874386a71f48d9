// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/KeychainTestKit.h"

#include <qt6keychain/keychain.h>

namespace ff::test {

namespace {

// The key versions before profile ids used.
QString oldStyleKey(const QString& profileName)
{
    return QStringLiteral("profile/") + profileName;
}

// Runs a QtKeychain job to its end: its error, or nothing when it did not answer in time.
std::optional<QKeychain::Error> run(QKeychain::Job* job)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    std::optional<QKeychain::Error> error;
    QObject::connect(
        job, &QKeychain::Job::finished, job, [&error](QKeychain::Job* done) { error = done->error(); });
    job->start();
    if (!QTest::qWaitFor([&] { return error.has_value(); }, 20'000))
        return std::nullopt;
    return error;
}

} // namespace

bool storeSecret(CredentialStore& store, const QString& profileId, const QString& secret)
{
    QObject context;
    return bool(awaitKeychain<CredentialStore::Done>(
        [&](auto done) { store.write(profileId, secret, &context, done); }));
}

bool forgetSecret(CredentialStore& store, const QString& profileId)
{
    QObject context;
    return bool(
        awaitKeychain<CredentialStore::Done>([&](auto done) { store.remove(profileId, &context, done); }));
}

QString secretOf(CredentialStore& store, const QString& profileId)
{
    QObject context;
    const auto read = awaitKeychain<QString>([&](auto done) { store.read(profileId, &context, done); });
    return read ? *read : QStringLiteral("(none: %1)").arg(read.error().message);
}

bool writeOldStyleEntry(const QString& service, const QString& profileName, const QString& secret)
{
    auto* job = new QKeychain::WritePasswordJob(service);
    job->setKey(oldStyleKey(profileName));
    job->setTextData(secret);
    return run(job) == QKeychain::NoError;
}

std::optional<bool> oldStyleEntryExists(const QString& service, const QString& profileName)
{
    auto* job = new QKeychain::ReadPasswordJob(service);
    job->setKey(oldStyleKey(profileName));
    const std::optional<QKeychain::Error> error = run(job);
    if (error == QKeychain::NoError)
        return true;
    if (error == QKeychain::EntryNotFound)
        return false;
    return std::nullopt;
}

} // namespace ff::test
