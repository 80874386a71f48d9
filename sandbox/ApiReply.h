// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/HttpResponse.h"

namespace ff::sandbox {

// What the platform API answered, and whether answering changed the data (the request log's
// "applied", and what the apply-then-drop fault is about).
struct ApiReply
{
    HttpResponse response;
    bool applied = false;
};

} // namespace ff::sandbox
