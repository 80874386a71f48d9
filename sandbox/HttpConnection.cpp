// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/HttpConnection.h"

#include "sandbox/LogCategory.h"

#include <QDateTime>
#include <QLocale>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace ff::sandbox {

namespace {

constexpr qint64 StreamChunk = 64 * 1024;
constexpr qint64 StreamHighWater = 256 * 1024;
constexpr int ResetAfterMs = 100;

} // namespace

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

namespace {

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

bool hasHeader(const HttpResponse& response, QByteArrayView name)
{
    for (const auto& header : response.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, Handler handler, const HttpLimits& limits, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(limits.readBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_streaming.stream)
            pump();
        if (m_resetPending)
            resetWhenFlushed();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        emit closed();
        deleteLater();
    });
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(limits.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_busy)
            closeGracefully();
    });
    m_paceTimer.setSingleShot(true);
    connect(&m_paceTimer, &QTimer::timeout, this, [this] {
        if (m_streaming.stream)
            pump();
    });
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(limits.requestTimeoutMs);
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        if (!m_busy && !m_closing && !m_hung) {
            qCInfo(lcSandbox) << "a request did not arrive in time from" << m_socket->peerAddress();
            fail(408, "Request Timeout");
        }
    });
    // A new connection is for a request: it gets as long as one takes, not the idle timeout.
    m_requestTimer.start();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::readAvailable()
{
    if (m_hung || m_closing) {
        m_socket->readAll(); // a hung or closing connection reads nothing more
        return;
    }
    if (m_busy)
        return; // read once the answer has gone; until then the socket's buffer is the limit
    readBuffered();
}

void HttpConnection::readBuffered()
{
    if (m_busy || m_closing || m_hung)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (!bytes.isEmpty()) {
        m_parser.append(bytes);
        if (!m_requestTimer.isActive()) {
            m_idleTimer.stop();
            m_requestTimer.start(); // a request has begun: it has until the timeout to finish
        }
    }
    processBuffered();
}

void HttpConnection::waitForRequest()
{
    if (m_parser.hasBufferedBytes()) {
        m_idleTimer.stop();
        m_requestTimer.start();
    } else {
        m_requestTimer.stop();
        m_idleTimer.start();
    }
}

void HttpConnection::processBuffered()
{
    if (m_busy || m_closing || m_hung)
        return;
    auto next = m_parser.next();
    if (!next) {
        fail(next.error().status, next.error().reason);
        return;
    }
    if (!next.value()) {
        if (m_parser.takeContinueRequest())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return;
    }
    m_busy = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
    m_current = std::move(*next.value());
    m_closeAfterResponse = !m_current->keepAlive();
    m_handler(*m_current, *this);
}

void HttpConnection::fail(int status, const QByteArray& reason)
{
    qCInfo(lcSandbox) << "refusing a malformed request:" << status << reason;
    HttpResponse response = HttpResponse::json(status, "{\"Message\":\"" + reason + "\"}");
    m_current = HttpRequest {};
    m_current->requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_socket->write(headBytes(response, response.bodySize(), {}, true) + response.body->bytes());
    m_current.reset();
    closeGracefully();
}

QByteArray HttpConnection::headBytes(
    const HttpResponse& response, qint64 contentLength, const QByteArray& encoding, bool close) const
{
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (!response.contentType.isEmpty() && !hasHeader(response, "Content-Type"))
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    if (!encoding.isEmpty())
        head += "Content-Encoding: " + encoding + "\r\n";
    if (response.compressible)
        head += "Vary: Accept-Encoding\r\n";
    if (!hasHeader(response, "Cache-Control"))
        head += "Cache-Control: no-cache\r\n";
    head += "X-Request-Id: " + (m_current ? m_current->requestId : QByteArray()) + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    head += "Server: ffconsole-sandbox/" FFCONSOLE_VERSION "\r\n";
    if (close)
        head += "Connection: close\r\n";
    else if (m_current && m_current->minorVersion == 0)
        head += "Connection: keep-alive\r\n";
    head += "\r\n";
    return head;
}

void HttpConnection::respond(const HttpResponse& response, Delivery delivery)
{
    if (!m_busy || !m_current || m_hung || m_closing)
        return;
    const bool close = m_closeAfterResponse;
    switch (delivery) {
    case Delivery::Drop:
        m_current.reset();
        closeGracefully();
        return;
    case Delivery::Hang:
        m_hung = true;
        m_idleTimer.stop();
        m_requestTimer.stop();
        return;
    default:
        break;
    }

    if (response.stream) {
        m_socket->write(headBytes(response, response.streamLength, {}, close));
        m_streaming = response;
        m_streamOffset = 0;
        pump();
        return;
    }

    QByteArray body = response.body ? response.body->bytes() : QByteArray();
    QByteArray encoding;
    if (response.compressible && response.body && body.size() > 1024 && m_current->acceptsDeflate()) {
        body = response.body->deflated();
        encoding = "deflate";
    }
    switch (delivery) {
    case Delivery::Truncate:
        // The promised length with half the bytes: the client must notice the body is short.
        // The head does not announce the close, as a connection cut by a proxy would not.
        m_socket->write(headBytes(response, body.size(), encoding, close) + body.left(body.size() / 2));
        m_current.reset();
        closeGracefully();
        return;
    case Delivery::ResetMidBody:
        m_socket->write(headBytes(response, body.size(), encoding, close) + body.left(body.size() / 2));
        m_current.reset();
        m_closing = true;
        resetWhenFlushed();
        return;
    default:
        m_socket->write(headBytes(response, body.size(), encoding, close) + body);
        finishResponse();
        return;
    }
}

void HttpConnection::pump()
{
    const qint64 pace = m_streaming.bytesPerSecond;
    while (m_socket->bytesToWrite() < StreamHighWater && m_streamOffset < m_streaming.streamLength
        && !m_paceTimer.isActive()) {
        qint64 size = qMin(StreamChunk, m_streaming.streamLength - m_streamOffset);
        if (pace > 0)
            size = qMin(size, qMax<qint64>(1, pace / 10)); // a tenth of a second's worth
        const QByteArray chunk = m_streaming.stream(m_streamOffset, size);
        if (chunk.isEmpty())
            break;
        m_socket->write(chunk);
        m_streamOffset += chunk.size();
        if (pace > 0)
            m_paceTimer.start(int(chunk.size() * 1000 / pace));
    }
    if (m_streamOffset >= m_streaming.streamLength) {
        m_streaming = HttpResponse {};
        finishResponse();
    }
}

void HttpConnection::finishResponse()
{
    const bool close = m_closeAfterResponse;
    m_current.reset();
    m_busy = false;
    if (close) {
        closeGracefully();
        return;
    }
    waitForRequest();
    // The next pipelined request, if any, after returning to the event loop: answering many in
    // a row must not nest calls.
    QMetaObject::invokeMethod(this, &HttpConnection::readBuffered, Qt::QueuedConnection);
}

void HttpConnection::resetWhenFlushed()
{
    m_resetPending = true;
    m_socket->flush();
    if (m_socket->bytesToWrite() > 0)
        return; // bytesWritten brings us back
    m_resetPending = false;
    // Give the client a moment to read what was sent: a reset that arrives first makes the
    // kernel drop the unread bytes, and the client would see no response at all (and Qt would
    // quietly retry), not a response cut off in the middle.
    QTimer::singleShot(ResetAfterMs, this, &HttpConnection::resetNow);
}

void HttpConnection::resetNow()
{
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN: the peer sees
    // "connection reset by peer" in the middle of the body.
    const linger option { 1, 0 };
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
    m_socket->disconnect(this); // abort() may emit disconnected(); this is the only goodbye
    m_socket->abort();
    emit closed();
    deleteLater();
}

void HttpConnection::closeGracefully()
{
    m_closing = true;
    m_idleTimer.stop();
    m_requestTimer.stop();
    m_socket->disconnectFromHost();
}

} // namespace ff::sandbox
