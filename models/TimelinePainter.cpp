// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TimelinePainter.h"

#include "models/InvestigationColours.h"

#include <QFontMetrics>
#include <QPainter>
#include <array>

namespace ff {

namespace {

constexpr int Margin = 8;
constexpr int MarkRadius = 4;

} // namespace

TimelinePainter::TimelinePainter(
    const QList<TimelineEvent>& events, const QPalette& palette, const QFont& font)
    : m_events(events)
    , m_palette(palette)
    , m_font(font)
{ }

int TimelinePainter::height(const QFontMetrics& metrics)
{
    return metrics.height() * 4 + 4 * Margin + 2 * MarkRadius;
}

QColor TimelinePainter::colourOf(TimelineEvent::Kind kind) const
{
    switch (kind) {
    case TimelineEvent::Kind::Purchase:
    case TimelineEvent::Kind::OrderCreated:
        return InvestigationColours::verdict(RefundVerdict::NothingPaid, m_palette);
    case TimelineEvent::Kind::LicenceIssued:
    case TimelineEvent::Kind::FirstStreamed:
    case TimelineEvent::Kind::FirstDownloaded:
        return m_palette.color(QPalette::Link);
    case TimelineEvent::Kind::WindowEnd:
        return InvestigationColours::weight(SignalWeight::Review, m_palette);
    case TimelineEvent::Kind::Now:
        break;
    }
    return m_palette.color(QPalette::WindowText);
}

int TimelinePainter::xOf(qint64 ticks, qint64 first, qint64 last, int left, int right)
{
    if (last <= first)
        return (left + right) / 2;
    return left + int(double(ticks - first) / double(last - first) * (right - left));
}

void TimelinePainter::paint(QPainter& painter, const QRect& area) const
{
    if (m_events.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);
    // Measured on the device drawn on: a PDF page has another resolution than the screen.
    const QFontMetrics metrics(m_font, painter.device());
    const int lineHeight = metrics.height();
    const int axisY = area.top() + Margin + 2 * lineHeight + Margin + MarkRadius;
    // Room for half a label at either end, so the first and last marks' labels fit (about 80 px
    // on a screen; measured in characters, since a page has far more dots to the inch).
    const int inset = Margin + std::min(metrics.averageCharWidth() * 13, area.width() / 6);
    const int left = area.left() + inset;
    const int right = area.right() - inset;
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
        const QColor wash = InvestigationColours::wash(colourOf(TimelineEvent::Kind::WindowEnd), m_palette);
        painter.fillRect(
            QRect(*purchaseX, axisY - MarkRadius - 2, *endX - *purchaseX, 2 * MarkRadius + 4), wash);
    }

    painter.setPen(QPen(m_palette.color(QPalette::Mid), 2));
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

    QFont bold = m_font;
    bold.setBold(true);
    for (const Label& label : labelsFor(painter, first, last, left, right)) {
        const QFontMetrics labelMetrics(label.bold ? bold : m_font, painter.device());
        const int textWidth = std::max(
            labelMetrics.horizontalAdvance(label.text), labelMetrics.horizontalAdvance(label.when));
        const int textLeft = std::clamp(
            label.x - textWidth / 2, area.left(), std::max(area.left(), area.right() - textWidth - 2));
        const int top = label.above ? axisY - MarkRadius - Margin / 2 - 2 * lineHeight
                                    : axisY + MarkRadius + Margin / 2;
        painter.setFont(label.bold ? bold : m_font);
        painter.setPen(m_palette.color(QPalette::WindowText));
        painter.drawText(QRect(textLeft, top, textWidth + 2, lineHeight), Qt::AlignHCenter, label.text);
        painter.setPen(m_palette.color(QPalette::PlaceholderText));
        painter.drawText(
            QRect(textLeft, top + lineHeight, textWidth + 2, lineHeight), Qt::AlignHCenter, label.when);
        painter.setPen(QPen(m_palette.color(QPalette::Mid), 1));
        painter.drawLine(label.x, label.above ? top + 2 * lineHeight : axisY + MarkRadius, label.x,
            label.above ? axisY - MarkRadius : top);
    }
    painter.restore();
}

QList<TimelinePainter::Label> TimelinePainter::labelsFor(
    const QPainter& painter, qint64 first, qint64 last, int left, int right) const
{
    // Each label goes above or below the axis, where it does not run into the one before it;
    // where neither side has room (marks close together), it joins the nearer label instead:
    // "Licence issued · First streamed". The marks themselves are all drawn.
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetrics regularMetrics(m_font, painter.device());
    const QFontMetrics boldMetrics(bold, painter.device());
    const auto widthOf = [&](const Label& label) {
        const QFontMetrics& metrics = label.bold ? boldMetrics : regularMetrics;
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

} // namespace ff
