// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AckLicenseCommand.h"

#include "api/audit/AuditLog.h"
#include "api/audit/AuditedWrites.h"
#include "api/client/ApiClient.h"
#include "app/cli/EntitlementOutput.h"
#include "app/cli/InputValidation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ff::cli {

QList<QCommandLineOption> AckLicenseCommand::options() const
{
    return auditOptions()
        + QList<QCommandLineOption> { { QStringLiteral("affiliate"),
                                          QCoreApplication::translate(
                                              "ff::cli::AckLicenseCommand", "Affiliate id."),
                                          QStringLiteral("N") },
              { QStringLiteral("device"),
                  QCoreApplication::translate(
                      "ff::cli::AckLicenseCommand", "The device id that received the licence."),
                  QStringLiteral("ID") },
              { QStringLiteral("item"),
                  QCoreApplication::translate("ff::cli::AckLicenseCommand", "Purchase order item id."),
                  QStringLiteral("ID") } };
}

std::optional<QString> AckLicenseCommand::validate(const QCommandLineParser& parser)
{
    const auto affiliate = InputValidation::positiveInteger(
        parser.value(QStringLiteral("affiliate")), QStringLiteral("affiliate"));
    if (!affiliate)
        return affiliate.error();
    // The page marks the device id optional, but it is a path segment: it cannot be empty.
    const QString device = parser.value(QStringLiteral("device"));
    if (const auto problem = InputValidation::pathValueProblem(device, QStringLiteral("device")))
        return problem;
    const auto item
        = InputValidation::positiveInteger(parser.value(QStringLiteral("item")), QStringLiteral("item"));
    if (!item)
        return item.error();
    m_affiliate = *affiliate;
    m_device = device;
    m_item = *item;
    readAuditOptions(parser);
    return std::nullopt;
}

void AckLicenseCommand::run(ApiClient& client, OutputFormat format, Done done)
{
    const QString what
        = QCoreApplication::translate("ff::cli::AckLicenseCommand", "ack-license of item %1").arg(m_item);
    const auto unresolved
        = [this](const AuditLog& log) { return AuditedWrites::unresolvedAcknowledgement(log, m_item); };
    if (const auto refused = refusalForUnresolved(client, unresolved, what)) {
        done(*refused);
        return;
    }
    AuditedWrites::acknowledgeLicense(client, AuditLog(), auditEntry(), m_affiliate, m_device, m_item,
        nullptr, [this, format, done](Result<EntitlementV1, ApiError> result) {
            if (result)
                done(CommandOutcome::success(EntitlementOutput::format(*result, format)));
            else if (result.error().outcomeUnknown)
                done(unknownOutcome(result.error(),
                    QCoreApplication::translate("ff::cli::AckLicenseCommand",
                        "ffconsole-cli orders --affiliate %1 --customer NAME shows whether item %2 "
                        "has LicenseAcknowledged")
                        .arg(QString::number(m_affiliate), QString::number(m_item))));
            else
                done(CommandOutcome::failure(result.error()));
        });
}

} // namespace ff::cli
