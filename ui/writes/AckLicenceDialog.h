// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/EntitlementV1.h"
#include "api/dto/PurchaseOrderItem.h"
#include "models/DisplayFormat.h"
#include "ui/writes/WriteDialog.h"

class QLineEdit;

namespace ff {
class AuditLog;
}

namespace ff::ui {

class ConnectionSession;

// Acknowledge licence: for the selected item (affiliate and item prefilled), the device that
// received the licence; then the confirmation; then the POST; then the entitlement it returns.
class AckLicenceDialog final : public WriteDialog
{
    Q_OBJECT

public:
    AckLicenceDialog(ConnectionSession* session, const AuditLog& audit, qint64 affiliateId,
        const PurchaseOrderItem& item, const DisplayFormat& format, QWidget* parent = nullptr);

    QLineEdit* deviceEdit() const { return m_device; }

signals:
    void acknowledged(const ff::EntitlementV1& entitlement);
    void outcomeUnknown(qint64 purchaseOrderItemId);

protected:
    QStringList problems() const override;
    QString summary() const override;
    QString requestPreview() const override;
    void perform(AuditEntry entry, Finished finished) override;

private:
    QString describe(const EntitlementV1& entitlement) const;

    ConnectionSession* m_session;
    const AuditLog& m_audit;
    qint64 m_affiliateId;
    PurchaseOrderItem m_item;
    DisplayFormat m_format;
    QLineEdit* m_device;
};

} // namespace ff::ui
