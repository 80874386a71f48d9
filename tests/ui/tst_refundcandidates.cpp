// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigation/CustomerInvestigation.h"
#include "models/OrderFilterProxyModel.h"
#include "models/PurchaseOrderModel.h"
#include "tests/support/WindowFixture.h"
#include "ui/customer/CustomerActions.h"
#include "ui/customer/CustomerTab.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace ff;
using namespace ff::ui;
using ff::test::WindowFixture;

// The refund answer in a customer's tab, against a real sandbox: the tree's refund columns and
// the header's candidates line once the orders are in, and the "refund candidates" switch (its
// box, its action, its shortcut) showing exactly the items ff::CustomerInvestigation calls
// candidates, worked out here on the same orders at the same instant.
class TestRefundCandidates : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;

    // A customer's tab, worked out as of the sandbox's own "now" (its data is made relative to it).
    CustomerTab* openInvestigated(const QString& username)
    {
        CustomerTab* tab = m_fx.openCustomer(username);
        if (!tab)
            return nullptr;
        const std::optional<DateTimeOffset> now = m_fx.sandbox().sandboxInfo().now;
        if (!now)
            return nullptr;
        InvestigationContext context = tab->investigationContext();
        context.asOf = now;
        QSignalSpy investigated(tab->model(), &PurchaseOrderModel::investigated);
        tab->setInvestigationContext(context);
        if (!investigated.wait(20'000))
            return nullptr;
        return tab;
    }

    static QList<PurchaseOrder> ordersOf(const PurchaseOrderModel& model)
    {
        QList<PurchaseOrder> orders;
        for (int row = 0; row < model.rowCount(); ++row)
            orders.append(*model.orderAt(model.index(row, 0)));
        return orders;
    }

    // Every item the tree shows, each order expanded.
    static QSet<qint64> shownItems(const CustomerTab& tab)
    {
        QSet<qint64> ids;
        const OrderFilterProxyModel& proxy = *tab.proxy();
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex order = proxy.index(row, 0);
            for (int item = 0; item < proxy.rowCount(order); ++item)
                ids.insert(proxy.index(item, 0, order).data(PurchaseOrderModel::ItemIdRole).toLongLong());
        }
        return ids;
    }

private slots:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString())); }

    void init() { QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Refund candidates")))); }

    void cleanup() { m_fx.closeWindow(); }

    void theTreeAnswersFromTheOrdersAlone()
    {
        // Without an "as of": worked out at now, with the profile's (default) policy, once loaded.
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->investigationInstant().has_value(), 20'000);
        QVERIFY(!tab->investigationContext().asOf);
        QCOMPARE(tab->investigationContext().policy, RefundPolicy());
        const auto* header = tab->findChild<QLabel*>(QStringLiteral("refundCandidates"));
        QVERIFY(header && !header->text().isEmpty());
        // Every item has its state, verdict and signals column worked out.
        const PurchaseOrderModel& model = *tab->model();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex order = model.index(row, 0);
            for (int item = 0; item < model.rowCount(order); ++item) {
                QVERIFY(model.investigatedAt(model.index(item, 0, order)));
                QVERIFY(!model.index(item, PurchaseOrderModel::State, order).data().toString().isEmpty());
                QVERIFY(!model.index(item, PurchaseOrderModel::Verdict, order).data().toString().isEmpty());
            }
        }
    }

    void theSwitchShowsExactlyTheCandidates()
    {
        CustomerTab* tab = openInvestigated(QStringLiteral("zoë smith"));
        QVERIFY(tab);
        const QList<PurchaseOrder> orders = ordersOf(*tab->model());
        const InvestigationContext context = tab->investigationContext();
        QSet<qint64> expected;
        for (const ItemInvestigation& item :
            CustomerInvestigation::run(orders, context.policy, *context.asOf)) {
            if (item.isCandidate())
                expected.insert(*item.item->id);
        }
        QVERIFY2(!expected.isEmpty(), "zoë smith has refund candidates as of the sandbox's now");
        QVERIFY(expected.size() < tab->model()->itemCount());

        // The header counts them.
        const auto* header = tab->findChild<QLabel*>(QStringLiteral("refundCandidates"));
        QVERIFY2(header->text().startsWith(QCoreApplication::translate(
                     "ff::ui::CustomerHeader", "%n refund candidate(s)", nullptr, int(expected.size()))),
            qPrintable(header->text()));

        // The switch, through its action (as the menu and Ctrl+Shift+R reach it).
        auto* box = tab->findChild<QCheckBox*>(QStringLiteral("refundCandidatesSwitch"));
        QVERIFY(box && !box->isChecked());
        QAction* action = m_fx.window()->customerActions().refundCandidates();
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
        action->trigger();
        QVERIFY(box->isChecked());
        QCOMPARE(shownItems(*tab), expected);
        for (int row = 0; row < tab->proxy()->rowCount(); ++row)
            QVERIFY(tab->proxy()->rowCount(tab->proxy()->index(row, 0)) > 0); // no order without one

        // Within the other filters: a word that finds no candidate shows nothing.
        tab->filterEdit()->setText(QStringLiteral("no such title anywhere"));
        QCOMPARE(tab->proxy()->rowCount(), 0);
        tab->filterEdit()->clear();
        QCOMPARE(shownItems(*tab), expected);

        // And back: every item.
        QTest::mouseClick(box, Qt::LeftButton);
        QVERIFY(!box->isChecked());
        QCOMPARE(shownItems(*tab).size(), tab->model()->itemCount());
    }

    void anotherCustomerToo()
    {
        // A customer of the roster's rest, whatever they bought: the switch agrees with the library.
        CustomerTab* tab = openInvestigated(QStringLiteral("jmurphy"));
        QVERIFY(tab);
        const InvestigationContext context = tab->investigationContext();
        QSet<qint64> expected;
        for (const ItemInvestigation& item :
            CustomerInvestigation::run(ordersOf(*tab->model()), context.policy, *context.asOf)) {
            if (item.isCandidate())
                expected.insert(*item.item->id);
        }
        tab->toggleRefundCandidates();
        QCOMPARE(shownItems(*tab), expected);
    }
};

QTEST_MAIN(TestRefundCandidates)
#include "tst_refundcandidates.moc"
