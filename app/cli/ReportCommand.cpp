// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ReportCommand.h"

#include "api/audit/AuditLog.h"
#include "api/client/ApiClient.h"
#include "app/cli/InputValidation.h"
#include "app/cli/InvestigateSlots.h"
#include "app/cli/ReportDestination.h"
#include "models/report/CaseReportBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ff::cli {

namespace {

const QString Customer = QStringLiteral("customer");
const QString Out = QStringLiteral("out");
const QString Items = QStringLiteral("items");
const QString Ticket = QStringLiteral("ticket");
const QString Format = QStringLiteral("format");

DateTimeOffset now()
{
    return DateTimeOffset::fromQDateTime(QDateTime::currentDateTimeUtc());
}

QString joined(const QList<qint64>& ids)
{
    QStringList texts;
    for (qint64 id : ids)
        texts.append(QString::number(id));
    return texts.join(QStringLiteral(", "));
}

} // namespace

ReportCommand::ReportCommand() = default;
ReportCommand::~ReportCommand() = default;

QString ReportCommand::description() const
{
    return QCoreApplication::translate("ff::cli::ReportCommand",
        "Makes a customer's refund case report, as the console's window does: a PDF to attach, a CSV with "
        "one\n"
        "row per item, or text to paste into a ticket. The items are worked out exactly as investigate "
        "works\n"
        "them out (the same policy, instant and zone); the refund candidates are reported in full and every\n"
        "other item on a line, or with --items only those items, each in full. The decisions and writes the\n"
        "audit log holds for the customer are added (a log that cannot be read is said in the report).\n"
        "The file is readable by you only, and written whole or not at all. --out - writes to stdout (a PDF\n"
        "only to a file or a pipe). Read only: it never writes to the server. Exit 3 when an item of "
        "--items\n"
        "is not one of the customer's, 9 when the file could not be written.");
}

QList<QCommandLineOption> ReportCommand::options() const
{
    return {
        InvestigateOptions::affiliate(),
        InvestigateOptions::customer(),
        { Out, QCoreApplication::translate("ff::cli::ReportCommand", "The file to write, or - for stdout."),
            QStringLiteral("FILE") },
        { Items,
            QCoreApplication::translate("ff::cli::ReportCommand",
                "Only these item ids, each reported in full (default: the whole customer)."),
            QStringLiteral("ID,...") },
        InvestigateOptions::at(),
        InvestigateOptions::policy(),
        InvestigateOptions::entitlements(),
        { Ticket,
            QCoreApplication::translate(
                "ff::cli::ReportCommand", "The ticket or case reference the report is for."),
            QStringLiteral("REF") },
    };
}

std::optional<QString> ReportCommand::useProfile(const ConnectionProfile& profile)
{
    m_production = profile.isProduction;
    if (const std::optional<AffiliateInfo> affiliate = profile.affiliate(m_settings.affiliateId))
        m_currency = affiliate->currency;
    return m_options.useProfile(profile, m_settings);
}

std::optional<QString> ReportCommand::validate(const QCommandLineParser& parser)
{
    if (const auto problem = m_options.read(parser, m_settings))
        return problem;
    if (!parser.isSet(Customer))
        return QCoreApplication::translate("ff::cli::ReportCommand", "give --customer NAME");
    m_customer = parser.value(Customer);
    if (const auto problem = InputValidation::pathValueProblem(m_customer, Customer))
        return problem;
    // Checked against formats() before: unset here is the one way to have none.
    const std::optional<ReportDestination::Format> format
        = ReportDestination::formatNamed(parser.value(Format));
    if (!format)
        return QCoreApplication::translate(
            "ff::cli::ReportCommand", "report needs --format pdf, csv or text");
    m_destination = std::make_unique<ReportDestination>(parser.value(Out), *format);
    if (const auto problem = m_destination->problem())
        return problem;
    m_items.clear();
    if (parser.isSet(Items)) {
        for (const QString& text : parser.value(Items).split(QLatin1Char(','))) {
            const auto id = InputValidation::positiveInteger(text.trimmed(), Items);
            if (!id)
                return id.error();
            if (!m_items.contains(*id))
                m_items.append(*id);
        }
    }
    m_ticket = parser.value(Ticket);
    return std::nullopt;
}

QList<qint64> ReportCommand::unknownItems(const QList<PurchaseOrder>& orders) const
{
    QSet<qint64> known;
    for (const PurchaseOrder& order : orders) {
        for (const PurchaseOrderItem& item : order.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>()))
            known.insert(item.id.value_or(0));
    }
    QList<qint64> unknown;
    for (qint64 id : m_items) {
        if (!known.contains(id))
            unknown.append(id);
    }
    return unknown;
}

QString ReportCommand::scope() const
{
    if (m_items.isEmpty())
        return QCoreApplication::translate("ff::cli::ReportCommand",
            "The whole customer: the refund candidates in full, every other item on a line");
    return QCoreApplication::translate(
        "ff::cli::ReportCommand", "%n chosen item(s), each in full: %1", nullptr, int(m_items.size()))
        .arg(joined(m_items));
}

CaseReportRequest ReportCommand::requestOf(const InvestigateFetch::Data& data, const QString& serverUrl) const
{
    CaseReportRequest request;
    CaseReport::Header& header = request.header;
    header.affiliateId = m_settings.affiliateId;
    header.customer = m_customer;
    header.ticket = m_ticket;
    header.agentAccount = AuditLog::currentOperatingSystemUser();
    header.profile = m_profileName;
    header.production = m_production;
    header.serverUrl = serverUrl;
    header.fetched.append(
        { QCoreApplication::translate("ff::cli::ReportCommand", "Orders"), data.ordersFetchedAt });
    if (data.entitlementsFetchedAt)
        header.fetched.append({ QCoreApplication::translate("ff::cli::ReportCommand", "Entitlements"),
            *data.entitlementsFetchedAt });
    header.at = m_settings.at;
    header.asOfSet = m_options.asOf().has_value();
    header.appVersion = QStringLiteral(FFCONSOLE_VERSION);
    header.madeAt = now();
    header.scope = scope();

    request.orders = data.orders;
    request.policy = m_settings.policy;
    request.zone = m_settings.zone;
    request.locale = m_settings.locale;
    request.currency = m_currency;
    request.entitlementFor = data.entitlementFor();
    if (!m_items.isEmpty())
        request.itemIds = QSet<qint64>(m_items.cbegin(), m_items.cend());
    const AuditLog log;
    if (Result<AuditLogContents, QString> audit = log.read())
        request.audit = std::move(audit).value();
    else
        request.auditProblem = QStringLiteral("%1: %2").arg(log.path(), audit.error()); // the report says it
    return request;
}

void ReportCommand::run(ApiClient& client, OutputFormat format, Done done)
{
    Q_UNUSED(format); // --format is the report's own: pdf, csv or text
    m_settings.at = m_options.instant();
    // Before anything is sent: a folder that cannot be written to costs no request.
    if (const std::optional<CommandOutcome> failed = m_destination->open()) {
        done(*failed);
        return;
    }
    const QString serverUrl = CaseReportRequest::serverOf(client.settings().platformUrl);
    m_slots = std::make_unique<InvestigateSlots>(m_settings.concurrency);
    InvestigateFetch::start(client, *m_slots, m_settings.affiliateId, m_customer, m_settings.entitlements,
        [this, serverUrl, done](Result<InvestigateFetch::Data, ApiError> result) {
            if (!result) {
                done(CommandOutcome::failure(result.error()));
                return;
            }
            if (const QList<qint64> unknown = unknownItems(result->orders); !unknown.isEmpty()) {
                done(CommandOutcome::failure(ExitCode::NotFound,
                    QCoreApplication::translate("ff::cli::ReportCommand",
                        "--items: %1 not among the items of customer \"%2\" of affiliate %3")
                        .arg(joined(unknown), m_customer, QString::number(m_settings.affiliateId))));
                return;
            }
            const std::optional<CaseReport> report = CaseReportBuilder::build(requestOf(*result, serverUrl));
            done(report ? m_destination->write(*report)
                        : CommandOutcome::failure(ExitCode::OutputFailed,
                            QCoreApplication::translate("ff::cli::ReportCommand", "no report was made")));
        });
}

} // namespace ff::cli
