// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/Evidence.h"

#include <QCoreApplication>
#include <QString>

namespace ff {

class DisplayFormat;

// One field of a signal's evidence as the agent reads values, after the API's name for it:
// "TimeUserFirstStreamed: 03/03/2026 20:14 GMT". The investigation card and the case report
// show evidence alike.
class EvidenceText final
{
    Q_DECLARE_TR_FUNCTIONS(ff::EvidenceText)

public:
    static QString of(const Evidence& evidence, const DisplayFormat& format);
};

} // namespace ff
