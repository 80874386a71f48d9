// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/investigation/DecisionDialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

namespace ff::test {

// What an agent does in the decision dialog, as they do it: chooses, types the reason and the
// ticket, and presses OK.
inline void decide(
    ui::DecisionDialog* dialog, const QString& decision, const QString& reason, const QString& ticket)
{
    dialog->choose(decision);
    QTest::keyClicks(dialog->reasonEdit(), reason);
    QTest::keyClicks(dialog->ticketEdit(), ticket);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace ff::test
