// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace ff {

// One write an agent made, as the audit log records it: who, where, what, why, and how it ended.
struct AuditEntry
{
    enum class Outcome { Pending, Succeeded, Failed, Unknown };
    // What reading the order back found, after an Unknown outcome.
    enum class Reconciled { None, Applied, NotApplied, Uncertain };

    QString attemptedAt; // UTC ISO 8601, as read back from the log
    QString finishedAt;
    QString id; // links the "attempt" line to its "outcome" and "reconciled" lines
    QString profile;
    QString operatingSystemUser;
    QString endpoint; // "add-item", "ack-license"
    QJsonObject ids; // e.g. {"purchaseOrderId": 1001} or {"affiliateId": 1, "deviceId": "…",
                     // "purchaseOrderItemId": 5003}
    QString ticket; // the ticket or case reference the agent gave
    QString reason;
    QString requestSummary; // what was sent, in words (never a secret)
    QString source; // "console" or "cli"
    Outcome outcome = Outcome::Pending;
    int httpStatus = 0;
    QString requestId;
    QString message; // the error, or what the server returned
    // The outcome stays what the answer said (Unknown); this is what was found afterwards.
    Reconciled reconciled = Reconciled::None;
    QString reconciliation; // why, in words
    QString reconciledAt;

    // Whether it may have been applied and nobody has found out for certain since: an Unknown
    // outcome (or none at all) not read back, or read back without certainty.
    bool isUnresolved() const
    {
        return (outcome == Outcome::Unknown || outcome == Outcome::Pending)
            && (reconciled == Reconciled::None || reconciled == Reconciled::Uncertain);
    }
};

} // namespace ff
