// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EvidenceText.h"

#include "models/DisplayFormat.h"

#include <variant>

namespace ff {

QString EvidenceText::of(const Evidence& evidence, const DisplayFormat& format)
{
    // An id is a name, not an amount: never grouped ("5104232", not "5,104,232").
    const bool isId = evidence.field.endsWith(QLatin1String("Id"));
    const QString value = std::visit(
        [&format, isId](const auto& v) -> QString {
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, std::monostate>)
                return DisplayFormat::absent();
            else if constexpr (std::is_same_v<V, bool>)
                return format.yesNo(v);
            else if constexpr (std::is_same_v<V, qint64>)
                return isId ? QString::number(v) : format.integer(v);
            else if constexpr (std::is_same_v<V, Decimal>)
                return format.number(v);
            else if constexpr (std::is_same_v<V, DateTimeOffset>)
                return format.dateTime(v);
            else if constexpr (std::is_same_v<V, TimeSpan>)
                return format.duration(v);
            else
                return format.text(v);
        },
        evidence.value);
    return tr("%1: %2").arg(evidence.field, value);
}

} // namespace ff
