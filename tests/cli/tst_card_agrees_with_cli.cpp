// SPDX-License-Identifier: GPL-3.0-or-later
// The investigation card and `ffconsole-cli investigate --entitlements` give the same answer: for
// every item of the refund showcase (an example of every state, signal and verdict), the card as
// the agent sees it (the item selected in the window, refined with the entitlement the pane
// fetched) and the CLI's JSON at the same instant agree on the state, the verdict, the time left,
// the window's end and each signal with its weight and the fields of its evidence.

#include "models/PurchaseOrderModel.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/WindowFixture.h"
#include "ui/customer/CustomerTab.h"
#include "ui/customer/DetailsPane.h"
#include "ui/customer/EntitlementPane.h"
#include "ui/customer/OrdersTree.h"
#include "ui/investigation/AsOfEdit.h"
#include "ui/investigation/InvestigationCard.h"

#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <map>

using namespace ff;
using namespace ff::ui;
using ff::test::WindowFixture;

namespace {

const QString Showcase = QStringLiteral("refund.showcase");

// A state's, verdict's, signal kind's or weight's identifier, as the CLI writes it.
template <class Term> QString text(Term term)
{
    const std::string_view name = identifier(term);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

// What the card and `investigate` must agree on for one item.
struct Answer
{
    QString state;
    QString verdict;
    QString windowEnd; // UTC with milliseconds and Z, as the CLI writes it; empty where none
    qint64 timeLeft = -1; // -1: none
    QStringList signalList; // "kind weight [evidence fields]", sorted
    friend bool operator==(const Answer&, const Answer&) = default;
};

QString describe(const Answer& answer)
{
    return QStringLiteral("%1 / %2 / end %3 / left %4 / [%5]")
        .arg(answer.state, answer.verdict, answer.windowEnd)
        .arg(answer.timeLeft)
        .arg(answer.signalList.join(QStringLiteral("; ")));
}

QString signalLine(const QString& kind, const QString& weight, QStringList fields)
{
    fields.sort();
    return QStringLiteral("%1 %2 [%3]").arg(kind, weight, fields.join(u' '));
}

Answer fromCard(const ItemInvestigation& result)
{
    Answer answer { text(result.state.state), text(result.verdict), {},
        result.state.timeLeftSeconds.value_or(-1), {} };
    if (result.window.end)
        answer.windowEnd = QString::fromLatin1(result.window.end->toUtcMillisecondsString());
    for (const RefundSignal& signal : result.raisedSignals) {
        QStringList fields;
        for (const Evidence& evidence : signal.evidence)
            fields.append(evidence.field);
        answer.signalList.append(signalLine(
            text(signal.kind), signal.weight ? text(*signal.weight) : QStringLiteral("null"), fields));
    }
    answer.signalList.sort();
    return answer;
}

Answer fromCli(const QJsonObject& item)
{
    Answer answer { item[QStringLiteral("State")].toString(), item[QStringLiteral("Verdict")].toString(), {},
        item[QStringLiteral("TimeLeftSeconds")].isNull()
            ? -1
            : item[QStringLiteral("TimeLeftSeconds")].toInteger(),
        {} };
    answer.windowEnd = item[QStringLiteral("WindowEnd")].toString(); // null: empty
    for (const QJsonValue& signal : item[QStringLiteral("Signals")].toArray()) {
        const QJsonValue weight = signal[QStringLiteral("Weight")];
        answer.signalList.append(signalLine(signal[QStringLiteral("Kind")].toString(),
            weight.isNull() ? QStringLiteral("null") : weight.toString(),
            signal[QStringLiteral("Evidence")].toObject().keys()));
    }
    answer.signalList.sort();
    return answer;
}

} // namespace

class TestCardAgreesWithCli : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;

    std::map<qint64, Answer> cliAnswers(const QDateTime& at, QByteArray* error)
    {
        const auto run
            = test::CliRunner(m_fx.sandbox(), m_fx.path(QStringLiteral("cli-audit.jsonl")))
                  .run({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("investigate"),
                      QStringLiteral("--affiliate"), QString::number(m_fx.affiliate()),
                      QStringLiteral("--customer"), Showcase, QStringLiteral("--entitlements"),
                      QStringLiteral("--at"), at.toString(Qt::ISODateWithMs) });
        *error = run.err;
        std::map<qint64, Answer> answers;
        if (run.exitCode != 0)
            return answers;
        for (const QJsonValue& value : QJsonDocument::fromJson(run.out).array())
            answers[value[QStringLiteral("ItemId")].toInteger()] = fromCli(value.toObject());
        return answers;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(
            !qEnvironmentVariable("FFCONSOLE_CLI").isEmpty(), "FFCONSOLE_CLI names the program under test");
        QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
        QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Card and CLI"))));
    }

    void cleanupTestCase() { m_fx.closeWindow(); }

    void theShowcaseItemByItem()
    {
        CustomerTab* tab = m_fx.openCustomer(Showcase);
        QVERIFY(tab);
        WindowFixture::selectFirstItem(tab);
        InvestigationCard* card = tab->details()->card();
        QTRY_VERIFY(card->investigation().has_value());

        // "As of" the start of the minute before (the edit shows this minute: typing it again
        // changes nothing), typed on the affiliate's clock; the CLI at the same instant.
        QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-60);
        at.setTime(QTime(at.time().hour(), at.time().minute()));
        const QDateTime local = at.toTimeZone(card->context().affiliateZone);
        card->asOfEdit()->dateTimeEdit()->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
        QVERIFY(card->context().asOf);
        QCOMPARE(card->context().asOf->utcTicks(), DateTimeOffset::fromQDateTime(at).utcTicks());

        QByteArray error;
        const std::map<qint64, Answer> cli = cliAnswers(at, &error);
        QVERIFY2(cli.size() > 15, error.constData());

        int refined = 0;
        QStringList kinds;
        for (const auto& [itemId, expected] : cli) {
            qobject_cast<OrdersTree*>(tab->view())->selectItem(itemId);
            QTRY_VERIFY_WITH_TIMEOUT(!tab->entitlement()->isLoading(), 10'000);
            QVERIFY(card->investigation());
            QCOMPARE(card->investigation()->facts.itemId, itemId);
            if (card->investigation()->facts.entitlementUse == ItemFacts::EntitlementUse::ThisItem)
                ++refined;
            const Answer shown = fromCard(*card->investigation());
            QVERIFY2(shown == expected,
                qPrintable(QStringLiteral("item %1: card %2, CLI %3")
                               .arg(itemId)
                               .arg(describe(shown), describe(expected))));
            kinds.append(shown.state);
        }
        // The selection covers the card refined with the item's own entitlement, and many states.
        QVERIFY(refined > 5);
        kinds.removeDuplicates();
        QVERIFY2(kinds.size() >= 8, qPrintable(kinds.join(u' ')));
    }
};

QTEST_MAIN(TestCardAgreesWithCli)
#include "tst_card_agrees_with_cli.moc"
