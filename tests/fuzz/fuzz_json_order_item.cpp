// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fuzz/JsonRoundTrip.h"

// readJson<PurchaseOrderItem>: one purchase order item (the add-item request, as --item-json reads it).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return ff::fuzz::jsonRoundTrip<ff::PurchaseOrderItem>(data, size);
}
