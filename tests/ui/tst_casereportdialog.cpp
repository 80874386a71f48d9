// SPDX-License-Identifier: GPL-3.0-or-later
// The case report from the window, as an agent makes it: Customer ▸ Case report… on the refund
// showcase, the dialog's choices, the PDF and CSV on disk (read back by pdftotext), the ticket
// text on the clipboard and the message that says where they went; a Cancel that leaves no file;
// a place that cannot be written, said in the dialog, with nothing the agent typed lost.
#include "models/report/CaseReportCsv.h"
#include "tests/support/CsvReadBack.h"
#include "tests/support/PdfText.h"
#include "tests/support/WindowFixture.h"
#include "ui/customer/CustomerActions.h"
#include "ui/customer/CustomerTab.h"
#include "ui/customer/DetailsPane.h"
#include "ui/customer/EntitlementPane.h"
#include "ui/investigation/InvestigationCard.h"
#include "ui/main/MainWindow.h"
#include "ui/report/CaseReportDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace ff;
using namespace ff::ui;
using ff::test::WindowFixture;

namespace {

const QString Showcase = QStringLiteral("refund.showcase");

} // namespace

class TestCaseReportDialog final : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;
    CustomerTab* m_tab = nullptr;

    QPointer<CaseReportDialog> openDialog()
    {
        m_fx.window()->findChild<QAction*>(QStringLiteral("caseReportAction"))->trigger();
        auto* dialog = m_tab->findChild<CaseReportDialog*>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
        QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Reports"))));
        m_tab = m_fx.openCustomer(Showcase);
        QVERIFY(m_tab);
        WindowFixture::selectFirstItem(m_tab);
        QTRY_VERIFY(m_tab->entitlement()->answeredAt().has_value());
        QTRY_VERIFY(m_tab->details()->card()->investigation().has_value());
    }

    void cleanupTestCase() { m_fx.closeWindow(); }

    void oneActionSavesThePdfAndCsvAndCopiesTheTicketText()
    {
        QAction* action = m_fx.window()->findChild<QAction*>(QStringLiteral("caseReportAction"));
        QVERIFY(action && action->isEnabled());
        QPointer<CaseReportDialog> dialog = openDialog();
        QVERIFY(dialog);
        // The selected item is what is reported, unless the agent says otherwise.
        QVERIFY(dialog->itemScope()->isChecked());
        dialog->customerScope()->setChecked(true);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("case.pdf"));
        dialog->pathEdit()->setText(pdf);
        dialog->ticketEdit()->setText(QStringLiteral("CS-90210"));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(
            dialog->findChild<QPushButton*>(QStringLiteral("makeReportButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30'000); // closed, and gone (deleted on close)

        QVERIFY(QFile::exists(pdf));
        const QString csv = dir.filePath(QStringLiteral("case.csv"));
        QVERIFY(QFile::exists(csv));
        const QString text = test::readPdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("CS-90210")), qPrintable(text.left(400)));
        QVERIFY(text.contains(Showcase));
        QVERIFY(text.contains(QStringLiteral("Evidence against a refund")));
        // Billing details only when asked for.
        QVERIFY(!text.contains(QStringLiteral("Billing details")));
        QVERIFY(!text.contains(QStringLiteral("Billing address")));
        const QList<QStringList> rows = test::readCsvWithPython(csv);
        QVERIFY(rows.size() > 20);
        QCOMPARE(rows.first(), CaseReportCsv::columns());
        // The selected item is reported in full with the whole customer, and says what the card
        // says about it (the card's entitlement included).
        const qint64 selected = *m_tab->selectedItem()->id;
        const auto& card = m_tab->details()->card()->investigation();
        QVERIFY(card.has_value());
        const qsizetype itemColumn = rows.first().indexOf(QStringLiteral("ItemId"));
        const auto row = std::find_if(rows.cbegin(), rows.cend(),
            [&](const QStringList& cells) { return cells.value(itemColumn) == QString::number(selected); });
        QVERIFY(row != rows.cend());
        QCOMPARE(row->value(rows.first().indexOf(QStringLiteral("ReportedInFull"))), QStringLiteral("true"));
        QCOMPARE(row->value(rows.first().indexOf(QStringLiteral("Verdict"))),
            QString::fromLatin1(identifier(card->verdict)));
        QCOMPARE(row->value(rows.first().indexOf(QStringLiteral("State"))),
            QString::fromLatin1(identifier(card->state.state)));
        QVERIFY2(text.contains(QStringLiteral("Entitlement of")),
            "the header says when the card's entitlement was fetched");

        const QString ticket = QGuiApplication::clipboard()->text();
        QVERIFY2(ticket.contains(QStringLiteral("Refund case CS-90210: customer refund.showcase")),
            qPrintable(ticket));
        QVERIFY(ticket.contains(displayName(RefundVerdict::Due)));
        QTRY_VERIFY(m_tab->messages()->isVisible());
        QVERIFY2(m_tab->messages()->text().contains(QStringLiteral("case.pdf")),
            qPrintable(m_tab->messages()->text()));
        QCOMPARE(m_tab->messages()->kind(), MessageBar::Kind::Success);
    }

    void billingDetailsGoInWhenTheAgentAsks()
    {
        QPointer<CaseReportDialog> dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->billingDetails()->isChecked());
        QVERIFY(dialog->billingDetails()->isEnabled()); // the customer's account is known
        dialog->billingDetails()->setChecked(true);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("billing.pdf"));
        dialog->pathEdit()->setText(pdf);
        dialog->start();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30'000);
        const QString text = test::readPdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Billing details (included at the agent's request)")),
            qPrintable(text.left(1500)));
        QVERIFY(text.contains(QStringLiteral("Billing address")));
        // The account's own email, as the admin service sent it.
        QVERIFY2(text.contains(QStringLiteral("@")), qPrintable(text.left(1500)));
    }

    void cancelLeavesNoFile()
    {
        QPointer<CaseReportDialog> dialog = openDialog();
        QVERIFY(dialog);
        QTemporaryDir dir;
        dialog->customerScope()->setChecked(true);
        dialog->pathEdit()->setText(dir.filePath(QStringLiteral("cancelled.pdf")));
        dialog->start();
        QVERIFY(dialog->isRunning());
        dialog->reject(); // Cancel while it runs: stops it, and the dialog stays to say so
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30'000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->status()->text(), QStringLiteral("Cancelled: nothing was saved."));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void aPlaceThatCannotBeWrittenIsSaidAndNothingIsLost()
    {
        QPointer<CaseReportDialog> dialog = openDialog();
        QVERIFY(dialog);
        QTemporaryDir dir;
        QFile plain(dir.filePath(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QString impossible
            = dir.filePath(QStringLiteral("plain/case.pdf")); // under a file, even for root
        dialog->pathEdit()->setText(impossible);
        dialog->ticketEdit()->setText(QStringLiteral("CS-1"));
        dialog->start();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30'000);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->status()->text().startsWith(QStringLiteral("The report was not saved.")),
            qPrintable(dialog->status()->text()));
        QVERIFY(dialog->status()->text().contains(QStringLiteral("Could not save")));
        QCOMPARE(dialog->ticketEdit()->text(), QStringLiteral("CS-1"));
        QCOMPARE(dialog->pathEdit()->text(), impossible);
        QVERIFY(dialog->ticketEdit()->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void aFileNameFromAnyCustomerNameIsSafe()
    {
        const QDate day(2026, 12, 6);
        QCOMPARE(CaseReportDialog::defaultFileName(QStringLiteral("zoë smith"), day),
            QStringLiteral("zoë-smith-case-2026-12-06.pdf"));
        QCOMPARE(CaseReportDialog::defaultFileName(QStringLiteral("../../etc/passwd"), day),
            QStringLiteral("etc-passwd-case-2026-12-06.pdf"));
        QCOMPARE(CaseReportDialog::defaultFileName(QStringLiteral("..."), day),
            QStringLiteral("customer-case-2026-12-06.pdf"));
    }
};

QTEST_MAIN(TestCaseReportDialog)
#include "tst_casereportdialog.moc"
