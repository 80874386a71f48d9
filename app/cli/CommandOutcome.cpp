#include "app/cli/CommandOutcome.h"

namespace ff::cli {

CommandOutcome CommandOutcome::failure(const ApiError& error)
{
    QString line = error.message;
    if (!error.bodyExcerpt.isEmpty())
        line += QStringLiteral(": ") + error.bodyExcerpt;
    if (error.outcomeUnknown)
        line += QStringLiteral(" – the change may or may not have been applied: check before trying again");
    if (!error.requestId.isEmpty())
        line += QStringLiteral(" (request id %1)").arg(error.requestId);
    return failure(exitCodeFor(error), line);
}

QString CommandOutcome::errorLine() const
{
    QString line;
    line.reserve(error.size());
    for (const QChar c : error) {
        if (c == QLatin1Char('\n'))
            line += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            line += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            line += QStringLiteral("\\t");
        else if (c.category() == QChar::Other_Control)
            line += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else if (c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            line += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            line += c;
    }
    return line;
}

} // namespace ff::cli
