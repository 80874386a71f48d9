// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/codec/JsonWriter.h"

#include "api/core/GuidText.h"

namespace ff {

namespace {

// A character JSON may carry as it is but that is written as \uXXXX here, as the UTF-8 at the
// start of utf8 spells it: the C1 controls (U+0080–U+009F) and the bidirectional controls
// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which a terminal or an editor would
// obey, and the line and paragraph separators (U+2028, U+2029), which end a line in JavaScript.
// Its code and the length of its UTF-8; a length of 0 when there is none there.
struct SpelledOut
{
    char16_t code = 0;
    size_t length = 0;
};

SpelledOut spelledOut(std::string_view utf8)
{
    const auto byte = [utf8](size_t i) { return i < utf8.size() ? static_cast<unsigned char>(utf8[i]) : 0u; };
    const unsigned lead = byte(0);
    const unsigned second = byte(1);
    const unsigned third = byte(2);
    if (lead == 0xC2 && second >= 0x80 && second <= 0x9F)
        return { char16_t(second), 2 };
    if (lead == 0xD8 && second == 0x9C)
        return { u'\u061C', 2 };
    if (lead == 0xE2 && second == 0x80
        && ((third >= 0x8E && third <= 0x8F) || (third >= 0xA8 && third <= 0xAE)))
        return { char16_t(0x2000 + (third - 0x80)), 3 };
    if (lead == 0xE2 && second == 0x81 && third >= 0xA6 && third <= 0xA9)
        return { char16_t(0x2040 + (third - 0x80)), 3 };
    return {};
}

} // namespace

void JsonWriter::newLine()
{
    if (!m_options.indented)
        return;
    m_out += '\n';
    m_out.append(qsizetype(m_hasElements.size() * 2), ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasElements.empty())
        return;
    if (m_hasElements.back())
        m_out += ',';
    m_hasElements.back() = true;
    newLine();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_hasElements.push_back(false);
}

void JsonWriter::endObject()
{
    const bool hadElements = m_hasElements.back();
    m_hasElements.pop_back();
    if (hadElements)
        newLine();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_hasElements.push_back(false);
}

void JsonWriter::endArray()
{
    endObject();
    m_out.back() = ']';
}

void JsonWriter::key(std::string_view name)
{
    beforeValue();
    writeEscaped(name);
    m_out += m_options.indented ? ": " : ":";
    m_afterKey = true;
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(bool boolean)
{
    beforeValue();
    m_out += boolean ? "true" : "false";
}

void JsonWriter::value(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    value(std::string_view(utf8.constData(), size_t(utf8.size())));
}

void JsonWriter::value(std::string_view utf8)
{
    beforeValue();
    writeEscaped(utf8);
}

void JsonWriter::value(const Decimal& number)
{
    beforeValue();
    m_out += number.toStdString();
}

void JsonWriter::value(const DateTimeOffset& date)
{
    beforeValue();
    m_out += '"';
    m_out += m_options.dates == JsonWriteOptions::Dates::UtcMilliseconds ? date.toUtcMillisecondsString()
                                                                         : date.toIsoString();
    m_out += '"';
}

void JsonWriter::value(const TimeSpan& span)
{
    beforeValue();
    m_out += '"' + span.toString() + '"';
}

void JsonWriter::value(const QUuid& uuid)
{
    beforeValue();
    m_out += '"' + GuidText::toText(uuid) + '"';
}

void JsonWriter::writeEscaped(std::string_view utf8)
{
    static constexpr char Hex[] = "0123456789abcdef";
    auto spell = [this](char16_t code) {
        m_out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            m_out += Hex[(code >> shift) & 0xf];
    };
    m_out += '"';
    for (size_t i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default: {
            const auto byte = static_cast<unsigned char>(c);
            // Only a lead byte can begin a character to spell out; ASCII and most text skip it.
            const SpelledOut out = byte >= 0xC2 ? spelledOut(utf8.substr(i)) : SpelledOut {};
            if (byte < 0x20 || byte == 0x7f) {
                spell(byte);
            } else if (out.length > 0) {
                spell(out.code);
                i += out.length - 1;
            } else {
                m_out += c;
            }
        }
        }
    }
    m_out += '"';
}

QByteArray JsonWriter::take()
{
    return std::exchange(m_out, QByteArray());
}

} // namespace ff
