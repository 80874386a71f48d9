// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {
class AuditLog;
}

namespace ff::ui {

class ConnectionSession;
class PendingWrites;

// Who a write is for and what it goes through: the connection, the audit log every write is
// recorded in first, the session's writes not yet seen (which block the same write), and the
// customer whose orders are read again when an answer says nothing certain.
struct WriteContext
{
    ConnectionSession* session = nullptr;
    const AuditLog* audit = nullptr;
    qint64 affiliateId = 0;
    QString username;
    QString customerLabel; // "zoë smith · FilmFlex UK (affiliate 1)", as the agent reads it
    PendingWrites* pendingWrites = nullptr;
};

} // namespace ff::ui
