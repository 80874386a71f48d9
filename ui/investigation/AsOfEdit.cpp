// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/investigation/AsOfEdit.h"

#include "models/DisplayFormat.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <algorithm>

namespace ff::ui {

AsOfEdit::WallClock AsOfEdit::read(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    // The wall clock written as if it were UTC; each offset the zone has around it gives a
    // candidate instant, which is real only where the zone has that offset at that instant.
    // Clocks change at most once within a day either side, so those three offsets cover both.
    constexpr qint64 Day = 86'400'000;
    const qint64 naive = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    const auto offsetAt = [&zone](qint64 instant) {
        return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(instant, Qt::UTC))) * 1000;
    };
    QList<qint64> instants;
    for (const qint64 offset : { offsetAt(naive - Day), offsetAt(naive), offsetAt(naive + Day) }) {
        const qint64 instant = naive - offset;
        if (offsetAt(instant) == offset && !instants.contains(instant))
            instants.append(instant);
    }
    std::sort(instants.begin(), instants.end());
    WallClock reading;
    if (instants.isEmpty()) {
        reading.kind = WallClock::Kind::Skipped;
        reading.taken = QDateTime::fromMSecsSinceEpoch(naive - offsetAt(naive - Day), zone);
        return reading;
    }
    reading.kind = instants.size() > 1 ? WallClock::Kind::Twice : WallClock::Kind::Once;
    reading.taken = QDateTime::fromMSecsSinceEpoch(instants.front(), zone);
    reading.second = QDateTime::fromMSecsSinceEpoch(instants.back(), zone);
    return reading;
}

AsOfEdit::AsOfEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QDateTimeEdit(this))
    , m_now(new QPushButton(tr("&Now"), this))
    , m_second(new QPushButton(this))
    , m_zoneLabel(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("asOfEdit"));
    m_edit->setAccessibleName(tr("As of: the date and time the state is worked out for"));
    m_edit->setCalendarPopup(true);
    // A wall clock with no zone of its own (UTC never skips an hour); the zone is the label's.
    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setDisplayFormat(m_edit->locale().dateTimeFormat(QLocale::ShortFormat));
    m_now->setObjectName(QStringLiteral("asOfNow"));
    m_now->setToolTip(tr("Work the state out for the present moment again"));
    m_second->setObjectName(QStringLiteral("asOfSecond"));
    m_second->setCheckable(true);
    m_second->setVisible(false);
    m_zoneLabel->setObjectName(QStringLiteral("asOfZone"));
    m_zoneLabel->setTextFormat(Qt::PlainText);
    auto* label = new QLabel(tr("A&s of:"), this);
    label->setBuddy(m_edit);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_zoneLabel);
    layout->addWidget(m_second);
    layout->addWidget(m_now);
    layout->addStretch(1);

    // An instant typed is taken when the agent is done with it (Enter, leaving the field, an
    // arrow step), not at each key: every change works the whole customer out again.
    m_edit->setKeyboardTracking(false);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &AsOfEdit::edited);
    connect(m_now, &QPushButton::clicked, this, [this] {
        m_asOf.reset();
        showNow();
        emit asOfChanged(m_asOf);
    });
    connect(m_second, &QPushButton::toggled, this, [this](bool second) {
        if (m_showing || !m_asOf)
            return;
        const QDateTime wallClock = m_edit->dateTime();
        const WallClock reading = read(wallClock.date(), wallClock.time(), m_zone);
        if (reading.kind != WallClock::Kind::Twice)
            return;
        m_asOf = DateTimeOffset::fromQDateTime(second ? reading.second : reading.taken);
        describe(reading, wallClock.time());
        emit asOfChanged(m_asOf);
    });
    showNow();
}

void AsOfEdit::setZone(const QTimeZone& zone)
{
    m_zone = zone;
    setAsOf(m_asOf);
}

void AsOfEdit::setAsOf(const std::optional<DateTimeOffset>& asOf)
{
    m_asOf = asOf;
    if (m_asOf)
        showInstant(QDateTime::fromMSecsSinceEpoch(DisplayFormat::millisecondsOf(*m_asOf), m_zone));
    else
        showNow();
}

void AsOfEdit::showNow()
{
    if (!m_asOf)
        showInstant(QDateTime::currentDateTime().toTimeZone(m_zone));
    m_now->setEnabled(m_asOf.has_value());
}

void AsOfEdit::showInstant(const QDateTime& instant)
{
    const QDateTime local = instant.toTimeZone(m_zone);
    m_showing = true;
    m_edit->setDateTime(QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC));
    m_showing = false;
    if (!m_asOf) {
        const DateTimeOffset at = DateTimeOffset::fromQDateTime(local);
        m_zoneLabel->setText(tr("%1 (now)").arg(DisplayFormat(locale(), m_zone).zoneAt(at)));
        m_second->setVisible(false);
        m_now->setEnabled(false);
        return;
    }
    const QTime minute(local.time().hour(), local.time().minute());
    describe(read(local.date(), minute, m_zone), minute);
}

void AsOfEdit::describe(const WallClock& reading, const QTime& typedTime)
{
    const DisplayFormat format(locale(), m_zone);
    const QString zone = format.zoneAt(*m_asOf);
    const QString typed = locale().toString(typedTime, QLocale::ShortFormat);
    const bool twice = reading.kind == WallClock::Kind::Twice;
    const bool second
        = twice && m_asOf->utcTicks() == DateTimeOffset::fromQDateTime(reading.second).utcTicks();
    if (!twice) {
        m_zoneLabel->setText(reading.kind == WallClock::Kind::Skipped
                ? tr("%1 (%2 did not happen that day: the clocks went forward, so it is taken as %3)")
                      .arg(zone, typed, locale().toString(reading.taken.time(), QLocale::ShortFormat))
                : zone);
    } else if (second) {
        m_zoneLabel->setText(tr("%1 (the second of the two %2s: the clocks went back)").arg(zone, typed));
    } else {
        m_zoneLabel->setText(tr("%1 (the first of the two %2s: the clocks went back)").arg(zone, typed));
    }
    m_showing = true;
    m_second->setVisible(twice);
    m_second->setChecked(second);
    if (twice) {
        m_second->setText(tr("The second %1 (%2)")
                              .arg(typed, format.zoneAt(DateTimeOffset::fromQDateTime(reading.second))));
    }
    m_showing = false;
    m_now->setEnabled(true);
}

void AsOfEdit::edited(const QDateTime& wallClock)
{
    if (m_showing)
        return;
    // The agent's wall-clock time on the affiliate's clock; a new time takes the first of two.
    const WallClock reading = read(wallClock.date(), wallClock.time(), m_zone);
    m_asOf = DateTimeOffset::fromQDateTime(reading.taken);
    if (reading.kind == WallClock::Kind::Skipped) {
        // The edit shows the time the clock showed at that instant.
        const QDateTime local = reading.taken;
        m_showing = true;
        m_edit->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
        m_showing = false;
    }
    describe(reading, wallClock.time());
    emit asOfChanged(m_asOf);
}

} // namespace ff::ui
