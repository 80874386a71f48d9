// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DecisionRecords.h"

#include "api/audit/AuditLog.h"
#include "investigation/RefundPolicyJson.h"

namespace ff {

namespace {

QString identifierText(std::string_view identifier)
{
    return QString::fromLatin1(identifier.data(), qsizetype(identifier.size()));
}

// An identifier back to its name for people; the identifier itself when this version knows no
// such word (a later one wrote it).
template <class Enum, int Count> QString nameOf(const QString& text)
{
    for (int i = 0; i < Count; ++i) {
        if (identifierText(identifier(Enum(i))) == text)
            return ff::displayName(Enum(i));
    }
    return text;
}

} // namespace

AuditDecision DecisionRecords::make(const CardSubject& subject, const ItemInvestigation& item,
    const InvestigationContext& context, const Choice& choice)
{
    AuditDecision decision;
    decision.source = QStringLiteral("console");
    decision.profile = subject.profile;
    decision.appVersion = QStringLiteral(FFCONSOLE_VERSION);
    decision.affiliateId = subject.affiliateId;
    decision.customer = subject.customer;
    decision.orderId = item.facts.orderId;
    decision.itemId = item.facts.itemId;
    decision.decision = choice.decision;
    decision.reason = choice.reason;
    decision.ticket = choice.ticket;
    decision.verdict = identifierText(identifier(item.verdict));
    decision.state = identifierText(identifier(item.state.state));
    decision.policy = RefundPolicyJson::toObject(context.policy);
    decision.asOf = QString::fromLatin1(item.at.toUtcMillisecondsString());
    decision.asOfSet = context.asOf.has_value();
    return decision;
}

Result<AuditDecision, QString> DecisionRecords::record(const CardSubject& subject, AuditDecision decision)
{
    if (!subject.audit)
        return tr("there is no audit log to record it in");
    if (const Result<bool, QString> written = subject.audit->recordDecision(decision); !written)
        return written.error();
    return decision;
}

QString DecisionRecords::displayName(const QString& decision)
{
    if (decision == QLatin1String("refund-granted"))
        return tr("Refund granted");
    if (decision == QLatin1String("refund-declined"))
        return tr("Refund declined");
    if (decision == QLatin1String("escalated"))
        return tr("Escalated");
    return decision;
}

QString DecisionRecords::describe(const AuditDecision& decision, const DisplayFormat& format)
{
    const auto when = DateTimeOffset::parse(QStringView(decision.recordedAt));
    const auto asOf = DateTimeOffset::parse(QStringView(decision.asOf));
    return tr("Last decision: %1, on %2 by %3 (ticket %4): “%5”. Decided on the verdict “%6” (%7) as of %8.")
        .arg(displayName(decision.decision), format.dateTime(when), decision.operatingSystemUser,
            decision.ticket, decision.reason,
            nameOf<RefundVerdict, int(RefundVerdict::NotDue) + 1>(decision.verdict),
            nameOf<ItemState, int(ItemState::Unknown) + 1>(decision.state), format.dateTime(asOf));
}

} // namespace ff
