// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/core/GuidText.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using ff::GuidText;
using ff::fuzz::check;

// GuidText::parse: a GUID in any case, with or without braces, and nothing else. What reads
// writes back with toText() to text that reads as the same GUID; the UTF-16 overload agrees.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::optional<QUuid> uuid = GuidText::parse(text);
    const QString wide = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (wide.toUtf8() == QByteArrayView(text))
        check(GuidText::parse(QStringView(wide)) == uuid,
            "parse(QStringView) agrees with parse(std::string_view)");
    if (!uuid)
        return 0;
    check(text.size() == 36 || text.size() == 38, "only the 36 characters of a GUID, or 38 with braces");
    const QByteArray written = GuidText::toText(*uuid);
    check(written.size() == 36 && written == written.toLower(), "toText() is 36 characters in lower case",
        written);
    const std::optional<QUuid> again
        = GuidText::parse(std::string_view(written.constData(), size_t(written.size())));
    check(again == uuid, "parse(toText(x)) == x", written);
    return 0;
}
