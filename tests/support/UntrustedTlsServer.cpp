// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/UntrustedTlsServer.h"

#include "tests/support/Fixtures.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>

namespace ff::test {

UntrustedTlsServer::UntrustedTlsServer()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(fixture(QStringLiteral("tls/untrusted.pem"))));
    configuration.setPrivateKey(QSslKey(fixture(QStringLiteral("tls/untrusted.key")), QSsl::Rsa));
    setSslConfiguration(configuration);
    connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]");
            });
        }
    });
    listen(QHostAddress::LocalHost, 0);
}

QString UntrustedTlsServer::fingerprint()
{
    return QString::fromLatin1(QSslCertificate(fixture(QStringLiteral("tls/untrusted.pem")))
                                   .digest(QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace ff::test
