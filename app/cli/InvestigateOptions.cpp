// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/InvestigateOptions.h"

#include "app/cli/InputValidation.h"
#include "investigation/RefundPolicyJson.h"
#include "models/AffiliateInvestigation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace ff::cli {

namespace {

const QString Affiliate = QStringLiteral("affiliate");
const QString Customer = QStringLiteral("customer");
const QString At = QStringLiteral("at");
const QString Policy = QStringLiteral("policy");
const QString Entitlements = QStringLiteral("entitlements");
constexpr qint64 MaxPolicyBytes = 1024 * 1024;

Result<DateTimeOffset, QString> instantFrom(const QString& text)
{
    // An instant, so its offset is part of it: a local time without one could be any of 27.
    const std::optional<DateTimeOffset> at = DateTimeOffset::parse(QStringView(text));
    if (!at || at->zone() == DateTimeOffset::Zone::Unspecified || text.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("ff::cli::InvestigateOptions",
            "--at must be an ISO 8601 instant with its offset, such as "
            "2026-03-06T20:00:00+01:00 or 2026-03-06T19:00:00Z, not \"%1\"")
            .arg(text);
    return *at;
}

Result<RefundPolicy, QString> policyFrom(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("ff::cli::InvestigateOptions", "cannot read --policy %1: %2")
            .arg(path, file.errorString());
    const QByteArray json = file.read(MaxPolicyBytes + 1);
    if (json.size() > MaxPolicyBytes)
        return QCoreApplication::translate(
            "ff::cli::InvestigateOptions", "--policy %1 is larger than 1 MB: not a policy")
            .arg(path);
    Result<RefundPolicy, QString> policy = RefundPolicyJson::read(json);
    if (!policy)
        return QCoreApplication::translate("ff::cli::InvestigateOptions", "--policy %1: %2")
            .arg(path, policy.error());
    return policy;
}

} // namespace

QCommandLineOption InvestigateOptions::affiliate()
{
    return { Affiliate, QCoreApplication::translate("ff::cli::InvestigateOptions", "Affiliate id."),
        QStringLiteral("N") };
}

QCommandLineOption InvestigateOptions::customer()
{
    return { Customer,
        QCoreApplication::translate("ff::cli::InvestigateOptions", "Customer name or email address."),
        QStringLiteral("NAME_OR_EMAIL") };
}

QCommandLineOption InvestigateOptions::at()
{
    return { At,
        QCoreApplication::translate("ff::cli::InvestigateOptions",
            "The instant to investigate at, ISO 8601 with its offset (default: now, when the run starts)."),
        QStringLiteral("ISO") };
}

QCommandLineOption InvestigateOptions::policy()
{
    return { Policy,
        QCoreApplication::translate(
            "ff::cli::InvestigateOptions", "A refund policy as JSON (default: the built-in policy)."),
        QStringLiteral("FILE") };
}

QCommandLineOption InvestigateOptions::entitlements()
{
    return { Entitlements,
        QCoreApplication::translate("ff::cli::InvestigateOptions",
            "Also read the current entitlement of each supplier ref (404: none); without it, the "
            "orders alone.") };
}

std::optional<QString> InvestigateOptions::read(
    const QCommandLineParser& parser, InvestigateSettings& settings)
{
    const auto affiliate = InputValidation::positiveInteger(parser.value(Affiliate), Affiliate);
    if (!affiliate)
        return affiliate.error();
    settings.affiliateId = *affiliate;
    if (parser.isSet(At)) {
        const auto at = instantFrom(parser.value(At));
        if (!at)
            return at.error();
        m_at = *at;
    }
    if (parser.isSet(Policy)) {
        auto policy = policyFrom(parser.value(Policy));
        if (!policy)
            return policy.error();
        settings.policy = *policy;
        m_policyFile = parser.value(Policy);
    }
    settings.entitlements = parser.isSet(Entitlements);
    return std::nullopt;
}

std::optional<QString> InvestigateOptions::useProfile(
    const ConnectionProfile& profile, InvestigateSettings& settings) const
{
    // The affiliate's policy and zone as the window takes them, so that both give one answer.
    // What the window shows as a warning (a policy that does not read) is refused here: a script
    // is not there to see a warning, and its answers would silently follow other rules.
    const AffiliateInvestigation::Context context
        = AffiliateInvestigation::contextFor(profile, settings.affiliateId);
    if (!context.warnings.isEmpty())
        return QCoreApplication::translate("ff::cli::InvestigateOptions", "profile \"%1\": %2")
            .arg(profile.name, context.warnings.join(u' '));
    if (m_policyFile.isEmpty())
        settings.policy = context.context.policy;
    settings.zone = context.context.affiliateZone;
    return std::nullopt;
}

DateTimeOffset InvestigateOptions::instant() const
{
    return m_at ? *m_at : DateTimeOffset::fromQDateTime(QDateTime::currentDateTimeUtc());
}

} // namespace ff::cli
