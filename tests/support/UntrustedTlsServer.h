// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslServer>
#include <QUrl>

namespace ff::test {

// An HTTPS server on loopback with a self-signed certificate (tests/fixtures/tls): whatever it
// is asked, it answers an empty JSON array. For what the client and the window do with a
// certificate they cannot trust.
class UntrustedTlsServer final : public QSslServer
{
public:
    UntrustedTlsServer();

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(serverPort())); }
    // SHA-256 of its certificate, hex.
    static QString fingerprint();
};

} // namespace ff::test
