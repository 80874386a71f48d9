// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <simdjson.h>
#include <string_view>

namespace ff::json {

// What the decoder says about a document: the words for its types and errors, and the helpers
// that quote a piece of it. Part of JsonReader: used by api/codec/JsonReader.cpp only.

// "an array", "a number"…: the JSON type, for "expected X, got Y".
QString describe(simdjson::ondemand::json_type type);
// simdjson's error code in words an agent can pass on.
QString describeSimdjsonError(simdjson::error_code code);
// A token for a message, quoted and cut at 60 characters.
QString quoted(std::string_view text);
bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b);
// Whether the text stops inside a string or an open object or array. Asked only once reading
// has failed, so that a cut-off body is reported as such rather than as whatever the last,
// incomplete token happened to look like.
bool endsTooSoon(QByteArrayView json);

// A raw token without the whitespace simdjson leaves after it. Inline: called for every string.
inline std::string_view trimmed(std::string_view text)
{
    while (!text.empty()
        && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

} // namespace ff::json
