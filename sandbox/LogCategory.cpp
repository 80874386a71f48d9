// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/LogCategory.h"

namespace ff::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "ffconsole.sandbox", QtWarningMsg)

} // namespace ff::sandbox
