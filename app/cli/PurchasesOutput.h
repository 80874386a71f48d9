// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/AccountPurchasesResponse.h"
#include "app/cli/OutputFormat.h"

#include <QByteArray>

namespace ff::cli {

// An account's credit purchases: the API's response object with a "Totals" array beside it
// (one entry per currency), one CSV row per purchase, or a table with totals under it.
struct PurchasesOutput
{
    static QByteArray format(const AccountPurchasesResponse& response, OutputFormat format);
};

} // namespace ff::cli
