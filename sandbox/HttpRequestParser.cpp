// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/HttpRequestParser.h"

#include <QUuid>
#include <algorithm>
#include <cctype>

namespace ff::sandbox {

namespace {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool HttpRequestParser::takeContinueRequest()
{
    return std::exchange(m_continuePending, false);
}

Result<std::optional<HttpRequest>, HttpRequestParser::Failure> HttpRequestParser::next()
{
    if (!m_head) {
        // Blank lines before a request line are allowed (RFC 9112 2.2).
        while (m_buffer.startsWith("\r\n") || m_buffer.startsWith('\n'))
            m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);
        qsizetype end = -1;
        qsizetype separator = 0;
        const qsizetype crlf = m_buffer.indexOf("\r\n\r\n");
        const qsizetype lf = m_buffer.indexOf("\n\n");
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            end = crlf;
            separator = 4;
        } else if (lf >= 0) {
            end = lf;
            separator = 2;
        }
        if (end < 0) {
            if (m_buffer.size() > MaxHeaderBytes)
                return Failure { 431, "Request Header Fields Too Large" };
            return std::optional<HttpRequest>();
        }
        if (end > MaxHeaderBytes)
            return Failure { 431, "Request Header Fields Too Large" };
        Result<HttpRequest, Failure> head = parseHead(m_buffer.left(end));
        m_buffer.remove(0, end + separator);
        if (!head)
            return head.error();
        HttpRequest request = std::move(head).value();

        const QList<QByteArray> lengths = [&] {
            QList<QByteArray> values;
            for (const auto& [name, value] : request.headers) {
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    values.append(value.trimmed());
            }
            return values;
        }();
        if (request.hasHeader("Transfer-Encoding")) {
            // Chunked request bodies are not needed by any client of this API; say so plainly.
            return Failure { 411, "Length Required" };
        }
        m_bodyLength = 0;
        if (!lengths.isEmpty()) {
            for (const QByteArray& length : lengths) {
                if (length != lengths.first())
                    return Failure { 400, "Bad Request" }; // differing lengths: request smuggling
            }
            bool ok = false;
            m_bodyLength = lengths.first().toLongLong(&ok);
            if (!ok || m_bodyLength < 0
                || !std::all_of(lengths.first().begin(), lengths.first().end(), ::isdigit))
                return Failure { 400, "Bad Request" };
            if (m_bodyLength > MaxBodyBytes)
                return Failure { 413, "Payload Too Large" };
        } else if (request.method == "PUT" || request.method == "PATCH") {
            return Failure { 411, "Length Required" };
        }
        // An empty POST may come without a length; that is the licence call's shape.
        m_continuePending = m_bodyLength > 0 && request.header("Expect").toLower() == "100-continue";
        m_head = std::move(request);
    }
    if (m_buffer.size() < m_bodyLength)
        return std::optional<HttpRequest>();
    HttpRequest request = std::move(*m_head);
    m_head.reset();
    m_continuePending = false;
    request.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    return std::optional<HttpRequest>(std::move(request));
}

Result<HttpRequest, HttpRequestParser::Failure> HttpRequestParser::parseHead(const QByteArray& head) const
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)))
        return Failure { 400, "Bad Request" };
    const QByteArray& version = requestLine.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/"))
            return Failure { 505, "HTTP Version Not Supported" };
        return Failure { 400, "Bad Request" };
    }
    HttpRequest request;
    request.method = requestLine.at(0);
    request.minorVersion = version.back() - '0';
    request.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    for (const char c : requestLine.at(1)) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            return Failure { 400, "Bad Request" }; // a target is ASCII, spaces percent-encoded
    }
    if (!request.setTarget(requestLine.at(1)))
        return Failure { 400, "Bad Request" };
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return Failure { 400, "Bad Request" }; // obsolete line folding is refused (RFC 9112 5.2)
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return Failure { 400, "Bad Request" };
        request.headers.append({ line.left(colon), line.mid(colon + 1).trimmed() });
    }
    if (request.minorVersion == 1 && !request.hasHeader("Host"))
        return Failure { 400, "Bad Request" }; // RFC 9112 3.2
    return request;
}

} // namespace ff::sandbox
