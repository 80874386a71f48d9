// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/codec/JsonReader.h"
#include "api/codec/JsonWriter.h"
#include "api/codec/XmlReader.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstddef>
#include <cstdint>

// readAccountPurchasesXml: the admin API's account purchases as XML (QXmlStreamReader, DTDs
// refused). What reads is the same DTO the JSON reader makes, so it must survive the trip
// through JSON that the CLI's --format json takes, unchanged.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace ff;
    const QByteArrayView xml(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<AccountPurchasesResponse, ParseError> read = readAccountPurchasesXml(xml);
    if (!read) {
        fuzz::check(!read.error().message.isEmpty(), "a ParseError says what is wrong");
        return 0;
    }
    const QByteArray json = JsonWriter::toJson(*read);
    const Result<AccountPurchasesResponse, ParseError> reread = readJson<AccountPurchasesResponse>(json);
    fuzz::check(reread.ok(), "what the XML reader read writes as JSON that reads",
        json + "\n" + (reread ? QByteArray() : reread.error().toString().toUtf8()));
    fuzz::check(*reread == *read, "what the XML reader read is the same after a trip through JSON", json);
    return 0;
}
