// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/codec/JsonReadOptions.h"
#include "api/codec/ParseError.h"
#include "api/core/Result.h"
#include "api/dto/AccountPurchasesResponse.h"
#include "api/dto/Entitlement.h"
#include "api/dto/EntitlementV1.h"
#include "api/dto/PurchaseOrder.h"
#include "api/launcher/SandboxInfo.h"

#include <QByteArrayView>
#include <QList>

namespace ff {

// Reads an API response body straight into DTOs, without building a DOM first (simdjson's
// On-Demand parser). Numbers are read from their text, so money keeps every digit; dates keep
// their ticks and offsets; unknown fields are skipped; Json.NET's "$id"/"$ref" references and
// "$values" arrays are followed. A UTF-8 byte-order mark is skipped; a UTF-16 or UTF-32 one is
// refused by name. Anything malformed ends in a ParseError naming the field path:
// never an exception, never a value quietly left at zero.
//
// Instantiated for the bodies the API sends and receives: QList<PurchaseOrder>, PurchaseOrder,
// PurchaseOrderItem, Entitlement, EntitlementV1 and AccountPurchasesResponse; and for the
// sandbox's own description of itself, SandboxInfo.
template <class T> Result<T, ParseError> readJson(QByteArrayView json, const JsonReadOptions& options = {});

extern template Result<QList<PurchaseOrder>, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
extern template Result<PurchaseOrder, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
extern template Result<PurchaseOrderItem, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
extern template Result<Entitlement, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
extern template Result<EntitlementV1, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
extern template Result<AccountPurchasesResponse, ParseError> readJson(QByteArrayView, const JsonReadOptions&);
extern template Result<SandboxInfo, ParseError> readJson(QByteArrayView, const JsonReadOptions&);

} // namespace ff
