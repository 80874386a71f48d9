// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/EntitlementV1.h"
#include "api/dto/PurchaseOrderItem.h"
#include "models/DisplayFormat.h"
#include "ui/writes/LicenceStates.h"
#include "ui/writes/WriteDialog.h"

#include <optional>

class QLabel;
class QLineEdit;

namespace ff::ui {

// Acknowledge licence: for the selected item (affiliate and item prefilled), the device that
// received the licence; then the confirmation; then the POST; then the entitlement it returns.
// Given the item's order (setStates), it shows the item's state before, and after the answer the
// state the returned entitlement gives: whether the rental window started.
class AckLicenceDialog final : public WriteDialog
{
    Q_OBJECT

public:
    AckLicenceDialog(const WriteContext& context, const PurchaseOrderItem& item, const DisplayFormat& format,
        QWidget* parent = nullptr);

    QLineEdit* deviceEdit() const { return m_device; }
    void setStates(const LicenceStates& states);
    QString stateBeforeText() const;

signals:
    void acknowledged(const ff::EntitlementV1& entitlement);

protected:
    QStringList problems() const override;
    QString summary() const override;
    QString requestPreview() const override;
    QString writeKey() const override;
    void perform(AuditEntry entry, Finished finished) override;
    WriteReconciler::Finding judge(const QList<PurchaseOrder>& reread) const override;

private:
    QString describe(const EntitlementV1& entitlement) const;

    PurchaseOrderItem m_item;
    DisplayFormat m_format;
    QLineEdit* m_device;
    QLabel* m_stateBefore;
    std::optional<LicenceStates> m_states;
};

} // namespace ff::ui
