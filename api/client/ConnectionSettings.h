// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/LowSpeedLimit.h"
#include "api/client/TrustedCertificate.h"
#include "api/codec/JsonReadOptions.h"

#include <QNetworkProxy>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace ff {

// Where and how the client talks to the platform: everything but the secret.
struct ConnectionSettings
{
    // The platform API (orders, items, entitlements, licences) and the admin accounts API are
    // separate services with their own base URLs.
    QUrl platformUrl;
    QUrl adminUrl;

    // A transfer is abandoned when nothing has moved for this long, or when its answer
    // trickles in under the low-speed limit (1 KB/s over 30 s).
    int timeoutMs = 30'000;
    LowSpeedLimit lowSpeed;
    // A response body larger than this is refused while it arrives, not after.
    qint64 maxResponseBytes = 256LL * 1024 * 1024;

    // Reads (GET) are retried after a connection failure, with growing pauses; writes never are.
    int readRetries = 2;
    int retryBaseDelayMs = 250;
    // Reads answered 429 (or 503) with Retry-After wait and retry, within these bounds.
    int maxRetryAfterSeconds = 30;
    int maxRetryAfterAttempts = 2;

    // A proxy for this profile; without one the system's proxy configuration applies.
    std::optional<QNetworkProxy> proxy;
    // Plain http is only for loopback hosts unless a profile says otherwise, visibly.
    bool allowInsecureHttp = false;
    // A read-only profile refuses writes before anything is sent.
    bool readOnly = false;
    // Certificates of an unknown issuer this profile accepts, each for one host and port.
    QList<TrustedCertificate> trustedCertificates;

    JsonReadOptions parsing;
};

} // namespace ff
