// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrderStatus.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace ff {
class OrderFilterProxyModel;
}

namespace ff::ui {

class OptionalDateEdit;

// The filters above a customer's orders: words (title, supplier ref, order, item or transaction
// id), one status, and a range of creation dates. Each applies to the proxy as it changes.
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

private:
    OrderFilterProxyModel* m_proxy;
    QLineEdit* m_text;
    QComboBox* m_status;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
};

} // namespace ff::ui
