// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's data without HTTP: the JSON resources load whole and hang together, and each
// generator (payment references, devices, accounts, orders of every scenario, the box set, the
// bulk customer, the ids) does what an agent would expect of real data, the same for the same
// seed. Linked against the ff::sandbox library itself.

#include "api/codec/JsonWriter.h"
#include "sandbox/AccountGenerator.h"
#include "sandbox/BulkOrderGenerator.h"
#include "sandbox/Catalogue.h"
#include "sandbox/DataGenerator.h"
#include "sandbox/DataResources.h"
#include "sandbox/DeviceGenerator.h"
#include "sandbox/IdAssigner.h"
#include "sandbox/OrderGenerator.h"
#include "sandbox/PaymentReferences.h"
#include "sandbox/RefundShowcase.h"
#include "sandbox/ScenarioMix.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <algorithm>

using namespace ff;
using namespace ff::sandbox;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Day = 24 * 3600 * DateTimeOffset::TicksPerSecond;
const DateTimeOffset Now = *DateTimeOffset::parse(QStringView(u"2025-09-04T12:00:00Z"));

bool matches(const QString& pattern, const QString& text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

const Affiliate& affiliate(int id)
{
    for (const Affiliate& candidate : DataResources::get().affiliates) {
        if (candidate.id == id)
            return candidate;
    }
    qFatal("no affiliate %d", id);
}

// A customer as DataGenerator makes them, for the generators that take one.
CustomerRecord customerOf(
    const Person& person, int affiliateId, SeededRandom& random, DeviceGenerator& devices)
{
    CustomerRecord customer;
    customer.affiliateId = affiliateId;
    customer.username = person.username;
    customer.email = person.email;
    customer.fullName = person.fullName;
    customer.customerId = random.uuid();
    customer.devices = devices.devices(customer, affiliate(affiliateId), random, 3);
    return customer;
}

} // namespace

class TestSandboxData : public QObject
{
    Q_OBJECT

private:
    Catalogue m_catalogue;

private slots:
    void resourcesHangTogether()
    {
        const DataResources& data = DataResources::get();
        QCOMPARE(data.affiliates.size(), 4);
        QSet<QString> currencies;
        for (const Affiliate& affiliate : data.affiliates) {
            QCOMPARE(affiliate.localRatings.size(), data.bbfcRatings.size());
            QCOMPARE(affiliate.rentalPrices.size(), 3);
            QCOMPARE(affiliate.purchasePrices.size(), 3);
            for (const Decimal& price : affiliate.rentalPrices + affiliate.purchasePrices)
                QCOMPARE(price.scale(), 2);
            QVERIFY(data.roster(affiliate.id).size() >= 6);
            QSet<QString> usernames;
            for (const Person& person : data.roster(affiliate.id))
                usernames.insert(person.username.toCaseFolded());
            QCOMPARE(usernames.size(), data.roster(affiliate.id).size());
            currencies.insert(affiliate.currency);
            QCOMPARE(data.creditPrices.listFor(affiliate.currency).currency, affiliate.currency);
        }
        QCOMPARE(currencies.size(), 4);
        QCOMPARE(data.scalePerson.email, DataGenerator::scaleCustomerEmail());

        QSet<QString> refs;
        for (const CatalogueTitle& title : data.titles) {
            QVERIFY(!title.supplierRef.isEmpty() && !title.title.isEmpty() && !title.synopsis.isEmpty());
            QVERIFY2(title.durationMinutes > 0, qPrintable(title.supplierRef));
            QVERIFY(data.bbfcRatings.contains(title.bbfcRating));
            QCOMPARE(title.cast.first().type, u"Director"_s);
            refs.insert(title.supplierRef.toCaseFolded());
        }
        QCOMPARE(refs.size(), data.titles.size());
        QCOMPARE(data.paymentProviders.first().name, u"Adyen"_s);
        QVERIFY(data.paymentProviders.first().offered);
        QVERIFY(!PaymentReferences::provider(u"Promotion").offered);
    }

    void boxSetIsATree()
    {
        const CatalogueTitle* series = m_catalogue.find(u"bbw-harbour-lights");
        QVERIFY(series);
        QCOMPARE(series->kind, CatalogueTitle::Kind::Series);
        QCOMPARE(series->childRefs.size(), 2);
        int minutes = 0;
        for (const QString& seasonRef : series->childRefs) {
            const CatalogueTitle* season = m_catalogue.find(seasonRef);
            QVERIFY(season);
            QCOMPARE(season->parentRef, series->supplierRef);
            QCOMPARE(season->childRefs.size(), 3);
            int seasonMinutes = 0;
            for (const QString& episodeRef : season->childRefs) {
                const CatalogueTitle* episode = m_catalogue.find(episodeRef);
                QCOMPARE(episode->kind, CatalogueTitle::Kind::Episode);
                QCOMPARE(episode->parentRef, season->supplierRef);
                QCOMPARE(episode->releaseYear, season->releaseYear);
                seasonMinutes += episode->durationMinutes;
            }
            QCOMPARE(season->durationMinutes, seasonMinutes);
            minutes += seasonMinutes;
        }
        QCOMPARE(series->durationMinutes, minutes);
        // Each season is followed by its episodes, the index an offer id is made from.
        const CatalogueTitle* season = m_catalogue.find(series->childRefs.first());
        QCOMPARE(m_catalogue.find(season->childRefs.first())->index, season->index + 1);
    }

    void catalogueOffersAndPrices()
    {
        const CatalogueTitle& ferry = *m_catalogue.find(u"arc-004121");
        QCOMPARE(ferry.title, u"The Last Ferry"_s);
        QCOMPARE(m_catalogue.offerId(ferry, affiliate(2), Catalogue::OfferKind::Rental),
            2 * 100'000 + 10'000 + ferry.index * 10 + 1);
        QCOMPARE(m_catalogue.price(ferry, affiliate(1), Catalogue::OfferKind::Rental).toString(), u"3.49"_s);
        QCOMPARE(m_catalogue.certificate(ferry, affiliate(7)), u"PG-13"_s); // 12A in the US
        const CatalogueTitle& series = *m_catalogue.find(u"BBW-HARBOUR-LIGHTS");
        QCOMPARE(
            m_catalogue.price(series, affiliate(3), Catalogue::OfferKind::Purchase).toString(), u"299.00"_s);
        const CatalogueTitle& episode = *m_catalogue.find(u"BBW-HARBOUR-LIGHTS-S02E03");
        QCOMPARE(
            m_catalogue.price(episode, affiliate(1), Catalogue::OfferKind::Purchase).toString(), u"0.00"_s);
    }

    void paymentReferencesHaveTheProvidersShapes()
    {
        SeededRandom random(11);
        const QList<std::pair<QString, QString>> shapes {
            { u"Adyen"_s, u"\\d{16}"_s },
            { u"PayPal"_s, u"[A-HJ-NP-Z0-9]{17}"_s },
            { u"Worldpay"_s, u"WP-[A-HJ-NP-Z0-9]{12}"_s },
            { u"GiftCard"_s, u"GC-[A-HJ-NP-Z0-9]{4}-[A-HJ-NP-Z0-9]{4}-[A-HJ-NP-Z0-9]{4}"_s },
            { u"Promotion"_s, u"PROMO-[A-HJ-NP-Z0-9]{8}"_s },
        };
        for (const auto& [name, shape] : shapes) {
            const QString id = PaymentReferences::transactionId(random, PaymentReferences::provider(name));
            QVERIFY2(matches(shape, id), qPrintable(name + u": "_s + id));
        }
        // The groups of a format are drawn last first (as they always were).
        SeededRandom a(5);
        SeededRandom b(5);
        const QString third = PaymentReferences::code(b, u"****");
        const QString second = PaymentReferences::code(b, u"****");
        const QString first = PaymentReferences::code(b, u"****");
        QCOMPARE(PaymentReferences::code(a, u"GC-****-****-****"),
            u"GC-"_s + first + u'-' + second + u'-' + third);

        const QUuid customer = QUuid::fromString(u"6f1c2a90-1234-4abc-8def-0123456789ab"_s);
        QCOMPARE(
            PaymentReferences::shopperReference(PaymentReferences::provider(u"Adyen"), u"FFUK"_s, customer),
            u"FFUK-"_s + QString::number(customer.data1 % 100'000'000).rightJustified(8, u'0'));
        const auto payer = PaymentReferences::shopperReference(
            PaymentReferences::provider(u"PayPal"), u"FFUK"_s, customer);
        QVERIFY(payer && matches(u"[A-HJ-NP-Z0-9]{13}"_s, *payer));
        QCOMPARE(
            PaymentReferences::shopperReference(PaymentReferences::provider(u"PayPal"), u"FFIE"_s, customer),
            payer); // the payer's own id, whatever the storefront
        QVERIFY(!PaymentReferences::shopperReference(
            PaymentReferences::provider(u"GiftCard"), u"FFUK"_s, customer));
    }

    void checkoutChoosesGiftCardsRarely()
    {
        SeededRandom random(3);
        QHash<QString, int> chosen;
        for (int i = 0; i < 4000; ++i)
            ++chosen[PaymentReferences::choose(random).name];
        QCOMPARE(chosen.size(), 4); // every offered provider, never a promotion
        QVERIFY(!chosen.contains(u"Promotion"_s));
        QVERIFY2(chosen.value(u"GiftCard"_s) > 100 && chosen.value(u"GiftCard"_s) < 600,
            qPrintable(QString::number(chosen.value(u"GiftCard"_s))));
        QVERIFY(chosen.value(u"Adyen"_s) > chosen.value(u"PayPal"_s));
    }

    void devicesAscendAcrossCustomers()
    {
        DeviceGenerator generator(Now);
        SeededRandom random(1);
        const Person& person = DataResources::get().roster(1).first();
        const CustomerRecord first = customerOf(person, 1, random, generator);
        const CustomerRecord second = customerOf(person, 1, random, generator);
        qint64 last = DeviceGenerator::FirstDeviceId;
        for (const CustomerRecord& customer : { first, second }) {
            QCOMPARE(customer.devices.size(), 3);
            QVERIFY(*customer.devices.first().isActive);
            for (const RegisteredDevice& device : customer.devices) {
                QVERIFY(*device.id > last && *device.id <= last + 40);
                last = *device.id;
                QCOMPARE(device.userId, customer.customerId);
                QVERIFY(*device.canDelete);
                QVERIFY2(!device.deviceName->contains(u'{'), qPrintable(*device.deviceName));
                const qint64 age = Now.utcTicks() - device.updatedDate->utcTicks();
                QVERIFY(age >= Day && age <= 400 * Day);
            }
        }
        // Kinds follow one another from where each customer starts.
        const QList<DeviceKind>& kinds = DataResources::get().deviceKinds;
        const auto kindIndex = [&kinds](const RegisteredDevice& device) {
            return std::find_if(kinds.cbegin(), kinds.cend(), [&device](const DeviceKind& kind) {
                return kind.typeId == *device.deviceTypeId;
            }) - kinds.cbegin();
        };
        QCOMPARE(kindIndex(first.devices.at(1)), (kindIndex(first.devices.at(0)) + 1) % kinds.size());
    }

    void accountsAddUp()
    {
        const AccountGenerator generator(Now);
        int purchases = 0;
        for (const Person& person : DataResources::get().roster(1)) {
            SeededRandom random(SeededRandom::stableHash(person.username.toUtf8()));
            const AccountPurchasesDetail account
                = generator.account(person, person.email, affiliate(1), random);
            QCOMPARE(*account.isPurchaseOrderRequired, person.company.has_value());
            QCOMPARE(*account.isPurchaseAllowed, !person.inArrears);
            if (person.company)
                QVERIFY(matches(u"PO-2025-\\d{4}"_s, *account.purchaseOrder));
            QCOMPARE(account.billingDetails->address, person.address);
            qint64 previous = 0;
            for (const CreditPurchase& purchase : *account.purchases) {
                ++purchases;
                const qint64 at = purchase.datePurchased->utcTicks();
                QVERIFY(at >= previous); // oldest first
                previous = at;
                QVERIFY(at < Now.utcTicks() && at > Now.utcTicks() - 541 * Day);
                QVERIFY(DataResources::get().creditPrices.purchaseTypes.contains(*purchase.purchaseType));
                const Decimal net = purchase.quantity->times(*purchase.unitPrice)->roundedTo(2);
                QCOMPARE(*purchase.netTotal, net);
                QCOMPARE(*purchase.tax, net.times(DataResources::get().creditPrices.taxRate)->roundedTo(2));
                QCOMPARE(*purchase.grossTotal, *net.plus(*purchase.tax));
                QVERIFY(!purchase.invoiceNumber); // numbered later, across all accounts
                if (at < Now.utcTicks() - 30 * Day)
                    QVERIFY(*purchase.paid); // old invoices are settled
            }
        }
        QVERIFY(purchases > 20);
    }

    void scenariosMix()
    {
        const QList<Scenario> showcase = ScenarioMix::showcase();
        QCOMPARE(showcase.size(), int(Scenario::Cancelled) + 1);
        QCOMPARE(showcase.first(), Scenario::RentalUnplayed);
        SeededRandom random(9);
        for (int i = 0; i < 50; ++i) {
            const qsizetype count = ScenarioMix::draw(random).size();
            QVERIFY(count >= 3 && count <= 12);
        }
    }

    void ordersOfEveryScenario_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("deleted");
        QTest::addColumn<bool>("paid");
        QTest::newRow("rental watching") << int(Scenario::RentalWatching) << u"CMP"_s << false << true;
        QTest::newRow("free rental") << int(Scenario::FreeRental) << u"CMP"_s << false << true;
        QTest::newRow("download acknowledged")
            << int(Scenario::PurchaseDownloadedAcknowledged) << u"CMP"_s << false << true;
        QTest::newRow("download unacknowledged")
            << int(Scenario::PurchaseDownloadedUnacknowledged) << u"CMP"_s << false << true;
        QTest::newRow("refunded") << int(Scenario::Refunded) << u"REF"_s << true << true;
        QTest::newRow("pending") << int(Scenario::Pending) << u"PND"_s << false << false;
        QTest::newRow("cancelled") << int(Scenario::Cancelled) << u"CAN"_s << true << false;
    }
    void ordersOfEveryScenario()
    {
        QFETCH(int, scenario);
        QFETCH(QString, status);
        QFETCH(bool, deleted);
        QFETCH(bool, paid);
        DeviceGenerator devices(Now);
        SeededRandom random(21);
        const Person& person = DataResources::get().roster(1).at(1); // has a favourite title
        CustomerRecord customer = customerOf(person, 1, random, devices);
        const OrderGenerator generator(m_catalogue, Now);
        const PendingOrder pending
            = generator.order(0, customer, affiliate(1), Scenario(scenario), random, person.favouriteRef);
        const PurchaseOrder& order = pending.order;
        QCOMPARE(order.status->code, status);
        QCOMPARE(order.customerId, customer.customerId);
        QCOMPARE(order.paymentProviderTransactionId.has_value(), paid);
        QCOMPARE(order.paymentProviderRefundTransId.has_value(), Scenario(scenario) == Scenario::Refunded);
        QVERIFY(order.createDate->utcTicks() < Now.utcTicks());
        QCOMPARE(order.createDate->offsetSeconds(), 0);
        const QList<PurchaseOrderItem>& items = *order.purchaseOrderItemDtos;
        QCOMPARE(items.size(), pending.playPositions.size());
        QCOMPARE(items.first().supplierRef, person.favouriteRef);
        for (const PurchaseOrderItem& item : items) {
            QCOMPARE(*item.deleted, deleted);
            QCOMPARE(item.paymentProviderTransactionId, order.paymentProviderTransactionId);
            QVERIFY(item.createdDate->utcTicks() > order.createDate->utcTicks());
        }
        const PurchaseOrderItem& item = items.first();
        switch (Scenario(scenario)) {
        case Scenario::RentalWatching:
            QVERIFY(item.timeOfFirstPlay && item.timeOfFirstPlay->utcTicks() > Now.utcTicks() - 2 * Day);
            QVERIFY(pending.playPositions.first());
            break;
        case Scenario::FreeRental:
            QCOMPARE(*order.paymentProvider, u"Promotion"_s);
            QCOMPARE(item.unitPrice->toString(), u"0.00"_s);
            QVERIFY(*item.requiresPreRoll);
            break;
        case Scenario::PurchaseDownloadedAcknowledged: {
            QVERIFY(
                *item.licenseAcknowledged && *item.persistentLicenseIssued && item.timeUserFirstDownloaded);
            const auto device = std::find_if(customer.devices.cbegin(), customer.devices.cend(),
                [&item](const RegisteredDevice& owned) { return owned.id == item.deviceIdOfFirstPlay; });
            QVERIFY(device != customer.devices.cend());
            QVERIFY(!*device->canDelete); // it holds a persistent licence
            break;
        }
        case Scenario::PurchaseDownloadedUnacknowledged:
            QVERIFY(*item.persistentLicenseIssued && !*item.licenseAcknowledged);
            QVERIFY(item.timeUserFirstDownloaded && !item.timeOfFirstPlay);
            break;
        case Scenario::Pending:
            QVERIFY(order.createDate->utcTicks() > Now.utcTicks() - Day / 24);
            break;
        default:
            break;
        }
    }

    void boxSetOrderHoldsTheWholeSet()
    {
        DeviceGenerator devices(Now);
        SeededRandom random(4);
        CustomerRecord customer = customerOf(DataResources::get().roster(2).first(), 2, random, devices);
        const PendingOrder pending
            = OrderGenerator(m_catalogue, Now).order(5, customer, affiliate(2), Scenario::BoxSet, random);
        QCOMPARE(pending.customer, 5);
        const QList<PurchaseOrderItem>& items = *pending.order.purchaseOrderItemDtos;
        QCOMPARE(items.size(), 9); // the series, two seasons, six episodes
        QCOMPARE(pending.parentIndex, (QList<int> { -1, 0, 1, 1, 1, 0, 5, 5, 5 }));
        QCOMPARE(*pending.order.paymentProvider, PaymentReferences::card().name);
        QCOMPARE(items.first().unitPrice->toString(), u"29.99"_s);
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(*items.at(i).inherited, i > 0);
            const QString ref = *items.at(i).supplierRef;
            const bool watched = ref.contains(u"-S01E"_s) || ref.endsWith(u"-S02E01"_s);
            QCOMPARE(items.at(i).timeOfFirstPlay.has_value(), watched);
            QCOMPARE(pending.playPositions.at(i).has_value(), watched);
        }
    }

    void bulkOrdersHoldExactlyTheItemsAskedFor()
    {
        DeviceGenerator devices(Now);
        SeededRandom random(8);
        const CustomerRecord customer = customerOf(DataResources::get().scalePerson, 1, random, devices);
        const QList<PendingOrder> orders
            = BulkOrderGenerator(m_catalogue, Now).orders(0, customer, affiliate(1), 1000, random);
        qsizetype items = 0;
        for (const PendingOrder& pending : orders) {
            const qsizetype count = pending.order.purchaseOrderItemDtos->size();
            QVERIFY(count >= 1 && count <= 4);
            QCOMPARE(pending.parentIndex.size(), count);
            QCOMPARE(pending.order.status->code, u"CMP"_s);
            QVERIFY(matches(u"\\d{16}"_s, *pending.order.paymentProviderTransactionId));
            items += count;
        }
        QCOMPARE(items, 1000);
    }

    void sameSeedSameData()
    {
        const std::unique_ptr<SandboxData> a = DataGenerator(7, Now, 50).generate();
        const std::unique_ptr<SandboxData> b = DataGenerator(7, Now, 50).generate();
        const std::unique_ptr<SandboxData> other = DataGenerator(8, Now, 50).generate();
        QCOMPARE(a->customers().size(), b->customers().size());
        for (qsizetype i = 0; i < a->customers().size(); ++i) {
            QCOMPARE(a->customer(i).username, b->customer(i).username);
            QCOMPARE(JsonWriter::toJson(a->customer(i).orders), JsonWriter::toJson(b->customer(i).orders));
            QCOMPARE(JsonWriter::toJson(a->customer(i).account), JsonWriter::toJson(b->customer(i).account));
        }
        QVERIFY(JsonWriter::toJson(a->customer(0).orders) != JsonWriter::toJson(other->customer(0).orders));
        // The bulk customer comes last, with exactly the items asked for.
        const CustomerRecord& bulk = a->customers().last();
        QCOMPARE(bulk.email, DataGenerator::scaleCustomerEmail());
        qsizetype items = 0;
        for (const PurchaseOrder& order : bulk.orders)
            items += order.purchaseOrderItemDtos->size();
        QCOMPARE(items, 50);
    }

    void idsAscendWithTime()
    {
        const std::unique_ptr<SandboxData> data = DataGenerator(3, Now, 0).generate();
        // The seed's customers, and the refund showcase's (numbered in a block of its own, below,
        // so that adding it renumbered nobody): within each, ids ascend with time.
        QList<const PurchaseOrder*> orders;
        QList<const PurchaseOrder*> showcaseOrders;
        QList<const CreditPurchase*> purchases;
        QHash<int, int> perAffiliate;
        for (const CustomerRecord& customer : data->customers()) {
            if (!customer.showcase.isEmpty()) {
                QCOMPARE(customer.showcase, RefundShowcase::topic());
                QVERIFY(customer.account.purchases->isEmpty());
                for (const PurchaseOrder& order : customer.orders)
                    showcaseOrders.append(&order);
                continue;
            }
            ++perAffiliate[customer.affiliateId];
            for (const PurchaseOrder& order : customer.orders)
                orders.append(&order);
            for (const CreditPurchase& purchase : *customer.account.purchases)
                purchases.append(&purchase);
        }
        for (const Affiliate& affiliate : data->affiliates())
            QVERIFY(perAffiliate.value(affiliate.id) >= 6);
        QVERIFY(!showcaseOrders.isEmpty());
        for (const QList<const PurchaseOrder*>* block : { &orders, &showcaseOrders }) {
            QList<const PurchaseOrder*> byDate = *block;
            std::stable_sort(
                byDate.begin(), byDate.end(), [](const PurchaseOrder* x, const PurchaseOrder* y) {
                    return x->createDate->utcTicks() < y->createDate->utcTicks();
                });
            for (qsizetype i = 1; i < byDate.size(); ++i) {
                QVERIFY(*byDate.at(i)->id > *byDate.at(i - 1)->id);
                QVERIFY(*byDate.at(i)->purchaseOrderItemDtos->first().id
                    > *byDate.at(i - 1)->purchaseOrderItemDtos->last().id);
            }
        }
        for (const PurchaseOrder* order : std::as_const(showcaseOrders)) {
            QVERIFY(*order->id < IdAssigner::FirstOrderId);
            QVERIFY(*order->purchaseOrderItemDtos->last().id < IdAssigner::FirstItemId);
        }
        std::stable_sort(
            purchases.begin(), purchases.end(), [](const CreditPurchase* x, const CreditPurchase* y) {
                return x->datePurchased->utcTicks() < y->datePurchased->utcTicks();
            });
        for (qsizetype i = 1; i < purchases.size(); ++i)
            QVERIFY(*purchases.at(i)->invoiceNumber > *purchases.at(i - 1)->invoiceNumber);
        // Box-set links survive the numbering.
        const std::optional<ItemRef> episode = data->currentItem(1, u"BBW-HARBOUR-LIGHTS-S01E01");
        QVERIFY(episode);
        const std::optional<qint64> season = data->parentOf(*data->item(*episode).id);
        QVERIFY(season);
        QCOMPARE(data->childrenOf(*season).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandbox_data.moc"
