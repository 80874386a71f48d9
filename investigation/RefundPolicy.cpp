// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigation/RefundPolicy.h"

namespace ff {

namespace {

bool containsIgnoringCase(const QList<QString>& list, const QString& text)
{
    for (const QString& entry : list) {
        if (entry.compare(text, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool RefundPolicy::isOwnedOfferType(const std::optional<QString>& name, const std::optional<qint64>& id) const
{
    return (name && containsIgnoringCase(ownedOfferTypes, name->trimmed()))
        || (id && ownedOfferTypeIds.contains(*id));
}

bool RefundPolicy::isPending(const QString& statusCode) const
{
    return containsIgnoringCase(pendingStatusCodes, statusCode.trimmed());
}

bool RefundPolicy::isFailed(const QString& statusCode) const
{
    return containsIgnoringCase(failedStatusCodes, statusCode.trimmed());
}

bool RefundPolicy::isRefunded(const QString& statusCode) const
{
    return containsIgnoringCase(refundedStatusCodes, statusCode.trimmed());
}

std::array<std::optional<SignalWeight>, SignalKindCount> RefundPolicy::defaultWeights()
{
    std::array<std::optional<SignalWeight>, SignalKindCount> weights;
    const auto set = [&weights](SignalKind kind, SignalWeight weight) { weights[size_t(kind)] = weight; };
    set(SignalKind::UnwatchedInCourtesyWindow, SignalWeight::Supports);
    set(SignalKind::DeliveryFailure, SignalWeight::Supports);
    set(SignalKind::Duplicate, SignalWeight::Supports);
    set(SignalKind::ExpiredUnused, SignalWeight::Review);
    set(SignalKind::StoppedEarly, SignalWeight::Review);
    set(SignalKind::TermsDiffer, SignalWeight::Review);
    set(SignalKind::ClockAnomaly, SignalWeight::Review);
    set(SignalKind::EntitlementConflict, SignalWeight::Review);
    set(SignalKind::BoxSetPartlyUsed, SignalWeight::Review);
    set(SignalKind::Watched, SignalWeight::Opposes);
    // AlreadyRefunded: none.
    return weights;
}

} // namespace ff
