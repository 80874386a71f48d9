// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff::perf {

// Starts ffconsole again and again, each time until its main window has painted for the first
// time (ffconsole reports that moment when FFCONSOLE_REPORT_FIRST_PAINT is set, and quits), and
// prints the times from launch as JSON: {"runs": [...], "median_ms": ...}.
struct ColdStart
{
    static int run(const QString& program, int runs);
};

} // namespace ff::perf
