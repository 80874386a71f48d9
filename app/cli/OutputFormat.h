#pragma once

namespace ff::cli {

enum class OutputFormat { Table, Json, Csv };

} // namespace ff::cli
