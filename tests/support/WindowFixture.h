// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/auth/Credentials.h"
#include "api/profile/ConnectionProfile.h"
#include "tests/support/SandboxProcess.h"

#include <QTemporaryDir>
#include <memory>

namespace ff {
class AuditLog;
class CredentialStore;
} // namespace ff

namespace ff::ui {
class AddItemDialog;
class ConnectionSession;
class CustomerTab;
class MainWindow;
} // namespace ff::ui

namespace ff::test {

// What the window's suites share: a settings file of their own, a real sandbox for the suite,
// and for each test a connection session, an audit log and the main window, connected to the
// sandbox, with the first steps an agent takes (open a customer, select an order or an item).
class WindowFixture final
{
public:
    WindowFixture();
    ~WindowFixture();
    WindowFixture(const WindowFixture&) = delete;
    WindowFixture& operator=(const WindowFixture&) = delete;

    // Once per suite (initTestCase): points the settings at a file in a private folder and
    // starts the sandbox. False, with errorString(), if it did not start.
    bool start();
    QString errorString() const;
    SandboxProcess& sandbox() const { return *m_sandbox; }
    // A file in the suite's private folder (settings.ini and audit.jsonl are there).
    QString path(const QString& file) const { return m_home.filePath(file); }
    // zoë smith's affiliate, and the id of her first device as the licence call takes it.
    qint64 affiliate() const { return m_affiliate; }
    QString device() const { return m_device; }

    // A profile for url (the sandbox's by default), zoë's affiliate named as the UK affiliate.
    ConnectionProfile profile(const QString& name, const QUrl& url = QUrl()) const;
    // The sandbox's credentials (its token, as it is now).
    Credentials credentials() const;

    // A window over a new session, shown, and connected with profile (the sandbox's
    // credentials). False if the window was not exposed.
    bool openWindow(const ConnectionProfile& profile);
    void closeWindow();
    ui::MainWindow* window() const { return m_window.get(); }
    ui::ConnectionSession* session() const { return m_session.get(); }
    CredentialStore* credentialStore() const { return m_credentials.get(); }
    const AuditLog& audit() const { return *m_audit; }

    // Searches for the customer in zoë's affiliate, as the agent does, and waits for the load.
    ui::CustomerTab* openCustomer(const QString& username = QStringLiteral("zoë smith"));
    static void selectFirstOrder(ui::CustomerTab* tab);
    static void selectFirstItem(ui::CustomerTab* tab);
    // Opens add-item on the tab's first order and fills it in as an agent does (offer 4300,
    // this supplier ref, 1.99), up to the confirmation with its ticket and reason, unsent.
    static ui::AddItemDialog* fillAddItem(
        ui::CustomerTab* tab, const QString& supplierRef, const QString& ticket, const QString& reason);
    // How many requests with this method the sandbox has seen since it was last cleared.
    int countRequests(const QString& method) const;
    // How many requests other than GET it has seen since.
    int countWrites() const;

private:
    QStringList methodsSeen() const;

    QTemporaryDir m_home;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ui::ConnectionSession> m_session;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_affiliate = 0;
    QString m_device;
};

} // namespace ff::test
