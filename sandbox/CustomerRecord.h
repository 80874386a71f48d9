// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/AccountPurchasesDetail.h"
#include "api/dto/PurchaseOrder.h"
#include "api/dto/RegisteredDevice.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace ff::sandbox {

// One customer of one affiliate, as the platform knows them: login, devices, purchase orders and
// the admin service's account (whose id is the CustomerId).
struct CustomerRecord
{
    int affiliateId = 0;
    QString username;
    QString email;
    QString fullName;
    QUuid customerId;
    QList<RegisteredDevice> devices;
    QList<PurchaseOrder> orders; // ascending by Id, as the platform returns them
    AccountPurchasesDetail account; // every credit purchase; filters apply when asked
    // What the customer's orders were laid out to show ("refunds": RefundShowcase), for
    // /_sandbox/info; empty for everyone else.
    QString showcase;
    // Bumped by every write to this customer, so that cached responses can tell they are stale.
    quint64 revision = 0;
};

} // namespace ff::sandbox
