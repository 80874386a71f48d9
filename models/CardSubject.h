// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {

class AuditLog;

// Whose items the investigation card shows, and where their decisions are recorded: the audit
// log, the affiliate, the customer as the agent typed them, and the connection profile's name.
struct CardSubject
{
    const AuditLog* audit = nullptr; // none: decisions cannot be recorded (the button is hidden)
    qint64 affiliateId = 0;
    QString customer;
    QString profile;
};

} // namespace ff
