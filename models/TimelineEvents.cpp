// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TimelineEvents.h"

#include "models/RefundSentences.h"

#include <algorithm>

namespace ff {

QList<TimelineEvent> TimelineEvents::of(
    const ItemInvestigation& item, const RefundSentences& sentences, bool asOfSet)
{
    const QLocale& locale = sentences.format().locale();
    const QTimeZone& zone = sentences.format().timeZone();
    QList<TimelineEvent> events;
    const auto add = [&](TimelineEvent::Kind kind, const std::optional<DateTimeOffset>& at,
                         const QString& label) {
        if (!at)
            return;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(DisplayFormat::millisecondsOf(*at), zone);
        events.append({ kind, at->utcTicks(), label, sentences.moment(*at),
            locale.toString(local, QLocale::ShortFormat) });
    };
    const ItemFacts& facts = item.facts;
    add(TimelineEvent::Kind::Purchase, facts.purchasedAt, tr("Bought"));
    if (facts.purchaseDiffersFromOrder)
        add(TimelineEvent::Kind::OrderCreated, facts.orderCreatedAt, tr("Order created"));
    add(TimelineEvent::Kind::LicenceIssued, facts.licenceIssuedAt, tr("Licence issued"));
    add(TimelineEvent::Kind::FirstStreamed, facts.firstStreamedAt, tr("First streamed"));
    add(TimelineEvent::Kind::FirstDownloaded, facts.firstDownloadedAt, tr("First downloaded"));
    if (item.window.end) {
        const bool ended = item.window.end->utcTicks() <= item.at.utcTicks(); // half-open
        add(TimelineEvent::Kind::WindowEnd, item.window.end, ended ? tr("Window ended") : tr("Window ends"));
    }
    add(TimelineEvent::Kind::Now, item.at, asOfSet ? tr("As of") : tr("Now"));
    std::stable_sort(events.begin(), events.end(),
        [](const TimelineEvent& a, const TimelineEvent& b) { return a.utcTicks < b.utcTicks; });
    return events;
}

QString TimelineEvents::accessibleText(const QList<TimelineEvent>& events)
{
    QStringList parts;
    for (const TimelineEvent& event : events)
        parts.append(tr("%1: %2").arg(event.label, event.when));
    return tr("Time line, in time order: %1.").arg(parts.join(QStringLiteral("; ")));
}

} // namespace ff
