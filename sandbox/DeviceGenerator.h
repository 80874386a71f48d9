// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/dto/RegisteredDevice.h"
#include "sandbox/Affiliate.h"
#include "sandbox/CustomerRecord.h"
#include "sandbox/SeededRandom.h"

#include <QList>

namespace ff::sandbox {

// Gives customers the devices they registered, of the kinds in data/devices.json. Device ids
// ascend across all customers, with gaps, as one table's identity column would give them.
class DeviceGenerator final
{
public:
    static constexpr qint64 FirstDeviceId = 3'400'117;

    explicit DeviceGenerator(DateTimeOffset now);

    // count devices for the customer, of kinds in turn from a random one, so that most
    // customers have a phone or tablet but not all; the first is always active.
    QList<RegisteredDevice> devices(
        const CustomerRecord& customer, const Affiliate& affiliate, SeededRandom& random, int count);

private:
    DateTimeOffset m_now;
    qint64 m_lastId = FirstDeviceId;
};

} // namespace ff::sandbox
