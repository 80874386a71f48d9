// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/EntitlementCommand.h"

#include "api/client/ApiClient.h"
#include "app/cli/EntitlementOutput.h"
#include "app/cli/InputValidation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ff::cli {

QList<QCommandLineOption> EntitlementCommand::options() const
{
    return { { QStringLiteral("affiliate"),
                 QCoreApplication::translate("ff::cli::EntitlementCommand", "Affiliate id."),
                 QStringLiteral("N") },
        { QStringLiteral("supplier-ref"),
            QCoreApplication::translate(
                "ff::cli::EntitlementCommand", "The purchase order item's supplier ref."),
            QStringLiteral("REF") },
        { QStringLiteral("family"),
            QCoreApplication::translate(
                "ff::cli::EntitlementCommand", "Include the parent and child entitlements.") } };
}

std::optional<QString> EntitlementCommand::validate(const QCommandLineParser& parser)
{
    const auto affiliate = InputValidation::positiveInteger(
        parser.value(QStringLiteral("affiliate")), QStringLiteral("affiliate"));
    if (!affiliate)
        return affiliate.error();
    const QString ref = parser.value(QStringLiteral("supplier-ref"));
    if (const auto problem = InputValidation::pathValueProblem(ref, QStringLiteral("supplier-ref")))
        return problem;
    m_affiliate = *affiliate;
    m_supplierRef = ref;
    m_family = parser.isSet(QStringLiteral("family"));
    return std::nullopt;
}

void EntitlementCommand::run(ApiClient& client, OutputFormat format, Done done)
{
    client.entitlement(
        m_affiliate, m_supplierRef, m_family, nullptr, [format, done](Result<Entitlement, ApiError> result) {
            done(result ? CommandOutcome::success(EntitlementOutput::format(*result, format))
                        : CommandOutcome::failure(result.error()));
        });
}

} // namespace ff::cli
