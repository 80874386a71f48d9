// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslServer>
#include <QUrl>

namespace ff::test {

// An HTTPS server on loopback with a self-signed certificate (tests/fixtures/tls): whatever it
// is asked, it answers an empty JSON array and closes the connection, so that each request
// shakes hands anew and sees the certificate served at that moment. For what the client, the
// CLI and the window do with a certificate they cannot trust.
class UntrustedTlsServer final : public QSslServer
{
public:
    enum class Certificate {
        Untrusted, // untrusted.pem: self-signed, for 127.0.0.1 and localhost
        Renewed, // renewed.pem: another self-signed one for the same names (a changed certificate)
        WrongName, // wrong-name.pem: self-signed, for wrong-name.filmflex.test only
    };

    explicit UntrustedTlsServer(Certificate certificate = Certificate::Untrusted);

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(serverPort())); }
    // Serves another certificate from the next connection on, on the same port.
    void serve(Certificate certificate);
    // How many requests it has answered.
    int requestCount() const { return m_requests; }
    // SHA-256 of a certificate, hex.
    static QString fingerprint(Certificate certificate = Certificate::Untrusted);

private:
    int m_requests = 0;
};

} // namespace ff::test
