// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "sandbox/AccountGenerator.h"
#include "sandbox/CustomerRecord.h"
#include "sandbox/DeviceGenerator.h"
#include "sandbox/PendingOrder.h"
#include "sandbox/Person.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SeededRandom.h"

#include <QList>
#include <memory>

namespace ff::sandbox {

// Builds the sandbox's data from a seed and an instant: the same --seed and --now give the same
// bytes on every run and machine. Each affiliate's customers come from its roster in
// data/people.json (the first six always, the seed adds up to four more); each customer's
// history is laid out relative to now, the first two of each affiliate with one order of every
// kind (ScenarioMix), so that each case an agent meets is there whatever the seed; then the
// refund showcase's customers (RefundShowcase), with one example of every refund case. Every part
// draws from its own fork of the seed, so that adding a customer or a title does not shift the
// values drawn after it.
class DataGenerator final
{
public:
    DataGenerator(quint64 seed, DateTimeOffset now, int scaleItems);

    std::unique_ptr<SandboxData> generate();

    // The --scale customer's login.
    static QString scaleCustomerEmail();

private:
    void addCustomers(const Affiliate& affiliate);
    void addCustomer(const Affiliate& affiliate, const Person& person, bool showcase);
    void addScaleCustomer();
    // The customer's record: id, devices and account, drawn in that order.
    CustomerRecord newCustomer(const Affiliate& affiliate, const Person& person, SeededRandom& random,
        std::optional<int> deviceCount);

    SeededRandom m_random;
    DateTimeOffset m_now;
    int m_scaleItems;
    std::unique_ptr<SandboxData> m_data;
    DeviceGenerator m_devices;
    AccountGenerator m_accounts;
    QList<CustomerRecord> m_customers;
    QList<PendingOrder> m_orders;
};

} // namespace ff::sandbox
