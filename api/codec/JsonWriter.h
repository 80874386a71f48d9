// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/codec/JsonWriteOptions.h"
#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "api/core/SharedValue.h"
#include "api/core/TimeSpan.h"
#include "api/dto/Field.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>
#include <string_view>
#include <tuple>
#include <vector>

namespace ff {

// Writes JSON with the API's field names and order. Money is written from its exact decimal
// text (3.99, never 3.9899999), dates as they were read (or in UTC, by option), TimeSpans in
// .NET's constant format and absent values as null, as Json.NET does. In strings, the C0 and C1
// controls, DEL, the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
// U+2066–U+2069) and the line and paragraph separators are written as \uXXXX: the output reads
// back exactly and shows on a terminal as characters, never as commands or reordered text.
class JsonWriter final
{
public:
    explicit JsonWriter(JsonWriteOptions options = {})
        : m_options(options)
    { }

    template <class T> static QByteArray toJson(const T& value, JsonWriteOptions options = {})
    {
        JsonWriter writer(options);
        writer.value(value);
        return writer.take();
    }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);

    void null();
    void value(qint64 number);
    void value(bool boolean);
    void value(const QString& text);
    void value(std::string_view utf8);
    void value(const Decimal& number);
    void value(const DateTimeOffset& date);
    void value(const TimeSpan& span);
    void value(const QUuid& uuid);

    template <class T> void value(const std::optional<T>& optional)
    {
        if (optional)
            value(*optional);
        else
            null();
    }

    template <class T> void value(const SharedValue<T>& shared)
    {
        if (shared)
            value(*shared);
        else
            null();
    }

    template <class T> void value(const QList<T>& list)
    {
        beginArray();
        for (const T& element : list)
            value(element);
        endArray();
    }

    template <Dto T> void value(const T& object)
    {
        beginObject();
        writeFields(object);
        endObject();
    }

    // The fields of a DTO into the object being written, so that callers can add their own.
    template <Dto T> void writeFields(const T& object)
    {
        std::apply(
            [&](const auto&... entry) { (field(entry.name, object.*(entry.member)), ...); }, T::fields());
    }

    // A key and its value.
    template <class M> void field(std::string_view name, const M& member)
    {
        key(name);
        value(member);
    }

    QByteArray take();

private:
    void beforeValue();
    void newLine();
    void writeEscaped(std::string_view utf8);

    JsonWriteOptions m_options;
    QByteArray m_out;
    // One entry per open container: whether it has an element yet.
    std::vector<bool> m_hasElements;
    bool m_afterKey = false;
};

} // namespace ff
