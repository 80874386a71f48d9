// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"

#include <QTimeZone>
#include <QWidget>
#include <optional>

class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace ff::ui {

// "As of": the instant the investigation is worked out at, as a date and time on the affiliate's
// clock ("the customer says it failed on Friday at 20:00"), with the zone named; "Now" goes back
// to the present, which keeps ticking. The edit holds the affiliate's wall-clock time (Qt 6.4's
// QDateTimeEdit knows no zones), turned into an instant in the affiliate's zone.
class AsOfEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit AsOfEdit(QWidget* parent = nullptr);

    void setZone(const QTimeZone& zone);
    // Shows the instant (none: now), without asOfChanged.
    void setAsOf(const std::optional<DateTimeOffset>& asOf);
    const std::optional<DateTimeOffset>& asOf() const { return m_asOf; }
    // While it is now: shows the present minute again.
    void showNow();

    QDateTimeEdit* dateTimeEdit() const { return m_edit; }
    QPushButton* nowButton() const { return m_now; }

signals:
    // The agent set an instant, or went back to now (none).
    void asOfChanged(const std::optional<ff::DateTimeOffset>& asOf);

private:
    void show(const QDateTime& instant);
    void edited(const QDateTime& wallClock);

    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::optional<DateTimeOffset> m_asOf;
    bool m_showing = false; // the edit changes because we set it, not because the agent did
    QDateTimeEdit* m_edit;
    QPushButton* m_now;
    QLabel* m_zoneLabel;
};

} // namespace ff::ui
