// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff::cli {

// Text from a person or a server made safe for one line of a terminal: line breaks, tabs and
// other control characters are shown as \n, \t, \x1b and the like, never obeyed, so that a
// table row stays one row and an escape sequence cannot clear the screen or retitle the window.
struct TerminalText
{
    static QString oneLine(const QString& text);
};

} // namespace ff::cli
