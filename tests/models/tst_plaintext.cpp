// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "models/AccountPurchasesModel.h"
#include "models/CurrencyTotalsModel.h"
#include "models/EntitlementModel.h"
#include "models/PurchaseFilterProxyModel.h"
#include "tests/support/MarkupData.h"
#include "tests/support/ModelFixture.h"
#include "tests/support/OrderModelFixture.h"
#include "tests/support/RichTextCheck.h"

#include <QSortFilterProxyModel>
#include <QTest>

using namespace ff;
using ff::test::MarkupData;
using ff::test::RichTextCheck;

// Text a server sends is data, never markup: every model's tooltips show a title, a supplier
// ref, a payment provider, a status, a currency and ids letter for letter, whatever they look
// like, and hovering one reads no file.
class TestPlainText : public QObject
{
    Q_OBJECT

private:
    const RichTextCheck m_check { MarkupData::planted() };

private slots:
    void theOrdersTreeShowsMarkupAsCharacters()
    {
        test::OrderModelFixture fixture(test::londonFormat(), QStringLiteral("GBP"), MarkupData::orders());
        PurchaseOrderModel& model = fixture.model();
        QCOMPARE(model.rowCount(), 2);
        const QStringList problems = m_check.modelProblems(model, QStringLiteral("orders"))
            + m_check.modelProblems(fixture.proxy(), QStringLiteral("orders proxy"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // The single item's title on its order's row, and on the item's own row.
        const QModelIndex order = model.index(0, PurchaseOrderModel::Title);
        const QModelIndex item = model.index(0, PurchaseOrderModel::Title, model.index(0, 0));
        for (const QModelIndex& title : { order, item }) {
            QCOMPARE(title.data().toString(), MarkupData::Image);
            const QString tip = title.data(Qt::ToolTipRole).toString();
            QCOMPARE(RichTextCheck::shownToolTip(tip), MarkupData::Image);
            QVERIFY2(RichTextCheck::resourcesAskedFor(tip).isEmpty(), qPrintable(tip));
        }
        const QModelIndex provider = model.index(0, PurchaseOrderModel::PaymentProvider);
        QCOMPARE(RichTextCheck::shownToolTip(provider.data(Qt::ToolTipRole).toString()), MarkupData::Link);
        // The status's tooltip: its name and its code, both as sent.
        QCOMPARE(RichTextCheck::shownToolTip(
                     model.index(0, PurchaseOrderModel::Status).data(Qt::ToolTipRole).toString()),
            QStringLiteral("<i>Completed</i> (<u>DONE</u>)"));
    }

    void anEntitlementsFamilyShowsMarkupAsCharacters()
    {
        test::ModelFixture<EntitlementModel, QSortFilterProxyModel> fixture(
            [](EntitlementModel& model) { model.setDisplayFormat(test::londonFormat()); });
        fixture.model().setEntitlement(MarkupData::entitlement());
        QVERIFY(fixture.model().indexOfCurrent().isValid());
        const QStringList problems = m_check.modelProblems(fixture.model(), QStringLiteral("entitlement"))
            + m_check.modelProblems(fixture.proxy(), QStringLiteral("entitlement proxy"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QModelIndex current = fixture.model().indexOfCurrent().siblingAtColumn(EntitlementModel::Title);
        QCOMPARE(current.data().toString(), MarkupData::Image);
        QCOMPARE(RichTextCheck::shownToolTip(current.data(Qt::ToolTipRole).toString()), MarkupData::Image);
    }

    void accountPurchasesAndTheirTotalsShowMarkupAsCharacters()
    {
        test::ModelFixture<AccountPurchasesModel, PurchaseFilterProxyModel> fixture(
            [](AccountPurchasesModel& model) { model.setDisplayFormat(test::londonFormat()); });
        auto& totals = fixture.add<CurrencyTotalsModel>();
        totals.setDisplayFormat(test::londonFormat());
        AccountPurchasesModel& model = fixture.model();
        model.setPurchases(*MarkupData::purchases().responseData->detail->purchases);
        totals.setTotals(model.totals());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(totals.rowCount(), 1);
        const QStringList problems = m_check.modelProblems(model, QStringLiteral("purchases"))
            + m_check.modelProblems(fixture.proxy(), QStringLiteral("purchases proxy"))
            + m_check.modelProblems(totals, QStringLiteral("totals"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        const QString type = model.index(0, AccountPurchasesModel::Type).data(Qt::ToolTipRole).toString();
        QCOMPARE(
            RichTextCheck::shownToolTip(type), QStringLiteral("<table><tr><td>Credit</td></tr></table>"));
        // An exact amount with the currency as the server wrote it, and the total's as grouped.
        QCOMPARE(RichTextCheck::shownToolTip(
                     model.index(0, AccountPurchasesModel::Gross).data(Qt::ToolTipRole).toString()),
            QStringLiteral("3.99 <s>eur</s>"));
        QCOMPARE(RichTextCheck::shownToolTip(
                     totals.index(0, CurrencyTotalsModel::Gross).data(Qt::ToolTipRole).toString()),
            QStringLiteral("7.98 <S>EUR</S>"));
    }

    void theCheckFindsMarkupWhereItWouldBeObeyed()
    {
        // The check itself, so that a walk that finds nothing means something.
        QVERIFY(!m_check.toolTipProblem(MarkupData::Image).isEmpty());
        QVERIFY(!m_check.toolTipProblem(QStringLiteral("3.99 <S>EUR</S>")).isEmpty());
        QVERIFY(!m_check.toolTipProblem(QStringLiteral("<b>own</b> markup")).isEmpty());
        QCOMPARE(
            RichTextCheck::resourcesAskedFor(MarkupData::Image), QStringList { QStringLiteral("/dev/zero") });
        QVERIFY(m_check.toolTipProblem(DisplayFormat::toolTip(MarkupData::Image)).isEmpty());
        QVERIFY(m_check.toolTipProblem(QStringLiteral("a < b")).isEmpty()); // Qt shows it as it is
        QVERIFY(m_check.problem(QStringLiteral("<b>own</b> markup"), Qt::RichText).isEmpty());
        QVERIFY(!m_check.problem(MarkupData::Link, Qt::RichText).isEmpty());
        QVERIFY(m_check.problem(MarkupData::Link, Qt::PlainText).isEmpty());
    }
};

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
