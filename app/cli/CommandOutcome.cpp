// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandOutcome.h"

#include "models/TerminalText.h"

namespace ff::cli {

CommandOutcome CommandOutcome::failure(const ApiError& error)
{
    QString line = error.message;
    if (!error.bodyExcerpt.isEmpty())
        line += QStringLiteral(": ") + error.bodyExcerpt;
    if (error.outcomeUnknown)
        line += QStringLiteral(" – the change may have been applied: check before sending it again");
    if (!error.requestId.isEmpty())
        line += QStringLiteral(" (request id %1)").arg(error.requestId);
    return failure(exitCodeFor(error), line);
}

QString CommandOutcome::errorLine() const
{
    return TerminalText::oneLine(error);
}

} // namespace ff::cli
