// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/codec/JsonReadOptions.h"
#include "api/codec/ParseError.h"
#include "api/core/Result.h"
#include "api/dto/AccountPurchasesResponse.h"

#include <QByteArrayView>

namespace ff {

// Reads the admin accounts API's XML (application/xml, as .NET's XmlSerializer or
// DataContractSerializer writes it) into the same DTOs as the JSON, by the same field names,
// whatever their namespace and order: an element per field, an element per list item
// (<Purchases><Purchase>...), xsi:nil="true" for null, a date as ISO 8601 text or as
// DataContractSerializer's DateTimeOffset (<DateTime> in UTC and <OffsetMinutes>). A DTD is refused outright,
// so no entity, internal or external, is ever expanded.
Result<AccountPurchasesResponse, ParseError> readAccountPurchasesXml(
    QByteArrayView xml, const JsonReadOptions& options = {});

} // namespace ff
