// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AffiliateInvestigation.h"

#include "investigation/RefundPolicyJson.h"

#include <QTimeZone>

namespace ff {

AffiliateInvestigation::Context AffiliateInvestigation::contextFor(
    const ConnectionProfile& profile, qint64 affiliateId)
{
    const std::optional<AffiliateInfo> affiliate = profile.affiliate(affiliateId);
    return affiliate ? contextFor(*affiliate) : Context {};
}

AffiliateInvestigation::Context AffiliateInvestigation::contextFor(const AffiliateInfo& affiliate)
{
    Context result;
    if (!affiliate.refundPolicy.trimmed().isEmpty()) {
        const Result<RefundPolicy, QString> policy = RefundPolicyJson::read(affiliate.refundPolicy.toUtf8());
        if (policy)
            result.context.policy = *policy;
        else
            result.warnings.append(
                tr("The refund policy saved for affiliate %1 could not be read (%2): the default policy is "
                   "used. Correct it in Connection ▸ Profiles.")
                    .arg(QString::number(affiliate.id), policy.error()));
    }
    if (!affiliate.timeZone.trimmed().isEmpty()) {
        const QTimeZone zone(affiliate.timeZone.trimmed().toUtf8());
        if (zone.isValid())
            result.context.affiliateZone = zone;
        else
            result.warnings.append(
                tr("The time zone “%1” saved for affiliate %2 is not known: your own time zone is used. "
                   "Correct it in Connection ▸ Profiles.")
                    .arg(affiliate.timeZone, QString::number(affiliate.id)));
    }
    return result;
}

QString AffiliateInvestigation::policyProblem(const QString& json)
{
    if (json.trimmed().isEmpty())
        return QString();
    const Result<RefundPolicy, QString> policy = RefundPolicyJson::read(json.toUtf8());
    return policy ? QString() : policy.error();
}

QString AffiliateInvestigation::zoneProblem(const QString& zoneId)
{
    if (zoneId.trimmed().isEmpty() || QTimeZone::isTimeZoneIdAvailable(zoneId.trimmed().toUtf8()))
        return QString();
    return tr("“%1” is not a time zone this computer knows (an IANA name such as Europe/London).")
        .arg(zoneId);
}

} // namespace ff
