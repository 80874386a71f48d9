// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/codec/JsonReader.h"
#include "api/codec/JsonWriter.h"
#include "api/codec/XmlReader.h"
#include "tests/support/Fixtures.h"

#include <QTest>
#include <limits>

using namespace ff;

namespace {

// tests/fixtures/jsonnet holds what the API's own serializers write (generate.sh there).
QByteArray jsonNet(const QByteArray& name)
{
    return test::fixture(QStringLiteral("jsonnet/") + QString::fromLatin1(name));
}

// The value read, or nothing with the reader's message in the test's log.
template <class T> std::optional<T> valueOf(Result<T, ParseError> result)
{
    if (!result) {
        qWarning("%s", qPrintable(result.error().toString()));
        return std::nullopt;
    }
    return std::move(result).value();
}

template <class T> std::optional<T> read(const QByteArray& json)
{
    return valueOf(readJson<T>(json));
}

std::optional<AccountPurchasesResponse> readXml(const QByteArray& xml)
{
    return valueOf(readAccountPurchasesXml(xml));
}

QString priceText(const PurchaseOrderItem& item)
{
    return item.unitPrice ? item.unitPrice->toString() : QStringLiteral("<none>");
}

QByteArray iso(const std::optional<DateTimeOffset>& date)
{
    return date ? date->toIsoString() : QByteArray("<none>");
}

} // namespace

// Every fixture Json.NET (as ASP.NET Web API configures it), XmlSerializer and
// DataContractSerializer wrote, read with the values they were written from.
class TestJsonNetFixtures : public QObject
{
    Q_OBJECT

private slots:
    void orders_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("Web API defaults") << jsonNet("orders.json");
        // PreserveReferencesHandling.All: the top-level array itself is {"$id": "1", "$values": [...]}
        QTest::newRow("references preserved") << jsonNet("orders.refs.json");
    }
    void orders()
    {
        QFETCH(QByteArray, json);
        const auto orders = read<QList<PurchaseOrder>>(json);
        QVERIFY(orders);
        QCOMPARE(orders->size(), 4);

        const PurchaseOrder& first = orders->at(0);
        QCOMPARE(first.id, 1001);
        QCOMPARE(
            first.merchantRef, QUuid::fromString(QLatin1StringView("746dcc8b-ef46-4be8-abf3-a9b2d2304dfb")));
        QCOMPARE(iso(first.createDate), QByteArray("2025-09-04T07:11:51.6971089+01:00"));
        QCOMPARE(first.status->code, QStringLiteral("COMPLETE"));
        QCOMPARE(first.paymentProviderCustomerId, QStringLiteral("zoë smith"));
        QCOMPARE(first.purchaseOrderItemDtos->size(), 3);
        const PurchaseOrderItem& played = first.purchaseOrderItemDtos->at(0);
        QCOMPARE(priceText(played), QStringLiteral("3.99"));
        QCOMPARE(iso(played.timeOfFirstPlay), QByteArray("2025-09-04T20:15:00.1234567-08:00"));
        QCOMPARE(iso(played.timeUserFirstStreamed), QByteArray("2025-09-05T02:00:00.9999999+05:30"));
        QCOMPARE(iso(played.timeUserFirstDownloaded), QByteArray("2025-09-05T06:30:00.1+14:00"));
        QCOMPARE(played.title, QStringLiteral("Amélie — Le Fabuleux Destin d'Amélie Poulain"));
        const PurchaseOrderItem& markup = first.purchaseOrderItemDtos->at(1);
        QCOMPARE(priceText(markup), QStringLiteral("4.0"));
        QCOMPARE(markup.title, QStringLiteral("<img src=\"/dev/zero\"> & <b>bold</b>"));
        QVERIFY(!markup.timeOfFirstPlay && !markup.rentalTime && !markup.deviceIdOfFirstPlay);
        const PurchaseOrderItem& unicode = first.purchaseOrderItemDtos->at(2);
        QCOMPARE(priceText(unicode), QStringLiteral("4.00"));
        QCOMPARE(unicode.title, QStringLiteral("東京物語 (Tokyo Story) 🎬 زوی"));

        // the second order's status is the first one's object again: a "$ref" with references
        const PurchaseOrder& extremes = orders->at(1);
        QCOMPARE(extremes.status, first.status);
        QCOMPARE(iso(extremes.createDate), QByteArray("2024-02-29T23:59:59.1-05:00"));
        QStringList prices;
        for (const PurchaseOrderItem& item : *extremes.purchaseOrderItemDtos)
            prices.append(priceText(item));
        QCOMPARE(prices.join(QLatin1Char(' ')),
            QStringLiteral("79228162514264337593543950335 10000000000000000000000000000 "
                           "0.0000000000000000000000000001 -0.01 0.0 -79228162514264337593543950335"));

        const PurchaseOrder& empty = orders->at(2);
        QCOMPARE(iso(empty.createDate), QByteArray("0001-01-01T00:00:00+00:00"));
        QVERIFY2(empty.purchaseOrderItemDtos && empty.purchaseOrderItemDtos->isEmpty(), "[] is not null");
        QVERIFY(!empty.offerType);
        QCOMPARE(empty.merchantRef, QUuid()); // Guid.Empty

        const PurchaseOrder& nulls = orders->at(3);
        QCOMPARE(iso(nulls.createDate), QByteArray("9999-12-31T23:59:59.9999999+00:00"));
        QVERIFY(!nulls.status && !nulls.purchaseOrderItemDtos && !nulls.offerTypeId);
        QCOMPARE(nulls.offerType,
            QStringLiteral("quote \" backslash \\ tab \t newline \n bell \a LS \u2028 RLO \u202e end"));
    }

    void bothOrdersFormsReadAlike()
    {
        const auto plain = read<QList<PurchaseOrder>>(jsonNet("orders.json"));
        QVERIFY(plain && !plain->isEmpty());
        QVERIFY(read<QList<PurchaseOrder>>(jsonNet("orders.refs.json")) == plain);
        // PUT api/Purchase answers with the order, in either form
        QVERIFY(read<PurchaseOrder>(jsonNet("order.json")) == plain->first());
        QVERIFY(read<PurchaseOrder>(jsonNet("order.refs.json")) == plain->first());
        // and what is read writes back and reads again to the same values
        QVERIFY(read<QList<PurchaseOrder>>(JsonWriter::toJson(*plain)) == plain);
    }

    void aBoxSetAndItsEpisodes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("references preserved") << jsonNet("entitlement.boxset.refs.json");
        QTest::newRow("loops ignored") << jsonNet("entitlement.boxset.loops-ignored.json");
    }
    void aBoxSetAndItsEpisodes()
    {
        QFETCH(QByteArray, json);
        const auto parsed = read<Entitlement>(json);
        QVERIFY(parsed);
        const Entitlement& boxSet = *parsed;
        QCOMPARE(boxSet.id, 2001);
        QCOMPARE(priceText(boxSet), QStringLiteral("19.99"));
        QCOMPARE(iso(boxSet.rentalExpiryTime), QByteArray("2025-10-04T07:11:51.1234567-03:30"));
        QVERIFY(!boxSet.lastPlayPosition);
        QVERIFY(!boxSet.parent);
        QCOMPARE(boxSet.mediaAssets->first().mediaUri,
            QStringLiteral("https://cdn.example.com/a%20b/ü.mpd?x=1&y=2"));
        QCOMPARE(iso(boxSet.mediaItem->offers->first().startAvailability),
            QByteArray("0001-01-01T00:00:00+00:00"));
        QCOMPARE(boxSet.children->size(), 2);
        const Entitlement& pilot = boxSet.children->at(0);
        const Entitlement& second = boxSet.children->at(1);
        QCOMPARE(pilot.id, 2002);
        QCOMPARE(second.id, 2003);
        QCOMPARE(pilot.lastPlayPosition->ticks(), std::numeric_limits<qint64>::min());
        QCOMPARE(pilot.lastPlayPosition->toString(), QByteArray("-10675199.02:48:05.4775808"));
        QCOMPARE(second.lastPlayPosition->ticks(), std::numeric_limits<qint64>::max());
        QCOMPARE(priceText(second), QStringLiteral("10000000000000000000000000000"));
        for (const Entitlement& child : *boxSet.children) {
            QVERIFY2(!child.parent, "the way back to the box set is the loop: left out");
            QCOMPARE(child.entitlementType->name, QStringLiteral("Episode"));
            QCOMPARE(child.registeredRegisteredDevice, boxSet.registeredRegisteredDevice);
            QCOMPARE(child.registeredRegisteredDevice->deviceName, QStringLiteral("Zoë's laptop"));
        }
    }

    void anEpisodeAndItsBoxSet_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("references preserved") << jsonNet("entitlement.episode.refs.json");
        QTest::newRow("loops ignored") << jsonNet("entitlement.episode.loops-ignored.json");
    }
    void anEpisodeAndItsBoxSet()
    {
        QFETCH(QByteArray, json);
        const auto parsed = read<Entitlement>(json);
        QVERIFY(parsed);
        const Entitlement& pilot = *parsed;
        QCOMPARE(pilot.id, 2002);
        QCOMPARE(pilot.lastPlayPosition->ticks(), std::numeric_limits<qint64>::min());
        QVERIFY(pilot.parent);
        QCOMPARE(pilot.parent->id, 2001);
        // the box set's list of episodes holds the others; this one is the document itself
        QCOMPARE(pilot.parent->children->size(), 1);
        QCOMPARE(pilot.parent->children->first().id, 2003);
    }

    void bothLoopCuresReadAlike()
    {
        for (const char* which : { "boxset", "episode" }) {
            const auto references
                = read<Entitlement>(jsonNet(QByteArray("entitlement.") + which + ".refs.json"));
            QVERIFY(references);
            QVERIFY2(read<Entitlement>(jsonNet(QByteArray("entitlement.") + which + ".loops-ignored.json"))
                    == references,
                which);
        }
    }

    void licenceAcknowledgement()
    {
        const auto parsed = read<EntitlementV1>(jsonNet("ack-license.json"));
        QVERIFY(parsed);
        const EntitlementV1& entitlement = *parsed;
        QCOMPARE(priceText(entitlement), QStringLiteral("10000000000000000000000000000"));
        QCOMPARE(entitlement.lastPlayPosition->toString(), QByteArray("10675199.02:48:05.4775807"));
        QCOMPARE(iso(entitlement.rentalExpiryTime), QByteArray("2025-10-04T20:15:00.0000001+05:45"));
        QCOMPARE(entitlement.title, QStringLiteral("<script>alert(1)</script>"));
        QVERIFY(!entitlement.mediaItem && !entitlement.registeredRegisteredDevice);
    }

    void accountPurchases_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("xml");
        QTest::newRow("Json.NET") << jsonNet("account-purchases.json") << false;
        QTest::newRow("Json.NET, references preserved") << jsonNet("account-purchases.refs.json") << false;
        QTest::newRow("XmlSerializer") << jsonNet("account-purchases.xmlserializer.xml") << true;
        // alphabetical elements, i:nil, a default namespace, a generic type's hashed root name
        QTest::newRow("DataContractSerializer") << jsonNet("account-purchases.datacontract.xml") << true;
    }
    void accountPurchases()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, xml);
        const auto parsed = xml ? readXml(body) : read<AccountPurchasesResponse>(body);
        QVERIFY(parsed);
        const AccountPurchasesResponse& response = *parsed;
        QVERIFY(!response.isError());
        QVERIFY(!response.error);
        const AccountPurchasesData& data = *response.responseData;
        QCOMPARE(data.identification->userId, QStringLiteral("zoë smith"));
        QCOMPARE(data.result, QStringLiteral("OK"));
        QCOMPARE(data.detail->billingDetails->address, QStringLiteral("1 Rue de l'Église\nParis"));
        QCOMPARE(data.detail->billingDetails->company, QStringLiteral("O'Brien & Sons <Ltd>"));
        QVERIFY(!data.detail->billingDetails->mobile);
        QCOMPARE(data.detail->purchaseOrder, QStringLiteral("PO-\u00e9\u0301"));
        const QList<CreditPurchase>& purchases = *data.detail->purchases;
        QCOMPARE(purchases.size(), 4);
        QCOMPARE(iso(purchases[0].datePurchased), QByteArray("2024-11-21T09:29:06.0308997+00:00"));
        QCOMPARE(purchases[0].tax->toString(), QStringLiteral("0.80"));
        QCOMPARE(purchases[0].grossTotal->toString(), QStringLiteral("4.79"));
        QCOMPARE(iso(purchases[1].datePurchased), QByteArray("2025-07-01T12:00:00.1234567+01:00"));
        QCOMPARE(purchases[1].grossTotal->toString(), QStringLiteral("79228162514264337593543950335"));
        QCOMPARE(purchases[1].netTotal->toString(), QStringLiteral("10000000000000000000000000000"));
        QCOMPARE(purchases[1].quantity->toString(), QStringLiteral("0.0000000000000000000000000001"));
        QCOMPARE(purchases[1].unitPrice->toString(), QStringLiteral("4.00"));
        QCOMPARE(iso(purchases[2].datePurchased), QByteArray("2025-01-31T23:59:59.9999999Z"));
        // the CLI writes UTC milliseconds: the seventh digit is cut, never rounded into the next second
        QCOMPARE(
            purchases[2].datePurchased->toUtcMillisecondsString(), QByteArray("2025-01-31T23:59:59.999Z"));
        QCOMPARE(purchases[2].currency, QStringLiteral("zł"));
        QCOMPARE(purchases[2].purchaseType, QStringLiteral("<script>alert(1)</script>"));
        QCOMPARE(*purchases[2].netTotal, *Decimal::fromString("-0.01"));
        QCOMPARE(iso(purchases[3].datePurchased), QByteArray("0001-01-01T00:00:00"));
        QCOMPARE(purchases[3].id, QUuid());
        QCOMPARE(purchases[3].paid, false);
        QVERIFY(!purchases[3].currency && !purchases[3].purchaseType);
    }

    void everyFormOfAccountPurchasesReadsAlike()
    {
        const auto json = read<AccountPurchasesResponse>(jsonNet("account-purchases.json"));
        QVERIFY(json);
        QVERIFY(read<AccountPurchasesResponse>(jsonNet("account-purchases.refs.json")) == json);
        QVERIFY(readXml(jsonNet("account-purchases.xmlserializer.xml")) == json);
        QVERIFY(readXml(jsonNet("account-purchases.datacontract.xml")) == json);
    }

    void dataContractDateTimeOffsets()
    {
        // <DatePurchased><a:DateTime>…Z</a:DateTime><a:OffsetMinutes>330</a:OffsetMinutes>
        const auto parsed = readXml(jsonNet("account-purchases.offsets.datacontract.xml"));
        QVERIFY(parsed);
        QByteArrayList dates;
        for (const CreditPurchase& purchase : *parsed->responseData->detail->purchases)
            dates.append(iso(purchase.datePurchased));
        QCOMPARE(dates.join(' '),
            QByteArray("2024-11-21T09:29:06.0308997+05:30 2025-07-01T00:30:00.1234567-03:30 "
                       "0001-01-01T00:00:00+00:00 9999-12-31T23:59:59.9999999+00:00"));
    }

    void errorEnvelopes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("xml");
        QTest::newRow("Json.NET") << jsonNet("account-purchases.error.json") << false;
        QTest::newRow("XmlSerializer") << jsonNet("account-purchases.error.xmlserializer.xml") << true;
        QTest::newRow("DataContractSerializer")
            << jsonNet("account-purchases.error.datacontract.xml") << true;
    }
    void errorEnvelopes()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, xml);
        const auto parsed = xml ? readXml(body) : read<AccountPurchasesResponse>(body);
        QVERIFY(parsed);
        const AccountPurchasesResponse& response = *parsed;
        QVERIFY(response.isError());
        QCOMPARE(response.error->errorCode, QStringLiteral("ACC404"));
        QCOMPARE(response.error->errorReason, QStringLiteral("Account <b>not</b> found: \"zoë\""));
        QVERIFY(!response.responseData);
    }

    void anItemFileWithAUtf8ByteOrderMarkReads()
    {
        const QByteArray file = jsonNet("add-item.request.utf8-bom.json");
        QVERIFY2(file.startsWith("\xEF\xBB\xBF"), "File.WriteAllText with Encoding.UTF8 writes a BOM");
        const auto item = read<PurchaseOrderItem>(file);
        QVERIFY(item);
        QVERIFY(read<PurchaseOrderItem>(file.mid(3)) == item);
        QCOMPARE(item->supplierRef, QStringLiteral("FFX-BOM-1"));
        QCOMPARE(priceText(*item), QStringLiteral("2.49"));
    }

    void utf16IsRefusedNamingItsByteOrderMark()
    {
        const auto item = readJson<PurchaseOrderItem>(jsonNet("add-item.request.utf16.json"));
        QVERIFY(!item);
        const QString message = item.error().toString();
        QVERIFY2(
            message.contains(QLatin1String("UTF-16")) && message.contains(QLatin1String("byte-order mark")),
            qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestJsonNetFixtures)
#include "tst_jsonnet_fixtures.moc"
