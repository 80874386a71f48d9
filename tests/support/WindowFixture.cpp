// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/WindowFixture.h"

#include "api/audit/AuditLog.h"
#include "api/auth/CredentialStore.h"
#include "api/launcher/SandboxCustomer.h"
#include "models/OrderFilterProxyModel.h"
#include "ui/customer/CustomerTab.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SearchBar.h"
#include "ui/session/ConnectionSession.h"
#include "ui/writes/AddItemDialog.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

namespace ff::test {

WindowFixture::WindowFixture() = default;

WindowFixture::~WindowFixture()
{
    closeWindow();
}

bool WindowFixture::start()
{
    qputenv("FFCONSOLE_SETTINGS", path(QStringLiteral("settings.ini")).toUtf8());
    m_sandbox = std::make_unique<SandboxProcess>();
    if (!m_sandbox->isReady())
        return false;
    const SandboxCustomer zoe
        = m_sandbox->findCustomer(QStringLiteral("zoë smith")).value_or(SandboxCustomer());
    m_affiliate = zoe.affiliateId.value_or(0);
    m_device = zoe.firstDeviceId();
    return m_affiliate > 0 && !m_device.isEmpty();
}

QString WindowFixture::errorString() const
{
    if (!m_sandbox)
        return QStringLiteral("the sandbox was not started");
    if (!m_sandbox->isReady())
        return m_sandbox->errorString();
    return QStringLiteral("the sandbox has no zoë smith with a device");
}

ConnectionProfile WindowFixture::profile(const QString& name, const QUrl& url) const
{
    ConnectionProfile profile;
    profile.name = name;
    profile.platformUrl = url.isEmpty() ? m_sandbox->url() : url;
    profile.adminUrl = profile.platformUrl;
    profile.affiliates = { { m_affiliate, QStringLiteral("FilmFlex UK"), QStringLiteral("GBP") } };
    return profile;
}

Credentials WindowFixture::credentials() const
{
    Credentials credentials;
    credentials.scheme = AuthScheme::Bearer;
    credentials.secret = m_sandbox->token();
    return credentials;
}

bool WindowFixture::openWindow(const ConnectionProfile& profile)
{
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("FilmFlex Agent Console tests"));
    m_session = std::make_unique<ui::ConnectionSession>(m_credentials.get());
    m_audit = std::make_unique<AuditLog>(path(QStringLiteral("audit.jsonl")));
    m_window = std::make_unique<ui::MainWindow>(m_session.get(), m_credentials.get(), *m_audit);
    m_window->show();
    const bool exposed = QTest::qWaitForWindowExposed(m_window.get());
    m_session->useCredentials(profile, credentials());
    return exposed;
}

void WindowFixture::closeWindow()
{
    m_window.reset();
    m_session.reset();
}

ui::CustomerTab* WindowFixture::openCustomer(const QString& username)
{
    m_window->searchBar()->search(QString::number(m_affiliate), username);
    ui::CustomerTab* tab = m_window->currentCustomer();
    if (tab && tab->isLoading())
        QSignalSpy(tab, &ui::CustomerTab::loadFinished).wait(15'000);
    return tab;
}

void WindowFixture::selectFirstOrder(ui::CustomerTab* tab)
{
    tab->view()->setCurrentIndex(tab->proxy()->index(0, 0));
}

void WindowFixture::selectFirstItem(ui::CustomerTab* tab)
{
    const QModelIndex order = tab->proxy()->index(0, 0);
    tab->view()->expand(order);
    tab->view()->setCurrentIndex(tab->proxy()->index(0, 0, order));
}

ui::AddItemDialog* WindowFixture::fillAddItem(
    ui::CustomerTab* tab, const QString& supplierRef, const QString& ticket, const QString& reason)
{
    selectFirstOrder(tab);
    tab->openAddItem();
    auto* dialog = tab->findChild<ui::AddItemDialog*>();
    if (!dialog)
        return nullptr;
    QTest::keyClicks(dialog->offerEdit(), QStringLiteral("4300"));
    QTest::keyClicks(dialog->supplierRefEdit(), supplierRef);
    QTest::keyClicks(dialog->priceEdit(), QStringLiteral("1.99"));
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    QTest::keyClicks(dialog->ticketEdit(), ticket);
    QTest::keyClicks(dialog->reasonEdit(), reason);
    return dialog;
}

int WindowFixture::countRequests(const QString& method) const
{
    return int(methodsSeen().count(method));
}

int WindowFixture::countWrites() const
{
    const QStringList methods = methodsSeen();
    return int(methods.size() - methods.count(QStringLiteral("GET")));
}

QStringList WindowFixture::methodsSeen() const
{
    QStringList methods;
    for (const QJsonValue& request : m_sandbox->requests())
        methods.append(request.toObject().value(QStringLiteral("method")).toString());
    return methods;
}

} // namespace ff::test
