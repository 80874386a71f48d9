// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PurchasesCommand.h"

#include "api/client/ApiClient.h"
#include "app/cli/InputValidation.h"
#include "app/cli/PurchasesOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ff::cli {

QList<QCommandLineOption> PurchasesCommand::options() const
{
    return { { QStringLiteral("account"),
                 QCoreApplication::translate(
                     "ff::cli::PurchasesCommand", "Account id (the customer's CustomerId)."),
                 QStringLiteral("GUID") },
        { QStringLiteral("from"),
            QCoreApplication::translate("ff::cli::PurchasesCommand", "Only purchases on or after this date."),
            QStringLiteral("YYYY-MM-DD") },
        { QStringLiteral("to"),
            QCoreApplication::translate(
                "ff::cli::PurchasesCommand", "Only purchases on or before this date."),
            QStringLiteral("YYYY-MM-DD") },
        { QStringLiteral("paid"),
            QCoreApplication::translate("ff::cli::PurchasesCommand", "Only paid invoices.") },
        { QStringLiteral("type"),
            QCoreApplication::translate("ff::cli::PurchasesCommand", "Only purchases of this type."),
            QStringLiteral("T") },
        { QStringLiteral("software-version"),
            QCoreApplication::translate("ff::cli::PurchasesCommand", "Software version for the XML gateway."),
            QStringLiteral("V") },
        { QStringLiteral("xml"),
            QCoreApplication::translate(
                "ff::cli::PurchasesCommand", "Ask the server for XML instead of JSON.") } };
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
        return QCoreApplication::translate("ff::cli::PurchasesCommand", "--from is after --to");
    if (parser.isSet(QStringLiteral("paid")))
        m_query.paid = true;
    if (parser.isSet(QStringLiteral("type"))) {
        m_query.type = parser.value(QStringLiteral("type")).trimmed();
        if (m_query.type.isEmpty())
            return QCoreApplication::translate("ff::cli::PurchasesCommand", "--type is empty");
    }
    if (parser.isSet(QStringLiteral("software-version"))) {
        m_query.softwareVersion = parser.value(QStringLiteral("software-version")).trimmed();
        if (m_query.softwareVersion.isEmpty())
            return QCoreApplication::translate("ff::cli::PurchasesCommand", "--software-version is empty");
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
