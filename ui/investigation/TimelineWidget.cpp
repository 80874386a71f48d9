// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/investigation/TimelineWidget.h"

#include "ui/investigation/InvestigationColours.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace ff::ui {

namespace {

constexpr int Margin = 8;
constexpr int MarkRadius = 4;

} // namespace

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
    setToolTip(accessibleDescription()); // our own words, never markup
    update();
}

QSize TimelineWidget::sizeHint() const
{
    // Two lines of label above the axis and two below, and the axis between.
    return { 480, fontMetrics().height() * 4 + 4 * Margin + 2 * MarkRadius };
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

QColor TimelineWidget::colourOf(TimelineEvent::Kind kind) const
{
    const QPalette& p = palette();
    switch (kind) {
    case TimelineEvent::Kind::Purchase:
    case TimelineEvent::Kind::OrderCreated:
        return InvestigationColours::verdict(RefundVerdict::NothingPaid, p);
    case TimelineEvent::Kind::LicenceIssued:
    case TimelineEvent::Kind::FirstStreamed:
    case TimelineEvent::Kind::FirstDownloaded:
        return p.color(QPalette::Link);
    case TimelineEvent::Kind::WindowEnd:
        return InvestigationColours::weight(SignalWeight::Review, p);
    case TimelineEvent::Kind::Now:
        break;
    }
    return p.color(QPalette::WindowText);
}

int TimelineWidget::xOf(qint64 ticks, qint64 first, qint64 last, int left, int right) const
{
    if (last <= first)
        return (left + right) / 2;
    return left + int(double(ticks - first) / double(last - first) * (right - left));
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    if (m_events.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int lineHeight = metrics.height();
    const int axisY = Margin + 2 * lineHeight + Margin + MarkRadius;
    // Room for half a label at either end, so the first and last marks' labels fit.
    const int left = Margin + std::min(80, width() / 6);
    const int right = width() - Margin - std::min(80, width() / 6);
    const qint64 first = m_events.first().utcTicks;
    const qint64 last = m_events.last().utcTicks;

    // The rental window, from the purchase to its end.
    std::optional<int> purchaseX;
    std::optional<int> endX;
    for (const TimelineEvent& event : m_events) {
        if (event.kind == TimelineEvent::Kind::Purchase)
            purchaseX = xOf(event.utcTicks, first, last, left, right);
        if (event.kind == TimelineEvent::Kind::WindowEnd)
            endX = xOf(event.utcTicks, first, last, left, right);
    }
    if (purchaseX && endX && *endX > *purchaseX) {
        const QColor wash = InvestigationColours::wash(colourOf(TimelineEvent::Kind::WindowEnd), palette());
        painter.fillRect(
            QRect(*purchaseX, axisY - MarkRadius - 2, *endX - *purchaseX, 2 * MarkRadius + 4), wash);
    }

    painter.setPen(QPen(palette().color(QPalette::Mid), 2));
    painter.drawLine(left, axisY, right, axisY);

    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const TimelineEvent& event = m_events[i];
        const int x = xOf(event.utcTicks, first, last, left, right);
        const QColor colour = colourOf(event.kind);
        const bool now = event.kind == TimelineEvent::Kind::Now;
        painter.setPen(QPen(colour, now ? 3 : 1.5, now ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(colour);
        if (now)
            painter.drawLine(x, axisY - MarkRadius * 2, x, axisY + MarkRadius * 2);
        else
            painter.drawEllipse(QPoint(x, axisY), MarkRadius, MarkRadius);
        // Labels alternate above and below the axis, so that marks close together stay legible.
        const bool above = i % 2 == 0;
        const int textWidth
            = std::max(metrics.horizontalAdvance(event.label), metrics.horizontalAdvance(event.shortWhen));
        const int textLeft = std::clamp(x - textWidth / 2, 0, std::max(0, width() - textWidth));
        const int top
            = above ? axisY - MarkRadius - Margin / 2 - 2 * lineHeight : axisY + MarkRadius + Margin / 2;
        QFont font = this->font();
        font.setBold(now);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(textLeft, top, textWidth + 2, lineHeight), Qt::AlignHCenter, event.label);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(
            QRect(textLeft, top + lineHeight, textWidth + 2, lineHeight), Qt::AlignHCenter, event.shortWhen);
        painter.setPen(QPen(colour, 1));
        painter.drawLine(
            x, above ? top + 2 * lineHeight : axisY + MarkRadius, x, above ? axisY - MarkRadius : top);
    }
}

} // namespace ff::ui
