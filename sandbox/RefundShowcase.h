// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "sandbox/Affiliate.h"
#include "sandbox/Catalogue.h"
#include "sandbox/CustomerRecord.h"
#include "sandbox/PendingOrder.h"
#include "sandbox/SeededRandom.h"

#include <QList>
#include <QStringList>

namespace ff::sandbox {

// The refund showcase: two named customers (data/people.json, "refundShowcase") whose orders hold
// an example of every item state, refund signal and verdict of the refund investigation, each on
// a title nobody else buys (data/titles.json, "showcase"), so that the platform's current
// entitlement for it is that very item and carries what the signals need: how far it played,
// the title's length, its offers, a box set's children, an expiry the platform changed. The
// second customer rents one of the first one's films later, so that the first one's item meets
// another customer's entitlement, as on the real platform. Every instant is at a fixed distance
// from now, so that each case is the same at any --now; the seed gives only ids, references and
// devices. The README's table lists the cases; tests/sandbox/tst_sandbox_showcase proves them.
class RefundShowcase final
{
public:
    // How /_sandbox/info marks the showcase's customers.
    static QString topic();

    struct Generated
    {
        QList<CustomerRecord> customers;
        QList<PendingOrder> orders; // PendingOrder::customer indexes customers
    };

    RefundShowcase(const Catalogue& catalogue, const Affiliate& affiliate, DateTimeOffset now);

    // The orders of the two customers (the showcase's, then the later buyer), whose records were
    // drawn from random just before; draws from random only, after everything else was drawn.
    Generated generate(SeededRandom random, QList<CustomerRecord> customers) const;

private:
    enum class Paid { Completed, Pending, Refunded };
    // One customer's orders being written.
    struct Book
    {
        qsizetype customer;
        CustomerRecord& record;
        QList<PendingOrder>& orders;
        SeededRandom& random;
    };

    // An order of the titles, placed `ago` ticks before now and paid by card (or not yet, or
    // refunded); its items bought a moment later, nothing played yet. The reference lasts until
    // the next order is placed.
    PendingOrder& place(
        Book& book, Paid paid, Catalogue::OfferKind kind, qint64 ago, const QStringList& refs) const;
    // The cases, one order each unless said.
    void showcaseOrders(Book& book) const;
    void laterBuyerOrders(Book& book) const;
    void boxSet(Book& book) const;

    const Catalogue& m_catalogue;
    const Affiliate& m_affiliate;
    qint64 m_now;
};

} // namespace ff::sandbox
