// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;

namespace ff::ui {

// Help ▸ Keyboard shortcuts: every action that has one, read from the actions themselves so the
// list can never disagree with what the keys do.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace ff::ui
