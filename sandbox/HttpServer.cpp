// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/HttpServer.h"

#include "sandbox/LogCategory.h"

namespace ff::sandbox {

HttpServer::HttpServer(HttpConnection::Handler handler, HttpLimits limits, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_limits(limits)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
}

Result<quint16, QString> HttpServer::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server.listen(address, port))
        return m_server.errorString();
    return m_server.serverPort();
}

void HttpServer::acceptPending()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (m_open >= m_limits.maxConnections) {
            refuse(socket);
            continue;
        }
        ++m_open;
        auto* connection = new HttpConnection(socket, m_handler, m_limits, this);
        connect(connection, &QObject::destroyed, this, [this] { --m_open; });
    }
}

void HttpServer::refuse(QTcpSocket* socket)
{
    qCInfo(lcSandbox) << "refusing a connection:" << m_open << "are open already";
    socket->setParent(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n"
                  "Retry-After: 1\r\n\r\n");
    socket->disconnectFromHost();
}

} // namespace ff::sandbox
