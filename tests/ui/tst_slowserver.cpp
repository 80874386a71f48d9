// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PurchaseOrderModel.h"
#include "tests/support/WindowFixture.h"
#include "ui/customer/CustomerTab.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SearchBar.h"
#include "ui/widgets/MessageBar.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

using namespace ff;
using namespace ff::ui;
using ff::test::WindowFixture;

// A customer's tab against a server that trickles its answer a few bytes at a time, which an
// inactivity timeout never catches: the tab ends with a clear error and Retry, not a spinner
// for ever; and once the server is well again, Retry loads the customer.
class TestSlowServer : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;

private slots:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString())); }

    void init()
    {
        m_fx.sandbox().clearFaults();
        m_fx.sandbox().clearRequests();
        ConnectionProfile profile = m_fx.profile(QStringLiteral("Slow sandbox"));
        profile.timeoutSeconds = 5; // never reached: a piece arrives every 100 ms
        profile.lowSpeed = { 3000, 1024 };
        QVERIFY(m_fx.openWindow(profile));
    }

    void cleanup() { m_fx.closeWindow(); }

    void aTricklingAnswerEndsInAnErrorWithRetry()
    {
        m_fx.sandbox().addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("trickle") },
            { QStringLiteral("bytesPerSecond"), 100 },
            { QStringLiteral("method"), QStringLiteral("GET") } } });
        QElapsedTimer clock;
        clock.start();
        m_fx.window()->searchBar()->search(QString::number(m_fx.affiliate()), QStringLiteral("zoë smith"));
        CustomerTab* tab = m_fx.window()->currentCustomer();
        QVERIFY(tab);
        QVERIFY(tab->isLoading());
        QVERIFY2(QTest::qWaitFor([tab] { return !tab->isLoading(); }, 10'000),
            "the tab was still loading a trickling answer after three windows");
        QVERIFY2(clock.elapsed() < 9000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(tab->messages()->kind(), MessageBar::Kind::Error);
        QVERIFY2(tab->messages()->text().contains(QLatin1String("Timed out")),
            qPrintable(tab->messages()->text()));
        QCOMPARE(tab->messages()->actionText(), QStringLiteral("Retry"));
        QCOMPARE(tab->model()->orderCount(), 0);

        // The fault was for one answer: Retry loads the customer.
        emit tab->messages()->actionTriggered();
        QVERIFY(QTest::qWaitFor([tab] { return !tab->isLoading(); }, 10'000));
        QVERIFY(tab->model()->orderCount() > 0);
    }
};

QTEST_MAIN(TestSlowServer)
#include "tst_slowserver.moc"
