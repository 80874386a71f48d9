// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ff::ui {

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* list = new QTreeWidget(this);
    list->setHeaderLabels({ tr("Keys"), tr("Action") });
    list->setRootIsDecorated(false);
    list->setAccessibleName(tr("Keyboard shortcuts"));
    for (const QAction* action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        new QTreeWidgetItem(list,
            { action->shortcut().toString(QKeySequence::NativeText),
                action->text().remove(QLatin1Char('&')) });
    }
    // Keys of the change dialogs, which are not actions of the window.
    new QTreeWidgetItem(list,
        { QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
            tr("Send a confirmed change (in the add-item and licence dialogs)") });
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    // Wide enough for the longest action, which in German or Polish runs well past 420 px.
    list->resizeColumnToContents(0);
    list->resizeColumnToContents(1);
    const int content = list->columnWidth(0) + list->columnWidth(1) + 2 * list->frameWidth()
        + list->verticalScrollBar()->sizeHint().width();
    const QMargins margins = layout->contentsMargins();
    resize(qMax(420, content + margins.left() + margins.right()), 380);
}

} // namespace ff::ui
