// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigation/ConsistencySignals.h"

namespace ff {

namespace {

// More than the skew before.
bool before(
    const std::optional<DateTimeOffset>& a, const std::optional<DateTimeOffset>& b, qint64 skewSeconds)
{
    return a && b && b->utcTicks() - a->utcTicks() > skewSeconds * DateTimeOffset::TicksPerSecond;
}

void clockAnomaly(const SignalContext& context, QList<RefundSignal>& raised)
{
    const ItemFacts& facts = context.facts;
    const qint64 skew = context.policy.clockSkewSeconds;
    const bool beforePurchase = before(facts.licenceIssuedAt, facts.purchasedAt, skew)
        || before(facts.firstStreamedAt, facts.purchasedAt, skew)
        || before(facts.firstDownloadedAt, facts.purchasedAt, skew);
    const bool playedWithoutLicence = facts.used() && !facts.licenceIssuedAt;
    const bool beforeLicence = before(facts.firstStreamedAt, facts.licenceIssuedAt, skew)
        || before(facts.firstDownloadedAt, facts.licenceIssuedAt, skew);
    if (!beforePurchase && !playedWithoutLicence && !beforeLicence)
        return;
    raised.append(context.signal(SignalKind::ClockAnomaly,
        { context.purchaseEvidence(),
            { QStringLiteral("TimeOfFirstPlay"), Evidence::of(facts.licenceIssuedAt) },
            { QStringLiteral("TimeUserFirstStreamed"), Evidence::of(facts.firstStreamedAt) },
            { QStringLiteral("TimeUserFirstDownloaded"), Evidence::of(facts.firstDownloadedAt) },
            { QStringLiteral("ClockSkewSeconds"), EvidenceValue(skew) } }));
}

void entitlementConflict(const SignalContext& context, QList<RefundSignal>& raised)
{
    QList<Evidence> evidence;
    if (context.window.endsDisagree) {
        evidence.append({ QStringLiteral("ComputedEnd"), EvidenceValue(*context.window.computedEnd) });
        evidence.append({ QStringLiteral("RentalExpiryTime"), EvidenceValue(*context.window.platformEnd) });
    }
    if (context.state.typesDisagree || context.state.rentalFlagOnOwned) {
        evidence.append({ QStringLiteral("OfferType"), Evidence::of(context.order.offerType) });
        evidence.append({ QStringLiteral("OfferTypeId"), Evidence::of(context.order.offerTypeId) });
    }
    if (context.state.typesDisagree) {
        evidence.append(
            { QStringLiteral("EntitlementType.Name"), EvidenceValue(context.facts.entitlementTypeName) });
    }
    if (context.state.rentalFlagOnOwned)
        evidence.append({ QStringLiteral("IsDtr"), EvidenceValue(true) });
    if (!evidence.isEmpty())
        raised.append(context.signal(SignalKind::EntitlementConflict, evidence));
}

void boxSetPartlyUsed(const SignalContext& context, QList<RefundSignal>& raised)
{
    const Entitlement* entitlement = context.facts.entitlement;
    if (!entitlement || !entitlement->children || entitlement->children->isEmpty())
        return;
    const qint64 children = entitlement->children->size();
    qint64 started = 0;
    for (const Entitlement& child : *entitlement->children) {
        if (ItemFacts::present(child.timeOfFirstPlay) || ItemFacts::present(child.timeUserFirstStreamed)
            || ItemFacts::present(child.timeUserFirstDownloaded))
            ++started;
    }
    if (started > 0 && started < children) {
        raised.append(context.signal(SignalKind::BoxSetPartlyUsed,
            { { QStringLiteral("Children"), EvidenceValue(children) },
                { QStringLiteral("ChildrenStarted"), EvidenceValue(started) } }));
    }
}

} // namespace

void ConsistencySignals::raise(const SignalContext& context, QList<RefundSignal>& raised)
{
    clockAnomaly(context, raised);
    entitlementConflict(context, raised);
    boxSetPartlyUsed(context, raised);
}

} // namespace ff
