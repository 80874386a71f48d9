// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"
#include "models/OrderFilterProxyModel.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/WindowFixture.h"
#include "tests/support/WriteFaults.h"
#include "ui/audit/AuditLogDialog.h"
#include "ui/customer/CustomerTab.h"
#include "ui/main/MainWindow.h"
#include "ui/widgets/MessageBar.h"
#include "ui/writes/AckLicenceDialog.h"
#include "ui/writes/AddItemDialog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ff;
using namespace ff::ui;
using ff::test::WindowFixture;
using ff::test::WriteFaults;

// Writes whose answer does not say what became of them, in the window: a 5xx (from the server
// or a gateway, perhaps after the write was applied), a 2xx about something else, a redirect,
// an answer that comes after the timeout. The dialog never says "nothing was changed" then: it
// reads the order back, concludes "not applied" only from a read made after a grace period, and
// until then the same write cannot be sent again, from any dialog or tab, for the session.
// Whatever the agent does meanwhile, the server applies it once.
class TestWritesUnknown : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;
    int m_refs = 0;

    void openWindow(int timeoutSeconds)
    {
        ConnectionProfile profile = m_fx.profile(QStringLiteral("Unknown outcomes"));
        profile.timeoutSeconds = timeoutSeconds;
        m_fx.closeWindow();
        QVERIFY(m_fx.openWindow(profile));
    }

    QString newRef() { return QStringLiteral("FFX-UNSEEN-%1").arg(++m_refs); }

    void fault(const QJsonObject& spec, const char* method = "PUT")
    {
        m_fx.sandbox().addFaults({ WriteFaults::on(method, spec) });
    }

    static AddItemDialog* fillAddItem(CustomerTab* tab, const QString& ref)
    {
        return WindowFixture::fillAddItem(
            tab, ref, QStringLiteral("CS-4004"), QStringLiteral("An answer that says nothing certain"));
    }
    static AckLicenceDialog* fillAcknowledgement(CustomerTab* tab, const QString& device)
    {
        WindowFixture::selectFirstItem(tab);
        tab->openAcknowledgeLicence();
        auto* dialog = tab->findChild<AckLicenceDialog*>();
        if (!dialog)
            return nullptr;
        dialog->deviceEdit()->setText(device);
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QTest::keyClicks(dialog->ticketEdit(), QStringLiteral("CS-4005"));
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("An answer that says nothing certain"));
        return dialog;
    }
    // Everything an agent might do to send it again: the button, Enter, the shortcut.
    static void tryToSendAgain(WriteDialog* dialog)
    {
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return, Qt::ControlModifier);
        dialog->send();
    }
    static void waitWhileSending(WriteDialog* dialog)
    {
        QTRY_VERIFY_WITH_TIMEOUT(dialog->step() != WriteDialog::Step::Sending, 20'000);
    }
    static QString problemsOf(WriteDialog* dialog)
    {
        return dialog->findChild<QLabel*>(QStringLiteral("formProblems"))->text();
    }

    QJsonArray ordersOnServer()
    {
        return QJsonDocument::fromJson(
            m_fx.sandbox()
                .get("api/Customer/PurchaseOrders/" + QByteArray::number(m_fx.affiliate()) + '/'
                    + QUrl::toPercentEncoding(QStringLiteral("zoë smith")) + "?v=2.0")
                .body)
            .array();
    }
    // How many items of the order have this supplier ref, on the server.
    int onServer(qint64 orderId, const QString& ref)
    {
        int count = 0;
        for (const QJsonValue& order : ordersOnServer()) {
            if (order.toObject().value(QStringLiteral("Id")).toInteger() != orderId)
                continue;
            for (const QJsonValue& item :
                order.toObject().value(QStringLiteral("PurchaseOrderItemDtos")).toArray())
                count += item.toObject().value(QStringLiteral("SupplierRef")).toString() == ref;
        }
        return count;
    }
    // An add-item sent to a server that applies it 3 s after it arrived, from a window that
    // gives up after 2 s: the dialog, once its answer is lost.
    struct SlowWrite
    {
        CustomerTab* tab = nullptr;
        AddItemDialog* dialog = nullptr;
        qint64 orderId = 0;
        QString ref;
    };
    SlowWrite sendToASlowServer()
    {
        openWindow(2);
        SlowWrite write;
        write.tab = m_fx.openCustomer();
        write.ref = newRef();
        write.dialog = write.tab ? fillAddItem(write.tab, write.ref) : nullptr;
        if (!write.dialog)
            return write;
        write.orderId = write.tab->selectedOrder()->id.value_or(0);
        fault(WriteFaults::kind("apply-slowly", { { QStringLiteral("ms"), 3000 } }));
        QTest::mouseClick(write.dialog->sendButton(), Qt::LeftButton);
        waitWhileSending(write.dialog);
        return write;
    }

    AuditEntry lastRecorded() const { return m_fx.audit().read()->entries.last(); }

private slots:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString())); }

    void init()
    {
        m_fx.sandbox().clearFaults();
        m_fx.sandbox().clearRequests();
        openWindow(1);
    }

    void cleanup() { m_fx.closeWindow(); }

    void anAnswerThatSaysNothingCertainIsReadBack_data()
    {
        QTest::addColumn<QJsonObject>("injected");
        QTest::addColumn<bool>("applied");
        QTest::newRow("applied, then 502") << WriteFaults::applyThen(502) << true;
        QTest::newRow("applied, then 500") << WriteFaults::applyThen(500) << true;
        QTest::newRow("applied, then 504") << WriteFaults::applyThen(504) << true;
        QTest::newRow("502, not applied")
            << WriteFaults::kind("status", { { QStringLiteral("status"), 502 } }) << false;
        QTest::newRow("applied, then 200 {}") << WriteFaults::applyThen(200, QStringLiteral("{}")) << true;
        QTest::newRow("applied, then 303") << WriteFaults::kind("see-other") << true;
    }
    void anAnswerThatSaysNothingCertainIsReadBack()
    {
        QFETCH(QJsonObject, injected);
        QFETCH(bool, applied);
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        const QString ref = newRef();
        AddItemDialog* dialog = fillAddItem(tab, ref);
        QVERIFY(dialog);
        const qint64 orderId = tab->selectedOrder()->id.value_or(0);
        fault(injected);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        waitWhileSending(dialog);
        QVERIFY2(!dialog->messages()->text().contains(QLatin1String("Nothing was changed")),
            qPrintable(dialog->messages()->text()));
        tryToSendAgain(dialog);
        if (applied) {
            QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), WriteDialog::Step::Done, 20'000);
            QVERIFY2(dialog->messages()->text().contains(QLatin1String("it was added")),
                qPrintable(dialog->messages()->text()));
            QTRY_VERIFY(tab->selectedItem() && tab->selectedItem()->supplierRef == ref);
        } else {
            // Until a read made after the grace period, it is not yet seen: nothing to send.
            QCOMPARE(dialog->step(), WriteDialog::Step::Verifying);
            QVERIFY(!dialog->sendButton()->isEnabled());
            QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), WriteDialog::Step::Confirm, 20'000);
            QVERIFY2(dialog->messages()->text().contains(QLatin1String("not added")),
                qPrintable(dialog->messages()->text()));
            QVERIFY(dialog->sendButton()->isEnabled());
        }
        QCOMPARE(m_fx.countRequests(QStringLiteral("PUT")), 1);
        QCOMPARE(onServer(orderId, ref), applied ? 1 : 0);
        const AuditEntry recorded = lastRecorded();
        QCOMPARE(recorded.ticket, QStringLiteral("CS-4004"));
        QCOMPARE(recorded.outcome, AuditEntry::Outcome::Unknown); // never "failed", never "succeeded"
        QCOMPARE(recorded.reconciled,
            applied ? AuditEntry::Reconciled::Applied : AuditEntry::Reconciled::NotApplied);
    }

    void anotherOrderInTheAnswerIsNotTakenForThisOne()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        const QString ref = newRef();
        AddItemDialog* dialog = fillAddItem(tab, ref);
        const qint64 orderId = tab->selectedOrder()->id.value_or(0);
        QJsonObject another;
        for (const QJsonValue& order : ordersOnServer()) {
            if (order.toObject().value(QStringLiteral("Id")).toInteger() != orderId)
                another = order.toObject();
        }
        QVERIFY(!another.isEmpty());
        fault(WriteFaults::applyThen(200, QString::fromUtf8(QJsonDocument(another).toJson())));
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), WriteDialog::Step::Done, 20'000);
        QVERIFY2(dialog->messages()->text().contains(QLatin1String("it was added")),
            qPrintable(dialog->messages()->text()));
        QCOMPARE(tab->selectedOrder()->id.value_or(0), orderId);
        QCOMPARE(onServer(orderId, ref), 1);
        QCOMPARE(lastRecorded().outcome, AuditEntry::Outcome::Unknown);
    }

    void aSlowServerIsNotRacedByTheReadBack()
    {
        // The server takes 3 s to apply it; the console gives up after 2. A read at once would
        // find nothing and invite a second send. "Not applied" needs a read after the grace
        // period (the timeout again); until then the agent can check, not send.
        const auto [tab, dialog, orderId, ref] = sendToASlowServer();
        QVERIFY(dialog);
        QTest::qWait(500); // the read made as the timeout struck has come back, finding nothing yet
        tryToSendAgain(dialog);
        QTest::qWait(300);
        QCOMPARE(m_fx.countRequests(QStringLiteral("PUT")), 1);
        QCOMPARE(dialog->step(), WriteDialog::Step::Verifying);
        QVERIFY(dialog->checkNowButton()->isVisible());
        QVERIFY2(dialog->countdownLabel()->text().contains(QLatin1String(" s")),
            qPrintable(dialog->countdownLabel()->text()));
        QTest::mouseClick(dialog->checkNowButton(), Qt::LeftButton); // too early to say "not applied"
        QTest::qWait(300);
        QCOMPARE(dialog->step(), WriteDialog::Step::Verifying);
        tryToSendAgain(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), WriteDialog::Step::Done, 20'000);
        QVERIFY2(dialog->messages()->text().contains(QLatin1String("it was added")),
            qPrintable(dialog->messages()->text()));
        QCOMPARE(m_fx.countRequests(QStringLiteral("PUT")), 1);
        QCOMPARE(onServer(orderId, ref), 1);
    }

    void anUnseenWriteIsBlockedAcrossDialogsAndTabsForTheSession()
    {
        const SlowWrite sent = sendToASlowServer();
        AddItemDialog* dialog = sent.dialog;
        QVERIFY(dialog);
        CustomerTab* tab = sent.tab;
        const QString& ref = sent.ref;
        QTRY_VERIFY_WITH_TIMEOUT(dialog->checkNowButton()->isVisible(), 5000);

        // The agent closes the dialog while it waits, and starts the same write again.
        dialog->reject();
        QTRY_VERIFY(!tab->findChild<AddItemDialog*>());
        AddItemDialog* again = fillAddItem(tab, ref);
        QVERIFY(again);
        QVERIFY(!again->nextButton()->isEnabled());
        QVERIFY2(problemsOf(again).contains(QLatin1String("not yet seen"), Qt::CaseInsensitive),
            qPrintable(problemsOf(again)));
        again->goToConfirmation();
        again->send();
        QCOMPARE(again->step(), WriteDialog::Step::Form);
        again->reject();
        QTRY_VERIFY(!tab->findChild<AddItemDialog*>());

        // In a new tab for the same customer, after the server has long applied it: still blocked.
        m_fx.window()->tabs()->tabCloseRequested(m_fx.window()->tabs()->indexOf(tab));
        QTRY_COMPARE(m_fx.window()->tabs()->count(), 0);
        QTest::qWait(3000);
        tab = m_fx.openCustomer();
        AddItemDialog* inNewTab = fillAddItem(tab, ref);
        QVERIFY(inNewTab);
        QVERIFY(!inNewTab->nextButton()->isEnabled());
        inNewTab->goToConfirmation();
        inNewTab->send();
        QCOMPARE(m_fx.countRequests(QStringLiteral("PUT")), 1);
        QCOMPARE(onServer(sent.orderId, ref), 1);
        inNewTab->reject();
        QTRY_VERIFY(!tab->findChild<AddItemDialog*>());

        // Another order is another write; a new session starts with nothing blocked.
        tab->view()->setCurrentIndex(tab->proxy()->index(1, 0));
        tab->openAddItem();
        auto* otherOrder = tab->findChild<AddItemDialog*>();
        QVERIFY(problemsOf(otherOrder).isEmpty()
            || !problemsOf(otherOrder).contains(QLatin1String("not yet seen"), Qt::CaseInsensitive));
        otherOrder->reject();
        openWindow(2);
        tab = m_fx.openCustomer();
        AddItemDialog* nextSession = fillAddItem(tab, newRef());
        QVERIFY(nextSession->sendButton()->isEnabled());
    }

    void anAcknowledgementIsBlockedAndReadBackToo()
    {
        // Not applied, and not yet seen: the same item cannot be acknowledged from a new dialog.
        openWindow(3);
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        AckLicenceDialog* first = fillAcknowledgement(tab, m_fx.device());
        QVERIFY(first);
        fault(WriteFaults::kind("status", { { QStringLiteral("status"), 503 } }), "POST");
        QTest::mouseClick(first->sendButton(), Qt::LeftButton);
        waitWhileSending(first);
        QVERIFY2(!first->messages()->text().contains(QLatin1String("Nothing was changed")),
            qPrintable(first->messages()->text()));
        QCOMPARE(first->step(), WriteDialog::Step::Verifying);
        first->reject();
        QTRY_VERIFY(!tab->findChild<AckLicenceDialog*>());
        AckLicenceDialog* second = fillAcknowledgement(tab, m_fx.device());
        QVERIFY(!second->nextButton()->isEnabled());
        second->goToConfirmation();
        second->send();
        QCOMPARE(m_fx.countRequests(QStringLiteral("POST")), 1);
        second->reject();

        // In a new session: applied, then a 502; read back, it was recorded.
        openWindow(1);
        m_fx.sandbox().clearRequests();
        tab = m_fx.openCustomer();
        AckLicenceDialog* dialog = fillAcknowledgement(tab, m_fx.device());
        QVERIFY(dialog);
        fault(WriteFaults::applyThen(502), "POST");
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        waitWhileSending(dialog);
        tryToSendAgain(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), WriteDialog::Step::Done, 20'000);
        QVERIFY2(dialog->messages()->text().contains(QLatin1String("was recorded")),
            qPrintable(dialog->messages()->text()));
        QCOMPARE(m_fx.countRequests(QStringLiteral("POST")), 1);
        QCOMPARE(lastRecorded().outcome, AuditEntry::Outcome::Unknown);
        QCOMPARE(lastRecorded().reconciled, AuditEntry::Reconciled::Applied);
    }

    void aFullDiskRefusesTheWriteBeforeItIsSent()
    {
        // The audit log cannot take the attempt (here: it is /dev/full): nothing is sent, and
        // the agent reads why.
        const QString log = m_fx.path(QStringLiteral("audit.jsonl"));
        const QString kept = m_fx.path(QStringLiteral("audit.kept"));
        QFile::remove(kept);
        QVERIFY(!QFile::exists(log) || QFile::rename(log, kept));
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), log));
        CustomerTab* tab = m_fx.openCustomer();
        AddItemDialog* dialog = fillAddItem(tab, newRef());
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), WriteDialog::Step::Confirm, 10'000);
        const QString said = dialog->messages()->text();
        QFile::remove(log);
        QVERIFY(!QFile::exists(kept) || QFile::rename(kept, log));
        QVERIFY2(said.contains(QLatin1String("audit log")) && said.contains(QLatin1String("not sent")),
            qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("No space left")), qPrintable(said));
        QCOMPARE(m_fx.countWrites(), 0);
    }

    void theAuditViewerShowsADamagedFragmentAsDamaged()
    {
        // The disk filled up in the middle of a line; the next write was recorded after it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        const AuditLog log(path);
        AuditEntry first;
        first.ticket = QStringLiteral("CS-BEFORE");
        first.endpoint = QStringLiteral("add-item");
        QVERIFY(log.recordAttempt(first));
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"event\":\"outcome\",\"id\":\"" + first.id.toUtf8() + "\",\"outc");
        file.close();
        AuditEntry next;
        next.ticket = QStringLiteral("CS-AFTER");
        next.endpoint = QStringLiteral("add-item");
        QVERIFY(log.recordAttempt(next));

        AuditLogDialog viewer(log);
        QCOMPARE(viewer.visibleRows(), 3);
        viewer.filterEdit()->setText(QStringLiteral("CS-AFTER"));
        QCOMPARE(viewer.visibleRows(), 1); // the record after the fragment is whole
        viewer.filterEdit()->setText(QStringLiteral("damaged"));
        QCOMPARE(viewer.visibleRows(), 1); // and the fragment shows, as what it is
        viewer.filterEdit()->setText(QStringLiteral("\"outc"));
        QCOMPARE(viewer.visibleRows(), 1);
    }
};

QTEST_MAIN(TestWritesUnknown)
#include "tst_writes_unknown.moc"
