// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PurchasesCommand.h"

#include "api/client/ApiClient.h"
#include "app/cli/InputValidation.h"
#include "app/cli/PurchasesOutput.h"

#include <QCommandLineParser>

namespace ff::cli {

QList<QCommandLineOption> PurchasesCommand::options() const
{
    return { { QStringLiteral("account"), QStringLiteral("Account id (the customer's CustomerId)."),
                 QStringLiteral("GUID") },
        { QStringLiteral("from"), QStringLiteral("Only purchases on or after this date."),
            QStringLiteral("YYYY-MM-DD") },
        { QStringLiteral("to"), QStringLiteral("Only purchases on or before this date."),
            QStringLiteral("YYYY-MM-DD") },
        { QStringLiteral("paid"), QStringLiteral("Only paid invoices.") },
        { QStringLiteral("type"), QStringLiteral("Only purchases of this type."), QStringLiteral("T") },
        { QStringLiteral("software-version"), QStringLiteral("Software version for the XML gateway."),
            QStringLiteral("V") },
        { QStringLiteral("xml"), QStringLiteral("Ask the server for XML instead of JSON.") } };
}

std::optional<QString> PurchasesCommand::validate(const QCommandLineParser& parser)
{
    const auto account
        = InputValidation::guid(parser.value(QStringLiteral("account")), QStringLiteral("account"));
    if (!account)
        return account.error();
    m_account = *account;
    m_query = {};
    if (parser.isSet(QStringLiteral("from"))) {
        const auto from = InputValidation::date(parser.value(QStringLiteral("from")), QStringLiteral("from"));
        if (!from)
            return from.error();
        m_query.startDate = *from;
    }
    if (parser.isSet(QStringLiteral("to"))) {
        const auto to = InputValidation::date(parser.value(QStringLiteral("to")), QStringLiteral("to"));
        if (!to)
            return to.error();
        m_query.endDate = *to;
    }
    if (m_query.startDate && m_query.endDate && *m_query.startDate > *m_query.endDate)
        return QStringLiteral("--from is after --to");
    if (parser.isSet(QStringLiteral("paid")))
        m_query.paid = true;
    if (parser.isSet(QStringLiteral("type"))) {
        m_query.type = parser.value(QStringLiteral("type")).trimmed();
        if (m_query.type.isEmpty())
            return QStringLiteral("--type is empty");
    }
    if (parser.isSet(QStringLiteral("software-version"))) {
        m_query.softwareVersion = parser.value(QStringLiteral("software-version")).trimmed();
        if (m_query.softwareVersion.isEmpty())
            return QStringLiteral("--software-version is empty");
    }
    m_query.asXml = parser.isSet(QStringLiteral("xml"));
    return std::nullopt;
}

void PurchasesCommand::run(ApiClient& client, OutputFormat format, Done done)
{
    client.accountPurchases(
        m_account, m_query, nullptr, [format, done](Result<AccountPurchasesResponse, ApiError> result) {
            done(result ? CommandOutcome::success(PurchasesOutput::format(*result, format))
                        : CommandOutcome::failure(result.error()));
        });
}

} // namespace ff::cli
