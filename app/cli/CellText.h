// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "api/core/TimeSpan.h"

#include <QString>
#include <QUuid>
#include <optional>

namespace ff::cli {

// Values as a terminal table shows them: dates in UTC to the second, absent values as "-",
// texts on one line with their control characters shown (TerminalText).
struct CellText
{
    static QString of(const std::optional<QString>& value);
    static QString of(const std::optional<qint64>& value);
    static QString of(const std::optional<Decimal>& value);
    static QString of(const std::optional<DateTimeOffset>& value);
    static QString of(const std::optional<TimeSpan>& value);
    static QString of(const std::optional<QUuid>& value);
    static QString yesNo(const std::optional<bool>& value);
};

} // namespace ff::cli
