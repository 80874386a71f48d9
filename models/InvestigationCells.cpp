// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/InvestigationCells.h"

#include "models/OrderNode.h"
#include "models/RefundSentences.h"

#include <QStringList>
#include <bit>
#include <limits>

namespace ff {

namespace {

// Candidates first (due, then review), then the rest; the order an agent works through them.
qint64 verdictRank(RefundVerdict verdict)
{
    switch (verdict) {
    case RefundVerdict::Due:
        return 0;
    case RefundVerdict::Review:
        return 1;
    case RefundVerdict::NotDue:
        return 2;
    case RefundVerdict::NothingPaid:
        return 3;
    case RefundVerdict::AlreadyRefunded:
        return 4;
    }
    return 5;
}

qint64 stateRank(const InvestigatedItem& item)
{
    // By state in the order they come, then by the time left or since.
    return (qint64(item.state) << 40) + item.timeLeftSeconds.value_or(item.secondsSinceEnd.value_or(0));
}

qint64 signalsRank(const InvestigatedItem& item)
{
    // By how many, then which.
    return (qint64(std::popcount(item.signalKinds)) << 32) + item.signalKinds;
}

} // namespace

QString InvestigationCells::badge(const InvestigatedItem& item)
{
    const QString name = displayName(item.state);
    if (item.timeLeftSeconds && item.state == ItemState::NotStarted)
        return tr("%1 · %2 left to start").arg(name, RefundSentences::span(*item.timeLeftSeconds));
    if (item.timeLeftSeconds)
        return tr("%1 · %2 left").arg(name, RefundSentences::span(*item.timeLeftSeconds));
    if (item.secondsSinceEnd)
        return tr("%1 · %2 ago").arg(name, RefundSentences::span(*item.secondsSinceEnd));
    return name;
}

std::pair<QColor, QColor> InvestigationCells::badgeColours(ItemState state)
{
    // Pale backgrounds with dark text: the pair stays readable whatever the theme's colours.
    switch (state) {
    case ItemState::NotStarted:
        return { QColor(0xdb, 0xea, 0xfe), QColor(0x1e, 0x3a, 0x8a) };
    case ItemState::Active:
        return { QColor(0xdc, 0xfc, 0xe7), QColor(0x14, 0x53, 0x2d) };
    case ItemState::ExpiredUnused:
        return { QColor(0xfe, 0xf3, 0xc7), QColor(0x78, 0x35, 0x0f) };
    case ItemState::ExpiredWatched:
    case ItemState::Deleted:
    case ItemState::Unpaid:
        return { QColor(0xe5, 0xe7, 0xeb), QColor(0x37, 0x41, 0x51) };
    case ItemState::OwnedUnplayed:
    case ItemState::OwnedPlayed:
        return { QColor(0xed, 0xe9, 0xfe), QColor(0x4c, 0x1d, 0x95) };
    case ItemState::Refunded:
        return { QColor(0xfc, 0xe7, 0xf3), QColor(0x83, 0x18, 0x43) };
    case ItemState::Unknown:
        return { QColor(0xfe, 0xe2, 0xe2), QColor(0x7f, 0x1d, 0x1d) };
    }
    return {};
}

OrderCell InvestigationCells::state(const InvestigatedItem* item)
{
    return item ? OrderCell::label(badge(*item), stateRank(*item)) : OrderCell::label(std::nullopt, 0);
}

OrderCell InvestigationCells::verdict(const InvestigatedItem* item)
{
    return item ? OrderCell::label(displayName(item->verdict), verdictRank(item->verdict))
                : OrderCell::label(std::nullopt, 0);
}

OrderCell InvestigationCells::raisedSignals(const InvestigatedItem* item)
{
    if (!item)
        return OrderCell::label(std::nullopt, 0);
    QStringList names;
    for (int kind = 0; kind < SignalKindCount; ++kind) {
        if (item->raised(SignalKind(kind)))
            names.append(displayName(SignalKind(kind)));
    }
    return OrderCell::label(names.join(tr(", ")), signalsRank(*item));
}

OrderCell InvestigationCells::orderVerdict(const OrderNode& node)
{
    if (node.investigated.empty())
        return OrderCell::label(std::nullopt, 0);
    const int candidates = node.candidateCount();
    // Orders with more candidates first when sorted ascending, as their items are.
    return OrderCell::label(
        candidates > 0 ? tr("%n candidate(s)", nullptr, candidates) : QString(), -qint64(candidates));
}

OrderCell InvestigationCells::orderState(const OrderNode& node)
{
    if (node.investigated.empty())
        return OrderCell::label(std::nullopt, 0);
    qint64 rank = std::numeric_limits<qint64>::max();
    for (const InvestigatedItem& item : node.investigated)
        rank = std::min(rank, stateRank(item));
    return OrderCell::label(QString(QLatin1String("")), rank); // shown as nothing, sorted all the same
}

OrderCell InvestigationCells::orderSignals(const OrderNode& node)
{
    if (node.investigated.empty())
        return OrderCell::label(std::nullopt, 0);
    qint64 rank = 0;
    for (const InvestigatedItem& item : node.investigated)
        rank = std::max(rank, signalsRank(item));
    return OrderCell::label(QString(QLatin1String("")), rank);
}

} // namespace ff
