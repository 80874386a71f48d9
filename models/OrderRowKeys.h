// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Decimal.h"
#include "models/SortKey.h"

#include <QtGlobal>
#include <vector>

namespace ff {

struct OrderNode;
class TextSortKeys;

// The sort keys of one order's rows (the order's, then each item's) that are costly to make and
// so are made when loading, on a worker: for each column sorted by collation, the number of each
// row's text in a TextSortKeys table; for each column sorted by amount, each row's exact key
// (Decimal::orderKey). A sort then compares integers, never strings through a collator, never
// decimals. Which columns these are, and their slots, the column table says (OrderColumns).
class OrderRowKeys final
{
public:
    // The key of an amount that is absent: before any real one.
    static constexpr Decimal::OrderKey NoAmount { SortKey::Absent, 0 };

    // Numbers the rows' texts in `texts`, which may add texts to it.
    void make(const OrderNode& node, TextSortKeys& texts);
    // After the texts joined another table (TextSortKeys::absorb): each number as it is there.
    void renumber(const std::vector<qint32>& numbers);

    // Row 0 is the order's, row 1 + i item i's; slot as OrderColumns::slotOf.
    qint32 textNumber(int slot, int row) const { return m_texts[size_t(slot) * m_rows + size_t(row)]; }
    const Decimal::OrderKey& amount(int slot, int row) const
    {
        return m_amounts[size_t(slot) * m_rows + size_t(row)];
    }

private:
    size_t m_rows = 0;
    std::vector<qint32> m_texts;
    std::vector<Decimal::OrderKey> m_amounts;
};

} // namespace ff
