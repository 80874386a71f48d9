// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstring>
#include <string_view>
#include <vector>

namespace ff::json {

// Part of JsonReader's decoder: included by api/codec/JsonReader.cpp only.
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
            return textOf(utf8);
        if (m_strings.size() * 2 >= m_slots.size())
            grow();
        const quint32 hash = hashOf(utf8);
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            Slot& slot = m_slots[i];
            if (slot.number == 0) {
                m_strings.push_back(Entry { utf8, textOf(utf8) });
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

    // The text letter for letter. QString::fromUtf8 drops a byte-order mark at the start of its
    // input, but inside a JSON string U+FEFF is a character like any other (the fuzzer found a
    // currency that began with one, read from XML with it and from JSON without).
    static QString textOf(std::string_view utf8)
    {
        QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        if (utf8.substr(0, 3) == "\xEF\xBB\xBF" && !text.startsWith(QChar(0xFEFF)))
            text.prepend(QChar(0xFEFF));
        return text;
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

} // namespace ff::json
