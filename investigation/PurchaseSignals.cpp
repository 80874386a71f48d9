// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigation/PurchaseSignals.h"

#include <QCoreApplication>

namespace ff {

namespace {

void alreadyRefunded(const SignalContext& context, QList<RefundSignal>& raised)
{
    if (context.state.state != ItemState::Refunded)
        return;
    const PurchaseOrder& order = context.order;
    raised.append(context.signal(SignalKind::AlreadyRefunded,
        { { QStringLiteral("PaymentProviderRefundTransId"),
              Evidence::of(order.paymentProviderRefundTransId) },
            { QStringLiteral("Status.Code"),
                order.status ? Evidence::of(order.status->code) : EvidenceValue() },
            // The refund is the order's: this item is refunded because its order is.
            { QStringLiteral("RefundScope"), EvidenceValue(QStringLiteral("order")) },
            { QStringLiteral("PurchaseOrderId"), EvidenceValue(context.facts.orderId) } }));
}

const Offer* offerById(const Entitlement& entitlement, qint64 offerId)
{
    if (!entitlement.mediaItem || !entitlement.mediaItem->offers)
        return nullptr;
    for (const Offer& offer : *entitlement.mediaItem->offers) {
        if (offer.id == offerId)
            return &offer;
    }
    return nullptr;
}

bool covers(const Offer& offer, const DateTimeOffset& instant)
{
    const std::optional<DateTimeOffset> start = ItemFacts::present(offer.startAvailability);
    const std::optional<DateTimeOffset> end = ItemFacts::present(offer.endAvailability);
    return (!start || *start <= instant) && (!end || instant < *end);
}

template <class T> bool differ(const std::optional<T>& paid, const std::optional<T>& offered)
{
    return paid && offered && !(*paid == *offered);
}

void termsDiffer(const SignalContext& context, QList<RefundSignal>& raised, QStringList& unknowns)
{
    const ItemFacts& facts = context.facts;
    if (!facts.entitlement || !context.item.offerId || !facts.purchasedAt)
        return; // the unknowns already say why the entitlement is not used
    const Offer* offer = offerById(*facts.entitlement, *context.item.offerId);
    if (!offer) {
        unknowns.append(QCoreApplication::translate("ff::PurchaseSignals",
            "Offer %1 is not among the title's offers, so the terms it was sold on cannot "
            "be checked.")
                            .arg(*context.item.offerId));
        return;
    }
    if (!covers(*offer, *facts.purchasedAt)) {
        unknowns.append(QCoreApplication::translate("ff::PurchaseSignals",
            "Offer %1 was not on sale at the purchase instant, so the terms it was sold on "
            "cannot be checked.")
                            .arg(*context.item.offerId));
        return;
    }
    const bool rental = facts.ownership == ItemFacts::Ownership::Rental;
    const bool price = differ(context.item.unitPrice, offer->price);
    const bool rentalTime = rental && differ(context.item.rentalTime, offer->rentalTime);
    const bool viewTime = rental && differ(context.item.viewTime, offer->viewTime);
    if (!price && !rentalTime && !viewTime)
        return;
    QList<Evidence> evidence { { QStringLiteral("OfferId"), EvidenceValue(*context.item.offerId) } };
    if (price) {
        evidence.append({ QStringLiteral("UnitPrice"), EvidenceValue(*context.item.unitPrice) });
        evidence.append({ QStringLiteral("Offer.Price"), EvidenceValue(*offer->price) });
        evidence.append({ QStringLiteral("Offer.Currency"), Evidence::of(offer->currency) });
    }
    if (rentalTime) {
        evidence.append({ QStringLiteral("RentalTime"), EvidenceValue(*context.item.rentalTime) });
        evidence.append({ QStringLiteral("Offer.RentalTime"), EvidenceValue(*offer->rentalTime) });
    }
    if (viewTime) {
        evidence.append({ QStringLiteral("ViewTime"), EvidenceValue(*context.item.viewTime) });
        evidence.append({ QStringLiteral("Offer.ViewTime"), EvidenceValue(*offer->viewTime) });
    }
    raised.append(context.signal(SignalKind::TermsDiffer, evidence));
}

} // namespace

void PurchaseSignals::raise(const SignalContext& context, QList<RefundSignal>& raised, QStringList& unknowns)
{
    alreadyRefunded(context, raised);
    termsDiffer(context, raised, unknowns);
}

} // namespace ff
