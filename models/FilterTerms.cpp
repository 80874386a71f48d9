// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FilterTerms.h"

#include <algorithm>
#include <cstring>

namespace ff {

FilterTerms::FilterTerms(const QString& text)
    : m_terms(text.simplified().toLower().split(u' ', Qt::SkipEmptyParts))
{
    // simplified() turns tabs and runs of blanks into single spaces; a repeated word adds
    // nothing but work.
    m_terms.removeDuplicates();
    for (const QString& term : std::as_const(m_terms))
        m_utf8Terms.append(term.toUtf8());
}

qsizetype FilterTerms::find(QByteArrayView haystack, QByteArrayView needle, qsizetype from)
{
    if (from > haystack.size())
        return -1;
    const void* at = memmem(
        haystack.data() + from, size_t(haystack.size() - from), needle.data(), size_t(needle.size()));
    return at ? static_cast<const char*>(at) - haystack.data() : -1;
}

bool FilterTerms::matches(QByteArrayView utf8Haystack) const
{
    for (const QByteArray& term : m_utf8Terms) {
        if (find(utf8Haystack, term) < 0)
            return false;
    }
    return true;
}

bool FilterTerms::matches(QStringView haystack) const
{
    for (const QString& term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}

bool FilterTerms::narrows(const FilterTerms& previous) const
{
    // A row that contains each of these terms contains every previous term that is a part of
    // one of them.
    for (const QString& old : previous.m_terms) {
        const bool covered = std::any_of(
            m_terms.cbegin(), m_terms.cend(), [&](const QString& term) { return term.contains(old); });
        if (!covered)
            return false;
    }
    return true;
}

} // namespace ff
