// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ReportDestination.h"

#include "models/TerminalText.h"
#include "models/report/CaseReportCsv.h"
#include "models/report/CaseReportPdf.h"
#include "models/report/CaseReportText.h"

#include <QBuffer>
#include <QCoreApplication>

namespace ff::cli {

namespace {

// Each line's control and bidirectional characters shown escaped; the lines stay lines.
QByteArray forTerminal(const QByteArray& bytes)
{
    QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = TerminalText::oneLine(line);
    return lines.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

std::optional<ReportDestination::Format> ReportDestination::formatNamed(const QString& name)
{
    if (name == QLatin1String("pdf"))
        return Format::Pdf;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("text"))
        return Format::Text;
    return std::nullopt;
}

ReportDestination::ReportDestination(QString path, Format format)
    : m_path(std::move(path))
    , m_format(format)
{ }

ReportDestination::~ReportDestination() = default;

std::optional<QString> ReportDestination::problem() const
{
    if (m_path.isEmpty())
        return QCoreApplication::translate(
            "ff::cli::ReportDestination", "report needs --out FILE (or --out - for stdout)");
    if (isStdout() && m_format == Format::Pdf && TerminalText::isTerminal(stdout))
        return QCoreApplication::translate("ff::cli::ReportDestination",
            "a PDF is not written to a terminal: give --out FILE, or send stdout to a file or "
            "a pipe");
    return std::nullopt;
}

std::optional<CommandOutcome> ReportDestination::open()
{
    if (isStdout())
        return std::nullopt;
    m_file = std::make_unique<PrivateFile>(m_path);
    if (const std::optional<QString> error = m_file->open()) {
        m_file.reset();
        return CommandOutcome::failure(ExitCode::OutputFailed, *error);
    }
    return std::nullopt;
}

Result<QByteArray, QString> ReportDestination::bytesOf(const CaseReport& report, bool onTerminal) const
{
    switch (m_format) {
    case Format::Text:
        return onTerminal ? forTerminal(CaseReportText::of(report).toUtf8())
                          : CaseReportText::of(report).toUtf8();
    case Format::Csv:
        // The writer escapes within each cell: a row's CRLF stays the row's end, never shown as text.
        return CaseReportCsv::of(
            report, onTerminal ? CsvWriter::Destination::Terminal : CsvWriter::Destination::File);
    case Format::Pdf:
        break;
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    if (!CaseReportPdf::write(report, &buffer))
        return QCoreApplication::translate("ff::cli::ReportDestination", "the PDF could not be made");
    return pdf;
}

CommandOutcome ReportDestination::write(const CaseReport& report)
{
    if (isStdout()) {
        const Result<QByteArray, QString> bytes = bytesOf(report, TerminalText::isTerminal(stdout));
        if (!bytes)
            return CommandOutcome::failure(ExitCode::OutputFailed, bytes.error());
        return CommandOutcome::success(*bytes);
    }
    Q_ASSERT(m_file);
    // The PDF is drawn straight into the file: a big customer's is never held in memory twice.
    bool written = false;
    if (m_format == Format::Pdf) {
        written = CaseReportPdf::write(report, m_file->device());
    } else {
        const Result<QByteArray, QString> bytes = bytesOf(report);
        written = bytes && m_file->device()->write(*bytes) == bytes->size();
    }
    if (!written) {
        m_file->cancel(); // throws the temporary file away
        return CommandOutcome::failure(ExitCode::OutputFailed,
            QCoreApplication::translate("ff::cli::ReportDestination", "%1 could not be written").arg(m_path));
    }
    if (const std::optional<QString> error = m_file->commit())
        return CommandOutcome::failure(ExitCode::OutputFailed, *error);
    return CommandOutcome::success({});
}

} // namespace ff::cli
