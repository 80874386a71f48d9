// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/domain/NewItemRules.h"

#include <QCoreApplication>

namespace ff {

QList<NewItemRules::Problem> NewItemRules::problems(const PurchaseOrderItem& item, qint64 purchaseOrderId)
{
    QList<Problem> problems;
    if (!item.offerId || *item.offerId <= 0)
        problems.append({ QStringLiteral("OfferId"),
            QCoreApplication::translate("ff::NewItemRules", "must be a positive number") });
    if (!item.supplierRef || item.supplierRef->trimmed().isEmpty())
        problems.append({ QStringLiteral("SupplierRef"),
            QCoreApplication::translate("ff::NewItemRules", "must not be empty") });
    else if (*item.supplierRef == QLatin1String(".") || *item.supplierRef == QLatin1String(".."))
        problems.append({ QStringLiteral("SupplierRef"),
            QCoreApplication::translate("ff::NewItemRules", "cannot be \".\" or \"..\"") });
    if (!item.unitPrice)
        problems.append(
            { QStringLiteral("UnitPrice"), QCoreApplication::translate("ff::NewItemRules", "is required") });
    else if (item.unitPrice->isNegative())
        problems.append({ QStringLiteral("UnitPrice"),
            QCoreApplication::translate("ff::NewItemRules", "must not be negative") });
    if (item.purchaseOrderId && *item.purchaseOrderId != purchaseOrderId)
        problems.append({ QStringLiteral("PurchaseOrderId"),
            QCoreApplication::translate("ff::NewItemRules", "is %1, but the item is being added to order %2")
                .arg(*item.purchaseOrderId)
                .arg(purchaseOrderId) });
    return problems;
}

} // namespace ff
