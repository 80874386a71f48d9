// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ActionButton.h"

#include <QAction>

namespace ff::ui {

ActionButton::ActionButton(QAction* action, QWidget* parent)
    : QPushButton(parent)
    , m_action(action)
{
    connect(m_action, &QAction::changed, this, &ActionButton::follow);
    connect(this, &QPushButton::clicked, m_action, [this] { m_action->trigger(); });
    follow();
}

void ActionButton::follow()
{
    setText(m_action->iconText());
    // A screen reader says what the button does, without the "…" that promises a dialog.
    setAccessibleName(m_action->iconText().remove(QStringLiteral("…")));
    setToolTip(m_action->toolTip());
    setEnabled(m_action->isEnabled());
    // Hidden with the action (a read-only profile has no write buttons). The tab it sits in may
    // itself be hidden: only the action says whether the button belongs on screen.
    setVisible(m_action->isVisible());
}

} // namespace ff::ui
