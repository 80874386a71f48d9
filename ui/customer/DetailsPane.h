// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
#include "models/DisplayFormat.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace ff {
struct FieldRow;
}

namespace ff::ui {

// Every field of the selected order or item, as the API sent it, in the agent's locale and time
// zone. Ids and payment references have a Copy button (one click); any value can be copied
// from the context menu or with Ctrl+C.
class DetailsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget* parent = nullptr);

    void setDisplayFormat(const DisplayFormat& format) { m_format = format; }
    void showOrder(const PurchaseOrder& order, const QString& currency);
    void showItem(const PurchaseOrderItem& item, const PurchaseOrder& order, const QString& currency);
    void clear();
    // The value shown for a field, by its API name (tests, and what Copy would copy).
    QString rawValue(const QString& apiName) const;

signals:
    void copied(const QString& what);

private:
    void fill(const QString& heading, const QList<FieldRow>& rows);
    void copyCurrent();

    DisplayFormat m_format;
    QLabel* m_heading;
    QTreeWidget* m_fields;
};

} // namespace ff::ui
