// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Entitlement.h"
#include "api/dto/PurchaseOrder.h"
#include "models/CardSubject.h"
#include "models/DisplayFormat.h"
#include "models/InvestigationContext.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QSplitter;
class QTreeWidget;

namespace ff {
struct FieldRow;
class PurchaseOrderModel;
} // namespace ff

namespace ff::ui {

class InvestigationCard;

// An item's refund investigation card at the top (InvestigationCard), then every field of the selected order
// or item, as the API sent it, in the agent's locale and time zone. Ids and payment references have a Copy
// button (one click); any value can be copied from the context menu or with Ctrl+C.
class DetailsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget* parent = nullptr);

    void setDisplayFormat(const DisplayFormat& format) { m_format = format; }
    // Where the card finds the item's title's other purchases, and records decisions.
    void setInvestigationSource(const PurchaseOrderModel* model, const CardSubject& subject);
    void setInvestigationContext(const InvestigationContext& context);
    const InvestigationContext& investigationContext() const;
    // The selected item's title's current entitlement, once fetched: the card refines its answer.
    void showEntitlement(const Entitlement& entitlement);
    InvestigationCard* card() const { return m_card; }
    void showOrder(const PurchaseOrder& order, const QString& currency);
    void showItem(const PurchaseOrderItem& item, const PurchaseOrder& order, const QString& currency);
    void clear();
    // The value shown for a field, by its API name (tests, and what Copy would copy).
    QString rawValue(const QString& apiName) const;

signals:
    void copied(const QString& what);
    // The agent set the card's "as of" (or went back to now).
    void investigationContextChanged(const ff::InvestigationContext& context);

private:
    void fill(const QString& heading, const QList<FieldRow>& rows);
    void copyCurrent();

    DisplayFormat m_format;
    const PurchaseOrderModel* m_orders = nullptr;
    QSplitter* m_split;
    InvestigationCard* m_card;
    QScrollArea* m_cardArea;
    QLabel* m_heading;
    QTreeWidget* m_fields;
};

} // namespace ff::ui
