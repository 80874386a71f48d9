// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/InvestigationColours.h"
#include "models/RefundSentences.h"
#include "tests/investigation/InvestigationData.h"
#include "ui/investigation/TimelineWidget.h"

#include <QApplication>
#include <QImage>
#include <QTest>

using namespace ff;
using namespace ff::test;
using namespace ff::ui;

// The investigation card's time line without a server: its marks in time order, and the words a
// screen reader says for the drawing, with every date in the affiliate's zone.
class TestInvestigationTimeline : public QObject
{
    Q_OBJECT

private:
    const QLocale m_locale { QLocale::English, QLocale::UnitedKingdom };
    const QTimeZone m_london { "Europe/London" };

    // Rented on 3 March at 20:14, licence on the 4th at 19:00, streamed a second later: the
    // view window (48 h from the licence) ends on the 6th at 19:00, before the rental's 30 days.
    static PurchaseOrderItem streamedRental()
    {
        PurchaseOrderItem item = rentalItem(7, "REF-7", "2026-03-03T20:14:00Z");
        item.timeOfFirstPlay = at("2026-03-04T19:00:00Z");
        item.timeUserFirstStreamed = at("2026-03-04T19:00:01Z");
        return item;
    }

    QStringList labelsOf(const QList<TimelineEvent>& events) const
    {
        QStringList labels;
        for (const TimelineEvent& event : events)
            labels.append(event.label);
        return labels;
    }

private slots:
    void theMarksAreInTimeOrderWithTheInstantShown()
    {
        const Investigated now({ rental(streamedRental()) }, at("2026-03-05T12:00:00Z"));
        const RefundSentences sentences(m_locale, m_london);
        const QList<TimelineEvent> events = TimelineEvents::of(now.only(), sentences, false);
        QCOMPARE(labelsOf(events),
            (QStringList { QStringLiteral("Bought"), QStringLiteral("Licence issued"),
                QStringLiteral("First streamed"), QStringLiteral("Now"), QStringLiteral("Window ends") }));
        QCOMPARE(events.at(4).when, QStringLiteral("Friday, 6 March 2026 at 19:00 GMT"));

        // As of after the end: the window has ended, and the instant is named as set.
        const Investigated later({ rental(streamedRental()) }, at("2026-03-06T19:00:00Z"));
        QCOMPARE(labelsOf(TimelineEvents::of(later.only(), sentences, true)),
            (QStringList { QStringLiteral("Bought"), QStringLiteral("Licence issued"),
                QStringLiteral("First streamed"), QStringLiteral("Window ended"), QStringLiteral("As of") }));
    }

    void aScreenReaderHearsEveryMarkInTimeOrder()
    {
        const Investigated now({ rental(streamedRental()) }, at("2026-03-05T12:00:00Z"));
        const RefundSentences sentences(m_locale, m_london);
        TimelineWidget timeline;
        timeline.setEvents(TimelineEvents::of(now.only(), sentences, false));
        QCOMPARE(timeline.accessibleName(), QStringLiteral("Time line"));
        QCOMPARE(timeline.accessibleDescription(),
            QStringLiteral(
                "Time line, in time order: Bought: Tuesday, 3 March 2026 at 20:14 GMT; Licence issued: "
                "Wednesday, 4 March 2026 at 19:00 GMT; First streamed: Wednesday, 4 March 2026 at 19:00 "
                "GMT; Now: Thursday, 5 March 2026 at 12:00 GMT; Window ends: Friday, 6 March 2026 at "
                "19:00 GMT."));
        // The same words as the tooltip, for a sighted agent who hovers.
        QCOMPARE(timeline.toolTip(), timeline.accessibleDescription());

        // In summer the zone says so: the affiliate's clock, named. This item was added in July to
        // an order of March: both instants are marked.
        PurchaseOrderItem summer = rentalItem(8, "REF-8", "2026-07-01T09:30:00Z");
        const Investigated july({ rental(summer) }, at("2026-07-01T10:00:00Z"));
        TimelineWidget other;
        other.setEvents(TimelineEvents::of(july.only(), sentences, false));
        QVERIFY2(other.accessibleDescription().startsWith(QStringLiteral(
                     "Time line, in time order: Order created: Tuesday, 3 March 2026 at 20:14 GMT; Bought: "
                     "Wednesday, 1 July 2026 at 10:30 BST; Now:")),
            qPrintable(other.accessibleDescription()));
    }

    void theDrawingUsesThePalettesColours()
    {
        const Investigated now({ rental(streamedRental()) }, at("2026-03-05T12:00:00Z"));
        const RefundSentences sentences(m_locale, m_london);
        for (const bool dark : { false, true }) {
            TimelineWidget timeline;
            QPalette palette = timeline.palette();
            palette.setColor(QPalette::Window, dark ? QColor(0x2b, 0x2d, 0x30) : QColor(0xef, 0xef, 0xef));
            palette.setColor(QPalette::Link, dark ? QColor(0x6c, 0xb4, 0xee) : QColor(0x00, 0x00, 0xff));
            timeline.setPalette(palette);
            timeline.setEvents(TimelineEvents::of(now.only(), sentences, false));
            timeline.resize(600, timeline.sizeHint().height());
            const QImage image = timeline.grab().toImage();
            // The licence and stream marks are drawn in the palette's link colour; the window's
            // end in the review colour chosen for this palette.
            const QColor end = InvestigationColours::weight(SignalWeight::Review, palette);
            bool link = false;
            bool review = false;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QRgb pixel = image.pixel(x, y);
                    link = link || pixel == palette.color(QPalette::Link).rgb();
                    review = review || pixel == end.rgb();
                }
            }
            QVERIFY2(link, dark ? "dark" : "light");
            QVERIFY2(review, dark ? "dark" : "light");
        }
    }
};

QTEST_MAIN(TestInvestigationTimeline)
#include "tst_investigationtimeline.moc"
