// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <functional>
#include <memory>
#include <vector>

namespace ff::test {

// A model under test and the proxy a view would show it through, each watched by a
// QAbstractItemModelTester for as long as the fixture lives, so that every change a test makes is
// checked, not only the first (a tester made in a helper that returns checks nothing after).
// Make one per test function (in init(), gone in cleanup()).
template <class Model, class Proxy> class ModelFixture
{
public:
    // setUp readies the model before anything watches it (a display format, rows).
    explicit ModelFixture(const std::function<void(Model&)>& setUp = {})
    {
        if (setUp)
            setUp(m_model);
        m_proxy.setSourceModel(&m_model);
        watch(&m_model);
        watch(&m_proxy);
    }
    ModelFixture(const ModelFixture&) = delete;
    ModelFixture& operator=(const ModelFixture&) = delete;

    Model& model() { return m_model; }
    Proxy& proxy() { return m_proxy; }

    // Another model the test shows beside (a totals model), owned and watched by the fixture.
    template <class Other> Other& add()
    {
        auto other = std::make_unique<Other>();
        Other& added = *other;
        watch(other.get());
        m_others.push_back(std::move(other));
        return added;
    }

private:
    void watch(QAbstractItemModel* model)
    {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    // Declared in this order so that the testers go first, then what they watch.
    Model m_model;
    Proxy m_proxy;
    std::vector<std::unique_ptr<QAbstractItemModel>> m_others;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

} // namespace ff::test
