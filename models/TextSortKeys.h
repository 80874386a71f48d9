#pragma once

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

namespace ff {

// Collation keys for the texts a sort compares, one per distinct text: rows hold the number of
// their text's key, so that sorting 100 000 rows compares bytes rather than asking the
// collator (numeric, case-insensitive, as SortComparator) a million times. Equal texts share a
// number, and most texts repeat (titles, providers), so few keys are made.
class TextSortKeys final {
public:
    explicit TextSortKeys(const QLocale& locale = QLocale());

    const QLocale& locale() const { return m_locale; }
    // The number of this text's key; -1 for no text (absent or null), which sorts first.
    qint32 keyOf(const std::optional<QString>& text);
    // Negative, zero or positive as a sorts before, with or after b.
    int compare(qint32 a, qint32 b) const
    {
        if (a == b)
            return 0;
        if (a < 0 || b < 0)
            return a < 0 ? -1 : 1;
        return m_keys[size_t(a)].compare(m_keys[size_t(b)]);
    }

private:
    QLocale m_locale;
    QCollator m_collator;
    QHash<QString, qint32> m_numbers;
    std::vector<QCollatorSortKey> m_keys;
};

} // namespace ff
