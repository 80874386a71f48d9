// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/InvestigatedItem.h"
#include "models/OrderCell.h"

#include <QColor>
#include <QCoreApplication>

namespace ff {

struct OrderNode;

// The cells of the orders tree's refund columns (OrderColumns' State, Verdict and Signals), from
// an item's InvestigatedItem: the state as a badge with the time left or since ("Active · 2 d 4 h
// left"), the verdict, the signals raised, and on an order's row how many of its items are refund
// candidates. Each sorts by a rank of its own: states in the order they come (time left within),
// verdicts candidates first, signals by how many. Blank where nothing was worked out.
class InvestigationCells final
{
    Q_DECLARE_TR_FUNCTIONS(ff::InvestigationCells)

public:
    static OrderCell state(const InvestigatedItem* item);
    static OrderCell verdict(const InvestigatedItem* item);
    static OrderCell raisedSignals(const InvestigatedItem* item);
    // An order's row: its candidates counted; no state nor signals shown, but sorted by its items'
    // (the earliest state, the most signals), so that sorting by them brings those orders first.
    static OrderCell orderVerdict(const OrderNode& node);
    static OrderCell orderState(const OrderNode& node);
    static OrderCell orderSignals(const OrderNode& node);

    // The badge's text: the state's name with the time left or since, in RefundSentences' units.
    static QString badge(const InvestigatedItem& item);
    // The badge's colours, background and text, readable in a light or a dark theme.
    static std::pair<QColor, QColor> badgeColours(ItemState state);
};

} // namespace ff
