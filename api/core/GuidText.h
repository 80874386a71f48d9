// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QUuid>
#include <optional>
#include <string_view>

namespace ff {

// GUIDs as text, as .NET reads and writes them.
struct GuidText final
{
    // "746dcc8b-ef46-4be8-abf3-a9b2d2304dfb", in any case, with or without braces.
    static std::optional<QUuid> parse(std::string_view text);
    static std::optional<QUuid> parse(QStringView text);
    // Lower case without braces, as .NET's default "D" format.
    static QByteArray toText(const QUuid& uuid);
};

} // namespace ff
