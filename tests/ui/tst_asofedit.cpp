// SPDX-License-Identifier: GPL-3.0-or-later
// "As of" where the clocks change: the agent types a date and time on the affiliate's clock. In
// the autumn hour that happens twice the first is taken, the label says so and a button takes the
// second; in the spring hour that never happened the time is read on the clock as it was before
// it went forward, and the edit and the label say what was taken. Under Europe/London and
// Europe/Warsaw (whose clocks change an hour later on the same nights), and in the interface
// languages' conventions of de_DE, fr_FR, pl_PL and en_GB.

#include "models/DisplayFormat.h"
#include "ui/investigation/AsOfEdit.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ff;
using ff::ui::AsOfEdit;

Q_DECLARE_METATYPE(AsOfEdit::WallClock::Kind)

namespace {

QDateTime utc(const char* iso)
{
    QDateTime parsed = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!parsed.isValid())
        qFatal("not a date: %s", iso);
    return parsed.toUTC();
}

qint64 millisecondsOf(const DateTimeOffset& instant)
{
    return DisplayFormat::millisecondsOf(instant);
}

} // namespace

class TestAsOfEdit final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(m_systemLocale); }

    // Both nights of 2026: 29 March (forward) and 25 October (back). London changes at 01:00 UTC
    // from 01:00 local, Warsaw at 01:00 UTC from 02:00 (spring) or 03:00 (autumn) local.
    void aWallClockTimeIsReadInTheZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<AsOfEdit::WallClock::Kind>("kind");
        QTest::addColumn<QDateTime>("taken");
        QTest::addColumn<QDateTime>("second");

        using Kind = AsOfEdit::WallClock::Kind;
        const QDate spring(2026, 3, 29);
        const QDate autumn(2026, 10, 25);
        const auto row = [](const char* name, const char* zone, QDate date, QTime time, Kind kind,
                             const char* taken, const char* second = nullptr) {
            QTest::newRow(name) << QByteArray(zone) << date << time << kind << utc(taken)
                                << (second ? utc(second) : utc(taken));
        };
        row("London, spring, 00:59: once", "Europe/London", spring, QTime(0, 59), Kind::Once,
            "2026-03-29T00:59:00Z");
        row("London, spring, 01:00: skipped", "Europe/London", spring, QTime(1, 0), Kind::Skipped,
            "2026-03-29T01:00:00Z");
        row("London, spring, 01:30: skipped, 02:30 BST", "Europe/London", spring, QTime(1, 30), Kind::Skipped,
            "2026-03-29T01:30:00Z");
        row("London, spring, 01:59: skipped", "Europe/London", spring, QTime(1, 59), Kind::Skipped,
            "2026-03-29T01:59:00Z");
        row("London, spring, 02:00: once", "Europe/London", spring, QTime(2, 0), Kind::Once,
            "2026-03-29T01:00:00Z");
        row("London, autumn, 00:59: once", "Europe/London", autumn, QTime(0, 59), Kind::Once,
            "2026-10-24T23:59:00Z");
        row("London, autumn, 01:00: twice", "Europe/London", autumn, QTime(1, 0), Kind::Twice,
            "2026-10-25T00:00:00Z", "2026-10-25T01:00:00Z");
        row("London, autumn, 01:30: twice, BST first", "Europe/London", autumn, QTime(1, 30), Kind::Twice,
            "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z");
        row("London, autumn, 01:59: twice", "Europe/London", autumn, QTime(1, 59), Kind::Twice,
            "2026-10-25T00:59:00Z", "2026-10-25T01:59:00Z");
        row("London, autumn, 02:00: once", "Europe/London", autumn, QTime(2, 0), Kind::Once,
            "2026-10-25T02:00:00Z");
        row("Warsaw, spring, 01:30: once", "Europe/Warsaw", spring, QTime(1, 30), Kind::Once,
            "2026-03-29T00:30:00Z");
        row("Warsaw, spring, 02:30: skipped, 03:30 CEST", "Europe/Warsaw", spring, QTime(2, 30),
            Kind::Skipped, "2026-03-29T01:30:00Z");
        row("Warsaw, spring, 03:00: once", "Europe/Warsaw", spring, QTime(3, 0), Kind::Once,
            "2026-03-29T01:00:00Z");
        row("Warsaw, autumn, 01:30: once", "Europe/Warsaw", autumn, QTime(1, 30), Kind::Once,
            "2026-10-24T23:30:00Z");
        row("Warsaw, autumn, 02:30: twice, CEST first", "Europe/Warsaw", autumn, QTime(2, 30), Kind::Twice,
            "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z");
        row("Warsaw, autumn, 03:00: once", "Europe/Warsaw", autumn, QTime(3, 0), Kind::Once,
            "2026-10-25T02:00:00Z");
        row("UTC never changes", "UTC", autumn, QTime(1, 30), Kind::Once, "2026-10-25T01:30:00Z");
    }

    void aWallClockTimeIsReadInTheZone()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(AsOfEdit::WallClock::Kind, kind);
        QFETCH(QDateTime, taken);
        QFETCH(QDateTime, second);
        const AsOfEdit::WallClock reading = AsOfEdit::read(date, time, QTimeZone(zone));
        QCOMPARE(reading.kind, kind);
        QCOMPARE(reading.taken.toMSecsSinceEpoch(), taken.toMSecsSinceEpoch());
        if (kind == AsOfEdit::WallClock::Kind::Twice)
            QCOMPARE(reading.second.toMSecsSinceEpoch(), second.toMSecsSinceEpoch());
    }

    void theAgentIsToldWhichInstantIsTaken_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("typed"); // the wall clock, written as UTC
        QTest::addColumn<QDateTime>("taken");
        QTest::addColumn<QString>("shown"); // the time the edit shows after
        QTest::addColumn<QString>("said");
        QTest::addColumn<QDateTime>("second"); // invalid: no second instant
        QTest::addColumn<QString>("secondSaid");

        for (const char* locale : { "de_DE", "fr_FR", "pl_PL", "en_GB" }) {
            QTest::addRow("%s, London, the first 01:30", locale)
                << locale << QByteArray("Europe/London") << utc("2026-10-25T01:30:00Z")
                << utc("2026-10-25T00:30:00Z") << "01:30"
                << "BST (the first of the two 01:30s" << utc("2026-10-25T01:30:00Z")
                << "GMT (the second of the two 01:30s";
            QTest::addRow("%s, London, no 01:30 in spring", locale)
                << locale << QByteArray("Europe/London") << utc("2026-03-29T01:30:00Z")
                << utc("2026-03-29T01:30:00Z") << "02:30"
                << "BST (01:30 did not happen that day: the clocks went forward, so it is taken as 02:30)"
                << QDateTime() << QString();
            QTest::addRow("%s, Warsaw, the first 02:30", locale)
                << locale << QByteArray("Europe/Warsaw") << utc("2026-10-25T02:30:00Z")
                << utc("2026-10-25T00:30:00Z") << "02:30"
                << "CEST (the first of the two 02:30s" << utc("2026-10-25T01:30:00Z")
                << "CET (the second of the two 02:30s";
            QTest::addRow("%s, Warsaw, no 02:30 in spring", locale)
                << locale << QByteArray("Europe/Warsaw") << utc("2026-03-29T02:30:00Z")
                << utc("2026-03-29T01:30:00Z") << "03:30"
                << "CEST (02:30 did not happen that day: the clocks went forward, so it is taken as 03:30)"
                << QDateTime() << QString();
            QTest::addRow("%s, London, an ordinary evening", locale)
                << locale << QByteArray("Europe/London") << utc("2026-10-23T20:00:00Z")
                << utc("2026-10-23T19:00:00Z") << "20:00"
                << "BST" << QDateTime() << QString();
        }
    }

    void theAgentIsToldWhichInstantIsTaken()
    {
        QFETCH(QString, locale);
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, typed);
        QFETCH(QDateTime, taken);
        QFETCH(QString, shown);
        QFETCH(QString, said);
        QFETCH(QDateTime, second);
        QFETCH(QString, secondSaid);
        QLocale::setDefault(QLocale(locale));
        AsOfEdit edit;
        edit.setZone(QTimeZone(zone));
        QSignalSpy changed(&edit, &AsOfEdit::asOfChanged);

        edit.dateTimeEdit()->setDateTime(typed); // as the agent leaves the field
        QCOMPARE(changed.size(), 1);
        QVERIFY(edit.asOf());
        QCOMPARE(millisecondsOf(*edit.asOf()), taken.toMSecsSinceEpoch());
        QVERIFY2(edit.dateTimeEdit()->text().contains(shown), qPrintable(edit.dateTimeEdit()->text()));
        QVERIFY2(edit.zoneLabel()->text().startsWith(said), qPrintable(edit.zoneLabel()->text()));
        QCOMPARE(edit.secondButton()->isVisibleTo(&edit), second.isValid());
        if (!second.isValid())
            return;

        // The second of the two, and back to the first.
        QVERIFY2(edit.secondButton()->text().contains(shown), qPrintable(edit.secondButton()->text()));
        QTest::mouseClick(edit.secondButton(), Qt::LeftButton);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(millisecondsOf(*edit.asOf()), second.toMSecsSinceEpoch());
        QVERIFY2(edit.zoneLabel()->text().startsWith(secondSaid), qPrintable(edit.zoneLabel()->text()));
        QTest::mouseClick(edit.secondButton(), Qt::LeftButton);
        QCOMPARE(millisecondsOf(*edit.asOf()), taken.toMSecsSinceEpoch());

        // An instant set from outside (a decision reopened) shows which of the two it is.
        edit.setAsOf(DateTimeOffset::fromQDateTime(second));
        QVERIFY2(edit.zoneLabel()->text().startsWith(secondSaid), qPrintable(edit.zoneLabel()->text()));
        QVERIFY(edit.secondButton()->isChecked());
        QCOMPARE(changed.size(), 3);
    }

private:
    QLocale m_systemLocale;
};

QTEST_MAIN(TestAsOfEdit)
#include "tst_asofedit.moc"
