// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {
class AuditLog;
}

namespace ff::ui {

class ConnectionSession;

// Who a write is for and what it goes through: the connection, the audit log every write is
// recorded in first, and the customer whose orders are read again when an answer is lost.
struct WriteContext
{
    ConnectionSession* session = nullptr;
    const AuditLog* audit = nullptr;
    qint64 affiliateId = 0;
    QString username;
    QString customerLabel; // "zoë smith · FilmFlex UK (affiliate 1)", as the agent reads it
};

} // namespace ff::ui
