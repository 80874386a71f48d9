// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/writes/LicenceStates.h"

#include "investigation/CustomerInvestigation.h"
#include "models/RefundSentences.h"

namespace ff::ui {

namespace {

// The returned entitlement as the investigation reads one: v1 carries the item's fields and what
// a state needs of the entitlement's own (its type, the platform's expiry, the title's length).
Entitlement entitlementOf(const EntitlementV1& answer)
{
    Entitlement entitlement;
    static_cast<PurchaseOrderItem&>(entitlement) = static_cast<const PurchaseOrderItem&>(answer);
    entitlement.entitlementType = answer.entitlementType;
    entitlement.rentalExpiryTime = answer.rentalExpiryTime;
    entitlement.mediaItem = answer.mediaItem;
    return entitlement;
}

} // namespace

LicenceStates::LicenceStates(
    PurchaseOrder order, qint64 itemId, InvestigationContext context, const QLocale& locale)
    : m_order(std::move(order))
    , m_itemId(itemId)
    , m_context(std::move(context))
    , m_locale(locale)
{ }

QString LicenceStates::before() const
{
    const auto item
        = CustomerInvestigation::item({ m_order }, m_itemId, m_context.policy, m_context.instant());
    if (!item)
        return QString();
    return tr("State before: %1.").arg(RefundSentences(m_locale, m_context.affiliateZone).stateLine(*item));
}

QString LicenceStates::after(const EntitlementV1& answer) const
{
    // The order as the answer leaves it: the licence times and flags the platform now holds.
    PurchaseOrder order = m_order;
    if (order.purchaseOrderItemDtos) {
        for (PurchaseOrderItem& item : *order.purchaseOrderItemDtos) {
            if (item.id != m_itemId)
                continue;
            if (answer.timeOfFirstPlay)
                item.timeOfFirstPlay = answer.timeOfFirstPlay;
            if (answer.licenseAcknowledged)
                item.licenseAcknowledged = answer.licenseAcknowledged;
            if (answer.persistentLicenseIssued)
                item.persistentLicenseIssued = answer.persistentLicenseIssued;
        }
    }
    const Entitlement entitlement = entitlementOf(answer);
    const DateTimeOffset at = m_context.instant();
    const auto lookup = [&entitlement](const QString&) { return EntitlementLookup::found(entitlement); };
    const auto was = CustomerInvestigation::item({ m_order }, m_itemId, m_context.policy, at);
    const auto now = CustomerInvestigation::item({ order }, m_itemId, m_context.policy, at, lookup);
    if (!now)
        return QString();
    const RefundSentences sentences(m_locale, m_context.affiliateZone);
    QString text = tr("State after: %1.").arg(sentences.stateLine(*now));
    if (now->window.end && was && !was->facts.started() && now->facts.started())
        text += QLatin1Char(' ')
            + tr("The rental window started: it ends on %1.").arg(sentences.moment(*now->window.end));
    else if (now->window.end && now->state.timeLeftSeconds)
        text += QLatin1Char(' ')
            + tr("The rental window had already started: it ends on %1.")
                  .arg(sentences.moment(*now->window.end));
    return text;
}

} // namespace ff::ui
