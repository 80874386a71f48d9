// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/codec/JsonReader.h"
#include "api/codec/JsonWriter.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstddef>
#include <cstdint>

namespace ff::fuzz {

// The body of every JSON reader's fuzzer: read the bytes as T, which must end in a value or a
// ParseError and nothing else (no crash, no undefined behaviour, no leak). Whatever reads must
// write back, as the CLI's --format json and the sandbox do, and read again to the same value;
// written in UTC milliseconds (which drops ticks and offsets) it must still read.
template <class T> int jsonRoundTrip(const uint8_t* data, size_t size)
{
    const QByteArrayView json(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<T, ParseError> read = readJson<T>(json);
    if (!read) {
        check(!read.error().message.isEmpty(), "a ParseError says what is wrong");
        return 0;
    }
    for (const bool indented : { false, true }) {
        JsonWriteOptions options;
        options.indented = indented;
        const QByteArray written = JsonWriter::toJson(*read, options);
        const Result<T, ParseError> reread = readJson<T>(written);
        check(reread.ok(), "what was read writes back as JSON that reads",
            written + "\n" + (reread ? QByteArray() : reread.error().toString().toUtf8()));
        check(*reread == *read, "what was read, written and read again is the same value", written);
    }
    JsonWriteOptions utc;
    utc.dates = JsonWriteOptions::Dates::UtcMilliseconds;
    const QByteArray written = JsonWriter::toJson(*read, utc);
    const Result<T, ParseError> reread = readJson<T>(written);
    check(reread.ok(), "what was read writes back in UTC milliseconds as JSON that reads",
        written + "\n" + (reread ? QByteArray() : reread.error().toString().toUtf8()));
    return 0;
}

} // namespace ff::fuzz
