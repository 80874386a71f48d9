// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxData.h"

#include <QString>

namespace ff::sandbox {

// What a person who started the sandbox at a terminal wants to read on stderr: where it
// listens, what its data was made from, and a few customers of each affiliate to try.
class StartupSummary final
{
public:
    static QString text(const SandboxData& data, const QString& url, quint64 seed, qint64 startupMs);
};

} // namespace ff::sandbox
