// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fuzz/JsonRoundTrip.h"

// readJson<PurchaseOrder>: one purchase order (the api/Purchase response after adding an item).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return ff::fuzz::jsonRoundTrip<ff::PurchaseOrder>(data, size);
}
