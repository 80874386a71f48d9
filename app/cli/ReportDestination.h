// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandOutcome.h"
#include "models/PrivateFile.h"
#include "models/report/CaseReport.h"

#include <memory>
#include <optional>

namespace ff::cli {

// Where `report` writes its case report, and how: --out FILE, a file only the agent may read,
// written through a temporary file and a rename (PrivateFile), or --out - for stdout. A text or
// CSV going to a terminal has its control characters shown escaped, as every other command's.
class ReportDestination final
{
public:
    enum class Format { Pdf, Csv, Text };
    static std::optional<Format> formatNamed(const QString& name);

    ReportDestination(QString path, Format format);
    ~ReportDestination();

    bool isStdout() const { return m_path == QLatin1String("-"); }
    // Why it cannot go there, found before anything is sent: a PDF to a terminal.
    std::optional<QString> problem() const;
    // Opens the file (not yet at its path), before anything is fetched, so that a folder that
    // cannot be written to ends the command before a request is sent. The failure (exit code 9)
    // when it cannot be made.
    std::optional<CommandOutcome> open();
    // The report in the format: on stdout (the outcome's output), or the file moved to its path.
    // A failure (exit code 9) leaves no file.
    CommandOutcome write(const CaseReport& report);

private:
    // onTerminal: for a person at a terminal, controls shown escaped, never obeyed.
    Result<QByteArray, QString> bytesOf(const CaseReport& report, bool onTerminal = false) const;

    QString m_path;
    Format m_format;
    std::unique_ptr<PrivateFile> m_file;
};

} // namespace ff::cli
