// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/CaseReportBilling.h"

#include "models/DisplayFormat.h"

namespace ff {

QList<std::pair<QString, QString>> CaseReportBilling::rows(const AccountPurchasesResponse& response)
{
    const auto valueOf = [](const std::optional<QString>& value) {
        return value && !value->isEmpty() ? *value : DisplayFormat::absent();
    };
    const AccountPurchasesData data = response.responseData.value_or(AccountPurchasesData {});
    const BillingDetails billing
        = data.detail && data.detail->billingDetails ? *data.detail->billingDetails : BillingDetails {};
    return {
        { tr("Account user"),
            data.identification ? valueOf(data.identification->userId) : DisplayFormat::absent() },
        { tr("Company"), valueOf(billing.company) },
        { tr("Billing address"), valueOf(billing.address) },
        { tr("Email"), valueOf(billing.email) },
        { tr("Phone"), valueOf(billing.phone) },
        { tr("Mobile"), valueOf(billing.mobile) },
    };
}

} // namespace ff
