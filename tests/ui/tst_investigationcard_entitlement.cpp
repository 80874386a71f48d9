// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigation/CustomerInvestigation.h"
#include "models/OrderNode.h"
#include "models/PurchaseOrderModel.h"
#include "models/RefundSentences.h"
#include "tests/support/WindowFixture.h"
#include "ui/customer/CustomerTab.h"
#include "ui/customer/DetailsPane.h"
#include "ui/customer/EntitlementPane.h"
#include "ui/customer/OrdersTree.h"
#include "ui/investigation/InvestigationCard.h"
#include "ui/widgets/MessageBar.h"

#include <QTest>

using namespace ff;
using namespace ff::ui;
using ff::test::WindowFixture;

// What the card makes of the item's entitlement, on the sandbox's refund showcase: how far it
// played is a fact line of its own whatever the share (or not known, and why), and a supplier ref
// the platform has no entitlement for (404) is said in plain words on the card and the pane, with
// nothing to retry, the investigation going on from the orders alone.
class TestInvestigationCardEntitlement : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;
    CustomerTab* m_tab = nullptr;

    static InvestigationCard* cardOf(const CustomerTab* tab) { return tab->details()->card(); }

    QList<PurchaseOrder> orders() const
    {
        QList<PurchaseOrder> all;
        for (int row = 0; row < m_tab->model()->orderCount(); ++row)
            all.append(m_tab->model()->orderNode(row).order);
        return all;
    }

    // The showcase's (first) item of a title, by its supplier ref.
    qint64 itemOf(const QString& supplierRef) const
    {
        for (const PurchaseOrder& order : orders()) {
            for (const PurchaseOrderItem& item :
                order.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>())) {
                if (item.supplierRef == supplierRef)
                    return item.id.value_or(0);
            }
        }
        return 0;
    }

    // Selects the item and waits for the pane's answer.
    bool select(qint64 itemId) const
    {
        qobject_cast<OrdersTree*>(m_tab->view())->selectItem(itemId);
        return QTest::qWaitFor([this] { return !m_tab->entitlement()->isLoading(); }, 10'000)
            && cardOf(m_tab)->investigation() && cardOf(m_tab)->investigation()->facts.itemId == itemId;
    }

private slots:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString())); }

    void init()
    {
        QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Investigation card entitlement"))));
        m_tab = m_fx.openCustomer(QStringLiteral("refund.showcase"));
        QVERIFY(m_tab);
        QVERIFY(m_tab->model()->orderCount() > 5);
    }

    void cleanup()
    {
        m_tab = nullptr;
        m_fx.closeWindow();
    }

    void howFarItPlayedIsAFactOfItsOwn_data()
    {
        QTest::addColumn<QString>("supplierRef");
        QTest::addColumn<bool>("watched");
        // The Map Room, 97 % streamed: the watched signal uses it.
        QTest::newRow("watched") << QStringLiteral("RFX-1007") << true;
        // Brass Monkeys, a third watched offline: no signal uses it, and it is shown all the same.
        QTest::newRow("a third") << QStringLiteral("RFX-1009") << false;
    }

    void howFarItPlayedIsAFactOfItsOwn()
    {
        QFETCH(QString, supplierRef);
        QFETCH(bool, watched);
        const qint64 id = itemOf(supplierRef);
        QVERIFY(id != 0);
        QVERIFY(select(id));
        InvestigationCard* card = cardOf(m_tab);
        QTRY_COMPARE(card->investigation()->facts.entitlementUse, ItemFacts::EntitlementUse::ThisItem);
        const ItemFacts& facts = card->investigation()->facts;
        QVERIFY(facts.lastPlayPosition);
        QVERIFY(facts.lengthSeconds);
        const QString expected
            = QStringLiteral("to %1 of %2")
                  .arg(RefundSentences::span(facts.lastPlayPosition->ticks() / TimeSpan::TicksPerSecond),
                      RefundSentences::span(*facts.lengthSeconds));
        QVERIFY2(card->playedText().startsWith(QStringLiteral("How far it played: ")),
            qPrintable(card->playedText()));
        QVERIFY2(card->playedText().contains(expected),
            qPrintable(card->playedText() + QStringLiteral(" / ") + expected));
        bool raised = false;
        for (const RefundSignal& signal : card->investigation()->raisedSignals)
            raised = raised || signal.kind == SignalKind::Watched;
        QCOMPARE(raised, watched);
        QVERIFY(card->findChild<QWidget*>(QStringLiteral("cardPlayed"))->isVisible());
    }

    void howFarItPlayedIsNotKnownFromAnotherItemsEntitlement()
    {
        // Borrowed Light: the current entitlement is the later buyer's item.
        const qint64 id = itemOf(QStringLiteral("RFX-1018"));
        QVERIFY(id != 0);
        QVERIFY(select(id));
        InvestigationCard* card = cardOf(m_tab);
        QTRY_COMPARE(card->investigation()->facts.entitlementUse, ItemFacts::EntitlementUse::OtherItem);
        const qint64 other = m_tab->entitlement()->entitlement()->id.value_or(0);
        QVERIFY(other != 0 && other != id);
        QVERIFY2(card->playedText().startsWith(QStringLiteral("How far it played: not known")),
            qPrintable(card->playedText()));
        QVERIFY2(card->playedText().contains(QStringLiteral("another purchase's (item %1)").arg(other)),
            qPrintable(card->playedText()));
    }

    void noEntitlementOnThePlatformIsSaidNotShownAsAnError()
    {
        // Clean Slate, removed from the library: the sandbox has no entitlement for RFX-1017.
        const qint64 id = itemOf(QStringLiteral("RFX-1017"));
        QVERIFY(id != 0);
        QVERIFY(select(id));
        EntitlementPane* pane = m_tab->entitlement();
        QCOMPARE(pane->outcome(), EntitlementPane::Outcome::NotFound);
        QVERIFY(!pane->entitlement());
        QVERIFY2(pane->placeholderText().contains(
                     QStringLiteral("The platform has no entitlement for this title")),
            qPrintable(pane->placeholderText()));
        // Nothing to retry: no error, no action offered.
        const auto* messages = pane->findChild<MessageBar*>();
        QVERIFY(messages);
        QVERIFY2(messages->isHidden() || messages->actionText().isEmpty(), qPrintable(messages->text()));
        QVERIFY(!messages->isVisible() || messages->kind() != MessageBar::Kind::Error);

        InvestigationCard* card = cardOf(m_tab);
        QTRY_COMPARE(card->investigation()->facts.entitlementUse, ItemFacts::EntitlementUse::None);
        QVERIFY2(
            card->sourceText().contains(QStringLiteral("The platform has no entitlement for this title")),
            qPrintable(card->sourceText()));
        QVERIFY(card->sourceText().contains(QStringLiteral("orders alone")));
        QVERIFY2(card->playedText().contains(QStringLiteral("not known")), qPrintable(card->playedText()));
        QVERIFY(card->playedText().contains(QStringLiteral("no entitlement")));
        // The investigation went on from the orders alone, as investigate --entitlements does on a 404.
        const auto expected = CustomerInvestigation::item(orders(), id, card->context().policy,
            card->investigation()->at, [](const QString&) { return EntitlementLookup::notFound(); });
        QVERIFY(expected);
        QCOMPARE(card->investigation()->verdict, expected->verdict);
        QCOMPARE(card->investigation()->state.state, expected->state.state);
        QCOMPARE(card->verdictText(), displayName(expected->verdict));
    }
};

QTEST_MAIN(TestInvestigationCardEntitlement)
#include "tst_investigationcard_entitlement.moc"
