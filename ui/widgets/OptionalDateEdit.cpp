// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/OptionalDateEdit.h"

#include <QStyle>
#include <QStyleOptionSpinBox>

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

QSize OptionalDateEdit::sizeHint() const
{
    return widenedForText(QDateEdit::sizeHint());
}

QSize OptionalDateEdit::minimumSizeHint() const
{
    return widenedForText(QDateEdit::minimumSizeHint());
}

QSize OptionalDateEdit::widenedForText(QSize hint) const
{
    // The edit field the hint leaves, against the words plus the margins QLineEdit keeps around
    // its text (2 px a side) and its cursor, and the 3 px by which Fusion sets the line edit
    // inside the field.
    constexpr int LineEditMargins = 9;
    QStyleOptionSpinBox option;
    initStyleOption(&option);
    option.rect = QRect(QPoint(0, 0), hint);
    const int field
        = style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxEditField, this).width();
    const int needed = fontMetrics().horizontalAdvance(specialValueText()) + LineEditMargins;
    if (needed > field)
        hint.rwidth() += needed - field;
    return hint;
}

} // namespace ff::ui
