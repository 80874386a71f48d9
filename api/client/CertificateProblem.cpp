// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/CertificateProblem.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

namespace ff {

namespace {

QString describe(const QSslCertificate& certificate)
{
    return QCoreApplication::translate(
        "ff::CertificateProblem", "subject %1; issuer %2; valid %3 to %4; SHA-256 %5")
        .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
            certificate.effectiveDate().toString(Qt::ISODate), certificate.expiryDate().toString(Qt::ISODate),
            QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
}

// The names a certificate is valid for, as its subject alternative names list them (else its
// common name).
QString namesOf(const QSslCertificate& certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        names.append(it.value());
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.join(QStringLiteral(", "));
}

// An issuer this computer does not know: what trusting one certificate can stand in for.
bool isUnknownIssuer(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

} // namespace

CertificateProblem CertificateProblem::of(const QList<QSslError>& errors, const QUrl& url)
{
    CertificateProblem problem;
    problem.host = url.host().toLower();
    problem.port = url.port(443);
    problem.trustable = !errors.isEmpty();
    for (const QSslError& error : errors) {
        const QSslCertificate certificate = error.certificate();
        problem.details.append(error.errorString()
            + (certificate.isNull() ? QString() : QStringLiteral(": ") + describe(certificate)));
        if (!certificate.isNull()) {
            const QString fingerprint
                = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
            if (!problem.fingerprints.contains(fingerprint))
                problem.fingerprints.append(fingerprint);
        }
        if (isUnknownIssuer(error.error()) && !certificate.isNull())
            continue;
        problem.trustable = false;
        if (!problem.whyNotTrustable.isEmpty())
            continue;
        if (error.error() == QSslError::HostNameMismatch)
            problem.whyNotTrustable = QCoreApplication::translate("ff::CertificateProblem",
                "The certificate is for %1, not for %2. A certificate for another name is never trusted: "
                "the address may be wrong, or someone may be in between.")
                                          .arg(namesOf(certificate), problem.host);
        else
            problem.whyNotTrustable = QCoreApplication::translate("ff::CertificateProblem",
                "%1. Only a certificate whose issuer is unknown here (self-signed, or from an internal "
                "certificate authority) can be trusted; this one cannot.")
                                          .arg(error.errorString());
    }
    return problem;
}

bool CertificateProblem::isTrustedBy(const QList<TrustedCertificate>& trusted) const
{
    if (!trustable || fingerprints.isEmpty())
        return false;
    for (const QString& fingerprint : fingerprints) {
        if (std::none_of(trusted.cbegin(), trusted.cend(),
                [&](const TrustedCertificate& entry) { return entry.covers(host, port, fingerprint); }))
            return false;
    }
    return true;
}

QList<TrustedCertificate> CertificateProblem::trust() const
{
    QList<TrustedCertificate> entries;
    if (!trustable)
        return entries;
    for (const QString& fingerprint : fingerprints)
        entries.append({ host, port, fingerprint });
    return entries;
}

QString CertificateProblem::where() const
{
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace ff
