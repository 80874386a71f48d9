// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>

namespace ff {

// The byte-order mark a text may start with. .NET's Encoding.UTF8 and PowerShell write a UTF-8
// one before JSON, which the JSON reader skips (RFC 8259 lets it); Windows PowerShell's Out-File
// writes UTF-16, whose mark the reader names in its refusal, since the text is otherwise
// refused at its first byte with nothing to say why.
struct ByteOrderMark
{
    // The encoding the mark names ("UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"),
    // empty when the text starts with none.
    QLatin1StringView encoding;
    qsizetype length = 0;

    static ByteOrderMark at(QByteArrayView text);

    bool isUtf8() const { return length == 3; }
};

} // namespace ff
