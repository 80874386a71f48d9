// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/InvestigationColours.h"

namespace ff {

bool InvestigationColours::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor InvestigationColours::good(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
}

QColor InvestigationColours::caution(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xca, 0x28) : QColor(0x9a, 0x5b, 0x00);
}

QColor InvestigationColours::bad(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
}

QColor InvestigationColours::neutral(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xb0, 0xbe, 0xc5) : QColor(0x45, 0x5a, 0x64);
}

QColor InvestigationColours::verdict(RefundVerdict verdict, const QPalette& palette)
{
    switch (verdict) {
    case RefundVerdict::Due:
        return good(palette);
    case RefundVerdict::Review:
        return caution(palette);
    case RefundVerdict::NotDue:
        return bad(palette);
    case RefundVerdict::AlreadyRefunded:
    case RefundVerdict::NothingPaid:
        break;
    }
    return neutral(palette);
}

QColor InvestigationColours::weight(SignalWeight weight, const QPalette& palette)
{
    switch (weight) {
    case SignalWeight::Supports:
        return good(palette);
    case SignalWeight::Review:
        return caution(palette);
    case SignalWeight::Opposes:
        break;
    }
    return bad(palette);
}

QColor InvestigationColours::wash(const QColor& colour, const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    const double share = isDark(palette) ? 0.28 : 0.14;
    return QColor::fromRgbF(float(window.redF() * (1 - share) + colour.redF() * share),
        float(window.greenF() * (1 - share) + colour.greenF() * share),
        float(window.blueF() * (1 - share) + colour.blueF() * share));
}

QColor InvestigationColours::textOn(const QPalette& palette)
{
    return palette.color(QPalette::WindowText);
}

} // namespace ff
