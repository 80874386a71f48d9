// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/OrdersCommand.h"

#include "api/client/ApiClient.h"
#include "app/cli/InputValidation.h"
#include "app/cli/OrderOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ff::cli {

QList<QCommandLineOption> OrdersCommand::options() const
{
    return { { QStringLiteral("affiliate"),
                 QCoreApplication::translate("ff::cli::OrdersCommand", "Affiliate id."),
                 QStringLiteral("N") },
        { QStringLiteral("customer"),
            QCoreApplication::translate("ff::cli::OrdersCommand", "Customer name or email address."),
            QStringLiteral("NAME_OR_EMAIL") } };
}

std::optional<QString> OrdersCommand::validate(const QCommandLineParser& parser)
{
    const auto customer = InputValidation::customer(parser);
    if (!customer)
        return customer.error();
    m_affiliate = customer->affiliateId;
    m_customer = customer->name;
    return std::nullopt;
}

void OrdersCommand::run(ApiClient& client, OutputFormat format, Done done)
{
    client.purchaseOrders(
        m_affiliate, m_customer, nullptr, [format, done](Result<QList<PurchaseOrder>, ApiError> result) {
            done(result ? CommandOutcome::success(OrderOutput::format(*result, format))
                        : CommandOutcome::failure(result.error()));
        });
}

} // namespace ff::cli
