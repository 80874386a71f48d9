// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "models/AccountPurchasesModel.h"
#include "models/CurrencyTotalsModel.h"
#include "models/PurchaseFilterProxyModel.h"
#include "tests/support/ModelFixture.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace ff;
using ff::test::amount;
using ff::test::creditPurchase;
using ff::test::instant;

namespace {

const QString Dash = QString(QChar(0x2014));
const QChar NoBreakSpace(0x00A0);
using Model = AccountPurchasesModel;
using Totals = CurrencyTotalsModel;

QList<qint64> invoices(const QAbstractItemModel& model)
{
    QList<qint64> numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers.append(model.index(row, Model::Invoice).data(Model::SortRole).toLongLong());
    return numbers;
}

} // namespace

class TestPurchases : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<Fixture>();
        m_model = &m_fixture->model();
        m_proxy = &m_fixture->proxy();
        m_totals = &m_fixture->add<CurrencyTotalsModel>();
        m_model->setDisplayFormat(test::londonFormat());
        m_totals->setDisplayFormat(test::londonFormat());
        connect(m_model, &AccountPurchasesModel::totalsChanged, m_totals,
            [this] { m_totals->setTotals(m_model->totals()); });
    }
    void cleanup() { m_fixture.reset(); }

    void showsEachPurchaseInItsOwnCurrency()
    {
        CreditPurchase euro = creditPurchase(2, "1234.5", QStringLiteral("EUR"));
        euro.quantity = amount("2.0");
        m_model->setPurchases({ creditPurchase(1, "3.99", QStringLiteral("GBP")), euro });
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
        auto cell = [&](int row, int column) { return m_model->index(row, column).data().toString(); };
        QCOMPARE(cell(0, Model::DatePurchased), QStringLiteral("04/09/2025 08:11 BST"));
        QCOMPARE(cell(0, Model::Invoice), QStringLiteral("1"));
        QCOMPARE(cell(0, Model::Type), QStringLiteral("Credit"));
        QCOMPARE(cell(0, Model::Gross), QStringLiteral("£3.99"));
        QCOMPARE(cell(0, Model::Tax), QStringLiteral("£0.00"));
        QCOMPARE(cell(0, Model::Currency), QStringLiteral("GBP"));
        QCOMPARE(cell(0, Model::Paid), QStringLiteral("Yes"));
        QCOMPARE(cell(0, Model::Id), m_model->purchases().at(0).id->toString(QUuid::WithoutBraces));
        QCOMPARE(cell(1, Model::Gross), QStringLiteral("EUR") + NoBreakSpace + QStringLiteral("1,234.50"));
        QCOMPARE(cell(1, Model::Quantity), QStringLiteral("2.0"));
        QCOMPARE(
            m_model->index(1, Model::Gross).data(Qt::ToolTipRole).toString(), QStringLiteral("1234.5 EUR"));
        QCOMPARE(m_model->index(0, Model::DatePurchased).data(Qt::ToolTipRole).toString(),
            QStringLiteral("2025-09-04T07:11:51+00:00"));
        QCOMPARE(m_model->headerData(Model::DatePurchased, Qt::Horizontal).toString(),
            QStringLiteral("Date purchased"));
        QCOMPARE(m_model->headerData(Model::Id, Qt::Horizontal).toString(), QStringLiteral("ID"));
        QCOMPARE(m_model->index(1, 0).data(Model::PurchaseRole).value<CreditPurchase>(), euro);
        QCOMPARE(m_model->purchaseAt(m_model->index(1, 3))->invoiceNumber, std::optional<qint64>(2));
    }

    void absentValuesShowAsADash()
    {
        m_model->setPurchases({ CreditPurchase() });
        for (int column = 0; column < Model::ColumnCount; ++column) {
            QCOMPARE(m_model->index(0, column).data().toString(), Dash);
            QVERIFY(!m_model->index(0, column).data(Model::SortRole).isValid());
        }
    }

    void totalsPerCurrencyNeverMix()
    {
        QSignalSpy totalsChanged(m_model, &AccountPurchasesModel::totalsChanged);
        m_model->setPurchases({ creditPurchase(1, "3.99", QStringLiteral("GBP")),
            creditPurchase(2, "5.00", QStringLiteral("EUR")),
            creditPurchase(3, "1.01", QStringLiteral("gbp")),
            creditPurchase(4, "100", QStringLiteral("USD")) });
        QCOMPARE(totalsChanged.count(), 1);
        const QList<CurrencyTotal> totals = m_model->totals();
        QCOMPARE(totals.size(), 3);
        QCOMPARE(totals.at(0).currency, QStringLiteral("GBP"));
        QCOMPARE(totals.at(0).count, 2);
        QCOMPARE(totals.at(0).grossTotal, amount("5.00"));
        QCOMPARE(totals.at(1).currency, QStringLiteral("EUR"));
        QCOMPARE(totals.at(1).grossTotal, amount("5"));
        QCOMPARE(totals.at(2).currency, QStringLiteral("USD"));
        QCOMPARE(totals.at(2).grossTotal, amount("100"));

        QCOMPARE(m_totals->rowCount(), 3);
        auto cell = [&](int row, int column) { return m_totals->index(row, column).data().toString(); };
        QCOMPARE(cell(0, Totals::Currency), QStringLiteral("GBP"));
        QCOMPARE(cell(0, Totals::Purchases), QStringLiteral("2"));
        QCOMPARE(cell(0, Totals::Gross), QStringLiteral("£5.00"));
        QCOMPARE(cell(1, Totals::Gross), QStringLiteral("EUR") + NoBreakSpace + QStringLiteral("5.00"));
        QCOMPARE(cell(2, Totals::Net), QStringLiteral("USD") + NoBreakSpace + QStringLiteral("100.00"));
        QCOMPARE(cell(0, Totals::Note), QString());
        QCOMPARE(
            m_totals->headerData(Totals::Purchases, Qt::Horizontal).toString(), QStringLiteral("Purchases"));
        QCOMPARE(m_totals->index(0, 0).data(Totals::TotalRole).value<CurrencyTotal>(), totals.at(0));
    }

    void aThousandPurchasesOfTenPenceTotalExactlyOneHundredPounds()
    {
        QList<CreditPurchase> purchases;
        for (int i = 0; i < 1000; ++i)
            purchases.append(creditPurchase(i, "0.10", QStringLiteral("GBP")));
        m_model->setPurchases(purchases);
        QCOMPARE(m_model->totals().size(), 1);
        const CurrencyTotal total = m_model->totals().constFirst();
        QCOMPARE(total.count, 1000);
        QCOMPARE(total.grossTotal, amount("100.00"));
        QCOMPARE(total.grossTotal.toString(), QStringLiteral("100.00"));
        QVERIFY(!total.incomplete);
        QCOMPARE(m_totals->index(0, Totals::Gross).data().toString(), QStringLiteral("£100.00"));
        QCOMPARE(
            m_totals->index(0, Totals::Gross).data(Qt::ToolTipRole).toString(), QStringLiteral("100.00 GBP"));
    }

    void anIncompleteTotalSaysSo()
    {
        CreditPurchase unknown = creditPurchase(2, "1.00", QStringLiteral("GBP"));
        unknown.grossTotal.reset();
        CreditPurchase noCurrency = creditPurchase(3, "2.00", QString());
        noCurrency.currency.reset();
        m_model->setPurchases({ creditPurchase(1, "3.99", QStringLiteral("GBP")), unknown, noCurrency });
        QCOMPARE(m_totals->rowCount(), 2);
        QVERIFY(m_model->totals().at(0).incomplete);
        QVERIFY(!m_totals->index(0, Totals::Note).data().toString().isEmpty());
        QVERIFY(m_totals->index(0, Totals::Gross)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("incomplete")));
        // Without a currency: totalled on its own, shown as such, never added to pounds.
        QCOMPARE(m_totals->index(1, Totals::Currency).data().toString(), QStringLiteral("(none)"));
        QCOMPARE(m_totals->index(1, Totals::Gross).data().toString(), QStringLiteral("2.00"));
    }

    void filtersPaidDaysTypeAndText()
    {
        CreditPurchase unpaid
            = creditPurchase(2, "1.00", QStringLiteral("GBP"), "2025-09-05T10:00:00Z", false);
        CreditPurchase unknownPaid = creditPurchase(3, "1.00", QStringLiteral("EUR"), "2025-09-03T23:30:00Z");
        unknownPaid.paid.reset();
        unknownPaid.purchaseType = QStringLiteral("Refund");
        CreditPurchase undated = creditPurchase(4, "1.00", QStringLiteral("GBP"));
        undated.datePurchased.reset();
        m_model->setPurchases({ creditPurchase(1, "3.99", QStringLiteral("GBP"), "2025-09-04T22:59:59Z"),
            unpaid, unknownPaid, undated });
        m_proxy->sort(Model::Invoice, Qt::AscendingOrder);
        QCOMPARE(invoices(*m_proxy), (QList<qint64> { 1, 2, 3, 4 }));

        m_proxy->setPaidOnly(true);
        QCOMPARE(invoices(*m_proxy), (QList<qint64> { 1, 4 }));
        m_proxy->setPaidOnly(false);

        // The 4th in London: 23:30Z on the 3rd is 00:30 on the 4th; 22:59:59Z on the 4th is 23:59:59.
        m_proxy->setDateRange(QDate(2025, 9, 4), QDate(2025, 9, 4));
        QCOMPARE(invoices(*m_proxy), (QList<qint64> { 1, 3 }));
        m_proxy->setDateRange(QDate(2025, 9, 5), std::nullopt);
        QCOMPARE(invoices(*m_proxy), QList<qint64> { 2 });
        m_proxy->setDateRange(std::nullopt, std::nullopt);

        m_proxy->setTypeFilter(QStringLiteral("refund"));
        QCOMPARE(invoices(*m_proxy), QList<qint64> { 3 });
        m_proxy->setTypeFilter(QString());

        m_proxy->setFilterText(QStringLiteral("eur"));
        QCOMPARE(invoices(*m_proxy), QList<qint64> { 3 });
        const QString idPart
            = m_model->purchases().at(1).id->toString(QUuid::WithoutBraces).left(13).toUpper();
        m_proxy->setFilterText(idPart);
        QCOMPARE(invoices(*m_proxy), QList<qint64> { 2 });
        m_proxy->setFilterText(QStringLiteral("credit gbp"));
        QCOMPARE(invoices(*m_proxy), (QList<qint64> { 1, 2, 4 }));
        m_proxy->setFilterText(QString());
        QCOMPARE(m_proxy->rowCount(), 4);

        QCOMPARE(
            m_model->purchaseTypes(), (QStringList { QStringLiteral("Credit"), QStringLiteral("Refund") }));
    }

    void sortsByTypedValues()
    {
        CreditPurchase noGross = creditPurchase(5, "1", QStringLiteral("GBP"));
        noGross.grossTotal.reset();
        m_model->setPurchases({ creditPurchase(1, "100", QStringLiteral("GBP"), "2025-09-04T07:30:00Z"),
            creditPurchase(2, "9.99", QStringLiteral("GBP"), "2025-09-04T08:00:00+01:00"),
            creditPurchase(3, "10.00", QStringLiteral("GBP"), "2025-09-04T07:45:00Z"), noGross });
        m_proxy->sort(Model::Gross, Qt::AscendingOrder);
        QCOMPARE(invoices(*m_proxy), (QList<qint64> { 5, 2, 3, 1 }));
        m_proxy->sort(Model::Gross, Qt::DescendingOrder);
        QCOMPARE(invoices(*m_proxy), (QList<qint64> { 1, 3, 2, 5 }));
        // 08:00+01:00 is 07:00Z: the earliest, before 07:11:51Z, 07:30Z and 07:45Z.
        m_proxy->sort(Model::DatePurchased, Qt::AscendingOrder);
        QCOMPARE(invoices(*m_proxy), (QList<qint64> { 2, 5, 1, 3 }));
    }

    void clearEmptiesTheTotals()
    {
        m_model->setPurchases({ creditPurchase(1, "3.99", QStringLiteral("GBP")) });
        QCOMPARE(m_totals->rowCount(), 1);
        QSignalSpy totalsChanged(m_model, &AccountPurchasesModel::totalsChanged);
        m_model->clear();
        QCOMPARE(totalsChanged.count(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_totals->rowCount(), 0);
        QCOMPARE(m_proxy->rowCount(), 0);
    }

    void displayFormatChangesAreAnnounced()
    {
        m_model->setPurchases({ creditPurchase(1, "3.99", QStringLiteral("GBP"), "2025-09-04T22:59:59Z") });
        m_proxy->setDateRange(QDate(2025, 9, 4), QDate(2025, 9, 4));
        QCOMPARE(m_proxy->rowCount(), 1);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        // In Dubai that instant is on the 5th.
        m_model->setDisplayFormat(
            DisplayFormat(QLocale(QLocale::English, QLocale::UnitedKingdom), QTimeZone("Asia/Dubai")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->index(0, Model::DatePurchased).data().toString(),
            QStringLiteral("05/09/2025 02:59 +04:00"));
        QCOMPARE(m_proxy->rowCount(), 0);
    }

private:
    using Fixture = test::ModelFixture<AccountPurchasesModel, PurchaseFilterProxyModel>;
    std::unique_ptr<Fixture> m_fixture; // the models and proxy under their testers, per test
    AccountPurchasesModel* m_model = nullptr;
    CurrencyTotalsModel* m_totals = nullptr;
    PurchaseFilterProxyModel* m_proxy = nullptr;
};

QTEST_MAIN(TestPurchases)
#include "tst_purchases.moc"
