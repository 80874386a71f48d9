// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/audit/AuditDecision.h"
#include "api/core/Result.h"
#include "investigation/ItemInvestigation.h"
#include "models/CardSubject.h"
#include "models/DisplayFormat.h"
#include "models/InvestigationContext.h"

#include <QCoreApplication>

namespace ff {

// The refund decisions an agent records from the investigation card, kept in the audit log:
// what goes in one (the item, the verdict and state it was decided on, every value of the policy,
// the instant, the app's version, the agent's account), the last one of an item, and how it
// reads on the card.
class DecisionRecords final
{
    Q_DECLARE_TR_FUNCTIONS(ff::DecisionRecords)

public:
    struct Choice
    {
        QString decision; // an identifier of DecisionDialog::decisions()
        QString reason;
        QString ticket;
    };

    static AuditDecision make(const CardSubject& subject, const ItemInvestigation& item,
        const InvestigationContext& context, const Choice& choice);
    // Appends it to the subject's audit log; its id and time filled in.
    static Result<AuditDecision, QString> record(const CardSubject& subject, AuditDecision decision);
    // "Refund granted on 06/12/2026 07:15 GMT by ann (ticket CS-1): “reason”. Verdict then:
    // Review, Active."
    static QString describe(const AuditDecision& decision, const DisplayFormat& format);
    static QString displayName(const QString& decision);
};

} // namespace ff
