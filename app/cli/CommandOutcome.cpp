// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandOutcome.h"

#include "models/TerminalText.h"

#include <QCoreApplication>

namespace ff::cli {

CommandOutcome CommandOutcome::failure(const ApiError& error)
{
    QString line = error.message;
    if (!error.bodyExcerpt.isEmpty())
        line += QStringLiteral(": ") + error.bodyExcerpt;
    if (error.outcomeUnknown)
        line = QCoreApplication::translate(
            "ff::cli::CommandOutcome", "%1 – the change may have been applied: check before sending it again")
                   .arg(line);
    if (!error.requestId.isEmpty())
        line = QCoreApplication::translate("ff::cli::CommandOutcome", "%1 (request id %2)")
                   .arg(line, error.requestId);
    return failure(exitCodeFor(error), line);
}

QString CommandOutcome::errorLine() const
{
    return TerminalText::oneLine(error);
}

} // namespace ff::cli
