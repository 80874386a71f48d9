// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"
#include "api/auth/CredentialStore.h"
#include "models/OrderFilterProxyModel.h"
#include "tests/support/SandboxProcess.h"
#include "ui/customer/CustomerTab.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SearchBar.h"
#include "ui/profiles/ProfilesDialog.h"
#include "ui/profiles/SecretDialog.h"
#include "ui/purchases/AccountPurchasesTab.h"
#include "ui/session/ConnectionSession.h"
#include "ui/writes/AckLicenceDialog.h"
#include "ui/writes/AddItemDialog.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ff;
using namespace ff::ui;
using ff::test::SandboxProcess;

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
    QTemporaryDir m_home;
    std::unique_ptr<SandboxProcess> m_sandbox;

private slots:
    void initTestCase()
    {
        qputenv("FFCONSOLE_SETTINGS", m_home.filePath(QStringLiteral("settings.ini")).toUtf8());
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    }

    void everyControlHasAName()
    {
        CredentialStore credentials(QStringLiteral("FilmFlex Agent Console tests"));
        ConnectionSession session(&credentials);
        const AuditLog audit(m_home.filePath(QStringLiteral("audit.jsonl")));
        MainWindow window(&session, &credentials, audit);
        window.show();
        ConnectionProfile profile;
        profile.name = QStringLiteral("Accessibility");
        profile.platformUrl = m_sandbox->url();
        Credentials secret;
        secret.scheme = AuthScheme::Bearer;
        secret.secret = m_sandbox->token();
        session.useCredentials(profile, secret);

        QStringList customers;
        for (const QJsonValue& value : m_sandbox->info().value(QStringLiteral("customers")).toArray())
            customers.append(value.toObject().value(QStringLiteral("username")).toString());
        window.searchBar()->search(QStringLiteral("1"), QStringLiteral("zoë smith"));
        CustomerTab* tab = window.currentCustomer();
        QSignalSpy(tab, &CustomerTab::loadFinished).wait(15'000);
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

        ProfilesDialog profiles({ profile }, &credentials, true);
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
