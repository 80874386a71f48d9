// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace ff::ui {

// An ApiError in the words an agent on a call needs: what happened and what to do next.
struct AgentMessage
{
    Q_DECLARE_TR_FUNCTIONS(AgentMessage)

public:
    // notFound: what a 404 means where the call was made ("No customer …").
    static QString forError(const ApiError& error, const QString& notFound = QString());
};

} // namespace ff::ui
