// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ff {

// How freed memory goes back to the system, set once at a program's start. glibc's default
// raises the size from which a block is mapped on its own each time a large one is freed, so a
// console that has loaded a big customer once keeps megabytes of freed memory in the heaps of
// its worker threads, which malloc_trim() cannot reach: 10 000 items measured a third more
// resident memory on one run than on another. A fixed threshold keeps large blocks mapped on
// their own (given back when freed) and lets the threads' heaps shrink.
class FreedMemory final
{
public:
    static void returnPromptly();
};

} // namespace ff
