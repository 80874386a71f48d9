// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace ff {

// What an agent typed into a filter box, as lower-case words that must all occur in a row's
// lower-case haystack (FilterTextRole): "frozen 1001" finds the item titled Frozen in order
// 1001. Made once per change of the text, never per row.
class FilterTerms final
{
public:
    FilterTerms() = default;
    explicit FilterTerms(const QString& text);

    bool isEmpty() const { return m_terms.isEmpty(); }
    // haystack must already be lower-case, as the models build it.
    bool matches(QStringView haystack) const;
    // The same, on a lower-case UTF-8 haystack: a word matches the same characters in UTF-8 as
    // in UTF-16, and a search over bytes is several times quicker and its haystack half the size.
    bool matches(QByteArrayView utf8Haystack) const;
    // The words in UTF-8, for a search that looks for the first and then checks the others.
    const QList<QByteArray>& utf8Terms() const { return m_utf8Terms; }
    // Every row these terms match, previous matches too: the agent typed more letters. A filter
    // then needs to look again only at the rows it showed.
    bool narrows(const FilterTerms& previous) const;

    friend bool operator==(const FilterTerms& a, const FilterTerms& b) { return a.m_terms == b.m_terms; }

    // Where needle first occurs in haystack at or after from; -1 if nowhere (memmem: the C
    // library's search is far quicker than a loop over characters).
    static qsizetype find(QByteArrayView haystack, QByteArrayView needle, qsizetype from = 0);

private:
    QStringList m_terms;
    QList<QByteArray> m_utf8Terms;
};

} // namespace ff
