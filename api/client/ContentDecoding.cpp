// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/ContentDecoding.h"

#include <QCoreApplication>
#include <zlib.h>

namespace ff {

namespace {

// windowBits for inflateInit2: 15 + 32 reads a zlib or a gzip header, whichever is there;
// -15 reads raw deflate, which some servers send for "deflate" although the standard says zlib.
ContentDecoding inflateWith(const QByteArray& body, int windowBits, qint64 maxBytes)
{
    ContentDecoding result;
    z_stream stream {};
    if (inflateInit2(&stream, windowBits) != Z_OK)
        return { ContentDecoding::Outcome::Damaged, {},
            QCoreApplication::translate("ff::ContentDecoding", "the decompressor could not start") };
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.constData()));
    stream.avail_in = uInt(body.size());
    result.body.reserve(qMin<qint64>(qint64(body.size()) * 8 + 1024, maxBytes + 1));
    char chunk[256 * 1024];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk);
        stream.avail_out = sizeof chunk;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        result.body.append(chunk, qsizetype(sizeof chunk - stream.avail_out));
        if (result.body.size() > maxBytes) {
            inflateEnd(&stream);
            return { ContentDecoding::Outcome::TooLarge, {},
                QCoreApplication::translate(
                    "ff::ContentDecoding", "the response inflates to more than the %1 MB limit")
                    .arg(maxBytes / (1024 * 1024)) };
        }
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            break; // all input used, and the stream has not ended: cut short
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return { ContentDecoding::Outcome::Damaged, {},
            QCoreApplication::translate(
                "ff::ContentDecoding", "the compressed response is damaged or cut short") };
    return result;
}

} // namespace

ContentDecoding ContentDecoding::decode(const QByteArray& body, const QByteArray& encoding, qint64 maxBytes)
{
    if (encoding.isEmpty() || encoding == "identity")
        return { Outcome::Decoded, body, {} };
    if (encoding != "gzip" && encoding != "x-gzip" && encoding != "deflate")
        return { Outcome::Damaged, {},
            QCoreApplication::translate(
                "ff::ContentDecoding", "the response is encoded as \"%1\", which is not understood")
                .arg(QString::fromLatin1(encoding)) };
    ContentDecoding decoded = inflateWith(body, 15 + 32, maxBytes);
    if (decoded.outcome == Outcome::Damaged && encoding == "deflate") {
        ContentDecoding raw = inflateWith(body, -15, maxBytes);
        if (raw.outcome != Outcome::Damaged)
            return raw;
    }
    return decoded;
}

} // namespace ff
