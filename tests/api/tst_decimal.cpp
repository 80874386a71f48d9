// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/core/Decimal.h"

#include <QLocale>
#include <QTest>

using ff::Decimal;

class TestDecimal : public QObject
{
    Q_OBJECT

private slots:
    void readsAndWritesBackExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("integer") << "4"
                                 << "4";
        QTest::newRow("keeps its scale") << "4.0"
                                         << "4.0";
        QTest::newRow("price") << "3.99"
                               << "3.99";
        QTest::newRow("negative") << "-0.5"
                                  << "-0.5";
        QTest::newRow("small") << "0.05"
                               << "0.05";
        QTest::newRow("exponent") << "1.5E+3"
                                  << "1500";
        QTest::newRow("negative exponent") << "25e-3"
                                           << "0.025";
        QTest::newRow("28 digits of scale") << "0.0000000000000000000000000001"
                                            << "0.0000000000000000000000000001";
        QTest::newRow("largest .NET decimal") << "79228162514264337593543950335"
                                              << "79228162514264337593543950335";
        // Json.NET adds ".0" to a whole decimal: a zero that does not fit in .NET's 96 bits is
        // dropped, as .NET's own decimal.Parse does; the value stays exact.
        QTest::newRow("decimal.MaxValue as Json.NET writes it") << "79228162514264337593543950335.0"
                                                                << "79228162514264337593543950335";
        QTest::newRow("decimal.MinValue as Json.NET writes it") << "-79228162514264337593543950335.0"
                                                                << "-79228162514264337593543950335";
        QTest::newRow("1E28 as Json.NET writes it") << "10000000000000000000000000000.0"
                                                    << "10000000000000000000000000000";
        QTest::newRow("zeros after the point kept while they fit") << "1.0000000000000000000000000000000"
                                                                   << "1.0000000000000000000000000000";
        QTest::newRow("a zero beyond the 28th place") << "0.10000000000000000000000000000"
                                                      << "0.1000000000000000000000000000";
        QTest::newRow("thirty digits, not all zeros") << "79228162514264337593543950335.1"
                                                      << "";
        QTest::newRow("a thirtieth digit that is not zero") << "1000000000000000000000000000.01"
                                                            << "";
        QTest::newRow("not a double") << "0.1000000000000000055511151231257827"
                                      << "";
    }
    void readsAndWritesBackExactly()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        const auto value = Decimal::fromString(QStringView(text));
        if (written.isEmpty()) {
            QVERIFY2(!value, "more digits than .NET's decimal holds must be refused, not rounded");
            return;
        }
        QVERIFY(value);
        QCOMPARE(value->toString(), written);
    }

    void refusesWhatIsNotANumber_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad : { "", "-", ".5", "5.", "01", "1e", "1e+", "0x10", "NaN", "Infinity", "1,5",
                 " 1", "1 ", "+1", "1e1001", "1e40" })
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void refusesWhatIsNotANumber()
    {
        QFETCH(QString, text);
        QVERIFY(!Decimal::fromString(QStringView(text)));
    }

    void aThousandTimesTenPenceIsExactlyOneHundred()
    {
        const Decimal tenPence = *Decimal::fromString("0.10");
        Decimal total;
        for (int i = 0; i < 1000; ++i)
            total = *total.plus(tenPence);
        QCOMPARE(total.toString(), QStringLiteral("100.00"));
        QCOMPARE(total, *Decimal::fromString("100"));
        // the same sum in doubles is not 100: this is why money is never a double
        double inexact = 0;
        for (int i = 0; i < 1000; ++i)
            inexact += 0.1;
        QVERIFY(inexact != 100.0);
    }

    void comparesValuesNotText()
    {
        QCOMPARE(*Decimal::fromString("4.0"), *Decimal::fromString("4.00"));
        QVERIFY(*Decimal::fromString("-3.5") < *Decimal::fromString("-3.2"));
        QVERIFY(*Decimal::fromString("-0.5") < *Decimal::fromString("0.2"));
        QVERIFY(*Decimal::fromString("10") > *Decimal::fromString("9.99999"));
        QVERIFY(*Decimal::fromString("79228162514264337593543950335")
            > *Decimal::fromString("0.0000000000000000000000000001"));
    }

    void arithmetic()
    {
        const Decimal quantity = *Decimal::fromString("8.1");
        const Decimal price = *Decimal::fromString("10.1");
        QCOMPARE(quantity.times(price)->toString(), QStringLiteral("81.81"));
        QCOMPARE(
            Decimal::fromString("2.5")->minus(*Decimal::fromString("3"))->toString(), QStringLiteral("-0.5"));
        QCOMPARE(Decimal::fromString("2.345")->roundedTo(2).toString(), QStringLiteral("2.35"));
        QCOMPARE(Decimal::fromString("-2.345")->roundedTo(2).toString(), QStringLiteral("-2.35"));
        QCOMPARE(Decimal::fromString("2.344")->roundedTo(2).toString(), QStringLiteral("2.34"));
        QCOMPARE(Decimal::fromString("2")->roundedTo(2).toString(), QStringLiteral("2.00"));
        const Decimal largest = *Decimal::fromString("79228162514264337593543950335");
        QVERIFY2(!largest.times(largest), "an overflow is reported, never wrapped");
        QVERIFY(!Decimal::fromString("99999999999999999999999999999")->plus(*Decimal::fromString("1")));
    }

    void aResultThatFitsOnlyWithoutItsTrailingZerosIsKept()
    {
        // 9999999999999999999999999998.5 + 1.5 is 10000000000000000000000000000.0: thirty digits
        // at its scale, twenty-nine without the zero after the point, which changes nothing.
        // (Found by fuzz_decimal: (a + b) - b gave nothing for a = 1E28, b = -1.5.)
        const Decimal a = *Decimal::fromString("10000000000000000000000000000");
        const Decimal b = *Decimal::fromString("-1.5");
        const std::optional<Decimal> sum = a.plus(b);
        QVERIFY(sum);
        QCOMPARE(sum->toString(), QStringLiteral("9999999999999999999999999998.5"));
        const std::optional<Decimal> back = sum->minus(b);
        QVERIFY2(back, "the exact result fits");
        QCOMPARE(*back, a);
        QCOMPARE(back->toString(), QStringLiteral("10000000000000000000000000000"));
        // Only zeros are dropped: a result that needs all thirty digits is still refused.
        QVERIFY(!Decimal::fromString("9999999999999999999999999999.9")->plus(*Decimal::fromString("0.2")));
    }

    void localeText()
    {
        QCOMPARE(Decimal::fromString("1234567.50")
                     ->toLocaleString(QLocale(QLocale::English, QLocale::UnitedKingdom)),
            QStringLiteral("1,234,567.50"));
        QCOMPARE(Decimal::fromString("-1234.5")->toLocaleString(QLocale(QLocale::German, QLocale::Germany)),
            QStringLiteral("-1.234,5"));
        QCOMPARE(Decimal::fromString("0.05")->toLocaleString(QLocale::c()), QStringLiteral("0.05"));
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
