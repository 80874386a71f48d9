// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Result.h"
#include "api/launcher/SandboxEndpoint.h"
#include "sandbox/Authenticator.h"
#include "sandbox/HttpServer.h"
#include "sandbox/Journal.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxService.h"

#include <functional>
#include <memory>

namespace ff::sandbox {

// One sandbox, listening: its data generated from the options (with the --data journal's
// writes replayed over it), its two secrets (from FFCONSOLE_SANDBOX_TOKEN and
// FFCONSOLE_SANDBOX_CONTROL_TOKEN, or random), the service and the server. main() makes one,
// prints its endpoint as start lines and runs the event loop; tests can make one in-process.
class SandboxInstance final
{
public:
    struct Failure
    {
        int exitCode = 1; // 2 for options or a data file that do not fit, 1 for a port in use
        QString message;
    };
    // Says something worth knowing that does not stop the start (a remote --host...).
    using Warn = std::function<void(const QString&)>;

    static Result<std::unique_ptr<SandboxInstance>, Failure> start(
        const SandboxOptions& options, const Warn& warn);
    ~SandboxInstance();

    const SandboxEndpoint& endpoint() const { return m_endpoint; }
    const SandboxData& data() const { return *m_data; }

private:
    SandboxInstance() = default;
    // The journal of --data, checked against the options, and the instant to generate around.
    std::optional<Failure> openJournal(const SandboxOptions& options, const Warn& warn, DateTimeOffset& now);

    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<SandboxData> m_data;
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<SandboxService> m_service;
    std::unique_ptr<HttpServer> m_server;
    SandboxEndpoint m_endpoint;
};

} // namespace ff::sandbox
