// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/purchases/AccountPurchasesTab.h"

#include "api/client/ApiClient.h"
#include "api/core/GuidText.h"
#include "models/AccountPurchasesModel.h"
#include "models/CurrencyTotalsModel.h"
#include "models/PurchaseFilterProxyModel.h"
#include "ui/errors/ErrorPresenter.h"
#include "ui/purchases/SpendChartPanel.h"
#include "ui/session/ConnectionSession.h"
#include "ui/widgets/BusyBar.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/TableExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ff::ui {

namespace {

QString orDash(const std::optional<QString>& text)
{
    return text && !text->isEmpty() ? text->toHtmlEscaped() : QStringLiteral("—");
}

} // namespace

AccountPurchasesTab::AccountPurchasesTab(
    ConnectionSession* session, const QString& accountId, const QString& customerLabel, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_customerLabel(customerLabel)
    , m_messages(new MessageBar(this))
    , m_errors(new ErrorPresenter(m_messages, session, this))
    , m_busy(new BusyBar(this))
    , m_account(new QLineEdit(accountId, this))
    , m_from(new OptionalDateEdit(tr("Purchased from"), this))
    , m_to(new OptionalDateEdit(tr("Purchased until"), this))
    , m_paidOnly(new QCheckBox(tr("Paid only"), this))
    , m_type(new QComboBox(this))
    , m_softwareVersion(new QLineEdit(this))
    , m_json(new QRadioButton(QStringLiteral("JSON"), this))
    , m_xml(new QRadioButton(QStringLiteral("XML"), this))
    , m_load(new QPushButton(tr("Load purchases"), this))
    , m_billing(new QLabel(this))
    , m_state(new QLabel(this))
    , m_view(new QTableView(this))
    , m_totals(new QTableView(this))
    , m_model(new AccountPurchasesModel(this))
    , m_proxy(new PurchaseFilterProxyModel(this))
    , m_totalsModel(new CurrencyTotalsModel(this))
    , m_spendChart(new SpendChartPanel(m_model, m_proxy, this))
{
    setObjectName(QStringLiteral("accountPurchasesTab"));
    m_model->setDisplayFormat(m_format);
    m_totalsModel->setDisplayFormat(m_format);
    m_proxy->setSourceModel(m_model);

    m_account->setObjectName(QStringLiteral("accountId"));
    m_account->setPlaceholderText(QStringLiteral("1b01b296-1469-4c46-b14b-c46719621538"));
    m_account->setAccessibleName(tr("Account id"));
    m_paidOnly->setAccessibleName(tr("Paid invoices only"));
    m_type->setEditable(true);
    m_type->addItems({ QString(), QStringLiteral("Credit"), QStringLiteral("TopUp"),
        QStringLiteral("Subscription"), QStringLiteral("Voucher") });
    m_type->setAccessibleName(tr("Purchase type"));
    m_softwareVersion->setPlaceholderText(tr("optional"));
    m_softwareVersion->setAccessibleName(tr("Software version"));
    m_json->setChecked(true);
    m_json->setAccessibleName(tr("Ask for JSON"));
    m_xml->setAccessibleName(tr("Ask for XML"));
    m_load->setObjectName(QStringLiteral("loadPurchases"));
    m_load->setDefault(true);

    auto* filters = new QGroupBox(tr("Account"), this);
    auto* form = new QFormLayout(filters);
    form->addRow(tr("Account &id:"), m_account);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch();
    form->addRow(tr("Purchased:"), dates);
    auto* more = new QHBoxLayout;
    more->addWidget(m_paidOnly);
    more->addWidget(new QLabel(tr("Type:"), this));
    more->addWidget(m_type);
    more->addWidget(new QLabel(tr("Software version:"), this));
    more->addWidget(m_softwareVersion);
    more->addWidget(new QLabel(tr("Format:"), this));
    more->addWidget(m_json);
    more->addWidget(m_xml);
    more->addStretch();
    more->addWidget(m_load);
    form->addRow(more);

    m_billing->setObjectName(QStringLiteral("billingDetails"));
    m_billing->setTextFormat(Qt::RichText); // its own markup; what the server sent in it is escaped
    m_billing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_billing->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("purchasesState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setAlignment(Qt::AlignCenter);

    m_view->setObjectName(QStringLiteral("purchasesView"));
    m_view->setAccessibleName(tr("Credit purchases"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_totals->setObjectName(QStringLiteral("totalsView"));
    m_totals->setAccessibleName(tr("Totals per currency"));
    m_totals->setModel(m_totalsModel);
    m_totals->verticalHeader()->hide();
    m_totals->horizontalHeader()->setStretchLastSection(true);
    m_totals->setMaximumHeight(140);

    TableExport::attach(m_view, m_messages, [this] { return tr("%1-purchases").arg(m_customerLabel); });
    TableExport::attach(m_totals, m_messages, [this] { return tr("%1-totals").arg(m_customerLabel); });

    auto* totalsBox = new QGroupBox(tr("Totals per currency"), this);
    (new QVBoxLayout(totalsBox))->addWidget(m_totals);
    auto* billingBox = new QGroupBox(tr("Billing details"), this);
    (new QVBoxLayout(billingBox))->addWidget(m_billing);
    auto* side = new QHBoxLayout;
    side->addWidget(billingBox, 1);
    side->addWidget(totalsBox, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(filters);
    layout->addWidget(m_busy);
    layout->addWidget(m_state);
    auto* chartAndTable = new QSplitter(Qt::Vertical, this);
    chartAndTable->setChildrenCollapsible(false);
    chartAndTable->addWidget(m_spendChart);
    chartAndTable->addWidget(m_view);
    chartAndTable->setStretchFactor(1, 1);
    layout->addWidget(chartAndTable, 1);
    layout->addLayout(side);

    connect(m_load, &QPushButton::clicked, this, &AccountPurchasesTab::load);
    connect(m_account, &QLineEdit::returnPressed, this, &AccountPurchasesTab::load);
    connect(m_busy, &BusyBar::cancelRequested, this, [this] {
        if (m_call)
            m_call->cancel();
    });
    connect(m_model, &AccountPurchasesModel::totalsChanged, this, &AccountPurchasesTab::showTotals);
    connect(m_proxy, &PurchaseFilterProxyModel::filtersChanged, this, &AccountPurchasesTab::showTotals);

    showNothing(tr("Enter an account id and load its purchases."));
    if (!accountId.isEmpty())
        load();
}

QString AccountPurchasesTab::title() const
{
    return m_customerLabel.isEmpty() ? tr("Account purchases") : tr("Purchases: %1").arg(m_customerLabel);
}

QString AccountPurchasesTab::accountId() const
{
    return m_account->text().trimmed();
}

bool AccountPurchasesTab::isLoading() const
{
    return m_call != nullptr;
}

void AccountPurchasesTab::showNothing(const QString& why)
{
    m_state->setText(why);
    m_state->show();
}

void AccountPurchasesTab::showTotals()
{
    m_totalsModel->setTotals(CurrencyTotal::of(m_proxy->shownPurchases()));
}

void AccountPurchasesTab::load()
{
    const auto account = GuidText::parse(QStringView(m_account->text().trimmed()));
    if (!account) {
        // Refused here: nothing is sent for an id that cannot be an account.
        m_errors->showMessage(MessageBar::Kind::Error,
            tr("“%1” is not an account id: it must be a GUID such as 1b01b296-1469-4c46-b14b-c46719621538.")
                .arg(m_account->text().trimmed()));
        m_account->setFocus();
        return;
    }
    ApiClient* client = m_session->client();
    if (!client)
        return;
    if (m_call)
        m_call->cancel();
    AccountPurchasesQuery query;
    query.startDate = m_from->optionalDate();
    query.endDate = m_to->optionalDate();
    if (m_paidOnly->isChecked())
        query.paid = true;
    query.type = m_type->currentText().trimmed();
    query.softwareVersion = m_softwareVersion->text().trimmed();
    query.asXml = m_xml->isChecked();

    m_errors->dismiss();
    m_busy->start(tr("Loading the account's purchases…"));
    m_load->setEnabled(false);
    m_call = client->accountPurchases(
        *account, query, this, [this](Result<AccountPurchasesResponse, ApiError> result) {
            m_busy->stop();
            m_load->setEnabled(true);
            m_call = nullptr;
            if (result) {
                show(*result);
                emit loadFinished();
                return;
            }
            if (result.error().kind == ApiError::Kind::Cancelled)
                return;
            // The Error envelope and every other failure: an error, and the last good data stays.
            m_errors->showError(result.error(), tr("There is no account with this id."), [this] { load(); });
            if (m_model->rowCount() == 0)
                showNothing(tr("No purchases are shown because the request failed (see above)."));
            emit loadFinished();
        });
}

void AccountPurchasesTab::show(const AccountPurchasesResponse& response)
{
    const AccountPurchasesDetail detail = response.responseData && response.responseData->detail
        ? *response.responseData->detail
        : AccountPurchasesDetail {};
    const QList<CreditPurchase> purchases = detail.purchases.value_or(QList<CreditPurchase>());
    m_model->setPurchases(purchases);
    showTotals();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->resizeColumnToContents(column);

    const QString user = response.responseData && response.responseData->identification
        ? orDash(response.responseData->identification->userId)
        : QStringLiteral("—");
    QString billing = tr("<b>User</b> %1").arg(user);
    if (detail.billingDetails) {
        const BillingDetails& b = *detail.billingDetails;
        billing += tr("<br><b>Company</b> %1<br><b>Address</b> %2<br><b>Email</b> %3 · <b>Phone</b> %4 · "
                      "<b>Mobile</b> %5")
                       .arg(orDash(b.company), orDash(b.address), orDash(b.email), orDash(b.phone),
                           orDash(b.mobile));
    }
    billing
        += tr("<br><b>Purchases allowed</b> %1 · <b>Purchase order required</b> %2 %3")
               .arg(m_format.yesNo(detail.isPurchaseAllowed), m_format.yesNo(detail.isPurchaseOrderRequired),
                   detail.purchaseOrder ? tr("(PO %1)").arg(detail.purchaseOrder->toHtmlEscaped())
                                        : QString());
    m_billing->setText(billing);
    if (purchases.isEmpty())
        showNothing(tr("This account has no credit purchases that match these filters."));
    else
        m_state->hide();
    emit titleChanged(title());
}

} // namespace ff::ui
