// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {

// A server certificate the agent chose to trust although its issuer is unknown here (it is
// self-signed, or signed by an internal CA): for the host and port it was granted for only, and
// for this exact certificate. A changed certificate, or the same one on another port, is asked
// about again.
struct TrustedCertificate
{
    QString host; // as the URL names it, lower case
    int port = 0;
    QString sha256; // the certificate's SHA-256, hex, lower case

    bool covers(const QString& atHost, int atPort, const QString& fingerprint) const
    {
        return port == atPort && host.compare(atHost, Qt::CaseInsensitive) == 0
            && sha256.compare(fingerprint, Qt::CaseInsensitive) == 0;
    }

    friend bool operator==(const TrustedCertificate&, const TrustedCertificate&) = default;
};

} // namespace ff
