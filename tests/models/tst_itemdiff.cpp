// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "models/OrderItemDiff.h"

#include <QTest>

using namespace ff;

namespace {

// Items as a line of ids: "1 2* -" is item 1, item 2 changed (another title), an item without
// an id.
QList<PurchaseOrderItem> items(const QString& spec)
{
    QList<PurchaseOrderItem> list;
    for (const QString& word : spec.split(u' ', Qt::SkipEmptyParts)) {
        PurchaseOrderItem item;
        if (word != u'-') {
            const bool changed = word.endsWith(u'*');
            item.id = QStringView(word).chopped(changed ? 1 : 0).toLongLong();
            item.title = QStringLiteral("Title %1%2")
                             .arg(*item.id)
                             .arg(changed ? QStringLiteral(" (HD)") : QString());
        }
        list.append(item);
    }
    return list;
}

// An order holding those items, as the API sends it.
PurchaseOrder order(const QString& itemSpec)
{
    return test::purchaseOrder(1001, items(itemSpec));
}

QString runs(const std::vector<OrderItemDiff::Run>& runs)
{
    QStringList parts;
    for (const OrderItemDiff::Run& run : runs)
        parts.append(QStringLiteral("%1-%2").arg(run.first).arg(run.last));
    return parts.join(u',');
}

QString rows(const std::vector<int>& rows)
{
    QStringList parts;
    for (const int row : rows)
        parts.append(QString::number(row));
    return parts.join(u',');
}

// The steps in one line, empty ones left out.
QString describe(const OrderItemDiff& diff)
{
    QStringList steps;
    if (diff.wholesale)
        steps.append(QStringLiteral("wholesale"));
    const std::pair<const char*, QString> parts[]
        = { { "remove", runs(diff.removals) }, { "move", rows(diff.movedTo) }, { "keep", rows(diff.keptAt) },
              { "change", runs(diff.changes) }, { "insert", runs(diff.insertions) } };
    for (const auto& [name, value] : parts) {
        if (!value.isEmpty())
            steps.append(QLatin1String(name) + u' ' + value);
    }
    return steps.join(QStringLiteral("; "));
}

// Ids 0 to count - 1, every other one (odd ones) left out or replaced by a new id.
QString ids(int count, int step = 1, int offset = 0)
{
    QStringList words;
    for (int id = offset; id < count; id += step)
        words.append(QString::number(id));
    return words.join(u' ');
}

} // namespace

// OrderItemDiff, on its own: what replacing an order's items takes, step by step, for the model
// to announce (PurchaseOrderModel::replaceOrder).
class TestItemDiff : public QObject
{
    Q_OBJECT

private slots:
    void everyItemKeptChangesWithItsOrdersFields()
    {
        // Item rows show their order's payment references: when those change, every item kept
        // is announced as changed.
        PurchaseOrder refunded = order(QStringLiteral("1 3 4"));
        refunded.paymentProviderRefundTransId = QStringLiteral("RF-1");
        QCOMPARE(describe(OrderItemDiff::between(order(QStringLiteral("1 2 3")), refunded)),
            QStringLiteral("remove 1-1; keep 0,1; change 0-1; insert 2-2"));
        // Items not sent (none, rather than an empty list) are no items.
        PurchaseOrder unknown = order(QString());
        unknown.purchaseOrderItemDtos.reset();
        QCOMPARE(describe(OrderItemDiff::between(order(QStringLiteral("1")), unknown)),
            QStringLiteral("remove 0-0"));
    }

    void stepsBetweenTwoVersions_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("steps");
        QTest::newRow("the same items")
            << QStringLiteral("1 2 3") << QStringLiteral("1 2 3") << QStringLiteral("keep 0,1,2");
        QTest::newRow("one removed") << QStringLiteral("1 2 3") << QStringLiteral("1 3")
                                     << QStringLiteral("remove 1-1; keep 0,1");
        QTest::newRow("one added between")
            << QStringLiteral("1 3") << QStringLiteral("1 2 3") << QStringLiteral("keep 0,2; insert 1-1");
        QTest::newRow("runs removed from the last")
            << QStringLiteral("1 2 3 4 5 6") << QStringLiteral("1 4 6")
            << QStringLiteral("remove 4-4,1-2; keep 0,1,2");
        QTest::newRow("runs added from the first") << QStringLiteral("2 4") << QStringLiteral("1 2 3 4 5")
                                                   << QStringLiteral("keep 1,3; insert 0-0,2-2,4-4");
        QTest::newRow("one changed") << QStringLiteral("1 2 3") << QStringLiteral("1 2* 3")
                                     << QStringLiteral("keep 0,1,2; change 1-1");
        QTest::newRow("changes in runs") << QStringLiteral("1 2 3 4") << QStringLiteral("1* 2* 3 4*")
                                         << QStringLiteral("keep 0,1,2,3; change 0-1,3-3");
        QTest::newRow("reordered, one gone, one new, one changed")
            << QStringLiteral("1 2 3 4") << QStringLiteral("4 3 5 2*")
            << QStringLiteral("remove 0-0; move 2,1,0; keep 0,1,3; change 2-2; insert 2-2");
        QTest::newRow("without ids: removed and added") << QStringLiteral("- 1") << QStringLiteral("- 1")
                                                        << QStringLiteral("remove 0-0; keep 1; insert 0-0");
        QTest::newRow("an id twice: the first continues")
            << QStringLiteral("1 1") << QStringLiteral("1") << QStringLiteral("remove 1-1; keep 0");
        QTest::newRow("an id twice in the new list")
            << QStringLiteral("1") << QStringLiteral("1 1") << QStringLiteral("keep 0; insert 1-1");
        QTest::newRow("items where there were none")
            << QStringLiteral("") << QStringLiteral("1 2") << QStringLiteral("insert 0-1");
        QTest::newRow("every item gone")
            << QStringLiteral("1 2") << QStringLiteral("") << QStringLiteral("remove 0-1");
        QTest::newRow("no items either side")
            << QStringLiteral("") << QStringLiteral("") << QStringLiteral("");

        // 32 separate runs are followed one by one; 33 are swapped wholesale.
        QStringList removed;
        for (int row = 62; row >= 0; row -= 2)
            removed.append(QStringLiteral("%1-%1").arg(row));
        QTest::newRow("32 runs removed")
            << ids(64) << ids(64, 2, 1)
            << QStringLiteral("remove %1; keep %2").arg(removed.join(u','), ids(32).replace(u' ', u','));
        QTest::newRow("33 runs removed")
            << ids(66) << ids(66, 2, 1) << QStringLiteral("wholesale; remove 0-65; insert 0-32");
        QTest::newRow("33 runs added")
            << ids(66, 2, 1) << ids(66) << QStringLiteral("wholesale; remove 0-32; insert 0-65");
    }
    void stepsBetweenTwoVersions()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, steps);
        QCOMPARE(describe(OrderItemDiff::between(order(before), order(after))), steps);
    }

    void takingTheStepsGivesTheNewList_data() { stepsBetweenTwoVersions_data(); }
    void takingTheStepsGivesTheNewList()
    {
        // As the model takes them, one at a time: what it announces is what the list becomes.
        QFETCH(QString, before);
        QFETCH(QString, after);
        const QList<PurchaseOrderItem> target = items(after);
        const OrderItemDiff diff = OrderItemDiff::between(order(before), order(after));
        QList<PurchaseOrderItem> list = items(before);
        for (const OrderItemDiff::Run& run : diff.removals)
            list.remove(run.first, run.last - run.first + 1);
        if (!diff.movedTo.empty()) {
            QCOMPARE(diff.movedTo.size(), size_t(list.size()));
            QList<PurchaseOrderItem> moved(list.size());
            for (size_t k = 0; k < diff.movedTo.size(); ++k)
                moved[diff.movedTo[k]] = list.at(qsizetype(k));
            list = moved;
        }
        QCOMPARE(diff.keptAt.size(), size_t(list.size()));
        for (const OrderItemDiff::Run& run : diff.changes) {
            for (int k = run.first; k <= run.last; ++k)
                list[k] = target.at(diff.keptAt[size_t(k)]);
        }
        for (int k = 0; k < list.size(); ++k)
            QCOMPARE(list.at(k), target.at(diff.keptAt[size_t(k)])); // what was not changed was equal
        for (const OrderItemDiff::Run& run : diff.insertions)
            list = list.first(run.first) + target.sliced(run.first, run.last - run.first + 1)
                + list.sliced(run.first);
        QCOMPARE(list, target);
    }
};

QTEST_MAIN(TestItemDiff)
#include "tst_itemdiff.moc"
