// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/InvestigateList.h"

#include "api/codec/ByteOrderMark.h"
#include "app/cli/InputValidation.h"
#include "app/cli/InvestigationOutput.h"
#include "app/cli/UntranslatedScope.h"
#include "models/TerminalText.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstdio>

namespace ff::cli {

namespace {

// A line of the customers file as the customer's name: without its line ending and, on the first
// line, without a UTF-8 byte-order mark (Windows tools write one).
QString customerOf(QByteArray line, bool first)
{
    if (first)
        line.remove(0, ByteOrderMark::at(line).isUtf8() ? 3 : 0);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

InvestigateList::InvestigateList(ApiClient& client, const InvestigateSettings& settings,
    const QString& customersFile, std::unique_ptr<InvestigateStateFile> state, Command::Done done,
    QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_sentences(settings.locale, settings.zone)
    , m_slots(settings.concurrency)
    , m_file(customersFile)
    , m_state(std::move(state))
    , m_done(std::move(done))
{ }

InvestigateList::~InvestigateList() = default;

void InvestigateList::start()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_done(CommandOutcome::failure(ExitCode::BadInput,
            QCoreApplication::translate("ff::cli::InvestigateList", "--customers %1: %2")
                .arg(m_file.fileName(), m_file.errorString())));
        return;
    }
    m_english.emplace(true);
    m_progress = TerminalText::isTerminal(stderr);
    if (m_progress) {
        // One pass to count them, for "n of N"; the names themselves are read as they are run.
        while (!m_file.atEnd())
            m_total += customerOf(m_file.readLine(), false).trimmed().isEmpty() ? 0 : 1;
        m_file.seek(0);
    }
    startMore();
}

std::optional<QString> InvestigateList::nextCustomer()
{
    while (!m_file.atEnd()) {
        const QString customer = customerOf(m_file.readLine(), std::exchange(m_firstLine, false));
        if (customer.trimmed().isEmpty())
            continue;
        if (m_state && m_state->isFinished(customer)) {
            ++m_skipped;
            continue;
        }
        return customer;
    }
    return std::nullopt;
}

void InvestigateList::startMore()
{
    while (!m_stopped && !m_readAll && m_active < m_settings.concurrency) {
        const std::optional<QString> customer = nextCustomer();
        if (!customer) {
            m_readAll = true;
            break;
        }
        ++m_active;
        if (const auto problem = InputValidation::pathValueProblem(*customer, QStringLiteral("customers"))) {
            failed(*customer, ExitCode::BadInput, *problem);
            --m_active;
            continue;
        }
        const QString name = *customer;
        InvestigateFetch::start(m_client, m_slots, m_settings.affiliateId, name, m_settings.entitlements,
            [this, name](Result<InvestigateFetch::Data, ApiError> result) {
                if (result)
                    succeeded(name, *result);
                else if (!m_slots.isClosed() || result.error().kind != ApiError::Kind::Cancelled)
                    failed(name, exitCodeFor(result.error()),
                        CommandOutcome::failure(result.error()).errorLine());
                // else cut short by the stop: neither done nor failed, like those never started
                customerEnded();
            });
    }
    showProgress();
    if (m_active == 0 && (m_readAll || m_stopped))
        finish();
}

bool InvestigateList::writeOut(const QByteArray& bytes)
{
    if (m_outputError)
        return false;
    // Both checked: a full disk or a closed pipe fails the write, or only the flush.
    errno = 0;
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size())
        && std::fflush(stdout) == 0)
        return true;
    m_outputError = errno != 0 ? qt_error_string(errno)
                               : QCoreApplication::translate("ff::cli::InvestigateList", "write error");
    stop();
    return false;
}

void InvestigateList::stop()
{
    m_stopped = true;
    m_slots.close(); // requests already queued for other customers are not sent either
}

void InvestigateList::succeeded(const QString& customer, const InvestigateFetch::Data& data)
{
    const InvestigationOutput output({ m_settings.affiliateId, customer }, m_sentences);
    // Lines that did not reach stdout are not recorded: a resume fetches that customer again.
    QByteArray lines;
    {
        const UntranslatedScope english(true); // JSON Lines are for scripts: never translated
        lines = output.jsonLines(data.investigate(m_settings));
    }
    if (!writeOut(lines))
        return;
    // Recorded once its lines are out: a run stopped between the two fetches it again.
    if (m_state) {
        if (const auto problem = m_state->record(customer)) {
            // The state can no longer be trusted to resume from: stop rather than go on unrecorded.
            failed(customer, ExitCode::BadInput, *problem);
            stop();
            return;
        }
    }
    ++m_succeeded;
}

void InvestigateList::failed(const QString& customer, ExitCode code, const QString& error)
{
    if (!writeOut(InvestigationOutput::failureLine(customer, error, int(code))))
        return;
    ++m_failed;
    m_lastError = error;
    if (m_failureCode && *m_failureCode != code)
        m_mixedFailures = true;
    m_failureCode = code;
    if (code == ExitCode::NotAuthorised)
        stop(); // every other customer would be refused the same way: nothing more is sent
}

void InvestigateList::customerEnded()
{
    --m_active;
    startMore();
}

void InvestigateList::showProgress(bool last)
{
    if (!m_progress)
        return;
    const qint64 done = m_skipped + m_succeeded + m_failed;
    // The reader's language for this line, in a run that is otherwise in English.
    const bool english = m_english.has_value();
    m_english.reset();
    // %n is the total: "1 of 1 customer", "3 of 40 customers" in every language's plural form.
    const QString line = m_skipped > 0 ? QCoreApplication::translate("ff::cli::InvestigateList",
                             "%1 of %n customer(s), %2 failed, %3 already done", nullptr, int(m_total))
                                             .arg(done)
                                             .arg(m_failed)
                                             .arg(m_skipped)
                                       : QCoreApplication::translate("ff::cli::InvestigateList",
                                           "%1 of %n customer(s), %2 failed", nullptr, int(m_total))
                                             .arg(done)
                                             .arg(m_failed);
    if (english)
        m_english.emplace(true);
    std::fprintf(stderr, "\r%s\x1b[K%s", qUtf8Printable(line), last ? "\n" : "");
    std::fflush(stderr);
}

void InvestigateList::finish()
{
    if (!m_done)
        return;
    m_english.reset(); // the run is over: what is left to say is for the reader
    showProgress(true);
    const Command::Done done = std::exchange(m_done, {});
    if (m_outputError) {
        const int written = int(m_succeeded + m_failed);
        // Each sentence whole, in a call of its own: lupdate reads literals, not a choice of them.
        const QString message = m_state
            ? QCoreApplication::translate("ff::cli::InvestigateList",
                "cannot write to stdout: %1; the run stopped after %n customer(s) written in full, and "
                "only those that succeeded are recorded in --state: run again with it to go on",
                nullptr, written)
            : QCoreApplication::translate("ff::cli::InvestigateList",
                "cannot write to stdout: %1; the run stopped after %n customer(s) written in full", nullptr,
                written);
        done(CommandOutcome::failure(ExitCode::OutputFailed, message.arg(*m_outputError)));
        return;
    }
    if (m_failed == 0) {
        done(CommandOutcome::success({}));
        return;
    }
    const int tried = int(m_failed + m_succeeded);
    const QString summary
        = (m_stopped ? QCoreApplication::translate("ff::cli::InvestigateList",
               "%1 of %n customer(s) failed, and the rest were not tried; the last: %2", nullptr, tried)
                     : QCoreApplication::translate("ff::cli::InvestigateList",
                         "%1 of %n customer(s) failed; the last: %2", nullptr, tried))
              .arg(m_failed)
              .arg(m_lastError);
    // None could be investigated, all for the same reason: the code that reason has on its own.
    if (m_succeeded == 0 && !m_mixedFailures)
        done(CommandOutcome::failure(*m_failureCode, summary));
    else
        done(CommandOutcome::failure(ExitCode::SomeFailed, summary));
}

} // namespace ff::cli
