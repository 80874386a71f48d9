// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/codec/JsonReader.h"

#include "api/codec/ByteOrderMark.h"
#include "api/codec/json/JsonDecoder.h"

#include <QCoreApplication>
#include <simdjson.h>

namespace ff {

namespace {

using json::DecodeFailure;
using json::Decoder;
namespace od = simdjson::ondemand;

ParseError truncatedOr(QByteArrayView json, ParseError error)
{
    if (json::endsTooSoon(json))
        return ParseError { QStringLiteral("$"),
            QCoreApplication::translate("ff::JsonReader", "the JSON ends too soon (truncated?)") };
    return error;
}

} // namespace

template <class T> Result<T, ParseError> readJson(QByteArrayView json, const JsonReadOptions& options)
{
    const ByteOrderMark mark = ByteOrderMark::at(json);
    if (mark.isUtf8())
        json = json.sliced(mark.length);
    else if (mark.length > 0)
        return ParseError { QStringLiteral("$"),
            QCoreApplication::translate("ff::JsonReader",
                "the text is %1: it starts with that encoding's byte-order mark (BOM), and JSON is read "
                "only as UTF-8 (save it as UTF-8)")
                .arg(mark.encoding) };
    Decoder decoder(options);
    try {
        // simdjson reads past the end of its input by design, so it gets a padded copy.
        const simdjson::padded_string padded(json.data(), size_t(json.size()));
        od::parser parser;
        od::document document = parser.iterate(padded);
        T result;
        decoder.read(document.get_value(), result);
        const char* trailing = nullptr;
        if (document.current_location().get(trailing) == simdjson::SUCCESS)
            return ParseError { QStringLiteral("$"),
                QCoreApplication::translate("ff::JsonReader", "there is more after the JSON value") };
        return result;
    } catch (const DecodeFailure& failure) {
        return truncatedOr(json, ParseError { failure.path, failure.message });
    } catch (const simdjson::simdjson_error& error) {
        return truncatedOr(
            json, ParseError { decoder.currentPath(), json::describeSimdjsonError(error.error()) });
    } catch (const std::bad_alloc&) {
        return ParseError { decoder.currentPath(),
            QCoreApplication::translate("ff::JsonReader", "the body is too large to read") };
    }
}

template Result<QList<PurchaseOrder>, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
template Result<PurchaseOrder, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
template Result<PurchaseOrderItem, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
template Result<Entitlement, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
template Result<EntitlementV1, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
template Result<AccountPurchasesResponse, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
template Result<SandboxInfo, ParseError> readJson(QByteArrayView, const JsonReadOptions&);

} // namespace ff
