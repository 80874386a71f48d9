// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ff::cli {

// A plain-text table for a terminal: a header, a rule, and columns padded to their widest
// cell; numbers aligned right.
class TextTable final
{
public:
    enum class Align { Left, Right };
    struct Column
    {
        QString header;
        Align align = Align::Left;
    };

    explicit TextTable(QList<Column> columns)
        : m_columns(std::move(columns))
    { }

    // Each cell made one terminal line (TerminalText): a server's text is shown, never obeyed.
    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    QByteArray render() const;

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace ff::cli
