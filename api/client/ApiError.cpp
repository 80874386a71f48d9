// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/ApiError.h"

#include <QCoreApplication>

namespace ff {

QString ApiError::toString() const
{
    QString text = message;
    if (!requestId.isEmpty())
        text += QCoreApplication::translate("ff::ApiError", " (request id %1)").arg(requestId);
    return text;
}

} // namespace ff
