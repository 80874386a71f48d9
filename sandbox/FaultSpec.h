// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Result.h"
#include "sandbox/HttpRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <utility>

namespace ff::sandbox {

// One queued fault from POST /_sandbox/faults: which requests it catches (method, a piece of
// the path), how many times, and what it does to them.
struct FaultSpec
{
    enum class Kind {
        Delay, // wait, then answer normally
        Status, // answer with this status (and body, content type, headers) instead
        Hang, // never answer
        Drop, // close without answering, before any write is applied
        ApplyThenDrop, // apply the write, then close without answering
        Truncate, // full Content-Length, half the body, close
        ResetMidBody, // headers and part of the body, then a TCP reset
        WrongContentType, // the normal body as text/html
        InvalidUtf8, // the normal JSON with invalid UTF-8 inside a string value
        Oversize, // 200 with a JSON body of this many bytes, streamed
        Redirect, // 302 to this location
        Trickle, // the normal answer, its body sent at bytesPerSecond
        // Answers to a write that leave its outcome unknown although the write was applied:
        ApplyThenStatus, // apply the write, then answer this status (and body) instead: 502, 200 "{}"...
        ApplySlowly, // wait ms, then apply the write and answer, whether or not the client still waits
        SeeOther, // apply the write, then 303 to this location (default: the request's own URL)
    };

    Kind kind = Kind::Status;
    QByteArray method; // empty: any
    QString pathContains; // empty: any; compared case-insensitively
    int count = 1;
    int delayMs = 0;
    int status = 500;
    std::optional<QByteArray> contentType;
    std::optional<QByteArray> body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    qint64 bytes = 0;
    QByteArray location;
    qint64 bytesPerSecond = 0;

    static Result<FaultSpec, QString> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    static QString kindName(Kind kind);
    // Whether the fault holds the answer back for delayMs (delay, apply-slowly).
    bool waits() const { return kind == Kind::Delay || kind == Kind::ApplySlowly; }
    // True when the fault answers instead of the API, so that no write is applied.
    bool replacesAnswer() const;
    bool matches(const HttpRequest& request) const;
};

} // namespace ff::sandbox
