// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ff {

struct JsonWriteOptions
{
    enum class Dates {
        AsRead, // the same offset and precision as read, as the API writes them
        UtcMilliseconds, // ISO 8601 in UTC with milliseconds and "Z", for scripts
    };
    Dates dates = Dates::AsRead;
    bool indented = false;
};

} // namespace ff
