// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
#include "app/cli/OutputFormat.h"

#include <QByteArray>
#include <QList>

namespace ff::cli {

// Purchase orders in each output format: the API's JSON array, one CSV row per item with the
// order's columns repeated, or a table an agent can read.
struct OrderOutput
{
    static QByteArray format(const QList<PurchaseOrder>& orders, OutputFormat format);
    // One order (what add-item returns): a JSON object rather than an array.
    static QByteArray format(const PurchaseOrder& order, OutputFormat format);
};

} // namespace ff::cli
