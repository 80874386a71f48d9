// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/ApiError.h"
#include "app/cli/ExitCode.h"

#include <QByteArray>
#include <QString>

namespace ff::cli {

// What a command ends with: output for stdout, or one line for stderr and its exit code.
// Nothing reaches stdout when a command fails. A success may carry one line for stderr too
// (a write found applied by reading back, after an answer that said nothing certain).
struct CommandOutcome
{
    ExitCode code = ExitCode::Ok;
    QByteArray output;
    QString error; // on success: a note for stderr, when something deserves one

    static CommandOutcome success(QByteArray output) { return { ExitCode::Ok, std::move(output), {} }; }
    static CommandOutcome failure(ExitCode code, QString error) { return { code, {}, std::move(error) }; }
    // The exit code for the error and one line that says what happened and what the server said.
    static CommandOutcome failure(const ApiError& error);

    // The error as the one line stderr gets. It quotes what a person typed and what a server
    // said, either of which may hold line breaks or terminal escapes: those are shown as \n,
    // \x1b and the like, never obeyed, so that the line stays one line and the terminal stays
    // as it was.
    QString errorLine() const;
};

} // namespace ff::cli
