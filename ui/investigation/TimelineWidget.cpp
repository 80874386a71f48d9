// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/investigation/TimelineWidget.h"

#include "models/DisplayFormat.h"
#include "models/TimelinePainter.h"

#include <QEvent>
#include <QPainter>

namespace ff::ui {

TimelineWidget::TimelineWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("investigationTimeline"));
    setAccessibleName(tr("Time line"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::TabFocus); // reachable by a screen reader's user, as a text would be
}

void TimelineWidget::setEvents(QList<TimelineEvent> events)
{
    m_events = std::move(events);
    setAccessibleDescription(
        m_events.isEmpty() ? tr("Nothing to show.") : TimelineEvents::accessibleText(m_events));
    setToolTip(DisplayFormat::toolTip(accessibleDescription())); // as every tooltip: letter for letter
    update();
}

QSize TimelineWidget::sizeHint() const
{
    return { 480, TimelinePainter::height(fontMetrics()) };
}

QSize TimelineWidget::minimumSizeHint() const
{
    return { 240, sizeHint().height() };
}

void TimelineWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    TimelinePainter(m_events, palette(), font()).paint(painter, rect());
}

} // namespace ff::ui
