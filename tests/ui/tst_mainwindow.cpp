// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"
#include "api/auth/CredentialStore.h"
#include "api/profile/ProfileStore.h"
#include "models/AccountPurchasesModel.h"
#include "models/OrderFilterProxyModel.h"
#include "models/PurchaseOrderModel.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/WindowFixture.h"
#include "ui/audit/AuditLogDialog.h"
#include "ui/customer/CustomerTab.h"
#include "ui/customer/DetailsPane.h"
#include "ui/customer/EntitlementPane.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SearchBar.h"
#include "ui/profiles/SecretDialog.h"
#include "ui/purchases/AccountPurchasesTab.h"
#include "ui/session/ConnectionSession.h"
#include "ui/widgets/MessageBar.h"
#include "ui/writes/AckLicenceDialog.h"
#include "ui/writes/AddItemDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace ff;
using namespace ff::ui;
using ff::test::SandboxProcess;
using ff::test::WindowFixture;

namespace {

// Everything the program logs during the tests, with every ffconsole category switched on, so
// that it can be searched for secrets at the end.
QByteArray& capturedLog()
{
    static QByteArray log;
    return log;
}

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    capturedLog() += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

} // namespace

// The real window, driven with QTest against a real sandbox: what an agent does, and what they see.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;
    QStringList m_usedTokens;

    ConnectionProfile profile(const QUrl& url = QUrl()) const
    {
        ConnectionProfile profile = m_fx.profile(QStringLiteral("Test sandbox"), url);
        profile.timeoutSeconds = 5;
        return profile;
    }

    // Opens add-item on the first order, fills it in, confirms and sends; returns the dialog.
    AddItemDialog* sendAddItem(CustomerTab* tab, const QString& supplierRef)
    {
        AddItemDialog* dialog = WindowFixture::fillAddItem(
            tab, supplierRef, QStringLiteral("CS-3003"), QStringLiteral("Testing a lost answer"));
        if (dialog)
            QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("ffconsole.*=true"));
        qInstallMessageHandler(captureMessage);
        QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
    }

    void init()
    {
        m_fx.sandbox().clearFaults();
        m_fx.sandbox().clearRequests();
        QVERIFY(m_fx.openWindow(profile()));
    }

    void cleanupTestCase()
    {
        // After a whole session of searches, writes, a renewed token: no secret anywhere on disk
        // or in the logs.
        qInstallMessageHandler(nullptr);
        QVERIFY(!capturedLog().isEmpty());
        QStringList secrets = m_usedTokens;
        secrets.append(m_fx.sandbox().token());
        for (const QString& file : { QStringLiteral("settings.ini"), QStringLiteral("audit.jsonl") }) {
            QFile written(m_fx.path(file));
            QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(file));
            const QByteArray bytes = written.readAll();
            QVERIFY(!bytes.isEmpty());
            for (const QString& secret : secrets)
                QVERIFY2(
                    !bytes.contains(secret.toUtf8()), qPrintable(file + QStringLiteral(" holds a secret")));
        }
        for (const QString& secret : secrets)
            QVERIFY2(!capturedLog().contains(secret.toUtf8()), "a secret reached the log");
    }

    void cleanup() { m_fx.closeWindow(); }

    void theFirstStartOffersTheSandboxAndConnectsToIt()
    {
        QTemporaryDir empty;
        qputenv("FFCONSOLE_SETTINGS", empty.filePath(QStringLiteral("first-start.ini")).toUtf8());
        CredentialStore credentials(QStringLiteral("FilmFlex Agent Console tests"));
        ConnectionSession session(&credentials);
        session.setSandboxProgram(SandboxProcess::program());
        session.setSandboxArguments({ QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--quiet"), QStringLiteral("--exit-with-parent") });
        MainWindow window(&session, &credentials, m_fx.audit());
        window.show();
        window.startWithSavedProfiles();
        QMessageBox* offer = nullptr;
        QTRY_VERIFY((offer = window.findChild<QMessageBox*>(QStringLiteral("firstRunDialog"))) != nullptr);
        QSignalSpy ready(&session, &ConnectionSession::ready);
        offer->buttons().first()->click(); // "Start the sandbox"
        QVERIFY(ready.count() > 0 || ready.wait(20'000));
        QVERIFY(session.profile().isBuiltInSandbox);
        QVERIFY(window.findChild<QToolButton*>(QStringLiteral("profileIndicator"))
                    ->text()
                    .contains(QLatin1String("Sandbox")));
        // a new user is offered the sandbox's test customers, one click away
        auto* welcome = window.findChild<QLabel*>(QStringLiteral("welcome"));
        QVERIFY(welcome && welcome->isVisible());
        const QRegularExpressionMatch link
            = QRegularExpression(QStringLiteral("<a href=\"([^\"]+)\">zoë smith</a>")).match(welcome->text());
        QVERIFY2(link.hasMatch(), qPrintable(welcome->text()));
        QVERIFY(welcome->text().contains(
            QStringLiteral("josé.núñez@example.ie"))); // affiliates 2 and 3 have one too
        emit welcome->linkActivated(link.captured(1)); // as a click on it does
        CustomerTab* tab = window.currentCustomer();
        QVERIFY(tab);
        QCOMPARE(
            window.tabs()->tabText(window.tabs()->currentIndex()), QStringLiteral("zoë smith (FilmFlex UK)"));
        QCOMPARE(window.searchBar()->affiliateBox()->currentText(),
            QStringLiteral("FilmFlex UK (1)")); // by name, as chosen
        QSignalSpy(tab, &CustomerTab::loadFinished).wait(15'000);
        QVERIFY(tab->model()->orderCount() > 0);
        // the sandbox profile is saved: the next start goes straight there
        auto settings = ProfileStore::openSettings();
        QVERIFY(ProfileStore(*settings).profile(QStringLiteral("Sandbox"))->isBuiltInSandbox);
        qputenv("FFCONSOLE_SETTINGS", m_fx.path(QStringLiteral("settings.ini")).toUtf8());
    }

    void theWindowHasTheConsolesIcon()
    {
        // In the task bar and the window switcher an agent tells the console apart by it.
        const QImage icon = m_fx.window()->windowIcon().pixmap(QSize(32, 32)).toImage();
        QVERIFY2(!icon.isNull(), "the icon (an SVG in the ui library's resources) loads");
        QCOMPARE(icon.pixelColor(16, 28), QColor(QStringLiteral("#1f3a5f"))); // its navy ground
        QCOMPARE(icon.pixelColor(17, 17), QColor(Qt::white)); // and the play button on it
    }

    void searchShowsTheOrders()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        QVERIFY(!tab->isLoading());
        QVERIFY(tab->model()->orderCount() > 0);
        QCOMPARE(tab->proxy()->rowCount(), tab->model()->orderCount());
        QVERIFY(tab->view()->isVisible());
        QVERIFY(!tab->messages()->isVisible());
        QCOMPARE(m_fx.window()->tabs()->tabText(m_fx.window()->tabs()->currentIndex()),
            QStringLiteral("zoë smith (FilmFlex UK)"));

        // selecting an item shows its fields and fetches its entitlement
        WindowFixture::selectFirstItem(tab);
        QVERIFY(tab->selectedItem());
        QCOMPARE(tab->details()->rawValue(QStringLiteral("Id")), QString::number(*tab->selectedItem()->id));
        QTRY_VERIFY_WITH_TIMEOUT(!tab->entitlement()->isLoading(), 10'000);
        QTRY_VERIFY(tab->entitlement()->entitlement().has_value() || m_fx.sandbox().requests().size() >= 2);
        // every offer and asset of the title can be read without scrolling inside its box
        auto* paneTabs = qobject_cast<QTabWidget*>(tab->entitlement()->parentWidget()->parentWidget());
        QVERIFY(paneTabs);
        paneTabs->setCurrentWidget(tab->entitlement());
        for (const char* name : { "entitlementOffers", "entitlementAssets" }) {
            auto* list = tab->entitlement()->findChild<QTreeWidget*>(QLatin1String(name));
            QVERIFY(list);
            QVERIFY2(list->topLevelItemCount() > 0, name);
            QTRY_VERIFY(list->isVisible());
            QTRY_VERIFY2(list->visualItemRect(list->topLevelItem(list->topLevelItemCount() - 1)).bottom()
                    < list->viewport()->height(),
                name);
        }

        // the same customer again switches to their tab rather than opening another
        m_fx.window()->searchBar()->search(QString::number(m_fx.affiliate()), QStringLiteral("ZOË SMITH"));
        QCOMPARE(m_fx.window()->tabs()->count(), 1);
    }

    void aBadAffiliateShowsAnInlineErrorAndSendsNothing()
    {
        m_fx.window()->searchBar()->search(QStringLiteral("abc"), QStringLiteral("zoë smith"));
        QVERIFY(m_fx.window()->messages()->isVisible());
        QVERIFY2(m_fx.window()->messages()->text().contains(QLatin1String("not an affiliate")),
            qPrintable(m_fx.window()->messages()->text()));
        QCOMPARE(m_fx.window()->tabs()->count(), 0);
        m_fx.window()->searchBar()->search(QString::number(m_fx.affiliate()), QString());
        QCOMPARE(m_fx.window()->tabs()->count(), 0);
        QCOMPARE(m_fx.sandbox().requests().size(), 0);
    }

    void anUnknownCustomerSaysSo()
    {
        m_fx.window()->searchBar()->search(
            QString::number(m_fx.affiliate()), QStringLiteral("nobody@example.invalid"));
        CustomerTab* tab = m_fx.window()->currentCustomer();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 10'000);
        QVERIFY(tab->messages()->isVisible());
        QVERIFY2(tab->messages()->text().contains(QLatin1String("No customer")),
            qPrintable(tab->messages()->text()));
    }

    void typedAndFetchedTextIsShownAsItIsNotAsMarkup()
    {
        // What an agent types or a server sends is shown letter for letter: "<i>" in a name is
        // not italics, "&lt;" is not "<". Each label that shows it renders plain text.
        const QString name = QStringLiteral("<i>no</i> body &lt;3");
        m_fx.window()->searchBar()->search(QString::number(m_fx.affiliate()), name);
        CustomerTab* tab = m_fx.window()->currentCustomer();
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 10'000);
        QVERIFY(tab->messages()->text().contains(name));
        int shown = 0;
        for (const QLabel* label : m_fx.window()->findChildren<QLabel*>()) {
            if (!label->text().contains(name))
                continue;
            ++shown;
            QVERIFY2(label->textFormat() == Qt::PlainText,
                qPrintable(label->objectName() + QLatin1String(": ") + label->text()));
        }
        QVERIFY(shown >= 2); // the tab's heading and its message bar at least
    }

    void aServerThatIsDownGivesAMessageBarAndTheAppStaysUsable()
    {
        m_fx.session()->useCredentials(
            profile(QUrl(QStringLiteral("http://127.0.0.1:9/"))), m_fx.credentials());
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 10'000);
        QVERIFY(tab->messages()->isVisible());
        QVERIFY2(tab->messages()->text().contains(QLatin1String("Could not reach the server")),
            qPrintable(tab->messages()->text()));
        // still usable: the search bar works and another tab opens
        QVERIFY(m_fx.window()->searchBar()->isEnabled());
        m_fx.window()->searchBar()->search(QString::number(m_fx.affiliate()), QStringLiteral("someone else"));
        QCOMPARE(m_fx.window()->tabs()->count(), 2);
        // back on a working server (switching profile closes every tab), everything loads
        m_fx.session()->useCredentials(profile(), m_fx.credentials());
        QCOMPARE(m_fx.window()->tabs()->count(), 0);
        tab = m_fx.openCustomer();
        QVERIFY(tab->model()->orderCount() > 0);
    }

    void addItemShowsTheNewRowAndASecondClickSendsNothing()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        WindowFixture::selectFirstOrder(tab);
        const PurchaseOrder order = *tab->selectedOrder();
        const int itemsBefore = tab->model()->itemCount();
        tab->openAddItem();
        auto* dialog = tab->findChild<AddItemDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        QVERIFY(!dialog->nextButton()->isEnabled()); // nothing typed yet
        QTest::keyClicks(dialog->offerEdit(), QStringLiteral("4211"));
        QTest::keyClicks(dialog->supplierRefEdit(), QStringLiteral("FFX-GUI-1"));
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Added from the window, %1 off"));
        QTest::keyClicks(dialog->priceEdit(), QStringLiteral("abc"));
        QVERIFY2(!dialog->nextButton()->isEnabled(), "a price that is not a number is caught as it is typed");
        dialog->priceEdit()->clear();
        QTest::keyClicks(dialog->priceEdit(), QStringLiteral("3.49"));
        QVERIFY(dialog->nextButton()->isEnabled());
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->step(), WriteDialog::Step::Confirm);
        // the summary says exactly what was typed (a "%1" in a title is not a placeholder)
        const QString summary = dialog->findChild<QLabel*>(QStringLiteral("writeSummary"))->text();
        QVERIFY2(summary.contains(
                     QStringLiteral("“Added from the window, %1 off” (supplier ref FFX-GUI-1, offer 4211)")),
            qPrintable(summary));
        QVERIFY(!dialog->sendButton()->isEnabled()); // ticket and reason first
        QTest::keyClicks(dialog->ticketEdit(), QStringLiteral("CS-1001"));
        QTest::keyClicks(
            dialog->reasonEdit(), QStringLiteral("Customer was charged but the title is missing"));
        QVERIFY(dialog->sendButton()->isEnabled());

        // a slow server: the agent clicks again, presses Enter, tries the shortcut
        m_fx.sandbox().addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("delay") },
            { QStringLiteral("ms"), 1500 }, { QStringLiteral("method"), QStringLiteral("PUT") } } });
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QCOMPARE(dialog->step(), WriteDialog::Step::Sending);
        QVERIFY(!dialog->sendButton()->isEnabled());
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTest::keyClick(dialog, Qt::Key_Return);
        dialog->send();
        dialog->reject(); // closing is refused while the request is out
        QVERIFY(dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), WriteDialog::Step::Done, 15'000);
        QCOMPARE(m_fx.countRequests(QStringLiteral("PUT")), 1);

        // the returned order replaced the old one, and its new item is selected
        QCOMPARE(tab->model()->itemCount(), itemsBefore + 1);
        QVERIFY(tab->selectedItem());
        QCOMPARE(tab->selectedItem()->supplierRef, QStringLiteral("FFX-GUI-1"));
        QCOMPARE(tab->selectedOrder()->id, order.id);
        // the summary counts the new item, and still names the customer
        const QString counts = tab->findChild<QLabel*>(QStringLiteral("customerSummary"))->text();
        QVERIFY2(counts.contains(QStringLiteral("%1 item(s)").arg(itemsBefore + 1))
                && counts.contains(QLatin1String("customer id ")),
            qPrintable(counts));

        // and the audit log has the attempt and its outcome, with the ticket and reason
        const QList<AuditEntry> entries = m_fx.audit().read()->entries;
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.last().ticket, QStringLiteral("CS-1001"));
        QCOMPARE(entries.last().outcome, AuditEntry::Outcome::Succeeded);
    }

    void aWriteWhoseAnswerIsLostIsCheckedNotResent_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("applied");
        QTest::newRow("applied, then the connection dropped") << "apply-then-drop" << true;
        QTest::newRow("dropped before it was applied") << "drop" << false;
    }
    void aWriteWhoseAnswerIsLostIsCheckedNotResent()
    {
        QFETCH(QString, fault);
        QFETCH(bool, applied);
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        const QString ref = QStringLiteral("FFX-LOST-") + fault;
        m_fx.sandbox().addFaults({ QJsonObject {
            { QStringLiteral("kind"), fault }, { QStringLiteral("method"), QStringLiteral("PUT") } } });
        AddItemDialog* dialog = sendAddItem(tab, ref);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->step() != WriteDialog::Step::Sending && dialog->step() != WriteDialog::Step::Verifying,
            15'000);
        QCOMPARE(m_fx.countRequests(QStringLiteral("PUT")), 1); // never resent on its own
        if (applied) {
            QCOMPARE(dialog->step(), WriteDialog::Step::Done);
            QVERIFY2(dialog->messages()->text().contains(QLatin1String("it was added")),
                qPrintable(dialog->messages()->text()));
            QTRY_VERIFY(tab->selectedItem() && tab->selectedItem()->supplierRef == ref);
        } else {
            QCOMPARE(dialog->step(), WriteDialog::Step::Confirm);
            QVERIFY2(dialog->messages()->text().contains(QLatin1String("not added")),
                qPrintable(dialog->messages()->text()));
            QVERIFY(dialog->sendButton()->isEnabled());
            // the agent decides to send it again: now it goes, once
            QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), WriteDialog::Step::Done, 15'000);
            QCOMPARE(m_fx.countRequests(QStringLiteral("PUT")), 2);
        }
    }

    void aLostAnswerBesideAnIdenticalItemIsCalledUncertain()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        AddItemDialog* first = sendAddItem(tab, QStringLiteral("FFX-TWIN"));
        QTRY_COMPARE_WITH_TIMEOUT(first->step(), WriteDialog::Step::Done, 15'000);
        first->accept();
        QTRY_VERIFY(!tab->findChild<AddItemDialog*>());
        m_fx.sandbox().addFaults(
            { QJsonObject { { QStringLiteral("kind"), QStringLiteral("apply-then-drop") },
                { QStringLiteral("method"), QStringLiteral("PUT") } } });
        tab->view()->setCurrentIndex(tab->proxy()->index(0, 0));
        AddItemDialog* second = sendAddItem(tab, QStringLiteral("FFX-TWIN"));
        QVERIFY(second);
        QTRY_VERIFY_WITH_TIMEOUT(second->step() == WriteDialog::Step::Confirm, 15'000);
        QVERIFY2(second->messages()->text().contains(QLatin1String("not certain")),
            qPrintable(second->messages()->text()));
        QCOMPARE(second->messages()->kind(), MessageBar::Kind::Warning);
    }

    void aWriteRefusedWithUnauthorisedWasNotApplied()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        m_fx.sandbox().addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("status"), 401 }, { QStringLiteral("method"), QStringLiteral("PUT") } } });
        AddItemDialog* dialog = sendAddItem(tab, QStringLiteral("FFX-401"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), WriteDialog::Step::Confirm, 15'000);
        QVERIFY2(dialog->messages()->text().contains(QLatin1String("Not authorised")),
            qPrintable(dialog->messages()->text()));
        QVERIFY(dialog->messages()->text().contains(QLatin1String("Nothing was changed")));
        QCOMPARE(m_fx.countRequests(QStringLiteral("PUT")), 1);
        QVERIFY(dialog->sendButton()->isEnabled()); // sent again only when the agent says so
    }

    void anExpiredTokenIsAskedForAgainAndTheCustomerReloads()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        const int orders = tab->model()->orderCount();
        m_usedTokens.append(m_fx.sandbox().token());
        const QString renewed = m_fx.sandbox().rotateToken(); // the old token now gets 401
        tab->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 10'000);
        QVERIFY2(tab->messages()->text().contains(QLatin1String("Not authorised")),
            qPrintable(tab->messages()->text()));
        QCOMPARE(tab->model()->orderCount(), orders); // nothing already on screen is lost

        emit tab->messages()->actionTriggered(); // "Enter the secret again"
        SecretDialog* prompt = nullptr;
        QTRY_VERIFY((prompt = m_fx.window()->findChild<SecretDialog*>()) != nullptr);
        prompt->findChild<QLineEdit*>(QStringLiteral("secret"))->setText(renewed);
        prompt->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->messages()->isVisible() && !tab->isLoading(), 10'000);
        QCOMPARE(tab->model()->orderCount(), orders);
        QCOMPARE(m_fx.window()->tabs()->count(), 1); // the same tab, reloaded
    }

    void acknowledgeShowsTheEntitlement()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        WindowFixture::selectFirstItem(tab);
        QVERIFY(tab->selectedItem());
        {
            // What the confirmation says will be sent is what goes on the wire: a device id
            // with a slash is one encoded segment, not two; what was typed stays as typed.
            tab->openAcknowledgeLicence();
            auto* draft = tab->findChild<AckLicenceDialog*>();
            QVERIFY(draft);
            draft->deviceEdit()->clear();
            QTest::keyClicks(draft->deviceEdit(), QStringLiteral("living room/tv %1"));
            QTest::mouseClick(draft->nextButton(), Qt::LeftButton);
            const QString preview
                = draft->findChild<QPlainTextEdit*>(QStringLiteral("requestPreview"))->toPlainText();
            QVERIFY2(preview.contains(QLatin1String("/living%20room%2Ftv%20%251/")), qPrintable(preview));
            const QString summary = draft->findChild<QLabel*>(QStringLiteral("writeSummary"))->text();
            QVERIFY2(
                summary.contains(QStringLiteral("device “living room/tv %1” received")), qPrintable(summary));
            draft->reject();
            delete draft;
        }
        tab->openAcknowledgeLicence();
        auto* dialog = tab->findChild<AckLicenceDialog*>();
        QVERIFY(dialog);
        dialog->deviceEdit()->clear();
        QVERIFY(!dialog->nextButton()->isEnabled());
        QTest::keyClicks(dialog->deviceEdit(), m_fx.device());
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QTest::keyClicks(dialog->ticketEdit(), QStringLiteral("CS-2002"));
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Device shows licence error"));
        // sent from the keyboard, where the reason was typed; the keys again send nothing more
        QApplication::setActiveWindow(dialog); // the offscreen platform leaves the window active
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        const auto ctrlEnter
            = [&] { QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return, Qt::ControlModifier); };
        ctrlEnter();
        QCOMPARE(dialog->step(), WriteDialog::Step::Sending);
        ctrlEnter();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), WriteDialog::Step::Done, 15'000);
        ctrlEnter();
        QVERIFY2(
            dialog->resultText().contains(QLatin1String("Licence acknowledged: Yes"), Qt::CaseInsensitive),
            qPrintable(dialog->resultText()));
        QCOMPARE(m_fx.countRequests(QStringLiteral("POST")), 1);
    }

    void accountPurchasesFromACustomer()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        tab->openAccountPurchases();
        auto* purchases = qobject_cast<AccountPurchasesTab*>(m_fx.window()->tabs()->currentWidget());
        QVERIFY(purchases);
        QVERIFY(!purchases->accountEdit()->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!purchases->isLoading(), 10'000);
        QVERIFY(!purchases->messages()->isVisible());
        QVERIFY(purchases->billing()->text().contains(QStringLiteral("zoë smith")));

        // the Error envelope is an error, never an empty table
        m_fx.sandbox().addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("status"), 400 },
            { QStringLiteral("contentType"), QStringLiteral("application/json") },
            { QStringLiteral("body"),
                QStringLiteral("{\"Error\":{\"ErrorCode\":\"INVALID_FILTER\",\"ErrorReason\":\"StartDate is "
                               "not a date\"},\"ResponseData\":null}") } } });
        const int rows = purchases->model()->rowCount();
        purchases->load();
        QTRY_VERIFY_WITH_TIMEOUT(!purchases->isLoading(), 10'000);
        QVERIFY(purchases->messages()->isVisible());
        QVERIFY2(purchases->messages()->text().contains(QLatin1String("StartDate is not a date")),
            qPrintable(purchases->messages()->text()));
        QCOMPARE(purchases->model()->rowCount(), rows); // what was shown stays

        // an account id that is not a GUID is refused before anything is sent
        m_fx.sandbox().clearRequests();
        purchases->accountEdit()->setText(QStringLiteral("not-a-guid"));
        purchases->load();
        QVERIFY(purchases->messages()->text().contains(QLatin1String("not an account id")));
        QCOMPARE(m_fx.sandbox().requests().size(), 0);
    }

    void aReadOnlyProfileHidesAndRefusesWrites()
    {
        ConnectionProfile readOnly = profile();
        readOnly.readOnly = true;
        m_fx.session()->useCredentials(readOnly, m_fx.credentials());
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        WindowFixture::selectFirstItem(tab);
        QVERIFY(!tab->findChild<QPushButton*>(QStringLiteral("addItemButton"))->isVisible());
        QVERIFY(!tab->findChild<QPushButton*>(QStringLiteral("ackLicenceButton"))->isVisible());
        QVERIFY(m_fx.window()
                    ->findChild<QToolButton*>(QStringLiteral("profileIndicator"))
                    ->text()
                    .contains(QLatin1String("read-only")));
        m_fx.sandbox().clearRequests();
        tab->openAddItem();
        tab->openAcknowledgeLicence();
        QTest::keyClick(m_fx.window(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!tab->findChild<AddItemDialog*>());
        QVERIFY(!tab->findChild<AckLicenceDialog*>());
        QCOMPARE(m_fx.countRequests(QStringLiteral("PUT")) + m_fx.countRequests(QStringLiteral("POST")), 0);
    }

    void theAuditLogShowsEveryWriteAndFilters()
    {
        AuditLogDialog dialog(m_fx.audit());
        const int all = dialog.visibleRows();
        QVERIFY2(all >= 3, "the writes of the tests above are there");
        dialog.filterEdit()->setText(QStringLiteral("CS-1001"));
        QCOMPARE(dialog.visibleRows(), 1);
        dialog.filterEdit()->setText(QStringLiteral("device ") + m_fx.device());
        QVERIFY2(dialog.visibleRows() >= 1, "the acknowledged licence, found by its device id in words");
        dialog.filterEdit()->clear();
        dialog.outcomeFilter()->setCurrentIndex(
            dialog.outcomeFilter()->findData(int(AuditEntry::Outcome::Unknown)));
        QVERIFY2(dialog.visibleRows() >= 1, "the write whose answer was lost is recorded as unknown");
        QVERIFY(dialog.visibleRows() < all);
    }

    void shortcutsReachTheirTargets()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        QTest::keyClick(m_fx.window(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(tab->filterEdit()->hasFocus());
        QTest::keyClick(m_fx.window(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(m_fx.window()->searchBar()->customerEdit()->hasFocus());
        m_fx.sandbox().clearRequests();
        QTest::keyClick(m_fx.window(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.sandbox().requests().size() >= 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 5000);
        // The write shortcuts follow the selection: an item picked in the tree can have its
        // licence acknowledged from the keyboard, an order can have an item added.
        WindowFixture::selectFirstItem(tab);
        QTest::keyClick(m_fx.window(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        auto* ack = tab->findChild<AckLicenceDialog*>();
        QVERIFY2(ack && ack->isVisible(), "Ctrl+Shift+K on a selected item opens the licence dialog");
        ack->reject();
        WindowFixture::selectFirstOrder(tab);
        QVERIFY(!m_fx.window()->findChild<QAction*>(QStringLiteral("ackLicenceAction"))->isEnabled());
        QTest::keyClick(m_fx.window(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        auto* add = tab->findChild<AddItemDialog*>();
        QVERIFY2(add && add->isVisible(), "Ctrl+Shift+I on a selected order opens the add-item dialog");
        add->reject();
        QTest::keyClick(m_fx.window(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_fx.window()->tabs()->count(), 0);
    }

    // That the window fits a laptop screen with the refund showcase open is
    // tst_translatedwindow's, in every language.
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
