// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/ProfilesDialog.h"

#include "api/auth/CredentialStore.h"
#include "models/AffiliateInvestigation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ff::ui {

namespace {

// The affiliates table's columns.
enum AffiliateColumn { IdColumn, NameColumn, CurrencyColumn, ZoneColumn, PolicyColumn, AffiliateColumns };

} // namespace

ProfilesDialog::ProfilesDialog(
    QList<ConnectionProfile> profiles, CredentialStore* credentials, bool keychainAvailable, QWidget* parent)
    : QDialog(parent)
    , m_profiles(std::move(profiles))
    , m_credentials(credentials)
    , m_keychainAvailable(keychainAvailable)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_platformUrl(new QLineEdit(this))
    , m_adminUrl(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_apiKeyHeader(new QLineEdit(this))
    , m_basicUser(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_proxy(new QLineEdit(this))
    , m_production(new QCheckBox(tr("Production (shown in red)"), this))
    , m_readOnly(new QCheckBox(tr("Read-only: no changes can be sent"), this))
    , m_insecure(new QCheckBox(tr("Allow plain http to a remote server (insecure)"), this))
    , m_affiliates(new QTableWidget(0, AffiliateColumns, this))
    , m_problem(new QLabel(this))
{
    for (ConnectionProfile& profile : m_profiles) {
        if (profile.id.isEmpty())
            profile.id = ConnectionProfile::newId(); // the console's start gives one; never go without
    }
    setWindowTitle(tr("Connection profiles"));
    setObjectName(QStringLiteral("profilesDialog"));
    resize(900, 560);
    m_list->setAccessibleName(tr("Profiles"));
    m_auth->addItem(tr("Bearer token"), QStringLiteral("bearer"));
    m_auth->addItem(tr("API key header"), QStringLiteral("apikey"));
    m_auth->addItem(tr("Basic (user and password)"), QStringLiteral("basic"));
    m_auth->addItem(tr("None"), QStringLiteral("none"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(keychainAvailable
            ? tr("leave empty to keep the one in the keychain")
            : tr("no keychain: you will be asked for it when connecting"));
    m_secret->setEnabled(keychainAvailable);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_proxy->setPlaceholderText(
        tr("empty: the system's proxy settings; host:port, no user name or password"));
    m_affiliates->setHorizontalHeaderLabels(
        { tr("Id"), tr("Name"), tr("Currency"), tr("Time zone"), tr("Refund policy (JSON)") });
    m_affiliates->setObjectName(QStringLiteral("affiliates"));
    m_affiliates->horizontalHeaderItem(ZoneColumn)
        ->setToolTip(tr("The affiliate's time zone, e.g. Europe/London; empty: yours"));
    m_affiliates->horizontalHeaderItem(PolicyColumn)
        ->setToolTip(
            tr("The affiliate's refund policy as JSON, e.g. {\"CourtesyWindowHours\": 24}; a missing "
               "key takes its default; empty: the defaults"));
    // The short columns as wide as their contents, so that the policy's header is not pushed
    // out of sight (in German and Polish it is the longest).
    for (int column = 0; column < PolicyColumn; ++column)
        m_affiliates->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_affiliates->horizontalHeader()->setStretchLastSection(true);
    m_affiliates->setAccessibleName(tr("Affiliates of this profile"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("profileProblem"));
    const QList<QPair<QWidget*, QString>> names
        = { { m_name, tr("Profile name") }, { m_platformUrl, tr("Platform API URL") },
              { m_adminUrl, tr("Admin API URL") }, { m_auth, tr("Authentication") },
              { m_apiKeyHeader, tr("API key header name") }, { m_basicUser, tr("User name") },
              { m_secret, tr("Secret") }, { m_timeout, tr("Timeout") }, { m_proxy, tr("Proxy") } };
    for (const auto& [widget, name] : names)
        widget->setAccessibleName(name);
    m_auth->setObjectName(QStringLiteral("authScheme"));
    m_apiKeyHeader->setObjectName(QStringLiteral("apiKeyHeader"));
    m_basicUser->setObjectName(QStringLiteral("basicUser"));
    m_secret->setObjectName(QStringLiteral("secret"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_platformUrl->setObjectName(QStringLiteral("platformUrl"));
    m_proxy->setObjectName(QStringLiteral("proxy"));
    m_readOnly->setObjectName(QStringLiteral("readOnly"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Platform API URL:"), m_platformUrl);
    form->addRow(tr("A&dmin API URL:"), m_adminUrl);
    form->addRow(tr("A&uthentication:"), m_auth);
    form->addRow(tr("API key &header:"), m_apiKeyHeader);
    form->addRow(tr("&User name (basic):"), m_basicUser);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("Pro&xy:"), m_proxy);
    form->addRow(m_production);
    form->addRow(m_readOnly);
    form->addRow(m_insecure);
    form->addRow(tr("Affiliates:"), m_affiliates);

    auto* add = new QPushButton(tr("Add"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    add->setObjectName(QStringLiteral("addProfile"));
    remove->setObjectName(QStringLiteral("removeProfile"));
    auto* addAffiliate = new QPushButton(tr("Add affiliate"), this);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(addAffiliate, 0, Qt::AlignLeft);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (const ConnectionProfile& profile : m_profiles)
        m_list->addItem(profile.name);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeForm();
        showProfile(row);
    });
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ProfilesDialog::updateEnabledFields);
    connect(add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(remove, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(addAffiliate, &QPushButton::clicked, this, [this] {
        m_affiliates->insertRow(m_affiliates->rowCount());
        lockRefundSettings();
    });
    connect(m_readOnly, &QCheckBox::toggled, this, &ProfilesDialog::lockRefundSettings);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfilesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(m_profiles.isEmpty() ? -1 : 0);
    if (m_profiles.isEmpty())
        addProfile();
}

void ProfilesDialog::showProfile(int row)
{
    m_current = row;
    const bool valid = row >= 0 && row < m_profiles.size();
    const ConnectionProfile profile = valid ? m_profiles[row] : ConnectionProfile {};
    m_name->setText(profile.name);
    m_platformUrl->setText(profile.platformUrl.toString());
    m_adminUrl->setText(profile.adminUrl.toString());
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(authSchemeName(profile.authScheme))));
    m_apiKeyHeader->setText(profile.apiKeyHeader);
    m_basicUser->setText(profile.basicUser);
    m_secret->setText(m_newSecrets.value(profile.id));
    m_timeout->setValue(profile.timeoutSeconds);
    m_proxy->setText(profile.proxyUrl);
    m_production->setChecked(profile.isProduction);
    m_readOnly->setChecked(profile.readOnly);
    m_insecure->setChecked(profile.allowInsecureHttp);
    m_affiliates->setRowCount(0);
    for (const AffiliateInfo& affiliate : profile.affiliates) {
        const int r = m_affiliates->rowCount();
        m_affiliates->insertRow(r);
        m_affiliates->setItem(r, 0, new QTableWidgetItem(QString::number(affiliate.id)));
        m_affiliates->setItem(r, 1, new QTableWidgetItem(affiliate.name));
        m_affiliates->setItem(r, 2, new QTableWidgetItem(affiliate.currency));
        m_affiliates->setItem(r, ZoneColumn, new QTableWidgetItem(affiliate.timeZone));
        m_affiliates->setItem(r, PolicyColumn, new QTableWidgetItem(affiliate.refundPolicy));
    }
    lockRefundSettings();
    updateEnabledFields();
}

void ProfilesDialog::lockRefundSettings()
{
    const bool locked = m_readOnly->isChecked();
    for (int r = 0; r < m_affiliates->rowCount(); ++r) {
        for (const int column : { ZoneColumn, PolicyColumn }) {
            if (!m_affiliates->item(r, column))
                m_affiliates->setItem(r, column, new QTableWidgetItem);
            QTableWidgetItem* item = m_affiliates->item(r, column);
            item->setFlags(locked ? item->flags() & ~Qt::ItemIsEditable : item->flags() | Qt::ItemIsEditable);
        }
    }
}

void ProfilesDialog::updateEnabledFields()
{
    // A profile is shown, and it is not the built-in sandbox (which finds its own connection).
    const bool editable
        = m_current >= 0 && m_current < m_profiles.size() && !m_profiles[m_current].isBuiltInSandbox;
    const QString scheme = m_auth->currentData().toString();
    for (QWidget* widget : std::initializer_list<QWidget*> { m_platformUrl, m_adminUrl, m_auth, m_insecure })
        widget->setEnabled(editable);
    m_apiKeyHeader->setEnabled(editable && scheme == QLatin1String("apikey"));
    m_basicUser->setEnabled(editable && scheme == QLatin1String("basic"));
    m_secret->setEnabled(editable && m_keychainAvailable && scheme != QLatin1String("none"));
}

void ProfilesDialog::storeForm()
{
    if (m_current < 0 || m_current >= m_profiles.size())
        return;
    ConnectionProfile& profile = m_profiles[m_current];
    profile.name = m_name->text().trimmed();
    if (!profile.isBuiltInSandbox) {
        profile.platformUrl = QUrl(m_platformUrl->text().trimmed());
        profile.adminUrl = QUrl(m_adminUrl->text().trimmed());
        profile.authScheme
            = authSchemeFromName(m_auth->currentData().toString()).value_or(AuthScheme::Bearer);
        profile.apiKeyHeader = m_apiKeyHeader->text().trimmed();
        profile.basicUser = m_basicUser->text().trimmed();
        profile.allowInsecureHttp = m_insecure->isChecked();
    }
    profile.timeoutSeconds = m_timeout->value();
    profile.proxyUrl = m_proxy->text().trimmed();
    profile.isProduction = m_production->isChecked();
    profile.readOnly = m_readOnly->isChecked();
    profile.affiliates.clear();
    for (int r = 0; r < m_affiliates->rowCount(); ++r) {
        auto text = [this, r](int column) {
            return m_affiliates->item(r, column) ? m_affiliates->item(r, column)->text().trimmed()
                                                 : QString();
        };
        bool ok = false;
        const qint64 id = text(0).toLongLong(&ok);
        if (ok && id > 0)
            profile.affiliates.append(
                { id, text(1), text(2).toUpper(), text(PolicyColumn), text(ZoneColumn) });
    }
    m_newSecrets.remove(profile.id);
    if (!m_secret->text().isEmpty())
        m_newSecrets.insert(profile.id, m_secret->text());
    if (QListWidgetItem* item = m_list->item(m_current))
        item->setText(profile.name);
}

void ProfilesDialog::addProfile()
{
    storeForm();
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId(); // never one of a profile removed before
    profile.name = tr("New profile %1").arg(m_profiles.size() + 1);
    profile.platformUrl = QUrl(QStringLiteral("https://"));
    m_profiles.append(profile);
    m_list->addItem(profile.name);
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void ProfilesDialog::removeProfile()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_profiles.size())
        return;
    const QString id = m_profiles[row].id;
    m_current = -1;
    m_profiles.removeAt(row);
    delete m_list->takeItem(row);
    // Its secret goes when the agent saves, not before: Cancel keeps everything.
    m_newSecrets.remove(id);
    if (!id.isEmpty())
        m_removedIds.append(id);
    showProfile(m_list->currentRow());
}

QString ProfilesDialog::validate() const
{
    QStringList names;
    for (const ConnectionProfile& profile : m_profiles) {
        if (profile.name.isEmpty())
            return tr("Every profile needs a name.");
        if (names.contains(profile.name, Qt::CaseInsensitive))
            return tr("Two profiles are called “%1”.").arg(profile.name);
        names.append(profile.name);
        if (profile.proxyHasCredentials())
            return tr("Profile “%1”: the proxy has a user name or password. Proxy authentication is not "
                      "supported: give the proxy as host:port, without them.")
                .arg(profile.name);
        for (const AffiliateInfo& affiliate : profile.affiliates) {
            if (const QString problem = AffiliateInvestigation::zoneProblem(affiliate.timeZone);
                !problem.isEmpty())
                return tr("Profile “%1”, affiliate %2: %3")
                    .arg(profile.name, QString::number(affiliate.id), problem);
            if (const QString problem = AffiliateInvestigation::policyProblem(affiliate.refundPolicy);
                !problem.isEmpty())
                return tr("Profile “%1”, affiliate %2: the refund policy: %3")
                    .arg(profile.name, QString::number(affiliate.id), problem);
        }
        if (profile.isBuiltInSandbox)
            continue;
        for (const QUrl& url : { profile.platformUrl, profile.effectiveAdminUrl() }) {
            if (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
                return tr("Profile “%1”: “%2” is not an http(s) URL.").arg(profile.name, url.toString());
        }
    }
    return QString();
}

void ProfilesDialog::save()
{
    storeForm();
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    for (const QString& id : std::as_const(m_removedIds))
        m_credentials->remove(id, this, [](auto) {});
    m_removedIds.clear();
    for (auto it = m_newSecrets.cbegin(); it != m_newSecrets.cend(); ++it)
        m_credentials->write(it.key(), it.value(), this, [](auto) {});
    m_newSecrets.clear();
    emit profilesSaved(m_profiles);
    accept();
}

} // namespace ff::ui
