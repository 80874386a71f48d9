// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TerminalText.h"

#include <algorithm>

namespace ff::cli {

namespace {

bool needsEscape(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph;
}

} // namespace

QString TerminalText::oneLine(const QString& text)
{
    if (std::none_of(text.cbegin(), text.cend(), needsEscape))
        return text; // nearly every text: shared, not copied
    QString line;
    line.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            line += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            line += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            line += QStringLiteral("\\t");
        else if (c.category() == QChar::Other_Control)
            line += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else if (needsEscape(c))
            line += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            line += c;
    }
    return line;
}

} // namespace ff::cli
