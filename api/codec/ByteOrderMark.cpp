// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/codec/ByteOrderMark.h"

namespace ff {

ByteOrderMark ByteOrderMark::at(QByteArrayView text)
{
    // UTF-32LE before UTF-16LE: its mark starts with the other's.
    static constexpr struct
    {
        QByteArrayView bytes;
        QLatin1StringView encoding;
    } marks[] = {
        { QByteArrayView("\xEF\xBB\xBF", 3), QLatin1StringView("UTF-8") },
        { QByteArrayView("\xFF\xFE\x00\x00", 4), QLatin1StringView("UTF-32LE") },
        { QByteArrayView("\x00\x00\xFE\xFF", 4), QLatin1StringView("UTF-32BE") },
        { QByteArrayView("\xFF\xFE", 2), QLatin1StringView("UTF-16LE") },
        { QByteArrayView("\xFE\xFF", 2), QLatin1StringView("UTF-16BE") },
    };
    for (const auto& mark : marks) {
        if (text.startsWith(mark.bytes))
            return { mark.encoding, mark.bytes.size() };
    }
    return {};
}

} // namespace ff
