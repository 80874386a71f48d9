// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/launcher/SandboxEndpoint.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ff {

// The start lines: how ffconsole-sandbox tells whoever started it where it listens and how to
// speak to it. The sandbox writes them with write(); SandboxLauncher reads them with read(), and
// scripts/bench.sh with sed. The one format:
//
//   On stdout, before anything else the sandbox prints there, one line per value, KEY=VALUE,
//   UTF-8, ended by a line feed. The value is everything after the first '=' and never holds a
//   line break. In this order:
//     FFCONSOLE_SANDBOX_URL=http://127.0.0.1:PORT/   the base URL, ending in '/'
//     FFCONSOLE_SANDBOX_TOKEN=…                      the API's secret (rotatable)
//     FFCONSOLE_SANDBOX_CONTROL_TOKEN=…              the control API's secret, sent with every
//                                                    /_sandbox/ request as X-Sandbox-Control-Token
//     FFCONSOLE_SANDBOX_AUTH=bearer|apikey|basic     how the API token is sent
//     FFCONSOLE_SANDBOX_APIKEY_HEADER=…              with apikey only: the header carrying it
//     FFCONSOLE_SANDBOX_BASIC_USER=…                 with basic only: the user name
//     FFCONSOLE_SANDBOX_SCALE_CUSTOMER=…             with --scale only: the bulk customer's login
//     FFCONSOLE_SANDBOX_READY=1                      last: the server is listening
//
// A reader skips lines without '=' and keys it does not know, so that a later sandbox may add
// lines without breaking an earlier console.
class SandboxStartLines final
{
public:
    // The header that carries the control token on every /_sandbox/ request.
    static constexpr char ControlTokenHeader[] = "X-Sandbox-Control-Token";

    // Every line for this endpoint, READY last.
    static QByteArray write(const SandboxEndpoint& endpoint);

    // Reads one line (with or without its line feed). True when it was FFCONSOLE_SANDBOX_READY=1,
    // after which endpoint() holds everything the sandbox said.
    bool read(QByteArrayView line);
    const SandboxEndpoint& endpoint() const { return m_endpoint; }
    // An address, an API token and a control token: enough to speak to the sandbox.
    bool isComplete() const;

private:
    SandboxEndpoint m_endpoint;
};

} // namespace ff
