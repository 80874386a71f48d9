#include "models/TextSortKeys.h"

namespace ff {

TextSortKeys::TextSortKeys(const QLocale& locale) : m_locale(locale), m_collator(locale)
{
    // As SortComparator: "Episode 2" before "Episode 10", case ignored.
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

qint32 TextSortKeys::keyOf(const std::optional<QString>& text)
{
    if (!text || text->isNull())
        return -1; // what SortComparator takes for absent: an invalid or null variant
    const auto found = m_numbers.constFind(*text);
    if (found != m_numbers.cend())
        return *found;
    const qint32 number = qint32(m_keys.size());
    m_keys.push_back(m_collator.sortKey(*text));
    m_numbers.insert(*text, number);
    return number;
}

} // namespace ff
