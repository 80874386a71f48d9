// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/codec/JsonWriter.h"
#include "models/CsvWriter.h"
#include "models/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ff;
using ff::CsvWriter;
using ff::TerminalText;

namespace {

QString around(char32_t c)
{
    return QStringLiteral("a") + QString::fromUcs4(&c, 1) + QStringLiteral("b");
}

// One text cell as the CSV writer writes it, its row's line end left out.
QByteArray csvCell(const QString& text, CsvWriter::Destination destination = CsvWriter::Destination::File)
{
    QByteArray out;
    CsvWriter writer(&out, destination);
    writer.cell(std::optional<QString>(text));
    writer.endRow();
    return out.chopped(2);
}

} // namespace

// The rules of what the CLI writes, character by character: which characters JSON spells out
// and a terminal shows escaped (C0 and C1 controls, DEL, bidirectional controls, line and
// paragraph separators) and which stay as they are (their UTF-8 neighbours, letters, emoji and
// the joiners they are made with), and where the CSV formula guard puts its quote.
class TestCliText : public QObject
{
    Q_OBJECT

private slots:
    void obeyedCharacters_data()
    {
        QTest::addColumn<uint>("character");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("terminal");
        const QList<std::tuple<char32_t, const char*, const char*>> rows = {
            { 0x0000, "\\u0000", "\\x00" },
            { 0x001b, "\\u001b", "\\x1b" },
            { 0x007f, "\\u007f", "\\x7f" },
            { 0x0080, "\\u0080", "\\x80" },
            { 0x009b, "\\u009b", "\\x9b" },
            { 0x009f, "\\u009f", "\\x9f" },
            { 0x061c, "\\u061c", "\\u061c" },
            { 0x200e, "\\u200e", "\\u200e" },
            { 0x200f, "\\u200f", "\\u200f" },
            { 0x2028, "\\u2028", "\\u2028" },
            { 0x2029, "\\u2029", "\\u2029" },
            { 0x202a, "\\u202a", "\\u202a" },
            { 0x202e, "\\u202e", "\\u202e" },
            { 0x2066, "\\u2066", "\\u2066" },
            { 0x2069, "\\u2069", "\\u2069" },
        };
        for (const auto& [c, json, terminal] : rows)
            QTest::addRow("U+%04X", uint(c))
                << uint(c) << QString::fromLatin1(json) << QString::fromLatin1(terminal);
    }

    void obeyedCharacters()
    {
        QFETCH(uint, character);
        QFETCH(QString, json);
        QFETCH(QString, terminal);
        const QString text = around(character);

        JsonWriter writer;
        writer.value(text);
        const QByteArray written = writer.take();
        QCOMPARE(written, "\"a" + json.toLatin1() + "b\"");
        // Lossless: read back, it is the same text.
        QCOMPARE(QJsonDocument::fromJson("[" + written + "]").array().first().toString(), text);

        QCOMPARE(TerminalText::oneLine(text), QStringLiteral("a") + terminal + QStringLiteral("b"));
        QCOMPARE(csvCell(text, CsvWriter::Destination::Terminal),
            (QStringLiteral("a") + terminal + QStringLiteral("b")).toUtf8());
        // A file keeps the data exactly.
        QCOMPARE(QString::fromUtf8(csvCell(text)).remove(u'"'), text);
    }

    void charactersLeftAsTheyAre_data()
    {
        QTest::addColumn<uint>("character");
        // Letters, the neighbours in UTF-8 of those spelled out, the joiners emoji are made
        // with, and an emoji.
        for (const char32_t c : { 0x00a0, 0x00eb, 0x061b, 0x061d, 0x200b, 0x200d, 0x2010, 0x2027, 0x202f,
                 0x2065, 0x206a, 0xfe0f, 0x1f469 })
            QTest::addRow("U+%04X", uint(c)) << uint(c);
    }

    void charactersLeftAsTheyAre()
    {
        QFETCH(uint, character);
        const QString text = around(character);
        JsonWriter writer;
        writer.value(text);
        QCOMPARE(writer.take(), "\"" + text.toUtf8() + "\"");
        QCOMPARE(TerminalText::oneLine(text), text);
        QCOMPARE(csvCell(text, CsvWriter::Destination::Terminal), text.toUtf8());
    }

    void formulaGuard_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("plain") << QStringLiteral("Frozen") << QByteArray("Frozen");
        QTest::newRow("at the start") << QStringLiteral("=1+1") << QByteArray("\"'=1+1\"");
        QTest::newRow("a negative number as text") << QStringLiteral("-3.99") << QByteArray("\"'-3.99\"");
        QTest::newRow("after a comma") << QStringLiteral("x,-1") << QByteArray("\"x,'-1\"");
        QTest::newRow("after a semicolon") << QStringLiteral("x;=1") << QByteArray("\"x;'=1\"");
        QTest::newRow("after a tab") << QStringLiteral("x\t+1") << QByteArray("\"x\t'+1\"");
        QTest::newRow("after a line break") << QStringLiteral("x\n@1") << QByteArray("\"x\n'@1\"");
        QTest::newRow("after a semicolon and quotes")
            << QStringLiteral("x;\"=1") << QByteArray("\"x;'\"\"=1\"");
        QTest::newRow("a semicolon alone is quoted") << QStringLiteral("a; b") << QByteArray("\"a; b\"");
        QTest::newRow("a tab alone is quoted") << QStringLiteral("a\tb") << QByteArray("\"a\tb\"");
        QTest::newRow("a dash inside a word") << QStringLiteral("Spider-Man") << QByteArray("Spider-Man");
        QTest::newRow("each one") << QStringLiteral("=a;-b,+c") << QByteArray("\"'=a;'-b,'+c\"");
    }

    void formulaGuard()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, cell);
        QCOMPARE(csvCell(text), cell);
    }

    void amountsStayNumbers()
    {
        QByteArray out;
        CsvWriter writer(&out);
        writer.cell(Decimal::fromString("-3.99"));
        writer.cell(std::optional<qint64>(-5));
        writer.endRow();
        QCOMPARE(out, QByteArray("-3.99,-5\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliText)
#include "tst_cli_text.moc"
