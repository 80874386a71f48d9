// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/profile/ProfileStore.h"
#include "models/OrderFilterProxyModel.h"
#include "models/PurchaseOrderModel.h"
#include "tests/support/CsvReadBack.h"
#include "tests/support/ReadOnlyFolder.h"
#include "tests/support/WindowFixture.h"
#include "ui/audit/AuditLogDialog.h"
#include "ui/customer/CustomerTab.h"
#include "ui/main/MainWindow.h"
#include "ui/purchases/AccountPurchasesTab.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/TableExport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <sys/stat.h>

using namespace ff;
using namespace ff::ui;
using ff::test::WindowFixture;
using Model = PurchaseOrderModel;

namespace {

const QString Hyperlink = QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"click\")");

// A cell as a spreadsheet reads it from the export: a text that begins as a formula would, behind
// a quote; a plain number as it is.
QString guarded(const QString& cell)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+([.,][0-9]+)?$"));
    const bool formula = !cell.isEmpty() && QStringView(u"=+-@").contains(cell.front());
    return formula && !number.match(cell).hasMatch() ? u'\'' + cell : cell;
}

// The columns the header shows, left to right.
QList<int> shownColumns(const QHeaderView* header)
{
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            columns.append(header->logicalIndex(visual));
    }
    return columns;
}

// The orders tree as the view shows it, read from the view alone: its header, then a row per
// item (an order without items, a row of its own), each cell the item's text or, where the item
// shows none, its order's, the order named first.
QList<QStringList> shownByTheTree(const QTreeView* view)
{
    const QAbstractItemModel* model = view->model();
    const QList<int> columns = shownColumns(view->header());
    QStringList header { QStringLiteral("Order") };
    for (const int column : columns)
        header.append(model->headerData(column, Qt::Horizontal).toString());
    QList<QStringList> rows { header };
    for (int o = 0; o < model->rowCount(); ++o) {
        const QModelIndex order = model->index(o, 0);
        for (int i = 0; i < qMax(model->rowCount(order), 1); ++i) {
            const QModelIndex row = model->rowCount(order) ? model->index(i, 0, order) : order;
            QStringList cells { guarded(order.data().toString()) };
            for (const int column : columns) {
                const QString own = row.siblingAtColumn(column).data().toString();
                cells.append(guarded(own.isEmpty() ? order.siblingAtColumn(column).data().toString() : own));
            }
            rows.append(cells);
        }
    }
    return rows;
}

mode_t modeOf(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 07777 : 0;
}

} // namespace

// Every table of the window exports as shown (the rows as filtered and sorted, the columns shown
// in their order, the text as displayed) and copies its selection as cells for a spreadsheet,
// with a guard against formulas; a file that cannot be written says why and changes nothing.
// The real window against the sandbox, real files read back by Python's csv module.
class TestTableExport : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;
    QTemporaryDir m_dir;

    static TableExport* exporterOf(const QWidget* view)
    {
        return view ? view->findChild<TableExport*>() : nullptr;
    }

    // Exports the view to path and waits for the file; the error, empty when written.
    static QString exportTo(TableExport* exporter, const QString& path)
    {
        QSignalSpy exported(exporter, &TableExport::exported);
        exporter->exportTo(path);
        if (!exported.wait(60'000))
            return QStringLiteral("no answer");
        return exported.first().at(1).toString();
    }

    // Opens zoë smith's orders and waits until the refund columns are in too, so that what the
    // tree shows no longer changes under a test (but for "5 min left" once a minute).
    CustomerTab* openSettled(const QString& username = QStringLiteral("zoë smith"))
    {
        CustomerTab* tab = m_fx.openCustomer(username);
        if (tab
            && !QTest::qWaitFor(
                [tab] { return !tab->model()->isLoading() && !tab->model()->isInvestigating(); }, 30'000))
            return nullptr;
        return tab;
    }

    static void copyWithKeys(QAbstractItemView* view)
    {
        QApplication::clipboard()->clear();
        view->window()->activateWindow();
        view->setFocus();
        QTest::keySequence(view, QKeySequence::Copy);
    }

private slots:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString())); }
    void init() { QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Export")))); }
    void cleanup()
    {
        m_fx.closeWindow();
        m_fx.sandbox().clearFaults();
    }

    void theExportIsWhatTheTreeShows()
    {
        CustomerTab* tab = openSettled();
        QVERIFY(tab);
        QTreeView* view = tab->view();
        const int allOrders = tab->proxy()->rowCount();
        QVERIFY(allOrders > 2);
        // Sorted by title, filtered to the orders paid through the first order's provider's
        // transaction prefix, the supplier ref hidden, the price moved to the left, all closed.
        view->sortByColumn(Model::Title, Qt::AscendingOrder);
        const QString title = view->model()
                                  ->index(0, 0, view->model()->index(0, 0))
                                  .siblingAtColumn(Model::Title)
                                  .data()
                                  .toString();
        tab->findChild<QLineEdit*>(QStringLiteral("orderFilter"))->setText(title.left(4));
        QTRY_VERIFY(tab->proxy()->rowCount() < allOrders);
        QVERIFY(tab->proxy()->rowCount() > 0);
        view->header()->hideSection(Model::SupplierRef);
        view->header()->moveSection(view->header()->visualIndex(Model::UnitPrice), 0);
        view->collapseAll();

        const QString path = m_dir.filePath(QStringLiteral("tree.csv"));
        QCOMPARE(exportTo(exporterOf(view), path), QString());
        const QList<QStringList> read = test::readCsvWithPython(path);
        const QList<QStringList> shown = shownByTheTree(view);
        QCOMPARE(read.size(), shown.size());
        for (qsizetype r = 0; r < shown.size(); ++r)
            QCOMPARE(read[r], shown[r]);
        QCOMPARE(read.first().at(1), QStringLiteral("Price"));
        QVERIFY(!read.first().contains(QStringLiteral("Supplier ref")));
        // Every item of the orders shown, though none is expanded.
        QVERIFY(read.size() > 1 + tab->proxy()->rowCount());
        QCOMPARE(modeOf(path), mode_t(0600));
    }

    void theDialogOffersANameAndRemembersTheFolder()
    {
        CustomerTab* tab = openSettled();
        QVERIFY(tab);
        TableExport* exporter = exporterOf(tab->view());
        QVERIFY(exporter);
        QCOMPARE(exporter->exportAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
        QVERIFY(tab->view()->actions().contains(exporter->exportAction()));
        QCOMPARE(tab->view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        exporter->exportAction()->trigger();
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_fx.window()->findChild<QFileDialog*>(QStringLiteral("exportFileDialog"))));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).fileName(),
            QStringLiteral("zoë smith-orders-%1.csv").arg(today));
        const QString folder = m_dir.filePath(QStringLiteral("chosen"));
        QVERIFY(QDir().mkpath(folder));
        QSignalSpy exported(exporter, &TableExport::exported);
        dialog->selectFile(folder + QStringLiteral("/orders.csv"));
        static_cast<QDialog*>(dialog)->accept();
        QVERIFY(exported.wait(60'000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QVERIFY(QFile::exists(folder + QStringLiteral("/orders.csv")));
        QVERIFY2(m_fx.window()->statusBar()->currentMessage().contains(QStringLiteral("orders.csv")),
            qPrintable(m_fx.window()->statusBar()->currentMessage()));

        // The next export starts where this one went.
        exporter->exportAction()->trigger();
        QTRY_VERIFY((dialog = m_fx.window()->findChild<QFileDialog*>(QStringLiteral("exportFileDialog"))));
        QCOMPARE(QFileInfo(dialog->directory().absolutePath()).canonicalFilePath(),
            QFileInfo(folder).canonicalFilePath());
        dialog->reject();
    }

    void ctrlCCopiesTheSelectionAsCells()
    {
        CustomerTab* tab = openSettled();
        QVERIFY(tab);
        WindowFixture::selectFirstItem(tab);
        QTreeView* view = tab->view();
        view->header()->moveSection(view->header()->visualIndex(Model::Title), 0);
        QStringList expected;
        for (const int column : shownColumns(view->header()))
            expected.append(guarded(view->currentIndex().siblingAtColumn(column).data().toString()));
        copyWithKeys(view);
        QCOMPARE(QApplication::clipboard()->text(), expected.join(u'\t') + u'\n');
        QVERIFY(QApplication::clipboard()->text().startsWith(
            view->currentIndex().siblingAtColumn(Model::Title).data().toString()));
    }

    void aFormulaFromTheServerIsNeverRun()
    {
        const QJsonObject item { { QStringLiteral("Id"), 70010 }, { QStringLiteral("PurchaseOrderId"), 7001 },
            { QStringLiteral("Title"), Hyperlink }, { QStringLiteral("UnitPrice"), 3.99 } };
        const QJsonArray orders { QJsonObject { { QStringLiteral("Id"), 7001 },
            { QStringLiteral("CreateDate"), QStringLiteral("2025-09-04T07:11:51.697+01:00") },
            { QStringLiteral("PaymentProvider"), QStringLiteral("@provider") },
            { QStringLiteral("PurchaseOrderItemDtos"), QJsonArray { item } } } };
        m_fx.sandbox().addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("status"), 200 },
            { QStringLiteral("pathContains"), QStringLiteral("PurchaseOrders") },
            { QStringLiteral("contentType"), QStringLiteral("application/json; charset=utf-8") },
            { QStringLiteral("body"),
                QString::fromUtf8(QJsonDocument(orders).toJson(QJsonDocument::Compact)) } } });
        CustomerTab* tab = openSettled();
        QVERIFY(tab);
        QCOMPARE(tab->model()->itemCount(), 1);

        const QString path = m_dir.filePath(QStringLiteral("formula.csv"));
        QCOMPARE(exportTo(exporterOf(tab->view()), path), QString());
        const QList<QStringList> read = test::readCsvWithPython(path);
        QCOMPARE(read.size(), 2);
        const qsizetype title = read.first().indexOf(QStringLiteral("Title"));
        const qsizetype provider = read.first().indexOf(QStringLiteral("Payment provider"));
        QCOMPARE(read.at(1).at(title), u'\'' + Hyperlink);
        QCOMPARE(read.at(1).at(provider), QStringLiteral("'@provider"));

        WindowFixture::selectFirstItem(tab);
        copyWithKeys(tab->view());
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(u'\'' + Hyperlink), qPrintable(copied));
        for (const QString& cell : copied.trimmed().split(u'\t'))
            QVERIFY2(cell.isEmpty() || !QStringView(u"=+-@").contains(cell.front()), qPrintable(cell));
    }

    void aReadOnlyFolderSaysWhyAndChangesNothing()
    {
        CustomerTab* tab = openSettled();
        QVERIFY(tab);
        WindowFixture::selectFirstItem(tab);
        const QPersistentModelIndex current = tab->view()->currentIndex();
        const QList<QStringList> before = shownByTheTree(tab->view());
        test::ReadOnlyFolder readOnly;
        const QString path = readOnly.filePath(QStringLiteral("zoë-orders.csv"));
        const QString error = exportTo(exporterOf(tab->view()), path);
        QVERIFY2(error.contains(QStringLiteral("Could not save"))
                && error.contains(QStringLiteral("zoë-orders.csv")),
            qPrintable(error));
        const MessageBar* messages = tab->findChild<MessageBar*>();
        QCOMPARE(messages->kind(), MessageBar::Kind::Error);
        QCOMPARE(messages->text(), error);
        QVERIFY(messages->isVisible());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(tab->view()->currentIndex(), QModelIndex(current));
        QCOMPARE(shownByTheTree(tab->view()), before);
        QVERIFY(exporterOf(tab->view())->exportAction()->isEnabled());
    }

    void everyTableOfTheWindowExports()
    {
        CustomerTab* tab = openSettled();
        QVERIFY(tab);
        for (const char* name :
            { "ordersView", "entitlementOffers", "entitlementAssets", "entitlementFamily" }) {
            const auto* view = tab->findChild<QAbstractItemView*>(QLatin1String(name));
            QVERIFY2(view && exporterOf(view), name);
            QVERIFY2(view->actions().contains(exporterOf(view)->copyAction()), name);
        }
        const auto zoe = m_fx.sandbox().findCustomer(QStringLiteral("zoë smith"));
        QVERIFY(zoe && zoe->customerId);
        AccountPurchasesTab* purchases = m_fx.window()->openAccountPurchases(
            zoe->customerId->toString(QUuid::WithoutBraces), QStringLiteral("zoë smith"));
        QVERIFY(purchases);
        for (const char* name : { "purchasesView", "totalsView", "spendTable" }) {
            const auto* view = purchases->findChild<QAbstractItemView*>(QLatin1String(name));
            QVERIFY2(view && exporterOf(view), name);
        }
        QCOMPARE(exporterOf(purchases->findChild<QAbstractItemView*>(QStringLiteral("purchasesView")))
                     ->defaultFileName(),
            QStringLiteral("zoë smith-purchases-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
        // A dialog without a message bar says where the file went in the window's status bar.
        AuditLogDialog audit(m_fx.audit(), m_fx.window());
        const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
        QCOMPARE(exportTo(exporterOf(audit.findChild<QTableView*>()), path), QString());
        QVERIFY(m_fx.window()->statusBar()->currentMessage().contains(QStringLiteral("audit.csv")));
        QCOMPARE(test::readCsvWithPython(path).value(0).value(0), QStringLiteral("When"));
    }
};

QTEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
