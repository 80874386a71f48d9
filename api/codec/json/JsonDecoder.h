// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/codec/JsonReadOptions.h"
#include "api/codec/json/JsonFieldTable.h"
#include "api/codec/json/JsonPathTracker.h"
#include "api/codec/json/JsonReferenceRegistry.h"
#include "api/codec/json/JsonStringPool.h"
#include "api/codec/json/JsonText.h"
#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "api/core/GuidText.h"
#include "api/core/SharedValue.h"
#include "api/core/TimeSpan.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>
#include <cstring>
#include <memory>
#include <optional>
#include <simdjson.h>

namespace ff::json {

// Thrown inside the decoder only, and turned into a ParseError at the boundary.
struct DecodeFailure
{
    QString path;
    QString message;
};

// Reads one document into DTOs, field by field, following "$id"/"$ref" references and
// "$values" arrays, and throws DecodeFailure (with the field path) at the first thing it cannot
// take. Part of JsonReader: included by api/codec/JsonReader.cpp only, so that everything it
// calls per field is inlined there.
class Decoder final
{
public:
    explicit Decoder(const JsonReadOptions& options)
        : m_options(options)
    { }

    [[noreturn]] void fail(const QString& message) const
    {
        throw DecodeFailure { m_path.toString(), message };
    }
    QString currentPath() const { return m_path.toString(); }
    PathTracker& path() { return m_path; }

    void read(od::value value, qint64& out)
    {
        expect(value, od::json_type::number, QT_TRANSLATE_NOOP("ff::JsonReader", "an integer"));
        int64_t number = 0;
        const simdjson::error_code error = value.get_int64().get(number);
        if (error != simdjson::SUCCESS && error != simdjson::INCORRECT_TYPE
            && error != simdjson::NUMBER_OUT_OF_RANGE && error != simdjson::NUMBER_ERROR)
            throw simdjson::simdjson_error(error);
        if (error != simdjson::SUCCESS)
            fail(QCoreApplication::translate("ff::JsonReader", "expected an integer, got %1")
                     .arg(quoted(trimmed(value.raw_json_token()))));
        out = number;
    }

    void read(od::value value, bool& out)
    {
        expect(value, od::json_type::boolean, QT_TRANSLATE_NOOP("ff::JsonReader", "true or false"));
        out = value.get_bool();
    }

    void read(od::value value, QString& out)
    {
        out = m_strings.get(readText(value, QT_TRANSLATE_NOOP("ff::JsonReader", "a string")));
    }

    void read(od::value value, Decimal& out)
    {
        expect(value, od::json_type::number, QT_TRANSLATE_NOOP("ff::JsonReader", "a decimal number"));
        const std::string_view text = trimmed(value.raw_json_token());
        const std::optional<Decimal> decimal = Decimal::fromString(text);
        if (!decimal)
            fail(QCoreApplication::translate(
                "ff::JsonReader", "%1 is not a decimal within .NET's range and precision")
                     .arg(quoted(text)));
        out = *decimal;
    }

    void read(od::value value, DateTimeOffset& out)
    {
        readParsed(value, out, QT_TRANSLATE_NOOP("ff::JsonReader", "a date"),
            QT_TRANSLATE_NOOP("ff::JsonReader", "expected an ISO 8601 date, got %1"),
            [this](std::string_view text) {
                return DateTimeOffset::parse(text, m_options.unspecifiedOffsetSeconds);
            });
    }

    void read(od::value value, TimeSpan& out)
    {
        readParsed(value, out, QT_TRANSLATE_NOOP("ff::JsonReader", "a time interval"),
            QT_TRANSLATE_NOOP("ff::JsonReader", "expected a time interval such as \"1.02:03:04.5\", got %1"),
            [](std::string_view text) { return TimeSpan::parse(text); });
    }

    void read(od::value value, QUuid& out)
    {
        readParsed(value, out, QT_TRANSLATE_NOOP("ff::JsonReader", "a GUID"),
            QT_TRANSLATE_NOOP("ff::JsonReader", "expected a GUID, got %1"),
            [](std::string_view text) { return GuidText::parse(text); });
    }

    // A value written as a string and parsed from it; `expected` names the form, with %1 for what came.
    template <class T, class Parse>
    void readParsed(od::value& value, T& out, const char* what, const char* expected, const Parse& parse)
    {
        const std::string_view text = readText(value, what);
        const std::optional<T> parsed = parse(text);
        if (!parsed)
            fail(QCoreApplication::translate("ff::JsonReader", expected).arg(quoted(text)));
        out = *parsed;
    }

    template <class T> void read(od::value value, std::optional<T>& out)
    {
        if (value.is_null()) {
            out.reset();
            return;
        }
        out.emplace();
        read(value, *out); // a DTO as any other object: inline, or a "$ref" to one read before
    }

    template <Dto T> void read(od::value value, SharedValue<T>& out)
    {
        if (value.is_null()) {
            out = {};
            return;
        }
        std::shared_ptr<const T> shared;
        T object;
        switch (readObject(value, object, &shared)) {
        case ObjectKind::Inline:
            out = SharedValue<T>(std::move(object));
            break;
        case ObjectKind::Reference:
            out = SharedValue<T>(std::move(shared));
            break;
        case ObjectKind::BackReference:
            out = {}; // refers to an enclosing object: the loop is broken here
            break;
        }
    }

    template <class T> void read(od::value value, QList<T>& out)
    {
        enter();
        const od::json_type type = value.type();
        if (type == od::json_type::array)
            readElements(value.get_array(), out);
        else if (type != od::json_type::object || !readWrappedElements(value.get_object(), out))
            fail(QCoreApplication::translate("ff::JsonReader", "expected an array, got %1")
                     .arg(describe(type)));
        leave();
    }

    template <Dto T> void read(od::value value, T& out)
    {
        std::shared_ptr<const T> shared;
        switch (readObject(value, out, &shared)) {
        case ObjectKind::Inline:
            break;
        case ObjectKind::Reference:
            out = *shared;
            break;
        case ObjectKind::BackReference:
            fail(QCoreApplication::translate(
                "ff::JsonReader", "\"$ref\" refers to an object that contains it"));
        }
    }

private:
    enum class ObjectKind { Inline, Reference, BackReference };

    void enter()
    {
        if (++m_depth > m_options.maxDepth)
            fail(QCoreApplication::translate(
                "ff::JsonReader", "objects and arrays are nested more than %1 deep")
                     .arg(m_options.maxDepth));
    }
    void leave() { --m_depth; }

    void expect(od::value& value, od::json_type wanted, const char* what)
    {
        const od::json_type type = value.type();
        if (type != wanted)
            fail(QCoreApplication::translate("ff::JsonReader", "expected %1, got %2")
                     .arg(QCoreApplication::translate("ff::JsonReader", what), describe(type)));
    }

    // A string's text. Most have no escapes: those are taken as they stand in the document
    // (valid UTF-8 and free of control characters, as simdjson checked), and only the others
    // are unescaped into simdjson's string buffer.
    std::string_view readText(od::value& value, const char* what)
    {
        expect(value, od::json_type::string, what);
        const std::string_view token = trimmed(value.raw_json_token());
        if (token.size() >= 2 && token.back() == '"') {
            const std::string_view text = token.substr(1, token.size() - 2);
            if (std::memchr(text.data(), '\\', text.size()) == nullptr)
                return text;
        }
        return value.get_string();
    }

    // Json.NET's {"$id": "1", "$values": [...]}, read to its closing brace: at the top of a
    // document (PreserveReferencesHandling.All wraps the orders array too) nothing of it may be
    // left behind. False when it holds no "$values".
    template <class T> bool readWrappedElements(od::object object, QList<T>& out)
    {
        bool found = false;
        for (auto field : object) {
            const std::string_view key = field.unescaped_key();
            if (key != "$values")
                continue;
            if (found)
                fail(QCoreApplication::translate("ff::JsonReader", "\"$values\" appears twice"));
            found = true;
            od::value values = field.value();
            expect(values, od::json_type::array, QT_TRANSLATE_NOOP("ff::JsonReader", "an array"));
            readElements(values.get_array(), out);
        }
        return found;
    }

    template <class T> void readElements(od::array array, QList<T>& out)
    {
        qsizetype index = 0;
        for (od::value element : array) {
            m_path.pushIndex(index++);
            if constexpr (Dto<T>) {
                // Read in place (a DTO is large to move). A {"$ref"} back to an enclosing
                // object is the Parent/Children loop: left out.
                std::shared_ptr<const T> shared;
                const ObjectKind kind = readObject(element, out.emplace_back(), &shared);
                if (kind == ObjectKind::Reference)
                    out.back() = *shared;
                else if (kind == ObjectKind::BackReference)
                    out.removeLast();
            } else {
                out.emplace_back();
                read(element, out.back());
            }
            m_path.pop();
        }
    }

    template <Dto T> ObjectKind readObject(od::value& value, T& out, std::shared_ptr<const T>* referenced)
    {
        expect(value, od::json_type::object, QT_TRANSLATE_NOOP("ff::JsonReader", "an object"));
        enter();
        const qint64 objectsBefore = m_objects++;
        const FieldTable<T>& table = FieldTable<T>::instance();
        size_t hint = 0;
        QByteArray id;
        od::object object = value.get_object();
        for (auto field : object) {
            if (const auto* entry = table.expected(field.key(), &hint)) {
                m_path.pushName(entry->name);
                entry->read(*this, field.value(), out);
                m_path.pop();
                continue;
            }
            const std::string_view key = field.unescaped_key();
            if (!key.empty() && key.front() == '$') {
                if (key == "$id") {
                    id = referenceId(field.value());
                    m_references.begin(id);
                } else if (key == "$ref") {
                    const QByteArray target = referenceId(field.value());
                    leave();
                    --m_objects; // not an object of its own: it stands for the one it names
                    return resolve(target, referenced);
                }
                continue; // "$type" and the like carry nothing for us
            }
            if (const auto* entry = table.find(key, &hint)) {
                m_path.pushName(entry->name);
                entry->read(*this, field.value(), out);
                m_path.pop();
            }
        }
        leave();
        if (!id.isEmpty())
            m_references.complete(id, std::make_shared<const T>(out), m_objects - objectsBefore);
        return ObjectKind::Inline;
    }

    QByteArray referenceId(od::value value)
    {
        const od::json_type type = value.type();
        if (type == od::json_type::string) {
            const std::string_view text = value.get_string();
            return QByteArray(text.data(), qsizetype(text.size()));
        }
        if (type == od::json_type::number) {
            const std::string_view text = trimmed(value.raw_json_token());
            return QByteArray(text.data(), qsizetype(text.size()));
        }
        fail(QCoreApplication::translate("ff::JsonReader", "expected a reference id, got %1")
                 .arg(describe(type)));
    }

    template <class T> ObjectKind resolve(const QByteArray& target, std::shared_ptr<const T>* referenced)
    {
        qint64 objects = 0;
        switch (m_references.find(target, referenced, &objects)) {
        case ReferenceRegistry::Lookup::Found:
            // A copy of everything the target holds, which may itself be made of copies.
            m_objects += objects;
            m_referencedObjects += objects;
            if (m_referencedObjects > m_options.maxReferencedObjects)
                fail(QCoreApplication::translate(
                    "ff::JsonReader", "\"$ref\" references repeat more than %1 objects")
                         .arg(m_options.maxReferencedObjects));
            return ObjectKind::Reference;
        case ReferenceRegistry::Lookup::InProgress:
            return ObjectKind::BackReference;
        case ReferenceRegistry::Lookup::Unknown:
            break;
        }
        fail(QCoreApplication::translate("ff::JsonReader", "\"$ref\": \"%1\" names no object read before it")
                 .arg(QString::fromUtf8(target)));
    }

    const JsonReadOptions& m_options;
    PathTracker m_path;
    StringPool m_strings;
    ReferenceRegistry m_references;
    int m_depth = 0;
    // Objects read so far, each reference counted as the objects it repeats; and of those, the
    // ones that references repeat.
    qint64 m_objects = 0;
    qint64 m_referencedObjects = 0;
};

template <Dto T>
template <size_t I>
void FieldTable<T>::readField(Decoder& decoder, od::value value, T& object)
{
    constexpr auto field = std::get<I>(T::fields());
    decoder.read(value, object.*(field.member));
}

} // namespace ff::json
