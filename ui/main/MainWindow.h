// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/profile/ConnectionProfile.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QAction;
class QSettings;
class QTabWidget;

namespace ff {
class AuditLog;
class CredentialStore;
struct CertificateProblem;
} // namespace ff

namespace ff::ui {

class AccountPurchasesTab;
class ConnectionSession;
class CustomerActions;
class CustomerTab;
class ErrorPresenter;
class MessageBar;
class ProfileIndicator;
class ProfileManager;
class RecentSearches;
class PendingWrites;
class SearchBar;
class WelcomePage;

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
    const CustomerActions& customerActions() const { return *m_actions; }
    CustomerTab* currentCustomer() const;
    CustomerTab* openCustomer(qint64 affiliateId, const QString& username);
    AccountPurchasesTab* openAccountPurchases(const QString& accountId, const QString& customerLabel);
    QList<QAction*> shortcutActions() const { return m_shortcutActions; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    QAction* addAction(QMenu* menu, QAction* action, std::function<void()> slot);
    void applyProfile(const ConnectionProfile& profile);
    void closeAllTabs();
    void closeTab(int index);
    // The one place where what the actions allow is worked out, from the tab in front.
    void updateActions();
    // The recoveries only the window can carry out, for every error presenter on a screen.
    // Trusting a certificate makes the connection anew, which closes every tab: reopener, asked
    // while the screen is still open, says how to open it again as it is then.
    using Reopen = std::function<void()>;
    void offerRecoveries(QWidget* screen, std::function<Reopen()> reopener);
    void reviewCertificate(const CertificateProblem& problem, Reopen reopen);
    void connectAgain();
    void showShortcuts();

    ConnectionSession* m_session;
    const AuditLog& m_audit;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<RecentSearches> m_recent;
    ProfileManager* m_profiles;
    CustomerActions* m_actions;
    // This session's writes whose outcome is not yet seen, across every tab and dialog.
    PendingWrites* m_pendingWrites;

    SearchBar* m_search;
    QTabWidget* m_tabs;
    MessageBar* m_messages;
    ErrorPresenter* m_errors;
    ProfileIndicator* m_profileButton;
    WelcomePage* m_welcome;
    QList<QAction*> m_shortcutActions;
    QAction* m_closeTab = nullptr;
};

} // namespace ff::ui
