// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderSuite.h"
#include "models/PrivateFile.h"
#include "models/ShownTable.h"
#include "models/ShownTableReader.h"
#include "models/ShownTableWriter.h"
#include "tests/support/CsvReadBack.h"
#include "tests/support/ReadOnlyFolder.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <sys/stat.h>

using namespace ff;
using namespace ff::test;

namespace {

using Model = PurchaseOrderModel;

// Texts a server may send that a spreadsheet would run, and what the guard makes of them.
const QString Hyperlink = QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"click\")");

// Every column of the tree in the model's order, headed as the model heads them.
QList<ShownTable::Column> columnsOf(const QAbstractItemModel& model, const QList<int>& logical)
{
    QList<ShownTable::Column> columns;
    for (const int column : logical)
        columns.append({ column, model.headerData(column, Qt::Horizontal).toString() });
    return columns;
}

QList<int> allColumns()
{
    QList<int> columns;
    for (int column = 0; column < Model::ColumnCount; ++column)
        columns.append(column);
    return columns;
}

// What the proxy shows, one row per item (an order without items as a row of its own), each
// cell the item's text or, where the item's is blank, its order's; the order's first cell first.
QList<QStringList> expectedLeaves(const QAbstractItemModel& proxy, const QList<int>& columns)
{
    QList<QStringList> rows;
    for (int o = 0; o < proxy.rowCount(); ++o) {
        const QModelIndex order = proxy.index(o, 0);
        const int items = proxy.rowCount(order);
        for (int i = 0; i < qMax(items, 1); ++i) {
            const QModelIndex row = items ? proxy.index(i, 0, order) : order;
            QStringList cells { order.data().toString() };
            for (const int column : columns) {
                const QString own = text(row, column);
                cells.append(own.isEmpty() ? text(order, column) : own);
            }
            rows.append(cells);
        }
    }
    return rows;
}

// A cell as a spreadsheet is to read it from the CSV: a text that begins as a formula would
// (here none holds a separator before one) behind a quote; a plain number as it is.
QString guarded(const QString& cell)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    const bool formula = !cell.isEmpty() && QStringView(u"=+-@").contains(cell.front());
    return formula && !number.match(cell).hasMatch() ? u'\'' + cell : cell;
}

} // namespace

// What a view shows, read from its model (ShownTable) and written as CSV and as cells to paste
// (ShownTableWriter), and the file an export goes to (PrivateFile): rows as the proxy filters
// and sorts them, the columns given in their order, the text as displayed, every row a
// spreadsheet reads standing alone, and no cell it would run as a formula.
class TestShownTable : public OrderSuite
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void loadTwoOrdersAndOneEmpty()
    {
        PurchaseOrderItem deleted = orderItem(12, QStringLiteral("Beta"), "2.49");
        deleted.deleted = true;
        PurchaseOrder empty = purchaseOrder(1002, {}, "2025-09-05T10:00:00+00:00", QStringLiteral("PENDING"));
        m_fixture->load({ purchaseOrder(1001, { orderItem(11, QStringLiteral("Alpha")), deleted }), empty,
            purchaseOrder(1003, { orderItem(31, Hyperlink, "-3.99") }, "2025-09-06T10:00:00+00:00") });
    }

    // The text written as CSV to a file and read back by Python.
    QList<QStringList> throughCsv(const ShownTable::Text& text)
    {
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        const auto written = PrivateFile::write(path, ShownTableWriter::csv(text));
        if (!written) {
            QTest::qFail(qPrintable(written.error()), __FILE__, __LINE__);
            return {};
        }
        return readCsvWithPython(path);
    }

private slots:
    void itemRowsRepeatTheirOrdersColumns()
    {
        loadTwoOrdersAndOneEmpty();
        const ShownTable::Text text
            = ShownTable(m_proxy, columnsOf(*m_proxy, allColumns()), QStringLiteral("Order")).all();
        QCOMPARE(text.header.first(), QStringLiteral("Order"));
        QCOMPARE(text.header.at(1 + Model::Title), QStringLiteral("Title"));
        // Two items, an order without any, one item: four rows.
        QCOMPARE(text.rows.size(), 4);
        QCOMPARE(text.rows, expectedLeaves(*m_proxy, allColumns()));
        const auto row = [&text](qint64 itemOrOrder) {
            for (const QStringList& cells : text.rows) {
                if (cells.at(1 + Model::OrderOrItem).endsWith(u' ' + QString::number(itemOrOrder)))
                    return cells;
            }
            return QStringList();
        };
        // An item row is its own cells, and its order's where it shows none.
        QCOMPARE(row(11).at(0), QStringLiteral("Order 1001"));
        QCOMPARE(row(11).at(1 + Model::Title), QStringLiteral("Alpha"));
        QCOMPARE(row(11).at(1 + Model::OfferType), QStringLiteral("Rental"));
        QCOMPARE(row(11).at(1 + Model::Status), QStringLiteral("Completed"));
        QCOMPARE(row(11).at(1 + Model::PaymentProvider), QStringLiteral("Stripe"));
        QCOMPARE(row(11).at(1 + Model::TransactionId), QStringLiteral("TX-1001"));
        QCOMPARE(row(12).at(0), QStringLiteral("Order 1001"));
        QCOMPARE(row(12).at(1 + Model::Status), QStringLiteral("Deleted"));
        QCOMPARE(
            row(12).at(1 + Model::UnitPrice), ff::test::text(m_model->indexOfItem(12), Model::UnitPrice));
        // An order without items stands as a row of its own.
        QCOMPARE(row(1002).at(0), QStringLiteral("Order 1002"));
        QCOMPARE(row(1002).at(1 + Model::Status), QStringLiteral("Pending"));
        // Read back by another program, cell for cell (the formula aside, below).
        QList<QStringList> read = throughCsv(text);
        QCOMPARE(read.size(), 5);
        QCOMPARE(read.takeFirst(), text.header);
        for (qsizetype r = 0; r < read.size(); ++r) {
            for (qsizetype c = 0; c < read[r].size(); ++c)
                QCOMPARE(read[r][c], guarded(text.rows[r][c]));
        }
        QCOMPARE(row(31).at(1 + Model::Title), Hyperlink);
        QVERIFY(std::any_of(read.cbegin(), read.cend(),
            [](const QStringList& cells) { return cells.at(1 + Model::Title) == u'\'' + Hyperlink; }));
    }

    void everyRowIsWrittenWithoutAParentHeader()
    {
        loadTwoOrdersAndOneEmpty();
        const ShownTable::Text text = ShownTable(m_proxy, columnsOf(*m_proxy, { Model::OrderOrItem })).all();
        QStringList firstCells;
        for (const QStringList& row : text.rows)
            firstCells.append(row.join(u'|'));
        // Depth first, each row as it is, newest order first as the proxy sorts by default.
        QCOMPARE(firstCells.size(), 6);
        QCOMPARE(text.header, QStringList { QStringLiteral("Order / item") });
        QVERIFY(firstCells.contains(QStringLiteral("Order 1001")));
        QCOMPARE(firstCells.indexOf(QStringLiteral("Item 11")),
            firstCells.indexOf(QStringLiteral("Order 1001")) + 1);
    }

    void theExportFollowsTheSortTheFilterAndTheColumnsGiven()
    {
        loadTwoOrdersAndOneEmpty();
        m_proxy->sort(Model::Title, Qt::DescendingOrder);
        m_proxy->setFilterText(QStringLiteral("alpha"));
        // Title moved first, the supplier ref and the dates hidden.
        const QList<int> columns { Model::Title, Model::OrderOrItem, Model::UnitPrice, Model::Status };
        const ShownTable::Text text
            = ShownTable(m_proxy, columnsOf(*m_proxy, columns), QStringLiteral("Order")).all();
        QList<QStringList> read = throughCsv(text);
        QVERIFY(!read.isEmpty());
        QCOMPARE(read.takeFirst(),
            (QStringList { QStringLiteral("Order"), QStringLiteral("Title"), QStringLiteral("Order / item"),
                QStringLiteral("Price"), QStringLiteral("Status") }));
        // Only 1001 passes, with both its items, sorted by title backwards.
        QCOMPARE(read, expectedLeaves(*m_proxy, columns));
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).at(1), QStringLiteral("Beta"));
        QCOMPARE(read.at(1).at(1), QStringLiteral("Alpha"));
        QCOMPARE(read.at(1).at(0), QStringLiteral("Order 1001"));
    }

    void readingInSlicesStartsOverWhenTheRowsChange()
    {
        loadTwoOrdersAndOneEmpty();
        const auto shown = [this] {
            return ShownTable(m_proxy, columnsOf(*m_proxy, allColumns()), QStringLiteral("Order"));
        };
        m_proxy->sort(Model::Created, Qt::DescendingOrder); // 1003 first, which the filter hides
        ShownTableReader reader(m_proxy, shown);
        reader.setRowsPerTurn(1);
        QSignalSpy finished(&reader, &ShownTableReader::finished);
        reader.start();
        // One order read, the rest to come from the event loop.
        QVERIFY(reader.isReading());
        QCOMPARE(finished.size(), 0);
        // A filter typed meanwhile: what is read is the table as it now shows.
        m_proxy->setFilterText(QStringLiteral("beta"));
        QVERIFY(finished.wait(5000));
        const auto text = finished.first().first().value<ShownTable::Text>();
        QCOMPARE(text.header, shown().all().header);
        QCOMPARE(text.rows, expectedLeaves(*m_proxy, allColumns()));
        QCOMPARE(text.rows.size(), 2);
        QVERIFY(!reader.isReading());
    }

    void noCellIsAFormula()
    {
        QStandardItemModel model(1, 5);
        const QStringList cells { Hyperlink, QStringLiteral("Comma,@SUM(A1)"), QStringLiteral("-3.99"),
            QStringLiteral("Line\n=cmd"), QStringLiteral("+44 20 7946 0000") };
        for (int column = 0; column < cells.size(); ++column)
            model.setItem(0, column, new QStandardItem(cells[column]));
        const ShownTable shown(&model, columnsOf(model, { 0, 1, 2, 3, 4 }));
        const QList<QStringList> read = throughCsv(shown.all());
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(1),
            (QStringList { u'\'' + Hyperlink, QStringLiteral("Comma,'@SUM(A1)"), QStringLiteral("-3.99"),
                QStringLiteral("Line\n'=cmd"), QStringLiteral("'+44 20 7946 0000") }));

        // As cells to paste: one line per row, a tab between cells, the same guard.
        const QString tsv = ShownTableWriter::tsv(shown.selection({ model.index(0, 0), model.index(0, 1),
            model.index(0, 2), model.index(0, 3), model.index(0, 4) }));
        QCOMPARE(tsv,
            u'\'' + Hyperlink + QStringLiteral("\tComma,'@SUM(A1)\t-3.99\tLine '=cmd\t'+44 20 7946 0000\n"));
        QCOMPARE(ShownTableWriter::tsvCell(QStringLiteral("-3,99")), QStringLiteral("-3,99"));
        QCOMPARE(ShownTableWriter::tsvCell(QStringLiteral("Tab\t+1")), QStringLiteral("Tab '+1"));
        QCOMPARE(
            ShownTableWriter::tsvCell(QStringLiteral("Semi;\"=cmd\"")), QStringLiteral("Semi;\"'=cmd\""));
    }

    void aSelectionIsItsCellsInTheViewsOrder()
    {
        loadTwoOrdersAndOneEmpty();
        m_proxy->sort(Model::Created, Qt::AscendingOrder); // 1001, 1002, 1003
        const QModelIndex first = m_proxy->index(0, 0);
        const QModelIndex alpha = m_proxy->index(0, 0, first);
        const QModelIndex last = m_proxy->index(0, 0, m_proxy->index(2, 0));
        const ShownTable shown(
            m_proxy, columnsOf(*m_proxy, { Model::UnitPrice, Model::Title, Model::OrderOrItem }));
        // Given out of order; the hidden column (offer type) not copied.
        const ShownTable::Text copied
            = shown.selection({ last.siblingAtColumn(Model::Title), alpha.siblingAtColumn(Model::Title),
                alpha.siblingAtColumn(Model::UnitPrice), alpha.siblingAtColumn(Model::OfferType) });
        QVERIFY(copied.header.isEmpty());
        QCOMPARE(copied.rows,
            (QList<QStringList> {
                { text(alpha, Model::UnitPrice), QStringLiteral("Alpha") }, { QString(), Hyperlink } }));
        QCOMPARE(ShownTableWriter::tsv(copied),
            text(alpha, Model::UnitPrice) + QStringLiteral("\tAlpha\n\t'") + Hyperlink + u'\n');
    }

    void germanTextIsWrittenAsDisplayed()
    {
        m_fixture = std::make_unique<OrderModelFixture>(
            DisplayFormat(QLocale(QLocale::German, QLocale::Germany), QTimeZone("Europe/Berlin")),
            QStringLiteral("EUR"));
        m_proxy = &m_fixture->proxy();
        m_fixture->load({ purchaseOrder(1001, { orderItem(11, QStringLiteral("Alpha"), "1234.50") }) });
        const QList<int> columns { Model::UnitPrice, Model::Created, Model::Title };
        const QList<QStringList> read = throughCsv(
            ShownTable(m_proxy, columnsOf(*m_proxy, columns), QStringLiteral("Bestellung")).all());
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(1), expectedLeaves(*m_proxy, columns).first());
        // The decimal comma, as the tree shows it: a text, never read as 1.234 or 123450.
        QVERIFY2(read.at(1).at(1).contains(QStringLiteral("1.234,50")), qPrintable(read.at(1).at(1)));
    }

    void aFileIsTheAgentsAloneAndNeverHalfWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("private.csv"));
        QVERIFY(PrivateFile::write(path, QByteArrayLiteral("a,b\r\n")));
        struct stat status = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
        QCOMPARE(status.st_mode & 07777, mode_t(0600));

        ReadOnlyFolder readOnly;
        const QString refused = readOnly.filePath(QStringLiteral("ffconsole-export.csv"));
        const auto written = PrivateFile::write(refused, QByteArrayLiteral("a,b\r\n"));
        QVERIFY(!written);
        QVERIFY2(written.error().contains(QStringLiteral("Could not save")), qPrintable(written.error()));
        QVERIFY2(
            written.error().contains(QStringLiteral("ffconsole-export.csv")), qPrintable(written.error()));
        QVERIFY(!QFile::exists(refused));
        // Not even the temporary file is left behind.
        if (readOnly.isOwn())
            QVERIFY(QDir(readOnly.path())
                        .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
    }
};

QTEST_GUILESS_MAIN(TestShownTable)
#include "tst_showntable.moc"
