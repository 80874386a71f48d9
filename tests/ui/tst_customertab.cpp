// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/core/GuidText.h"
#include "models/OrderFilterProxyModel.h"
#include "models/PurchaseOrderModel.h"
#include "tests/support/WindowFixture.h"
#include "ui/customer/CustomerActions.h"
#include "ui/customer/CustomerTab.h"
#include "ui/customer/DetailsPane.h"
#include "ui/main/MainWindow.h"
#include "ui/session/ConnectionSession.h"
#include "ui/writes/AckLicenceDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace ff;
using namespace ff::ui;
using ff::test::WindowFixture;

// A customer's tab as the agent reads and works it: its buttons are the window's actions (the
// same state, the same tooltip, whichever way they are reached), its filters offer what the
// orders hold, and its header says who the customer is.
class TestCustomerTab : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;

    // Each button of the tab beside the action it stands for, as the menus and keys reach it.
    QList<std::pair<QPushButton*, QAction*>> buttonsAndActions(CustomerTab* tab) const
    {
        const CustomerActions& actions = m_fx.window()->customerActions();
        QList<std::pair<QPushButton*, QAction*>> pairs;
        for (const auto& [button, action] : QList<std::pair<const char*, QAction*>> {
                 { "copyCustomerIdButton", actions.copyCustomerId() }, { "refreshButton", actions.refresh() },
                 { "accountPurchasesButton", actions.accountPurchases() },
                 { "addItemButton", actions.addItem() },
                 { "ackLicenceButton", actions.acknowledgeLicence() } })
            pairs.append({ tab->findChild<QPushButton*>(QLatin1String(button)), action });
        return pairs;
    }

    // Where a button does not say or allow exactly what its action does; empty when all agree.
    QString buttonsDisagreeingWithTheirActions(CustomerTab* tab) const
    {
        QStringList disagreeing;
        for (const auto& [button, action] : buttonsAndActions(tab)) {
            if (!button || button->isEnabled() != action->isEnabled()
                || button->isVisible() != action->isVisible() || button->toolTip() != action->toolTip()
                || button->text() != action->iconText())
                disagreeing.append(action->objectName());
        }
        return disagreeing.join(QStringLiteral(", "));
    }

private slots:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString())); }

    void init() { QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Customer tab")))); }

    void cleanup() { m_fx.closeWindow(); }

    void theButtonsAreTheWindowsActions()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        const CustomerActions& actions = m_fx.window()->customerActions();
        WindowFixture::selectFirstOrder(tab);
        QVERIFY2(buttonsDisagreeingWithTheirActions(tab).isEmpty(),
            qPrintable(buttonsDisagreeingWithTheirActions(tab)));
        QVERIFY(actions.addItem()->isEnabled());
        QVERIFY(!actions.acknowledgeLicence()->isEnabled());
        QCOMPARE(actions.acknowledgeLicence()->toolTip(), QStringLiteral("Select an item first"));
        QCOMPARE(tab->findChild<QPushButton*>(QStringLiteral("addItemButton"))->text(),
            QStringLiteral("Add item…"));

        WindowFixture::selectFirstItem(tab);
        QVERIFY2(buttonsDisagreeingWithTheirActions(tab).isEmpty(),
            qPrintable(buttonsDisagreeingWithTheirActions(tab)));
        QVERIFY(actions.acknowledgeLicence()->isEnabled());
        QCOMPARE(actions.acknowledgeLicence()->toolTip(),
            QStringLiteral("Acknowledge the licence of the selected item"));

        // the button does what the menu entry and Ctrl+Shift+K do
        QTest::mouseClick(tab->findChild<QPushButton*>(QStringLiteral("ackLicenceButton")), Qt::LeftButton);
        auto* ack = tab->findChild<AckLicenceDialog*>();
        QVERIFY2(ack && ack->isVisible(), "the button opens the licence dialog");
        ack->reject();
    }

    void copyingTheCustomerIdPutsItOnTheClipboard()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab && tab->customerId());
        QVERIFY(m_fx.window()->customerActions().copyCustomerId()->isEnabled());
        QTest::mouseClick(
            tab->findChild<QPushButton*>(QStringLiteral("copyCustomerIdButton")), Qt::LeftButton);
        QCOMPARE(
            QApplication::clipboard()->text(), QString::fromLatin1(GuidText::toText(*tab->customerId())));
        QCOMPARE(m_fx.window()->statusBar()->currentMessage(), QStringLiteral("Customer id copied"));
    }

    void refreshingIsOffWhileTheOrdersLoad()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        QAction* refresh = m_fx.window()->customerActions().refresh();
        QVERIFY(refresh->isEnabled());
        QSignalSpy finished(tab, &CustomerTab::loadFinished);
        tab->refresh();
        QVERIFY(tab->isLoading());
        QVERIFY(!refresh->isEnabled());
        QVERIFY2(buttonsDisagreeingWithTheirActions(tab).isEmpty(),
            qPrintable(buttonsDisagreeingWithTheirActions(tab)));
        QVERIFY(finished.wait(15'000));
        QVERIFY(refresh->isEnabled());
        QVERIFY2(buttonsDisagreeingWithTheirActions(tab).isEmpty(),
            qPrintable(buttonsDisagreeingWithTheirActions(tab)));
    }

    void aReadOnlyProfileHasNoWriteActionsAnywhere()
    {
        ConnectionProfile readOnly = m_fx.profile(QStringLiteral("Read-only"));
        readOnly.readOnly = true;
        m_fx.session()->useCredentials(readOnly, m_fx.credentials());
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        WindowFixture::selectFirstItem(tab);
        const CustomerActions& actions = m_fx.window()->customerActions();
        QVERIFY(!actions.addItem()->isVisible() && !actions.addItem()->isEnabled());
        QVERIFY(!actions.acknowledgeLicence()->isVisible() && !actions.acknowledgeLicence()->isEnabled());
        QVERIFY2(buttonsDisagreeingWithTheirActions(tab).isEmpty(),
            qPrintable(buttonsDisagreeingWithTheirActions(tab)));
    }

    void theStatusFilterOffersTheOrdersStatusesInTheModelsOrder()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        auto* status = tab->findChild<QComboBox*>(QStringLiteral("statusFilter"));
        QVERIFY(status);
        const QList<PurchaseOrderStatus> statuses = tab->model()->statuses();
        QVERIFY(statuses.size() >= 3); // completed, refunded, failed, pending...
        QCOMPARE(status->count(), statuses.size() + 1);
        QCOMPARE(status->itemText(0), QStringLiteral("All statuses"));
        for (int i = 0; i < statuses.size(); ++i) {
            QCOMPARE(status->itemText(i + 1), statuses[i].name.value_or(QString()));
            QCOMPARE(status->itemData(i + 1).toString(), statuses[i].code.value_or(QString()));
        }
        // choosing one shows only its orders
        status->setCurrentIndex(1);
        QVERIFY(tab->proxy()->rowCount() > 0);
        QVERIFY(tab->proxy()->rowCount() < tab->model()->orderCount());
    }

    void theSummarySaysWhatTheCustomerHasAndWhoTheyAre()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab && tab->customerId());
        const QString summary = tab->findChild<QLabel*>(QStringLiteral("customerSummary"))->text();
        QCOMPARE(summary,
            QStringLiteral("%1 order(s) · %2 item(s) · customer id %3")
                .arg(tab->model()->orderCount())
                .arg(tab->model()->itemCount())
                .arg(QString::fromLatin1(GuidText::toText(*tab->customerId()))));
    }

    void theDetailsSayLicenceAsAgentsWriteIt()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        WindowFixture::selectFirstItem(tab);
        QVERIFY(tab->selectedItem());
        QStringList labels;
        const auto* fields = tab->details()->findChild<QTreeWidget*>();
        QVERIFY(fields);
        for (int i = 0; i < fields->topLevelItemCount(); ++i)
            labels.append(fields->topLevelItem(i)->text(0).trimmed());
        QVERIFY2(labels.contains(QStringLiteral("Licence acknowledged")), qPrintable(labels.join(u',')));
        QVERIFY2(labels.contains(QStringLiteral("Persistent licence issued")), qPrintable(labels.join(u',')));
        for (const QString& label : labels)
            QVERIFY2(!label.contains(QLatin1String("icense")), qPrintable(label));
        // the API's own name stays as it is, for whoever looks it up
        QCOMPARE(tab->details()->rawValue(QStringLiteral("PersistentLicenseIssued")),
            tab->selectedItem()->persistentLicenseIssued.value_or(false) ? QStringLiteral("true")
                                                                         : QStringLiteral("false"));
    }
};

QTEST_MAIN(TestCustomerTab)
#include "tst_customertab.moc"
