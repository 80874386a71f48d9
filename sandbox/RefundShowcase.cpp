// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/RefundShowcase.h"

#include "sandbox/OrderGenerator.h"
#include "sandbox/PaymentReferences.h"

namespace ff::sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Millisecond = DateTimeOffset::TicksPerSecond / 1000;
constexpr qint64 Second = DateTimeOffset::TicksPerSecond;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

PurchaseOrderItem& itemOf(PendingOrder& pending, qsizetype index = 0)
{
    return (*pending.order.purchaseOrderItemDtos)[index];
}

// A share of the item's length, as a last play position.
TimeSpan share(const PurchaseOrderItem& item, int percent)
{
    return TimeSpan::fromTicks(item.duration.value_or(0) * Minute * percent / 100);
}

// The first phone or tablet, where a download goes; else the first device.
RegisteredDevice& mobileOf(CustomerRecord& customer)
{
    for (RegisteredDevice& device : customer.devices) {
        if (device.deviceTypeId == 2 || device.deviceTypeId == 3)
            return device;
    }
    return customer.devices.first();
}

} // namespace

QString RefundShowcase::topic()
{
    return u"refunds"_s;
}

RefundShowcase::RefundShowcase(const Catalogue& catalogue, const Affiliate& affiliate, DateTimeOffset now)
    : m_catalogue(catalogue)
    , m_affiliate(affiliate)
    , m_now(now.utcTicks())
{ }

RefundShowcase::Generated RefundShowcase::generate(SeededRandom random, QList<CustomerRecord> customers) const
{
    if (customers.size() != 2)
        qFatal(
            "ffconsole-sandbox: people.json's refundShowcase names %d people, not 2", int(customers.size()));
    Generated result;
    for (CustomerRecord& customer : customers) {
        customer.account.purchases = QList<CreditPurchase>(); // they pay by card, never with credit
        customer.showcase = topic();
        result.customers.append(std::move(customer));
    }
    Book showcase { 0, result.customers[0], result.orders, random };
    showcaseOrders(showcase);
    boxSet(showcase);
    Book laterBuyer { 1, result.customers[1], result.orders, random };
    laterBuyerOrders(laterBuyer);
    return result;
}

PendingOrder& RefundShowcase::place(
    Book& book, Paid paid, Catalogue::OfferKind kind, qint64 ago, const QStringList& refs) const
{
    const bool rental = kind == Catalogue::OfferKind::Rental;
    const qint64 created = m_now - ago;
    const PaymentProvider& provider = PaymentReferences::card();
    // The order's status is the one the scenario ends in; any other than these is completed.
    const Scenario status = paid == Paid::Pending ? Scenario::Pending
        : paid == Paid::Refunded                  ? Scenario::Refunded
                                                  : Scenario::RentalUnplayed;
    PendingOrder pending;
    pending.customer = book.customer;
    PurchaseOrder& order = pending.order;
    order = OrderGenerator::header(
        book.record, m_affiliate, created, rental, book.random.uuid(), provider, status);
    if (paid != Paid::Pending)
        order.paymentProviderTransactionId = PaymentReferences::transactionId(book.random, provider);
    if (paid == Paid::Refunded)
        order.paymentProviderRefundTransId = PaymentReferences::transactionId(book.random, provider);
    QList<PurchaseOrderItem> items;
    for (const QString& ref : refs) {
        const CatalogueTitle* title = m_catalogue.find(ref);
        if (!title || !title->showcase)
            qFatal(
                "ffconsole-sandbox: the refund showcase's title %s is not in titles.json", qPrintable(ref));
        PurchaseOrderItem item = OrderGenerator::newItem(m_catalogue, *title, m_affiliate, kind, order);
        item.createdDate = m_affiliate.at(created + (250 + 150 * items.size()) * Millisecond);
        item.deleted = paid == Paid::Refunded; // a refund takes the title away
        items.append(item);
        pending.parentIndex.append(-1);
        pending.playPositions.append(std::nullopt);
    }
    order.purchaseOrderItemDtos = items;
    book.orders.append(pending);
    return book.orders.last();
}

void RefundShowcase::showcaseOrders(Book& book) const
{
    using Kind = Catalogue::OfferKind;
    const RegisteredDevice& tv = book.record.devices.first();
    RegisteredDevice& mobile = mobileOf(book.record);
    auto at = [this](qint64 ago) { return m_affiliate.at(m_now - ago); };
    // Streamed on the television from `ago` before now (a licence issued then), stopped at position.
    auto streamed = [&](PendingOrder& pending, qint64 ago, TimeSpan position) {
        PurchaseOrderItem& item = itemOf(pending);
        item.timeOfFirstPlay = at(ago);
        item.timeUserFirstStreamed = at(ago);
        item.deviceIdOfFirstPlay = tv.id;
        pending.playPositions[0] = position;
    };

    // Rented five hours ago, nothing played: not started, in the courtesy window. Due.
    place(book, Paid::Completed, Kind::Rental, 5 * Hour, { u"RFX-1001"_s });
    // Bought to keep yesterday, never played: in the courtesy window. Due.
    place(book, Paid::Completed, Kind::Purchase, 20 * Hour, { u"RFX-1002"_s });
    {
        // A download-to-rent licence went to the tablet six hours ago and was never acknowledged,
        // nothing played: active, a delivery failure. Due.
        PurchaseOrderItem& item
            = itemOf(place(book, Paid::Completed, Kind::Rental, 4 * Day, { u"RFX-1003"_s }));
        item.isDtr = true;
        item.persistentLicenseIssued = true;
        item.timeOfFirstPlay = at(6 * Hour);
        item.deviceIdOfFirstPlay = mobile.id;
    }
    // Rented yesterday and watched half, then rented again three hours ago in another order and not
    // played: the second is a duplicate, in the courtesy window. Due. The first meets the second's
    // entitlement (the platform's current one), so how far it played is unknown on its card.
    PendingOrder& first = place(book, Paid::Completed, Kind::Rental, 30 * Hour, { u"RFX-1004"_s });
    streamed(first, 29 * Hour, share(itemOf(first), 45));
    place(book, Paid::Completed, Kind::Rental, 3 * Hour, { u"RFX-1004"_s });
    // Streamed nineteen hours ago and stopped after four minutes: active, stopped early. Review.
    streamed(place(book, Paid::Completed, Kind::Rental, 20 * Hour, { u"RFX-1005"_s }), 19 * Hour,
        TimeSpan::fromSeconds(250));
    {
        // Rented forty days ago, never played: expired unused. Review. A second film was added to
        // that old order two hours ago and not played yet: it was bought when it was added, so it
        // has not started and is in the courtesy window. Due.
        PendingOrder& pending
            = place(book, Paid::Completed, Kind::Rental, 40 * Day, { u"RFX-1006"_s, u"RFX-1019"_s });
        itemOf(pending, 1).createdDate = at(2 * Hour);
    }
    // Rented twelve days ago and watched to the end: expired, watched. Not due.
    PendingOrder& mapRoom = place(book, Paid::Completed, Kind::Rental, 12 * Day, { u"RFX-1007"_s });
    streamed(mapRoom, 11 * Day, share(itemOf(mapRoom), 97));
    // Bought to keep three months ago and watched: owned, played, watched. Not due.
    PendingOrder& highWater = place(book, Paid::Completed, Kind::Purchase, 90 * Day, { u"RFX-1008"_s });
    streamed(highWater, 89 * Day, share(itemOf(highWater), 99));
    {
        // Bought to keep six days ago at the new-release price of a standard title, downloaded to
        // the tablet and a third watched offline: owned, played, the terms differ. Review.
        PendingOrder& pending = place(book, Paid::Completed, Kind::Purchase, 6 * Day, { u"RFX-1009"_s });
        PurchaseOrderItem& item = itemOf(pending);
        item.unitPrice = m_affiliate.purchasePrices.last();
        item.timeOfFirstPlay = at(6 * Day - 10 * Minute);
        item.timeUserFirstDownloaded = item.timeOfFirstPlay;
        item.deviceIdOfFirstPlay = mobile.id;
        item.persistentLicenseIssued = true;
        item.licenseAcknowledged = true;
        mobile.canDelete = false; // it holds a persistent licence
        pending.playPositions[0] = share(item, 35);
    }
    {
        // Streamed an hour before it was bought (the television's clock was wrong), the licence
        // issued after the purchase: active, a clock anomaly. Review.
        PendingOrder& pending = place(book, Paid::Completed, Kind::Rental, 10 * Hour, { u"RFX-1010"_s });
        streamed(pending, 11 * Hour, share(itemOf(pending), 50));
        itemOf(pending).timeOfFirstPlay = at(10 * Hour - 2 * Minute);
    }
    {
        // Support extended the rental: the platform says it ends tomorrow where the fields say it
        // ended two days ago. Active on the card, an entitlement conflict. Review.
        PendingOrder& pending = place(book, Paid::Completed, Kind::Rental, 5 * Day, { u"RFX-1011"_s });
        streamed(pending, 4 * Day, share(itemOf(pending), 30));
        pending.rentalExpiries = { at(-Day) };
    }
    // Bought to keep, but the platform's entitlement is a rental: unknown on the card, an
    // entitlement conflict. Review.
    itemOf(place(book, Paid::Completed, Kind::Purchase, 15 * Day, { u"RFX-1012"_s })).entitlementTypeId = 1;
    {
        // Carried over from the old store with no offer type: rental or bought to keep is unknown.
        PurchaseOrder& order = place(book, Paid::Completed, Kind::Rental, 60 * Day, { u"RFX-1013"_s }).order;
        order.offerType.reset();
        order.offerTypeId.reset();
    }
    // Refunded, the whole order of two: already refunded.
    place(book, Paid::Refunded, Kind::Rental, 8 * Day, { u"RFX-1014"_s, u"RFX-1015"_s });
    // Checking out a quarter of an hour ago and not paid yet: unpaid. Nothing paid.
    place(book, Paid::Pending, Kind::Rental, 15 * Minute, { u"RFX-1016"_s });
    // Removed from the library: deleted. Not due.
    itemOf(place(book, Paid::Completed, Kind::Rental, 3 * Day, { u"RFX-1017"_s })).deleted = true;
    // Watched nine days ago; the later buyer has rented it since, so the platform's current
    // entitlement is theirs: expired, watched, and how far it played unknown on the card.
    PendingOrder& borrowed = place(book, Paid::Completed, Kind::Rental, 9 * Day, { u"RFX-1018"_s });
    streamed(borrowed, 9 * Day - Hour, share(itemOf(borrowed), 95));
}

void RefundShowcase::boxSet(Book& book) const
{
    // The whole series bought to keep twenty days ago, two of its four episodes started: box set
    // partly used. Review. The episodes inherit the purchase.
    const CatalogueTitle* series = m_catalogue.find(u"RFX-2001");
    if (!series)
        qFatal("ffconsole-sandbox: the refund showcase's box set is not in titles.json");
    PendingOrder& pending = place(book, Paid::Completed, Catalogue::OfferKind::Purchase, 20 * Day,
        QStringList { series->supplierRef } + series->childRefs);
    const RegisteredDevice& tv = book.record.devices.first();
    for (qsizetype i = 1; i < pending.parentIndex.size(); ++i) {
        pending.parentIndex[i] = 0;
        itemOf(pending, i).inherited = true;
    }
    const QList<std::pair<qint64, int>> plays { { 19 * Day, 100 }, { 18 * Day, 30 } }; // ago, per cent
    for (qsizetype i = 0; i < plays.size(); ++i) {
        PurchaseOrderItem& episode = itemOf(pending, i + 1);
        episode.timeOfFirstPlay = m_affiliate.at(m_now - plays.at(i).first);
        episode.timeUserFirstStreamed = episode.timeOfFirstPlay;
        episode.deviceIdOfFirstPlay = tv.id;
        pending.playPositions[i + 1] = share(episode, plays.at(i).second);
    }
}

void RefundShowcase::laterBuyerOrders(Book& book) const
{
    // Rented the showcase customer's film yesterday and started it: the platform's current
    // entitlement for it is this one.
    PendingOrder& pending
        = place(book, Paid::Completed, Catalogue::OfferKind::Rental, Day, { u"RFX-1018"_s });
    PurchaseOrderItem& item = itemOf(pending);
    item.timeOfFirstPlay = m_affiliate.at(m_now - Day + 2 * Hour);
    item.timeUserFirstStreamed = item.timeOfFirstPlay;
    item.deviceIdOfFirstPlay = book.record.devices.first().id;
    pending.playPositions[0] = share(item, 20);
}

} // namespace ff::sandbox
