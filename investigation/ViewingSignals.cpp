// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigation/ViewingSignals.h"

namespace ff {

namespace {

QList<Evidence> nothingPlayed(const ItemFacts& facts)
{
    return { { QStringLiteral("TimeUserFirstStreamed"), Evidence::of(facts.firstStreamedAt) },
        { QStringLiteral("TimeUserFirstDownloaded"), Evidence::of(facts.firstDownloadedAt) } };
}

Evidence lengthEvidence(const ItemFacts& facts)
{
    return { facts.lengthFromMediaItem ? QStringLiteral("MediaItem.Duration") : QStringLiteral("Duration"),
        EvidenceValue(TimeSpan::fromSeconds(*facts.lengthSeconds)) };
}

} // namespace

std::optional<DateTimeOffset> ViewingSignals::courtesyEnd(const ItemFacts& facts, const RefundPolicy& policy)
{
    if (!facts.purchasedAt)
        return std::nullopt;
    return RentalWindow::plusSeconds(*facts.purchasedAt, policy.courtesyWindowHours * 3600);
}

void ViewingSignals::raise(const SignalContext& context, QList<RefundSignal>& raised)
{
    const ItemFacts& facts = context.facts;
    const RefundPolicy& policy = context.policy;

    const std::optional<DateTimeOffset> courtesy = courtesyEnd(facts, policy);
    if (!facts.used() && courtesy && *facts.purchasedAt <= context.at && context.at < *courtesy) {
        QList<Evidence> evidence { context.purchaseEvidence() };
        evidence += nothingPlayed(facts);
        evidence.append({ QStringLiteral("CourtesyWindowEnd"), EvidenceValue(*courtesy) });
        raised.append(context.signal(SignalKind::UnwatchedInCourtesyWindow, evidence));
    }

    if (context.state.state == ItemState::ExpiredUnused) {
        QList<Evidence> evidence { { QStringLiteral("WindowEnd"), EvidenceValue(*context.window.end) } };
        if (context.window.platformEnd)
            evidence.append(
                { QStringLiteral("RentalExpiryTime"), EvidenceValue(*context.window.platformEnd) });
        evidence.append({ QStringLiteral("RentalTime"), Evidence::of(facts.rentalDays) });
        evidence.append({ QStringLiteral("ViewTime"), Evidence::of(facts.viewHours) });
        evidence += nothingPlayed(facts);
        raised.append(context.signal(SignalKind::ExpiredUnused, evidence));
    }

    if (facts.licenceIssuedAt && !facts.licenceAcknowledged.value_or(false) && !facts.used()) {
        QList<Evidence> evidence { { QStringLiteral("TimeOfFirstPlay"),
                                       EvidenceValue(*facts.licenceIssuedAt) },
            { QStringLiteral("LicenseAcknowledged"), Evidence::of(facts.licenceAcknowledged) } };
        evidence += nothingPlayed(facts);
        raised.append(context.signal(SignalKind::DeliveryFailure, evidence));
    }

    const std::optional<TimeSpan>& position = facts.lastPlayPosition;
    if (facts.firstStreamedAt && !facts.firstDownloadedAt && position
        && position->ticks() < policy.earlyStopMinutes * 60 * TimeSpan::TicksPerSecond) {
        raised.append(context.signal(SignalKind::StoppedEarly,
            { { QStringLiteral("TimeUserFirstStreamed"), EvidenceValue(*facts.firstStreamedAt) },
                { QStringLiteral("TimeUserFirstDownloaded"), EvidenceValue() },
                { QStringLiteral("LastPlayPosition"), EvidenceValue(*position) } }));
    }

    // Played to at least the policy's share of the length: 100 * position >= percent * length,
    // in whole ticks, so that no rounding decides.
    if (position && facts.lengthSeconds
        && __int128(position->ticks()) * 100
            >= __int128(policy.watchedPercent) * *facts.lengthSeconds * TimeSpan::TicksPerSecond) {
        raised.append(context.signal(SignalKind::Watched,
            { { QStringLiteral("LastPlayPosition"), EvidenceValue(*position) }, lengthEvidence(facts) }));
    }
}

} // namespace ff
