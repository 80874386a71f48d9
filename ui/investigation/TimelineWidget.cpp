// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/investigation/TimelineWidget.h"

#include "models/DisplayFormat.h"
#include "ui/investigation/InvestigationColours.h"

#include <QEvent>
#include <QPainter>
#include <array>

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
    setToolTip(DisplayFormat::toolTip(accessibleDescription())); // as every tooltip: letter for letter
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

    for (const TimelineEvent& event : m_events) {
        const int x = xOf(event.utcTicks, first, last, left, right);
        const QColor colour = colourOf(event.kind);
        const bool now = event.kind == TimelineEvent::Kind::Now;
        painter.setPen(QPen(colour, now ? 3 : 1.5, now ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(colour);
        if (now)
            painter.drawLine(x, axisY - MarkRadius * 2, x, axisY + MarkRadius * 2);
        else
            painter.drawEllipse(QPoint(x, axisY), MarkRadius, MarkRadius);
    }

    QFont bold = font();
    bold.setBold(true);
    for (const Label& label : labelsFor(first, last, left, right)) {
        const QFontMetrics labelMetrics(label.bold ? bold : font());
        const int textWidth = std::max(
            labelMetrics.horizontalAdvance(label.text), labelMetrics.horizontalAdvance(label.when));
        const int textLeft = std::clamp(label.x - textWidth / 2, 0, std::max(0, width() - textWidth - 2));
        const int top = label.above ? axisY - MarkRadius - Margin / 2 - 2 * lineHeight
                                    : axisY + MarkRadius + Margin / 2;
        painter.setFont(label.bold ? bold : font());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(textLeft, top, textWidth + 2, lineHeight), Qt::AlignHCenter, label.text);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(
            QRect(textLeft, top + lineHeight, textWidth + 2, lineHeight), Qt::AlignHCenter, label.when);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.drawLine(label.x, label.above ? top + 2 * lineHeight : axisY + MarkRadius, label.x,
            label.above ? axisY - MarkRadius : top);
    }
}

QList<TimelineWidget::Label> TimelineWidget::labelsFor(qint64 first, qint64 last, int left, int right) const
{
    // Each label goes above or below the axis, where it does not run into the one before it;
    // where neither side has room (marks close together), it joins the nearer label instead:
    // "Licence issued · First streamed". The marks themselves are all drawn.
    QFont bold = font();
    bold.setBold(true);
    const auto widthOf = [this, &bold](const Label& label) {
        const QFontMetrics metrics(label.bold ? bold : font());
        return std::max(metrics.horizontalAdvance(label.text), metrics.horizontalAdvance(label.when))
            + Margin;
    };
    QList<Label> labels;
    std::array<int, 2> lastOf { -1, -1 }; // the latest label above (0) and below (1)
    for (const TimelineEvent& event : m_events) {
        Label label { xOf(event.utcTicks, first, last, left, right), true, event.label, event.shortWhen,
            event.kind == TimelineEvent::Kind::Now };
        const auto fits = [&](int lane) {
            if (lastOf[size_t(lane)] < 0)
                return true;
            const Label& before = labels[lastOf[size_t(lane)]];
            return label.x - widthOf(label) / 2 >= before.x + widthOf(before) / 2;
        };
        const int preferred = labels.isEmpty() || !labels.last().above ? 0 : 1;
        int lane = fits(preferred) ? preferred : fits(1 - preferred) ? 1 - preferred : -1;
        if (lane < 0) {
            Label& nearer = labels[lastOf[0] > lastOf[1] ? lastOf[0] : lastOf[1]];
            nearer.text = tr("%1 · %2").arg(nearer.text, label.text);
            if (label.when != nearer.when)
                nearer.when = tr("%1 – %2").arg(nearer.when, label.when);
            nearer.bold = nearer.bold || label.bold;
            continue;
        }
        label.above = lane == 0;
        lastOf[size_t(lane)] = int(labels.size());
        labels.append(label);
    }
    return labels;
}

} // namespace ff::ui
