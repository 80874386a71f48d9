// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/LowSpeedGuard.h"

#include <QCoreApplication>

namespace ff {

LowSpeedGuard::LowSpeedGuard(LowSpeedLimit limit, QObject* parent)
    : QObject(parent)
    , m_limit(limit)
{
    m_check.setInterval(qMax(100, m_limit.windowMs / 6));
    connect(&m_check, &QTimer::timeout, this, [this] {
        if (tooSlowAt(m_clock.elapsed())) {
            stop();
            emit tooSlow();
        }
    });
}

void LowSpeedGuard::start()
{
    if (!m_limit.isActive() || m_check.isActive())
        return;
    m_samples.clear();
    m_bytes = 0;
    m_clock.start();
    m_samples.append({ 0, 0 });
    m_check.start();
}

void LowSpeedGuard::stop()
{
    m_check.stop();
}

bool LowSpeedGuard::tooSlowAt(qint64 nowMs)
{
    m_samples.append({ nowMs, m_bytes });
    // The newest sample a whole window old is where the window starts; older ones are not needed.
    qsizetype base = -1;
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        if (m_samples[i].atMs <= nowMs - m_limit.windowMs)
            base = i;
    }
    if (base < 0)
        return false; // not a whole window yet
    m_samples.remove(0, base);
    m_lastWindowBytes = m_bytes - m_samples.first().bytes;
    return m_lastWindowBytes * 1000 < m_limit.bytesPerSecond * m_limit.windowMs;
}

QString LowSpeedGuard::reason() const
{
    return QCoreApplication::translate("ff::LowSpeedGuard",
        "the answer came too slowly: %1 bytes in the last %2 s, less than %3 bytes a second")
        .arg(m_lastWindowBytes)
        .arg(m_limit.windowMs / 1000.0)
        .arg(m_limit.bytesPerSecond);
}

} // namespace ff
