// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/dto/PurchaseOrder.h"
#include "sandbox/Affiliate.h"
#include "sandbox/Catalogue.h"
#include "sandbox/CustomerRecord.h"
#include "sandbox/PaymentProvider.h"
#include "sandbox/PendingOrder.h"
#include "sandbox/Scenario.h"
#include "sandbox/SeededRandom.h"

namespace ff::sandbox {

// A customer's purchase orders, one scenario at a time: when it was placed, how it was paid,
// what it holds, and what has happened to each item since (played where and how far,
// downloaded, its licence acknowledged, deleted, refunded).
class OrderGenerator final
{
public:
    OrderGenerator(const Catalogue& catalogue, DateTimeOffset now);

    // One order of the scenario. favouriteRef, when set, is the first title in it. A download
    // whose licence is acknowledged marks its device as holding a persistent licence.
    PendingOrder order(qsizetype customerIndex, CustomerRecord& customer, const Affiliate& affiliate,
        Scenario scenario, SeededRandom& random, const QString& favouriteRef = {}) const;
    // The box set bought whole: the series, each season and its episodes, the first series
    // watched through and the second started.
    PendingOrder boxSet(qsizetype customerIndex, const CustomerRecord& customer, const Affiliate& affiliate,
        SeededRandom& random) const;

    // What every order starts as: who placed it, when, for what kind of offer, in what status
    // (the one the scenario ends in) and through which provider. The transaction ids are the
    // caller's to draw.
    static PurchaseOrder header(const CustomerRecord& customer, const Affiliate& affiliate,
        qint64 createdTicks, bool rental, const QUuid& merchantRef, const PaymentProvider& provider,
        Scenario scenario);
    // An item as the platform records it at checkout: the offer, the price and what the title
    // was at the time, the payment references of its order, and nothing played yet.
    static PurchaseOrderItem newItem(const Catalogue& catalogue, const CatalogueTitle& title,
        const Affiliate& affiliate, Catalogue::OfferKind kind, const PurchaseOrder& order);

private:
    const Catalogue& m_catalogue;
    DateTimeOffset m_now;
};

} // namespace ff::sandbox
