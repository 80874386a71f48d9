// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/codec/json/JsonText.h"

#include <QCoreApplication>
#include <algorithm>

namespace ff::json {

namespace od = simdjson::ondemand;

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

} // namespace ff::json
