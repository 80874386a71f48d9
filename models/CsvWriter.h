// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "api/core/TimeSpan.h"

#include <QByteArray>
#include <QString>
#include <QUuid>
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace ff {

// RFC 4180 CSV, written straight to UTF-8 bytes: fields quoted when they hold a comma, quote,
// line break, semicolon, tab or edge space; rows end in CRLF. A text cell that begins with =, +,
// - or @ (or a tab or carriage return) is prefixed with ' so that a spreadsheet shows it rather
// than runs it as a formula, and so is each =, +, - or @ inside a cell that follows a comma,
// semicolon, tab or line break (quotes between them skipped): a spreadsheet that splits on
// semicolons or tabs (LibreOffice or Excel in a German locale) would begin a cell there. A
// number such as -3.99 (an amount) is left a number.
//
// For a file or a pipe, texts are written exactly as they are; for a terminal, their control and
// bidirectional characters are shown escaped (TerminalText), never obeyed.
//
// Built for exports of 100 000 rows: a row is put together in a buffer of its own and added to
// the output in one piece when it ends (the output holds whole rows only); numbers are written
// without printf; a text is converted and quoted once and kept, by its shared data, for the next
// cell with the same text (a response's texts repeat: titles, providers, an order's transaction
// id on each of its items); and so are the last instants written.
class CsvWriter final
{
public:
    enum class Destination {
        File, // a file or a pipe: the data exactly
        Terminal, // a person reading: controls shown, never obeyed
    };

    explicit CsvWriter(QByteArray* out, Destination destination = Destination::File)
        : m_out(out)
        , m_destination(destination)
    { }

    void text(std::string_view utf8);
    void number(std::string_view digits);
    void empty() { separate(); }
    void endRow();

    // The cells written since the row began, as they would go out, taken out of the row: for
    // cells that repeat on several rows (an order's, on each of its items' rows), put back with
    // appendCells() rather than written again.
    std::string takeCells();
    void appendCells(std::string_view cells);

    void cell(const std::optional<QString>& value);
    void cell(const std::optional<qint64>& value);
    void cell(const std::optional<bool>& value);
    void cell(const std::optional<Decimal>& value);
    void cell(const std::optional<DateTimeOffset>& value);
    void cell(const std::optional<TimeSpan>& value);
    void cell(const std::optional<QUuid>& value);

private:
    void separate()
    {
        if (m_rowStarted)
            m_row += ',';
        m_rowStarted = true;
    }
    // A text cell's bytes, quoted and escaped as needed.
    static void appendText(std::string& to, std::string_view utf8);

    QByteArray* m_out;
    Destination m_destination;
    std::string m_row;
    bool m_rowStarted = false;

    // Texts already written, by their shared data (the entry holds the text, so its data cannot
    // be freed and reused for another while it is here): direct-mapped, a newer text takes an
    // older one's place.
    struct WrittenText
    {
        QString text;
        std::string cell;
    };
    std::array<WrittenText, 512> m_texts;
    // The same for instants, by their ticks (a row's dates are often its order's and each
    // other's).
    struct WrittenInstant
    {
        std::optional<qint64> ticks;
        std::string cell;
    };
    std::array<WrittenInstant, 16> m_instants;
};

} // namespace ff
