// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/Authenticator.h"
#include "sandbox/ControlApi.h"
#include "sandbox/FaultQueue.h"
#include "sandbox/HttpConnection.h"
#include "sandbox/PlatformApi.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SeededRandom.h"

#include <QObject>
#include <memory>

namespace ff::sandbox {

// Routes every request: /_sandbox/ to the control API; /api/ through the request log, the
// queued faults and the --fail-rate, authentication and the platform API, and then out through
// --delay-ms and --truncate.
class SandboxService final
{
public:
    struct Settings
    {
        quint64 seed = 1;
        int delayMs = 0;
        double failRate = 0;
        bool truncate = false;
        bool jsonReferences = false;
        QString scaleCustomer;
        QString controlToken; // what every /_sandbox/ request must carry
    };

    SandboxService(
        SandboxData& data, Authenticator& authenticator, Journal* journal, const Settings& settings);

    void handle(const HttpRequest& request, HttpConnection& connection);
    // The Host control requests must name, once the server listens.
    void setControlAuthority(const QByteArray& authority) { m_control.setAuthority(authority); }

private:
    void handleApi(const HttpRequest& request, HttpConnection& connection);
    void send(HttpConnection& connection, const std::shared_ptr<RequestLog::Entry>& entry,
        HttpResponse response, HttpConnection::Delivery delivery, int delayMs);
    // What the API answers, once authenticated; applies a write.
    ApiReply answer(const HttpRequest& request);
    // What a fault does to the API's answer after the API has answered (and applied any write).
    void alter(const FaultSpec& fault, const HttpRequest& request, HttpResponse& response,
        HttpConnection::Delivery& delivery) const;
    HttpResponse unauthorized(const HttpRequest& request) const;
    static HttpResponse statusFault(
        const FaultSpec& fault, const Authenticator& authenticator, const HttpRequest& request);
    static HttpResponse oversize(qint64 bytes);
    static HttpResponse redirect(const QByteArray& location, int status = 302);
    static HttpResponse trickled(HttpResponse response, qint64 bytesPerSecond);
    static HttpResponse htmlError(int status);
    static void corruptUtf8(HttpResponse& response);

    Authenticator& m_authenticator;
    Settings m_settings;
    FaultQueue m_faults;
    RequestLog m_log;
    PlatformApi m_api;
    ControlApi m_control;
    // The context of answers given later (apply-slowly): they go with the service.
    QObject m_later;
    // Which requests --fail-rate fails: drawn from the seed, so a run can be repeated.
    SeededRandom m_failures;
};

} // namespace ff::sandbox
