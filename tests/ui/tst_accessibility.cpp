// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderFilterProxyModel.h"
#include "tests/support/WindowFixture.h"
#include "ui/customer/CustomerTab.h"
#include "ui/main/MainWindow.h"
#include "ui/profiles/ProfilesDialog.h"
#include "ui/profiles/SecretDialog.h"
#include "ui/purchases/AccountPurchasesTab.h"
#include "ui/writes/AckLicenceDialog.h"
#include "ui/writes/AddItemDialog.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace ff;
using namespace ff::ui;
using ff::test::WindowFixture;

namespace {

// Every control a keyboard can reach, with no name for a screen reader.
QStringList unnamedControls(QWidget* top)
{
    QStringList unnamed;
    const QList<QWidget*> widgets = top->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(top) || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // The editor inside a combo box or spin box is part of that control, which carries the name.
        if (qobject_cast<QComboBox*>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed.append(
                QStringLiteral("%1 \"%2\"")
                    .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
    }
    return unnamed;
}

} // namespace

// Every interactive widget has an accessible name, and can be reached from the keyboard.
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;

private slots:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString())); }

    void everyControlHasAName()
    {
        const ConnectionProfile profile = m_fx.profile(QStringLiteral("Accessibility"));
        m_fx.openWindow(profile);
        MainWindow& window = *m_fx.window();
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        const QModelIndex order = tab->proxy()->index(0, 0);
        tab->view()->expand(order);
        tab->view()->setCurrentIndex(tab->proxy()->index(0, 0, order));
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 10'000);
        QStringList unnamed = unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(QStringLiteral("main window: ") + unnamed.join(QStringLiteral(", "))));

        tab->view()->setCurrentIndex(order);
        tab->openAddItem();
        auto* add = tab->findChild<AddItemDialog*>();
        QVERIFY(add);
        unnamed = unnamedControls(add);
        QVERIFY2(
            unnamed.isEmpty(), qPrintable(QStringLiteral("add item: ") + unnamed.join(QStringLiteral(", "))));
        add->reject();

        tab->view()->setCurrentIndex(tab->proxy()->index(0, 0, order));
        tab->openAcknowledgeLicence();
        auto* ack = tab->findChild<AckLicenceDialog*>();
        QVERIFY(ack);
        unnamed = unnamedControls(ack);
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(QStringLiteral("acknowledge: ") + unnamed.join(QStringLiteral(", "))));
        ack->reject();

        tab->openAccountPurchases();
        auto* purchases = qobject_cast<AccountPurchasesTab*>(window.tabs()->currentWidget());
        QVERIFY(purchases);
        QTRY_VERIFY_WITH_TIMEOUT(!purchases->isLoading(), 10'000);
        unnamed = unnamedControls(purchases);
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(QStringLiteral("purchases: ") + unnamed.join(QStringLiteral(", "))));

        ProfilesDialog profiles({ profile }, m_fx.credentialStore(), true);
        profiles.show();
        unnamed = unnamedControls(&profiles);
        QVERIFY2(
            unnamed.isEmpty(), qPrintable(QStringLiteral("profiles: ") + unnamed.join(QStringLiteral(", "))));

        SecretDialog prompt(QStringLiteral("Production"), QStringLiteral("No secret is stored yet."), true);
        prompt.show();
        unnamed = unnamedControls(&prompt);
        QVERIFY2(
            unnamed.isEmpty(), qPrintable(QStringLiteral("secret: ") + unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
