// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/ItemInvestigation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ff {

class RefundSentences;

// One mark on an item's time line: what happened, when (in the affiliate's zone, long for
// reading out and short for the drawing), and which kind of mark it is.
struct TimelineEvent
{
    enum class Kind { Purchase, OrderCreated, LicenceIssued, FirstStreamed, FirstDownloaded, WindowEnd, Now };
    Kind kind;
    qint64 utcTicks = 0;
    QString label; // "Bought", "Licence issued", "Window ends", "Now"
    QString when; // "Tuesday, 3 March 2026 at 20:14 GMT"
    QString shortWhen; // "03/03/2026 20:14"
};

// The marks of an item's time line, in time order (an instant shared by two keeps the order of
// the story: bought, licence, stream, download, window end, now): purchase, licence issued, first
// stream and download, the window's end, and the instant the card shows (now, or as of).
class TimelineEvents final
{
    Q_DECLARE_TR_FUNCTIONS(ff::TimelineEvents)

public:
    static QList<TimelineEvent> of(
        const ItemInvestigation& item, const RefundSentences& sentences, bool asOfSet);
    // What a screen reader says for the drawing: every mark, in time order.
    static QString accessibleText(const QList<TimelineEvent>& events);
};

} // namespace ff
