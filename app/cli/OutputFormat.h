// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ff::cli {

enum class OutputFormat { Table, Json, Csv };

} // namespace ff::cli
