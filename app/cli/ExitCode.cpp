// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExitCode.h"

namespace ff::cli {

ExitCode exitCodeFor(const ApiError& error)
{
    if (error.kind == ApiError::Kind::InvalidInput)
        return ExitCode::BadInput;
    if (error.outcomeUnknown)
        return ExitCode::NetworkFailure; // a write that may have been applied, whatever the answer was
    if (error.isNotFound())
        return ExitCode::NotFound;
    if (error.isUnauthorized())
        return ExitCode::NotAuthorised;
    switch (error.kind) {
    case ApiError::Kind::Api:
    case ApiError::Kind::Http:
        return ExitCode::ApiError;
    case ApiError::Kind::Malformed:
    case ApiError::Kind::TooLarge:
        return ExitCode::MalformedResponse;
    case ApiError::Kind::InvalidInput:
        return ExitCode::BadInput;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Redirect:
        break;
    }
    return ExitCode::NetworkFailure;
}

} // namespace ff::cli
