// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TextSortKeys.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace ff {

TextSortKeys::TextSortKeys(const QLocale& locale)
    : m_locale(locale)
    , m_collator(locale)
{
    // As SortComparator: "Episode 2" before "Episode 10", case ignored.
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

namespace {

size_t slotOf(const QChar* data, size_t mask)
{
    return size_t((quintptr(data) >> 3) * 0x9E3779B97F4A7C15ull >> 20) & mask;
}

} // namespace

qint32 TextSortKeys::keyOf(const std::optional<QString>& text)
{
    if (!text || text->isNull())
        return -1; // what SortComparator takes for absent: an invalid or null variant
    if (m_sharedCount * 2 >= m_shared.size())
        growShared();
    const size_t mask = m_shared.size() - 1;
    const QChar* data = text->constData();
    for (size_t i = slotOf(data, mask);; i = (i + 1) & mask) {
        Shared& entry = m_shared[i];
        if (entry.number < 0) {
            entry = Shared { *text, numberOf(*text) };
            ++m_sharedCount;
            return entry.number;
        }
        if (entry.text.constData() == data && entry.text.size() == text->size())
            return entry.number;
    }
}

void TextSortKeys::growShared()
{
    std::vector<Shared> old
        = std::exchange(m_shared, std::vector<Shared>(std::max<size_t>(1024, m_shared.size() * 2)));
    const size_t mask = m_shared.size() - 1;
    for (Shared& entry : old) {
        if (entry.number < 0)
            continue;
        size_t i = slotOf(entry.text.constData(), mask);
        while (m_shared[i].number >= 0)
            i = (i + 1) & mask;
        m_shared[i] = std::move(entry);
    }
}

qint32 TextSortKeys::numberOf(const QString& text)
{
    const auto found = m_numbers.constFind(text);
    return found != m_numbers.cend() ? *found : add(text, m_collator.sortKey(text));
}

qint32 TextSortKeys::add(const QString& text, const QCollatorSortKey& key)
{
    const qint32 number = qint32(m_keys.size());
    m_keys.push_back(key);
    m_texts.push_back(text);
    m_numbers.insert(text, number);
    return number;
}

std::vector<qint32> TextSortKeys::absorb(const TextSortKeys& other)
{
    std::vector<qint32> numbers(other.m_texts.size());
    m_numbers.reserve(m_numbers.size() + qsizetype(other.m_texts.size()));
    for (size_t i = 0; i < other.m_texts.size(); ++i) {
        const QString& text = other.m_texts[i];
        const auto found = m_numbers.constFind(text);
        numbers[i] = found != m_numbers.cend() ? *found : add(text, other.m_keys[i]);
    }
    return numbers;
}

void TextSortKeys::rank()
{
    if (isRanked())
        return;
    std::vector<qint32> order(m_keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
        [this](qint32 a, qint32 b) { return m_keys[size_t(a)].compare(m_keys[size_t(b)]) < 0; });
    m_ranks.assign(m_keys.size(), 0);
    qint32 rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        // Texts that collate equal ("Up" and "UP") share a rank, as they compared equal before.
        if (i > 0 && m_keys[size_t(order[i - 1])].compare(m_keys[size_t(order[i])]) != 0)
            ++rank;
        m_ranks[size_t(order[i])] = rank;
    }
    m_rankedCount = m_keys.size();
    ++m_rankings;
}

} // namespace ff
