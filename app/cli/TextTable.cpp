// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TextTable.h"

#include "models/TerminalText.h"

namespace ff::cli {

void TextTable::addRow(QStringList cells)
{
    for (QString& cell : cells)
        cell = TerminalText::oneLine(cell);
    m_rows.append(std::move(cells));
}

QByteArray TextTable::render() const
{
    QList<qsizetype> widths;
    for (const Column& column : m_columns)
        widths.append(column.header.size());
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }
    auto line = [&](const QStringList& cells) -> QByteArray {
        QString text;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const QString cell = i < cells.size() ? cells[i] : QString();
            const bool last = i == m_columns.size() - 1;
            if (m_columns[i].align == Align::Right)
                text += cell.rightJustified(widths[i]);
            else
                text += last ? cell : cell.leftJustified(widths[i]);
            if (!last)
                text += QStringLiteral("  ");
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text.toUtf8() + '\n';
    };
    QStringList headers;
    QStringList rules;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        headers.append(m_columns[i].header);
        rules.append(QString(widths[i], QLatin1Char('-')));
    }
    QByteArray out = line(headers) + line(rules);
    for (const QStringList& row : m_rows)
        out += line(row);
    return out;
}

} // namespace ff::cli
