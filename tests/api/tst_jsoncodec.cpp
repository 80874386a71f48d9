// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/codec/JsonReader.h"
#include "api/codec/JsonWriter.h"
#include "tests/support/Fixtures.h"

#include <QTest>

using namespace ff;

namespace {

template <class T> T readOrFail(const QByteArray& json)
{
    auto result = readJson<T>(json);
    if (!result) {
        QTest::qFail(qPrintable(result.error().toString()), __FILE__, __LINE__);
        return T {};
    }
    return std::move(result).value();
}

template <class T> QString errorOf(const QByteArray& json)
{
    const auto result = readJson<T>(json);
    return result ? QStringLiteral("<no error>") : result.error().toString();
}

QByteArray item(const QByteArray& fieldsJson)
{
    return "{\"Id\": 1, " + fieldsJson + "}";
}

} // namespace

class TestJsonCodec : public QObject
{
    Q_OBJECT

private slots:
    void ordersSampleReads()
    {
        const auto orders
            = readOrFail<QList<PurchaseOrder>>(test::fixture(QStringLiteral("orders.sample.json")));
        QCOMPARE(orders.size(), 2);
        const PurchaseOrder& order = orders.first();
        QCOMPARE(order.id, 1);
        QCOMPARE(
            order.merchantRef, QUuid::fromString(QLatin1StringView("746dcc8b-ef46-4be8-abf3-a9b2d2304dfb")));
        QCOMPARE(order.status->code, QStringLiteral("sample string 2"));
        QCOMPARE(order.createDate->toIsoString(), QByteArray("2025-09-04T07:11:51.697108+00:00"));
        QCOMPARE(order.purchaseOrderItemDtos->size(), 2);
        const PurchaseOrderItem& item = order.purchaseOrderItemDtos->first();
        QCOMPARE(item.unitPrice->toString(), QStringLiteral("4.0"));
        QCOMPARE(item.entitlementTypeId, 15);
        QCOMPARE(item.deviceIdOfFirstPlay, 1);
        QCOMPARE(item.inherited, true);
        QCOMPARE(item.paymentProviderTransactionId, QStringLiteral("sample string 18"));
        QCOMPARE(order.paymentProviderRefundTransId, QStringLiteral("sample string 9"));
        QCOMPARE(order.offerTypeId, 10);
    }

    void everySampleWritesBackToTheSameValues_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("orders") << "orders.sample.json";
        QTest::newRow("add item request") << "add-item.request.sample.json";
        QTest::newRow("add item response") << "add-item.response.sample.json";
        QTest::newRow("account purchases") << "account-purchases.sample.json";
        QTest::newRow("licence acknowledgement") << "ack-license.response.sample.json";
    }
    void everySampleWritesBackToTheSameValues()
    {
        QFETCH(QString, fixture);
        const QByteArray json = test::fixture(fixture);
        if (fixture.startsWith(QLatin1String("orders")))
            roundTrip<QList<PurchaseOrder>>(json);
        else if (fixture.startsWith(QLatin1String("add-item.request")))
            roundTrip<PurchaseOrderItem>(json);
        else if (fixture.startsWith(QLatin1String("add-item")))
            roundTrip<PurchaseOrder>(json);
        else if (fixture.startsWith(QLatin1String("account")))
            roundTrip<AccountPurchasesResponse>(json);
        else
            roundTrip<EntitlementV1>(json);
    }

    void writtenJsonIsTheApisShape()
    {
        const auto item
            = readOrFail<PurchaseOrderItem>(test::fixture(QStringLiteral("add-item.request.sample.json")));
        const QByteArray written = JsonWriter::toJson(item);
        QVERIFY(written.startsWith("{\"Id\":1,\"PurchaseOrderId\":2,\"OfferId\":3,\"UnitPrice\":4.0,"));
        QVERIFY(written.contains("\"TimeOfFirstPlay\":\"2025-09-02T13:35:23.5036241+00:00\""));
        QVERIFY(written.endsWith("\"Inherited\":true}"));
    }

    void licenceSampleReads()
    {
        const auto entitlement
            = readOrFail<EntitlementV1>(test::fixture(QStringLiteral("ack-license.response.sample.json")));
        QCOMPARE(entitlement.lastPlayPosition->ticks(), 1234567);
        QCOMPARE(entitlement.registeredRegisteredDevice->clientId,
            QUuid::fromString(QLatin1StringView("c939f127-95a9-40ed-a480-a91a7abdddce")));
        QCOMPARE(entitlement.mediaItem->cast->size(), 2);
        QCOMPARE(entitlement.mediaItem->offers->first().supportedDevices->first().streamable, true);
        QCOMPARE(entitlement.mediaItem->offers->first().price->toString(), QStringLiteral("4.0"));
        QCOMPARE(entitlement.mediaAssets->first().mediaUri, QStringLiteral("http://webapihelppage3.com"));
        QCOMPARE(entitlement.unitPrice->toString(), QStringLiteral("5.0"));
        QVERIFY(!entitlement.shippingIds); // not a v1 field
    }

    void accountPurchasesEnvelope()
    {
        const auto sample = readOrFail<AccountPurchasesResponse>(
            test::fixture(QStringLiteral("account-purchases.sample.json")));
        QVERIFY2(sample.isError(), "the sample's Error carries a code and a reason");
        QCOMPARE(sample.responseData->detail->purchases->first().quantity->toString(), QStringLiteral("8.1"));

        const auto nullError
            = readOrFail<AccountPurchasesResponse>(R"({"Error": null, "ResponseData": {"Result": "OK"}})");
        QVERIFY(!nullError.isError());
        const auto emptyError = readOrFail<AccountPurchasesResponse>(
            R"({"Error": {"ErrorCode": "", "ErrorReason": ""}, "ResponseData": {"Result": "OK"}})");
        QVERIFY(!emptyError.isError());
        const auto reasonOnly = readOrFail<AccountPurchasesResponse>(
            R"({"Error": {"ErrorCode": null, "ErrorReason": "Bad date"}})");
        QVERIFY(reasonOnly.isError());
    }

    void nullForAnyField()
    {
        const auto order = readOrFail<PurchaseOrder>(
            R"({"Id": null, "MerchantRef": null, "CustomerId": null, "Status": null, "OfferType": null, "CreateDate": null,
                "PurchaseOrderItemDtos": [{"Id": 1, "UnitPrice": null, "TimeOfFirstPlay": null, "Deleted": null,
                "Title": null}], "PaymentProvider": null, "OfferTypeId": null})");
        QVERIFY(!order.id && !order.merchantRef && !order.status && !order.createDate && !order.offerTypeId);
        const PurchaseOrderItem& item = order.purchaseOrderItemDtos->first();
        QVERIFY(!item.unitPrice && !item.timeOfFirstPlay && !item.deleted && !item.title);
        // written back as null, not left out and not zero
        const QByteArray written = JsonWriter::toJson(order);
        QVERIFY(written.contains("\"UnitPrice\":null"));
        QVERIFY(written.contains("\"Id\":null"));
    }

    void unknownFieldsAreIgnored()
    {
        const auto item = readOrFail<PurchaseOrderItem>(
            R"({"Id": 7, "NewField": {"deep": [1, 2, {"x": null}]}, "$type": "Something, Assembly", "Another": "x",
                "UnitPrice": 1.99})");
        QCOMPARE(item.id, 7);
        QCOMPARE(item.unitPrice->toString(), QStringLiteral("1.99"));
    }

    void namesMatchRegardlessOfCase()
    {
        const auto item
            = readOrFail<PurchaseOrderItem>(R"({"id": 7, "unitprice": 2.50, "SUPPLIERREF": "ABC"})");
        QCOMPARE(item.id, 7);
        QCOMPARE(item.unitPrice->toString(), QStringLiteral("2.50"));
        QCOMPARE(item.supplierRef, QStringLiteral("ABC"));
    }

    void moneyIsExact()
    {
        QByteArray json = "[";
        for (int i = 0; i < 1000; ++i)
            json += QByteArray(i ? "," : "") + R"({"Id": 1, "PurchaseOrderItemDtos": [{"UnitPrice": 0.10}]})";
        json += "]";
        const auto orders = readOrFail<QList<PurchaseOrder>>(json);
        Decimal total;
        for (const PurchaseOrder& order : orders)
            total = *total.plus(*order.purchaseOrderItemDtos->first().unitPrice);
        QCOMPARE(total.toString(), QStringLiteral("100.00"));

        const auto precise = readOrFail<PurchaseOrderItem>(item("\"UnitPrice\": 3.99"));
        QCOMPARE(JsonWriter::toJson(precise).contains("\"UnitPrice\":3.99,"), true);
        const auto many
            = readOrFail<PurchaseOrderItem>(item("\"UnitPrice\": 1234567890123456789.0123456789"));
        QCOMPARE(many.unitPrice->toString(), QStringLiteral("1234567890123456789.0123456789"));
    }

    void datesInEveryForm()
    {
        const auto order = readOrFail<QList<PurchaseOrder>>(
            R"([{"CreateDate": "2025-09-04T07:11:51Z"}, {"CreateDate": "2025-09-04T08:11:51.1+01:00"},
                {"CreateDate": "2025-09-04T07:11:51.1234567"}, {"CreateDate": "2025-09-04T02:11:51.123-05:00"},
                {"CreateDate": "/Date(1756969911000)/"}])");
        QCOMPARE(order[0].createDate->toUtcMillisecondsString(), QByteArray("2025-09-04T07:11:51.000Z"));
        QCOMPARE(order[1].createDate->toUtcMillisecondsString(), QByteArray("2025-09-04T07:11:51.100Z"));
        QCOMPARE(order[1].createDate->offsetSeconds(), 3600);
        QCOMPARE(order[2].createDate->toUtcMillisecondsString(), QByteArray("2025-09-04T07:11:51.123Z"));
        QCOMPARE(order[3].createDate->offsetSeconds(), -18000);
        QCOMPARE(order[4].createDate->toUtcMillisecondsString(), QByteArray("2025-09-04T07:11:51.000Z"));

        JsonReadOptions options;
        options.unspecifiedOffsetSeconds = 3600;
        const auto local = readJson<PurchaseOrder>(R"({"CreateDate": "2025-09-04T08:11:51"})", options);
        QCOMPARE(local->createDate->toUtcMillisecondsString(), QByteArray("2025-09-04T07:11:51.000Z"));
    }

    void guidsInAnyForm()
    {
        const auto order = readOrFail<QList<PurchaseOrder>>(
            R"([{"CustomerId": "{1B01B296-1469-4C46-B14B-C46719621538}"}, {"CustomerId": "1b01b296-1469-4c46-b14b-c46719621538"}])");
        QCOMPARE(order[0].customerId, order[1].customerId);
        QVERIFY(!order[0].customerId->isNull());
    }

    void nestedEntitlements()
    {
        // three generations; the children leave out their Parent to break the loop
        const auto entitlement = readOrFail<Entitlement>(R"({
            "Id": 10, "SupplierRef": "SEASON-1", "LastPlayPosition": "1.02:03:04",
            "Parent": {"Id": 1, "SupplierRef": "SERIES", "Children": null},
            "Children": [
                {"Id": 11, "SupplierRef": "EP-1", "Children": [{"Id": 111, "SupplierRef": "EP-1-EXTRA"}]},
                {"Id": 12, "SupplierRef": "EP-2", "Children": []}
            ]})");
        QCOMPARE(entitlement.parent->supplierRef, QStringLiteral("SERIES"));
        QCOMPARE(entitlement.children->size(), 2);
        QCOMPARE(entitlement.children->at(0).children->at(0).id, 111);
        QVERIFY(!entitlement.children->at(0).parent);
        QCOMPARE(entitlement.lastPlayPosition->toString(), QByteArray("1.02:03:04"));
        roundTrip<Entitlement>(JsonWriter::toJson(entitlement));
    }

    void jsonNetReferences()
    {
        // PreserveReferencesHandling.Objects: each object once with "$id", then {"$ref": id}
        const auto entitlement = readOrFail<Entitlement>(R"({
            "$id": "1", "Id": 10,
            "MediaItem": {"$id": "2", "Title": "Shared title"},
            "Children": {"$id": "3", "$values": [
                {"$id": "4", "Id": 11, "Parent": {"$ref": "1"}, "MediaItem": {"$ref": "2"}},
                {"$id": "5", "Id": 12, "Parent": {"$ref": "1"}}
            ]},
            "Parent": {"$id": "6", "Id": 1, "Children": [{"$ref": "1"}]}
        })");
        QCOMPARE(entitlement.children->size(), 2);
        QVERIFY2(!entitlement.children->at(0).parent,
            "a reference back to the enclosing entitlement is the loop, left out");
        QCOMPARE(entitlement.children->at(0).mediaItem->title, QStringLiteral("Shared title"));
        QCOMPARE(entitlement.parent->id, 1);
        QCOMPARE(entitlement.parent->children->size(), 0); // its one child is the entitlement itself

        QCOMPARE(errorOf<Entitlement>(R"({"Id": 1, "MediaItem": {"$ref": "99"}})"),
            QStringLiteral("$.MediaItem: \"$ref\": \"99\" names no object read before it"));
    }

    void preservedReferencesWrapTheResponsesOwnArray()
    {
        // PreserveReferencesHandling.All wraps every array, the top-level one included, and
        // "$id" may stand before or after "$values"
        const auto orders = readOrFail<QList<PurchaseOrder>>(R"({"$id": "1", "$values": [
            {"$id": "2", "Id": 7, "Status": {"$id": "3", "Code": "CMP"}},
            {"$id": "4", "Id": 8, "Status": {"$ref": "3"}}]})");
        QCOMPARE(orders.size(), 2);
        QCOMPARE(orders[1].status->code, QStringLiteral("CMP"));
        const auto idAfter = readOrFail<QList<PurchaseOrder>>(R"({"$values": [{"Id": 7}], "$id": "1"})");
        QCOMPARE(idAfter.size(), 1);
        QCOMPARE(idAfter.first().id, 7);
        QCOMPARE(errorOf<QList<PurchaseOrder>>(R"({"$id": "1", "$values": [], "$values": [{"Id": 1}]})"),
            QStringLiteral("$: \"$values\" appears twice"));
        QCOMPARE(errorOf<QList<PurchaseOrder>>(R"({"$values": {"Id": 1}})"),
            QStringLiteral("$: expected an array, got an object"));
        QCOMPARE(errorOf<QList<PurchaseOrder>>(R"({"$id": "1", "$values": []} [])"),
            QStringLiteral("$: there is more after the JSON value"));
    }

    void aUtf8ByteOrderMarkIsSkippedAndAnyOtherNamed()
    {
        // .NET's Encoding.UTF8 writes one; RFC 8259 lets a reader ignore it
        const auto marked = readOrFail<QList<PurchaseOrder>>("\xEF\xBB\xBF[{\"Id\": 7}]");
        QCOMPARE(marked.size(), 1);
        QCOMPARE(marked.first().id, 7);
        QCOMPARE(errorOf<QList<PurchaseOrder>>("\xEF\xBB\xBF"),
            QStringLiteral("$: the body is empty, where JSON was expected"));
        // one mark, not any number of them
        QVERIFY(errorOf<QList<PurchaseOrder>>("\xEF\xBB\xBF\xEF\xBB\xBF[]")
                    .startsWith(QLatin1String("$: this is not valid JSON")));
        const QByteArray utf16 = QByteArray("\xFF\xFE") + QByteArray("[\0]\0", 4);
        QVERIFY(errorOf<QList<PurchaseOrder>>(utf16).startsWith(
            QLatin1String("$: the text is UTF-16LE: it starts with that encoding's byte-order mark (BOM)")));
        QVERIFY(errorOf<QList<PurchaseOrder>>(QByteArray("\xFE\xFF\0[\0]", 6))
                    .contains(QLatin1String("UTF-16BE")));
        QVERIFY(
            errorOf<QList<PurchaseOrder>>(QByteArray("\xFF\xFE\0\0[\0\0\0", 8))
                .contains(QLatin1String("UTF-32LE: it starts with that encoding's byte-order mark (BOM)")));
    }

    void aByteOrderMarkInsideAStringIsACharacterAndKept()
    {
        // U+FEFF at the start of a string value (the fuzzer's, in a purchase's Currency) is the
        // server's text like any other, not a mark to skip: read from JSON as from XML.
        const auto order = readOrFail<QList<PurchaseOrder>>("[{\"Id\": 7, \"OfferType\": \"\xEF\xBB\xBF"
                                                            "EST\", \"PaymentProvider\": \"\xEF\xBB\xBF\"}]");
        QCOMPARE(order.first().offerType, QString(QChar(0xFEFF)) + QStringLiteral("EST"));
        QCOMPARE(order.first().paymentProvider, QString(QChar(0xFEFF)));
    }

    void deepButReasonableNesting()
    {
        QByteArray json;
        for (int i = 0; i < 20; ++i)
            json += "{\"Id\": " + QByteArray::number(i) + ", \"Children\": [";
        json += "{\"Id\": 99}";
        for (int i = 0; i < 20; ++i)
            json += "]}";
        auto entitlement = readOrFail<Entitlement>(json);
        const Entitlement* level = &entitlement;
        int depth = 0;
        while (level->children && !level->children->isEmpty()) {
            level = &level->children->first();
            ++depth;
        }
        QCOMPARE(depth, 20);
        QCOMPARE(level->id, 99);
    }

    void hostileInputGivesATypedErrorWithThePath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("<html><body>Service Unavailable</body></html>")
                                  << "$: this is not valid JSON";
        QTest::newRow("empty") << QByteArray("") << "$: the body is empty, where JSON was expected";
        QTest::newRow("wrong root") << QByteArray(R"({"Id": 1})") << "$: expected an array, got an object";
        QTest::newRow("string for integer")
            << QByteArray(R"([{"Id": "abc"}])") << "$[0].Id: expected an integer, got a string";
        QTest::newRow("fraction for integer")
            << QByteArray(R"([{"Id": 1.5}])") << "$[0].Id: expected an integer, got \"1.5\"";
        QTest::newRow("huge integer") << QByteArray(R"([{"Id": 99999999999999999999}])")
                                      << "$[0].Id: expected an integer, got \"99999999999999999999\"";
        QTest::newRow("string for money")
            << QByteArray(R"([{"PurchaseOrderItemDtos": [{"UnitPrice": "4.0"}]}])")
            << "$[0].PurchaseOrderItemDtos[0].UnitPrice: expected a decimal number, got a string";
        QTest::newRow("money out of range")
            << QByteArray(R"([{"PurchaseOrderItemDtos": [{}, {"UnitPrice": 1e300}]}])")
            << "$[0].PurchaseOrderItemDtos[1].UnitPrice: \"1e300\" is not a decimal within .NET's range and "
               "precision";
        QTest::newRow("bad date") << QByteArray(R"([{"CreateDate": "yesterday"}])")
                                  << "$[0].CreateDate: expected an ISO 8601 date, got \"yesterday\"";
        QTest::newRow("number for date") << QByteArray(R"([{"CreateDate": 20250101}])")
                                         << "$[0].CreateDate: expected a date, got a number";
        QTest::newRow("bad guid") << QByteArray(R"([{"CustomerId": "not-a-guid"}])")
                                  << "$[0].CustomerId: expected a GUID, got \"not-a-guid\"";
        QTest::newRow("string for bool")
            << QByteArray(R"([{"PurchaseOrderItemDtos": [{"Deleted": "yes"}]}])")
            << "$[0].PurchaseOrderItemDtos[0].Deleted: expected true or false, got a string";
        QTest::newRow("object for list") << QByteArray(R"([{"PurchaseOrderItemDtos": {"Id": 1}}])")
                                         << "$[0].PurchaseOrderItemDtos: expected an array, got an object";
        QTest::newRow("array for object")
            << QByteArray(R"([{"Status": [1]}])") << "$[0].Status: expected an object, got an array";
        QTest::newRow("truncated") << QByteArray(
            "[{\"Id\": 1, \"PurchaseOrderItemDtos\": [{\"Id\": 2, \"Title\": \"Bla")
                                   << "$: the JSON ends too soon (truncated?)";
        QTest::newRow("truncated after a value")
            << QByteArray("[{\"Id\": 1}, {\"Id\": 2") << "$: the JSON ends too soon (truncated?)";
        QTest::newRow("truncated before the last bracket")
            << QByteArray("[{\"Id\": 1}, {\"Id\": 2}") << "$: the JSON ends too soon (truncated?)";
        QTest::newRow("trailing garbage")
            << QByteArray(R"([{"Id": 1}] [])") << "$: there is more after the JSON value";
        QTest::newRow("invalid UTF-8")
            << QByteArray("[{\"OfferType\": \"caf\xC3\x28\"}]") << "$: the text is not valid UTF-8";
        QTest::newRow("overlong UTF-8")
            << QByteArray("[{\"OfferType\": \"\xC0\xAF\"}]") << "$: the text is not valid UTF-8";
        QTest::newRow("bad escape") << QByteArray(R"([{"OfferType": "\q"}])")
                                    << "$[0].OfferType: a string is malformed";
        QTest::newRow("boolean for integer") << QByteArray(
            R"([{"PurchaseOrderItemDtos": [{"TimeOfFirstPlay": "2025-01-01T00:00:00Z"}]}, {"Id": true}])")
                                             << "$[1].Id: expected an integer, got a boolean";
    }
    void hostileInputGivesATypedErrorWithThePath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const QString actual = errorOf<QList<PurchaseOrder>>(json);
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
    }

    void absurdNestingIsRefusedNotACrash()
    {
        const QByteArray deepArrays = QByteArray(200'000, '[') + QByteArray(200'000, ']');
        QVERIFY(!readJson<QList<PurchaseOrder>>(deepArrays));
        QByteArray deepEntitlements;
        for (int i = 0; i < 10'000; ++i)
            deepEntitlements += "{\"Children\": [";
        const QString error = errorOf<Entitlement>(deepEntitlements);
        QVERIFY2(error.contains(QLatin1String("nested")) || error.contains(QLatin1String("ends too soon")),
            qPrintable(error));
        QByteArray closed = deepEntitlements;
        for (int i = 0; i < 10'000; ++i)
            closed += "]}";
        QVERIFY2(errorOf<Entitlement>(closed).contains(QLatin1String("nested more than 128 deep")),
            qPrintable(errorOf<Entitlement>(closed)));
        // deep nesting inside a field nobody reads is skipped without recursion: no crash, no error
        const QByteArray hidden = "[{\"Id\": 5, \"Unknown\": " + deepArrays + "}]";
        const auto read = readJson<QList<PurchaseOrder>>(hidden);
        QVERIFY(read);
        QCOMPARE(read->first().id, 5);
    }

    // Found by review and confirmed with fuzz_json_entitlement: each "$ref" stands for a whole
    // copy of what it names, so forty entitlements, each with two children that refer to the
    // one before, are 2^40 entitlements once written (2 KB of JSON hung the writer).
    void referencesThatMultiplyAreRefused()
    {
        QByteArray siblings = R"({"$id": "1", "Id": 1})";
        for (int i = 2; i <= 40; ++i)
            siblings += QStringLiteral(R"(, {"$id": "%1", "Children": [{"$ref": "%2"}, {"$ref": "%2"}]})")
                            .arg(i)
                            .arg(i - 1)
                            .toUtf8();
        const QByteArray bomb = "{\"Children\": [" + siblings + "]}";
        QVERIFY2(
            errorOf<Entitlement>(bomb).contains(QLatin1String("references repeat more than 100000 objects")),
            qPrintable(errorOf<Entitlement>(bomb)));

        // A few references, as Json.NET writes them, are copies and read as such.
        const auto family = readOrFail<Entitlement>(R"({"$id": "1", "Id": 1, "Children": [
            {"$id": "2", "Id": 2, "Parent": {"$ref": "1"}, "MediaItem": {"$id": "3", "Title": "Harbour Lights"}},
            {"$id": "4", "Id": 3, "Parent": {"$ref": "1"}, "MediaItem": {"$ref": "3"}}]})");
        QCOMPARE(family.children->size(), 2);
        QCOMPARE(family.children->at(1).mediaItem->title, QStringLiteral("Harbour Lights"));
        QVERIFY(!family.children->at(1).parent); // the loop back to the enclosing entitlement is left out

        JsonReadOptions options;
        options.maxReferencedObjects = 1;
        QVERIFY(readJson<Entitlement>(R"({"Children": [{"$id": "1", "Id": 1}, {"$ref": "1"}]})", options));
        QVERIFY(!readJson<Entitlement>(
            R"({"Children": [{"$id": "1", "Id": 1}, {"$ref": "1"}, {"$ref": "1"}]})", options));
    }

    void cliDateStyle()
    {
        const auto order
            = readOrFail<PurchaseOrder>(R"({"CreateDate": "2025-09-04T08:11:51.6971081+01:00"})");
        JsonWriteOptions options;
        options.dates = JsonWriteOptions::Dates::UtcMilliseconds;
        QVERIFY(JsonWriter::toJson(order, options).contains("\"CreateDate\":\"2025-09-04T07:11:51.697Z\""));
    }

    void escapesStrings()
    {
        PurchaseOrderItem item;
        item.title = QStringLiteral("Quote \" backslash \\ newline \n tab \t bell \a zoë");
        const QByteArray json = JsonWriter::toJson(item);
        QVERIFY(json.contains(R"("Title":"Quote \" backslash \\ newline \n tab \t bell \u0007 zo)"));
        QCOMPARE(readOrFail<PurchaseOrderItem>(json).title, item.title);
    }

private:
    template <class T> void roundTrip(const QByteArray& json)
    {
        const T first = readOrFail<T>(json);
        const QByteArray written = JsonWriter::toJson(first);
        const T second = readOrFail<T>(written);
        QVERIFY2(first == second, written.constData());
        // and the writer is stable: writing what it wrote changes nothing
        QCOMPARE(JsonWriter::toJson(second), written);
    }
};

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"
