// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/Authenticator.h"
#include "sandbox/FaultQueue.h"
#include "sandbox/HttpRequest.h"
#include "sandbox/HttpResponse.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxData.h"

#include <QHostAddress>
#include <optional>

namespace ff::sandbox {

// The sandbox's own API under /_sandbox/, for tests and for a person at a terminal: queue
// faults, read or clear the request log, rotate the API token, list the data.
//
// The sandbox runs on agents' machines, where a web page in their browser can send requests to
// any loopback port. So the control API answers only a request that comes from loopback (whatever
// --host says), names in its Host header the very address and port the sandbox listens on (a
// page that rebinds its own host name to 127.0.0.1 still sends its own name: 403), and carries
// the control token in X-Sandbox-Control-Token (401 without it). The control token is its own
// secret, printed in the start lines: rotating the API token leaves it as it is, and a browser
// cannot send that header to another origin without asking first, which is never granted.
class ControlApi final
{
public:
    struct Info
    {
        quint64 seed = 1;
        QString scaleCustomer; // empty: none
    };

    ControlApi(const SandboxData& data, Authenticator& authenticator, FaultQueue& faults, RequestLog& log,
        Info info, QString controlToken);

    // The Host a control request must name ("127.0.0.1:8080"): known once the server listens.
    void setAuthority(const QByteArray& authority) { m_authority = authority; }

    HttpResponse handle(const HttpRequest& request, const QHostAddress& peer);

private:
    // The answer that refuses the request, or nothing when it may be served.
    std::optional<HttpResponse> refusal(const HttpRequest& request, const QHostAddress& peer) const;
    HttpResponse addFaults(const HttpRequest& request);
    HttpResponse info() const;

    const SandboxData& m_data;
    Authenticator& m_authenticator;
    FaultQueue& m_faults;
    RequestLog& m_log;
    Info m_info;
    QString m_controlToken;
    QByteArray m_authority;
};

} // namespace ff::sandbox
