// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>
#include <vector>

namespace ff {

class FilterTerms;

// What the filter box searches in one order: a lower-case UTF-8 haystack per row, the order's
// and then each item's, back to back in one block. Which fields a row holds is said by the
// columns (OrderColumns' search entries); each field is followed by '\n', a character no typed
// word contains, so that no match spans two fields.
//
// Made once per order when loading (on a worker), never per keystroke: a keystroke is then one
// memmem over the block per word, which for 100 000 items is a few milliseconds.
class OrderSearchText final
{
public:
    // The haystacks of the order and its items.
    void make(const PurchaseOrder& order);

    // Row 0 is the order's, row 1 + i item i's.
    QByteArrayView rowText(int row) const;
    // Whether one row, on its own, holds every term; true when there are none.
    bool anyRowHoldsAll(const FilterTerms& terms) const;

    // A field of the row being made, lowered: ASCII byte by byte, anything else through
    // QString::toLower, as the typed words are (FilterTerms).
    void add(const std::optional<QString>& value);
    void add(const std::optional<qint64>& value);

private:
    void endRow();

    QByteArray m_text;
    std::vector<quint32> m_rowEnds; // [0] where the order's row ends, [1 + i] where item i's does
};

} // namespace ff
