// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ff {

// Beside the inactivity timeout: a transfer fails once its answer has averaged fewer than
// bytesPerSecond over a whole window. A server that trickles a byte every few seconds resets an
// inactivity timeout for ever, so this is what stops it holding a tab or the CLI; a large answer
// over a slow VPN (tens of KB/s) stays far above it.
struct LowSpeedLimit
{
    int windowMs = 30'000;
    qint64 bytesPerSecond = 1024;

    // Zero in either turns the limit off.
    bool isActive() const { return windowMs > 0 && bytesPerSecond > 0; }

    friend bool operator==(const LowSpeedLimit&, const LowSpeedLimit&) = default;
};

} // namespace ff
