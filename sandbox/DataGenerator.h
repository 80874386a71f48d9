// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "sandbox/CustomerRecord.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SeededRandom.h"

#include <QList>
#include <QString>
#include <memory>

namespace ff::sandbox {

// Builds the sandbox's data from a seed and an instant: the same --seed and --now give the same
// bytes on every run and machine. Every customer's history is laid out relative to now (rentals
// still running, expired, unwatched; downloads awaiting acknowledgement; orders pending for
// minutes), and the first customers of each affiliate are given one order of every kind, so
// that each case an agent meets is there whatever the seed.
class DataGenerator final
{
public:
    static constexpr auto ScaleCustomerEmail = "bulk.buyer@filmflex.example";

    DataGenerator(quint64 seed, DateTimeOffset now, int scaleItems);
    ~DataGenerator();

    std::unique_ptr<SandboxData> generate();

    static QList<Affiliate> affiliates();

private:
    enum class Scenario;
    struct Person;
    struct PendingOrder;

    void addCustomers(const Affiliate& affiliate);
    void addCustomer(const Affiliate& affiliate, const Person& person, bool showcase);
    void addScaleCustomer();
    void addDevices(CustomerRecord& customer, SeededRandom& random, int count);
    void addOrder(qsizetype customerIndex, const Affiliate& affiliate, Scenario scenario,
        SeededRandom& random, const QString& favouriteRef = {});
    void addBoxSetOrder(qsizetype customerIndex, const Affiliate& affiliate, SeededRandom& random);
    void addAccount(
        CustomerRecord& customer, const Affiliate& affiliate, const Person& person, SeededRandom& random);
    void assignIdsAndStore();

    SeededRandom m_random;
    DateTimeOffset m_now;
    int m_scaleItems;
    std::unique_ptr<SandboxData> m_data;
    QList<CustomerRecord> m_customers;
    QList<PendingOrder> m_orders;
    qint64 m_nextDeviceId = 3'400'117;
    qint64 m_nextInvoiceNumber = 200'417;
};

} // namespace ff::sandbox
