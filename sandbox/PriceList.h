// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Decimal.h"

#include <QString>

namespace ff::sandbox {

// What the admin service charges for credit in one currency (data/prices.json).
struct PriceList
{
    QString currency;
    Decimal credit; // per credit
    Decimal bulkCredit; // per credit, in the biggest pack
    Decimal topUp;
    Decimal subscription; // per month
    Decimal voucher;
};

} // namespace ff::sandbox
