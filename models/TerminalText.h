// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstdio>

namespace ff {

// Text from a person or a server made safe for one line of a terminal: line breaks, tabs and
// other C0 and C1 control characters are shown as \n, \t, \x1b, \x9b and the like, and the
// bidirectional overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
// U+061C) as \u202e and the like, never obeyed: a table row stays one row, an escape sequence
// cannot clear the screen or retitle the window, and no text can run backwards to make a line
// read other than it is.
struct TerminalText
{
    static QString oneLine(const QString& text);
    // Whether a stream is a terminal (what a person reads) rather than a file or a pipe.
    static bool isTerminal(std::FILE* stream);
};

} // namespace ff
