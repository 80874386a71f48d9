// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/WholeNumberSpinBox.h"

namespace ff::ui {

QValidator::State WholeNumberSpinBox::validate(QString& input, int& pos) const
{
    // The line edit's text comes with the prefix and suffix (" days"), which may hold anything.
    QStringView number(input);
    if (number.startsWith(prefix()))
        number = number.mid(prefix().size());
    if (number.endsWith(suffix()))
        number.chop(suffix().size());
    for (const QChar c : number.trimmed()) {
        if (!c.isDigit()) // the locale's own digits too
            return QValidator::Invalid;
    }
    return QSpinBox::validate(input, pos);
}

} // namespace ff::ui
