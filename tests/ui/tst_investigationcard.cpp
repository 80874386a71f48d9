// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"
#include "investigation/CustomerInvestigation.h"
#include "investigation/RefundPolicyJson.h"
#include "models/OrderNode.h"
#include "models/PurchaseOrderModel.h"
#include "models/RefundSentences.h"
#include "tests/support/WindowFixture.h"
#include "tests/ui/DecisionSteps.h"
#include "ui/audit/AuditLogDialog.h"
#include "ui/customer/CustomerTab.h"
#include "ui/customer/DetailsPane.h"
#include "ui/customer/EntitlementPane.h"
#include "ui/customer/OrdersTree.h"
#include "ui/investigation/AsOfEdit.h"
#include "ui/investigation/DecisionDialog.h"
#include "ui/investigation/InvestigationCard.h"
#include "ui/investigation/TimelineWidget.h"
#include "ui/writes/AckLicenceDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ff;
using namespace ff::ui;
using ff::test::decide;
using ff::test::WindowFixture;

// The investigation card as an agent on a call uses it: select an item and read the answer, with
// the evidence, worked out exactly as ff::CustomerInvestigation works it out; move "as of"; record
// a decision and find it in the audit log and on the card when the item is opened again.
class TestInvestigationCard : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;

    static QList<PurchaseOrder> allOrders(const CustomerTab* tab)
    {
        QList<PurchaseOrder> orders;
        for (int row = 0; row < tab->model()->orderCount(); ++row)
            orders.append(tab->model()->orderNode(row).order);
        return orders;
    }

    static QList<qint64> itemIds(const QList<PurchaseOrder>& orders)
    {
        QList<qint64> ids;
        for (const PurchaseOrder& order : orders) {
            for (const PurchaseOrderItem& item :
                order.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>()))
                ids.append(item.id.value_or(0));
        }
        return ids;
    }

    static InvestigationCard* cardOf(const CustomerTab* tab) { return tab->details()->card(); }

    static void select(CustomerTab* tab, qint64 itemId)
    {
        qobject_cast<OrdersTree*>(tab->view())->selectItem(itemId);
    }

    // Sets "as of" as the agent does: a date and time on the affiliate's clock in the edit.
    static void setAsOf(InvestigationCard* card, const QDateTime& instant)
    {
        const QDateTime local = instant.toTimeZone(card->context().affiliateZone);
        card->asOfEdit()->dateTimeEdit()->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
    }

    // The card shows what the investigation gives: the verdict and state in words, each signal
    // in the column of its weight with every field of its evidence.
    static QString disagreement(const InvestigationCard* card, const ItemInvestigation& expected)
    {
        const RefundSentences sentences(card->locale(), card->context().affiliateZone);
        QStringList problems;
        if (card->verdictText() != displayName(expected.verdict))
            problems << QStringLiteral("verdict %1, expected %2")
                            .arg(card->verdictText(), displayName(expected.verdict));
        if (!card->stateText().contains(sentences.stateLine(expected)))
            problems << QStringLiteral("state %1, expected %2")
                            .arg(card->stateText(), sentences.stateLine(expected));
        QList<QLabel*> shown
            = card->findChildren<QLabel*>(QRegularExpression(QStringLiteral("^signal-[a-z-]+$")));
        shown.removeIf(
            [](const QLabel* label) { return label->objectName().endsWith(QLatin1String("-evidence")); });
        if (shown.size() != expected.raisedSignals.size())
            problems << QStringLiteral("%1 signals shown, expected %2")
                            .arg(shown.size())
                            .arg(expected.raisedSignals.size());
        for (const RefundSignal& signal : expected.raisedSignals) {
            const QString name = QStringLiteral("signal-") + QLatin1String(identifier(signal.kind).data());
            const QString column = QStringLiteral("evidence-")
                + QLatin1String(identifier(signal.weight.value_or(SignalWeight::Review)).data());
            const QWidget* box = card->findChild<QWidget*>(column);
            const QLabel* evidence
                = box ? box->findChild<QLabel*>(name + QStringLiteral("-evidence")) : nullptr;
            if (!evidence) {
                problems << QStringLiteral("%1 not in %2").arg(name, column);
                continue;
            }
            for (const Evidence& field : signal.evidence) {
                if (!evidence->text().contains(field.field + QStringLiteral(": ")))
                    problems << QStringLiteral("%1 lacks %2").arg(name, field.field);
            }
        }
        return problems.join(QStringLiteral("; "));
    }

private slots:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString())); }

    void init() { QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Investigation card")))); }

    void cleanup()
    {
        m_fx.closeWindow();
        QLocale::setDefault(QLocale::system());
    }

    void theCardAnswersAsTheInvestigationDoesForEveryItem()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        InvestigationCard* card = cardOf(tab);
        const QList<PurchaseOrder> orders = allOrders(tab);
        const QList<qint64> ids = itemIds(orders);
        QVERIFY(ids.size() > 5);
        WindowFixture::selectFirstItem(tab);
        QTRY_VERIFY(card->investigation().has_value());
        QVERIFY(card->isVisible());
        const QDateTime asOf = QDateTime::currentDateTimeUtc().addSecs(-3600);
        setAsOf(card, asOf);
        QVERIFY(card->context().asOf);
        const DateTimeOffset at = *card->context().asOf;
        const RefundPolicy policy;
        int refined = 0;
        for (const qint64 id : ids) {
            select(tab, id);
            // First from the orders alone, as the tree answers.
            QVERIFY(card->investigation());
            QCOMPARE(card->investigation()->facts.itemId, id);
            QCOMPARE(card->investigation()->at.utcTicks(), at.utcTicks());
            const auto fromOrders = CustomerInvestigation::item(orders, id, policy, at);
            QVERIFY(fromOrders);
            QVERIFY2(disagreement(card, *fromOrders).isEmpty(),
                qPrintable(QStringLiteral("item %1: %2").arg(id).arg(disagreement(card, *fromOrders))));
            QVERIFY(card->sourceText().contains(QStringLiteral("orders alone")));

            // Then with the entitlement the pane fetched, when there is one.
            QTRY_VERIFY_WITH_TIMEOUT(!tab->entitlement()->isLoading(), 10'000);
            const std::optional<Entitlement>& entitlement = tab->entitlement()->entitlement();
            if (!entitlement)
                continue;
            const auto withEntitlement = CustomerInvestigation::item(orders, id, policy, at,
                [&](const QString&) { return EntitlementLookup::found(*entitlement); });
            QVERIFY2(disagreement(card, *withEntitlement).isEmpty(),
                qPrintable(QStringLiteral("item %1 with its entitlement: %2")
                               .arg(id)
                               .arg(disagreement(card, *withEntitlement))));
            if (entitlement->id == id) {
                ++refined;
                QVERIFY2(card->sourceText().contains(QStringLiteral("with the platform's entitlement")),
                    qPrintable(card->sourceText()));
            } else {
                QVERIFY2(card->sourceText().contains(
                             QStringLiteral("another purchase's (item %1), so it is not used")
                                 .arg(entitlement->id.value_or(0))),
                    qPrintable(card->sourceText()));
            }
        }
        QVERIFY(refined > 0);
    }

    void asOfChangesTheState()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        InvestigationCard* card = cardOf(tab);
        const QList<PurchaseOrder> orders = allOrders(tab);
        // A rental that ends (the edit sets minutes: a minute before the end's minute, and the
        // minute after it, or the end itself when it falls on a minute).
        std::optional<ItemInvestigation> rental;
        for (const ItemInvestigation& item : CustomerInvestigation::run(
                 orders, RefundPolicy(), DateTimeOffset::fromQDateTime(QDateTime::currentDateTimeUtc()))) {
            const ItemState state = item.state.state;
            if (item.window.end && state != ItemState::Refunded && state != ItemState::Unpaid
                && state != ItemState::Deleted)
                rental = item;
        }
        QVERIFY2(rental, "zoë smith has a rental");
        const qint64 id = rental->facts.itemId;
        const QDateTime end = rental->window.end->toDateTime().toUTC();
        const QDateTime endMinute(end.date(), QTime(end.time().hour(), end.time().minute()), Qt::UTC);
        const QDateTime ended = endMinute == end ? end : endMinute.addSecs(60);
        QSignalSpy contextChanged(card, &InvestigationCard::contextChanged);
        select(tab, id);
        QVERIFY(card->investigation());

        setAsOf(card, endMinute.addSecs(-60));
        QCOMPARE(contextChanged.size(), 1);
        QVERIFY(contextChanged.last().first().value<InvestigationContext>().asOf);
        const ItemState before = card->investigation()->state.state;
        QVERIFY2(before == ItemState::NotStarted || before == ItemState::Active, identifier(before).data());
        QVERIFY2(card->stateText().contains(QStringLiteral(", 1 min")), qPrintable(card->stateText()));
        QVERIFY(card->asOfEdit()->nowButton()->isEnabled());

        setAsOf(card, ended); // windows are half-open: at the end, it has ended
        const ItemState after = rental->facts.used() ? ItemState::ExpiredWatched : ItemState::ExpiredUnused;
        QCOMPARE(card->investigation()->state.state, after);
        QVERIFY2(card->stateText().contains(displayName(after)), qPrintable(card->stateText()));
        const QString basis = card->findChild<QLabel*>(QStringLiteral("cardBasis"))->text();
        const QString endedText = RefundSentences(card->locale(), card->context().affiliateZone)
                                      .moment(DateTimeOffset::fromQDateTime(ended));
        QVERIFY2(basis.contains(QStringLiteral("as of ") + endedText), qPrintable(basis));
        QVERIFY2(basis.contains(QStringLiteral("default policy: courtesy window 48 h")), qPrintable(basis));

        // Now again: the present, and the tab told.
        QTest::mouseClick(card->asOfEdit()->nowButton(), Qt::LeftButton);
        QVERIFY(!card->context().asOf);
        QVERIFY(!contextChanged.last().first().value<InvestigationContext>().asOf);
        QVERIFY(!card->asOfEdit()->nowButton()->isEnabled());
        QVERIFY(card->findChild<QLabel*>(QStringLiteral("cardBasis"))
                    ->text()
                    .startsWith(QStringLiteral("Shown now")));
    }

    void aRecordedDecisionIsInTheAuditLogAndOnTheCardAgain()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        InvestigationCard* card = cardOf(tab);
        const QList<qint64> ids = itemIds(allOrders(tab));
        const qint64 id = ids.at(1);
        select(tab, id);
        QVERIFY(card->investigation());
        // The audit log is read on a worker: its answer may take a moment.
        QTRY_VERIFY2(card->lastDecisionText().contains(QStringLiteral("No decision")),
            qPrintable(card->lastDecisionText()));
        const int writesBefore = m_fx.countWrites();
        const ItemInvestigation shown = *card->investigation();

        QVERIFY(card->recordButton()->isVisible());
        QTest::mouseClick(card->recordButton(), Qt::LeftButton);
        auto* dialog = card->findChild<DecisionDialog*>();
        QVERIFY(dialog);
        QSignalSpy recorded(card, &InvestigationCard::decisionRecorded);
        decide(dialog, QStringLiteral("escalated"), QStringLiteral("Says it froze at 20:00 on Friday"),
            QStringLiteral("  CS-4711 "));
        QCOMPARE(recorded.size(), 1);

        const auto contents = AuditLog(m_fx.audit().path()).read();
        QVERIFY(contents);
        const AuditDecision* decision = contents->lastDecision(m_fx.affiliate(), id);
        QVERIFY(decision);
        QCOMPARE(decision->decision, QStringLiteral("escalated"));
        QCOMPARE(decision->ticket, QStringLiteral("CS-4711"));
        QCOMPARE(decision->reason, QStringLiteral("Says it froze at 20:00 on Friday"));
        QCOMPARE(decision->customer, QStringLiteral("zoë smith"));
        QCOMPARE(decision->orderId, shown.facts.orderId);
        QCOMPARE(decision->verdict, QLatin1String(identifier(shown.verdict).data()));
        QCOMPARE(decision->state, QLatin1String(identifier(shown.state.state).data()));
        QCOMPARE(decision->policy, RefundPolicyJson::toObject(RefundPolicy()));
        QCOMPARE(decision->appVersion, QStringLiteral(FFCONSOLE_VERSION));
        QCOMPARE(decision->operatingSystemUser, AuditLog::currentOperatingSystemUser());
        QCOMPARE(decision->profile, QStringLiteral("Investigation card"));
        QVERIFY(!decision->asOfSet);
        QCOMPARE(DateTimeOffset::parse(QStringView(decision->asOf))->utcTicks()
                / DateTimeOffset::TicksPerMillisecond,
            shown.at.utcTicks() / DateTimeOffset::TicksPerMillisecond);
        QCOMPARE(m_fx.countWrites(), writesBefore); // nothing sent to the server

        // A supervisor finds it in the audit log's viewer, beside the writes.
        AuditLogDialog viewer(m_fx.audit());
        viewer.filterEdit()->setText(QStringLiteral("CS-4711"));
        QCOMPARE(viewer.visibleRows(), 1);
        viewer.filterEdit()->clear();
        auto* outcome = viewer.findChild<QComboBox*>();
        outcome->setCurrentIndex(outcome->findText(QStringLiteral("refund decisions")));
        QCOMPARE(viewer.visibleRows(), 1);

        // Another item has none; this one shows it when opened again.
        select(tab, ids.at(0));
        QVERIFY(card->lastDecisionText().contains(QStringLiteral("No decision")));
        select(tab, id);
        QVERIFY2(card->lastDecisionText().contains(QStringLiteral("Escalated")),
            qPrintable(card->lastDecisionText()));
        QVERIFY(card->lastDecisionText().contains(QStringLiteral("CS-4711")));
        QVERIFY(card->lastDecisionText().contains(QStringLiteral("Says it froze at 20:00 on Friday")));
    }

    // The agent opens the dialog on one item, and the card moves on before they press OK (another
    // item selected, as a refresh or the candidates switch can do): the decision is about the
    // item the dialog named, with its verdict then, and the card now showing another item does
    // not claim it.
    void aDecisionGoesToTheItemTheDialogNamed()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        InvestigationCard* card = cardOf(tab);
        const QList<qint64> ids = itemIds(allOrders(tab));
        QVERIFY(ids.size() >= 4);
        const qint64 named = ids.at(3);
        const qint64 other = ids.at(2);
        select(tab, named);
        QVERIFY(card->investigation());
        const ItemInvestigation shown = *card->investigation();
        QTest::mouseClick(card->recordButton(), Qt::LeftButton);
        auto* dialog = card->findChild<DecisionDialog*>();
        QVERIFY(dialog);
        select(tab, other);
        QCOMPARE(card->investigation()->facts.itemId, other);
        decide(dialog, QStringLiteral("declined"), QStringLiteral("Watched it to the end"),
            QStringLiteral("CS-5150"));

        const auto contents = AuditLog(m_fx.audit().path()).read();
        QVERIFY(contents);
        const AuditDecision* decision = contents->lastDecision(m_fx.affiliate(), named);
        QVERIFY(decision);
        QCOMPARE(decision->ticket, QStringLiteral("CS-5150"));
        QCOMPARE(decision->orderId, shown.facts.orderId);
        QCOMPARE(decision->verdict, QLatin1String(identifier(shown.verdict).data()));
        const AuditDecision* wrong = contents->lastDecision(m_fx.affiliate(), other);
        QVERIFY(!wrong || wrong->ticket != QStringLiteral("CS-5150"));
        QVERIFY(!card->lastDecisionText().contains(QStringLiteral("CS-5150")));
    }

    void theDecisionDialogRefusesAnEmptyReasonOrTicket()
    {
        DecisionDialog dialog(QStringLiteral("Item 1"));
        dialog.show();
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QCOMPARE(dialog.problems().size(), 2);
        QVERIFY(!ok->isEnabled());
        dialog.accept(); // even if asked to: not closed, nothing accepted
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Charged twice"));
        QTest::keyClicks(dialog.ticketEdit(), QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.problems(), QStringList { QStringLiteral("Give the ticket or case reference.") });
        dialog.accept();
        QVERIFY(dialog.isVisible());

        dialog.reasonEdit()->clear();
        QTest::keyClicks(dialog.ticketEdit(), QStringLiteral("CS-9 "));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.problems(), QStringList { QStringLiteral("Give the reason for the decision.") });

        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Charged twice"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.ticket(), QStringLiteral("CS-9"));
        QCOMPARE(dialog.decision(), QStringLiteral("refund-granted"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void datesOnTheCardAreInTheAgentsLanguage()
    {
        m_fx.closeWindow();
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Investigation card"))));
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        InvestigationCard* card = cardOf(tab);
        WindowFixture::selectFirstItem(tab);
        QVERIFY(card->investigation());
        const QDateTime asOf(QDate(2026, 3, 6), QTime(20, 0), card->context().affiliateZone);
        setAsOf(card, asOf);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QString longDate
            = german.toString(QDate(2026, 3, 6), QLocale::LongFormat); // "Freitag, 6. März 2026"
        QVERIFY(longDate.contains(QStringLiteral("März")));
        const QString basis = card->findChild<QLabel*>(QStringLiteral("cardBasis"))->text();
        QVERIFY2(basis.contains(longDate), qPrintable(basis));
        QVERIFY2(card->timeline()->accessibleDescription().contains(longDate),
            qPrintable(card->timeline()->accessibleDescription()));
        QVERIFY2(card->asOfEdit()->dateTimeEdit()->text().startsWith(QStringLiteral("06.03.26")),
            qPrintable(card->asOfEdit()->dateTimeEdit()->text()));
        const auto evidence = card->findChildren<QLabel*>(QRegularExpression(QStringLiteral("-evidence$")));
        for (const QLabel* label : evidence)
            QVERIFY2(!label->text().contains(QStringLiteral("/20")),
                qPrintable(label->text())); // no English dates
    }

    // Last: it changes the sandbox's data.
    void acknowledgingALicenceShowsWhetherTheWindowStarted()
    {
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        std::optional<qint64> notStarted;
        const QList<PurchaseOrder> orders = allOrders(tab);
        for (const ItemInvestigation& item : CustomerInvestigation::run(
                 orders, RefundPolicy(), DateTimeOffset::fromQDateTime(QDateTime::currentDateTimeUtc()))) {
            if (item.state.state == ItemState::NotStarted)
                notStarted = item.facts.itemId;
        }
        QVERIFY2(notStarted, "zoë smith has a rental not started");
        select(tab, *notStarted);
        tab->openAcknowledgeLicence();
        auto* dialog = tab->findChild<AckLicenceDialog*>();
        QVERIFY(dialog);
        QVERIFY2(dialog->stateBeforeText().startsWith(QStringLiteral("State before: Not started, ")),
            qPrintable(dialog->stateBeforeText()));
        QVERIFY(dialog->stateBeforeText().contains(QStringLiteral("left to start")));
        dialog->deviceEdit()->clear();
        QTest::keyClicks(dialog->deviceEdit(), m_fx.device());
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QTest::keyClicks(dialog->ticketEdit(), QStringLiteral("CS-5150"));
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Device shows a licence error"));
        dialog->send();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), WriteDialog::Step::Done, 15'000);
        const QString result = dialog->resultText();
        QVERIFY2(result.contains(QStringLiteral("State before: Not started, ")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("State after: Active, ")), qPrintable(result));
        QVERIFY2(
            result.contains(QStringLiteral("The rental window started: it ends on ")), qPrintable(result));
        dialog->reject();
    }
};

QTEST_MAIN(TestInvestigationCard)
#include "tst_investigationcard.moc"
