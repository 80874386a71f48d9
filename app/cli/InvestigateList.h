// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/ApiError.h"
#include "app/cli/Command.h"
#include "app/cli/InvestigateFetch.h"
#include "app/cli/InvestigateSettings.h"
#include "app/cli/InvestigateSlots.h"
#include "app/cli/InvestigateStateFile.h"
#include "app/cli/UntranslatedScope.h"
#include "models/RefundSentences.h"

#include <QFile>
#include <QObject>
#include <memory>
#include <optional>

namespace ff::cli {

// investigate --customers FILE: a list of customers, one a line (thousands of them), run with at
// most --concurrency requests in flight. Each customer's items are written as JSON Lines the
// moment that customer completes, and forgotten: memory stays flat however long the list. A
// customer that fails gets one line {"Customer", "Error", "ExitCode"} and the run goes on, except
// after a 401 or 403, which every other customer would get too: then nothing more is sent, not
// even the requests already queued for customers under way. When stdout cannot be written (a
// full disk, a closed pipe) the run stops with 9, and a customer whose lines did not get out is
// not recorded in the state file. A 429 is retried after its
// Retry-After by the client (within its bounds). When stderr is a terminal a progress line is
// kept there. Ends with 0 when every customer succeeded, 8 when some failed, and when none
// succeeded and all failed alike, the code one of them alone would have given.
class InvestigateList final : public QObject
{
    Q_OBJECT

public:
    InvestigateList(ApiClient& client, const InvestigateSettings& settings, const QString& customersFile,
        std::unique_ptr<InvestigateStateFile> state, Command::Done done, QObject* parent = nullptr);
    ~InvestigateList() override;

    void start();

private:
    // Starts customers until --concurrency are under way or the list is read.
    void startMore();
    // The next customer to investigate from the file; none at its end.
    std::optional<QString> nextCustomer();
    // Writes to stdout; false, and the run stopped, when it cannot (then nothing more is written).
    bool writeOut(const QByteArray& bytes);
    // No further customer is started and no further request sent.
    void stop();
    void succeeded(const QString& customer, const InvestigateFetch::Data& data);
    void failed(const QString& customer, ExitCode code, const QString& error);
    void customerEnded();
    void showProgress(bool last = false);
    void finish();

    ApiClient& m_client;
    InvestigateSettings m_settings;
    RefundSentences m_sentences;
    InvestigateSlots m_slots;
    QFile m_file;
    std::unique_ptr<InvestigateStateFile> m_state;
    Command::Done m_done;
    bool m_firstLine = true;
    bool m_readAll = false;
    bool m_stopped = false; // not authorised, or stdout gone: no further customer is tried
    std::optional<QString> m_outputError; // why stdout could not be written
    bool m_progress = false;
    int m_active = 0;
    qint64 m_total = 0; // customers in the file, for the progress line
    qint64 m_skipped = 0; // already finished, by the state file
    qint64 m_succeeded = 0;
    qint64 m_failed = 0;
    std::optional<ExitCode> m_failureCode; // while every failure had the same one
    bool m_mixedFailures = false;
    QString m_lastError;
    // While the run lasts, messages are made in English: a customer's failure line is JSON
    // Lines for scripts, and its error comes from the client as the failure happens. The
    // messages for the reader (progress, the summary) are made in their language.
    std::optional<UntranslatedScope> m_english;
};

} // namespace ff::cli
