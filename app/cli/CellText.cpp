// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CellText.h"

#include "api/core/GuidText.h"
#include "models/TerminalText.h"

#include <QCoreApplication>

namespace ff::cli {

namespace {
const QString Absent = QStringLiteral("-");
}

QString CellText::of(const std::optional<QString>& value)
{
    return value && !value->isEmpty() ? TerminalText::oneLine(*value) : Absent;
}

QString CellText::of(const std::optional<qint64>& value)
{
    return value ? QString::number(*value) : Absent;
}

QString CellText::of(const std::optional<Decimal>& value)
{
    return value ? value->toString() : Absent;
}

QString CellText::of(const std::optional<DateTimeOffset>& value)
{
    if (!value)
        return Absent;
    // "2025-09-04T07:11:51.697Z" -> "2025-09-04 07:11:51Z"
    QString text = QString::fromLatin1(value->toUtcMillisecondsString());
    text.replace(10, 1, QLatin1Char(' '));
    text.remove(19, 4);
    return text;
}

QString CellText::of(const std::optional<TimeSpan>& value)
{
    return value ? QString::fromLatin1(value->toString()) : Absent;
}

QString CellText::of(const std::optional<QUuid>& value)
{
    return value ? QString::fromLatin1(GuidText::toText(*value)) : Absent;
}

QString CellText::yesNo(const std::optional<bool>& value)
{
    return value ? (*value ? QCoreApplication::translate("ff::cli::CellText", "yes")
                           : QCoreApplication::translate("ff::cli::CellText", "no"))
                 : Absent;
}

} // namespace ff::cli
