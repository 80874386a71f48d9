// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/Authenticator.h"
#include "sandbox/FaultQueue.h"
#include "sandbox/HttpRequest.h"
#include "sandbox/HttpResponse.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxData.h"

#include <QHostAddress>

namespace ff::sandbox {

// The sandbox's own API under /_sandbox/, for tests and for a person at a terminal: queue
// faults, read or clear the request log, rotate the token, list the data. No authentication,
// so it answers loopback clients only, whatever --host says.
class ControlApi final
{
public:
    struct Info
    {
        quint64 seed = 1;
        QString scaleCustomer; // empty: none
    };

    ControlApi(const SandboxData& data, Authenticator& authenticator, FaultQueue& faults, RequestLog& log,
        Info info);

    HttpResponse handle(const HttpRequest& request, const QHostAddress& peer);

private:
    HttpResponse addFaults(const HttpRequest& request);
    HttpResponse info() const;

    const SandboxData& m_data;
    Authenticator& m_authenticator;
    FaultQueue& m_faults;
    RequestLog& m_log;
    Info m_info;
};

} // namespace ff::sandbox
