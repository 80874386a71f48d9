// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/investigation/AsOfEdit.h"

#include "models/DisplayFormat.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ff::ui {

AsOfEdit::AsOfEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QDateTimeEdit(this))
    , m_now(new QPushButton(tr("&Now"), this))
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
    m_zoneLabel->setObjectName(QStringLiteral("asOfZone"));
    m_zoneLabel->setTextFormat(Qt::PlainText);
    auto* label = new QLabel(tr("A&s of:"), this);
    label->setBuddy(m_edit);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_zoneLabel);
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
        show(QDateTime::fromMSecsSinceEpoch(DisplayFormat::millisecondsOf(*m_asOf), m_zone));
    else
        showNow();
}

void AsOfEdit::showNow()
{
    if (!m_asOf)
        show(QDateTime::currentDateTime().toTimeZone(m_zone));
    m_now->setEnabled(m_asOf.has_value());
}

void AsOfEdit::show(const QDateTime& instant)
{
    const QDateTime local = instant.toTimeZone(m_zone);
    m_showing = true;
    m_edit->setDateTime(QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC));
    m_showing = false;
    const DateTimeOffset at = DateTimeOffset::fromQDateTime(local);
    m_zoneLabel->setText(m_asOf ? DisplayFormat(locale(), m_zone).zoneAt(at)
                                : tr("%1 (now)").arg(DisplayFormat(locale(), m_zone).zoneAt(at)));
    m_now->setEnabled(m_asOf.has_value());
}

void AsOfEdit::edited(const QDateTime& wallClock)
{
    if (m_showing)
        return;
    // The agent's wall-clock time on the affiliate's clock. In a gap (the hour clocks skip) Qt
    // moves it forward, as the clocks did.
    const QDateTime instant(wallClock.date(), wallClock.time(), m_zone);
    m_asOf = DateTimeOffset::fromQDateTime(instant);
    const DateTimeOffset at = *m_asOf;
    m_zoneLabel->setText(DisplayFormat(locale(), m_zone).zoneAt(at));
    m_now->setEnabled(true);
    emit asOfChanged(m_asOf);
}

} // namespace ff::ui
