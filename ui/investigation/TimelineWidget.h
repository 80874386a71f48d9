// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/investigation/TimelineEvents.h"

#include <QWidget>

namespace ff::ui {

// A small drawn time line of one item: a mark for each event, labelled with what it was and
// when, the rental window shaded from the purchase to its end, and the instant shown (now or as
// of) as a bold line. Its accessible name and description say the same in words, in time order,
// for a screen reader and for anyone who cannot tell the colours apart.
class TimelineWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget* parent = nullptr);

    void setEvents(QList<TimelineEvent> events);
    const QList<TimelineEvent>& events() const { return m_events; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Label
    {
        int x;
        bool above;
        QString text;
        QString when;
        bool bold;
    };
    QList<Label> labelsFor(qint64 first, qint64 last, int left, int right) const;
    QColor colourOf(TimelineEvent::Kind kind) const;
    int xOf(qint64 ticks, qint64 first, qint64 last, int left, int right) const;

    QList<TimelineEvent> m_events;
};

} // namespace ff::ui
