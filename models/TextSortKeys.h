// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QLocale>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace ff {

// Collation keys for the texts a sort compares, one per distinct text: rows hold the number of
// their text, so that sorting 100 000 rows compares integers rather than asking the collator
// (numeric, case-insensitive, as SortComparator) a million times. Equal texts share a number,
// and most texts repeat (titles, providers), so few keys are made.
//
// Once ranked (rank()), each number has the position of its text in collation order, texts
// that collate equal sharing one, and a comparison is one of two integers. A text added after
// that is compared by its collation key until the next rank().
//
// Not shared between threads: PreparedOrders::prepare makes one per chunk of orders on the
// workers and merges them (absorb) before ranking.
class TextSortKeys final
{
public:
    explicit TextSortKeys(const QLocale& locale = QLocale());

    const QLocale& locale() const { return m_locale; }
    // The number of this text's key; -1 for no text (absent or null), which sorts first.
    qint32 keyOf(const std::optional<QString>& text);
    // Takes in the texts of another table for the same locale (their keys are not made again):
    // what each of its numbers is here.
    std::vector<qint32> absorb(const TextSortKeys& other);
    // Orders every text once, so that compare() is a comparison of integers.
    void rank();
    bool isRanked() const { return m_rankedCount == m_keys.size(); }
    // How many times rank() ordered new texts: ranks made before a change may differ from
    // those after it (in value, never in order).
    quint64 rankings() const { return m_rankings; }
    // The position of a number's text in collation order (texts that collate equal share
    // one); -1 for no text. Only once ranked.
    qint32 rankOf(qint32 number) const
    {
        Q_ASSERT(number < 0 || size_t(number) < m_rankedCount);
        return number < 0 ? -1 : m_ranks[size_t(number)];
    }
    qsizetype size() const { return qsizetype(m_keys.size()); }

    // Negative, zero or positive as a sorts before, with or after b.
    int compare(qint32 a, qint32 b) const
    {
        if (a == b)
            return 0;
        if (a < 0 || b < 0)
            return a < 0 ? -1 : 1;
        if (size_t(a) < m_rankedCount && size_t(b) < m_rankedCount)
            return m_ranks[size_t(a)] < m_ranks[size_t(b)] ? -1
                                                           : int(m_ranks[size_t(a)] > m_ranks[size_t(b)]);
        return m_keys[size_t(a)].compare(m_keys[size_t(b)]);
    }

private:
    qint32 add(const QString& text, const QCollatorSortKey& key);

    QLocale m_locale;
    QCollator m_collator;
    qint32 numberOf(const QString& text);
    void growShared();

    QHash<QString, qint32> m_numbers;
    // Texts looked up before, by their shared data: a response's equal texts share one (the
    // reader makes each once), so most lookups find their number by a pointer rather than by
    // hashing and comparing characters. Each entry holds its text, so that its data cannot be
    // freed and reused for another while it is here. Open addressing, at most half full.
    struct Shared
    {
        QString text;
        qint32 number = -1;
    };
    std::vector<Shared> m_shared;
    size_t m_sharedCount = 0;
    std::vector<QString> m_texts;
    std::vector<QCollatorSortKey> m_keys;
    std::vector<qint32> m_ranks; // per number: the position of its text in collation order
    size_t m_rankedCount = 0; // numbers below this are ranked
    quint64 m_rankings = 0;
};

} // namespace ff
