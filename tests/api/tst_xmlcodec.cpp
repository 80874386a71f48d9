// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/codec/JsonReader.h"
#include "api/codec/XmlReader.h"
#include "tests/support/Fixtures.h"

#include <QStringEncoder>
#include <QTest>

using namespace ff;

class TestXmlCodec : public QObject
{
    Q_OBJECT

private slots:
    void sampleReadsToTheSameValuesAsTheJsonSample()
    {
        const auto xml
            = readAccountPurchasesXml(test::fixture(QStringLiteral("account-purchases.sample.xml")));
        QVERIFY2(xml, xml ? "" : qPrintable(xml.error().toString()));
        const auto json = readJson<AccountPurchasesResponse>(
            test::fixture(QStringLiteral("account-purchases.sample.json")));
        QVERIFY(json);
        QCOMPARE(xml->responseData->detail->purchases->size(), 2);
        const CreditPurchase& purchase = xml->responseData->detail->purchases->first();
        QCOMPARE(purchase.grossTotal->toString(), QStringLiteral("3.1"));
        QCOMPARE(purchase.datePurchased->toIsoString(), QByteArray("2024-11-21T09:29:06.0308997+00:00"));
        QCOMPARE(purchase.paid, true);
        QCOMPARE(xml->responseData->detail->billingDetails->phone, QStringLiteral("sample string 5"));
        QVERIFY(xml->isError());
        QVERIFY2(*xml == *json, "the XML and JSON samples carry the same values");
    }

    void nilAndMissingElements()
    {
        // xsi:nil on the Error and on a Tax; an element the pages do not list
        const auto response
            = readAccountPurchasesXml(test::fixture(QStringLiteral("account-purchases.nil.xml")));
        QVERIFY2(response, response ? "" : qPrintable(response.error().toString()));
        QVERIFY(!response->error);
        QVERIFY(!response->isError());
        const CreditPurchase& purchase = response->responseData->detail->purchases->first();
        QCOMPARE(purchase.netTotal->toString(), QStringLiteral("0.10"));
        QVERIFY(!purchase.tax);
        QVERIFY(!purchase.grossTotal);
    }

    void emptyErrorIsSuccess()
    {
        const auto response
            = readAccountPurchasesXml("<R><Error><ErrorCode/><ErrorReason></ErrorReason></"
                                      "Error><ResponseData><Result>OK</Result></ResponseData></R>");
        QVERIFY(response);
        QVERIFY(!response->isError());
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("error");
        QTest::newRow("not XML") << QByteArray("{\"Error\": null}") << "not well-formed XML";
        QTest::newRow("empty") << QByteArray(" ") << "the body is empty";
        QTest::newRow("truncated") << QByteArray(
            "<R><ResponseData><Detail><Purchases><Purchase><NetTotal>1.0</NetTotal>")
                                   << "ends too soon";
        QTest::newRow("bad decimal")
            << QByteArray("<R><ResponseData><Detail><Purchases><Purchase><NetTotal>1,5</NetTotal>"
                          "</Purchase></Purchases></Detail></ResponseData></R>")
            << "R/ResponseData/Detail/Purchases/Purchase[0]/NetTotal: \"1,5\" is not a decimal";
        QTest::newRow("bad date") << QByteArray(
            "<R><ResponseData><Detail><Purchases><Purchase><DatePurchased>soon</DatePurchased>"
            "</Purchase></Purchases></Detail></ResponseData></R>")
                                  << "Purchase[0]/DatePurchased: expected an ISO 8601 date";
        QTest::newRow("element for text")
            << QByteArray("<R><ResponseData><Result><b>x</b></Result></ResponseData></R>")
            << "R/ResponseData/Result: this is not well-formed XML";
        QTest::newRow("external entity") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE R [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><R><ResponseData>"
            "<Result>&x;</Result></ResponseData></R>")
                                         << "declares a DTD";
        QTest::newRow("billion laughs") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE R [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
            "<R><ResponseData><Result>&b;</Result></ResponseData></R>")
                                        << "declares a DTD";
        QTest::newRow("two roots") << QByteArray("<R></R><R></R>") << "not well-formed XML";
        const auto dataContractDate = [](const char* parts) -> QByteArray {
            return QByteArray("<R><ResponseData><Detail><Purchases><Purchase><DatePurchased>") + parts
                + "</DatePurchased></Purchase></Purchases></Detail></ResponseData></R>";
        };
        QTest::newRow("offset beyond 14 hours")
            << dataContractDate("<DateTime>2025-01-01T00:00:00Z</DateTime><OffsetMinutes>900</OffsetMinutes>")
            << "DatePurchased: expected a DateTime in UTC and OffsetMinutes (-840 to 840), got "
               "\"2025-01-01T00:00:00Z\" and \"900\"";
        QTest::newRow("local time before year 1")
            << dataContractDate("<DateTime>0001-01-01T00:00:00Z</DateTime><OffsetMinutes>-60</OffsetMinutes>")
            << "expected a DateTime in UTC and OffsetMinutes";
        QTest::newRow("no offset") << dataContractDate("<DateTime>2025-01-01T00:00:00Z</DateTime>")
                                   << "expected a DateTime in UTC and OffsetMinutes";
        QTest::newRow("text beside the parts")
            << dataContractDate("2025-01-01<OffsetMinutes>0</OffsetMinutes>")
            << "expected a DateTime in UTC and OffsetMinutes";
    }

    void byteOrderMarks()
    {
        // QXmlStreamReader reads the mark and decodes what it names
        const QByteArray xml = test::fixture(QStringLiteral("jsonnet/account-purchases.xmlserializer.xml"));
        const auto plain = readAccountPurchasesXml(xml);
        QVERIFY(plain);
        const auto utf8 = readAccountPurchasesXml(QByteArray(QByteArray("\xEF\xBB\xBF") + xml));
        QVERIFY(utf8 && *utf8 == *plain);
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const auto utf16 = readAccountPurchasesXml(QByteArray(encoder(QString::fromUtf8(xml))));
        QVERIFY(utf16 && *utf16 == *plain);
    }
    void hostileInput()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, error);
        const auto response = readAccountPurchasesXml(xml);
        QVERIFY(!response);
        QVERIFY2(response.error().toString().contains(error), qPrintable(response.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestXmlCodec)
#include "tst_xmlcodec.moc"
