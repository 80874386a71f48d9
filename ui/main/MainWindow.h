// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/profile/ConnectionProfile.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSettings;
class QTabWidget;
class QToolButton;

namespace ff {
class AuditLog;
class CredentialStore;
} // namespace ff

namespace ff::ui {

class AccountPurchasesTab;
class ConnectionSession;
class CustomerTab;
class MessageBar;
class RecentSearches;
class SearchBar;

// The console's window: the active profile (always visible; Production in red), the search bar,
// one tab per open customer (several side by side), account purchases tabs, and the menus and
// shortcuts over them. Switching profile closes every tab: nothing fetched under one profile is
// ever shown under another.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ConnectionSession* session, CredentialStore* credentials, const AuditLog& audit,
        QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts on the last profile, or offers the built-in sandbox when there is none.
    void startWithSavedProfiles(const QString& preferredProfile = QString());
    // Connects to the built-in sandbox, creating its profile if needed.
    void startSandbox();

    SearchBar* searchBar() const { return m_search; }
    QTabWidget* tabs() const { return m_tabs; }
    MessageBar* messages() const { return m_messages; }
    CustomerTab* currentCustomer() const;
    CustomerTab* openCustomer(qint64 affiliateId, const QString& username);
    AccountPurchasesTab* openAccountPurchases(const QString& accountId, const QString& customerLabel);
    QList<QAction*> shortcutActions() const { return m_shortcutActions; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void applyProfile(const ConnectionProfile& profile);
    void closeAllTabs();
    void closeTab(int index);
    void updateActions();
    // The page shown while no customer is open; on the built-in sandbox it offers test customers.
    void updateWelcome();
    void switchTo(const ConnectionProfile& profile);
    void rebuildProfileMenu();
    void showProfiles();
    void showShortcuts();
    void reviewCertificate(const QStringList& details, const QStringList& fingerprints, qint64 affiliateId,
        const QString& username);
    void askForSecret(const ConnectionProfile& profile, const QString& reason, bool canRemember);
    void offerSandbox();
    QList<ConnectionProfile> savedProfiles() const;
    void saveProfiles(const QList<ConnectionProfile>& profiles);

    ConnectionSession* m_session;
    CredentialStore* m_credentials;
    const AuditLog& m_audit;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<RecentSearches> m_recent;

    SearchBar* m_search;
    QTabWidget* m_tabs;
    MessageBar* m_messages;
    QToolButton* m_profileButton;
    QMenu* m_profileMenu;
    QLabel* m_connectionState;
    QLabel* m_welcome;
    QList<QAction*> m_shortcutActions;
    QAction* m_refresh = nullptr;
    QAction* m_filter = nullptr;
    QAction* m_closeTab = nullptr;
    QAction* m_addItem = nullptr;
    QAction* m_ackLicence = nullptr;
    QAction* m_accountPurchases = nullptr;
    QAction* m_keepRecent = nullptr;
    QAction* m_dark = nullptr;
};

} // namespace ff::ui
