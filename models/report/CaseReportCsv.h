// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/CsvWriter.h"
#include "models/report/CaseReport.h"

#include <QByteArray>

namespace ff {

// A case report as CSV (RFC 4180, formula-safe: CsvWriter), one row per item with the facts the
// PDF gives: identifiers, state and verdict (identifier and words), the instants in UTC, the
// price and payment references, the signals with their weights, the sentences, what is not
// known, and the last decision recorded. Column names are the contract; the words in them follow
// the agent's language.
class CaseReportCsv final
{
public:
    // For a terminal, each text cell's control characters are shown escaped (CsvWriter).
    static QByteArray of(
        const CaseReport& report, CsvWriter::Destination destination = CsvWriter::Destination::File);
    static QStringList columns();
};

} // namespace ff
