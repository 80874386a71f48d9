// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/core/DateTimeOffset.h"
#include "api/core/GuidText.h"
#include "api/core/TimeSpan.h"

#include <QTest>
#include <limits>

using ff::DateTimeOffset;
using ff::GuidText;
using ff::TimeSpan;

class TestDateTime : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatJsonNetWrites_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // the instant, in UTC to the millisecond
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("writtenBack");
        QTest::newRow("6 digits, +00:00")
            << "2025-09-04T07:11:51.697108+00:00"
            << "2025-09-04T07:11:51.697Z" << 0 << "2025-09-04T07:11:51.697108+00:00";
        QTest::newRow("7 digits") << "2024-11-21T09:29:06.0308997+00:00"
                                  << "2024-11-21T09:29:06.030Z" << 0 << "2024-11-21T09:29:06.0308997+00:00";
        QTest::newRow("no fraction, Z") << "2025-01-01T00:00:00Z"
                                        << "2025-01-01T00:00:00.000Z" << 0 << "2025-01-01T00:00:00Z";
        QTest::newRow("1 digit") << "2025-01-01T00:00:00.5Z"
                                 << "2025-01-01T00:00:00.500Z" << 0 << "2025-01-01T00:00:00.5Z";
        QTest::newRow("east offset") << "2025-06-30T23:30:00.25+01:00"
                                     << "2025-06-30T22:30:00.250Z" << 3600 << "2025-06-30T23:30:00.25+01:00";
        QTest::newRow("west, half hour")
            << "2025-12-31T22:00:00-03:30"
            << "2026-01-01T01:30:00.000Z" << -12600 << "2025-12-31T22:00:00-03:30";
        QTest::newRow("no offset is UTC") << "2025-09-04T07:11:51.1234567"
                                          << "2025-09-04T07:11:51.123Z" << 0 << "2025-09-04T07:11:51.1234567";
        QTest::newRow("basic offset") << "2025-03-01T10:00:00+0530"
                                      << "2025-03-01T04:30:00.000Z" << 19800 << "2025-03-01T10:00:00+05:30";
        QTest::newRow("leap day") << "2024-02-29T12:00:00Z"
                                  << "2024-02-29T12:00:00.000Z" << 0 << "2024-02-29T12:00:00Z";
        QTest::newRow("before 1970") << "1969-12-31T23:59:59.9999999Z"
                                     << "1969-12-31T23:59:59.999Z" << 0 << "1969-12-31T23:59:59.9999999Z";
        QTest::newRow("year 1") << "0001-01-01T00:00:00Z"
                                << "0001-01-01T00:00:00.000Z" << 0 << "0001-01-01T00:00:00Z";
        QTest::newRow("Microsoft format")
            << "/Date(1420070400000+0100)/"
            << "2015-01-01T00:00:00.000Z" << 3600 << "2015-01-01T01:00:00+01:00";
        QTest::newRow("Microsoft format, UTC") << "/Date(-1000)/"
                                               << "1969-12-31T23:59:59.000Z" << 0 << "1969-12-31T23:59:59Z";
        QTest::newRow("date only") << "2025-09-04"
                                   << "2025-09-04T00:00:00.000Z" << 0 << "2025-09-04T00:00:00";
    }
    void readsWhatJsonNetWrites()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        QFETCH(int, offset);
        QFETCH(QString, writtenBack);
        const auto date = DateTimeOffset::parse(QStringView(text));
        QVERIFY(date);
        QCOMPARE(QString::fromLatin1(date->toUtcMillisecondsString()), utc);
        QCOMPARE(date->offsetSeconds(), offset);
        QCOMPARE(QString::fromLatin1(date->toIsoString()), writtenBack);
        const auto again = DateTimeOffset::parse(date->toIsoString().toStdString());
        QVERIFY(again);
        QCOMPARE(*again, *date);
    }

    void keepsEveryTick()
    {
        const auto a = DateTimeOffset::parse("2025-09-04T07:11:51.6971081+00:00");
        const auto b = DateTimeOffset::parse("2025-09-04T07:11:51.6971082+00:00");
        QVERIFY(a && b);
        QCOMPARE(b->utcTicks() - a->utcTicks(), 1);
        QVERIFY(*a < *b);
    }

    void sameInstantInDifferentOffsets()
    {
        const auto london = DateTimeOffset::parse("2025-06-01T13:00:00+01:00");
        const auto utc = DateTimeOffset::parse("2025-06-01T12:00:00Z");
        QVERIFY(london->isSameInstant(*utc));
        QVERIFY(!(*london == *utc)); // but they were written differently, and are written back so
        QCOMPARE(london->toDateTime().offsetFromUtc(), 3600);
        QCOMPARE(london->toDateTime().toUTC(), utc->toDateTime());
    }

    void unspecifiedOffsetBySetting()
    {
        const auto date = DateTimeOffset::parse("2025-06-01T12:00:00", 7200);
        QCOMPARE(date->toUtcMillisecondsString(), QByteArray("2025-06-01T10:00:00.000Z"));
        QCOMPARE(date->toIsoString(), QByteArray("2025-06-01T12:00:00"));
    }

    void refusesWhatIsNotADate_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad : { "", "2025", "2025-13-01T00:00:00Z", "2025-02-29T00:00:00Z", "2025-04-31",
                 "2025-01-01T24:00:00Z", "2025-01-01T23:60:00Z", "2025-01-01T23:59:60Z",
                 "2025-01-01T00:00:00.Z", "2025-01-01T00:00:00.1234567890Z", "2025-01-01T00:00:00+15:00",
                 "2025-01-01T00:00:00+01:60", "2025-01-01 00:00:00Z", "2025-01-01T00:00:00Zjunk",
                 "0000-01-01T00:00:00Z", "/Date()/", "/Date(abc)/", "sample string" })
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void refusesWhatIsNotADate()
    {
        QFETCH(QString, text);
        QVERIFY(!DateTimeOffset::parse(QStringView(text)));
    }

    // Found by fuzz_datetimeoffset: fifteen digits of "/Date(ms)/" overflowed the tick count
    // (undefined behaviour), and instants outside .NET's range read but wrote back as text that
    // does not (year 0, or five digits). .NET's range is the limit, in UTC and at the offset.
    void refusesInstantsOutsideDotNetsRange_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ms overflowing the ticks") << "/Date(999999999999999)/" << false;
        QTest::newRow("negative ms overflowing the ticks") << "/Date(-999999999999999+0100)/" << false;
        QTest::newRow("ms after 9999") << "/Date(253402300800000)/" << false;
        QTest::newRow("ms at the end of 9999") << "/Date(253402300799999)/" << true;
        QTest::newRow("ms at year 1") << "/Date(-62135596800000)/" << true;
        QTest::newRow("ms at year 1, clock in year 0") << "/Date(-62135596800000-0100)/" << false;
        QTest::newRow("year 1, UTC in year 0") << "0001-01-01T00:00:00+14:00" << false;
        QTest::newRow("year 1, UTC later") << "0001-01-01T00:00:00-14:00" << true;
        QTest::newRow("9999, UTC in 10000") << "9999-12-31T23:59:59.9999999-01:00" << false;
        QTest::newRow("the last tick") << "9999-12-31T23:59:59.9999999Z" << true;
    }
    void refusesInstantsOutsideDotNetsRange()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        const auto date = DateTimeOffset::parse(QStringView(text));
        QCOMPARE(date.has_value(), accepted);
        if (date) {
            const auto again = DateTimeOffset::parse(date->toIsoString().toStdString());
            QVERIFY(again);
            QCOMPARE(*again, *date);
            QVERIFY(DateTimeOffset::parse(date->toUtcMillisecondsString().toStdString()));
        }
    }

    void timeSpans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ticks");
        QTest::addColumn<QString>("writtenBack");
        QTest::newRow("fraction") << "00:00:00.1234567" << qint64(1234567) << "00:00:00.1234567";
        QTest::newRow("days") << "1.02:03:04" << qint64(((24 + 2) * 3600 + 3 * 60 + 4) * 10'000'000LL)
                              << "1.02:03:04";
        QTest::newRow("negative") << "-00:00:01.5" << qint64(-15'000'000) << "-00:00:01.5000000";
        QTest::newRow("position in a film")
            << "01:52:07" << qint64((3600 + 52 * 60 + 7) * 10'000'000LL) << "01:52:07";
        QTest::newRow("hours and minutes") << "10:30" << qint64(630 * 60 * 10'000'000LL) << "10:30:00";
        QTest::newRow("bare days") << "3" << qint64(3 * 86400 * 10'000'000LL) << "3.00:00:00";
        // .NET's extremes, as Json.NET writes them: the smallest has one tick more in magnitude
        // than the largest, and is a TimeSpan all the same.
        QTest::newRow("TimeSpan.MaxValue")
            << "10675199.02:48:05.4775807" << std::numeric_limits<qint64>::max()
            << "10675199.02:48:05.4775807";
        QTest::newRow("TimeSpan.MinValue")
            << "-10675199.02:48:05.4775808" << std::numeric_limits<qint64>::min()
            << "-10675199.02:48:05.4775808";
    }
    void timeSpans()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ticks);
        QFETCH(QString, writtenBack);
        const auto span = TimeSpan::parse(text.toStdString());
        QVERIFY(span);
        QCOMPARE(span->ticks(), ticks);
        QCOMPARE(QString::fromLatin1(span->toString()), writtenBack);
    }

    void refusesWhatIsNotATimeSpan()
    {
        for (const char* bad : { "", "-", "24:00:00", "00:60:00", "00:00:60", "1.", "00:00:00.12345678",
                 "abc", "1:2:3", "00:00:00.", "PT1H", "10675199.02:48:05.4775808",
                 "-10675199.02:48:05.4775809", "10675200", "-10675199.02:48:06" })
            QVERIFY2(!TimeSpan::parse(bad), bad);
    }

    void guids()
    {
        const QUuid expected = QUuid::fromString(QLatin1StringView("746dcc8b-ef46-4be8-abf3-a9b2d2304dfb"));
        QCOMPARE(*GuidText::parse("746dcc8b-ef46-4be8-abf3-a9b2d2304dfb"), expected);
        QCOMPARE(*GuidText::parse("{746DCC8B-EF46-4BE8-ABF3-A9B2D2304DFB}"), expected);
        QCOMPARE(GuidText::toText(expected), QByteArray("746dcc8b-ef46-4be8-abf3-a9b2d2304dfb"));
        QVERIFY(GuidText::parse("00000000-0000-0000-0000-000000000000"));
        for (const char* bad : { "", "746dcc8b-ef46-4be8-abf3-a9b2d2304df",
                 "746dcc8bef464be8abf3a9b2d2304dfb", "{746dcc8b-ef46-4be8-abf3-a9b2d2304dfb",
                 "746dcc8g-ef46-4be8-abf3-a9b2d2304dfb", "sample string 1" })
            QVERIFY2(!GuidText::parse(std::string_view(bad)), bad);
        QVERIFY(!GuidText::parse(QStringView(u"746dcc8b-ef46-4be8-abf3-a9b2d2304dfé")));
    }
};

QTEST_GUILESS_MAIN(TestDateTime)
#include "tst_datetime.moc"
