// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/OrderGenerator.h"

#include "sandbox/PaymentReferences.h"

#include <functional>

namespace ff::sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Second = DateTimeOffset::TicksPerSecond;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

PurchaseOrderStatus statusOf(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Refunded:
        return PurchaseOrderStatus { 3, u"REF"_s, u"Refunded"_s };
    case Scenario::Pending:
        return PurchaseOrderStatus { 2, u"PND"_s, u"Pending"_s };
    case Scenario::Failed:
        return PurchaseOrderStatus { 4, u"FLD"_s, u"Failed"_s };
    case Scenario::Cancelled:
        return PurchaseOrderStatus { 5, u"CAN"_s, u"Cancelled"_s };
    default:
        return PurchaseOrderStatus { 1, u"CMP"_s, u"Completed"_s };
    }
}

// When an order of the scenario was placed, in UTC ticks.
qint64 placedAt(Scenario scenario, qint64 now, SeededRandom& random)
{
    switch (scenario) {
    case Scenario::RentalUnplayed:
        return random.ticksBefore(now, 2 * Hour, 20 * Day);
    case Scenario::RentalWatching:
        return random.ticksBefore(now, Day, 12 * Day);
    case Scenario::RentalExpiredPlayed:
    case Scenario::PurchaseDownloadedAcknowledged:
    case Scenario::PurchaseStreamed:
        return random.ticksBefore(now, 35 * Day, 720 * Day);
    case Scenario::RentalExpiredUnplayed:
        return random.ticksBefore(now, 31 * Day, 500 * Day);
    case Scenario::PurchaseDownloadedUnacknowledged:
        return random.ticksBefore(now, Hour, 6 * Day);
    case Scenario::Pending:
        return random.ticksBefore(now, 2 * Minute, 45 * Minute);
    default:
        return random.ticksBefore(now, 3 * Day, 400 * Day);
    }
}

// The titles of an order: mostly one, sometimes two or three, never the same twice.
QList<const CatalogueTitle*> titlesFor(
    const Catalogue& catalogue, const QString& favouriteRef, SeededRandom& random)
{
    const QList<const CatalogueTitle*> films = catalogue.films();
    QList<const CatalogueTitle*> chosen;
    if (const CatalogueTitle* favourite = favouriteRef.isEmpty() ? nullptr : catalogue.find(favouriteRef))
        chosen.append(favourite);
    const int itemCount = int(random.between(1, 100) <= 70 ? 1 : random.between(2, 3));
    while (chosen.size() < itemCount) {
        const CatalogueTitle* title = random.pick(films);
        if (!chosen.contains(title))
            chosen.append(title);
    }
    return chosen;
}

} // namespace

OrderGenerator::OrderGenerator(const Catalogue& catalogue, DateTimeOffset now)
    : m_catalogue(catalogue)
    , m_now(now)
{ }

PurchaseOrder OrderGenerator::header(const CustomerRecord& customer, const Affiliate& affiliate,
    qint64 createdTicks, bool rental, const QUuid& merchantRef, const PaymentProvider& provider,
    Scenario scenario)
{
    PurchaseOrder order;
    order.merchantRef = merchantRef;
    order.customerId = customer.customerId;
    order.status = statusOf(scenario);
    order.offerType = rental ? u"Rental"_s : u"EST"_s;
    order.offerTypeId = rental ? 1 : 2;
    order.createDate = affiliate.at(createdTicks);
    order.paymentProvider = provider.name;
    order.paymentProviderCustomerId
        = PaymentReferences::shopperReference(provider, affiliate.shopperPrefix, customer.customerId);
    return order;
}

PurchaseOrderItem OrderGenerator::newItem(const Catalogue& catalogue, const CatalogueTitle& title,
    const Affiliate& affiliate, Catalogue::OfferKind kind, const PurchaseOrder& order)
{
    const bool rental = kind == Catalogue::OfferKind::Rental;
    PurchaseOrderItem item;
    item.offerId = catalogue.offerId(title, affiliate, kind);
    item.unitPrice = catalogue.price(title, affiliate, kind);
    item.supplierRef = title.supplierRef;
    item.rentalTime = rental ? std::optional<qint64>(30) : std::nullopt;
    item.viewTime = rental ? std::optional<qint64>(48) : std::nullopt;
    item.title = title.title;
    item.bbfcRating = catalogue.certificate(title, affiliate);
    item.duration = title.durationMinutes;
    item.deleted = false;
    item.requiresPreRoll = false;
    item.persistentLicenseIssued = false;
    item.isDtr = false; // Download-To-Rent: only some rentals (below), never a purchase to keep
    item.supportedDevices = Catalogue::supportedDevicesText(kind);
    item.drmProfile = rental   ? u"Standard HD"_s
        : title.priceTier == 2 ? u"UHD Premium"_s
                               : u"Persistent HD"_s;
    item.licenseAcknowledged = false;
    item.entitlementTypeId = rental ? 1 : 2;
    item.createdDate = order.createDate;
    item.paymentProvider = order.paymentProvider;
    item.paymentProviderTransactionId = order.paymentProviderTransactionId;
    item.inherited = false;
    return item;
}

PendingOrder OrderGenerator::order(qsizetype customerIndex, CustomerRecord& customer,
    const Affiliate& affiliate, Scenario scenario, SeededRandom& random, const QString& favouriteRef) const
{
    if (scenario == Scenario::BoxSet)
        return boxSet(customerIndex, customer, affiliate, random);
    const qint64 now = m_now.utcTicks();
    const bool rental
        = scenario <= Scenario::FreeRental || (scenario >= Scenario::Refunded && random.percent(60));
    const Catalogue::OfferKind kind = rental ? Catalogue::OfferKind::Rental : Catalogue::OfferKind::Purchase;
    const qint64 created = placedAt(scenario, now, random);
    const QUuid merchantRef = random.uuid();
    const bool free = scenario == Scenario::FreeRental;
    const PaymentProvider& provider
        = free ? PaymentReferences::provider(u"Promotion") : PaymentReferences::choose(random);

    PendingOrder pending;
    pending.customer = customerIndex;
    PurchaseOrder& order = pending.order;
    order = header(customer, affiliate, created, rental, merchantRef, provider, scenario);
    switch (scenario) {
    case Scenario::Refunded:
        order.paymentProviderTransactionId = PaymentReferences::transactionId(random, provider);
        order.paymentProviderRefundTransId = PaymentReferences::transactionId(random, provider);
        break;
    case Scenario::Pending:
    case Scenario::Cancelled:
        break;
    case Scenario::Failed:
        if (random.percent(50)) // declined by the provider
            order.paymentProviderTransactionId = PaymentReferences::transactionId(random, provider);
        break;
    default:
        order.paymentProviderTransactionId = PaymentReferences::transactionId(random, provider);
        break;
    }
    const QList<const CatalogueTitle*> chosen = titlesFor(m_catalogue, favouriteRef, random);

    // Downloads go to a phone or tablet when the customer has one.
    const RegisteredDevice* mobile = nullptr;
    for (const RegisteredDevice& device : customer.devices) {
        if (device.deviceTypeId == 2 || device.deviceTypeId == 3) {
            mobile = &device;
            break;
        }
    }

    QList<PurchaseOrderItem> items;
    for (const CatalogueTitle* title : chosen) {
        PurchaseOrderItem item = newItem(m_catalogue, *title, affiliate, kind, order);
        if (free)
            item.unitPrice = Decimal::fromUnits(0, 2);
        item.deleted = scenario == Scenario::RentalDeleted || scenario == Scenario::Refunded
            || scenario == Scenario::Failed || scenario == Scenario::Cancelled;
        item.requiresPreRoll = free; // free rentals are paid for by an advert
        if (rental && random.percent(30))
            item.isDtr = true; // some rentals may be downloaded to watch offline
        item.createdDate = affiliate.at(created + random.between(Second / 100, Second / 2));

        std::optional<TimeSpan> position;
        auto play = [&](qint64 at, const RegisteredDevice& device, bool download) {
            item.timeOfFirstPlay = affiliate.at(at);
            item.deviceIdOfFirstPlay = device.id;
            if (download)
                item.timeUserFirstDownloaded = affiliate.at(at);
            else
                item.timeUserFirstStreamed = affiliate.at(at);
            const qint64 length = qint64(title->durationMinutes) * Minute;
            position = TimeSpan::fromTicks(random.percent(35) ? length - random.between(0, 4 * Minute)
                                                              : random.between(3 * Minute, length));
        };
        const RegisteredDevice& anyDevice = random.pick(customer.devices);
        switch (scenario) {
        case Scenario::RentalWatching: {
            const qint64 earliest = qMax(created + 10 * Minute, now - 44 * Hour);
            play(random.between(earliest, now - 30 * Minute), anyDevice, false);
            break;
        }
        case Scenario::RentalExpiredPlayed:
        case Scenario::PurchaseStreamed:
            play(created + random.between(30 * Minute, 10 * Day), anyDevice, false);
            break;
        case Scenario::RentalDeleted:
        case Scenario::FreeRental:
            if (random.percent(60))
                play(qMin(created + random.between(30 * Minute, 3 * Day), now - Minute), anyDevice, false);
            break;
        case Scenario::PurchaseDownloadedAcknowledged: {
            const RegisteredDevice& device = mobile ? *mobile : anyDevice;
            play(created + random.between(5 * Minute, 20 * Day), device, true);
            item.persistentLicenseIssued = true;
            item.licenseAcknowledged = true;
            for (RegisteredDevice& owned : customer.devices) {
                if (owned.id == device.id)
                    owned.canDelete = false; // it holds a persistent licence
            }
            break;
        }
        case Scenario::PurchaseDownloadedUnacknowledged:
            // The licence went out but the device never confirmed it: what the acknowledge
            // call exists for.
            item.persistentLicenseIssued = true;
            item.timeUserFirstDownloaded
                = affiliate.at(qMin(created + random.between(Minute, Hour), now - Minute));
            break;
        default:
            break;
        }
        items.append(item);
        pending.parentIndex.append(-1);
        pending.playPositions.append(position);
    }
    order.purchaseOrderItemDtos = items;
    return pending;
}

PendingOrder OrderGenerator::boxSet(qsizetype customerIndex, const CustomerRecord& customer,
    const Affiliate& affiliate, SeededRandom& random) const
{
    const qint64 now = m_now.utcTicks();
    const qint64 created = random.ticksBefore(now, 10 * Day, 400 * Day);

    PendingOrder pending;
    pending.customer = customerIndex;
    const PaymentProvider& provider = PaymentReferences::card();
    PurchaseOrder& order = pending.order;
    order = header(customer, affiliate, created, false, random.uuid(), provider, Scenario::BoxSet);
    order.paymentProviderTransactionId = PaymentReferences::transactionId(random, provider);

    // The series, then each season followed by its episodes: children inherit the purchase.
    QList<PurchaseOrderItem> items;
    std::function<void(const CatalogueTitle&, int)> add = [&](const CatalogueTitle& title, int parent) {
        PurchaseOrderItem item
            = newItem(m_catalogue, title, affiliate, Catalogue::OfferKind::Purchase, order);
        item.createdDate = affiliate.at(created + random.between(Second / 100, Second / 2));
        item.inherited = parent >= 0;
        std::optional<TimeSpan> position;
        // The first series has been watched through, the second started.
        if (title.kind == CatalogueTitle::Kind::Episode
            && (title.supplierRef.contains(u"-S01E"_s) || title.supplierRef.endsWith(u"-S02E01"_s))) {
            const qint64 at = qMin(created + random.between(Hour, 30 * Day), now - Hour);
            item.timeOfFirstPlay = affiliate.at(at);
            item.timeUserFirstStreamed = affiliate.at(at);
            item.deviceIdOfFirstPlay = random.pick(customer.devices).id;
            position
                = TimeSpan::fromTicks(random.between(5 * Minute, qint64(title.durationMinutes) * Minute));
        }
        items.append(item);
        pending.parentIndex.append(parent);
        pending.playPositions.append(position);
        const int self = int(items.size() - 1);
        for (const QString& childRef : title.childRefs) {
            if (const CatalogueTitle* child = m_catalogue.find(childRef))
                add(*child, self);
        }
    };
    for (const CatalogueTitle& title : m_catalogue.titles()) {
        if (title.kind == CatalogueTitle::Kind::Series && !title.showcase)
            add(title, -1);
    }
    order.purchaseOrderItemDtos = items;
    return pending;
}

} // namespace ff::sandbox
