// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/OptionalDateEdit.h"

namespace ff::ui {

OptionalDateEdit::OptionalDateEdit(const QString& accessibleName, QWidget* parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    // The lowest date stands for "unset": QDateEdit shows specialValueText there.
    setMinimumDate(unset());
    setSpecialValueText(tr("any date"));
    setDate(unset());
    setAccessibleName(accessibleName);
}

QDate OptionalDateEdit::unset()
{
    return QDate(2000, 1, 1);
}

std::optional<QDate> OptionalDateEdit::optionalDate() const
{
    return date() == unset() ? std::nullopt : std::optional<QDate>(date());
}

void OptionalDateEdit::clearDate()
{
    setDate(unset());
}

} // namespace ff::ui
