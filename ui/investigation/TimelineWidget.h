// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/TimelineEvents.h"

#include <QWidget>

namespace ff::ui {

// A small drawn time line of one item (TimelinePainter, as the case report draws it). Its
// accessible name and description say the same in words, in time order, for a screen reader and
// for anyone who cannot tell the colours apart.
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
    QList<TimelineEvent> m_events;
};

} // namespace ff::ui
