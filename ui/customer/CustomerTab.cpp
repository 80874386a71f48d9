// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customer/CustomerTab.h"

#include "api/audit/AuditLog.h"
#include "api/client/ApiError.h"
#include "api/core/GuidText.h"
#include "api/profile/ProfileStore.h"
#include "models/AffiliateInvestigation.h"
#include "models/OrderFilterProxyModel.h"
#include "models/PurchaseOrderModel.h"
#include "ui/customer/CustomerHeader.h"
#include "ui/customer/DetailsPane.h"
#include "ui/customer/EntitlementPane.h"
#include "ui/customer/OrderFilterBar.h"
#include "ui/customer/OrdersLoader.h"
#include "ui/customer/OrdersTree.h"
#include "ui/errors/ErrorPresenter.h"
#include "ui/investigation/InvestigationCard.h"
#include "ui/report/CaseReportDialog.h"
#include "ui/session/ConnectionSession.h"
#include "ui/widgets/BusyBar.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/TableExport.h"
#include "ui/writes/AckLicenceDialog.h"
#include "ui/writes/AddItemDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ff::ui {

namespace {

const QString SplitterKey = QStringLiteral("customerTab/splitter");

} // namespace

CustomerTab::CustomerTab(ConnectionSession* session, const AuditLog& audit, const CustomerActions& actions,
    qint64 affiliateId, const QString& username, QWidget* parent, PendingWrites* pendingWrites)
    : QWidget(parent)
    , m_session(session)
    , m_audit(audit)
    , m_pendingWrites(pendingWrites)
    , m_affiliateId(affiliateId)
    , m_username(username)
    , m_model(new PurchaseOrderModel(this))
    , m_proxy(new OrderFilterProxyModel(this))
    , m_messages(new MessageBar(this))
    , m_errors(new ErrorPresenter(m_messages, session, this))
    , m_busy(new BusyBar(this))
    , m_header(new CustomerHeader(customerLabel(), actions, this))
    , m_filters(new OrderFilterBar(m_proxy, this))
    , m_empty(new QLabel(this))
    , m_splitter(new QSplitter(this))
    , m_tree(new OrdersTree(m_model, m_proxy, this))
    , m_detailTabs(new QTabWidget(this))
    , m_details(new DetailsPane(this))
    , m_entitlement(new EntitlementPane(session, this))
    , m_loader(new OrdersLoader(session, affiliateId, username, m_model, m_tree, m_busy, this))
{
    setObjectName(QStringLiteral("customerTab"));
    m_model->setDisplayFormat(m_format);
    m_model->setCurrency(currency());
    m_details->setDisplayFormat(m_format);
    m_details->setInvestigationSource(m_model, { &m_audit, affiliateId, username, session->profile().name });
    m_entitlement->setDisplayFormat(m_format);

    // Exported one row per item, each with its order's columns.
    TableExport::attach(m_tree, m_messages, [this] {
        return tr("%1-orders").arg(m_username);
    })->setParentHeader(tr("Order"));

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setTextFormat(Qt::PlainText); // the name as typed: never markup
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_detailTabs->setAccessibleName(tr("The selected order or item"));
    m_detailTabs->addTab(m_details, tr("&Details"));
    m_detailTabs->addTab(m_entitlement, tr("&Entitlement"));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_empty);
    leftLayout->addWidget(m_tree, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detailTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_header);
    layout->addWidget(m_busy);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);

    connect(m_loader, &OrdersLoader::started, this, [this] {
        m_errors->dismiss();
        emit loadStarted();
    });
    connect(m_loader, &OrdersLoader::notConnected, this, [this] {
        m_errors->showMessage(MessageBar::Kind::Warning,
            tr("Not connected yet: the orders load once the connection is ready."),
            ErrorPresenter::Recovery::Retry, [this] { refresh(); });
    });
    connect(m_loader, &OrdersLoader::failed, this, &CustomerTab::showLoadFailure);
    connect(m_loader, &OrdersLoader::arrived, this, &CustomerTab::showArrivedOrders);
    connect(m_loader, &OrdersLoader::shown, this, [this](bool sameSelection) {
        if (sameSelection)
            onSelectionChanged();
        emit titleChanged(title());
        emit loaded();
        emit loadFinished();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CustomerTab::onSelectionChanged);
    connect(m_entitlement, &EntitlementPane::loaded, this, [this] {
        if (m_entitlement->entitlement())
            m_details->showEntitlement(*m_entitlement->entitlement());
    });
    connect(
        m_entitlement, &EntitlementPane::notFound, m_details->card(), &InvestigationCard::setNoEntitlement);
    connect(m_model, &PurchaseOrderModel::investigated, this, &CustomerTab::showCandidates);
    connect(m_details, &DetailsPane::copied, this,
        [this](const QString& what) { emit statusMessage(tr("%1 copied").arg(what)); });

    m_tree->restoreLayout();
    m_splitter->restoreState(ProfileStore::openSettings()->value(SplitterKey).toByteArray());
    AffiliateInvestigation::Context context
        = AffiliateInvestigation::contextFor(session->profile(), affiliateId);
    m_contextWarnings = std::move(context.warnings);
    m_model->setInvestigationContext(context.context);
    // The card's "As of" moves the tree too: one instant and one policy on the whole tab.
    m_details->setInvestigationContext(context.context);
    connect(
        m_details, &DetailsPane::investigationContextChanged, this, &CustomerTab::setInvestigationContext);
    m_loader->load();
}

CustomerTab::~CustomerTab()
{
    m_tree->saveLayout();
    ProfileStore::openSettings()->setValue(SplitterKey, m_splitter->saveState());
}

QString CustomerTab::currency() const
{
    const auto affiliate = m_session->profile().affiliate(m_affiliateId);
    return affiliate ? affiliate->currency : QString();
}

QString CustomerTab::customerLabel() const
{
    const auto affiliate = m_session->profile().affiliate(m_affiliateId);
    const QString where = affiliate && !affiliate->name.isEmpty()
        ? tr("%1 (affiliate %2)").arg(affiliate->name, QString::number(m_affiliateId))
        : tr("affiliate %1").arg(m_affiliateId);
    return tr("%1 · %2").arg(m_username, where);
}

QString CustomerTab::title() const
{
    const auto affiliate = m_session->profile().affiliate(m_affiliateId);
    return affiliate && !affiliate->name.isEmpty()
        ? tr("%1 (%2)").arg(m_username, affiliate->name)
        : tr("%1 (%2)").arg(m_username, QString::number(m_affiliateId));
}

std::optional<QUuid> CustomerTab::customerId() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PurchaseOrder* order = m_model->orderAt(m_model->index(row, 0));
        if (order && order->customerId)
            return order->customerId;
    }
    return std::nullopt;
}

bool CustomerTab::isLoading() const
{
    return m_loader->isLoading();
}

QTreeView* CustomerTab::view() const
{
    return m_tree;
}

QLineEdit* CustomerTab::filterEdit() const
{
    return m_filters->filterEdit();
}

const PurchaseOrder* CustomerTab::selectedOrder() const
{
    return m_tree->selectedOrder();
}

const PurchaseOrderItem* CustomerTab::selectedItem() const
{
    return m_tree->selectedItem();
}

void CustomerTab::refresh()
{
    m_loader->reload();
}

void CustomerTab::toggleRefundCandidates()
{
    m_filters->toggleCandidates();
}

void CustomerTab::setInvestigationContext(const InvestigationContext& context)
{
    m_model->setInvestigationContext(context);
    m_details->setInvestigationContext(context); // does not emit: no loop
}

const InvestigationContext& CustomerTab::investigationContext() const
{
    return m_model->investigationContext();
}

void CustomerTab::showCandidates()
{
    m_header->showCandidates(m_model->candidateSummary());
}

void CustomerTab::focusFilter()
{
    m_filters->focusFilter();
}

void CustomerTab::showLoadFailure(const ApiError& error)
{
    const auto finished = qScopeGuard([this] { emit loadFinished(); });
    if (error.kind == ApiError::Kind::Cancelled) {
        m_errors->showMessage(
            MessageBar::Kind::Information,
            m_loader->hasLoadedOnce() ? tr("Refreshing was cancelled: what is shown is from the last load.")
                                      : tr("Loading was cancelled."),
            ErrorPresenter::Recovery::Retry, [this] { refresh(); }, tr("Load again"));
        return;
    }
    // What was on screen stays there: an error never empties the view.
    m_errors->showError(error,
        tr("No customer “%1” was found in %2. Check the spelling, or try their email address.")
            .arg(m_username, customerLabel().section(QStringLiteral(" · "), 1)),
        [this] { refresh(); });
}

void CustomerTab::showArrivedOrders()
{
    m_ordersFetchedAt = DateTimeOffset::fromQDateTime(QDateTime::currentDateTimeUtc());
    const bool none = m_model->orderCount() == 0;
    m_filters->setStatuses(m_model->statuses());
    m_header->showSummary(m_model->orderCount(), m_model->itemCount(), customerId());
    m_empty->setText(tr("%1 has no purchase orders in this affiliate.").arg(m_username));
    m_empty->setVisible(none);
    m_tree->setVisible(!none);
    if (!m_contextWarnings.isEmpty())
        m_errors->showMessage(MessageBar::Kind::Warning, m_contextWarnings.join(u' '));
    if (!none) {
        m_tree->fitColumnsOnce();
        m_tree->expandIfFew();
    }
}

void CustomerTab::onSelectionChanged()
{
    const PurchaseOrder* order = selectedOrder();
    const PurchaseOrderItem* item = selectedItem();
    if (item && order) {
        m_details->showItem(*item, *order, currency());
        if (item->supplierRef && !item->supplierRef->isEmpty())
            m_entitlement->load(m_affiliateId, *item->supplierRef, item->id.value_or(0), currency());
        else
            m_entitlement->clear();
    } else if (order) {
        m_details->showOrder(*order, currency());
        m_entitlement->clear();
    } else {
        m_details->clear();
        m_entitlement->clear();
    }
    emit selectionChanged();
}

void CustomerTab::showChangedOrder(const PurchaseOrder& order, qint64 itemId)
{
    m_model->replaceOrder(order);
    if (itemId > 0)
        m_tree->selectItem(itemId);
    m_header->showSummary(m_model->orderCount(), m_model->itemCount(), customerId());
}

void CustomerTab::openWrite(WriteDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // An answer that never came: the dialog has read the order again; show it as it now is.
    connect(dialog, &WriteDialog::orderReread, this, &CustomerTab::showChangedOrder);
    dialog->open();
}

void CustomerTab::openAddItem()
{
    const PurchaseOrder* order = selectedOrder();
    if (!order || m_session->profile().readOnly)
        return;
    auto* dialog = new AddItemDialog(
        { m_session, &m_audit, m_affiliateId, m_username, customerLabel(), m_pendingWrites }, *order,
        currency(), this);
    connect(dialog, &AddItemDialog::itemAdded, this, [this](const PurchaseOrder& updated, qint64 itemId) {
        // The order the server returned replaces ours; the new item is selected.
        showChangedOrder(updated, itemId);
        emit statusMessage(tr("Item added to order %1").arg(updated.id.value_or(0)));
    });
    openWrite(dialog);
}

void CustomerTab::openAcknowledgeLicence()
{
    const PurchaseOrderItem* item = selectedItem();
    if (!item || m_session->profile().readOnly)
        return;
    auto* dialog = new AckLicenceDialog(
        { m_session, &m_audit, m_affiliateId, m_username, customerLabel(), m_pendingWrites }, *item, m_format,
        this);
    if (const PurchaseOrder* order = selectedOrder()) {
        // The acknowledgement happens now, whatever instant the card is set to look at.
        InvestigationContext now = m_details->investigationContext();
        now.asOf.reset();
        dialog->setStates(LicenceStates(*order, item->id.value_or(0), now, locale()));
    }
    connect(dialog, &AckLicenceDialog::acknowledged, this, [this] {
        emit statusMessage(tr("Licence acknowledged"));
        refresh(); // the item's licence flags changed on the server
    });
    openWrite(dialog);
}

void CustomerTab::openAccountPurchases()
{
    if (const auto id = customerId())
        emit accountPurchasesRequested(*id, m_username);
}

void CustomerTab::copyCustomerId()
{
    if (const auto id = customerId()) {
        QApplication::clipboard()->setText(QString::fromLatin1(GuidText::toText(*id)));
        emit statusMessage(tr("Customer id copied"));
    }
}

void CustomerTab::openCaseReport()
{
    if (!m_ordersFetchedAt)
        return;
    // The orders as shown (with any the agent's writes replaced), worked out as the tree works
    // them out: the same policy, zone and instant, from the orders alone.
    const InvestigationContext& context = investigationContext();
    const ConnectionProfile& profile = m_session->profile();
    CaseReportRequest request;
    request.header.affiliateId = m_affiliateId;
    request.header.customer = m_username;
    request.header.agentAccount = AuditLog::currentOperatingSystemUser();
    request.header.profile = profile.name;
    request.header.production = profile.isProduction;
    request.header.serverUrl = CaseReportRequest::serverOf(profile.platformUrl);
    request.header.fetched = { { tr("Orders"), *m_ordersFetchedAt } };
    request.header.at = context.instant();
    request.header.asOfSet = context.asOf.has_value();
    request.header.appVersion = QStringLiteral(FFCONSOLE_VERSION);
    request.policy = context.policy;
    request.zone = context.affiliateZone;
    request.currency = currency();
    CaseReportDialog::Selection selection;
    for (int row = 0; row < m_model->orderCount(); ++row) {
        const PurchaseOrder& order = m_model->orderNode(row).order;
        request.orders.append(order);
        selection.customerItems += order.purchaseOrderItemDtos ? order.purchaseOrderItemDtos->size() : 0;
    }
    if (const PurchaseOrder* order = selectedOrder()) {
        selection.orderId = order->id.value_or(0);
        for (const PurchaseOrderItem& item :
            order->purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>())) {
            if (item.id) // an item the server sent without an id is not one to choose
                selection.orderItemIds.insert(*item.id);
        }
    }
    if (const PurchaseOrderItem* item = selectedItem()) {
        selection.itemId = item->id.value_or(0);
        useShownEntitlement(request, item->supplierRef.value_or(QString()));
    }
    selection.accountId = customerId();
    auto* dialog = new CaseReportDialog(std::move(request), m_audit.path(), selection, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaseReportDialog::saved, this,
        [this](const QString& message) { m_errors->showMessage(MessageBar::Kind::Success, message); });
    dialog->open();
}

void CustomerTab::useShownEntitlement(CaseReportRequest& request, const QString& supplierRef) const
{
    // The entitlement the card shows for the selected item, so that the report says what the
    // card says about it; every other title is worked out from the orders, as the tree does.
    const auto outcome = m_entitlement->outcome();
    if (supplierRef.isEmpty() || m_entitlement->supplierRef() != supplierRef || !m_entitlement->answeredAt()
        || (outcome != EntitlementPane::Outcome::Found && outcome != EntitlementPane::Outcome::NotFound))
        return;
    request.header.fetched.append({ tr("Entitlement of %1").arg(supplierRef), *m_entitlement->answeredAt() });
    auto shown = std::make_shared<std::optional<Entitlement>>(m_entitlement->entitlement());
    request.entitlementFor = [shown, supplierRef](const QString& ref) {
        if (ref != supplierRef)
            return EntitlementLookup::notAsked();
        return *shown ? EntitlementLookup::found(**shown) : EntitlementLookup::notFound();
    };
}

} // namespace ff::ui
