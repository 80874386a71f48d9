// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/auth/CredentialStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace ff {

namespace {

CredentialStore::Error errorOf(const QKeychain::Job& job)
{
    using Kind = CredentialStore::Error::Kind;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return { Kind::NotFound,
            QCoreApplication::translate("ff::CredentialStore", "no secret is stored for this profile") };
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return { Kind::Unavailable,
            QCoreApplication::translate("ff::CredentialStore", "no keychain is available (%1)")
                .arg(job.errorString()) };
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return { Kind::AccessDenied,
            QCoreApplication::translate("ff::CredentialStore", "the keychain refused access (%1)")
                .arg(job.errorString()) };
    default:
        return { Kind::Other,
            QCoreApplication::translate("ff::CredentialStore", "the keychain failed (%1)")
                .arg(job.errorString()) };
    }
}

// A job belongs to no parent and deletes itself once finished (autoDelete). QtKeychain's
// libsecret backend cannot cancel a job: deleted while the keychain is still answering (by a
// parent store going away), its answer arrives for freed memory. AddressSanitizer found that
// in tst_mainwindow, which replaces the store between tests.
template <class Job> Job* prepare(Job* job, const QString& key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain
    job->setKey(key);
    return job;
}

template <class T, class Callback> auto guarded(QObject* context, Callback done)
{
    return [context = QPointer<QObject>(context), hasContext = context != nullptr, done = std::move(done)](
               T result) {
        if (hasContext && !context)
            return;
        done(std::move(result));
    };
}

// The key of a profile's entry: "profile-id/<id>"; versions before ids used "profile/<name>".
QString idKey(const QString& profileId)
{
    return QStringLiteral("profile-id/") + profileId;
}

QString nameKey(const QString& profileName)
{
    return QStringLiteral("profile/") + profileName;
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

void CredentialStore::read(const QString& profileId, QObject* context, Callback<QString> done)
{
    // An empty id asks the keychain all the same (for a key nothing is ever written under), so
    // that a missing or locked keychain says so.
    readKey(idKey(profileId), context, std::move(done));
}

void CredentialStore::readByName(const QString& profileName, QObject* context, Callback<QString> done)
{
    readKey(nameKey(profileName), context, std::move(done));
}

void CredentialStore::readKey(const QString& key, QObject* context, Callback<QString> done)
{
    auto* job = prepare(new QKeychain::ReadPasswordJob(m_service, nullptr), key);
    auto deliver = guarded<Result<QString, Error>>(context, std::move(done));
    connect(job, &QKeychain::Job::finished, this, [job, deliver](QKeychain::Job*) {
        if (job->error() != QKeychain::NoError)
            deliver(errorOf(*job));
        else
            deliver(job->textData());
    });
    job->start();
}

void CredentialStore::write(
    const QString& profileId, const QString& secret, QObject* context, Callback<Done> done)
{
    auto deliver = guarded<Result<Done, Error>>(context, std::move(done));
    if (profileId.isEmpty()) {
        QTimer::singleShot(0, this, [deliver] {
            deliver(Error { Error::Kind::Other,
                QCoreApplication::translate("ff::CredentialStore", "the profile is not saved yet") });
        });
        return;
    }
    auto* job = prepare(new QKeychain::WritePasswordJob(m_service, nullptr), idKey(profileId));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, deliver](QKeychain::Job*) {
        if (job->error() != QKeychain::NoError)
            deliver(errorOf(*job));
        else
            deliver(Done {});
    });
    job->start();
}

void CredentialStore::remove(const QString& profileId, QObject* context, Callback<Done> done)
{
    if (profileId.isEmpty()) {
        auto deliver = guarded<Result<Done, Error>>(context, std::move(done));
        QTimer::singleShot(0, this, [deliver] { deliver(Done {}); });
        return;
    }
    removeKey(idKey(profileId), context, std::move(done));
}

void CredentialStore::removeByName(const QString& profileName, QObject* context, Callback<Done> done)
{
    removeKey(nameKey(profileName), context, std::move(done));
}

void CredentialStore::removeKey(const QString& key, QObject* context, Callback<Done> done)
{
    auto* job = prepare(new QKeychain::DeletePasswordJob(m_service, nullptr), key);
    auto deliver = guarded<Result<Done, Error>>(context, std::move(done));
    connect(job, &QKeychain::Job::finished, this, [job, deliver](QKeychain::Job*) {
        // Removing what is not there leaves the keychain as asked.
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            deliver(errorOf(*job));
        else
            deliver(Done {});
    });
    job->start();
}

} // namespace ff
