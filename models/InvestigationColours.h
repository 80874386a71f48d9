// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/RefundTerms.h"

#include <QColor>
#include <QPalette>

namespace ff {

// The card's colours, chosen for the palette in use: deep tones on a light window, lighter ones
// on the dark theme's, so that text and marks stay readable in both. Colour only ever repeats
// what words already say (the verdict's name, a column's heading, a mark's label).
class InvestigationColours final
{
public:
    static bool isDark(const QPalette& palette);
    // Green for due, amber for review, grey for no refund due or nothing to decide.
    static QColor verdict(RefundVerdict verdict, const QPalette& palette);
    static QColor weight(SignalWeight weight, const QPalette& palette);
    // A faint wash of a colour over the window's: a banner's or a column's background.
    static QColor wash(const QColor& colour, const QPalette& palette);
    // The text colour that reads on a wash of that colour.
    static QColor textOn(const QPalette& palette);

private:
    static QColor good(const QPalette& palette);
    static QColor caution(const QPalette& palette);
    static QColor bad(const QPalette& palette);
    static QColor neutral(const QPalette& palette);
};

} // namespace ff
