// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>
#include <optional>

namespace ff::ui {

// A date that may be left unset, shown as "any date": for the "from" and "to" of a filter.
class OptionalDateEdit final : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(const QString& accessibleName, QWidget* parent = nullptr);

    std::optional<QDate> optionalDate() const;
    void clearDate();

    // Wide enough for "any date" too: QDateTimeEdit sizes itself by its dates alone, and the
    // words are longer than a date in German or Polish ("beliebiges Datum").
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    static QDate unset();
    QSize widenedForText(QSize hint) const;
};

} // namespace ff::ui
