// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Result.h"
#include "sandbox/HttpConnection.h"
#include "sandbox/HttpLimits.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace ff::sandbox {

// A small HTTP/1.1 server over QTcpServer. Not QtHttpServer: fault injection needs full control
// of the bytes on the wire (half a body, a reset, a hang), which a framework would not give.
// It keeps to its limits: so many connections at once, so long for each request.
class HttpServer final : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(HttpConnection::Handler handler, HttpLimits limits = {}, QObject* parent = nullptr);

    int openConnections() const { return m_open; }

    // The port listened on (the one asked for, or a free one for 0), or why not.
    Result<quint16, QString> listen(const QHostAddress& address, quint16 port);

private:
    void acceptPending();

    void refuse(QTcpSocket* socket);

    QTcpServer m_server;
    HttpConnection::Handler m_handler;
    HttpLimits m_limits;
    int m_open = 0;
};

} // namespace ff::sandbox
