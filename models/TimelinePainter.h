// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/TimelineEvents.h"

#include <QFont>
#include <QPalette>

class QFontMetrics;
class QPainter;
class QRect;

namespace ff {

// Draws an item's time line: a mark for each event, labelled with what it was and when, the
// rental window shaded from the purchase to its end, and the instant shown (now or as of) as a
// bold line. The investigation card draws it on screen and the case report on a PDF page, alike.
class TimelinePainter final
{
    Q_DECLARE_TR_FUNCTIONS(ff::TimelinePainter)

public:
    TimelinePainter(const QList<TimelineEvent>& events, const QPalette& palette, const QFont& font);

    // The height it needs: two lines of label above the axis and two below, and the axis.
    static int height(const QFontMetrics& metrics);
    void paint(QPainter& painter, const QRect& area) const;

private:
    struct Label
    {
        int x;
        bool above;
        QString text;
        QString when;
        bool bold;
    };
    QList<Label> labelsFor(const QPainter& painter, qint64 first, qint64 last, int left, int right) const;
    QColor colourOf(TimelineEvent::Kind kind) const;
    static int xOf(qint64 ticks, qint64 first, qint64 last, int left, int right);

    QList<TimelineEvent> m_events; // a shared copy: a painter may outlive the list it was given
    QPalette m_palette;
    QFont m_font;
};

} // namespace ff
