// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/FaultSpec.h"

#include <QJsonArray>
#include <QList>
#include <optional>

namespace ff::sandbox {

// One-shot faults waiting for the /api requests they match, first queued first used. A fault
// with a count of n catches the next n matching requests and is then gone.
class FaultQueue final
{
public:
    void add(const QList<FaultSpec>& faults) { m_faults.append(faults); }
    qsizetype clear() { return std::exchange(m_faults, {}).size(); }
    std::optional<FaultSpec> take(const HttpRequest& request);
    QJsonArray toJson() const;

private:
    QList<FaultSpec> m_faults;
};

} // namespace ff::sandbox
