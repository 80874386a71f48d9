// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace ff {

// The filters of an account purchases call; each is sent only when set.
struct AccountPurchasesQuery
{
    std::optional<QDate> startDate;
    std::optional<QDate> endDate;
    std::optional<bool> paid; // true: only paid invoices
    QString softwareVersion;
    QString type;
    bool asXml = false; // ask for application/xml instead of JSON
};

} // namespace ff
