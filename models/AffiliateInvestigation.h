// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/profile/ConnectionProfile.h"
#include "models/InvestigationContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace ff {

// What an affiliate's refund investigation is worked out with, read from the connection
// profile: its policy (RefundPolicyJson) and its time zone, at "now". What the profile holds is
// never trusted to be sound (a settings file can be edited by hand): a policy that does not read
// gives the defaults, an unknown zone the agent's, each with a warning to show, never a failure.
class AffiliateInvestigation final
{
    Q_DECLARE_TR_FUNCTIONS(ff::AffiliateInvestigation)

public:
    struct Context
    {
        InvestigationContext context;
        QStringList warnings; // empty when the profile's values were used as they are
    };

    static Context contextFor(const ConnectionProfile& profile, qint64 affiliateId);
    static Context contextFor(const AffiliateInfo& affiliate);

    // Why a policy (JSON text, empty: the defaults) or a zone id (empty: the agent's) would not be
    // used; empty when it would. What the profiles dialog checks before saving.
    static QString policyProblem(const QString& json);
    static QString zoneProblem(const QString& zoneId);
};

} // namespace ff
