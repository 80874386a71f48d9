// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"
#include "api/auth/CredentialStore.h"
#include "models/AccountPurchasesModel.h"
#include "models/OrderFilterProxyModel.h"
#include "models/PurchaseOrderModel.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/WindowFixture.h"
#include "ui/customer/CustomerTab.h"
#include "ui/customer/DetailsPane.h"
#include "ui/customer/EntitlementPane.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SearchBar.h"
#include "ui/purchases/AccountPurchasesTab.h"
#include "ui/session/ConnectionSession.h"
#include "ui/widgets/MessageBar.h"
#include "ui/writes/AckLicenceDialog.h"
#include "ui/writes/AddItemDialog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace ff;
using namespace ff::ui;
using ff::test::SandboxProcess;
using ff::test::WindowFixture;

// The fault matrix, in the window: each screen that talks to the server, against each fault.
// What the agent must see each time: a message in words they understand, in the place it
// belongs; nothing already on screen lost; and a window that carries on working.
class TestWindowFaults : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;

    static QJsonObject fault(const QJsonObject& spec, const QString& method)
    {
        QJsonObject object = spec;
        object.insert(QStringLiteral("count"), 5);
        if (!method.isEmpty())
            object.insert(QStringLiteral("method"), method);
        return object;
    }

    // Confirms the write the form holds and sends it with the fault on its request; what the
    // dialog then says, once it is done or back on the confirmation (none if it never settles).
    std::optional<QString> sendWithFault(
        WriteDialog* dialog, const QJsonObject& injected, const QString& method)
    {
        dialog->goToConfirmation();
        QTest::keyClicks(dialog->ticketEdit(), QStringLiteral("CS-9"));
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("fault matrix"));
        m_fx.sandbox().addFaults({ fault(injected, method) });
        dialog->send();
        const bool settled = QTest::qWaitFor(
            [dialog] {
                return dialog->step() == WriteDialog::Step::Confirm
                    || dialog->step() == WriteDialog::Step::Done;
            },
            20'000);
        return settled ? std::optional<QString>(dialog->messages()->text()) : std::nullopt;
    }

private slots:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString())); }

    void init()
    {
        m_fx.sandbox().clearFaults();
        ConnectionProfile profile = m_fx.profile(QStringLiteral("Faults"));
        profile.timeoutSeconds = 1;
        m_fx.openWindow(profile);
    }

    void cleanup() { m_fx.closeWindow(); }

    void everyScreenAgainstEveryFault_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QJsonObject>("injected");
        QTest::addColumn<QString>("says"); // what the agent reads, in part ("|" separates alternatives)
        auto status = [](int code) {
            return QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
                { QStringLiteral("status"), code },
                { QStringLiteral("contentType"), QStringLiteral("text/html") },
                { QStringLiteral("body"),
                    QStringLiteral("<html><head><title>Service Unavailable</title></head></html>") },
                { QStringLiteral("headers"),
                    QJsonObject { { QStringLiteral("Retry-After"), QStringLiteral("0") } } } };
        };
        auto kind = [](const char* name, QJsonObject more = {}) {
            more.insert(QStringLiteral("kind"), QString::fromLatin1(name));
            return more;
        };
        const QList<std::tuple<const char*, QJsonObject, const char*>> faults = {
            { "reset mid-body", kind("reset-mid-body"), "reach the server|could not be read|may or may not" },
            { "truncated", kind("truncate"), "reach the server|could not be read|may or may not" },
            { "no answer", kind("hang"), "Timed out" },
            { "500", status(500), "server failed" },
            { "502", status(502), "server failed" },
            { "503", status(503), "server failed" },
            { "401", status(401), "Not authorised" },
            { "429", status(429), "slow down" },
            { "too large", kind("oversize", { { QStringLiteral("bytes"), 300 * 1024 * 1024 } }),
                "too large|may or may not" },
            { "wrong content type", kind("wrong-content-type"), "could not be read|may or may not" },
            { "invalid UTF-8", kind("invalid-utf8"), "could not be read|may or may not" },
            { "redirect",
                kind("redirect",
                    { { QStringLiteral("location"), QStringLiteral("http://elsewhere.invalid/") } }),
                "elsewhere" },
        };
        for (const char* screen : { "orders", "entitlement", "purchases", "add-item", "ack-license" }) {
            for (const auto& [name, injected, says] : faults)
                QTest::addRow("%s: %s", screen, name)
                    << QString::fromLatin1(screen) << injected << QString::fromLatin1(says);
        }
    }
    void everyScreenAgainstEveryFault()
    {
        QFETCH(QString, screen);
        QFETCH(QJsonObject, injected);
        QFETCH(QString, says);
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        QVERIFY(tab->model()->orderCount() > 0);
        const int orders = tab->model()->orderCount();
        const QModelIndex order = tab->proxy()->index(0, 0);
        tab->view()->expand(order);
        const bool write = screen == QLatin1String("add-item") || screen == QLatin1String("ack-license");
        m_fx.sandbox().clearRequests();
        if (!write)
            m_fx.sandbox().addFaults({ fault(injected, QStringLiteral("GET")) });

        QString shown;
        if (screen == QLatin1String("orders")) {
            tab->refresh();
            QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 20'000);
            shown = tab->messages()->text();
            QCOMPARE(tab->model()->orderCount(), orders); // what was on screen stays
        } else if (screen == QLatin1String("entitlement")) {
            tab->view()->setCurrentIndex(tab->proxy()->index(0, 0, order));
            QTRY_VERIFY_WITH_TIMEOUT(!tab->entitlement()->isLoading(), 20'000);
            shown = tab->entitlement()->findChild<MessageBar*>()->text();
            QVERIFY2(!tab->details()->rawValue(QStringLiteral("Id")).isEmpty(),
                "the item's own details still show");
        } else if (screen == QLatin1String("purchases")) {
            m_fx.sandbox().clearFaults();
            tab->openAccountPurchases();
            auto* purchases = qobject_cast<AccountPurchasesTab*>(m_fx.window()->tabs()->currentWidget());
            QTRY_VERIFY_WITH_TIMEOUT(!purchases->isLoading(), 20'000);
            const int rows = purchases->model()->rowCount();
            m_fx.sandbox().addFaults({ fault(injected, QStringLiteral("GET")) });
            purchases->load();
            QTRY_VERIFY_WITH_TIMEOUT(!purchases->isLoading(), 20'000);
            shown = purchases->messages()->text();
            QCOMPARE(purchases->model()->rowCount(), rows);
        } else if (screen == QLatin1String("add-item")) {
            m_fx.sandbox().clearFaults();
            tab->view()->setCurrentIndex(order);
            tab->openAddItem();
            auto* dialog = tab->findChild<AddItemDialog*>();
            QTest::keyClicks(dialog->offerEdit(), QStringLiteral("77"));
            QTest::keyClicks(dialog->supplierRefEdit(), QStringLiteral("FFX-FAULT"));
            QTest::keyClicks(dialog->priceEdit(), QStringLiteral("0.99"));
            const std::optional<QString> said = sendWithFault(dialog, injected, QStringLiteral("PUT"));
            QVERIFY2(said, "the dialog settles on a result, or back on the confirmation");
            shown = *said;
            QCOMPARE(m_fx.countWrites(), 1);
            dialog->reject();
        } else {
            m_fx.sandbox().clearFaults();
            tab->view()->setCurrentIndex(tab->proxy()->index(0, 0, order));
            tab->openAcknowledgeLicence();
            auto* dialog = tab->findChild<AckLicenceDialog*>();
            dialog->deviceEdit()->setText(m_fx.device());
            const std::optional<QString> said = sendWithFault(dialog, injected, QStringLiteral("POST"));
            QVERIFY2(said, "the dialog settles on a result, or back on the confirmation");
            shown = *said;
            QCOMPARE(m_fx.countWrites(), 1);
            dialog->reject();
        }

        QStringList phrases = says.split(QLatin1Char('|'));
        if (write && (says.contains(QLatin1String("may or may not")) || says == QLatin1String("Timed out"))) {
            // A write whose answer was lost: the order is read again, and the verdict is what shows.
            phrases += { QStringLiteral("it was added"), QStringLiteral("was recorded"),
                QStringLiteral("not certain"), QStringLiteral("not added"), QStringLiteral("not recorded") };
        }
        bool understood = false;
        for (const QString& phrase : phrases)
            understood = understood || shown.contains(phrase, Qt::CaseInsensitive);
        QVERIFY2(understood, qPrintable(QStringLiteral("the agent read: “%1”").arg(shown)));

        // and the window carries on: another customer opens and loads
        m_fx.sandbox().clearFaults();
        m_fx.window()->searchBar()->search(
            QString::number(m_fx.affiliate()), QStringLiteral("o'brien+test/../x@example.co.uk"));
        CustomerTab* other = m_fx.window()->currentCustomer();
        QVERIFY(other);
        QTRY_VERIFY_WITH_TIMEOUT(!other->isLoading(), 20'000);
        QVERIFY(m_fx.window()->isVisible());
    }
};

QTEST_MAIN(TestWindowFaults)
#include "tst_windowfaults.moc"
