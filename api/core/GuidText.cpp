// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/core/GuidText.h"

namespace ff {

namespace {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

std::optional<QUuid> GuidText::parse(std::string_view text)
{
    if (text.size() == 38 && text.front() == '{' && text.back() == '}')
        text = text.substr(1, 36);
    if (text.size() != 36)
        return std::nullopt;
    for (size_t i = 0; i < text.size(); ++i) {
        const bool dashPosition = i == 8 || i == 13 || i == 18 || i == 23;
        if (dashPosition ? text[i] != '-' : !isHexDigit(text[i]))
            return std::nullopt;
    }
    // The text is now exactly the form QUuid reads, so it cannot fail; the nil GUID is a GUID.
    return QUuid::fromString(QLatin1StringView(text.data(), qsizetype(text.size())));
}

std::optional<QUuid> GuidText::parse(QStringView text)
{
    const QByteArray latin = text.toLatin1();
    if (QString::fromLatin1(latin) != text)
        return std::nullopt;
    return parse(std::string_view(latin.constData(), size_t(latin.size())));
}

QByteArray GuidText::toText(const QUuid& uuid)
{
    return uuid.toByteArray(QUuid::WithoutBraces);
}

} // namespace ff
