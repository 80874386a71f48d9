// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/RefundTerms.h"

#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace ff {

// The values an affiliate's refund rules are tuned by, with the defaults the console ships
// (which follow what the big stores promise: 48 hours to change one's mind about something
// not yet watched). Kept in the connection profile per affiliate, and readable from a JSON
// file (RefundPolicyJson). Every decision recorded in the audit log carries the values used.
struct RefundPolicy
{
    // Bought this long ago or less, and never streamed or downloaded: a refund is a courtesy.
    qint64 courtesyWindowHours = 48;
    // Streamed and stopped before this far in: stopped early.
    qint64 earlyStopMinutes = 10;
    // Played to at least this share of the title's length: watched.
    qint64 watchedPercent = 90;
    // An order of one of these offer types (by name, ignoring case, or by id) is bought to keep
    // (EST); any other is a rental.
    QList<QString> ownedOfferTypes { QStringLiteral("EST") };
    QList<qint64> ownedOfferTypeIds;
    // How an entitlement's type names the same two kinds, so that the entitlement can be checked
    // against the order. Not among the keys: the API pages name no types, and the
    // platform's are "Rental" and "Purchase". A type in neither list is not checked.
    QList<QString> ownedEntitlementTypes { QStringLiteral("Purchase"), QStringLiteral("EST") };
    QList<QString> rentalEntitlementTypes { QStringLiteral("Rental") };
    // Order status codes (ignoring case): pending and failed (or cancelled) mean nothing was
    // paid; refunded means the order was refunded even without a refund reference.
    QList<QString> pendingStatusCodes { QStringLiteral("PND") };
    QList<QString> failedStatusCodes { QStringLiteral("FLD"), QStringLiteral("CAN") };
    QList<QString> refundedStatusCodes { QStringLiteral("REF") };
    // Two clocks (the store's, a device's) may disagree by this much before it is an anomaly; and
    // two ends of a rental by this much before they disagree.
    qint64 clockSkewSeconds = 5;
    // How each signal weighs on the verdict. AlreadyRefunded has no weight: the state decides.
    std::array<std::optional<SignalWeight>, SignalKindCount> weights = defaultWeights();

    std::optional<SignalWeight> weightOf(SignalKind kind) const { return weights[size_t(kind)]; }
    bool isOwnedOfferType(const std::optional<QString>& name, const std::optional<qint64>& id) const;
    bool isPending(const QString& statusCode) const;
    bool isFailed(const QString& statusCode) const;
    bool isRefunded(const QString& statusCode) const;

    static std::array<std::optional<SignalWeight>, SignalKindCount> defaultWeights();
    friend bool operator==(const RefundPolicy&, const RefundPolicy&) = default;
};

} // namespace ff
