// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/SandboxProcess.h"

#include <QObject>
#include <memory>

namespace ff::test {

// A suite whose tests share one sandbox with the fixed seed and instant, started before the
// first test (Qt Test runs a base class's initTestCase too).
class FixedSandboxSuite : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<SandboxProcess> m_sandbox;

private slots:
    void initTestCase();
};

} // namespace ff::test
