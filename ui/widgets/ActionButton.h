// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

class QAction;

namespace ff::ui {

// A push button that stands for an action: it shows the action's short text (iconText) and
// tooltip, is enabled and visible when the action is, and a click triggers the action. So a
// button, a menu entry and a shortcut can never disagree (the action's state is set in one place).
class ActionButton final : public QPushButton
{
    Q_OBJECT

public:
    explicit ActionButton(QAction* action, QWidget* parent = nullptr);

    QAction* action() const { return m_action; }

private:
    void follow();

    QAction* m_action;
};

} // namespace ff::ui
