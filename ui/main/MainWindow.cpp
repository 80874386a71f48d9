// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

#include "api/audit/AuditLog.h"
#include "api/profile/ProfileStore.h"
#include "ui/audit/AuditLogDialog.h"
#include "ui/customer/CustomerTab.h"
#include "ui/main/RecentSearches.h"
#include "ui/main/SearchBar.h"
#include "ui/main/ShortcutsDialog.h"
#include "ui/main/Theme.h"
#include "ui/profiles/CertificateDialog.h"
#include "ui/profiles/ProfilesDialog.h"
#include "ui/profiles/SecretDialog.h"
#include "ui/purchases/AccountPurchasesTab.h"
#include "ui/session/ConnectionSession.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ff::ui {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString DarkKey = QStringLiteral("window/dark");
const QString SandboxProfileName = QStringLiteral("Sandbox");

bool isSameCustomer(const CustomerTab* tab, qint64 affiliateId, const QString& username)
{
    return tab->affiliateId() == affiliateId && tab->username().compare(username, Qt::CaseInsensitive) == 0;
}

} // namespace

MainWindow::MainWindow(
    ConnectionSession* session, CredentialStore* credentials, const AuditLog& audit, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_credentials(credentials)
    , m_audit(audit)
    , m_settings(ProfileStore::openSettings())
    , m_recent(std::make_unique<RecentSearches>(*m_settings))
    , m_search(new SearchBar(*m_recent, this))
    , m_tabs(new QTabWidget(this))
    , m_messages(new MessageBar(this))
    , m_profileButton(new QToolButton(this))
    , m_profileMenu(new QMenu(this))
    , m_connectionState(new QLabel(this))
    , m_welcome(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ffconsole.svg")));
    setWindowTitle(tr("FilmFlex Agent Console"));
    resize(1360, 840);

    m_profileButton->setObjectName(QStringLiteral("profileIndicator"));
    m_profileButton->setPopupMode(QToolButton::InstantPopup);
    m_profileButton->setMenu(m_profileMenu);
    m_profileButton->setAutoFillBackground(true);
    m_profileButton->setAccessibleName(tr("Active connection profile"));
    m_profileButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

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
    m_welcome->setTextFormat(Qt::RichText); // its own markup; customers' names in it are escaped
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setObjectName(QStringLiteral("welcome"));
    connect(m_welcome, &QLabel::linkActivated, this, [this](const QString& link) {
        // "#<affiliate>:<username, percent-encoded>", from updateWelcome()
        const qsizetype colon = link.indexOf(u':');
        if (link.startsWith(u'#') && colon > 1)
            m_search->search(
                link.mid(1, colon - 1), QUrl::fromPercentEncoding(link.mid(colon + 1).toLatin1()));
    });
    updateWelcome();

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

    m_connectionState->setObjectName(QStringLiteral("connectionState"));
    m_connectionState->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_connectionState);

    createActions();

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_search, &SearchBar::searchRequested, this, [this](qint64 affiliate, const QString& username) {
        m_messages->dismiss();
        openCustomer(affiliate, username);
    });
    connect(m_search, &SearchBar::invalidInput, this,
        [this](const QString& message) { m_messages->showMessage(MessageBar::Kind::Error, message); });

    connect(m_session, &ConnectionSession::profileChanged, this, &MainWindow::applyProfile);
    connect(m_session, &ConnectionSession::ready, this, [this] {
        const ConnectionProfile& profile = m_session->profile();
        m_connectionState->setText(
            tr("Connected: %1 (%2)").arg(profile.name, profile.platformUrl.toDisplayString()));
        m_search->setAffiliates(profile.affiliates);
        updateWelcome();
        m_messages->dismiss();
        statusBar()->showMessage(tr("Connected to %1").arg(profile.name), 4000);
    });
    connect(m_session, &ConnectionSession::failed, this, [this](const QString& message) {
        m_connectionState->setText(tr("Not connected"));
        m_messages->showMessage(MessageBar::Kind::Error, message, tr("Try again"));
    });
    connect(m_messages, &MessageBar::actionTriggered, this, [this] {
        const auto state = m_session->state();
        if (state == ConnectionSession::State::Failed || state == ConnectionSession::State::WaitingForSecret)
            m_session->activate(m_session->profile());
    });
    connect(m_session, &ConnectionSession::secretNeeded, this, &MainWindow::askForSecret);

    restoreGeometry(m_settings->value(GeometryKey).toByteArray());
    restoreState(m_settings->value(StateKey).toByteArray());
    rebuildProfileMenu();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto action = [this](QMenu* menu, const QString& text, const QKeySequence& keys, auto slot) {
        auto* a = menu->addAction(text);
        if (!keys.isEmpty()) {
            a->setShortcut(keys);
            m_shortcutActions.append(a);
        }
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    action(file, tr("&Find customer"), QKeySequence(tr("Ctrl+L")), [this] { m_search->focusSearch(); });
    m_accountPurchases = action(file, tr("&Account purchases…"), QKeySequence(tr("Ctrl+Shift+P")), [this] {
        if (CustomerTab* tab = currentCustomer(); tab && tab->customerId())
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
    m_refresh = action(customer, tr("&Refresh"), QKeySequence(Qt::Key_F5), [this] {
        if (CustomerTab* tab = currentCustomer())
            tab->refresh();
        else if (auto* purchases = qobject_cast<AccountPurchasesTab*>(m_tabs->currentWidget()))
            purchases->load();
    });
    m_filter = action(customer, tr("&Filter orders"), QKeySequence(tr("Ctrl+F")), [this] {
        if (CustomerTab* tab = currentCustomer())
            tab->focusFilter();
    });
    customer->addSeparator();
    m_addItem = action(customer, tr("&Add item to order…"), QKeySequence(tr("Ctrl+Shift+I")), [this] {
        if (CustomerTab* tab = currentCustomer())
            tab->openAddItem();
    });
    m_ackLicence = action(customer, tr("Acknowledge &licence…"), QKeySequence(tr("Ctrl+Shift+K")), [this] {
        if (CustomerTab* tab = currentCustomer())
            tab->openAcknowledgeLicence();
    });
    m_addItem->setObjectName(QStringLiteral("addItemAction"));
    m_ackLicence->setObjectName(QStringLiteral("ackLicenceAction"));

    QMenu* connection = menuBar()->addMenu(tr("C&onnection"));
    QMenu* switchMenu = connection->addMenu(tr("&Switch profile"));
    connect(switchMenu, &QMenu::aboutToShow, this, [this, switchMenu] {
        switchMenu->clear();
        switchMenu->addActions(m_profileMenu->actions());
    });
    action(connection, tr("&Profiles…"), QKeySequence(), [this] { showProfiles(); });
    action(connection, tr("Start the built-in &sandbox"), QKeySequence(), [this] { startSandbox(); });
    connection->addSeparator();
    m_keepRecent = action(connection, tr("&Keep recent searches between sessions"), QKeySequence(),
        [this](bool keep) { m_recent->setKeptAcrossSessions(keep); });
    m_keepRecent->setCheckable(true);
    m_keepRecent->setChecked(m_recent->isKeptAcrossSessions());
    action(connection, tr("&Clear recent searches"), QKeySequence(), [this] {
        m_recent->clear();
        m_search->refreshRecent();
        statusBar()->showMessage(tr("Recent searches cleared"), 3000);
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_dark = action(view, tr("&Dark theme"), QKeySequence(), [this](bool dark) {
        Theme::apply(dark);
        m_settings->setValue(DarkKey, dark);
    });
    m_dark->setCheckable(true);
    m_dark->setChecked(m_settings->value(DarkKey, false).toBool());

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
    auto* tab = new CustomerTab(m_session, m_audit, affiliateId, username, m_tabs);
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setTabToolTip(index, tab->customerLabel());
    m_tabs->setCurrentIndex(index);
    connect(tab, &CustomerTab::titleChanged, this, [this, tab](const QString& title) {
        const int at = m_tabs->indexOf(tab);
        if (at >= 0)
            m_tabs->setTabText(at, title);
    });
    connect(tab, &CustomerTab::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 3000); });
    connect(
        tab, &CustomerTab::accountPurchasesRequested, this, [this](const QUuid& id, const QString& label) {
            openAccountPurchases(id.toString(QUuid::WithoutBraces), label);
        });
    connect(tab, &CustomerTab::loaded, this, &MainWindow::updateActions);
    connect(tab, &CustomerTab::selectionChanged, this, &MainWindow::updateActions);
    connect(tab, &CustomerTab::certificateReviewRequested, this,
        [this, affiliateId, username](const QStringList& details, const QStringList& fingerprints) {
            reviewCertificate(details, fingerprints, affiliateId, username);
        });
    updateActions();
    return tab;
}

AccountPurchasesTab* MainWindow::openAccountPurchases(const QString& accountId, const QString& customerLabel)
{
    auto* tab = new AccountPurchasesTab(m_session, accountId, customerLabel, m_tabs);
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setCurrentIndex(index);
    if (accountId.isEmpty())
        tab->accountEdit()->setFocus();
    return tab;
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

void MainWindow::updateWelcome()
{
    QString text
        = tr("<h2>Find a customer</h2><p>Choose the affiliate, type the customer's name or email address "
             "and press Enter. Each customer opens in a tab of its own.</p>"
             "<p>Ctrl+L: search · Ctrl+F: filter orders · F5: refresh · Ctrl+W: close tab · "
             "F1: all shortcuts</p>");
    QStringList links;
    for (const auto& [affiliateId, username] : m_session->sandboxCustomers()) {
        const auto affiliate = m_session->profile().affiliate(affiliateId);
        const QString where
            = affiliate && !affiliate->name.isEmpty() ? affiliate->name : tr("affiliate %1").arg(affiliateId);
        links.append(
            QStringLiteral("<a href=\"#%1:%2\">%3</a> (%4)")
                .arg(QString::number(affiliateId), QString::fromLatin1(QUrl::toPercentEncoding(username)),
                    username.toHtmlEscaped(), where.toHtmlEscaped()));
    }
    if (!links.isEmpty())
        text += tr("<p>Test customers of the sandbox: %1</p>").arg(links.join(QStringLiteral(" · ")));
    m_welcome->setText(text);
}

void MainWindow::updateActions()
{
    CustomerTab* tab = currentCustomer();
    const bool writable = !m_session->profile().readOnly;
    m_refresh->setEnabled(m_tabs->count() > 0);
    m_filter->setEnabled(tab != nullptr);
    m_closeTab->setEnabled(m_tabs->count() > 0);
    m_addItem->setVisible(writable);
    m_ackLicence->setVisible(writable);
    m_addItem->setEnabled(writable && tab && tab->selectedOrder());
    m_ackLicence->setEnabled(writable && tab && tab->selectedItem());
}

void MainWindow::applyProfile(const ConnectionProfile& profile)
{
    closeAllTabs();
    m_messages->dismiss();
    updateWelcome(); // no test customers offered until the new connection says it has some
    m_connectionState->setText(tr("Connecting to %1…").arg(profile.name));
    QString label = profile.name;
    QColor colour(0x5a, 0x6b, 0x7b);
    if (profile.isProduction) {
        label = tr("● PRODUCTION: %1").arg(profile.name);
        colour = QColor(0xc6, 0x28, 0x28);
    } else if (profile.isBuiltInSandbox) {
        label = tr("Sandbox (test data)");
        colour = QColor(0x2e, 0x7d, 0x32);
    }
    if (profile.readOnly)
        label += tr(" · read-only");
    if (profile.allowInsecureHttp)
        label += tr(" · insecure http allowed");
    if (!profile.trustedCertificateFingerprints.isEmpty())
        label += tr(
            " · trusts %n extra certificate(s)", nullptr, int(profile.trustedCertificateFingerprints.size()));
    m_profileButton->setText(label);
    QString tip = tr("Connected through profile “%1”. Click to switch.").arg(profile.name);
    if (!profile.trustedCertificateFingerprints.isEmpty())
        tip += QLatin1Char('\n') + tr("Certificates trusted for this profile (SHA-256):") + QLatin1Char('\n')
            + profile.trustedCertificateFingerprints.join(QLatin1Char('\n'));
    m_profileButton->setToolTip(tip);
    m_profileButton->setStyleSheet(
        QStringLiteral("QToolButton#profileIndicator { background: %1; color: white; font-weight: bold; "
                       "padding: 4px 10px; border-radius: 3px; }")
            .arg(colour.name()));
    setWindowTitle(tr("FilmFlex Agent Console — %1").arg(profile.name));
    m_search->setAffiliates(profile.affiliates);
    auto store = ProfileStore(*m_settings);
    store.setLastUsed(profile.name);
    rebuildProfileMenu();
    updateActions();
}

QList<ConnectionProfile> MainWindow::savedProfiles() const
{
    return ProfileStore(*m_settings).profiles();
}

void MainWindow::saveProfiles(const QList<ConnectionProfile>& profiles)
{
    ProfileStore(*m_settings).save(profiles);
    rebuildProfileMenu();
}

void MainWindow::rebuildProfileMenu()
{
    m_profileMenu->clear();
    for (const ConnectionProfile& profile : savedProfiles()) {
        QAction* item = m_profileMenu->addAction(
            profile.isProduction ? tr("%1 (production)").arg(profile.name) : profile.name);
        item->setCheckable(true);
        item->setChecked(profile.name == m_session->profile().name);
        connect(item, &QAction::triggered, this, [this, profile] { switchTo(profile); });
    }
    m_profileMenu->addSeparator();
    connect(m_profileMenu->addAction(tr("Manage profiles…")), &QAction::triggered, this,
        &MainWindow::showProfiles);
    if (m_session->profile().name.isEmpty())
        m_profileButton->setText(tr("No profile"));
}

void MainWindow::switchTo(const ConnectionProfile& profile)
{
    if (profile.name == m_session->profile().name && m_session->state() == ConnectionSession::State::Ready) {
        rebuildProfileMenu();
        return;
    }
    m_session->activate(profile);
}

void MainWindow::startWithSavedProfiles(const QString& preferredProfile)
{
    const QList<ConnectionProfile> profiles = savedProfiles();
    if (profiles.isEmpty()) {
        offerSandbox();
        return;
    }
    const QString wanted
        = preferredProfile.isEmpty() ? ProfileStore(*m_settings).lastUsed() : preferredProfile;
    for (const ConnectionProfile& profile : profiles) {
        if (profile.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            m_session->activate(profile);
            return;
        }
    }
    if (!preferredProfile.isEmpty())
        m_messages->showMessage(
            MessageBar::Kind::Warning, tr("There is no profile called “%1”.").arg(preferredProfile));
    m_session->activate(profiles.first());
}

void MainWindow::startSandbox()
{
    QList<ConnectionProfile> profiles = savedProfiles();
    auto it = std::find_if(
        profiles.begin(), profiles.end(), [](const ConnectionProfile& p) { return p.isBuiltInSandbox; });
    if (it == profiles.end()) {
        ConnectionProfile sandbox;
        sandbox.name = SandboxProfileName;
        sandbox.isBuiltInSandbox = true;
        sandbox.platformUrl = QUrl(QStringLiteral("http://127.0.0.1/"));
        profiles.append(sandbox);
        saveProfiles(profiles);
        it = profiles.end() - 1;
    }
    m_session->activate(*it);
}

void MainWindow::offerSandbox()
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Welcome"),
        tr("No connection is set up yet.\n\nStart the built-in sandbox (a local server with realistic test "
           "customers, for trying the console safely), or set up a connection to a FilmFlex server?"),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("firstRunDialog"));
    QPushButton* sandbox = box->addButton(tr("Start the sandbox"), QMessageBox::AcceptRole);
    QPushButton* profiles = box->addButton(tr("Set up a connection…"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(sandbox);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, sandbox, profiles](QAbstractButton* clicked) {
        if (clicked == sandbox)
            startSandbox();
        else if (clicked == profiles)
            showProfiles();
    });
    box->open();
}

void MainWindow::showProfiles()
{
    auto* dialog = new ProfilesDialog(savedProfiles(), m_credentials, m_session->keychainAvailable(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfilesDialog::profilesSaved, this, [this](const QList<ConnectionProfile>& profiles) {
        saveProfiles(profiles);
        // The active profile's settings may have changed: reconnect with them.
        for (const ConnectionProfile& profile : profiles) {
            if (profile.name == m_session->profile().name) {
                if (!(profile == m_session->profile()) && !profile.isBuiltInSandbox)
                    m_session->activate(profile);
                return;
            }
        }
        if (!profiles.isEmpty() && m_session->state() != ConnectionSession::State::Ready)
            m_session->activate(profiles.first());
    });
    dialog->open();
}

void MainWindow::reviewCertificate(
    const QStringList& details, const QStringList& fingerprints, qint64 affiliateId, const QString& username)
{
    auto* dialog = new CertificateDialog(m_session->profile().name, details, fingerprints, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CertificateDialog::trustRequested, this,
        [this, affiliateId, username](const QStringList& trusted) {
            // Trusted for this profile only, by fingerprint, and shown on the profile indicator.
            QList<ConnectionProfile> profiles = savedProfiles();
            ConnectionProfile updated = m_session->profile();
            for (const QString& fingerprint : trusted) {
                if (!updated.trustedCertificateFingerprints.contains(fingerprint, Qt::CaseInsensitive))
                    updated.trustedCertificateFingerprints.append(fingerprint);
            }
            for (ConnectionProfile& profile : profiles) {
                if (profile.name == updated.name)
                    profile.trustedCertificateFingerprints = updated.trustedCertificateFingerprints;
            }
            saveProfiles(profiles);
            m_session->useCredentialsOf(updated);
            openCustomer(affiliateId, username);
        });
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto* dialog = new ShortcutsDialog(m_shortcutActions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::askForSecret(const ConnectionProfile& profile, const QString& reason, bool canRemember)
{
    m_connectionState->setText(tr("Waiting for the secret of %1").arg(profile.name));
    // Over a write dialog, if one is open (a write refused with 401), else over the window.
    QWidget* over = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : this;
    auto* dialog = new SecretDialog(profile.name, reason, canRemember, over);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { m_session->provideSecret(dialog->secret(), dialog->remember()); });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_session->declineSecret();
        if (m_session->client())
            return; // renewing was declined: the connection stays as it was
        m_connectionState->setText(tr("Not connected"));
        m_messages->showMessage(MessageBar::Kind::Warning,
            tr("Not connected: no secret was given for this profile."), tr("Try again"));
    });
    dialog->open();
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
