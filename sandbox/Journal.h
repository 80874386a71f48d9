// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Result.h"
#include "api/dto/PurchaseOrderItem.h"
#include "sandbox/SandboxData.h"

#include <QFile>
#include <QString>
#include <memory>
#include <optional>

namespace ff::sandbox {

// The --data file: a JSON-lines journal of every write the sandbox applied, so that writes
// survive a restart. The first line records what the data was generated from (seed, scale,
// now); each later line is one write, flushed and fsync'd before the write is answered, and
// replayed over the freshly generated data on start. Items are kept as the exact JSON text
// ff::JsonWriter wrote, so that money and dates come back digit for digit.
class Journal final
{
public:
    struct Header
    {
        quint64 seed = 1;
        int scale = 0;
        DateTimeOffset now;
    };

    // Opens (creating if need be) the journal and reads its header, if it has one.
    static Result<std::unique_ptr<Journal>, QString> open(const QString& path);
    ~Journal();

    const std::optional<Header>& header() const { return m_header; }
    Result<bool, QString> writeHeader(const Header& header);
    // Applies every recorded write to the data; returns how many.
    Result<int, QString> replay(SandboxData& data);

    bool appendAddItem(const PurchaseOrderItem& item);
    bool appendAcknowledgeLicence(qint64 purchaseOrderItemId, qint64 deviceId, const DateTimeOffset& at);

private:
    explicit Journal(const QString& path)
        : m_file(path)
    { }
    bool appendLine(const QByteArray& line);

    QFile m_file;
    std::optional<Header> m_header;
    QList<QByteArray> m_records; // the lines after the header, read at open
};

} // namespace ff::sandbox
