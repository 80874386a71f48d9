// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/AccountPurchasesResponse.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ff {

// The account's billing contact as rows of a case report's header, by the admin service's
// answer: only when the agent asks for them (a decision rarely needs an address or a phone
// number, and a report travels). A value the service did not send reads "—".
class CaseReportBilling final
{
    Q_DECLARE_TR_FUNCTIONS(ff::CaseReportBilling)

public:
    static QList<std::pair<QString, QString>> rows(const AccountPurchasesResponse& response);
};

} // namespace ff
