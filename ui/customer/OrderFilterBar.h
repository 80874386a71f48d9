// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrderStatus.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace ff {
class OrderFilterProxyModel;
}

namespace ff::ui {

class OptionalDateEdit;

// The filters above a customer's orders: words (title, supplier ref, order, item or transaction
// id), one status, a range of creation dates, and the "refund candidates" switch (only the items
// whose refund is due or needs review). Each applies to the proxy as it changes.
class OrderFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderFilterBar(OrderFilterProxyModel* proxy, QWidget* parent = nullptr);

    // The statuses to offer, in the order given (the model's); the chosen one stays chosen if
    // it is still there.
    void setStatuses(const QList<PurchaseOrderStatus>& statuses);
    void focusFilter();
    QLineEdit* filterEdit() const { return m_text; }
    QComboBox* statusBox() const { return m_status; }
    QCheckBox* candidatesSwitch() const { return m_candidates; }
    // The switch turned the other way (its shortcut, from the window's action).
    void toggleCandidates();

private:
    OrderFilterProxyModel* m_proxy;
    QLineEdit* m_text;
    QComboBox* m_status;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QCheckBox* m_candidates;
};

} // namespace ff::ui
