#pragma once

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
    // Every row these terms match, previous matches too: the agent typed more letters. A filter
    // then needs to look again only at the rows it showed.
    bool narrows(const FilterTerms& previous) const;

    friend bool operator==(const FilterTerms&, const FilterTerms&) = default;

private:
    QStringList m_terms;
};

} // namespace ff
