// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ff::sandbox {

// Where a purchase order item lives in the sandbox's data: customer, order and item positions.
// Positions stay valid because the sandbox only ever appends.
struct ItemRef
{
    qsizetype customer = -1;
    qsizetype order = -1;
    qsizetype item = -1;
};

} // namespace ff::sandbox
