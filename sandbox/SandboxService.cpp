// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxService.h"

#include "sandbox/LogCategory.h"

#include <QPointer>
#include <QTimer>

namespace ff::sandbox {

using namespace Qt::StringLiterals;

SandboxService::SandboxService(
    SandboxData& data, Authenticator& authenticator, Journal* journal, const Settings& settings)
    : m_authenticator(authenticator)
    , m_settings(settings)
    , m_api(data, journal, settings.jsonReferences)
    , m_control(data, authenticator, m_faults, m_log,
          ControlApi::Info { settings.seed, settings.scaleCustomer }, settings.controlToken)
    , m_failures(SeededRandom(settings.seed).fork("fail-rate"))
{ }

void SandboxService::handle(const HttpRequest& request, HttpConnection& connection)
{
    const QString first = request.segments.value(0);
    if (first.compare(u"_sandbox"_s, Qt::CaseInsensitive) == 0) {
        connection.respond(m_control.handle(request, connection.peerAddress()));
        return;
    }
    if (first.compare(u"api"_s, Qt::CaseInsensitive) == 0) {
        handleApi(request, connection);
        return;
    }
    if (request.segments.isEmpty() && request.method == "GET") {
        connection.respond(HttpResponse::json(200,
            "{\"Name\":\"FilmFlex platform "
            "API\",\"Server\":\"ffconsole-sandbox\",\"Version\":\"" FFCONSOLE_VERSION "\"}"));
        return;
    }
    connection.respond(PlatformApi::message(404,
        u"No HTTP resource was found that matches the request URI '"_s + QString::fromLatin1(request.target)
            + u"'."_s)
                           .response);
}

void SandboxService::handleApi(const HttpRequest& request, HttpConnection& connection)
{
    const std::shared_ptr<RequestLog::Entry> entry
        = m_log.record(request, [this](QByteArrayView name) { return m_authenticator.isSecretHeader(name); });
    // One draw per request, whatever happens next, so that the sequence depends on the seed only.
    const bool failed = m_settings.failRate > 0 && m_failures.unit() < m_settings.failRate;
    const std::optional<FaultSpec> fault = m_faults.take(request);
    if (fault)
        entry->fault = FaultSpec::kindName(fault->kind);
    int delayMs = m_settings.delayMs + (fault && fault->kind == FaultSpec::Kind::Delay ? fault->delayMs : 0);
    HttpConnection::Delivery delivery
        = m_settings.truncate ? HttpConnection::Delivery::Truncate : HttpConnection::Delivery::Normal;

    if (fault && fault->replacesAnswer()) {
        switch (fault->kind) {
        case FaultSpec::Kind::Hang:
            connection.respond({}, HttpConnection::Delivery::Hang);
            return;
        case FaultSpec::Kind::Drop:
            send(connection, entry, {}, HttpConnection::Delivery::Drop, delayMs);
            return;
        case FaultSpec::Kind::Status:
            send(connection, entry, statusFault(*fault, m_authenticator, request), delivery, delayMs);
            return;
        case FaultSpec::Kind::Oversize:
            send(connection, entry, oversize(fault->bytes), HttpConnection::Delivery::Normal, delayMs);
            return;
        case FaultSpec::Kind::Redirect:
            send(connection, entry, redirect(fault->location), delivery, delayMs);
            return;
        default:
            break;
        }
    }
    if (failed && !fault) {
        entry->fault = u"fail-rate"_s;
        send(connection, entry, htmlError(503), delivery, delayMs);
        return;
    }
    if (fault && fault->kind == FaultSpec::Kind::ApplySlowly) {
        // The server is still working when the client gives up: the write lands later, on a
        // clock of the service's own, whether or not anyone still waits for the answer.
        QTimer::singleShot(fault->delayMs, &m_later,
            [this, request, entry, delivery, target = QPointer<HttpConnection>(&connection)] {
                ApiReply reply = answer(request);
                entry->applied = reply.applied;
                if (target)
                    send(*target, entry, std::move(reply.response), delivery, 0);
            });
        return;
    }

    ApiReply reply = answer(request);
    entry->applied = reply.applied;
    if (fault)
        alter(*fault, request, reply.response, delivery);
    send(connection, entry, std::move(reply.response), delivery, delayMs);
}

ApiReply SandboxService::answer(const HttpRequest& request)
{
    if (!m_authenticator.authorize(request))
        return ApiReply { unauthorized(request) };
    return m_api.handle(request);
}

void SandboxService::alter(const FaultSpec& fault, const HttpRequest& request, HttpResponse& response,
    HttpConnection::Delivery& delivery) const
{
    switch (fault.kind) {
    case FaultSpec::Kind::ApplyThenDrop:
        delivery = HttpConnection::Delivery::Drop;
        break;
    case FaultSpec::Kind::Truncate:
        delivery = HttpConnection::Delivery::Truncate;
        break;
    case FaultSpec::Kind::ResetMidBody:
        delivery = HttpConnection::Delivery::ResetMidBody;
        break;
    case FaultSpec::Kind::WrongContentType:
        response.contentType = "text/html; charset=utf-8";
        break;
    case FaultSpec::Kind::InvalidUtf8:
        corruptUtf8(response);
        break;
    case FaultSpec::Kind::Trickle:
        response = trickled(std::move(response), fault.bytesPerSecond);
        break;
    case FaultSpec::Kind::ApplyThenStatus:
        response = statusFault(fault, m_authenticator, request);
        break;
    case FaultSpec::Kind::SeeOther:
        // Post/Redirect/Get: a client that follows it turns the PUT or POST into a GET.
        response = redirect(fault.location.isEmpty() ? request.target : fault.location, 303);
        break;
    default:
        break;
    }
}

void SandboxService::send(HttpConnection& connection, const std::shared_ptr<RequestLog::Entry>& entry,
    HttpResponse response, HttpConnection::Delivery delivery, int delayMs)
{
    auto deliver = [entry, response = std::move(response), delivery](HttpConnection& target) {
        if (delivery != HttpConnection::Delivery::Drop && delivery != HttpConnection::Delivery::Hang)
            entry->status = response.status;
        target.respond(response, delivery);
    };
    if (delayMs <= 0) {
        deliver(connection);
        return;
    }
    // The work is done (and any write applied) now; only the answer waits. If the client gives
    // up meanwhile, the connection goes and the timer with it.
    QTimer::singleShot(delayMs, &connection, [deliver, &connection] { deliver(connection); });
}

HttpResponse SandboxService::unauthorized(const HttpRequest& request) const
{
    HttpResponse response
        = PlatformApi::message(401, u"Authorization has been denied for this request."_s).response;
    response.headers.append({ "WWW-Authenticate", m_authenticator.challenge(request) });
    return response;
}

HttpResponse SandboxService::statusFault(
    const FaultSpec& fault, const Authenticator& authenticator, const HttpRequest& request)
{
    HttpResponse response;
    if (fault.body) {
        // A body that looks like JSON is served as JSON, anything else as the HTML page it is.
        const QByteArray trimmed = fault.body->trimmed();
        response = trimmed.startsWith('{') || trimmed.startsWith('[')
            ? HttpResponse::json(fault.status, *fault.body)
            : HttpResponse::html(fault.status, *fault.body);
    } else if (fault.status == 401) {
        response = PlatformApi::message(401, u"Authorization has been denied for this request."_s).response;
        bool challenged = false;
        for (const auto& header : fault.headers)
            challenged = challenged || header.first.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0;
        if (!challenged)
            response.headers.append({ "WWW-Authenticate", authenticator.challenge(request) });
    } else if (fault.status == 429) {
        response = PlatformApi::message(429, u"Too many requests. Please retry later."_s).response;
    } else if (fault.status >= 400) {
        response = htmlError(fault.status);
    } else {
        response = HttpResponse::json(fault.status, {});
    }
    if (fault.contentType)
        response.contentType = *fault.contentType;
    response.headers.append(fault.headers);
    return response;
}

HttpResponse SandboxService::htmlError(int status)
{
    // What a load balancer or IIS puts in front of the API when the API is not there.
    const QByteArray reason = HttpConnection::reasonPhrase(status);
    const QByteArray code = QByteArray::number(status);
    return HttpResponse::html(status,
        "<!DOCTYPE html>\r\n<html>\r\n<head><title>" + code + ' ' + reason
            + "</title></head>\r\n<body>\r\n<h1>" + reason
            + "</h1>\r\n<p>The server is temporarily unable to service your "
              "request. Please try again later.</p>\r\n<hr>\r\n<p>HTTP Error "
            + code + ". ffconsole-sandbox</p>\r\n</body>\r\n</html>\r\n");
}

HttpResponse SandboxService::oversize(qint64 bytes)
{
    // A valid JSON array padded with spaces, made a chunk at a time: never all in memory.
    HttpResponse response;
    response.streamLength = bytes;
    response.compressible = false;
    response.stream = [bytes](qint64 offset, qint64 maximum) {
        QByteArray chunk(maximum, ' ');
        if (offset == 0)
            chunk[0] = '[';
        if (offset + maximum == bytes)
            chunk[maximum - 1] = ']';
        return chunk;
    };
    return response;
}

HttpResponse SandboxService::redirect(const QByteArray& location, int status)
{
    const QByteArray escaped = QString::fromUtf8(location).toHtmlEscaped().toUtf8();
    HttpResponse response = HttpResponse::html(status,
        "<html><head><title>Object moved</title></head><body>\r\n<h2>Object moved to <a href=\"" + escaped
            + "\">here</a>.</h2>\r\n</body></html>\r\n");
    response.headers.append({ "Location", location });
    return response;
}

HttpResponse SandboxService::trickled(HttpResponse response, qint64 bytesPerSecond)
{
    // The whole answer, uncompressed, at this pace: a server or a link that sends a byte at a
    // time holds a client for as long as the client lets it.
    const QByteArray body = response.body ? response.body->bytes() : QByteArray();
    response.body.reset();
    response.compressible = false;
    response.streamLength = body.size();
    response.stream = [body](qint64 offset, qint64 maximum) { return body.mid(offset, maximum); };
    response.bytesPerSecond = bytesPerSecond;
    return response;
}

void SandboxService::corruptUtf8(HttpResponse& response)
{
    if (!response.body)
        return;
    QByteArray bytes = response.body->bytes();
    // Inside the first string value: a lone continuation byte, a truncated sequence and 0xFF,
    // none of which UTF-8 allows.
    const qsizetype at = bytes.indexOf("\":\"");
    if (at < 0)
        return;
    bytes.insert(at + 3, "\xC3\x28\x80\xFF");
    response.body = std::make_shared<const ResponseBody>(bytes);
}

} // namespace ff::sandbox
