// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
#include "models/MoneyInput.h"
#include "ui/writes/WriteDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ff::ui {

// Add item: the PurchaseOrderItem fields an agent sets, validated as they type; then the
// confirmation; then the PUT. itemAdded carries the whole order the server returned.
class AddItemDialog final : public WriteDialog
{
    Q_OBJECT

public:
    AddItemDialog(const WriteContext& context, const PurchaseOrder& order, const QString& currency,
        QWidget* parent = nullptr);

    // The item as it would be sent now.
    PurchaseOrderItem item() const;
    QLineEdit* offerEdit() const { return m_offer; }
    QLineEdit* supplierRefEdit() const { return m_supplierRef; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* priceEdit() const { return m_price; }

signals:
    // The order as the server returned it, and the item that was added to it.
    void itemAdded(const ff::PurchaseOrder& order, qint64 itemId);

protected:
    QStringList problems() const override;
    QString summary() const override;
    QString requestPreview() const override;
    QString writeKey() const override;
    void perform(AuditEntry entry, Finished finished) override;
    WriteReconciler::Finding judge(const QList<PurchaseOrder>& reread) const override;

private:
    // The price as typed, read by the agent's locale for the order's currency.
    Result<Decimal, MoneyInput::Error> price() const;

    PurchaseOrder m_order;
    QString m_currency;
    PurchaseOrderItem m_sent; // as it was last sent

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
