// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"
#include "models/OrderNode.h"
#include "models/PurchaseOrderModel.h"
#include "tests/support/WindowFixture.h"
#include "tests/ui/DecisionSteps.h"
#include "ui/customer/CustomerTab.h"
#include "ui/customer/DetailsPane.h"
#include "ui/customer/OrdersTree.h"
#include "ui/investigation/DecisionDialog.h"
#include "ui/investigation/DecisionIndex.h"
#include "ui/investigation/InvestigationCard.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace ff;
using namespace ff::ui;
using ff::test::WindowFixture;

// The last decision the card shows for an item, from a big audit log: the log is read once, off the
// GUI thread, not at every selection; what this console records joins it; a log that cannot be
// read is said, never shown as "no decision".
class TestInvestigationCardDecisions : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;

    static constexpr int Records = 50'000;

    static InvestigationCard* cardOf(const CustomerTab* tab) { return tab->details()->card(); }

    static void select(CustomerTab* tab, qint64 itemId)
    {
        qobject_cast<OrdersTree*>(tab->view())->selectItem(itemId);
    }

    QList<qint64> zoesItems()
    {
        QList<qint64> ids;
        const CustomerTab* tab = m_fx.openCustomer();
        if (!tab)
            return ids;
        for (int row = 0; row < tab->model()->orderCount(); ++row) {
            const PurchaseOrder& order = tab->model()->orderNode(row).order;
            for (const PurchaseOrderItem& item :
                order.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>()))
                ids.append(item.id.value_or(0));
        }
        return ids;
    }

    static QByteArray decisionLine(qint64 affiliateId, qint64 itemId, const QString& ticket, int n)
    {
        const QJsonObject line { { QStringLiteral("event"), QStringLiteral("decision") },
            { QStringLiteral("id"), QStringLiteral("d-%1").arg(n) },
            { QStringLiteral("time"),
                QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addSecs(n).toString(Qt::ISODateWithMs) },
            { QStringLiteral("source"), QStringLiteral("console") },
            { QStringLiteral("osUser"), QStringLiteral("ann") },
            { QStringLiteral("affiliateId"), affiliateId }, { QStringLiteral("itemId"), itemId },
            { QStringLiteral("orderId"), 1 }, { QStringLiteral("customer"), QStringLiteral("zoë smith") },
            { QStringLiteral("decision"), QStringLiteral("refund-declined") },
            { QStringLiteral("reason"), QStringLiteral("reason %1").arg(n) },
            { QStringLiteral("ticket"), ticket }, { QStringLiteral("verdict"), QStringLiteral("review") },
            { QStringLiteral("state"), QStringLiteral("active") },
            { QStringLiteral("asOf"), QStringLiteral("2026-01-01T08:00:00.000Z") } };
        return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }

    // Records lines: for each item many decisions, its last with the ticket LAST-<id>, one about the
    // same item id in another affiliate after it; the rest about other items, and writes.
    bool writeBigLog(const QList<qint64>& ids) const
    {
        QFile file(m_fx.audit().path());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        int n = 0;
        QByteArray bytes;
        for (int round = 0; round < 3; ++round) {
            for (const qint64 id : ids)
                bytes += decisionLine(
                    m_fx.affiliate(), id, QStringLiteral("OLD-%1-%2").arg(id).arg(round), n++);
        }
        while (n < Records - 2 * ids.size()) {
            if (n % 3 == 0)
                bytes += QJsonDocument(
                             QJsonObject { { QStringLiteral("event"), QStringLiteral("attempt") },
                                 { QStringLiteral("id"), QStringLiteral("w-%1").arg(n) },
                                 { QStringLiteral("time"), QStringLiteral("2026-01-01T09:00:00.000Z") },
                                 { QStringLiteral("endpoint"), QStringLiteral("PUT api/Purchase/1") },
                                 { QStringLiteral("ticket"), QStringLiteral("T") } })
                             .toJson(QJsonDocument::Compact)
                    + '\n';
            else
                bytes += decisionLine(m_fx.affiliate(), 900'000'000 + n, QStringLiteral("FILL-%1").arg(n), n);
            ++n;
        }
        for (const qint64 id : ids)
            bytes += decisionLine(m_fx.affiliate(), id, QStringLiteral("LAST-%1").arg(id), n++);
        for (const qint64 id : ids)
            bytes += decisionLine(m_fx.affiliate() + 1, id, QStringLiteral("OTHER-AFFILIATE"), n++);
        return file.write(bytes) == bytes.size();
    }

    bool reopenWindow()
    {
        m_fx.closeWindow(); // no card holds the index: the next one reads the log again
        return m_fx.openWindow(m_fx.profile(QStringLiteral("Investigation card decisions")));
    }

private slots:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString())); }

    void init() { QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Investigation card decisions")))); }

    void cleanup()
    {
        m_fx.closeWindow();
        QDir(m_fx.audit().path()).removeRecursively();
        QFile::remove(m_fx.audit().path());
    }

    void aBigLogIsReadOnceNotAtEverySelection()
    {
        const QList<qint64> ids = zoesItems();
        QVERIFY(ids.size() > 5);
        QVERIFY(writeBigLog(ids));
        QVERIFY(reopenWindow());
        const int readsBefore = DecisionIndex::reads();
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        InvestigationCard* card = cardOf(tab);
        for (const qint64 id : ids) {
            select(tab, id);
            QTRY_VERIFY2(card->lastDecisionText().contains(QStringLiteral("LAST-%1").arg(id)),
                qPrintable(card->lastDecisionText()));
            QVERIFY(card->lastDecisionText().contains(QStringLiteral("Refund declined")));
        }
        QCOMPARE(DecisionIndex::reads() - readsBefore, 1);

        // The file is not read again at a selection: with it gone, the card still knows every item's.
        QVERIFY(QFile::remove(m_fx.audit().path()));
        for (const qint64 id : ids) {
            select(tab, id);
            QVERIFY2(card->lastDecisionText().contains(QStringLiteral("LAST-%1").arg(id)),
                qPrintable(card->lastDecisionText()));
        }

        // What this console records joins the index and shows the next time the item is opened.
        select(tab, ids.at(2));
        QTest::mouseClick(card->recordButton(), Qt::LeftButton);
        auto* dialog = card->findChild<DecisionDialog*>();
        QVERIFY(dialog);
        ff::test::decide(dialog, QStringLiteral("escalated"), QStringLiteral("Second call about it"),
            QStringLiteral("CS-9001"));
        QVERIFY2(card->lastDecisionText().contains(QStringLiteral("CS-9001")),
            qPrintable(card->lastDecisionText()));
        select(tab, ids.at(1));
        QVERIFY(card->lastDecisionText().contains(QStringLiteral("LAST-%1").arg(ids.at(1))));
        select(tab, ids.at(2));
        QVERIFY2(card->lastDecisionText().contains(QStringLiteral("Escalated")),
            qPrintable(card->lastDecisionText()));
        QVERIFY(card->lastDecisionText().contains(QStringLiteral("CS-9001")));
        QCOMPARE(DecisionIndex::reads() - readsBefore, 1);
        // It is in the log as well.
        const auto contents = AuditLog(m_fx.audit().path()).read();
        QVERIFY(contents);
        QVERIFY(contents->lastDecision(m_fx.affiliate(), ids.at(2)));
        QCOMPARE(contents->lastDecision(m_fx.affiliate(), ids.at(2))->ticket, QStringLiteral("CS-9001"));
    }

    void aLogThatCannotBeReadIsSaidOnTheCard()
    {
        m_fx.closeWindow();
        QVERIFY(QDir().mkpath(m_fx.audit().path())); // a folder where the log should be
        QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Investigation card decisions"))));
        CustomerTab* tab = m_fx.openCustomer();
        QVERIFY(tab);
        InvestigationCard* card = cardOf(tab);
        WindowFixture::selectFirstItem(tab);
        QTRY_VERIFY2(card->lastDecisionText().contains(QStringLiteral("could not be read")),
            qPrintable(card->lastDecisionText()));
        QVERIFY(!card->lastDecisionText().contains(QStringLiteral("No decision")));
    }
};

QTEST_MAIN(TestInvestigationCardDecisions)
#include "tst_investigationcard_decisions.moc"
