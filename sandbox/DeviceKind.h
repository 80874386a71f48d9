// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ff::sandbox {

// A kind of device customers register (data/devices.json), with the names people give them;
// "{first}" in a name stands for the customer's first name ("{first}'s iPhone").
struct DeviceKind
{
    qint64 typeId = 0;
    QString typeName;
    bool mobile = false; // a phone or tablet: where downloads go
    QStringList names;
};

} // namespace ff::sandbox
