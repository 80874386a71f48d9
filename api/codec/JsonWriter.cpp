// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/codec/JsonWriter.h"

#include "api/core/GuidText.h"

namespace ff {

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
    m_out += '"';
    for (const char c : utf8) {
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
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                m_out += "\\u00";
                m_out += Hex[(c >> 4) & 0xf];
                m_out += Hex[c & 0xf];
            } else {
                m_out += c;
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
