// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff::perf {

// The resident memory a purchase-orders response takes once loaded: read into DTOs, the rows
// prepared and shown in a view, the response's bytes released. Run in a process of its own, so
// that nothing else measured before has grown the heap, and printed as JSON:
// {"items", "response_bytes", "loaded_bytes", "loaded_trimmed_bytes", "bytes_per_item", "ratio"}.
// "trimmed" is after malloc_trim(0): what the data holds, without the pages the C library keeps
// from the parser's temporary buffers.
struct MemoryProbe
{
    static int run(const QString& file);
};

} // namespace ff::perf
