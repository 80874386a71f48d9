// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sandbox/FixedSandboxSuite.h"

#include "tests/sandbox/SandboxTestKit.h"

#include <QTest>

namespace ff::test {

void FixedSandboxSuite::initTestCase()
{
    m_sandbox = startFixedSandbox();
    QVERIFY(m_sandbox);
}

} // namespace ff::test
