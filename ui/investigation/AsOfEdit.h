// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"

#include <QDateTime>
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
// QDateTimeEdit knows no zones), turned into an instant in the affiliate's zone. Where the clocks
// change, the wall clock does not name one instant: in the hour that happens twice (autumn) the
// first is taken, the label says so and a button takes the second; a time in the hour that never
// happened (spring) is read on the clock as it was before it went forward (01:30 GMT, which is
// 02:30 BST), the edit shows 02:30 and the label says why. Nothing is taken silently.
class AsOfEdit final : public QWidget
{
    Q_OBJECT

public:
    // What a wall-clock time means in a zone.
    struct WallClock
    {
        enum class Kind { Once, Twice, Skipped };
        Kind kind = Kind::Once;
        QDateTime taken; // Twice: the first; Skipped: on the clock before it went forward
        QDateTime second; // Twice: the later one
    };
    static WallClock read(const QDate& date, const QTime& time, const QTimeZone& zone);

    explicit AsOfEdit(QWidget* parent = nullptr);

    void setZone(const QTimeZone& zone);
    // Shows the instant (none: now), without asOfChanged.
    void setAsOf(const std::optional<DateTimeOffset>& asOf);
    const std::optional<DateTimeOffset>& asOf() const { return m_asOf; }
    // While it is now: shows the present minute again.
    void showNow();

    QDateTimeEdit* dateTimeEdit() const { return m_edit; }
    QPushButton* nowButton() const { return m_now; }
    // Shown in the hour that happens twice: checked, the second of the two is taken.
    QPushButton* secondButton() const { return m_second; }
    QLabel* zoneLabel() const { return m_zoneLabel; }

signals:
    // The agent set an instant, or went back to now (none).
    void asOfChanged(const std::optional<ff::DateTimeOffset>& asOf);

private:
    void showInstant(const QDateTime& instant);
    void edited(const QDateTime& wallClock);
    // Says which instant the wall clock shown stands for, and offers the second of two.
    void describe(const WallClock& reading, const QTime& typedTime);

    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::optional<DateTimeOffset> m_asOf;
    bool m_showing = false; // the edit changes because we set it, not because the agent did
    QDateTimeEdit* m_edit;
    QPushButton* m_now;
    QPushButton* m_second;
    QLabel* m_zoneLabel;
};

} // namespace ff::ui
