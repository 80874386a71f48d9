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

QDateTime utc(const QByteArray& iso)
{
    QDateTime parsed = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!parsed.isValid())
        qFatal("not a date: %s", iso.constData());
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
        const char* london = "Europe/London";
        const char* warsaw = "Europe/Warsaw";
        // The instants in UTC, "2026-" and ":00Z" left out.
        const auto row = [](const char* zone, QDate date, const char* time, Kind kind, const char* taken,
                             const char* second = nullptr) {
            const QByteArray year("2026-");
            QTest::addRow("%s, %s %s", zone, qPrintable(date.toString(Qt::ISODate)), time)
                << QByteArray(zone) << date << QTime::fromString(QString::fromLatin1(time)) << kind
                << utc(year + taken + ":00Z") << utc(year + (second ? second : taken) + ":00Z");
        };
        row(london, spring, "00:59", Kind::Once, "03-29T00:59");
        row(london, spring, "01:00", Kind::Skipped, "03-29T01:00");
        row(london, spring, "01:30", Kind::Skipped, "03-29T01:30"); // 02:30 BST
        row(london, spring, "01:59", Kind::Skipped, "03-29T01:59");
        row(london, spring, "02:00", Kind::Once, "03-29T01:00");
        row(london, autumn, "00:59", Kind::Once, "10-24T23:59");
        row(london, autumn, "01:00", Kind::Twice, "10-25T00:00", "10-25T01:00");
        row(london, autumn, "01:30", Kind::Twice, "10-25T00:30", "10-25T01:30"); // BST, then GMT
        row(london, autumn, "01:59", Kind::Twice, "10-25T00:59", "10-25T01:59");
        row(london, autumn, "02:00", Kind::Once, "10-25T02:00");
        row(warsaw, spring, "01:30", Kind::Once, "03-29T00:30");
        row(warsaw, spring, "02:30", Kind::Skipped, "03-29T01:30"); // 03:30 CEST
        row(warsaw, spring, "03:00", Kind::Once, "03-29T01:00");
        row(warsaw, autumn, "01:30", Kind::Once, "10-24T23:30");
        row(warsaw, autumn, "02:30", Kind::Twice, "10-25T00:30", "10-25T01:30"); // CEST, then CET
        row(warsaw, autumn, "03:00", Kind::Once, "10-25T02:00");
        row("UTC", autumn, "01:30", Kind::Once, "10-25T01:30"); // UTC never changes
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

        // The wall clock typed and the instants in UTC, "2026-" and ":00Z" left out.
        const auto instant = [](const char* text) { return utc(QByteArray("2026-") + text + ":00Z"); };
        for (const char* locale : { "de_DE", "fr_FR", "pl_PL", "en_GB" }) {
            const auto row
                = [locale](const char* zone, const QDateTime& typed, const QDateTime& taken,
                      const QString& said, const QDateTime& second = {}, const QString& secondSaid = {}) {
                      QTest::addRow("%s, %s, %s", locale, zone, qPrintable(typed.toString(Qt::ISODate)))
                          << locale << QByteArray(zone) << typed << taken
                          << taken.toTimeZone(QTimeZone(zone)).toString(QStringLiteral("HH:mm")) << said
                          << second << secondSaid;
                  };
            // The hour that happens twice: the first is taken, the button takes the second.
            const auto twice = [&](const char* zone, const char* typed, const char* first, const char* second,
                                   const char* firstZone, const char* secondZone) {
                const QString time = instant(typed).toString(QStringLiteral("HH:mm"));
                row(zone, instant(typed), instant(first),
                    QStringLiteral("%1 (the first of the two %2s").arg(QLatin1String(firstZone), time),
                    instant(second),
                    QStringLiteral("%1 (the second of the two %2s").arg(QLatin1String(secondZone), time));
            };
            twice("Europe/London", "10-25T01:30", "10-25T00:30", "10-25T01:30", "BST", "GMT");
            twice("Europe/Warsaw", "10-25T02:30", "10-25T00:30", "10-25T01:30", "CEST", "CET");
            // The hour that never happened: read on the clock before it went forward.
            row("Europe/London", instant("03-29T01:30"), instant("03-29T01:30"),
                QStringLiteral(
                    "BST (01:30 did not happen that day: the clocks went forward, so it is taken as 02:30)"));
            row("Europe/Warsaw", instant("03-29T02:30"), instant("03-29T01:30"),
                QStringLiteral("CEST (02:30 did not happen that day: the clocks went forward, so it is taken "
                               "as 03:30)"));
            // An ordinary evening: the zone alone.
            row("Europe/London", instant("10-23T20:00"), instant("10-23T19:00"), QStringLiteral("BST"));
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
