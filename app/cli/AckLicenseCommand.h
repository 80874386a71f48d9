#pragma once

#include "api/audit/AuditEntry.h"
#include "app/cli/Command.h"

namespace ff::cli {

// ack-license --affiliate N --device ID --item ID: acknowledge that a device received a
// licence (a write).
class AckLicenseCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("ack-license"); }
    QString summary() const override { return QStringLiteral("acknowledge a licence a device received"); }
    QList<QCommandLineOption> options() const override;
    std::optional<QString> validate(const QCommandLineParser& parser) override;
    bool isWrite() const override { return true; }
    void run(ApiClient& client, OutputFormat format, Done done) override;

private:
    AuditEntry auditEntry() const;

    qint64 m_affiliate = 0;
    QString m_device;
    qint64 m_item = 0;
    QString m_ticket;
    QString m_reason;
};

} // namespace ff::cli
