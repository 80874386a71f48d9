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

// Starts a job and answers done with what succeeded() makes of it, or with the job's error when
// that is nothing.
template <class T, class Job, class Success>
void start(QObject* owner, Job* job, QObject* context, CredentialStore::Callback<T> done, Success succeeded)
{
    auto deliver = guarded<Result<T, CredentialStore::Error>>(context, std::move(done));
    QObject::connect(job, &QKeychain::Job::finished, owner, [job, deliver, succeeded](QKeychain::Job*) {
        if (std::optional<T> value = succeeded(*job))
            deliver(std::move(*value));
        else
            deliver(errorOf(*job));
    });
    job->start();
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
    start<QString>(this, prepare(new QKeychain::ReadPasswordJob(m_service, nullptr), key), context,
        std::move(done), [](const QKeychain::ReadPasswordJob& job) {
            return job.error() == QKeychain::NoError ? std::optional(job.textData()) : std::nullopt;
        });
}

void CredentialStore::write(
    const QString& profileId, const QString& secret, QObject* context, Callback<Done> done)
{
    if (profileId.isEmpty()) {
        auto deliver = guarded<Result<Done, Error>>(context, std::move(done));
        QTimer::singleShot(0, this, [deliver] {
            deliver(Error { Error::Kind::Other,
                QCoreApplication::translate("ff::CredentialStore", "the profile is not saved yet") });
        });
        return;
    }
    auto* job = prepare(new QKeychain::WritePasswordJob(m_service, nullptr), idKey(profileId));
    job->setTextData(secret);
    start<Done>(this, job, context, std::move(done), [](const QKeychain::Job& finished) {
        return finished.error() == QKeychain::NoError ? std::optional(Done {}) : std::nullopt;
    });
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
    start<Done>(this, prepare(new QKeychain::DeletePasswordJob(m_service, nullptr), key), context,
        std::move(done), [](const QKeychain::Job& job) {
            // Removing what is not there leaves the keychain as asked.
            const bool asked = job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
            return asked ? std::optional(Done {}) : std::nullopt;
        });
}

} // namespace ff
