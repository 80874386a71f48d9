// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {

// Why a response could not be read, and where: path is a JSONPath-like location such as
// "$[3].PurchaseOrderItemDtos[2].UnitPrice" (or an element path for XML).
struct ParseError
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

} // namespace ff
