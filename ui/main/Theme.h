// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ff::ui {

// The console's look: Fusion, in a light palette or a dark one.
struct Theme
{
    static void apply(bool dark);
};

} // namespace ff::ui
