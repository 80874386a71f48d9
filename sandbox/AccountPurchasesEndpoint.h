// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ApiReply.h"
#include "sandbox/HttpRequest.h"
#include "sandbox/SandboxData.h"

namespace ff::sandbox {

// GET api/v1/admin/accounts/{id}/purchases, as the admin service answers it: the filters
// (StartDate, EndDate, Paid, Type, SoftwareVersion) checked and applied, the answer in JSON or
// XML as Accept prefers, and errors in the service's own Error envelope, never {"Message"}.
class AccountPurchasesEndpoint final
{
public:
    explicit AccountPurchasesEndpoint(const SandboxData& data);

    ApiReply handle(const HttpRequest& request, const QString& accountIdText) const;

private:
    const SandboxData& m_data;
};

} // namespace ff::sandbox
