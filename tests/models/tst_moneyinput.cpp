// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MoneyInput.h"

#include <QTest>

using namespace ff;

Q_DECLARE_METATYPE(ff::MoneyInput::Problem)

namespace {

const QString NarrowNoBreakSpace(QChar(0x202F));
const QString NoBreakSpace(QChar(0x00A0));

} // namespace

// Money as agents type it, under each locale's own rules (QLocale objects, never the process
// locale): exact, strict, and every refusal says what to write instead.
class TestMoneyInput : public QObject
{
    Q_OBJECT

private slots:
    void readsTheLocalesOwnForm_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("amount"); // as JSON writes it

        QTest::newRow("en_GB 3.99") << "en_GB"
                                    << "GBP"
                                    << "3.99"
                                    << "3.99";
        QTest::newRow("en_GB 1,234.50") << "en_GB"
                                        << "GBP"
                                        << "1,234.50"
                                        << "1234.50";
        QTest::newRow("en_GB 1234.5 padded") << "en_GB"
                                             << "GBP"
                                             << "1234.5"
                                             << "1234.50";
        QTest::newRow("en_GB 12,345,678") << "en_GB"
                                          << "GBP"
                                          << "12,345,678"
                                          << "12345678.00";
        QTest::newRow("en_GB 3,999 is three thousand") << "en_GB"
                                                       << "GBP"
                                                       << "3,999"
                                                       << "3999.00";
        QTest::newRow("en_GB 0") << "en_GB"
                                 << "GBP"
                                 << "0"
                                 << "0.00";
        QTest::newRow("en_GB 0.5") << "en_GB"
                                   << "GBP"
                                   << "0.5"
                                   << "0.50";
        QTest::newRow("en_GB 007.10") << "en_GB"
                                      << "GBP"
                                      << "007.10"
                                      << "7.10";
        QTest::newRow("en_GB surrounding spaces") << "en_GB"
                                                  << "GBP"
                                                  << "  3.99 "
                                                  << "3.99";
        QTest::newRow("de_DE 3,99") << "de_DE"
                                    << "EUR"
                                    << "3,99"
                                    << "3.99";
        QTest::newRow("de_DE 1.234,50") << "de_DE"
                                        << "EUR"
                                        << "1.234,50"
                                        << "1234.50";
        QTest::newRow("de_DE 1.234 is a thousand") << "de_DE"
                                                   << "EUR"
                                                   << "1.234"
                                                   << "1234.00";
        QTest::newRow("de_DE 1234,5") << "de_DE"
                                      << "EUR"
                                      << "1234,5"
                                      << "1234.50";
        QTest::newRow("fr_FR 3,99") << "fr_FR"
                                    << "EUR"
                                    << "3,99"
                                    << "3.99";
        QTest::newRow("fr_FR narrow no-break space")
            << "fr_FR"
            << "EUR" << QStringLiteral("1") + NarrowNoBreakSpace + QStringLiteral("234,50") << "1234.50";
        QTest::newRow("fr_FR no-break space")
            << "fr_FR"
            << "EUR" << QStringLiteral("1") + NoBreakSpace + QStringLiteral("234,50") << "1234.50";
        QTest::newRow("fr_FR plain space") << "fr_FR"
                                           << "EUR"
                                           << "1 234,50"
                                           << "1234.50";
        QTest::newRow("fr_FR 12 345 678") << "fr_FR"
                                          << "EUR"
                                          << "12 345 678"
                                          << "12345678.00";
        QTest::newRow("pl_PL 3,99") << "pl_PL"
                                    << "PLN"
                                    << "3,99"
                                    << "3.99";
        QTest::newRow("pl_PL 1234,50 ungrouped") << "pl_PL"
                                                 << "PLN"
                                                 << "1234,50"
                                                 << "1234.50";
        QTest::newRow("pl_PL 12 345,67 plain space") << "pl_PL"
                                                     << "PLN"
                                                     << "12 345,67"
                                                     << "12345.67";
        QTest::newRow("pl_PL no-break space")
            << "pl_PL"
            << "PLN" << QStringLiteral("12") + NoBreakSpace + QStringLiteral("345,67") << "12345.67";
        QTest::newRow("en_GB JPY whole") << "en_GB"
                                         << "JPY"
                                         << "1,500"
                                         << "1500";
        QTest::newRow("en_GB KWD three places") << "en_GB"
                                                << "KWD"
                                                << "1.125"
                                                << "1.125";
        QTest::newRow("de_DE no currency") << "de_DE"
                                           << ""
                                           << "3,99"
                                           << "3.99";
        QTest::newRow("de_DE the largest decimal")
            << "de_DE"
            << ""
            << "79.228.162.514.264.337.593.543.950.335"
            << "79228162514264337593543950335"; // too many digits to pad
    }
    void readsTheLocalesOwnForm()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(QString, typed);
        QFETCH(QString, amount);
        const auto read = MoneyInput(QLocale(locale), currency).read(typed);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->toString(), amount); // exact, scale included: no double on the way
    }

    void refusesWithWhatToWrite_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<MoneyInput::Problem>("problem");
        QTest::addColumn<QString>("said"); // a part of the message

        using P = MoneyInput::Problem;
        // The other convention's decimal separator: the amount as this locale writes it.
        QTest::newRow("de_DE 3.99") << "de_DE"
                                    << "EUR"
                                    << "3.99" << P::OtherDecimalSeparator << "write 3,99.";
        QTest::newRow("de_DE 1,234.50") << "de_DE"
                                        << "EUR"
                                        << "1,234.50" << P::OtherDecimalSeparator << "write 1.234,50.";
        QTest::newRow("de_DE 1234.5") << "de_DE"
                                      << "EUR"
                                      << "1234.5" << P::OtherDecimalSeparator << "write 1.234,50.";
        QTest::newRow("en_GB 3,99") << "en_GB"
                                    << "GBP"
                                    << "3,99" << P::OtherDecimalSeparator << "write 3.99.";
        QTest::newRow("en_GB 1.234,50") << "en_GB"
                                        << "GBP"
                                        << "1.234,50" << P::OtherDecimalSeparator << "write 1,234.50.";
        QTest::newRow("en_GB 1 234,50") << "en_GB"
                                        << "GBP"
                                        << "1 234,50" << P::OtherDecimalSeparator << "write 1,234.50.";
        QTest::newRow("fr_FR 3.99") << "fr_FR"
                                    << "EUR"
                                    << "3.99" << P::OtherDecimalSeparator << "write 3,99.";
        QTest::newRow("fr_FR 1,234.50")
            << "fr_FR"
            << "EUR"
            << "1,234.50" << P::OtherDecimalSeparator
            << QStringLiteral("write 1") + NarrowNoBreakSpace + QStringLiteral("234,50.");
        QTest::newRow("pl_PL 3.99") << "pl_PL"
                                    << "PLN"
                                    << "3.99" << P::OtherDecimalSeparator << "write 3,99.";
        // Group separators where the locale's grouping puts none.
        QTest::newRow("en_GB 1,23.45") << "en_GB"
                                       << "GBP"
                                       << "1,23.45" << P::Separators << "write 1,234.50 or 1234.50.";
        QTest::newRow("en_GB 1234,567.00") << "en_GB"
                                           << "GBP"
                                           << "1234,567.00" << P::Separators << "or 1234.50";
        QTest::newRow("en_GB 1 234.50 with a space")
            << "en_GB"
            << "GBP"
            << "1 234.50" << P::Separators << "write 1,234.50 or 1234.50.";
        QTest::newRow("en_GB 3.99.1") << "en_GB"
                                      << "GBP"
                                      << "3.99.1" << P::Separators << "1,234.50";
        QTest::newRow("en_GB 3,99,") << "en_GB"
                                     << "GBP"
                                     << "3,99," << P::Separators << "1,234.50";
        QTest::newRow("en_GB .99") << "en_GB"
                                   << "GBP"
                                   << ".99" << P::Separators << "1,234.50";
        QTest::newRow("en_GB 3.") << "en_GB"
                                  << "GBP"
                                  << "3." << P::Separators << "1,234.50";
        QTest::newRow("de_DE 1.23,45") << "de_DE"
                                       << "EUR"
                                       << "1.23,45" << P::Separators << "write 1.234,50 or 1234,50.";
        QTest::newRow("de_DE 1 234,50 with a space")
            << "de_DE"
            << "EUR"
            << "1 234,50" << P::Separators << "write 1.234,50 or 1234,50.";
        QTest::newRow("de_DE 1.234 567,00 two kinds of group")
            << "de_DE"
            << "EUR"
            << "1.234 567,00" << P::Separators << "1234,50";
        QTest::newRow("de_DE 3,99 in the decimals") << "de_DE"
                                                    << "EUR"
                                                    << "3,9.9" << P::Separators << "1234,50";
        QTest::newRow("fr_FR 12 34,50") << "fr_FR"
                                        << "EUR"
                                        << "12 34,50" << P::Separators << "or 1234,50.";
        QTest::newRow("fr_FR 1.234,50") << "fr_FR"
                                        << "EUR"
                                        << "1.234,50" << P::Separators << "or 1234,50.";
        QTest::newRow("pl_PL 1 2345,00") << "pl_PL"
                                         << "PLN"
                                         << "1 2345,00" << P::Separators << "write 1234,50.";
        // Decimals beyond the currency's minor unit.
        QTest::newRow("en_GB 3.999 GBP")
            << "en_GB"
            << "GBP"
            << "3.999" << P::TooManyDecimals << "GBP has at most 2 decimal places";
        QTest::newRow("de_DE 3,999 EUR") << "de_DE"
                                         << "EUR"
                                         << "3,999" << P::TooManyDecimals << "such as 3,99.";
        QTest::newRow("fr_FR 0,001") << "fr_FR"
                                     << "EUR"
                                     << "0,001" << P::TooManyDecimals << "at most 2";
        QTest::newRow("en_GB 1,500.5 JPY") << "en_GB"
                                           << "JPY"
                                           << "1,500.5" << P::TooManyDecimals << "JPY has no decimals";
        QTest::newRow("en_GB 1.0005 KWD") << "en_GB"
                                          << "KWD"
                                          << "1.0005" << P::TooManyDecimals << "at most 3 decimal places";
        QTest::newRow("de_DE no currency 3,999")
            << "de_DE"
            << ""
            << "3,999" << P::TooManyDecimals << "An amount has at most 2 decimal places";
        // Signs, currencies, letters, other characters, nothing.
        QTest::newRow("en_GB -3.99") << "en_GB"
                                     << "GBP"
                                     << "-3.99" << P::Sign << "without a sign";
        QTest::newRow("en_GB +3.99") << "en_GB"
                                     << "GBP"
                                     << "+3.99" << P::Sign << "such as 3.99";
        QTest::newRow("de_DE 3,99-") << "de_DE"
                                     << "EUR"
                                     << "3,99-" << P::Sign << "such as 3,99";
        QTest::newRow("de_DE minus sign")
            << "de_DE"
            << "EUR" << QStringLiteral("\u22123,99") << P::Sign << "never negative";
        QTest::newRow("en_GB £3.99") << "en_GB"
                                     << "GBP" << QStringLiteral("£3.99") << P::Currency << "in GBP";
        QTest::newRow("de_DE 3,99 €")
            << "de_DE"
            << "EUR" << QStringLiteral("3,99 €") << P::Currency << "without its currency";
        QTest::newRow("de_DE 3,99 EUR") << "de_DE"
                                        << "EUR"
                                        << "3,99 EUR" << P::Currency << "(it is in EUR)";
        QTest::newRow("de_DE 3,99 GBP") << "de_DE"
                                        << "EUR"
                                        << "3,99 GBP" << P::Letters << "“3,99 GBP”";
        QTest::newRow("en_GB abc") << "en_GB"
                                   << "GBP"
                                   << "abc" << P::Letters << "type digits, such as 3.99";
        QTest::newRow("en_GB 3.99O") << "en_GB"
                                     << "GBP"
                                     << "3.9O" << P::Letters << "“3.9O” is not an amount";
        QTest::newRow("en_GB 1e3") << "en_GB"
                                   << "GBP"
                                   << "1e3" << P::Letters << "not an amount";
        QTest::newRow("en_GB 3/99") << "en_GB"
                                    << "GBP"
                                    << "3/99" << P::OtherCharacter << "“/”";
        QTest::newRow("en_GB 3*2") << "en_GB"
                                   << "GBP"
                                   << "3*2" << P::OtherCharacter << "cannot be part";
        QTest::newRow("en_GB empty") << "en_GB"
                                     << "GBP"
                                     << "" << P::Empty << "Enter an amount, such as 3.99.";
        QTest::newRow("fr_FR spaces only")
            << "fr_FR"
            << "EUR" << QStringLiteral(" \u202f ") << P::Empty << "such as 3,99.";
        QTest::newRow("en_GB JPY empty") << "en_GB"
                                         << "JPY"
                                         << "" << P::Empty << "such as 399.";
        QTest::newRow("de_DE too large")
            << "de_DE"
            << "EUR"
            << "792.281.625.142.643.375.935.439.503.350" << P::TooLarge << "too large";
    }
    void refusesWithWhatToWrite()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(QString, typed);
        QFETCH(MoneyInput::Problem, problem);
        QFETCH(QString, said);
        const auto read = MoneyInput(QLocale(locale), currency).read(typed);
        QVERIFY2(!read, qPrintable(read ? read->toString() : QString()));
        QVERIFY2(read.error().message.contains(said), qPrintable(read.error().message));
        QCOMPARE(read.error().problem, problem);
    }

    void theExampleIsInTheLocalesForm()
    {
        QCOMPARE(MoneyInput(QLocale(QStringLiteral("en_GB")), QStringLiteral("GBP")).example(), u"3.99");
        QCOMPARE(MoneyInput(QLocale(QStringLiteral("de_DE")), QStringLiteral("EUR")).example(), u"3,99");
        QCOMPARE(MoneyInput(QLocale(QStringLiteral("fr_FR")), QStringLiteral("EUR")).example(), u"3,99");
        QCOMPARE(MoneyInput(QLocale(QStringLiteral("pl_PL")), QStringLiteral("PLN")).example(), u"3,99");
        QCOMPARE(MoneyInput(QLocale(QStringLiteral("en_GB")), QStringLiteral("JPY")).example(), u"399");
        QCOMPARE(MoneyInput(QLocale(QStringLiteral("en_GB")), QStringLiteral("KWD")).example(), u"3.990");
    }

    void theProcessLocaleDoesNotMatter()
    {
        // Only the QLocale handed in decides, whatever the default is.
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        const auto british = MoneyInput(QLocale(QStringLiteral("en_GB")), QStringLiteral("GBP"))
                                 .read(QStringLiteral("3.99"));
        QLocale::setDefault(before);
        QVERIFY(british);
        QCOMPARE(british->toString(), u"3.99");
    }
};

QTEST_GUILESS_MAIN(TestMoneyInput)
#include "tst_moneyinput.moc"
