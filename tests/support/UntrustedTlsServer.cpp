// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/UntrustedTlsServer.h"

#include "tests/support/Fixtures.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>

namespace ff::test {

namespace {

QString fileOf(UntrustedTlsServer::Certificate certificate)
{
    switch (certificate) {
    case UntrustedTlsServer::Certificate::Untrusted:
        return QStringLiteral("tls/untrusted");
    case UntrustedTlsServer::Certificate::Renewed:
        return QStringLiteral("tls/renewed");
    case UntrustedTlsServer::Certificate::WrongName:
        return QStringLiteral("tls/wrong-name");
    }
    return QString();
}

} // namespace

UntrustedTlsServer::UntrustedTlsServer(Certificate certificate)
{
    serve(certificate);
    connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++m_requests;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                              "Connection: close\r\n\r\n[]");
                socket->disconnectFromHost();
            });
        }
    });
    listen(QHostAddress::LocalHost, 0);
}

void UntrustedTlsServer::serve(Certificate certificate)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(fixture(fileOf(certificate) + QStringLiteral(".pem"))));
    configuration.setPrivateKey(QSslKey(fixture(fileOf(certificate) + QStringLiteral(".key")), QSsl::Rsa));
    setSslConfiguration(configuration);
}

QString UntrustedTlsServer::fingerprint(Certificate certificate)
{
    return QString::fromLatin1(QSslCertificate(fixture(fileOf(certificate) + QStringLiteral(".pem")))
                                   .digest(QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace ff::test
