// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/InvestigateCommand.h"

#include "app/cli/InputValidation.h"
#include "app/cli/InvestigateFetch.h"
#include "app/cli/InvestigateList.h"
#include "app/cli/InvestigateOptions.h"
#include "app/cli/InvestigateSlots.h"
#include "app/cli/InvestigateStateFile.h"
#include "app/cli/InvestigationOutput.h"
#include "app/cli/UntranslatedScope.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace ff::cli {

namespace {

const QString Customer = QStringLiteral("customer");
const QString Customers = QStringLiteral("customers");
const QString CandidatesOnly = QStringLiteral("candidates-only");
const QString Concurrency = QStringLiteral("concurrency");
const QString State = QStringLiteral("state");
constexpr qint64 MaxConcurrency = 32;

} // namespace

InvestigateCommand::InvestigateCommand() = default;
InvestigateCommand::~InvestigateCommand() = default;

QString InvestigateCommand::description() const
{
    return QCoreApplication::translate("ff::cli::InvestigateCommand",
        "Investigates refunds: each item's state, refund signals and verdict, from the same rules as the\n"
        "console's window. Read only: it never writes to the server.\n"
        "With --profile, the affiliate's refund policy and time zone are the profile's, as in the window\n"
        "(--policy wins over the profile's policy); without, the built-in policy and this machine's zone.\n"
        "Sentences name the zone of their dates. Formats: table, json, csv, or jsonl (one JSON object a\n"
        "line).\n"
        "With --customers, one JSON line per item as each customer completes, and one line\n"
        "{\"Customer\", \"Error\", \"ExitCode\"} for a customer that failed; the run goes on. Exit 0 when\n"
        "every customer succeeded, 8 when some failed, and when none succeeded and all failed alike, the\n"
        "code one alone would have given; 9 when stdout could not be written (the customers whose lines\n"
        "did not get out are not recorded in --state).");
}

QList<QCommandLineOption> InvestigateCommand::options() const
{
    return {
        InvestigateOptions::affiliate(),
        InvestigateOptions::customer(),
        { Customers,
            QCoreApplication::translate("ff::cli::InvestigateCommand",
                "A list of customers, one a line, instead of --customer; written as JSON Lines "
                "(--format jsonl) as each customer completes."),
            QStringLiteral("FILE") },
        InvestigateOptions::at(),
        InvestigateOptions::policy(),
        { CandidatesOnly,
            QCoreApplication::translate(
                "ff::cli::InvestigateCommand", "Only the refund candidates (verdict due or review).") },
        InvestigateOptions::entitlements(),
        { Concurrency,
            QCoreApplication::translate(
                "ff::cli::InvestigateCommand", "Requests in flight at once, 1 to 32 (default 4)."),
            QStringLiteral("K") },
        { State,
            QCoreApplication::translate("ff::cli::InvestigateCommand",
                "With --customers: records the customers that succeeded, so that a rerun with "
                "the same file skips them (with the same --at, policy, --entitlements and "
                "--candidates-only: other options are refused)."),
            QStringLiteral("FILE") },
    };
}

std::optional<QString> InvestigateCommand::useProfile(const ConnectionProfile& profile)
{
    return m_options.useProfile(profile, m_settings);
}

std::optional<QString> InvestigateCommand::validate(const QCommandLineParser& parser)
{
    if (const auto problem = m_options.read(parser, m_settings))
        return problem;
    if (parser.isSet(Customer) == parser.isSet(Customers))
        return QCoreApplication::translate(
            "ff::cli::InvestigateCommand", "give either --customer NAME or --customers FILE");
    if (parser.isSet(Concurrency)) {
        const auto k = InputValidation::positiveInteger(parser.value(Concurrency), Concurrency);
        if (!k || *k > MaxConcurrency)
            return QCoreApplication::translate("ff::cli::InvestigateCommand",
                "--concurrency must be a whole number from 1 to %1, not \"%2\"")
                .arg(MaxConcurrency)
                .arg(parser.value(Concurrency));
        m_settings.concurrency = int(*k);
    }
    m_settings.candidatesOnly = parser.isSet(CandidatesOnly);
    m_jsonLines = parser.value(QStringLiteral("format")) == QLatin1String("jsonl");
    if (parser.isSet(Customers))
        return validateList(parser);
    if (parser.isSet(State))
        return QCoreApplication::translate(
            "ff::cli::InvestigateCommand", "--state goes with --customers: it records a list's progress");
    m_customer = parser.value(Customer);
    return InputValidation::pathValueProblem(m_customer, Customer);
}

std::optional<QString> InvestigateCommand::validateList(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("format")) && !m_jsonLines)
        return QCoreApplication::translate("ff::cli::InvestigateCommand",
            "--customers writes JSON Lines, one line per item as each customer completes: "
            "use --format jsonl");
    m_jsonLines = true;
    m_customersFile = parser.value(Customers);
    QFile file(m_customersFile);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("ff::cli::InvestigateCommand", "cannot read --customers %1: %2")
            .arg(m_customersFile, file.errorString());
    m_stateFile = parser.value(State);
    return std::nullopt;
}

void InvestigateCommand::run(ApiClient& client, OutputFormat format, Done done)
{
    m_settings.at = m_options.instant();
    if (m_customersFile.isEmpty()) {
        runOne(client, format, std::move(done));
        return;
    }
    // Opened here rather than in validate(), which must leave no trace (it may make the file), but
    // still before anything is sent.
    std::unique_ptr<InvestigateStateFile> state;
    if (!m_stateFile.isEmpty()) {
        auto opened = InvestigateStateFile::open(m_stateFile, m_settings.affiliateId,
            InvestigateStateFile::optionsOf(
                m_settings, m_options.asOf().has_value(), m_options.policyFile()));
        if (!opened) {
            done(CommandOutcome::failure(ExitCode::BadInput, opened.error()));
            return;
        }
        state = std::move(opened).value();
    }
    m_list = std::make_unique<InvestigateList>(client, m_settings, m_customersFile, std::move(state), done);
    m_list->start();
}

void InvestigateCommand::runOne(ApiClient& client, OutputFormat format, Done done)
{
    m_slots = std::make_unique<InvestigateSlots>(m_settings.concurrency);
    InvestigateFetch::start(client, *m_slots, m_settings.affiliateId, m_customer, m_settings.entitlements,
        [this, format, done](Result<InvestigateFetch::Data, ApiError> result) {
            if (!result) {
                done(CommandOutcome::failure(result.error()));
                return;
            }
            QByteArray bytes;
            {
                // What scripts read is in English whatever the locale; the table is for people.
                const UntranslatedScope english(m_jsonLines || format != OutputFormat::Table);
                const RefundSentences sentences(m_settings.locale, m_settings.zone);
                const InvestigationOutput output({ m_settings.affiliateId, m_customer }, sentences);
                const std::vector<ItemInvestigation> items = result->investigate(m_settings);
                bytes = m_jsonLines ? output.jsonLines(items) : output.format(items, format);
            }
            done(CommandOutcome::success(bytes));
        });
}

} // namespace ff::cli
