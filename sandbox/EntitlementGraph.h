// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Entitlement.h"

#include <QList>

namespace ff::sandbox {

// An entitlement with its family: the box set's series, seasons and episodes, linked both ways
// as the platform's object graph is. The DTO's own Parent and Children stay empty; links are
// indices here, so that the writer can see a loop (a child's Parent is the entitlement being
// written) and break it the way Json.NET does.
struct EntitlementGraph
{
    struct Node
    {
        Entitlement entitlement;
        qsizetype parent = -1;
        QList<qsizetype> children;
    };

    QList<Node> nodes;
    qsizetype root = 0;
    // False when the caller did not ask for parent and children: both are written as null.
    bool linked = false;
};

} // namespace ff::sandbox
