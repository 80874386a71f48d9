#pragma once

#include "api/dto/PurchaseOrderItem.h"
#include "api/audit/AuditEntry.h"
#include "app/cli/Command.h"

namespace ff::cli {

// add-item --order ID --item-json FILE|-: add an item to a purchase order (a write).
class AddItemCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("add-item"); }
    QString summary() const override { return QStringLiteral("add an item to a purchase order"); }
    QList<QCommandLineOption> options() const override;
    std::optional<QString> validate(const QCommandLineParser& parser) override;
    bool isWrite() const override { return true; }
    void run(ApiClient& client, OutputFormat format, Done done) override;

private:
    AuditEntry auditEntry() const;

    qint64 m_order = 0;
    PurchaseOrderItem m_item;
    QString m_ticket;
    QString m_reason;
};

} // namespace ff::cli
