// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ResponseBody.h"

namespace ff::sandbox {

const QByteArray& ResponseBody::deflated() const
{
    if (!m_deflated) {
        // The fastest level for big bodies: the sandbox answers on one thread, and a client waits.
        const int level = m_bytes.size() > 1024 * 1024 ? 1 : 6;
        m_deflated = qCompress(m_bytes, level).mid(4);
    }
    return *m_deflated;
}

} // namespace ff::sandbox
