// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/FaultQueue.h"

namespace ff::sandbox {

std::optional<FaultSpec> FaultQueue::take(const HttpRequest& request)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (!m_faults.at(i).matches(request))
            continue;
        FaultSpec fault = m_faults.at(i);
        if (--m_faults[i].count <= 0)
            m_faults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

QJsonArray FaultQueue::toJson() const
{
    QJsonArray array;
    for (const FaultSpec& fault : m_faults)
        array.append(fault.toJson());
    return array;
}

} // namespace ff::sandbox
