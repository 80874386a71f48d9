// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/domain/CurrencyTotal.h"
#include "api/dto/CreditPurchase.h"
#include "models/DtoMetaTypes.h"
#include "models/FormattedTableModel.h"

#include <QList>
#include <vector>

namespace ff {

// An account's credit purchases, one row each, amounts shown in the row's own currency; and
// their totals per currency (CurrencyTotal::of), worked out once when the purchases are set.
class AccountPurchasesModel final : public FormattedTableModel
{
    Q_OBJECT

public:
    enum Column {
        DatePurchased,
        Invoice,
        Type,
        Quantity,
        UnitPrice,
        Net,
        Tax,
        Gross,
        Currency,
        Paid,
        Id,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // typed, as PurchaseOrderModel::SortRole
        PurchaseRole, // CreditPurchase
        FilterTextRole, // QString: lower-case type, invoice number, ID and currency
        PaidRole, // bool, invalid when unknown
        DatePurchasedRole, // DateTimeOffset, invalid when unknown
        PurchaseTypeRole, // QString, invalid when unknown
    };
    Q_ENUM(Role)

    explicit AccountPurchasesModel(QObject* parent = nullptr);

    void setPurchases(QList<CreditPurchase> purchases);
    void clear();
    const QList<CreditPurchase>& purchases() const { return m_purchases; }
    const CreditPurchase* purchaseAt(const QModelIndex& index) const;
    // Per currency, never mixed; see CurrencyTotal.
    QList<CurrencyTotal> totals() const { return m_totals; }
    // The purchase types present, each once, sorted: the choices for a type filter.
    QStringList purchaseTypes() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
    void totalsChanged();

protected:
    int rows() const override { return int(m_purchases.size()); }
    QString header(int column) const override;

private:
    QString display(const CreditPurchase& purchase, int column) const;
    QVariant sortValue(const CreditPurchase& purchase, int column) const;
    QVariant toolTip(const CreditPurchase& purchase, int column) const;

    QList<CreditPurchase> m_purchases;
    std::vector<QString> m_filterTexts; // one per row
    QList<CurrencyTotal> m_totals;
};

} // namespace ff
