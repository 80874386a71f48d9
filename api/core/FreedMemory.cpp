// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/core/FreedMemory.h"

#include <cstdlib> // defines __GLIBC__ where it is glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ff {

void FreedMemory::returnPromptly()
{
#if defined(__GLIBC__)
    // glibc's own default starting values, made fixed: blocks from 128 KiB are mapped on their
    // own, and a heap's free top past 128 KiB is given back.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024);
#endif
}

} // namespace ff
