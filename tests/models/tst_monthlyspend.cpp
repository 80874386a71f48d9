// SPDX-License-Identifier: GPL-3.0-or-later
// The spend chart's numbers without a window: months in the agent's zone, exact sums per
// currency, purchases left out counted, the month filter of the purchases' proxy, and the texts
// in German, French and Polish. Registered twice with ctest, under TZ=Europe/Warsaw and
// TZ=America/New_York, for the system zone an agent's console starts with.
#include "TestData.h"
#include "models/AccountPurchasesModel.h"
#include "models/MonthlySpend.h"
#include "models/MonthlySpendModel.h"
#include "models/PurchaseFilterProxyModel.h"
#include "tests/support/ModelFixture.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace ff;
using ff::test::amount;
using ff::test::creditPurchase;

namespace {

const QTimeZone Warsaw("Europe/Warsaw");
const QTimeZone NewYork("America/New_York");
// Half past eleven at night in New York (summer time) on the last day of March: already April in
// Warsaw.
constexpr std::string_view LateInMarch = "2026-03-31T23:30:00-04:00";

QDate month(int year, int number)
{
    return QDate(year, number, 1);
}

} // namespace

class TestMonthlySpend : public QObject
{
    Q_OBJECT

    using Fixture = test::ModelFixture<AccountPurchasesModel, PurchaseFilterProxyModel>;

private slots:
    void init()
    {
        m_fixture = std::make_unique<Fixture>();
        m_spendModel = &m_fixture->add<MonthlySpendModel>();
        m_fixture->model().setDisplayFormat(
            DisplayFormat(QLocale(QLocale::English, QLocale::UnitedKingdom), Warsaw));
        m_spendModel->setDisplayFormat(m_fixture->model().displayFormat());
    }
    void cleanup() { m_fixture.reset(); }

    void aMonthIsTheAgentsMonth()
    {
        const QList<CreditPurchase> purchases { creditPurchase(
            1, "10.00", QStringLiteral("EUR"), LateInMarch) };
        QCOMPARE(MonthlySpend(purchases, Warsaw).months(), QList<QDate>({ month(2026, 4) }));
        QCOMPARE(MonthlySpend(purchases, NewYork).months(), QList<QDate>({ month(2026, 3) }));
        // Written an hour further west, the same evening is past midnight in New York too.
        const QList<CreditPurchase> fromChicago { creditPurchase(
            2, "10.00", QStringLiteral("EUR"), "2026-03-31T23:30:00-05:00") };
        QCOMPARE(MonthlySpend(fromChicago, Warsaw).months(), QList<QDate>({ month(2026, 4) }));
        QCOMPARE(MonthlySpend(fromChicago, NewYork).months(), QList<QDate>({ month(2026, 4) }));
        QCOMPARE(MonthlySpend(fromChicago, QTimeZone("America/Chicago")).months(),
            QList<QDate>({ month(2026, 3) }));
        QCOMPARE(MonthlySpend::monthOf(test::instant("2026-01-01T00:30:00+01:00"), Warsaw), month(2026, 1));
        QCOMPARE(MonthlySpend::monthOf(test::instant("2026-01-01T00:30:00+01:00"), NewYork), month(2025, 12));
    }

    void theSystemZoneDecidesTheMonth()
    {
        // The zone the console starts in when the agent chose none: TZ, as ctest sets it.
        const QByteArray zone = QTimeZone::systemTimeZoneId();
        if (zone != "Europe/Warsaw" && zone != "America/New_York")
            QSKIP("run under TZ=Europe/Warsaw or TZ=America/New_York (ctest does both)");
        const DisplayFormat system;
        const MonthlySpend spend(
            { creditPurchase(1, "10.00", QStringLiteral("EUR"), LateInMarch) }, system.timeZone());
        QCOMPARE(spend.months(), QList<QDate>({ zone == "Europe/Warsaw" ? month(2026, 4) : month(2026, 3) }));
    }

    void sumsAreExactPerCurrencyAndMonth()
    {
        QList<CreditPurchase> purchases;
        for (int i = 0; i < 10; ++i)
            purchases.append(creditPurchase(i, "0.10", QStringLiteral("EUR"), "2026-02-10T12:00:00+00:00"));
        purchases.append(creditPurchase(20, "3.99", QStringLiteral("GBP"), "2026-02-11T12:00:00+00:00"));
        purchases.append(creditPurchase(
            21, "99999999999999999999999999999", QStringLiteral("GBP"), "2026-05-11T12:00:00+00:00"));
        purchases.append(creditPurchase(22, "1", QStringLiteral("GBP"), "2026-05-12T12:00:00+00:00"));
        // As the totals table reads a currency: "gbp " is GBP, one chart, not two.
        purchases.append(creditPurchase(23, "0.01", QStringLiteral("gbp "), "2026-02-11T13:00:00+00:00"));
        const MonthlySpend spend(purchases, Warsaw);
        QCOMPARE(spend.currencies(), QStringList({ QStringLiteral("EUR"), QStringLiteral("GBP") }));
        // From the first month to the last, the empty ones too, so bars stand a month apart.
        QCOMPARE(
            spend.months(), QList<QDate>({ month(2026, 2), month(2026, 3), month(2026, 4), month(2026, 5) }));
        QCOMPARE(spend.monthsOf(QStringLiteral("GBP")), QList<QDate>({ month(2026, 2), month(2026, 5) }));
        const MonthlySpend::Month euros = spend.spend(QStringLiteral("EUR"), month(2026, 2));
        QCOMPARE(euros.gross.toString(), QStringLiteral("1.00")); // not 0.9999999
        QCOMPARE(euros.count, 10);
        QCOMPARE(spend.spend(QStringLiteral("GBP"), month(2026, 2)).gross, amount("4.00"));
        QCOMPARE(spend.spend(QStringLiteral("EUR"), month(2026, 3)).count, 0);
        // A sum beyond decimal's range is not made up: it says it is incomplete.
        QVERIFY(spend.spend(QStringLiteral("GBP"), month(2026, 5)).incomplete);
        QVERIFY(!euros.incomplete);
    }

    void purchasesWithoutADateOrAmountAreCountedNotZero()
    {
        CreditPurchase undated = creditPurchase(1, "5.00", QStringLiteral("EUR"));
        undated.datePurchased.reset();
        CreditPurchase undatedToo = undated;
        CreditPurchase unpriced = creditPurchase(3, "5.00", QStringLiteral("EUR"));
        unpriced.grossTotal.reset();
        const QList<CreditPurchase> purchases { undated, undatedToo, unpriced,
            creditPurchase(4, "2.50", QStringLiteral("EUR")) };
        const MonthlySpend spend(purchases, Warsaw);
        QCOMPARE(spend.withoutDate(), 2);
        QCOMPARE(spend.withoutAmount(), 1);
        QCOMPARE(spend.spend(QStringLiteral("EUR"), month(2025, 9)).count, 1);
        QCOMPARE(spend.spend(QStringLiteral("EUR"), month(2025, 9)).gross, amount("2.50"));
        m_spendModel->setSpend(spend);
        QCOMPARE(m_spendModel->missingNote(),
            QStringLiteral("2 purchase(s) without a date are not in the chart. 1 purchase(s) without a gross "
                           "amount are not in the chart."));
        m_spendModel->setSpend(MonthlySpend({ creditPurchase(4, "2.50", QStringLiteral("EUR")) }, Warsaw));
        QVERIFY(m_spendModel->missingNote().isEmpty());
    }

    void theTableHoldsTheChartsNumbers()
    {
        m_spendModel->setSpend(
            MonthlySpend({ creditPurchase(1, "12.00", QStringLiteral("EUR"), LateInMarch),
                             creditPurchase(2, "0.50", QStringLiteral("EUR"), "2026-04-02T10:00:00+02:00"),
                             creditPurchase(3, "9.59", QStringLiteral("GBP"), "2026-02-02T10:00:00+00:00") },
                Warsaw));
        using M = MonthlySpendModel;
        QCOMPARE(m_spendModel->rowCount(), 2); // February in pounds, April in euros; March has none
        auto cell = [&](int row, int column) { return m_spendModel->index(row, column).data().toString(); };
        QCOMPARE(m_spendModel->headerData(M::Spend, Qt::Horizontal).toString(), QStringLiteral("Spend"));
        QCOMPARE(cell(0, M::Month), QStringLiteral("February 2026"));
        QCOMPARE(cell(0, M::Currency), QStringLiteral("GBP"));
        QCOMPARE(cell(0, M::Spend), QStringLiteral("£9.59"));
        QCOMPARE(cell(0, M::Purchases), QStringLiteral("1"));
        QCOMPARE(cell(1, M::Month), QStringLiteral("April 2026"));
        QCOMPARE(cell(1, M::Spend), QStringLiteral("EUR\u00A012.50"));
        QCOMPARE(cell(1, M::Purchases), QStringLiteral("2"));
        QCOMPARE(m_spendModel->index(1, 0).data(M::MonthRole).toDate(), month(2026, 4));
        QCOMPARE(m_spendModel->summary(QStringLiteral("EUR"), month(2026, 4)),
            QStringLiteral("April 2026: EUR\u00A012.50 (2 purchase(s))"));
        QCOMPARE(m_spendModel->summary(QStringLiteral("EUR"), month(2026, 3)),
            QStringLiteral("March 2026: EUR\u00A00.00 (0 purchase(s))"));
    }

    void monthsAndAmountsInTheAgentsLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("bar");
        QTest::addColumn<QString>("summary");
        const QChar nbsp(0x00A0);
        const QChar narrowNbsp(0x202F);
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("März 2026")
                               << QStringLiteral("Mär 2026")
                               << QStringLiteral("März 2026: 1.234,50") + nbsp
                + QStringLiteral("€ (2 purchase(s))");
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("mars 2026")
                               << QStringLiteral("mars 2026")
                               << QStringLiteral("mars 2026: 1") + narrowNbsp + QStringLiteral("234,50")
                + nbsp + QStringLiteral("€ (2 purchase(s))");
        QTest::newRow("pl_PL") << QLocale(QLocale::Polish, QLocale::Poland) << QStringLiteral("marzec 2026")
                               << QStringLiteral("mar 2026")
                               << QStringLiteral("marzec 2026: 1234,50") + nbsp
                + QStringLiteral("EUR (2 purchase(s))");
    }

    void monthsAndAmountsInTheAgentsLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, heading);
        QFETCH(QString, bar);
        QFETCH(QString, summary);
        m_spendModel->setDisplayFormat(DisplayFormat(locale, Warsaw));
        m_spendModel->setSpend(
            MonthlySpend({ creditPurchase(1, "1234.00", QStringLiteral("EUR"), "2026-03-10T10:00:00+01:00"),
                             creditPurchase(2, "0.5", QStringLiteral("EUR"), "2026-03-11T10:00:00+01:00") },
                Warsaw));
        QCOMPARE(MonthlySpend::monthName(month(2026, 3), locale), heading);
        QCOMPARE(MonthlySpend::shortMonthName(month(2026, 3), locale), bar);
        QCOMPARE(m_spendModel->index(0, MonthlySpendModel::Month).data().toString(), heading);
        QCOMPARE(m_spendModel->summary(QStringLiteral("EUR"), month(2026, 3)), summary);
        QCOMPARE(m_spendModel->index(0, MonthlySpendModel::Spend).data().toString(),
            summary.section(QStringLiteral(": "), 1).section(QStringLiteral(" ("), 0, 0));
    }

    void theProxyFiltersToAMonthInTheAgentsZone()
    {
        AccountPurchasesModel& model = m_fixture->model();
        PurchaseFilterProxyModel& proxy = m_fixture->proxy();
        CreditPurchase undated = creditPurchase(4, "1.00", QStringLiteral("EUR"));
        undated.datePurchased.reset();
        model.setPurchases({ creditPurchase(1, "10.00", QStringLiteral("EUR"), LateInMarch),
            creditPurchase(2, "20.00", QStringLiteral("GBP"), "2026-03-15T12:00:00+00:00"),
            creditPurchase(3, "30.00", QStringLiteral("EUR"), "2026-04-15T12:00:00+00:00", false), undated });
        QSignalSpy changed(&proxy, &PurchaseFilterProxyModel::filtersChanged);
        proxy.setMonth(QDate(2026, 4, 17)); // any day names its month
        QCOMPARE(proxy.month(), std::optional(month(2026, 4)));
        QCOMPARE(changed.size(), 1);
        auto invoices = [](const QList<CreditPurchase>& purchases) {
            QList<qint64> numbers;
            for (const CreditPurchase& purchase : purchases)
                numbers.append(purchase.invoiceNumber.value_or(-1));
            return numbers;
        };
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(invoices(proxy.shownPurchases()), QList<qint64>({ 1, 3 }));
        // The chart still sees every month the other filters let through.
        QCOMPARE(invoices(proxy.purchasesInAnyMonth()), QList<qint64>({ 1, 2, 3, 4 }));
        proxy.setPaidOnly(true);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(invoices(proxy.shownPurchases()), QList<qint64>({ 1 }));
        QCOMPARE(invoices(proxy.purchasesInAnyMonth()), QList<qint64>({ 1, 2, 4 }));
        // In New York the late purchase is March's.
        model.setDisplayFormat(DisplayFormat(QLocale(QLocale::English, QLocale::UnitedStates), NewYork));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setMonth(QDate(2026, 3, 1));
        QCOMPARE(invoices(proxy.shownPurchases()), QList<qint64>({ 1, 2 }));
        proxy.setMonth(std::nullopt);
        proxy.setPaidOnly(false);
        QCOMPARE(proxy.rowCount(), 4);
        QCOMPARE(changed.size(), 6);
    }

private:
    std::unique_ptr<Fixture> m_fixture;
    MonthlySpendModel* m_spendModel = nullptr;
};

QTEST_GUILESS_MAIN(TestMonthlySpend)
#include "tst_monthlyspend.moc"
