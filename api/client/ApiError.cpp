// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/ApiError.h"

namespace ff {

QString ApiError::toString() const
{
    QString text = message;
    if (!requestId.isEmpty())
        text += QStringLiteral(" (request id %1)").arg(requestId);
    return text;
}

} // namespace ff
