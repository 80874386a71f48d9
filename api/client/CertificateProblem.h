// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/TrustedCertificate.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSslError;
class QUrl;

namespace ff {

// What a refused TLS handshake tells the person who decides whether to trust the server: where
// it was (host and port), each error with the certificate at fault, and whether trust can fix
// it. Only an unknown issuer (a self-signed certificate, or one of an internal CA this computer
// does not know) may be trusted; a certificate for another name, an expired, revoked or broken
// one never is.
struct CertificateProblem
{
    QString host;
    int port = 0;
    QStringList details; // per error: what is wrong, subject, issuer, validity, SHA-256
    QStringList fingerprints; // SHA-256, hex, lower case, of each certificate at fault
    bool trustable = false;
    QString whyNotTrustable; // for the agent, when it is not

    static CertificateProblem of(const QList<QSslError>& errors, const QUrl& url);
    // Whether these entries trust it: it is trustable and every certificate at fault is trusted
    // for this host and port.
    bool isTrustedBy(const QList<TrustedCertificate>& trusted) const;
    // The entries that trust it; none when it is not trustable.
    QList<TrustedCertificate> trust() const;
    // "host:port", for messages.
    QString where() const;
};

} // namespace ff
