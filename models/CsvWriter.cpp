// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CsvWriter.h"

#include "api/core/GuidText.h"
#include "models/TerminalText.h"

#include <charconv>
#include <iterator>

namespace ff {

void CsvWriter::endRow()
{
    m_row += "\r\n";
    m_out->append(m_row.data(), qsizetype(m_row.size()));
    m_row.clear();
    m_rowStarted = false;
}

std::string CsvWriter::takeCells()
{
    std::string cells;
    cells.swap(m_row);
    m_rowStarted = false;
    return cells;
}

void CsvWriter::appendCells(std::string_view cells)
{
    separate();
    m_row += cells;
}

void CsvWriter::number(std::string_view digits)
{
    separate();
    m_row += digits;
}

void CsvWriter::text(std::string_view utf8)
{
    separate();
    appendText(m_row, utf8);
}

namespace {

bool startsFormula(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@';
}

// Where a spreadsheet may begin a cell: at a comma, at the semicolon or tab it splits on in
// other locales, or at a line break (a reader that does not honour the quotes).
bool endsCell(char c)
{
    return c == ',' || c == ';' || c == '\t' || c == '\r' || c == '\n';
}

// Whether the text after a cell's end would begin with a formula to a reader splitting there:
// quotes are skipped, as such a reader takes a quote there for the start of a quoted cell.
bool formulaFollows(std::string_view utf8, size_t at)
{
    while (at < utf8.size() && utf8[at] == '"')
        ++at;
    return at < utf8.size() && startsFormula(utf8[at]);
}

} // namespace

void CsvWriter::appendText(std::string& to, std::string_view utf8)
{
    bool needsQuotes = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';' || c == '\t') {
            needsQuotes = true;
            break;
        }
    }
    if (!utf8.empty() && (utf8.front() == ' ' || utf8.back() == ' '))
        needsQuotes = true;
    const bool formula
        = !utf8.empty() && (startsFormula(utf8.front()) || utf8.front() == '\t' || utf8.front() == '\r');
    if (!needsQuotes && !formula) {
        to += utf8;
        return;
    }
    to += '"';
    if (formula)
        to += '\'';
    for (size_t i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '"')
            to += '"';
        to += c;
        // A formula after a separator inside the cell is neutralised as at the cell's start, so
        // that a spreadsheet splitting on another separator than the comma runs nothing.
        if (endsCell(c) && formulaFollows(utf8, i + 1))
            to += '\'';
    }
    to += '"';
}

void CsvWriter::cell(const std::optional<QString>& value)
{
    separate();
    if (!value)
        return;
    const QChar* data = value->constData();
    const size_t slot = (quintptr(data) >> 4 ^ quintptr(value->size())) % m_texts.size();
    WrittenText& written = m_texts[slot];
    if (written.text.constData() != data || written.text.size() != value->size() || written.text.isNull()) {
        const QByteArray utf8
            = (m_destination == Destination::Terminal ? TerminalText::oneLine(*value) : *value).toUtf8();
        written.cell.clear();
        appendText(written.cell, std::string_view(utf8.constData(), size_t(utf8.size())));
        written.text = *value;
    }
    m_row += written.cell;
}

void CsvWriter::cell(const std::optional<qint64>& value)
{
    separate();
    if (!value)
        return;
    char digits[24];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), *value).ptr;
    m_row.append(digits, size_t(end - digits));
}

void CsvWriter::cell(const std::optional<bool>& value)
{
    separate();
    if (value)
        m_row += *value ? "true" : "false";
}

void CsvWriter::cell(const std::optional<Decimal>& value)
{
    separate();
    if (value)
        m_row += value->toStdString();
}

void CsvWriter::cell(const std::optional<DateTimeOffset>& value)
{
    separate();
    if (!value)
        return;
    // Written in UTC to the millisecond: the instant alone decides the text.
    const qint64 ticks = value->utcTicks();
    WrittenInstant& written
        = m_instants[size_t(quint64(ticks) * 0x9E3779B97F4A7C15ull >> 60) % m_instants.size()];
    if (written.ticks != ticks) {
        const QByteArray text = value->toUtcMillisecondsString();
        written.cell.assign(text.constData(), size_t(text.size()));
        written.ticks = ticks;
    }
    m_row += written.cell;
}

void CsvWriter::cell(const std::optional<TimeSpan>& value)
{
    if (!value) {
        empty();
        return;
    }
    const QByteArray text = value->toString();
    // a negative span begins with "-": text, so that a spreadsheet does not compute it
    this->text(std::string_view(text.constData(), size_t(text.size())));
}

void CsvWriter::cell(const std::optional<QUuid>& value)
{
    if (!value) {
        empty();
        return;
    }
    const QByteArray text = GuidText::toText(*value);
    number(std::string_view(text.constData(), size_t(text.size())));
}

} // namespace ff
