// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/codec/json/JsonText.h"
#include "api/dto/Field.h"

#include <array>
#include <simdjson.h>
#include <string_view>
#include <tuple>
#include <utility>

namespace ff::json {

// Part of JsonReader's decoder: included by api/codec/JsonReader.cpp only.
namespace od = simdjson::ondemand;

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

} // namespace ff::json
