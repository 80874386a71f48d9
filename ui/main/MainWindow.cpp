// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

#include "api/profile/ProfileStore.h"
#include "models/DisplayFormat.h"
#include "ui/audit/AuditLogDialog.h"
#include "ui/customer/CustomerActions.h"
#include "ui/customer/CustomerTab.h"
#include "ui/errors/ErrorPresenter.h"
#include "ui/main/ConnectionState.h"
#include "ui/main/LanguageMenu.h"
#include "ui/main/ProfileIndicator.h"
#include "ui/main/ProfileManager.h"
#include "ui/main/RecentSearches.h"
#include "ui/main/SearchBar.h"
#include "ui/main/ShortcutsDialog.h"
#include "ui/main/Theme.h"
#include "ui/main/WelcomePage.h"
#include "ui/profiles/CertificateDialog.h"
#include "ui/profiles/SecretPrompt.h"
#include "ui/purchases/AccountPurchasesTab.h"
#include "ui/session/ConnectionSession.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/PlainText.h"
#include "ui/writes/PendingWrites.h"

#include <QAction>
#include <QCloseEvent>
#include <QIcon>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace ff::ui {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString DarkKey = QStringLiteral("window/dark");

bool isSameCustomer(const CustomerTab* tab, qint64 affiliateId, const QString& username)
{
    return tab->affiliateId() == affiliateId && tab->username().compare(username, Qt::CaseInsensitive) == 0;
}

} // namespace

MainWindow::MainWindow(
    ConnectionSession* session, CredentialStore* credentials, const AuditLog& audit, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_audit(audit)
    , m_settings(ProfileStore::openSettings())
    , m_recent(std::make_unique<RecentSearches>(*m_settings))
    , m_profiles(new ProfileManager(session, credentials, *m_settings, this))
    , m_actions(new CustomerActions(this))
    , m_pendingWrites(new PendingWrites(this))
    , m_search(new SearchBar(*m_recent, this))
    , m_tabs(new QTabWidget(this))
    , m_messages(new MessageBar(this))
    , m_errors(new ErrorPresenter(m_messages, session, this))
    , m_profileButton(new ProfileIndicator(this))
    , m_welcome(new WelcomePage(session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ffconsole.svg")));
    setWindowTitle(tr("FilmFlex Agent Console"));
    resize(1360, 840);

    auto* toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_profileButton);
    toolbar->addSeparator();
    toolbar->addWidget(m_search);

    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setObjectName(QStringLiteral("customerTabs"));
    m_tabs->setAccessibleName(tr("Open customers"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_messages);
    layout->addWidget(m_welcome);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_tabs->hide();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_welcome->setVisible(m_tabs->count() == 0);
        m_tabs->setVisible(m_tabs->count() > 0);
        updateActions();
    });

    auto* secrets = new SecretPrompt(session, this);
    statusBar()->addPermanentWidget(new ConnectionState(session, secrets, this));

    createMenus();

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_welcome, &WelcomePage::customerChosen, m_search, &SearchBar::search);
    connect(m_search, &SearchBar::searchRequested, this, [this](qint64 affiliate, const QString& username) {
        m_errors->dismiss();
        openCustomer(affiliate, username);
    });
    connect(m_search, &SearchBar::invalidInput, this,
        [this](const QString& message) { m_errors->showMessage(MessageBar::Kind::Error, message); });
    connect(m_profileButton, &ProfileIndicator::switchRequested, m_profiles, &ProfileManager::switchTo);
    connect(m_profileButton, &ProfileIndicator::manageRequested, m_profiles, &ProfileManager::showProfiles);
    connect(m_profiles, &ProfileManager::profilesChanged, this,
        [this] { m_profileButton->setProfiles(m_profiles->profiles(), m_session->profile().name); });
    connect(m_profiles, &ProfileManager::warning, this,
        [this](const QString& message) { m_errors->showMessage(MessageBar::Kind::Warning, message); });

    connect(m_session, &ConnectionSession::profileChanged, this, &MainWindow::applyProfile);
    connect(m_session, &ConnectionSession::ready, this, [this] {
        const ConnectionProfile& profile = m_session->profile();
        m_search->setAffiliates(profile.affiliates);
        m_welcome->refresh();
        m_errors->dismiss();
        statusBar()->showMessage(tr("Connected to %1").arg(profile.name), 4000);
    });
    connect(m_session, &ConnectionSession::failed, this, [this](const QString& message) {
        m_errors->showMessage(
            MessageBar::Kind::Error, message, ErrorPresenter::Recovery::Retry, [this] { connectAgain(); },
            tr("Try again"));
    });
    connect(secrets, &SecretPrompt::declined, this, [this] {
        m_errors->showMessage(
            MessageBar::Kind::Warning, tr("Not connected: no secret was given for this profile."),
            ErrorPresenter::Recovery::Retry, [this] { connectAgain(); }, tr("Try again"));
    });

    restoreGeometry(m_settings->value(GeometryKey).toByteArray());
    restoreState(m_settings->value(StateKey).toByteArray());
    m_profileButton->setProfiles(m_profiles->profiles(), m_session->profile().name);
    updateActions();
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::addAction(QMenu* menu, QAction* action, std::function<void()> slot)
{
    menu->addAction(action);
    if (!action->shortcut().isEmpty())
        m_shortcutActions.append(action);
    connect(action, &QAction::triggered, this, std::move(slot));
    return action;
}

void MainWindow::createMenus()
{
    const auto action
        = [this](QMenu* menu, const QString& text, const QKeySequence& keys, std::function<void()> slot) {
              auto* made = new QAction(text, this);
              made->setShortcut(keys);
              return addAction(menu, made, std::move(slot));
          };
    const auto onCustomer = [this](void (CustomerTab::*what)()) {
        return [this, what] {
            if (CustomerTab* tab = currentCustomer())
                (tab->*what)();
        };
    };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    action(file, tr("&Find customer"), QKeySequence(tr("Ctrl+L")), [this] { m_search->focusSearch(); });
    addAction(file, m_actions->accountPurchases(), [this] {
        if (CustomerTab* tab = currentCustomer())
            tab->openAccountPurchases();
        else
            openAccountPurchases(QString(), QString());
    });
    m_closeTab = action(
        file, tr("&Close tab"), QKeySequence(tr("Ctrl+W")), [this] { closeTab(m_tabs->currentIndex()); });
    action(file, tr("Audit &log…"), QKeySequence(tr("Ctrl+Shift+L")), [this] {
        auto* dialog = new AuditLogDialog(m_audit, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    file->addSeparator();
    action(file, tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    QMenu* customer = menuBar()->addMenu(tr("&Customer"));
    addAction(customer, m_actions->refresh(), [this] {
        if (CustomerTab* tab = currentCustomer())
            tab->refresh();
        else if (auto* purchases = qobject_cast<AccountPurchasesTab*>(m_tabs->currentWidget()))
            purchases->load();
    });
    addAction(customer, m_actions->filter(), onCustomer(&CustomerTab::focusFilter));
    addAction(customer, m_actions->copyCustomerId(), onCustomer(&CustomerTab::copyCustomerId));
    addAction(customer, m_actions->refundCandidates(), onCustomer(&CustomerTab::toggleRefundCandidates));
    addAction(customer, m_actions->caseReport(), onCustomer(&CustomerTab::openCaseReport));
    customer->addSeparator();
    addAction(customer, m_actions->addItem(), onCustomer(&CustomerTab::openAddItem));
    addAction(customer, m_actions->acknowledgeLicence(), onCustomer(&CustomerTab::openAcknowledgeLicence));

    QMenu* connection = menuBar()->addMenu(tr("C&onnection"));
    QMenu* switchMenu = connection->addMenu(tr("&Switch profile"));
    connect(switchMenu, &QMenu::aboutToShow, this, [this, switchMenu] {
        switchMenu->clear();
        switchMenu->addActions(m_profileButton->profileMenu()->actions());
    });
    action(connection, tr("&Profiles…"), QKeySequence(), [this] { m_profiles->showProfiles(); });
    action(connection, tr("Start the &built-in sandbox"), QKeySequence(), [this] { startSandbox(); });
    connection->addSeparator();
    QAction* keepRecent
        = action(connection, tr("&Keep recent searches between sessions"), QKeySequence(), {});
    keepRecent->setCheckable(true);
    keepRecent->setChecked(m_recent->isKeptAcrossSessions());
    connect(
        keepRecent, &QAction::toggled, this, [this](bool keep) { m_recent->setKeptAcrossSessions(keep); });
    action(connection, tr("&Clear recent searches"), QKeySequence(), [this] {
        m_recent->clear();
        m_search->refreshRecent();
        statusBar()->showMessage(tr("Recent searches cleared"), 3000);
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* dark = action(view, tr("&Dark theme"), QKeySequence(), {});
    dark->setCheckable(true);
    dark->setChecked(m_settings->value(DarkKey, false).toBool());
    connect(dark, &QAction::toggled, this, [this](bool on) {
        Theme::apply(on);
        m_settings->setValue(DarkKey, on);
    });
    auto* language = new LanguageMenu(m_settings.get(), this);
    view->addMenu(language);
    connect(language, &LanguageMenu::chosenForNextStart, this, [this](const QString& name) {
        m_messages->showMessage(MessageBar::Kind::Information,
            tr("The console will speak %1 from its next start: close it and open it again.").arg(name));
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    action(help, tr("&Keyboard shortcuts"), QKeySequence::HelpContents, [this] { showShortcuts(); });
    action(help, tr("&About"), QKeySequence(), [this] {
        QMessageBox::about(this, tr("About FilmFlex Agent Console"),
            tr("<b>FilmFlex Agent Console</b> %1<br>"
               "For the people who answer FilmFlex customers.<br>"
               "Qt %2<br>"
               "Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).")
                .arg(QStringLiteral(FFCONSOLE_VERSION), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::startWithSavedProfiles(const QString& preferredProfile)
{
    m_profiles->start(preferredProfile);
}

void MainWindow::startSandbox()
{
    m_profiles->startSandbox();
}

CustomerTab* MainWindow::currentCustomer() const
{
    return qobject_cast<CustomerTab*>(m_tabs->currentWidget());
}

CustomerTab* MainWindow::openCustomer(qint64 affiliateId, const QString& username)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* tab = qobject_cast<CustomerTab*>(m_tabs->widget(i));
        if (tab && isSameCustomer(tab, affiliateId, username)) {
            m_tabs->setCurrentIndex(i);
            return tab;
        }
    }
    auto* tab
        = new CustomerTab(m_session, m_audit, *m_actions, affiliateId, username, m_tabs, m_pendingWrites);
    // The customer's name as typed and the affiliate's as the profile has it: an "&" in either
    // is shown, never a shortcut, and a name that looks like markup is not taken for it.
    const int index = m_tabs->addTab(tab, PlainText::forMnemonicText(tab->title()));
    m_tabs->setTabToolTip(index, DisplayFormat::toolTip(tab->customerLabel()));
    m_tabs->setCurrentIndex(index);
    connect(tab, &CustomerTab::titleChanged, this, [this, tab](const QString& title) {
        const int at = m_tabs->indexOf(tab);
        if (at >= 0)
            m_tabs->setTabText(at, PlainText::forMnemonicText(title));
    });
    connect(tab, &CustomerTab::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 3000); });
    connect(
        tab, &CustomerTab::accountPurchasesRequested, this, [this](const QUuid& id, const QString& label) {
            openAccountPurchases(id.toString(QUuid::WithoutBraces), label);
        });
    for (auto changed :
        { &CustomerTab::loadStarted, &CustomerTab::loadFinished, &CustomerTab::selectionChanged })
        connect(tab, changed, this, &MainWindow::updateActions);
    offerRecoveries(tab, [this, affiliateId, username]() -> Reopen {
        return [this, affiliateId, username] { openCustomer(affiliateId, username); };
    });
    updateActions();
    return tab;
}

AccountPurchasesTab* MainWindow::openAccountPurchases(const QString& accountId, const QString& customerLabel)
{
    auto* tab = new AccountPurchasesTab(m_session, accountId, customerLabel, m_tabs);
    const int index = m_tabs->addTab(tab, PlainText::forMnemonicText(tab->title()));
    m_tabs->setCurrentIndex(index);
    if (accountId.isEmpty())
        tab->accountEdit()->setFocus();
    offerRecoveries(tab, [this, tab, customerLabel]() -> Reopen {
        // With the account id typed into it now.
        return [this, accountId = tab->accountId(), customerLabel] {
            openAccountPurchases(accountId, customerLabel);
        };
    });
    return tab;
}

void MainWindow::offerRecoveries(QWidget* screen, std::function<Reopen()> reopener)
{
    // Every presenter of the screen, those of its panes included (the entitlement pane).
    for (ErrorPresenter* presenter : screen->findChildren<ErrorPresenter*>()) {
        connect(presenter, &ErrorPresenter::certificateReviewRequested, this,
            [this, reopener](const CertificateProblem& problem) { reviewCertificate(problem, reopener()); });
        connect(presenter, &ErrorPresenter::profileEditRequested, m_profiles, &ProfileManager::showProfiles);
    }
}

void MainWindow::closeTab(int index)
{
    if (index < 0)
        return;
    QWidget* tab = m_tabs->widget(index);
    m_tabs->removeTab(index);
    delete tab; // its requests are cancelled with it
    updateActions();
}

void MainWindow::closeAllTabs()
{
    while (m_tabs->count() > 0)
        closeTab(0);
}

void MainWindow::updateActions()
{
    const CustomerTab* tab = currentCustomer();
    CustomerActions::State state;
    state.anyTab = m_tabs->count() > 0;
    state.customerTab = tab != nullptr;
    state.loading = tab && tab->isLoading();
    state.writable = !m_session->profile().readOnly;
    state.orderSelected = tab && tab->selectedOrder();
    state.itemSelected = tab && tab->selectedItem();
    state.customerIdKnown = tab && tab->customerId();
    state.ordersShown = tab && tab->ordersFetchedAt().has_value();
    m_actions->update(state);
    m_closeTab->setEnabled(state.anyTab);
}

void MainWindow::applyProfile(const ConnectionProfile& profile)
{
    closeAllTabs();
    m_errors->dismiss();
    m_welcome->refresh(); // no test customers offered until the new connection says it has some
    m_profileButton->showProfile(profile);
    setWindowTitle(tr("FilmFlex Agent Console — %1").arg(PlainText::forWindowTitle(profile.name)));
    m_search->setAffiliates(profile.affiliates);
    m_profiles->setLastUsed(profile.name);
    m_profileButton->setProfiles(m_profiles->profiles(), profile.name);
    updateActions();
}

void MainWindow::reviewCertificate(const CertificateProblem& problem, Reopen reopen)
{
    auto* dialog = new CertificateDialog(m_session->profile().name, problem, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CertificateDialog::trustRequested, this,
        [this, reopen](const QList<TrustedCertificate>& trusted) {
            // Trusted for this profile, host and port only, and shown on the profile indicator. The
            // connection is made anew, which closes every tab: the screen that asked opens again.
            m_profiles->trustCertificates(trusted);
            reopen();
        });
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto* dialog = new ShortcutsDialog(m_shortcutActions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::connectAgain()
{
    const auto state = m_session->state();
    if (state == ConnectionSession::State::Failed || state == ConnectionSession::State::WaitingForSecret)
        m_session->activate(m_session->profile());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->setValue(GeometryKey, saveGeometry());
    m_settings->setValue(StateKey, saveState());
    closeAllTabs(); // tabs save their column and splitter layout as they go
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

} // namespace ff::ui
