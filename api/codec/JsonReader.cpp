// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/codec/JsonReader.h"

#include "api/core/GuidText.h"

#include <QCoreApplication>
#include <QHash>
#include <array>
#include <cstring>
#include <memory>
#include <simdjson.h>
#include <typeindex>
#include <utility>
#include <vector>

namespace ff {

namespace {

namespace od = simdjson::ondemand;

// Thrown inside the decoder only, and turned into a ParseError at the boundary.
struct DecodeFailure
{
    QString path;
    QString message;
};

// Where the decoder is in the document, kept as cheap segments and turned into text only when
// something fails. A push and a pop per field read: the segments are kept and overwritten in
// place rather than constructed and destroyed each time.
class PathTracker final
{
public:
    void pushName(std::string_view name)
    {
        Segment& segment = next();
        segment.name = name;
        segment.index = -1;
    }
    void pushIndex(qsizetype index)
    {
        Segment& segment = next();
        segment.name = {};
        segment.index = index;
    }
    void pop() { --m_depth; }

    QString toString() const
    {
        QString path = QStringLiteral("$");
        for (size_t i = 0; i < m_depth; ++i) {
            const Segment& segment = m_segments[i];
            if (segment.index >= 0)
                path += QLatin1Char('[') + QString::number(segment.index) + QLatin1Char(']');
            else
                path += QLatin1Char('.')
                    + QString::fromUtf8(segment.name.data(), qsizetype(segment.name.size()));
        }
        return path;
    }

private:
    struct Segment
    {
        std::string_view name; // a field name from a DTO's fields(): static storage
        qsizetype index;
    };
    Segment& next()
    {
        if (m_depth == m_capacity) [[unlikely]] {
            m_capacity = std::max<size_t>(32, m_capacity * 2);
            m_segments.resize(m_capacity);
        }
        return m_segments[m_depth++];
    }
    std::vector<Segment> m_segments;
    size_t m_depth = 0;
    size_t m_capacity = 0;
};

// Each distinct string of a response made once and shared (QString's implicit sharing): a
// response repeats the same few texts (titles, ratings, providers, an order's transaction id
// on each of its items) thousands of times, and one allocation and copy each is most of what
// reading them costs, and most of the memory they take.
class StringPool final
{
public:
    QString get(std::string_view utf8)
    {
        if (utf8.size() > MaxLength || m_strings.size() >= MaxEntries)
            return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        if (m_strings.size() * 2 >= m_slots.size())
            grow();
        const quint32 hash = hashOf(utf8);
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            Slot& slot = m_slots[i];
            if (slot.number == 0) {
                m_strings.push_back(Entry { utf8, QString::fromUtf8(utf8.data(), qsizetype(utf8.size())) });
                slot = Slot { hash, quint32(m_strings.size()) };
                return m_strings.back().value;
            }
            if (slot.hash == hash) {
                const Entry& entry = m_strings[slot.number - 1];
                if (entry.text == utf8)
                    return entry.value;
            }
        }
    }

private:
    // Longer strings rarely repeat; a table this full is not a response's worth of repeats.
    static constexpr size_t MaxLength = 128;
    static constexpr size_t MaxEntries = size_t(1) << 18;

    // The table holds only hashes and numbers, so that it stays small enough for the cache
    // while it is searched; the strings are looked at only when a hash matches.
    struct Slot
    {
        quint32 hash = 0;
        quint32 number = 0; // 1 + index in m_strings; 0 for a free slot
    };
    struct Entry
    {
        std::string_view text; // in the document or simdjson's string buffer: valid for the whole parse
        QString value;
    };

    static quint32 hashOf(std::string_view text)
    {
        quint64 hash = 0x9E3779B97F4A7C15ull ^ text.size();
        const char* p = text.data();
        size_t n = text.size();
        for (; n >= 8; p += 8, n -= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            hash = (hash ^ word) * 0xBF58476D1CE4E5B9ull;
            hash ^= hash >> 31;
        }
        if (n > 0) {
            quint64 word = 0;
            std::memcpy(&word, p, n);
            hash = (hash ^ word) * 0x94D049BB133111EBull;
        }
        return quint32(hash ^ (hash >> 29));
    }

    void grow()
    {
        m_slots.assign(std::max<size_t>(1024, m_slots.size() * 2), Slot {});
        m_mask = m_slots.size() - 1;
        for (size_t n = 0; n < m_strings.size(); ++n) {
            const quint32 hash = hashOf(m_strings[n].text);
            size_t i = hash & m_mask;
            while (m_slots[i].number != 0)
                i = (i + 1) & m_mask;
            m_slots[i] = Slot { hash, quint32(n + 1) };
        }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    std::vector<Entry> m_strings;
};

QString describe(od::json_type type)
{
    switch (type) {
    case od::json_type::array:
        return QCoreApplication::translate("ff::JsonReader", "an array");
    case od::json_type::object:
        return QCoreApplication::translate("ff::JsonReader", "an object");
    case od::json_type::number:
        return QCoreApplication::translate("ff::JsonReader", "a number");
    case od::json_type::string:
        return QCoreApplication::translate("ff::JsonReader", "a string");
    case od::json_type::boolean:
        return QCoreApplication::translate("ff::JsonReader", "a boolean");
    case od::json_type::null:
        return QStringLiteral("null");
    }
    return QCoreApplication::translate("ff::JsonReader", "an unknown value");
}

QString describeSimdjsonError(simdjson::error_code code)
{
    switch (code) {
    case simdjson::UTF8_ERROR:
        return QCoreApplication::translate("ff::JsonReader", "the text is not valid UTF-8");
    case simdjson::DEPTH_ERROR:
        return QCoreApplication::translate("ff::JsonReader", "objects and arrays are nested too deeply");
    case simdjson::EMPTY:
        return QCoreApplication::translate("ff::JsonReader", "the body is empty, where JSON was expected");
    case simdjson::UNCLOSED_STRING:
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return QCoreApplication::translate("ff::JsonReader", "the JSON ends too soon (truncated?)");
    case simdjson::STRING_ERROR:
        return QCoreApplication::translate("ff::JsonReader", "a string is malformed");
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
    case simdjson::TAPE_ERROR:
        return QCoreApplication::translate("ff::JsonReader", "this is not valid JSON");
    case simdjson::NUMBER_ERROR:
        return QCoreApplication::translate("ff::JsonReader", "a number is malformed");
    case simdjson::CAPACITY:
    case simdjson::MEMALLOC:
        return QCoreApplication::translate("ff::JsonReader", "the body is too large to read");
    default:
        return QCoreApplication::translate("ff::JsonReader", "this is not valid JSON (%1)")
            .arg(QString::fromUtf8(simdjson::error_message(code)));
    }
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty()
        && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

QString quoted(std::string_view text)
{
    constexpr size_t MaxShown = 60;
    QString shown = QString::fromUtf8(text.data(), qsizetype(std::min(text.size(), MaxShown)));
    if (text.size() > MaxShown)
        shown += QStringLiteral("…");
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

class Decoder;

// For each DTO type, its fields as (name, reader) in wire order, built once from T::fields().
template <Dto T> class FieldTable final
{
public:
    using Reader = void (*)(Decoder&, od::value, T&);
    struct Entry
    {
        std::string_view name;
        Reader read;
    };
    static constexpr size_t Size = std::tuple_size_v<decltype(T::fields())>;

    static const FieldTable& instance()
    {
        static const FieldTable table { std::make_index_sequence<Size> {} };
        return table;
    }

    // Fields usually arrive in the order the API declares them: the one after the previous
    // match is compared first, with the key as it stands in the text, so that most keys are
    // never copied out. (A key written with escapes does not match here; find() reads it.)
    const Entry* expected(od::raw_json_string key, size_t* hint) const
    {
        const size_t i = *hint < Size ? *hint : 0;
        if (!key.unsafe_is_equal(m_entries[i].name))
            return nullptr;
        *hint = i + 1;
        return &m_entries[i];
    }

    // Any field, the search starting where the previous one matched; Json.NET also matches
    // names regardless of case, and so do we.
    const Entry* find(std::string_view key, size_t* hint) const
    {
        for (size_t step = 0; step < Size; ++step) {
            const size_t i = (*hint + step) % Size;
            if (m_entries[i].name == key) {
                *hint = i + 1;
                return &m_entries[i];
            }
        }
        for (const Entry& entry : m_entries) {
            if (equalsIgnoringAsciiCase(entry.name, key))
                return &entry;
        }
        return nullptr;
    }

private:
    template <size_t... I>
    explicit FieldTable(std::index_sequence<I...>)
        : m_entries { Entry { std::get<I>(T::fields()).name, &readField<I> }... }
    { }

    template <size_t I> static void readField(Decoder& decoder, od::value value, T& object);

    std::array<Entry, Size> m_entries;
};

// Json.NET's PreserveReferencesHandling writes an object once with "$id" and later mentions it
// as {"$ref": id}. The registry remembers the objects read so far by id.
class ReferenceRegistry final
{
public:
    enum class Lookup { Unknown, InProgress, Found };

    void begin(const QByteArray& id) { m_entries.insert(id, Entry {}); }
    // objects: how many objects the value holds, itself included.
    template <class T> void complete(const QByteArray& id, std::shared_ptr<const T> value, qint64 objects)
    {
        m_entries.insert(id, Entry { std::type_index(typeid(T)), std::move(value), objects });
    }
    template <class T>
    Lookup find(const QByteArray& id, std::shared_ptr<const T>* value, qint64* objects) const
    {
        const auto it = m_entries.constFind(id);
        if (it == m_entries.cend())
            return Lookup::Unknown;
        if (!it->value)
            return Lookup::InProgress;
        if (it->type != std::type_index(typeid(T)))
            return Lookup::Unknown;
        *value = std::static_pointer_cast<const T>(it->value);
        *objects = it->objects;
        return Lookup::Found;
    }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Entry
    {
        std::type_index type = std::type_index(typeid(void));
        std::shared_ptr<const void> value;
        qint64 objects = 0;
    };
    QHash<QByteArray, Entry> m_entries;
};

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
        const std::string_view text = readText(value, QT_TRANSLATE_NOOP("ff::JsonReader", "a date"));
        const std::optional<DateTimeOffset> date
            = DateTimeOffset::parse(text, m_options.unspecifiedOffsetSeconds);
        if (!date)
            fail(QCoreApplication::translate("ff::JsonReader", "expected an ISO 8601 date, got %1")
                     .arg(quoted(text)));
        out = *date;
    }

    void read(od::value value, TimeSpan& out)
    {
        const std::string_view text = readText(value, QT_TRANSLATE_NOOP("ff::JsonReader", "a time interval"));
        const std::optional<TimeSpan> span = TimeSpan::parse(text);
        if (!span)
            fail(QCoreApplication::translate(
                "ff::JsonReader", "expected a time interval such as \"1.02:03:04.5\", got %1")
                     .arg(quoted(text)));
        out = *span;
    }

    void read(od::value value, QUuid& out)
    {
        const std::string_view text = readText(value, QT_TRANSLATE_NOOP("ff::JsonReader", "a GUID"));
        const std::optional<QUuid> uuid = GuidText::parse(text);
        if (!uuid)
            fail(QCoreApplication::translate("ff::JsonReader", "expected a GUID, got %1").arg(quoted(text)));
        out = *uuid;
    }

    template <class T> void read(od::value value, std::optional<T>& out)
    {
        if (value.is_null()) {
            out.reset();
            return;
        }
        if constexpr (Dto<T>) {
            std::shared_ptr<const T> shared;
            T object;
            switch (readObject(value, object, &shared)) {
            case ObjectKind::Inline:
                out = std::move(object);
                break;
            case ObjectKind::Reference:
                out = *shared;
                break;
            case ObjectKind::BackReference:
                fail(QCoreApplication::translate(
                    "ff::JsonReader", "\"$ref\" refers to an object that contains it"));
            }
        } else {
            out.emplace();
            read(value, *out);
        }
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
        od::array array = arrayOf(value);
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

    // An array, or Json.NET's {"$id": "1", "$values": [...]} wrapping of one.
    od::array arrayOf(od::value& value)
    {
        const od::json_type type = value.type();
        if (type == od::json_type::array)
            return value.get_array();
        if (type == od::json_type::object) {
            od::object object = value.get_object();
            for (auto field : object) {
                const std::string_view key = field.unescaped_key();
                if (key == "$values") {
                    od::value values = field.value();
                    expect(values, od::json_type::array, QT_TRANSLATE_NOOP("ff::JsonReader", "an array"));
                    return values.get_array();
                }
            }
        }
        fail(QCoreApplication::translate("ff::JsonReader", "expected an array, got %1").arg(describe(type)));
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

// Whether the text stops inside a string or an open object or array. Asked only once reading
// has failed, so that a cut-off body is reported as such rather than as whatever the last,
// incomplete token happened to look like.
bool endsTooSoon(QByteArrayView json)
{
    qsizetype depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return inString || depth > 0;
}

ParseError truncatedOr(QByteArrayView json, ParseError error)
{
    if (endsTooSoon(json))
        return ParseError { QStringLiteral("$"),
            QCoreApplication::translate("ff::JsonReader", "the JSON ends too soon (truncated?)") };
    return error;
}

} // namespace

template <class T> Result<T, ParseError> readJson(QByteArrayView json, const JsonReadOptions& options)
{
    Decoder decoder(options);
    try {
        // simdjson reads past the end of its input by design, so it gets a padded copy.
        const simdjson::padded_string padded(json.data(), size_t(json.size()));
        od::parser parser;
        od::document document = parser.iterate(padded);
        T result;
        decoder.read(document.get_value(), result);
        const char* trailing = nullptr;
        if (document.current_location().get(trailing) == simdjson::SUCCESS)
            return ParseError { QStringLiteral("$"),
                QCoreApplication::translate("ff::JsonReader", "there is more after the JSON value") };
        return result;
    } catch (const DecodeFailure& failure) {
        return truncatedOr(json, ParseError { failure.path, failure.message });
    } catch (const simdjson::simdjson_error& error) {
        return truncatedOr(json, ParseError { decoder.currentPath(), describeSimdjsonError(error.error()) });
    } catch (const std::bad_alloc&) {
        return ParseError { decoder.currentPath(),
            QCoreApplication::translate("ff::JsonReader", "the body is too large to read") };
    }
}

template Result<QList<PurchaseOrder>, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
template Result<PurchaseOrder, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
template Result<PurchaseOrderItem, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
template Result<Entitlement, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
template Result<EntitlementV1, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
template Result<AccountPurchasesResponse, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
template Result<SandboxInfo, ParseError> readJson(QByteArrayView, const JsonReadOptions&);

} // namespace ff
