// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/HttpLimits.h"
#include "sandbox/HttpRequest.h"
#include "sandbox/HttpRequestParser.h"
#include "sandbox/HttpResponse.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>

namespace ff::sandbox {

// One client connection: reads requests one at a time (a pipelined request waits until the one
// before it is answered), hands each to the server's handler and writes the answer in one of
// several ways, most of them deliberately broken for fault injection. The handler answers with
// respond(), at once or later; until it does, nothing else is read (beyond the limits' read
// buffer, which TCP then holds back). A request must arrive whole within the request timeout,
// counted from its first byte (or from the connection's start); between requests the idle
// timeout applies.
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    enum class Delivery {
        Normal,
        Truncate, // full Content-Length, half the body, then close
        ResetMidBody, // headers and part of the body, then abort with a TCP reset
        Drop, // close without answering
        Hang, // never answer; keep the socket open
    };
    using Handler = std::function<void(const HttpRequest&, HttpConnection&)>;

    HttpConnection(QTcpSocket* socket, Handler handler, const HttpLimits& limits, QObject* parent = nullptr);
    ~HttpConnection() override;

    static QByteArray reasonPhrase(int status);

    QHostAddress peerAddress() const { return m_socket->peerAddress(); }
    // Answers the request being handled. Idempotent after the first call.
    void respond(const HttpResponse& response, Delivery delivery = Delivery::Normal);

signals:
    void closed();

private:
    void readAvailable();
    // Takes what the socket holds into the parser, then handles a complete request if any.
    void readBuffered();
    void processBuffered();
    // The request clock runs while a request is partly read; the idle clock while none is.
    void waitForRequest();
    void fail(int status, const QByteArray& reason);
    QByteArray headBytes(
        const HttpResponse& response, qint64 contentLength, const QByteArray& encoding, bool close) const;
    void pump();
    void finishResponse();
    void resetWhenFlushed();
    void resetNow();
    void closeGracefully();

    QTcpSocket* m_socket;
    Handler m_handler;
    HttpRequestParser m_parser;
    QTimer m_idleTimer;
    QTimer m_requestTimer;
    std::optional<HttpRequest> m_current; // being handled, not yet answered
    bool m_busy = false;
    bool m_closeAfterResponse = false;
    bool m_closing = false;
    bool m_hung = false;
    // A streamed body in progress.
    HttpResponse m_streaming;
    qint64 m_streamOffset = 0;
    QTimer m_paceTimer; // a paced stream's next piece
    bool m_resetPending = false;
};

} // namespace ff::sandbox
