// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Result.h"
#include "api/launcher/SandboxEndpoint.h"
#include "api/launcher/SandboxInfo.h"

#include <QByteArrayView>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <functional>

namespace ff {

// Reads GET /_sandbox/info from a running sandbox: with its control token, within a timeout,
// and through the api library's JSON reader. The console learns the built-in sandbox's
// affiliates and test customers with it; the tests read the sandbox's data with it too.
class SandboxInfoReader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 5000;
    // The description of forty customers is tens of KB; anything near this is not the sandbox.
    static constexpr qint64 MaxBodyBytes = 8 * 1024 * 1024;
    using Callback = std::function<void(Result<SandboxInfo, QString>)>;

    explicit SandboxInfoReader(QObject* parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Ends exactly once in done, unless context (or this reader) is destroyed first.
    void read(const SandboxEndpoint& endpoint, QObject* context, Callback done);

    // The description in a body of /_sandbox/info, or why it is not one.
    static Result<SandboxInfo, QString> parse(QByteArrayView body);

private:
    QNetworkAccessManager m_network;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace ff
