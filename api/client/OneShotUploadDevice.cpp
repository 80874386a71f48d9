// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/OneShotUploadDevice.h"

#include <cstring>

namespace ff {

OneShotUploadDevice::OneShotUploadDevice(QByteArray body, QObject* parent)
    : QIODevice(parent)
    , m_body(std::move(body))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotUploadDevice::bytesAvailable() const
{
    return m_body.size() - m_position + QIODevice::bytesAvailable();
}

qint64 OneShotUploadDevice::readData(char* data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, m_body.size() - m_position);
    if (count <= 0)
        return m_position >= m_body.size() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

} // namespace ff
