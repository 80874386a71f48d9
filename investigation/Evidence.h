// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "api/core/TimeSpan.h"

#include <QList>
#include <QString>
#include <variant>

namespace ff {

// A value a signal rests on, exactly as the API sent it: none (absent), yes/no, a whole number,
// money, an instant, a duration or a text.
using EvidenceValue = std::variant<std::monostate, bool, qint64, Decimal, DateTimeOffset, TimeSpan, QString>;

// One field of the evidence: the API's name for it (TimeUserFirstStreamed, RentalExpiryTime, or
// a name of the investigation's own for a value it worked out, such as WindowEnd), and its value.
struct Evidence
{
    QString field;
    EvidenceValue value;

    template <class T> static EvidenceValue of(const std::optional<T>& value)
    {
        return value ? EvidenceValue(*value) : EvidenceValue();
    }
};

// The value of a field in a list of evidence, or none.
inline const EvidenceValue* findEvidence(const QList<Evidence>& evidence, QStringView field)
{
    for (const Evidence& entry : evidence) {
        if (entry.field == field)
            return &entry.value;
    }
    return nullptr;
}

} // namespace ff
