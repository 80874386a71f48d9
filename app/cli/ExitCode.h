// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/ApiError.h"

namespace ff::cli {

// The CLI's exit codes, a contract scripts rely on.
enum class ExitCode {
    Ok = 0,
    BadInput = 2, // found before any request was sent
    NotFound = 3, // HTTP 404
    NotAuthorised = 4, // HTTP 401 or 403
    ApiError = 5, // an Error envelope, or any other HTTP error
    NetworkFailure = 6, // network, TLS, redirect or timeout; a write whose outcome is unknown
    MalformedResponse = 7,
    SomeFailed = 8, // investigate --customers: some customers failed, others succeeded
    // investigate --customers: stdout could not be written (a full disk, a closed pipe); report:
    // its --out file could not be written (a folder that cannot be written to, a full disk)
    OutputFailed = 9,
};

ExitCode exitCodeFor(const ApiError& error);

} // namespace ff::cli
