// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/CertificateProblem.h"

#include <QString>
#include <QStringList>

namespace ff {

// Why a call did not produce its result: errors are values. kind says what went wrong in
// terms a caller can act on; message says it in plain words, and never holds a secret.
struct ApiError
{
    enum class Kind {
        InvalidInput, // refused before anything was sent (an empty name, a ".." segment...)
        Network, // connection refused, reset, host unknown, proxy failure
        Timeout, // nothing arrived within the transfer timeout
        Cancelled, // the caller cancelled it
        Tls, // the server's certificate was not trusted
        Redirect, // the server redirected to another origin, which is not followed
        Http, // an HTTP error status (401, 404, 500...), with a short excerpt of the body
        Api, // the admin API's Error envelope carried a code or a reason
        Malformed, // the body could not be read: not JSON, wrong Content-Type, invalid UTF-8...
        TooLarge, // the body exceeded the configured limit
    };

    // For InvalidInput refused because of the profile rather than what was asked: the setting
    // to put right (a window offers to enter the secret, or to edit the profile).
    enum class ProfileSetting { None, Url, Secret, ReadOnly };

    Kind kind = Kind::Network;
    ProfileSetting refusedBy = ProfileSetting::None;
    QString message;
    int httpStatus = 0; // 0 when no HTTP status arrived
    QString bodyExcerpt; // the start of an error body, tags and whitespace collapsed
    QString apiErrorCode; // from the Error envelope
    QString apiErrorReason;
    QString parsePath; // where a Malformed body went wrong, e.g. "$[3].CreateDate"
    QString requestId; // the server's X-Request-Id, when it sent one
    CertificateProblem certificate; // for Tls: where, each certificate at fault, whether it may be trusted
    int retryAfterSeconds = -1; // from a 429/503 Retry-After, when given
    // For a PUT or POST: the request may have reached the server and been applied, but no
    // answer says so: anything but a readable 2xx about this write or a 4xx (a timeout, a
    // dropped connection, a 5xx, a redirect, a 2xx that cannot be read or is about something
    // else). Never resent blindly: read back first.
    bool outcomeUnknown = false;

    static ApiError make(Kind kind, QString message)
    {
        ApiError error;
        error.kind = kind;
        error.message = std::move(message);
        return error;
    }

    // By status, whether or not an Error envelope came with it.
    bool isNotFound() const { return httpStatus == 404; }
    bool isUnauthorized() const { return httpStatus == 401 || httpStatus == 403; }

    // One line, for logs and the CLI's stderr (translated where a translator is installed).
    QString toString() const;
};

} // namespace ff
