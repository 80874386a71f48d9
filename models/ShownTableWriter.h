// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ShownTable.h"

#include <QByteArray>
#include <QString>

namespace ff {

// What is shown (ShownTable::Text) as a file or as cells to paste, with one formula guard: no
// cell a spreadsheet opens or takes from the clipboard is run as a formula, whatever a server
// sent (a title "=HYPERLINK(…)" reads as that text).
class ShownTableWriter final
{
public:
    // RFC 4180 CSV in UTF-8 through CsvWriter (its quoting and formula guard), the header first.
    // A cell that is a plain number ("42", "-3.99") is written as a number; every other cell,
    // an amount with its currency or a date included, as the text shown.
    static QByteArray csv(const ShownTable::Text& text);
    // Tab-separated lines, the header first when there is one: what a spreadsheet pastes as
    // cells. A tab or line break inside a cell becomes a space (it would begin another cell or
    // row), and a cell that would begin a formula, at its start or after a comma or semicolon a
    // spreadsheet may split on, is guarded with ' as CsvWriter does; a plain number ("-3,99") is
    // left a number.
    static QString tsv(const ShownTable::Text& text);
    static QString tsvCell(QString cell);
};

} // namespace ff
