// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <array>
#include <utility>

namespace ff {

// What an agent decided about a refund, as the audit log records it (event "decision"): the
// item, what the investigation concluded and under which rules and instant, what the agent
// decided and why. Nothing of it is sent to the platform; the log is the record a supervisor
// reads later. The verdict, state and decision are the investigation's identifiers ("review",
// "expired-unused", "refund-granted"), never translated.
struct AuditDecision
{
    QString id; // a UUID of its own
    QString recordedAt; // UTC ISO 8601, as read back from the log
    QString source; // "console"
    QString profile;
    QString operatingSystemUser; // the agent's account
    QString appVersion;
    qint64 affiliateId = 0;
    QString customer;
    qint64 orderId = 0;
    qint64 itemId = 0;
    QString decision; // "refund-granted", "refund-declined", "escalated"
    QString reason;
    QString ticket;
    QString verdict;
    QString state;
    QJsonObject policy; // every value of the refund policy in force
    QString asOf; // the instant the investigation was worked out at, UTC ISO 8601
    bool asOfSet = false; // the agent set it ("as of"), rather than now

    // The text fields by their names in the log, read and written from this one list.
    static constexpr std::array<std::pair<const char*, QString AuditDecision::*>, 13> textFields()
    {
        using D = AuditDecision;
        return { { { "id", &D::id }, { "time", &D::recordedAt }, { "source", &D::source },
            { "profile", &D::profile }, { "osUser", &D::operatingSystemUser },
            { "appVersion", &D::appVersion }, { "customer", &D::customer }, { "decision", &D::decision },
            { "reason", &D::reason }, { "ticket", &D::ticket }, { "verdict", &D::verdict },
            { "state", &D::state }, { "asOf", &D::asOf } } };
    }
    static constexpr std::array<std::pair<const char*, qint64 AuditDecision::*>, 3> numberFields()
    {
        using D = AuditDecision;
        return { { { "affiliateId", &D::affiliateId }, { "orderId", &D::orderId },
            { "itemId", &D::itemId } } };
    }
};

} // namespace ff
