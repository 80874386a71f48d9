// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/DeviceGenerator.h"

#include "sandbox/DataResources.h"

namespace ff::sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Day = 24 * 3600 * DateTimeOffset::TicksPerSecond;

} // namespace

DeviceGenerator::DeviceGenerator(DateTimeOffset now)
    : m_now(now)
{ }

QList<RegisteredDevice> DeviceGenerator::devices(
    const CustomerRecord& customer, const Affiliate& affiliate, SeededRandom& random, int count)
{
    const QList<DeviceKind>& kinds = DataResources::get().deviceKinds;
    const QString firstName = customer.fullName.section(u' ', 0, 0);
    QList<RegisteredDevice> devices;
    const qsizetype start = qsizetype(random.below(quint64(kinds.size())));
    for (int i = 0; i < count; ++i) {
        const DeviceKind& kind = kinds.at((start + i) % kinds.size());
        RegisteredDevice device;
        m_lastId += random.between(1, 40);
        device.id = m_lastId;
        device.deviceTypeId = kind.typeId;
        device.deviceTypeName = kind.typeName;
        device.deviceName = QString(random.pick(kind.names)).replace(u"{first}"_s, firstName);
        device.userId = customer.customerId;
        device.updatedDate = affiliate.at(m_now.utcTicks() - random.between(Day, 400 * Day));
        device.isActive = i == 0 || random.percent(85);
        device.clientId = random.uuid();
        device.canDelete = true;
        devices.append(device);
    }
    return devices;
}

} // namespace ff::sandbox
