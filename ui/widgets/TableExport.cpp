// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/TableExport.h"

#include "api/profile/ProfileStore.h"
#include "models/PrivateFile.h"
#include "models/ShownTableReader.h"
#include "models/ShownTableWriter.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

namespace ff::ui {

namespace {

const QString LastFolderKey = QStringLiteral("export/lastFolder");

// A name any file system takes: no folder separators, reserved or control characters.
QString safeFileName(QString name)
{
    for (QChar& c : name) {
        if (c.category() == QChar::Other_Control || QStringView(u"/\\:*?\"<>|").contains(c))
            c = u'-';
    }
    // "-purchases" when no customer is named: the name begins with a word.
    while (name.startsWith(u'-') || name.startsWith(u' '))
        name.remove(0, 1);
    return name.trimmed();
}

QMainWindow* mainWindowOf(QWidget* widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (auto* window = qobject_cast<QMainWindow*>(widget))
            return window;
    }
    return nullptr;
}

} // namespace

TableExport* TableExport::attach(
    QAbstractItemView* view, MessageBar* messages, std::function<QString()> fileStem)
{
    return new TableExport(view, messages, std::move(fileStem));
}

TableExport::TableExport(QAbstractItemView* view, MessageBar* messages, std::function<QString()> fileStem)
    : QObject(view)
    , m_view(view)
    , m_fileStem(std::move(fileStem))
    , m_messages(messages)
    , m_export(new QAction(tr("Export as CSV…"), view))
    , m_copy(new QAction(tr("Copy"), view))
{
    setObjectName(QStringLiteral("tableExport"));
    m_copy->setObjectName(QStringLiteral("copyShownAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected cells, for a spreadsheet to paste as cells"));
    m_export->setObjectName(QStringLiteral("exportCsvAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setToolTip(tr("Save every row the filter shows (expanded or not), in the columns and the "
                            "order shown, as a CSV file"));
    // The view's own actions are its context menu; their shortcuts work while it has the focus.
    view->addAction(m_copy);
    view->addAction(m_export);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copy, &QAction::triggered, this, &TableExport::copySelection);
    connect(m_export, &QAction::triggered, this, &TableExport::chooseFile);
}

QHeaderView* TableExport::header() const
{
    if (const auto* tree = qobject_cast<const QTreeView*>(m_view))
        return tree->header();
    if (const auto* table = qobject_cast<const QTableView*>(m_view))
        return table->horizontalHeader();
    return nullptr;
}

ShownTable TableExport::shown() const
{
    const QAbstractItemModel* model = m_view->model();
    QList<ShownTable::Column> columns;
    const QHeaderView* shownHeader = header();
    const int count = model ? model->columnCount() : 0;
    for (int visual = 0; visual < count; ++visual) {
        const int logical = shownHeader ? shownHeader->logicalIndex(visual) : visual;
        if (logical < 0 || (shownHeader && shownHeader->isSectionHidden(logical)))
            continue;
        columns.append({ logical, model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString() });
    }
    return ShownTable(model, std::move(columns), m_parentHeader);
}

QString TableExport::defaultFileName() const
{
    const QString stem = safeFileName(m_fileStem ? m_fileStem() : QString());
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    return (stem.isEmpty() ? date : stem + u'-' + date) + QStringLiteral(".csv");
}

void TableExport::chooseFile()
{
    QString folder = ProfileStore::openSettings()->value(LastFolderKey).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(m_view->window(), tr("Export as CSV"),
        QDir(folder).filePath(defaultFileName()), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        ProfileStore::openSettings()->setValue(LastFolderKey, QFileInfo(path).absolutePath());
        exportTo(path);
    });
    dialog->open();
}

void TableExport::exportTo(const QString& path)
{
    // Read here a slice per turn of the event loop, as the view shows it; made into CSV and
    // written on a worker.
    m_export->setEnabled(false);
    auto* reader = new ShownTableReader(
        m_view->model(), [this] { return shown(); }, this);
    connect(reader, &ShownTableReader::finished, this, [this, reader, path](const ShownTable::Text& text) {
        reader->deleteLater();
        const int rows = int(text.rows.size());
        auto* watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, rows] {
            m_export->setEnabled(true);
            report(path, rows, watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run([text, path]() -> QString {
            const auto written = PrivateFile::write(path, ShownTableWriter::csv(text));
            return written ? QString() : written.error();
        }));
    });
    reader->start();
}

void TableExport::report(const QString& path, int rows, const QString& error)
{
    if (error.isEmpty()) {
        const QString done
            = tr("%n row(s) exported to %1", nullptr, rows).arg(QDir::toNativeSeparators(path));
        // In the main window's status bar (a dialog's too): a message bar appearing above a tree
        // of 100 000 items lays it out again, a stop of ~0.2 s for a note.
        if (QMainWindow* window = mainWindowOf(m_view))
            window->statusBar()->showMessage(done, 8000);
        else if (m_messages)
            m_messages->showMessage(MessageBar::Kind::Success, done);
    } else if (m_messages) {
        m_messages->showMessage(MessageBar::Kind::Error, error);
    } else {
        auto* box = new QMessageBox(
            QMessageBox::Warning, tr("Export as CSV"), error, QMessageBox::Ok, m_view->window());
        box->setObjectName(QStringLiteral("exportError"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit exported(path, error);
}

void TableExport::copySelection() const
{
    const QItemSelectionModel* selection = m_view->selectionModel();
    if (!selection || !selection->hasSelection())
        return;
    QGuiApplication::clipboard()->setText(
        ShownTableWriter::tsv(shown().selection(selection->selectedIndexes())));
}

} // namespace ff::ui
