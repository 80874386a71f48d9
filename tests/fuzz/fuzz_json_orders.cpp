// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fuzz/JsonRoundTrip.h"

// readJson<QList<PurchaseOrder>>: a customer's purchase orders (api/Customer/PurchaseOrders).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return ff::fuzz::jsonRoundTrip<QList<ff::PurchaseOrder>>(data, size);
}
