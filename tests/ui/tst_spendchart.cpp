// SPDX-License-Identifier: GPL-3.0-or-later
// The account purchases' spend chart in the window, on the sandbox: a chart per currency whose
// bars are the exact sums of the rows the table shows, month by month in the agent's zone; the
// table equivalent with the same numbers; a bar clicked filters the table to its month with no
// request to the server; the dark theme; and what a server sends that is not clean (purchases
// without a date or an amount, a currency that looks like markup).
#include "api/codec/JsonWriter.h"
#include "api/core/GuidText.h"
#include "api/launcher/SandboxCustomer.h"
#include "api/profile/ProfileStore.h"
#include "models/AccountPurchasesModel.h"
#include "models/CurrencyTotalsModel.h"
#include "models/MonthlySpendModel.h"
#include "models/PurchaseFilterProxyModel.h"
#include "tests/support/RichTextCheck.h"
#include "tests/support/WindowFixture.h"
#include "ui/main/MainWindow.h"
#include "ui/main/Theme.h"
#include "ui/purchases/AccountPurchasesTab.h"
#include "ui/purchases/CurrencySpendChart.h"
#include "ui/purchases/SpendChartPanel.h"

#include <QApplication>
#include <QBarSet>
#include <QCheckBox>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace ff;
using namespace ff::ui;
using ff::test::WindowFixture;

namespace {

// The sandbox's account with purchases in two currencies (euros and pounds), one of them unpaid.
const QString TwoCurrencies = QStringLiteral("aoife.nibhriain");
const QString MarkupCurrency = QStringLiteral("<s>gbp</s>");
// The code it is charted and totalled under (CurrencyTotal::codeOf): still markup, never read as it.
const QString MarkupCode = QStringLiteral("<S>GBP</S>");

struct Spent
{
    Decimal gross;
    int count = 0;
    friend bool operator==(const Spent&, const Spent&) = default;
};
using SpendKey = std::pair<QString, QDate>; // currency, month

// The month a purchase falls in for an agent in this zone, worked out here from the instant's
// ticks, not by the code under test.
QDate monthIn(const DateTimeOffset& instant, const QTimeZone& zone)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(instant.utcTicks() / 10'000, zone).date();
    return QDate(day.year(), day.month(), 1);
}

// The exact sum and count per currency and month of the rows the table shows.
QMap<SpendKey, Spent> spendOfShownRows(const AccountPurchasesTab* tab)
{
    QMap<SpendKey, Spent> spend;
    const QAbstractItemModel* shown = tab->view()->model();
    const QTimeZone zone = tab->model()->displayFormat().timeZone();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const auto purchase
            = shown->index(row, 0).data(AccountPurchasesModel::PurchaseRole).value<CreditPurchase>();
        if (!purchase.datePurchased || !purchase.grossTotal)
            continue;
        Spent& spent = spend[{ CurrencyTotal::codeOf(purchase), monthIn(*purchase.datePurchased, zone) }];
        spent.gross = *spent.gross.plus(*purchase.grossTotal);
        ++spent.count;
    }
    return spend;
}

CreditPurchase purchase(qint64 invoice, const QString& currency, std::optional<std::string_view> date,
    std::optional<std::string_view> gross)
{
    CreditPurchase p;
    p.invoiceNumber = invoice;
    p.currency = currency;
    if (date)
        p.datePurchased = DateTimeOffset::parse(*date);
    if (gross)
        p.grossTotal = Decimal::fromString(*gross);
    p.paid = true;
    p.purchaseType = QStringLiteral("TopUp");
    p.id = QUuid::createUuidV5(QUuid(), QString::number(invoice));
    return p;
}

// Purchases near the end of March as a server in Chicago writes them, one in a currency of
// markup, one without a date and one without an amount.
QByteArray awkwardPurchases()
{
    AccountPurchasesDetail detail;
    detail.purchases = QList<CreditPurchase> {
        purchase(1, QStringLiteral("EUR"), "2026-03-31T23:30:00-05:00", "10.00"), // April in Warsaw
        purchase(2, QStringLiteral("EUR"), "2026-04-10T12:00:00+02:00", "0.10"),
        purchase(3, MarkupCurrency, "2026-03-15T12:00:00+00:00", "5.55"),
        purchase(4, QStringLiteral("EUR"), std::nullopt, "7.00"),
        purchase(5, QStringLiteral("EUR"), "2026-04-11T12:00:00+02:00", std::nullopt),
    };
    AccountPurchasesData data;
    data.detail = detail;
    AccountPurchasesResponse response;
    response.responseData = data;
    return JsonWriter::toJson(response);
}

// Every text the chart draws, as an agent reads it.
QStringList textsDrawn(CurrencySpendChart* chart)
{
    QStringList texts;
    for (const QGraphicsItem* item : chart->scene()->items()) {
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(item))
            texts.append(text->toPlainText());
    }
    return texts;
}

} // namespace

class TestSpendChart : public QObject
{
    Q_OBJECT

    WindowFixture m_fx;
    QString m_account;

    AccountPurchasesTab* openPurchases()
    {
        AccountPurchasesTab* tab = m_fx.window()->openAccountPurchases(m_account, QString());
        if (!QTest::qWaitFor([tab] { return !tab->isLoading(); }, 15'000))
            return nullptr;
        QTest::qWait(50); // the charts lay themselves out
        return tab;
    }

    static CurrencySpendChart* chartOf(AccountPurchasesTab* tab, const QString& currency)
    {
        for (CurrencySpendChart* chart : tab->spendChart()->charts()) {
            if (chart->currency() == currency)
                return chart;
        }
        return nullptr;
    }

    // Each chart's bars against the exact sums of the rows shown: the bar's height, its
    // tooltip's amount as the table writes money, and the number of purchases.
    static void compareChartsWithRows(AccountPurchasesTab* tab)
    {
        const QMap<SpendKey, Spent> expected = spendOfShownRows(tab);
        const DisplayFormat& format = tab->model()->displayFormat();
        QSet<QString> currencies;
        for (const SpendKey& key : expected.keys())
            currencies.insert(key.first);
        QCOMPARE(tab->spendChart()->charts().size(), currencies.size());
        int bars = 0;
        for (CurrencySpendChart* chart : tab->spendChart()->charts()) {
            QVERIFY(currencies.contains(chart->currency()));
            QCOMPARE(chart->chart()->series().size(), 1); // one currency, one axis
            for (int i = 0; i < chart->months().size(); ++i) {
                const Spent spent = expected.value({ chart->currency(), chart->months().at(i) });
                QCOMPARE(chart->bars()->at(i), spent.gross.toString().toDouble());
                const QString exact = format.money(spent.gross, chart->currency());
                QVERIFY2(chart->barToolTip(i).contains(
                             exact + QStringLiteral(" (%1 purchase(s))").arg(spent.count)),
                    qPrintable(chart->barToolTip(i) + QStringLiteral(" lacks ") + exact));
                QCOMPARE(
                    tab->spendChart()->model()->spend().spend(chart->currency(), chart->months().at(i)).gross,
                    spent.gross);
                bars += spent.count > 0 ? 1 : 0;
            }
        }
        QCOMPARE(bars, expected.size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
        const std::optional<SandboxCustomer> customer = m_fx.sandbox().findCustomer(TwoCurrencies);
        QVERIFY(customer && customer->customerId);
        m_account = QString::fromLatin1(GuidText::toText(*customer->customerId));
    }

    void init()
    {
        m_fx.sandbox().clearFaults();
        m_fx.sandbox().clearRequests();
        QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Spend"))));
    }

    void cleanup()
    {
        m_fx.closeWindow();
        auto settings = ProfileStore::openSettings();
        ProfileStore(*settings).save({});
    }

    void aChartPerCurrencyOfTheShownRows()
    {
        AccountPurchasesTab* tab = openPurchases();
        QVERIFY(tab);
        QVERIFY(tab->spendChart()->isVisible());
        QCOMPARE(tab->spendChart()->charts().size(), 2);
        QVERIFY(chartOf(tab, QStringLiteral("EUR")));
        QVERIFY(chartOf(tab, QStringLiteral("GBP")));
        // Both charts span the same months, so that they can be read side by side.
        QCOMPARE(
            chartOf(tab, QStringLiteral("EUR"))->months(), chartOf(tab, QStringLiteral("GBP"))->months());
        compareChartsWithRows(tab);
        QVERIFY(tab->spendChart()->note()->isHidden()); // every sandbox purchase has a date and an amount

        // The pointer on a bar: the month's exact amount and purchases, as a tooltip.
        CurrencySpendChart* pounds = chartOf(tab, QStringLiteral("GBP"));
        int bar = 0;
        while (bar < pounds->months().size() && pounds->bars()->at(bar) == 0)
            ++bar;
        QVERIFY(bar < pounds->months().size());
        QTest::mouseMove(pounds->viewport(), pounds->barCentre(bar));
        QTRY_COMPARE(QToolTip::text(), DisplayFormat::toolTip(pounds->barToolTip(bar)));
    }

    void paidOnlyChangesTheChart()
    {
        AccountPurchasesTab* tab = openPurchases();
        QVERIFY(tab);
        const int all = tab->view()->model()->rowCount();
        const QMap<SpendKey, Spent> before = spendOfShownRows(tab);
        tab->paidOnly()->setChecked(true);
        tab->load();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 15'000);
        QVERIFY2(tab->view()->model()->rowCount() < all, "the account has an unpaid purchase");
        QVERIFY(spendOfShownRows(tab) != before);
        compareChartsWithRows(tab);
    }

    void theTableEquivalentHoldsTheSameNumbers()
    {
        AccountPurchasesTab* tab = openPurchases();
        QVERIFY(tab);
        SpendChartPanel* panel = tab->spendChart();
        QVERIFY(panel->table()->isHidden());
        QVERIFY(panel->tableToggle()->focusPolicy() & Qt::TabFocus);
        QTest::mouseClick(panel->tableToggle(), Qt::LeftButton);
        QVERIFY(panel->table()->isVisible());
        QVERIFY(!panel->table()->accessibleName().isEmpty());
        QVERIFY(panel->table()->focusPolicy() & Qt::TabFocus);

        const QMap<SpendKey, Spent> expected = spendOfShownRows(tab);
        const DisplayFormat& format = tab->model()->displayFormat();
        const QAbstractItemModel* table = panel->table()->model();
        QCOMPARE(table->rowCount(), expected.size());
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString currency = table->index(row, MonthlySpendModel::Currency).data().toString();
            const QDate month = table->index(row, 0).data(MonthlySpendModel::MonthRole).toDate();
            const Spent spent = expected.value({ currency, month });
            QCOMPARE(table->index(row, MonthlySpendModel::Month).data().toString(),
                MonthlySpend::monthName(month, format.locale()));
            QCOMPARE(table->index(row, MonthlySpendModel::Spend).data().toString(),
                format.money(spent.gross, currency));
            QCOMPARE(table->index(row, MonthlySpendModel::Purchases).data().toString(),
                QString::number(spent.count));
        }
        QTest::mouseClick(panel->tableToggle(), Qt::LeftButton);
        QVERIFY(panel->table()->isHidden());
    }

    void clickingAMonthFiltersTheTableWithoutAskingTheServer()
    {
        AccountPurchasesTab* tab = openPurchases();
        QVERIFY(tab);
        const QAbstractItemModel* shown = tab->view()->model();
        const int all = shown->rowCount();
        const QList<CurrencyTotal> allTotals = tab->totals()->totals();
        CurrencySpendChart* euros = chartOf(tab, QStringLiteral("EUR"));
        QVERIFY(euros);
        int bar = -1;
        for (int i = 0; i < euros->months().size() && bar < 0; ++i)
            bar = euros->bars()->at(i) > 0 ? i : -1;
        QVERIFY(bar >= 0);
        const QDate month = euros->months().at(bar);
        const QTimeZone zone = tab->model()->displayFormat().timeZone();
        int inMonth = 0;
        for (int row = 0; row < all; ++row) {
            const auto p
                = shown->index(row, 0).data(AccountPurchasesModel::PurchaseRole).value<CreditPurchase>();
            inMonth += monthIn(*p.datePurchased, zone) == month ? 1 : 0;
        }
        QVERIFY(inMonth > 0 && inMonth < all);

        m_fx.sandbox().clearRequests();
        QTest::mouseClick(euros->viewport(), Qt::LeftButton, {}, euros->barCentre(bar));
        QTRY_COMPARE(tab->proxy()->month(), std::optional(month));
        // The month's bar is the exact sum of the month's rows the table now shows.
        const QMap<SpendKey, Spent> ofMonth = spendOfShownRows(tab);
        QCOMPARE(euros->bars()->at(bar),
            ofMonth.value({ QStringLiteral("EUR"), month }).gross.toString().toDouble());
        QCOMPARE(tab->spendChart()->model()->spend().spend(QStringLiteral("EUR"), month).gross,
            ofMonth.value({ QStringLiteral("EUR"), month }).gross);
        QCOMPARE(shown->rowCount(), inMonth);
        for (int row = 0; row < shown->rowCount(); ++row) {
            const auto p
                = shown->index(row, 0).data(AccountPurchasesModel::PurchaseRole).value<CreditPurchase>();
            QCOMPARE(monthIn(*p.datePurchased, zone), month);
        }
        // The totals are those of the rows shown, as with every filter.
        QCOMPARE(tab->totals()->totals(), CurrencyTotal::of(tab->proxy()->shownPurchases()));
        QVERIFY(tab->totals()->totals() != allTotals);
        // Said above the table, with the way back; the chart still shows every month.
        QVERIFY(tab->spendChart()->monthLine()->isVisible());
        QVERIFY2(tab->spendChart()->monthLine()->text().contains(
                     MonthlySpend::monthName(month, tab->model()->displayFormat().locale())),
            qPrintable(tab->spendChart()->monthLine()->text()));
        QCOMPARE(euros->bars()->selectedBars(), QList<int>({ bar }));
        QVERIFY(euros->months().size() > 1);

        QTest::mouseClick(tab->spendChart()->showAllMonths(), Qt::LeftButton);
        QCOMPARE(tab->proxy()->month(), std::nullopt);
        QCOMPARE(shown->rowCount(), all);
        QCOMPARE(tab->totals()->totals(), allTotals);
        QVERIFY(!tab->spendChart()->monthLine()->isVisible());

        // From the keyboard: Enter on a month's row of the table equivalent.
        QTest::mouseClick(tab->spendChart()->tableToggle(), Qt::LeftButton);
        QTableView* table = tab->spendChart()->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(
            tab->proxy()->month(), table->model()->index(0, 0).data(MonthlySpendModel::MonthRole).toDate());
        QVERIFY(shown->rowCount() < all);
        QTest::keyClick(table, Qt::Key_Return); // the same month again: every month back
        QCOMPARE(shown->rowCount(), all);

        QCOMPARE(m_fx.sandbox().requests().size(), 0);
    }

    void aMonthIsTheAgentsAndBadDataIsSaid()
    {
        m_fx.sandbox().addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("status"), 200 },
            { QStringLiteral("pathContains"), QStringLiteral("purchases") },
            { QStringLiteral("contentType"), QStringLiteral("application/json; charset=utf-8") },
            { QStringLiteral("body"), QString::fromUtf8(awkwardPurchases()) } } });
        AccountPurchasesTab* tab = openPurchases();
        QVERIFY(tab);
        QCOMPARE(tab->model()->rowCount(), 5);
        const QLocale british(QLocale::English, QLocale::UnitedKingdom);
        tab->model()->setDisplayFormat(DisplayFormat(british, QTimeZone("Europe/Warsaw")));
        CurrencySpendChart* euros = chartOf(tab, QStringLiteral("EUR"));
        QVERIFY(euros);
        QCOMPARE(euros->months(), QList<QDate>({ QDate(2026, 3, 1), QDate(2026, 4, 1) }));
        QCOMPARE(euros->barToolTip(1), QStringLiteral("April 2026: EUR\u00A010.10 (2 purchase(s))"));
        QCOMPARE(euros->bars()->at(0), 0.0);
        compareChartsWithRows(tab);

        tab->model()->setDisplayFormat(DisplayFormat(british, QTimeZone("America/Chicago")));
        QCOMPARE(euros->barToolTip(0), QStringLiteral("March 2026: EUR\u00A010.00 (1 purchase(s))"));
        QCOMPARE(euros->barToolTip(1), QStringLiteral("April 2026: EUR\u00A00.10 (1 purchase(s))"));
        compareChartsWithRows(tab);

        // Not drawn as nothing: said.
        QVERIFY(tab->spendChart()->note()->isVisible());
        QCOMPARE(tab->spendChart()->note()->text(),
            QStringLiteral("1 purchase(s) without a date are not in the chart. 1 purchase(s) without a gross "
                           "amount are not in the chart."));

        // The server's currency, letter for letter (as a code), in the chart and its table.
        CurrencySpendChart* markup = chartOf(tab, MarkupCode);
        QVERIFY(markup);
        QVERIFY2(textsDrawn(markup).contains(MarkupCode), qPrintable(textsDrawn(markup).join(u'|')));
        QVERIFY2(markup->barToolTip(0).contains(MarkupCurrency, Qt::CaseInsensitive),
            qPrintable(markup->barToolTip(0)));
        const QAbstractItemModel* table = tab->spendChart()->table()->model();
        bool listed = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QModelIndex currency = table->index(row, MonthlySpendModel::Currency);
            if (currency.data().toString() != MarkupCode)
                continue;
            listed = true;
            // The amount's currency as DisplayFormat writes it (upper-case), and letter for letter.
            const QString tip = test::RichTextCheck::shownToolTip(currency.data(Qt::ToolTipRole).toString());
            QVERIFY2(tip.contains(MarkupCurrency, Qt::CaseInsensitive), qPrintable(tip));
        }
        QVERIFY(listed);
    }

    void itFollowsTheDarkTheme()
    {
        // The theme as the console starts with it: the window is made in the dark palette.
        m_fx.closeWindow();
        Theme::apply(true);
        const QPalette dark = QApplication::palette();
        QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Spend"))));
        AccountPurchasesTab* tab = openPurchases();
        QVERIFY(tab);
        CurrencySpendChart* chart = tab->spendChart()->charts().value(0);
        QVERIFY(chart);
        QCOMPARE(chart->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
        QCOMPARE(chart->chart()->titleBrush().color(), dark.color(QPalette::WindowText));
        for (const QAbstractAxis* axis : chart->chart()->axes())
            QCOMPARE(axis->labelsBrush().color(), dark.color(QPalette::WindowText));
        QCOMPARE(chart->bars()->color(), dark.color(QPalette::Highlight));

        // Switched while the window is open: the palette reaches the chart as a change.
        Theme::apply(false);
        const QPalette light = QApplication::palette();
        chart->setPalette(light);
        QCOMPARE(chart->chart()->backgroundBrush().color(), light.color(QPalette::Base));
        QCOMPARE(chart->chart()->titleBrush().color(), light.color(QPalette::WindowText));
        QVERIFY(light.color(QPalette::Base) != dark.color(QPalette::Base));
    }
};

QTEST_MAIN(TestSpendChart)
#include "tst_spendchart.moc"
