// SPDX-License-Identifier: GPL-3.0-or-later
// The case report the window makes (Customer ▸ Case report…) and the one `ffconsole-cli report`
// makes for the same customer at the same instant hold the same facts, item by item: the CSVs,
// read back by Python's csv module, agree on every column that is not words in a language (the
// window speaks the agent's, the CLI English).
#include "api/audit/AuditLog.h"
#include "models/report/CaseReportCsv.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/CsvReadBack.h"
#include "tests/support/WindowFixture.h"
#include "ui/customer/CustomerTab.h"
#include "ui/main/MainWindow.h"
#include "ui/report/CaseReportDialog.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace ff;
using namespace ff::ui;
using ff::test::WindowFixture;

namespace {

const QString Showcase = QStringLiteral("refund.showcase");

// The columns that are facts, not words: identifiers, instants in UTC, amounts, references.
const QStringList FactColumns { QStringLiteral("AffiliateId"), QStringLiteral("Customer"),
    QStringLiteral("OrderId"), QStringLiteral("ItemId"), QStringLiteral("SupplierRef"),
    QStringLiteral("Title"), QStringLiteral("State"), QStringLiteral("Verdict"),
    QStringLiteral("PurchasedAt"), QStringLiteral("WindowEnd"), QStringLiteral("TimeLeftSeconds"),
    QStringLiteral("UnitPrice"), QStringLiteral("PaymentProviderTransactionId"),
    QStringLiteral("PaymentProviderRefundTransId"), QStringLiteral("Decision"), QStringLiteral("AsOf"),
    QStringLiteral("ReportedInFull") };

QList<QStringList> facts(const QList<QStringList>& rows)
{
    QList<QStringList> kept;
    if (rows.isEmpty())
        return kept;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& column : FactColumns)
            cells.append(row.value(rows.first().indexOf(column)));
        kept.append(cells);
    }
    return kept;
}

} // namespace

class TestReportAgreesWithCli final : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;

private slots:
    void initTestCase()
    {
        QVERIFY2(
            !qEnvironmentVariable("FFCONSOLE_CLI").isEmpty(), "FFCONSOLE_CLI names the program under test");
        QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
        QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Report and CLI"))));
    }

    void cleanupTestCase() { m_fx.closeWindow(); }

    void theWindowsCsvAndTheClisHoldTheSameFacts()
    {
        CustomerTab* tab = m_fx.openCustomer(Showcase);
        QVERIFY(tab);
        // One instant for both, to the second (the CLI's --at), as an agent sets "as of".
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-60).toOffsetFromUtc(0);
        const QDateTime whole = QDateTime(at.date(), QTime(at.time().hour(), at.time().minute()), Qt::UTC);
        InvestigationContext context = tab->investigationContext();
        context.asOf = DateTimeOffset::fromQDateTime(whole);
        tab->setInvestigationContext(context);

        // Nothing selected: no item's entitlement from the card, the orders alone, as the CLI
        // without --entitlements.
        tab->view()->selectionModel()->clear();
        QVERIFY(!tab->selectedOrder() && !tab->selectedItem());
        m_fx.window()->findChild<QAction*>(QStringLiteral("caseReportAction"))->trigger();
        QPointer<CaseReportDialog> dialog = tab->findChild<CaseReportDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->customerScope()->isChecked()); // nothing selected: the whole customer
        QTemporaryDir dir;
        dialog->pathEdit()->setText(dir.filePath(QStringLiteral("window.pdf")));
        dialog->start();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30'000);
        const QList<QStringList> window = test::readCsvWithPython(dir.filePath(QStringLiteral("window.csv")));

        const QString cliCsv = dir.filePath(QStringLiteral("cli.csv"));
        const auto run
            = test::CliRunner(m_fx.sandbox(), m_fx.audit().path())
                  .run({ QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("report"),
                      QStringLiteral("--affiliate"), QString::number(m_fx.affiliate()),
                      QStringLiteral("--customer"), Showcase, QStringLiteral("--at"),
                      whole.toString(Qt::ISODate), QStringLiteral("--out"), cliCsv });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QStringList> cli = test::readCsvWithPython(cliCsv);

        QCOMPARE(window.first(), CaseReportCsv::columns());
        QCOMPARE(cli.first(), CaseReportCsv::columns());
        QVERIFY(window.size() > 20);
        QCOMPARE(facts(window), facts(cli));
    }
};

QTEST_MAIN(TestReportAgreesWithCli)
#include "tst_report_agrees_with_cli.moc"
