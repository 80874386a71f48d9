// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/BulkOrderGenerator.h"

#include "sandbox/OrderGenerator.h"
#include "sandbox/PaymentReferences.h"

namespace ff::sandbox {

namespace {

constexpr qint64 Second = DateTimeOffset::TicksPerSecond;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

} // namespace

BulkOrderGenerator::BulkOrderGenerator(const Catalogue& catalogue, DateTimeOffset now)
    : m_catalogue(catalogue)
    , m_now(now)
{ }

QList<PendingOrder> BulkOrderGenerator::orders(qsizetype customerIndex, const CustomerRecord& customer,
    const Affiliate& affiliate, int itemCount, SeededRandom& random) const
{
    const QList<const CatalogueTitle*> films = m_catalogue.films();
    const qint64 now = m_now.utcTicks();
    const PaymentProvider& provider = PaymentReferences::card();
    const QList<RegisteredDevice>& devices = customer.devices;

    QList<PendingOrder> orders;
    int remaining = itemCount;
    while (remaining > 0) {
        const int count = qMin(remaining, int(random.between(1, 4)));
        remaining -= count;
        const bool rental = random.percent(70);
        const qint64 created = random.ticksBefore(now, Hour, 5 * 365 * Day);
        PendingOrder pending;
        pending.customer = customerIndex;
        PurchaseOrder& order = pending.order;
        order = OrderGenerator::header(
            customer, affiliate, created, rental, random.uuid(), provider, Scenario::PurchaseStreamed);
        order.paymentProviderTransactionId = PaymentReferences::transactionId(random, provider);
        QList<PurchaseOrderItem> items;
        items.reserve(count);
        for (int i = 0; i < count; ++i) {
            const CatalogueTitle& title = *random.pick(films);
            const Catalogue::OfferKind kind
                = rental ? Catalogue::OfferKind::Rental : Catalogue::OfferKind::Purchase;
            PurchaseOrderItem item = OrderGenerator::newItem(m_catalogue, title, affiliate, kind, order);
            if (created < now - 2 * Day && random.percent(80)) {
                const qint64 at = created + random.between(10 * Minute, Day);
                item.timeOfFirstPlay = affiliate.at(at);
                item.timeUserFirstStreamed = item.timeOfFirstPlay;
                item.deviceIdOfFirstPlay = random.pick(devices).id;
            }
            items.append(std::move(item));
        }
        order.purchaseOrderItemDtos = std::move(items);
        pending.parentIndex = QList<int>(count, -1);
        pending.playPositions = QList<std::optional<TimeSpan>>(count);
        orders.append(std::move(pending));
    }
    return orders;
}

} // namespace ff::sandbox
