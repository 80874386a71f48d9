// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/HttpServer.h"

namespace ff::sandbox {

HttpServer::HttpServer(HttpConnection::Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
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
    while (QTcpSocket* socket = m_server.nextPendingConnection())
        new HttpConnection(socket, m_handler, this);
}

} // namespace ff::sandbox
