// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/AccountPurchasesResponse.h"
#include "api/dto/Entitlement.h"
#include "api/dto/PurchaseOrder.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ff::test {

// Responses whose every text looks like markup, as a hostile or careless server could send them:
// a title that is an <img> of /dev/zero (a label that took it for markup would read the file),
// links, formatting, entities, a table. Each value is different, so that a test can tell where
// one was taken for markup. Ids, amounts and dates are real, so that the views fill as usual.
class MarkupData final
{
public:
    static const QString Image; // <img src="/dev/zero">: an item's title
    static const QString Link; // <a href=…>: the payment provider

    // Every markup-looking value below.
    static QStringList planted();

    // Two orders of customer customerId, the first with one item, the second with two.
    static QList<PurchaseOrder> orders(const QUuid& customerId = QUuid());
    // The entitlement of the first order's item, in a box set with a sibling and a child.
    static Entitlement entitlement();
    // An account's credit purchases in a currency of markup, with billing details.
    static AccountPurchasesResponse purchases();
};

} // namespace ff::test
