// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ff::cli {

// CsvOnTerminal: CSV for a person at a terminal (stdout is one), its texts' control and
// bidirectional characters shown escaped; Csv keeps them exactly, for a file or a pipe.
enum class OutputFormat { Table, Json, Csv, CsvOnTerminal };

} // namespace ff::cli
