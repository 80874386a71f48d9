// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace ff::sandbox {

// Everything the sandbox logs, quiet below warnings unless QT_LOGGING_RULES asks for more:
// stdout carries only the start lines a launcher parses, and logs go to stderr.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace ff::sandbox
