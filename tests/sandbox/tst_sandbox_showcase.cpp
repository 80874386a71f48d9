// SPDX-License-Identifier: GPL-3.0-or-later
// The refund showcase (sandbox/RefundShowcase) over real HTTP: its customers' orders, read as the
// console reads them, investigated by the same library as the window and the CLI at the
// sandbox's now with the default policy, give every item state, refund signal and verdict, each
// on the item the README's table names: once from the orders alone (the orders tree), once with
// each supplier ref's current entitlement (the investigation card). The same holds at another
// seed and instant, since every instant of the showcase is at a fixed distance from now.

#include "api/codec/JsonReader.h"
#include "investigation/CustomerInvestigation.h"
#include "tests/sandbox/SandboxTestKit.h"

#include <QSet>
#include <QTest>
#include <map>
#include <memory>

using namespace ff;
using namespace ff::test;

namespace {

const QString Showcase = QStringLiteral("refund.showcase");
const QString LaterBuyer = QStringLiteral("later.buyer");

// One row of the README's table: the nth purchase (from 0, by purchase instant) of a title, what
// the card concludes with the entitlements and what the tree concludes from the orders alone.
struct Expected
{
    const char* supplierRef;
    int purchase;
    const char* cardState;
    QList<const char*> cardSignals;
    const char* cardVerdict;
    const char* treeState;
    const char* treeVerdict;
};

// The README's table, in its order.
const QList<Expected>& table()
{
    static const QList<Expected> rows {
        { "RFX-1001", 0, "not-started", { "unwatched-in-courtesy-window" }, "due", "not-started", "due" },
        { "RFX-1002", 0, "owned-unplayed", { "unwatched-in-courtesy-window" }, "due", "owned-unplayed",
            "due" },
        { "RFX-1003", 0, "active", { "delivery-failure" }, "due", "active", "due" },
        { "RFX-1004", 0, "active", {}, "not-due", "active", "not-due" },
        { "RFX-1004", 1, "not-started", { "unwatched-in-courtesy-window", "duplicate" }, "due", "not-started",
            "due" },
        { "RFX-1005", 0, "active", { "stopped-early" }, "review", "active", "not-due" },
        { "RFX-1006", 0, "expired-unused", { "expired-unused" }, "review", "expired-unused", "review" },
        { "RFX-1019", 0, "not-started", { "unwatched-in-courtesy-window" }, "due", "not-started", "due" },
        { "RFX-1007", 0, "expired-watched", { "watched" }, "not-due", "expired-watched", "not-due" },
        { "RFX-1008", 0, "owned-played", { "watched" }, "not-due", "owned-played", "not-due" },
        { "RFX-1009", 0, "owned-played", { "terms-differ" }, "review", "owned-played", "not-due" },
        { "RFX-1010", 0, "active", { "clock-anomaly" }, "review", "active", "review" },
        { "RFX-1011", 0, "active", { "entitlement-conflict" }, "review", "expired-watched", "not-due" },
        { "RFX-1012", 0, "unknown", { "entitlement-conflict" }, "review", "owned-unplayed", "not-due" },
        { "RFX-1013", 0, "unknown", {}, "not-due", "unknown", "not-due" },
        { "RFX-1014", 0, "refunded", { "already-refunded" }, "already-refunded", "refunded",
            "already-refunded" },
        { "RFX-1015", 0, "refunded", { "already-refunded" }, "already-refunded", "refunded",
            "already-refunded" },
        { "RFX-1016", 0, "unpaid", { "unwatched-in-courtesy-window" }, "nothing-paid", "unpaid",
            "nothing-paid" },
        { "RFX-1017", 0, "deleted", {}, "not-due", "deleted", "not-due" },
        { "RFX-1018", 0, "expired-watched", {}, "not-due", "expired-watched", "not-due" },
        { "RFX-2001", 0, "owned-unplayed", { "box-set-partly-used" }, "review", "owned-unplayed", "not-due" },
        { "RFX-2001-E01", 0, "owned-played", { "watched" }, "not-due", "owned-played", "not-due" },
        { "RFX-2001-E02", 0, "owned-played", {}, "not-due", "owned-played", "not-due" },
        { "RFX-2001-E03", 0, "owned-unplayed", {}, "not-due", "owned-unplayed", "not-due" },
        { "RFX-2001-E04", 0, "owned-unplayed", {}, "not-due", "owned-unplayed", "not-due" },
    };
    return rows;
}

QString identifierText(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

QStringList signalsOf(const ItemInvestigation& result)
{
    QStringList kinds;
    for (const RefundSignal& raised : result.raisedSignals)
        kinds.append(identifierText(identifier(raised.kind)));
    kinds.sort();
    return kinds;
}

QStringList sorted(const QList<const char*>& words)
{
    QStringList list;
    for (const char* word : words)
        list.append(QString::fromLatin1(word));
    list.sort();
    return list;
}

// The results of one title's purchases, by purchase instant (then item id).
QList<const ItemInvestigation*> purchasesOf(const std::vector<ItemInvestigation>& results, const QString& ref)
{
    QList<const ItemInvestigation*> found;
    for (const ItemInvestigation& result : results) {
        if (result.facts.supplierRef == ref)
            found.append(&result);
    }
    std::sort(found.begin(), found.end(), [](const ItemInvestigation* a, const ItemInvestigation* b) {
        if (!a->facts.purchasedAt->isSameInstant(*b->facts.purchasedAt))
            return *a->facts.purchasedAt < *b->facts.purchasedAt;
        return a->facts.itemId < b->facts.itemId;
    });
    return found;
}

const ItemInvestigation* resultFor(const std::vector<ItemInvestigation>& results, const Expected& row)
{
    return purchasesOf(results, QString::fromLatin1(row.supplierRef)).value(row.purchase);
}

// One sandbox's showcase: its customers, orders, current entitlements and instant.
class ShowcaseRun
{
public:
    explicit ShowcaseRun(const QStringList& arguments)
        : m_sandbox(arguments)
    { }

    // Reads everything; a failure fails the test.
    void load()
    {
        QVERIFY2(m_sandbox.isReady(), qPrintable(m_sandbox.errorString()));
        m_info = m_sandbox.sandboxInfo();
        QVERIFY(m_info.now && m_info.customers);
        QStringList marked;
        for (const SandboxCustomer& customer : *m_info.customers) {
            if (customer.showcase) {
                QCOMPARE(*customer.showcase, QStringLiteral("refunds"));
                QCOMPARE(customer.affiliateId, 1);
                marked.append(customer.username.value_or(QString()));
            }
        }
        QCOMPARE(marked, QStringList({ Showcase, LaterBuyer }));
        m_orders = ff::test::orders(m_sandbox, 1, Showcase);
        QVERIFY(!m_orders.isEmpty());
        m_laterBuyerOrders = ff::test::orders(m_sandbox, 1, LaterBuyer);
        QCOMPARE(m_laterBuyerOrders.size(), 1);
        for (const PurchaseOrderItem* item : itemsOf(m_orders))
            fetchEntitlement(*item->supplierRef);
    }

    const SandboxInfo& info() const { return m_info; }
    const QList<PurchaseOrder>& orders() const { return m_orders; }
    const QList<PurchaseOrder>& laterBuyerOrders() const { return m_laterBuyerOrders; }

    // The investigation card's view: each supplier ref's current entitlement, with its family.
    std::vector<ItemInvestigation> card() const { return card(m_orders); }
    // The same for other orders whose supplier refs are the showcase customer's.
    std::vector<ItemInvestigation> card(const QList<PurchaseOrder>& orders) const
    {
        return CustomerInvestigation::run(orders, RefundPolicy(), *m_info.now, [this](const QString& ref) {
            const auto found = m_entitlements.find(ref);
            if (found == m_entitlements.end())
                return EntitlementLookup::failed(QStringLiteral("not fetched"));
            return found->second ? EntitlementLookup::found(*found->second) : EntitlementLookup::notFound();
        });
    }
    // The orders tree's view: the orders alone.
    std::vector<ItemInvestigation> tree() const
    {
        return CustomerInvestigation::run(m_orders, RefundPolicy(), *m_info.now);
    }

private:
    void fetchEntitlement(const QString& ref)
    {
        if (m_entitlements.count(ref) > 0)
            return;
        const SandboxProcess::Reply reply = m_sandbox.get(entitlementPath(1, ref, true));
        if (reply.status == 404) {
            m_entitlements[ref] = std::nullopt; // none: the run goes on without it
            return;
        }
        QVERIFY2(reply.status == 200, qPrintable(ref + u' ' + QString::number(reply.status)));
        auto parsed = readJson<Entitlement>(reply.body);
        QVERIFY2(parsed, qPrintable(ref));
        m_entitlements[ref] = std::move(parsed.value());
    }

    SandboxProcess m_sandbox;
    SandboxInfo m_info;
    QList<PurchaseOrder> m_orders;
    QList<PurchaseOrder> m_laterBuyerOrders;
    std::map<QString, std::optional<Entitlement>> m_entitlements; // nullopt: 404
};

} // namespace

class TestSandboxShowcase : public QObject
{
    Q_OBJECT

private:
    // The fixed seed and instant's showcase, and what the card concludes on it.
    std::unique_ptr<ShowcaseRun> m_fixed;
    std::vector<ItemInvestigation> m_card;

    const ItemInvestigation* onCard(const char* supplierRef, int purchase = 0) const
    {
        return purchasesOf(m_card, QString::fromLatin1(supplierRef)).value(purchase);
    }

private slots:
    void initTestCase()
    {
        m_fixed = std::make_unique<ShowcaseRun>(fixedArguments());
        m_fixed->load();
        QVERIFY(!QTest::currentTestFailed());
        m_card = m_fixed->card();
    }

    void everyCaseOnTheItemTheReadmeNames_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("fixed seed and instant") << fixedArguments();
        // Another seed, and an instant just after the United Kingdom's clocks went forward: the
        // same cases, since every instant is at a fixed elapsed distance from now.
        QTest::newRow("another seed, after a clock change") << QStringList { QStringLiteral("--seed"),
            QStringLiteral("90210"), QStringLiteral("--now"), QStringLiteral("2026-03-29T02:30:00+01:00") };
    }

    void everyCaseOnTheItemTheReadmeNames()
    {
        QFETCH(QStringList, arguments);
        ShowcaseRun run(arguments);
        run.load();
        if (QTest::currentTestFailed())
            return;
        const std::vector<ItemInvestigation> card = run.card();
        const std::vector<ItemInvestigation> tree = run.tree();
        QCOMPARE(card.size(), size_t(table().size())); // every item is in the table, once
        QCOMPARE(tree.size(), card.size());

        QSet<QString> states;
        QSet<QString> kinds;
        QSet<QString> verdicts;
        for (const Expected& row : table()) {
            const QString where
                = QStringLiteral("%1 #%2").arg(QLatin1String(row.supplierRef)).arg(row.purchase);
            const ItemInvestigation* cardResult = resultFor(card, row);
            const ItemInvestigation* treeResult = resultFor(tree, row);
            QVERIFY2(cardResult && treeResult, qPrintable(where));
            QCOMPARE(identifierText(identifier(cardResult->state.state)), QLatin1String(row.cardState));
            QCOMPARE(signalsOf(*cardResult), sorted(row.cardSignals));
            QCOMPARE(identifierText(identifier(cardResult->verdict)), QLatin1String(row.cardVerdict));
            QCOMPARE(identifierText(identifier(treeResult->state.state)), QLatin1String(row.treeState));
            QCOMPARE(identifierText(identifier(treeResult->verdict)), QLatin1String(row.treeVerdict));
            states.insert(identifierText(identifier(cardResult->state.state)));
            verdicts.insert(identifierText(identifier(cardResult->verdict)));
            for (const QString& kind : signalsOf(*cardResult))
                kinds.insert(kind);
        }
        for (int state = 0; state <= int(ItemState::Unknown); ++state)
            QVERIFY2(states.contains(identifierText(identifier(ItemState(state)))),
                identifier(ItemState(state)).data());
        for (int kind = 0; kind < SignalKindCount; ++kind)
            QVERIFY2(kinds.contains(identifierText(identifier(SignalKind(kind)))),
                identifier(SignalKind(kind)).data());
        for (int verdict = 0; verdict <= int(RefundVerdict::NotDue); ++verdict)
            QVERIFY2(verdicts.contains(identifierText(identifier(RefundVerdict(verdict)))),
                identifier(RefundVerdict(verdict)).data());
    }

    void anotherCustomersEntitlementIsShownAsUnknown()
    {
        // Borrowed Light: the later buyer rented it since, so the platform's current entitlement
        // is theirs, and how far this customer's rental played is not taken from it.
        const ItemInvestigation* borrowed = onCard("RFX-1018");
        QVERIFY(borrowed);
        const PurchaseOrderItem& laterItem
            = m_fixed->laterBuyerOrders().first().purchaseOrderItemDtos->first();
        QCOMPARE(laterItem.supplierRef, QStringLiteral("RFX-1018"));
        QCOMPARE(borrowed->facts.entitlementUse, ItemFacts::EntitlementUse::OtherItem);
        QCOMPARE(borrowed->facts.otherItemId, laterItem.id);
        QVERIFY(!borrowed->facts.lastPlayPosition);
        QVERIFY(!borrowed->unknowns.isEmpty());
        // For the later buyer, it is their own: active, nothing to say.
        const std::vector<ItemInvestigation> laterBuyer = m_fixed->card(m_fixed->laterBuyerOrders());
        QCOMPARE(laterBuyer.size(), size_t(1));
        QCOMPARE(laterBuyer.front().facts.entitlementUse, ItemFacts::EntitlementUse::ThisItem);
        QVERIFY(laterBuyer.front().facts.lastPlayPosition);
        QCOMPARE(laterBuyer.front().state.state, ItemState::Active);
        QVERIFY(laterBuyer.front().raisedSignals.isEmpty());
        QCOMPARE(laterBuyer.front().verdict, RefundVerdict::NotDue);
        // The first rental of Second Helpings meets the second one's entitlement the same way.
        const ItemInvestigation* first = onCard("RFX-1004");
        const ItemInvestigation* second = onCard("RFX-1004", 1);
        QCOMPARE(first->facts.entitlementUse, ItemFacts::EntitlementUse::OtherItem);
        QCOMPARE(first->facts.otherItemId, second->facts.itemId);
        QCOMPARE(second->facts.entitlementUse, ItemFacts::EntitlementUse::ThisItem);
        QCOMPARE(std::get<qint64>(*second->signal(SignalKind::Duplicate)->value(u"EarlierItemId")),
            first->facts.itemId);
    }

    void theCasesAreWhatTheTableSays()
    {
        const DateTimeOffset now = *m_fixed->info().now;
        // The IsDtr rental is a rental, not a purchase to keep.
        const ItemInvestigation* dtr = onCard("RFX-1003");
        QVERIFY(dtr->item->isDtr.value_or(false));
        QCOMPARE(dtr->facts.ownership, ItemFacts::Ownership::Rental);
        // The owned item is told by its order's offer type.
        QCOMPARE(onCard("RFX-1002")->order->offerType, QStringLiteral("EST"));
        // The duplicate is across two orders.
        QVERIFY(onCard("RFX-1004")->facts.orderId != onCard("RFX-1004", 1)->facts.orderId);
        // The item added to the old order was bought when it was added, two hours ago; its order
        // is forty days old, and both dates are shown.
        const ItemInvestigation* added = onCard("RFX-1019");
        QVERIFY(added->facts.purchaseDiffersFromOrder);
        QCOMPARE(added->facts.orderId, onCard("RFX-1006")->facts.orderId);
        QCOMPARE(
            now.utcTicks() - added->facts.purchasedAt->utcTicks(), 2 * 3600 * DateTimeOffset::TicksPerSecond);
        QCOMPARE(now.utcTicks() - added->facts.orderCreatedAt->utcTicks(),
            40 * 86'400 * DateTimeOffset::TicksPerSecond);
        // The extended rental: the platform's expiry wins over the computed end, a day from now.
        const ItemInvestigation* extended = onCard("RFX-1011");
        QVERIFY(extended->window.endsDisagree);
        QCOMPARE(extended->window.end->utcTicks() - now.utcTicks(), 86'400 * DateTimeOffset::TicksPerSecond);
        QVERIFY(*extended->window.computedEnd < now);
        // The type conflict is the entitlement's type against the order's.
        QVERIFY(onCard("RFX-1012")->state.typesDisagree);
        // The refund is the whole order's: both its items.
        QCOMPARE(onCard("RFX-1014")->facts.orderId, onCard("RFX-1015")->facts.orderId);
        // Two of the box set's four episodes were started.
        const RefundSignal* partly = onCard("RFX-2001")->signal(SignalKind::BoxSetPartlyUsed);
        QCOMPARE(std::get<qint64>(*partly->value(u"Children")), 4);
        QCOMPARE(std::get<qint64>(*partly->value(u"ChildrenStarted")), 2);
    }
};

QTEST_GUILESS_MAIN(TestSandboxShowcase)
#include "tst_sandbox_showcase.moc"
