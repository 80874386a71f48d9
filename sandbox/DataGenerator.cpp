// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/DataGenerator.h"

#include "sandbox/BulkOrderGenerator.h"
#include "sandbox/DataResources.h"
#include "sandbox/IdAssigner.h"
#include "sandbox/OrderGenerator.h"
#include "sandbox/RefundShowcase.h"
#include "sandbox/ScenarioMix.h"

namespace ff::sandbox {

DataGenerator::DataGenerator(quint64 seed, DateTimeOffset now, int scaleItems)
    : m_random(seed)
    , m_now(now)
    , m_scaleItems(scaleItems)
    , m_devices(now)
    , m_accounts(now)
{ }

QString DataGenerator::scaleCustomerEmail()
{
    return DataResources::get().scalePerson.email;
}

std::unique_ptr<SandboxData> DataGenerator::generate()
{
    m_data = std::make_unique<SandboxData>(DataResources::get().affiliates, m_now);
    for (const Affiliate& affiliate : m_data->affiliates())
        addCustomers(affiliate);
    if (m_scaleItems > 0)
        addScaleCustomer();
    IdAssigner ids(m_random.fork("ids"));
    ids.assign(std::move(m_orders), m_customers);
    m_orders.clear();

    // The refund showcase is made after everything else, from a fork of its own and numbered in
    // a block of its own, so that adding it moved none of the values drawn before. Its customers
    // are listed before the --scale customer, who stays last.
    const Affiliate& showcaseAffiliate = *m_data->affiliate(DataResources::get().refundShowcaseAffiliateId);
    SeededRandom showcaseRandom = m_random.fork("refund-showcase");
    QList<CustomerRecord> showcaseCustomers;
    for (const Person& person : DataResources::get().refundShowcasePeople)
        showcaseCustomers.append(newCustomer(showcaseAffiliate, person, showcaseRandom, 3));
    RefundShowcase::Generated showcase = RefundShowcase(m_data->catalogue(), showcaseAffiliate, m_now)
                                             .generate(showcaseRandom, std::move(showcaseCustomers));
    IdAssigner showcaseIds(m_random.fork("refund-showcase-ids"), IdAssigner::Showcase);
    showcaseIds.assign(std::move(showcase.orders), showcase.customers);
    const qsizetype scaleCustomers = m_scaleItems > 0 ? 1 : 0;
    for (qsizetype i = 0; i < showcase.customers.size(); ++i)
        m_customers.insert(m_customers.size() - scaleCustomers, std::move(showcase.customers[i]));

    for (CustomerRecord& customer : m_customers)
        m_data->addCustomer(std::move(customer));
    m_customers.clear();
    m_data->buildIndexes();
    ids.storeLinks(*m_data);
    showcaseIds.storeLinks(*m_data);
    return std::move(m_data);
}

void DataGenerator::addCustomers(const Affiliate& affiliate)
{
    const QList<Person>& roster = DataResources::get().roster(affiliate.id);
    SeededRandom random = m_random.fork(QByteArray("roster:" + QByteArray::number(affiliate.id)));
    const qsizetype count = qsizetype(random.between(6, roster.size()));
    for (qsizetype i = 0; i < count; ++i)
        addCustomer(affiliate, roster.at(i), i < 2);
}

CustomerRecord DataGenerator::newCustomer(
    const Affiliate& affiliate, const Person& person, SeededRandom& random, std::optional<int> deviceCount)
{
    CustomerRecord customer;
    customer.affiliateId = affiliate.id;
    customer.username = person.username;
    customer.email = person.email;
    customer.fullName = person.fullName;
    customer.customerId = random.uuid();
    customer.devices = m_devices.devices(
        customer, affiliate, random, deviceCount ? *deviceCount : int(random.between(1, 3)));
    customer.account = m_accounts.account(person, customer.email, affiliate, random);
    return customer;
}

void DataGenerator::addCustomer(const Affiliate& affiliate, const Person& person, bool showcase)
{
    SeededRandom random = m_random.fork(
        QByteArray("customer:" + QByteArray::number(affiliate.id) + ':' + person.username.toUtf8()));
    m_customers.append(
        newCustomer(affiliate, person, random, showcase ? std::optional<int>(3) : std::nullopt));
    const qsizetype index = m_customers.size() - 1;
    const QList<Scenario> scenarios = showcase ? ScenarioMix::showcase() : ScenarioMix::draw(random);
    const OrderGenerator orders(m_data->catalogue(), m_now);
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        m_orders.append(orders.order(index, m_customers[index], affiliate, scenarios.at(i), random,
            i == 0 ? person.favouriteRef : QString()));
    }
}

void DataGenerator::addScaleCustomer()
{
    const Affiliate& affiliate = *m_data->affiliate(1);
    SeededRandom random = m_random.fork("scale");
    m_customers.append(newCustomer(affiliate, DataResources::get().scalePerson, random, 3));
    const qsizetype index = m_customers.size() - 1;
    m_orders.append(BulkOrderGenerator(m_data->catalogue(), m_now)
                        .orders(index, m_customers.at(index), affiliate, m_scaleItems, random));
}

} // namespace ff::sandbox
