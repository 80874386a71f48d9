// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/SortKey.h"
#include "models/TextSortKeys.h"

#include <QLocale>
#include <memory>
#include <vector>

namespace ff {

struct OrderNode;

// The keys a sort of a PurchaseOrderModel's rows compares, one SortKey per row and column, read
// from what loading prepared (OrderRowKeys) and from the one collation table the rows' text
// numbers refer to, ranked: no variant, no collator, no decimal arithmetic per key.
//
// Ranks are positions among the texts known; a text added later (a replaced order's) gets its
// place at the next ranking, which may move the ranks of others (never their order). The
// generation tells a sort that keys it kept from before are to be asked for again.
class OrderSortKeys final
{
public:
    // The texts' table of rows just prepared (PreparedOrders), replacing any other. False when it
    // is missing or for another locale than `locale`: the rows' keys are then to be made again.
    bool adopt(std::unique_ptr<TextSortKeys> texts, const QLocale& locale);
    // The locale the texts collate by. False when the table was for another: the rows' keys are
    // then to be made again.
    bool setLocale(const QLocale& locale);

    // A row's key in a column: row 0 is the order's, 1 + i its item i's. Ordered as
    // SortComparator orders the rows' SortRole values: absent first, text by collation.
    SortKey keyOf(const OrderNode& node, int row, int column) const;
    // Before a sort of every order: makes again the keys of orders whose items changed since they
    // were prepared, and ranks texts added since (cheap when nothing changed).
    void prepare(const std::vector<OrderNode>& nodes) const;
    quint64 generation() const { return m_generation; }

private:
    TextSortKeys& texts() const { return m_texts ? *m_texts : makeTexts(); }
    TextSortKeys& makeTexts() const;
    TextSortKeys& rankedTexts() const;

    QLocale m_locale;
    mutable std::unique_ptr<TextSortKeys> m_texts; // for m_locale; the rows' numbers refer to it
    mutable quint64 m_generation = 0;
};

} // namespace ff
