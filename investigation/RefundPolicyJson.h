// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Result.h"
#include "investigation/RefundPolicy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ff {

// A refund policy as JSON, the form a policy file, a profile and the audit log keep it in:
//   {"CourtesyWindowHours": 48, "EarlyStopMinutes": 10, "WatchedPercent": 90,
//    "OwnedOfferTypes": ["EST"], "OwnedOfferTypeIds": [], "PendingStatusCodes": ["PND"],
//    "FailedStatusCodes": ["FLD", "CAN"], "RefundedStatusCodes": ["REF"], "ClockSkewSeconds": 5,
//    "OwnedEntitlementTypes": ["Purchase", "EST"], "RentalEntitlementTypes": ["Rental"],
//    "SignalWeights": {"expired-unused": "review", ...}}
// A missing key takes its default. Strict otherwise, since a typo in a policy would silently
// change what agents are told: an unknown key, a value of the wrong type or range, an unknown
// signal or weight word are errors that name the key.
class RefundPolicyJson final
{
public:
    static Result<RefundPolicy, QString> read(const QByteArray& json);
    static Result<RefundPolicy, QString> read(const QJsonObject& object);
    // Every key, with the values in force (defaults included).
    static QJsonObject toObject(const RefundPolicy& policy);
    static QByteArray write(const RefundPolicy& policy);
};

} // namespace ff
