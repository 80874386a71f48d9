// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ShownTableWriter.h"

#include "models/CsvWriter.h"

#include <optional>

namespace ff {

namespace {

// Digits, with a sign and decimals: a number to a spreadsheet, never a formula. With a comma
// as the decimal separator (decimalComma) only where the cell cannot be split there.
bool isPlainNumber(const QString& cell, bool decimalComma)
{
    qsizetype at = cell.startsWith(u'-') ? 1 : 0;
    const qsizetype firstDigit = at;
    while (at < cell.size() && cell[at].isDigit() && cell[at].unicode() < 128)
        ++at;
    if (at == firstDigit)
        return false;
    if (at == cell.size())
        return true;
    if (cell[at] != u'.' && !(decimalComma && cell[at] == u','))
        return false;
    const qsizetype decimals = ++at;
    while (at < cell.size() && cell[at].isDigit() && cell[at].unicode() < 128)
        ++at;
    return at > decimals && at == cell.size();
}

bool beginsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@';
}

void writeCsvRow(CsvWriter& writer, const QStringList& cells)
{
    for (const QString& cell : cells) {
        if (isPlainNumber(cell, false)) {
            const QByteArray digits = cell.toLatin1();
            writer.number(std::string_view(digits.constData(), size_t(digits.size())));
        } else {
            writer.cell(std::optional<QString>(cell));
        }
    }
    writer.endRow();
}

} // namespace

QByteArray ShownTableWriter::csv(const ShownTable::Text& text)
{
    QByteArray out;
    CsvWriter writer(&out);
    if (!text.header.isEmpty())
        writeCsvRow(writer, text.header);
    for (const QStringList& row : text.rows)
        writeCsvRow(writer, row);
    return out;
}

QString ShownTableWriter::tsvCell(QString cell)
{
    if (isPlainNumber(cell, true))
        return cell;
    QString guarded;
    guarded.reserve(cell.size() + 1);
    // A tab or line break would begin another cell or row: it becomes a space, and what follows
    // it is guarded as a cell's start is, as CsvWriter does. So is what follows a comma or a
    // semicolon, which a spreadsheet may split a pasted line at too (quotes between skipped, as
    // a reader takes them for a quoted cell's).
    bool cellStart = true;
    for (const QChar c : cell) {
        const bool breaks = c == u'\t' || c == u'\n' || c == u'\r' || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator;
        if (cellStart && beginsFormula(c))
            guarded += u'\'';
        guarded += breaks ? QChar(u' ') : c;
        if (breaks || c == u',' || c == u';')
            cellStart = true;
        else if (c != u'"')
            cellStart = false;
    }
    return guarded;
}

QString ShownTableWriter::tsv(const ShownTable::Text& text)
{
    QString out;
    const auto line = [&out](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += u'\t';
            out += tsvCell(cells[i]);
        }
        out += u'\n';
    };
    if (!text.header.isEmpty())
        line(text.header);
    for (const QStringList& row : text.rows)
        line(row);
    return out;
}

} // namespace ff
