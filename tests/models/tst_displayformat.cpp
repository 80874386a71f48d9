// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "models/DisplayFormat.h"

#include <QTest>

using namespace ff;
using ff::test::amount;
using ff::test::instant;

namespace {

const QString Dash = QString(QChar(0x2014));
const QChar NoBreakSpace(0x00A0);

DisplayFormat format(const char* locale, const char* zone)
{
    return DisplayFormat(QLocale(QString::fromLatin1(locale)), QTimeZone(zone));
}

} // namespace

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void absentValuesAreADashNeverZeroNorEmpty()
    {
        const DisplayFormat f = test::londonFormat();
        QCOMPARE(f.dateTime(std::nullopt), Dash);
        QCOMPARE(f.money(std::nullopt, QStringLiteral("GBP")), Dash);
        QCOMPARE(f.money(std::nullopt, QString()), Dash);
        QCOMPARE(f.number(std::nullopt), Dash);
        QCOMPARE(f.integer(std::nullopt), Dash);
        QCOMPARE(f.yesNo(std::nullopt), Dash);
        QCOMPARE(f.duration(std::nullopt), Dash);
        QCOMPARE(f.text(std::nullopt), Dash);
        QCOMPARE(DisplayFormat::absent(), Dash);
        // Present values are not mistaken for absent ones.
        QCOMPARE(f.integer(0), QStringLiteral("0"));
        QCOMPARE(f.money(amount("0"), QStringLiteral("GBP")), QStringLiteral("£0.00"));
        QCOMPARE(f.text(QString()), QString());
        QCOMPARE(f.yesNo(false), QStringLiteral("No"));
        QCOMPARE(f.yesNo(true), QStringLiteral("Yes"));
    }

    void dateTimeInTheAgentsZoneWithTheZoneShown_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("expected");
        QTest::newRow("London in summer")
            << "en_GB" << QByteArray("Europe/London") << "2025-09-04T07:11:51.697108+00:00"
            << "04/09/2025 08:11 BST";
        QTest::newRow("London in winter") << "en_GB" << QByteArray("Europe/London") << "2025-01-15T09:30:00Z"
                                          << "15/01/2025 09:30 GMT";
        QTest::newRow("written with another offset")
            << "en_GB" << QByteArray("Europe/London") << "2025-09-04T10:11:51+03:00"
            << "04/09/2025 08:11 BST";
        QTest::newRow("zone without a lettered name")
            << "en_GB" << QByteArray("Asia/Dubai") << "2025-09-04T07:11:51Z"
            << "04/09/2025 11:11 +04:00";
        QTest::newRow("crosses midnight") << "en_GB" << QByteArray("Europe/London") << "2025-09-03T23:30:00Z"
                                          << "04/09/2025 00:30 BST";
        QTest::newRow("UTC") << "en_GB" << QByteArray("UTC") << "2025-09-04T07:11:51+01:00"
                             << "04/09/2025 06:11 UTC";
    }
    void dateTimeInTheAgentsZoneWithTheZoneShown()
    {
        QFETCH(QString, locale);
        QFETCH(QByteArray, zone);
        QFETCH(QString, iso);
        QFETCH(QString, expected);
        const DisplayFormat f { QLocale(locale), QTimeZone(zone) };
        QCOMPARE(f.dateTime(DateTimeOffset::parse(QStringView(iso))), expected);
    }

    void moneyIsExactWithItsCurrency_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("own symbol") << "en_GB"
                                    << "1234.5"
                                    << "GBP"
                                    << "£1,234.50";
        QTest::newRow("lower-case code") << "en_GB"
                                         << "3.99"
                                         << "gbp"
                                         << "£3.99";
        QTest::newRow("another currency: its code")
            << "en_GB"
            << "3.99"
            << "EUR" << QStringLiteral("EUR") + NoBreakSpace + QStringLiteral("3.99");
        QTest::newRow("symbol after the number")
            << "de_DE"
            << "1234.5"
            << "EUR" << QStringLiteral("1.234,50") + NoBreakSpace + QStringLiteral("€");
        QTest::newRow("code after the number")
            << "de_DE"
            << "3.99"
            << "GBP" << QStringLiteral("3,99") + NoBreakSpace + QStringLiteral("GBP");
        QTest::newRow("negative") << "en_GB"
                                  << "-3.99"
                                  << "GBP"
                                  << "-£3.99";
        QTest::newRow("more places than pence, kept") << "en_GB"
                                                      << "0.125"
                                                      << "GBP"
                                                      << "£0.125";
        QTest::newRow("no minor unit")
            << "en_GB"
            << "1500"
            << "JPY" << QStringLiteral("JPY") + NoBreakSpace + QStringLiteral("1,500");
        QTest::newRow("too big for a double") << "en_GB"
                                              << "12345678901234567.89"
                                              << "GBP"
                                              << "£12,345,678,901,234,567.89";
        QTest::newRow("no currency: the number alone") << "en_GB"
                                                       << "1234.5"
                                                       << ""
                                                       << "1,234.5";
    }
    void moneyIsExactWithItsCurrency()
    {
        QFETCH(QString, locale);
        QFETCH(QString, value);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        const DisplayFormat f { QLocale(locale), QTimeZone::utc() };
        QCOMPARE(f.money(Decimal::fromString(QStringView(value)), currency), expected);
    }

    void durations()
    {
        const DisplayFormat f = test::londonFormat();
        QCOMPARE(f.duration(TimeSpan::fromSeconds(3600 + 52 * 60 + 7)), QStringLiteral("1 h 52 min 07 s"));
        QCOMPARE(f.duration(TimeSpan::fromSeconds(26 * 3600)), QStringLiteral("26 h 00 min 00 s"));
        QCOMPARE(f.duration(TimeSpan::fromSeconds(3 * 60 + 5)), QStringLiteral("3 min 05 s"));
        QCOMPARE(f.duration(TimeSpan::fromSeconds(7)), QStringLiteral("7 s"));
        QCOMPARE(f.duration(TimeSpan::fromSeconds(0)), QStringLiteral("0 s"));
        QCOMPARE(f.duration(TimeSpan::fromSeconds(-90)), QStringLiteral("-1 min 30 s"));
    }

    void numbersKeepTheirDigits()
    {
        const DisplayFormat f = test::londonFormat();
        QCOMPARE(f.number(amount("4.0")), QStringLiteral("4.0"));
        QCOMPARE(f.number(amount("1234567.125")), QStringLiteral("1,234,567.125"));
        QCOMPARE(f.integer(1234567), QStringLiteral("1,234,567"));
        QCOMPARE(format("de_DE", "UTC").number(amount("1234.5")), QStringLiteral("1.234,5"));
    }

    void defaultsToTheSystemLocaleAndZone()
    {
        const DisplayFormat f;
        QCOMPARE(f.locale(), QLocale());
        QCOMPARE(f.timeZone(), QTimeZone::systemTimeZone());
        QVERIFY(!f.dateTime(instant("2025-09-04T07:11:51Z")).isEmpty());
    }
};

QTEST_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
