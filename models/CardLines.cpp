// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CardLines.h"

#include "models/DisplayFormat.h"

namespace ff {

CardLines::CardLines(const ItemInvestigation& item, const InvestigationContext& context,
    const QLocale& locale, const QString& currency)
    : m_item(item)
    , m_context(context)
    , m_sentences(locale, context.affiliateZone, currency)
{ }

QString CardLines::bullets(const QStringList& lines)
{
    QStringList marked;
    for (const QString& line : lines)
        marked.append(QStringLiteral("• ") + line);
    return marked.join(QLatin1Char('\n'));
}

QString CardLines::source() const
{
    switch (m_item.facts.entitlementUse) {
    case ItemFacts::EntitlementUse::ThisItem:
        return tr("Worked out from the orders, with the platform's entitlement for this item.");
    case ItemFacts::EntitlementUse::OtherItem:
        return tr(
            "Worked out from the orders alone: the platform's current entitlement for this title is another "
            "purchase's (item %1), so it is not used.")
            .arg(m_item.facts.otherItemId ? QString::number(*m_item.facts.otherItemId)
                                          : DisplayFormat::absent());
    case ItemFacts::EntitlementUse::None:
        return tr(
            "The platform has no entitlement for this title, so this is worked out from the orders alone.");
    case ItemFacts::EntitlementUse::Unavailable:
    case ItemFacts::EntitlementUse::NotAsked:
        break;
    }
    return tr("Worked out from the orders alone; the platform's entitlement refines it when it can be read.");
}

QString CardLines::basis() const
{
    const RefundPolicy& policy = m_context.policy;
    const bool byDefault = policy == RefundPolicy();
    // Each sentence whole, so that a translation can inflect "policy" and "as of" as it needs.
    QString sentence;
    if (m_context.asOf)
        sentence = byDefault
            ? tr("Shown as of %1, under the default policy: courtesy window %2 h, stopped early "
                 "under %3 min, watched from %4 %, clocks may differ by %5 s.")
            : tr("Shown as of %1, under the affiliate's policy: courtesy window %2 h, stopped "
                 "early under %3 min, watched from %4 %, clocks may differ by %5 s.");
    else
        sentence = byDefault
            ? tr("Shown now (%1), under the default policy: courtesy window %2 h, stopped early "
                 "under %3 min, watched from %4 %, clocks may differ by %5 s.")
            : tr("Shown now (%1), under the affiliate's policy: courtesy window %2 h, stopped "
                 "early under %3 min, watched from %4 %, clocks may differ by %5 s.");
    return sentence.arg(m_sentences.moment(m_item.at), QString::number(policy.courtesyWindowHours),
        QString::number(policy.earlyStopMinutes), QString::number(policy.watchedPercent),
        QString::number(policy.clockSkewSeconds));
}

QString CardLines::conflicts() const
{
    const ItemFacts& facts = m_item.facts;
    QStringList lines;
    if (facts.purchaseDiffersFromOrder && facts.purchasedAt && facts.orderCreatedAt)
        lines.append(
            tr("The item was added on %1, but its order was created on %2.")
                .arg(m_sentences.moment(*facts.purchasedAt), m_sentences.moment(*facts.orderCreatedAt)));
    for (const RefundSignal& signal : m_item.raisedSignals) {
        if (signal.kind == SignalKind::EntitlementConflict || signal.kind == SignalKind::ClockAnomaly)
            lines.append(m_sentences.sentence(signal, m_item));
    }
    return lines.isEmpty() ? QString() : tr("Conflicts:\n%1").arg(bullets(lines));
}

QString CardLines::played() const
{
    const ItemFacts& facts = m_item.facts;
    if (!facts.lastPlayPosition)
        return tr("How far it played: not known (%1).").arg(playedUnknownWhy());
    const QString position
        = RefundSentences::span(facts.lastPlayPosition->ticks() / TimeSpan::TicksPerSecond);
    if (!facts.lengthSeconds)
        return tr("How far it played: to %1 (the last position the platform recorded); the title's length is "
                  "not known.")
            .arg(position);
    return tr("How far it played: to %1 of %2 (the last position the platform recorded, not the furthest).")
        .arg(position, RefundSentences::span(*facts.lengthSeconds));
}

QString CardLines::playedUnknownWhy() const
{
    const ItemFacts& facts = m_item.facts;
    switch (facts.entitlementUse) {
    case ItemFacts::EntitlementUse::ThisItem:
        return tr("the platform's entitlement for this item records no position");
    case ItemFacts::EntitlementUse::OtherItem:
        return tr(
            "the platform's current entitlement for this title is another purchase's (item %1), and the "
            "orders do not say")
            .arg(facts.otherItemId ? QString::number(*facts.otherItemId) : DisplayFormat::absent());
    case ItemFacts::EntitlementUse::None:
        return tr("the platform has no entitlement for this title, and the orders do not say");
    case ItemFacts::EntitlementUse::Unavailable:
        return tr("the platform's entitlement could not be read, and the orders do not say");
    case ItemFacts::EntitlementUse::NotAsked:
        break;
    }
    return tr("only the platform's entitlement for this item says, and it has not been read yet");
}

} // namespace ff
