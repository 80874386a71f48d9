#include "app/cli/AckLicenseCommand.h"

#include "api/audit/AuditLog.h"
#include "api/audit/AuditedWrites.h"
#include "api/client/ApiClient.h"
#include "app/cli/EntitlementOutput.h"
#include "app/cli/InputValidation.h"

#include <QCommandLineParser>

namespace ff::cli {

QList<QCommandLineOption> AckLicenseCommand::options() const
{
    return { { QStringLiteral("ticket"), QStringLiteral("Ticket or case reference, kept in the audit log."), QStringLiteral("REF") },
             { QStringLiteral("reason"), QStringLiteral("Why the change is made, kept in the audit log."), QStringLiteral("TEXT") },
             { QStringLiteral("affiliate"), QStringLiteral("Affiliate id."), QStringLiteral("N") },
             { QStringLiteral("device"), QStringLiteral("The device id that received the licence."), QStringLiteral("ID") },
             { QStringLiteral("item"), QStringLiteral("Purchase order item id."), QStringLiteral("ID") } };
}

std::optional<QString> AckLicenseCommand::validate(const QCommandLineParser& parser)
{
    const auto affiliate = InputValidation::positiveInteger(parser.value(QStringLiteral("affiliate")), QStringLiteral("affiliate"));
    if (!affiliate)
        return affiliate.error();
    // The page marks the device id optional, but it is a path segment: it cannot be empty.
    const QString device = parser.value(QStringLiteral("device"));
    if (const auto problem = InputValidation::pathValueProblem(device, QStringLiteral("device")))
        return problem;
    const auto item = InputValidation::positiveInteger(parser.value(QStringLiteral("item")), QStringLiteral("item"));
    if (!item)
        return item.error();
    m_affiliate = *affiliate;
    m_device = device;
    m_item = *item;
    m_ticket = parser.value(QStringLiteral("ticket")).trimmed();
    m_reason = parser.value(QStringLiteral("reason")).trimmed();
    return std::nullopt;
}

AuditEntry AckLicenseCommand::auditEntry() const
{
    AuditEntry entry;
    entry.profile = m_profileName;
    entry.ticket = m_ticket;
    entry.reason = m_reason;
    entry.source = QStringLiteral("cli");
    return entry;
}

void AckLicenseCommand::run(ApiClient& client, OutputFormat format, Done done)
{
    AuditedWrites::acknowledgeLicense(client, AuditLog(), auditEntry(), m_affiliate, m_device, m_item, nullptr,
                                      [format, done](Result<EntitlementV1, ApiError> result) {
        done(result ? CommandOutcome::success(EntitlementOutput::format(*result, format)) : CommandOutcome::failure(result.error()));
    });
}

} // namespace ff::cli
