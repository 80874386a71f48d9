// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
#include "ui/writes/WriteDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ff {
class AuditLog;
}

namespace ff::ui {

class ConnectionSession;

// Add item: the PurchaseOrderItem fields an agent sets, validated as they type; then the
// confirmation; then the PUT. itemAdded carries the whole order the server returned.
class AddItemDialog final : public WriteDialog
{
    Q_OBJECT

public:
    AddItemDialog(ConnectionSession* session, const AuditLog& audit, const PurchaseOrder& order,
        const QString& currency, const QString& customerLabel, QWidget* parent = nullptr);

    // The item as it would be sent now.
    PurchaseOrderItem item() const;
    QLineEdit* offerEdit() const { return m_offer; }
    QLineEdit* supplierRefEdit() const { return m_supplierRef; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* priceEdit() const { return m_price; }

signals:
    void itemAdded(const ff::PurchaseOrder& order);
    // The answer never came: the order must be re-read to learn whether the item was added.
    void outcomeUnknown(qint64 purchaseOrderId, const ff::PurchaseOrderItem& sent);

protected:
    QStringList problems() const override;
    QString summary() const override;
    QString requestPreview() const override;
    void perform(AuditEntry entry, Finished finished) override;

private:
    std::optional<Decimal> price() const;

    ConnectionSession* m_session;
    const AuditLog& m_audit;
    PurchaseOrder m_order;
    QString m_currency;
    QString m_customerLabel;

    QLineEdit* m_offer;
    QLineEdit* m_supplierRef;
    QLineEdit* m_title;
    QLineEdit* m_price;
    QSpinBox* m_rentalDays;
    QSpinBox* m_viewHours;
    QSpinBox* m_entitlementType;
    QComboBox* m_drmProfile;
    QComboBox* m_rating;
    QSpinBox* m_durationMinutes;
    QLineEdit* m_supportedDevices;
    QCheckBox* m_preRoll;
    QCheckBox* m_dtr;
};

} // namespace ff::ui
