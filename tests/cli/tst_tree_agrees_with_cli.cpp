// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PurchaseOrderModel.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace ff;
using ff::test::SandboxProcess;

namespace {

const QString Now = QStringLiteral("2026-03-06T12:00:00Z");

QString text(std::string_view identifier)
{
    return QString::fromLatin1(identifier.data(), qsizetype(identifier.size()));
}

// What the tree and `investigate` must agree on for one item.
struct Answer
{
    QString state;
    QString verdict;
    QStringList signalKinds; // sorted
    friend bool operator==(const Answer&, const Answer&) = default;
};

QString describe(const Answer& answer)
{
    return QStringLiteral("%1 / %2 / [%3]").arg(answer.state, answer.verdict, answer.signalKinds.join(u' '));
}

} // namespace

// The window and the CLI give the same answer: for every customer of the sandbox (the refund
// showcase included), the orders tree's State, Verdict and Signals columns, worked out on its
// worker, and `ffconsole-cli investigate --format json` at the same instant, item by item.
class TestTreeAgreesWithCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;

    // The tree's answers, as the window's model works them out.
    static std::map<qint64, Answer> treeAnswers(const QList<PurchaseOrder>& orders)
    {
        PurchaseOrderModel model;
        InvestigationContext context;
        context.asOf = *DateTimeOffset::parse(QStringView(Now));
        QSignalSpy investigated(&model, &PurchaseOrderModel::investigated);
        model.setInvestigationContext(context);
        model.loadOrders(orders);
        if (!QTest::qWaitFor([&] { return !model.isInvestigating() && investigated.count() > 0; }, 60'000))
            return {};
        std::map<qint64, Answer> answers;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex order = model.index(row, 0);
            for (int child = 0; child < model.rowCount(order); ++child) {
                const QModelIndex item = model.index(child, 0, order);
                const InvestigatedItem* shown = model.investigatedAt(item);
                const PurchaseOrderItem* dto = model.itemAt(item);
                if (!shown || !dto || !dto->id)
                    return {};
                Answer answer { text(identifier(shown->state)), text(identifier(shown->verdict)), {} };
                for (int kind = 0; kind < SignalKindCount; ++kind) {
                    if (shown->raised(SignalKind(kind)))
                        answer.signalKinds.append(text(identifier(SignalKind(kind))));
                }
                answer.signalKinds.sort();
                answers[*dto->id] = answer;
            }
        }
        return answers;
    }

    std::map<qint64, Answer> cliAnswers(qint64 affiliate, const QString& customer, QByteArray* error)
    {
        const auto run
            = test::CliRunner(*m_sandbox, m_dir.filePath(QStringLiteral("audit.jsonl")))
                  .run({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("investigate"),
                      QStringLiteral("--affiliate"), QString::number(affiliate), QStringLiteral("--customer"),
                      customer, QStringLiteral("--at"), Now });
        *error = run.err;
        std::map<qint64, Answer> answers;
        if (run.exitCode != 0)
            return answers;
        for (const QJsonValue& value : QJsonDocument::fromJson(run.out).array()) {
            const QJsonObject item = value.toObject();
            Answer answer { item[QStringLiteral("State")].toString(),
                item[QStringLiteral("Verdict")].toString(), {} };
            for (const QJsonValue& signal : item[QStringLiteral("Signals")].toArray())
                answer.signalKinds.append(signal[QStringLiteral("Kind")].toString());
            answer.signalKinds.sort();
            answers[item[QStringLiteral("ItemId")].toInteger()] = answer;
        }
        return answers;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString problem;
        m_sandbox = ff::test::CliRunner::startSandbox(problem, { QStringLiteral("--now"), Now });
        QVERIFY2(m_sandbox, qPrintable(problem));
    }

    void everyCustomerItemByItem_data()
    {
        QTest::addColumn<qint64>("affiliate");
        QTest::addColumn<QString>("customer");
        const SandboxInfo info = m_sandbox->sandboxInfo();
        QVERIFY(info.customers && info.customers->size() > 2);
        for (const SandboxCustomer& customer : *info.customers) {
            const QString username = customer.username.value_or(QString());
            QTest::newRow(qPrintable(username)) << customer.affiliateId.value_or(1) << username;
        }
    }

    void everyCustomerItemByItem()
    {
        QFETCH(qint64, affiliate);
        QFETCH(QString, customer);
        const QList<PurchaseOrder> orders = m_sandbox->purchaseOrders(affiliate, customer);
        QByteArray error;
        const std::map<qint64, Answer> cli = cliAnswers(affiliate, customer, &error);
        if (orders.isEmpty()) {
            QVERIFY2(cli.empty(), error.constData());
            return;
        }
        QVERIFY2(!cli.empty(), error.constData());
        const std::map<qint64, Answer> tree = treeAnswers(orders);
        QCOMPARE(tree.size(), cli.size());
        for (const auto& [itemId, answer] : tree) {
            const auto found = cli.find(itemId);
            QVERIFY2(
                found != cli.end(), qPrintable(QStringLiteral("item %1 missing from the CLI").arg(itemId)));
            QVERIFY2(found->second == answer,
                qPrintable(QStringLiteral("item %1: tree %2, CLI %3")
                               .arg(itemId)
                               .arg(describe(answer), describe(found->second))));
        }
    }
};

QTEST_MAIN(TestTreeAgreesWithCli)
#include "tst_tree_agrees_with_cli.moc"
