// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/CsvWriter.h"

namespace ff::cli {

// CsvOnTerminal: CSV for a person at a terminal (stdout is one), its texts' control and
// bidirectional characters shown escaped; Csv keeps them exactly, for a file or a pipe.
enum class OutputFormat { Table, Json, Csv, CsvOnTerminal };

inline CsvWriter::Destination csvDestination(OutputFormat format)
{
    return format == OutputFormat::CsvOnTerminal ? CsvWriter::Destination::Terminal
                                                 : CsvWriter::Destination::File;
}

} // namespace ff::cli
