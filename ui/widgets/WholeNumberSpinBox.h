// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSpinBox>

namespace ff::ui {

// A spin box for counts (days, hours, minutes: ranges from 0 up) that takes digits only.
// QSpinBox drops a group separator wherever one is typed once its range reaches 1000, so under
// de_DE "1.5" hours showed as "1.5" and meant 15; here any separator is refused as it is typed,
// like every other character that is not a digit, and what the box shows is what it holds.
class WholeNumberSpinBox final : public QSpinBox
{
    Q_OBJECT

public:
    using QSpinBox::QSpinBox;

protected:
    QValidator::State validate(QString& input, int& pos) const override;
};

} // namespace ff::ui
