// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/LowSpeedLimit.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace ff {

// Watches one answer arrive and says when it falls under the low-speed limit: fewer bytes than
// the limit's rate times its window over the last whole window. It counts from the answer's
// first byte (its headers), so waiting for an answer stays the inactivity timeout's business.
// Every sixth of a window it samples the byte count; tooSlowAt() is the rule itself, with the
// time handed in, so that it is tested without a clock.
class LowSpeedGuard final : public QObject
{
    Q_OBJECT

public:
    explicit LowSpeedGuard(LowSpeedLimit limit, QObject* parent = nullptr);

    const LowSpeedLimit& limit() const { return m_limit; }
    // The answer began arriving; the first call starts the watch (until stop()).
    void start();
    // Everything received so far, as QNetworkReply::downloadProgress counts it.
    void received(qint64 totalBytes) { m_bytes = totalBytes; }
    void stop();

    // Records a sample at nowMs (from start) and says whether the last whole window moved too
    // few bytes.
    bool tooSlowAt(qint64 nowMs);
    // Why the transfer was given up, for the error message.
    QString reason() const;

signals:
    void tooSlow();

private:
    struct Sample
    {
        qint64 atMs = 0;
        qint64 bytes = 0;
    };

    LowSpeedLimit m_limit;
    QTimer m_check;
    QElapsedTimer m_clock;
    QList<Sample> m_samples;
    qint64 m_bytes = 0;
    qint64 m_lastWindowBytes = 0;
};

} // namespace ff
