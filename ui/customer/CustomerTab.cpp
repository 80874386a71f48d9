// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customer/CustomerTab.h"

#include "api/client/ApiClient.h"
#include "api/core/GuidText.h"
#include "api/domain/WriteVerification.h"
#include "api/profile/ProfileStore.h"
#include "models/OrderFilterProxyModel.h"
#include "models/PurchaseOrderModel.h"
#include "ui/customer/DetailsPane.h"
#include "ui/customer/EntitlementPane.h"
#include "ui/session/ConnectionSession.h"
#include "ui/widgets/AgentMessage.h"
#include "ui/widgets/BusyBar.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/writes/AckLicenceDialog.h"
#include "ui/writes/AddItemDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace ff::ui {

namespace {

const QString HeaderKey = QStringLiteral("customerTab/ordersHeader");
const QString SplitterKey = QStringLiteral("customerTab/splitter");

} // namespace

CustomerTab::CustomerTab(ConnectionSession* session, const AuditLog& audit, qint64 affiliateId,
    const QString& username, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_audit(audit)
    , m_affiliateId(affiliateId)
    , m_username(username)
    , m_model(new PurchaseOrderModel(this))
    , m_proxy(new OrderFilterProxyModel(this))
    , m_messages(new MessageBar(this))
    , m_busy(new BusyBar(this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_copyCustomerId(new QPushButton(tr("Copy customer id"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_accountPurchases(new QPushButton(tr("Account purchases…"), this))
    , m_addItem(new QPushButton(tr("Add item…"), this))
    , m_ackLicence(new QPushButton(tr("Acknowledge licence…"), this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_from(new OptionalDateEdit(tr("Created from"), this))
    , m_to(new OptionalDateEdit(tr("Created until"), this))
    , m_empty(new QLabel(this))
    , m_splitter(new QSplitter(this))
    , m_view(new QTreeView(this))
    , m_detailTabs(new QTabWidget(this))
    , m_details(new DetailsPane(this))
    , m_entitlement(new EntitlementPane(session, this))
{
    setObjectName(QStringLiteral("customerTab"));
    m_model->setDisplayFormat(m_format);
    m_model->setCurrency(currency());
    m_proxy->setSourceModel(m_model);
    m_details->setDisplayFormat(m_format);
    m_entitlement->setDisplayFormat(m_format);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setText(customerLabel());
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Names and ids as typed or sent: never markup.
    for (QLabel* label : { m_heading, m_summary, m_empty })
        label->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("customerSummary"));

    m_refresh->setToolTip(tr("Load this customer's orders again (F5)"));
    m_copyCustomerId->setEnabled(false);
    for (QPushButton* button : { m_copyCustomerId, m_refresh, m_accountPurchases, m_addItem, m_ackLicence })
        button->setAccessibleName(button->text().remove(QStringLiteral("…")));
    m_addItem->setObjectName(QStringLiteral("addItemButton"));
    m_ackLicence->setObjectName(QStringLiteral("ackLicenceButton"));
    m_accountPurchases->setObjectName(QStringLiteral("accountPurchasesButton"));

    m_filter->setObjectName(QStringLiteral("orderFilter"));
    m_filter->setPlaceholderText(tr("Filter by title, supplier ref, order, item or transaction id (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter orders"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("All statuses"));

    m_view->setObjectName(QStringLiteral("ordersView"));
    m_view->setAccessibleName(tr("Purchase orders and their items"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PurchaseOrderModel::Created, Qt::DescendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionsMovable(true);
    m_view->header()->setDefaultSectionSize(120);
    // Fitting a column to its contents measures this many rows, not the default thousand: each
    // is a text layout per column, and with 100 000 items those took a long stop of the window.
    m_view->header()->setResizeContentsPrecision(60);

    m_empty->setObjectName(QStringLiteral("emptyState"));
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
    leftLayout->addWidget(m_view, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detailTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_heading);
    titles->addWidget(m_summary);
    header->addLayout(titles, 1);
    header->addWidget(m_copyCustomerId);
    header->addWidget(m_refresh);
    header->addWidget(m_accountPurchases);
    header->addWidget(m_addItem);
    header->addWidget(m_ackLicence);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Created:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(header);
    layout->addWidget(m_busy);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &CustomerTab::refresh);
    connect(m_addItem, &QPushButton::clicked, this, &CustomerTab::openAddItem);
    connect(m_ackLicence, &QPushButton::clicked, this, &CustomerTab::openAcknowledgeLicence);
    connect(m_accountPurchases, &QPushButton::clicked, this, &CustomerTab::openAccountPurchases);
    connect(m_copyCustomerId, &QPushButton::clicked, this, [this] {
        if (const auto id = customerId()) {
            QApplication::clipboard()->setText(QString::fromLatin1(GuidText::toText(*id)));
            emit statusMessage(tr("Customer id copied"));
        }
    });
    connect(m_messages, &MessageBar::actionTriggered, this, [this] {
        if (m_lastError.kind == ApiError::Kind::Tls)
            emit certificateReviewRequested(
                m_lastError.certificateDetails, m_lastError.certificateFingerprints);
        else if (m_reloadWhenSignedIn)
            m_session->renewSecret(
                tr("The server refused the secret of profile “%1” (it may have expired). Enter it again.")
                    .arg(m_session->profile().name));
        else
            refresh();
    });
    connect(m_session, &ConnectionSession::credentialsRenewed, this, [this] {
        if (std::exchange(m_reloadWhenSignedIn, false))
            refresh();
    });
    connect(m_busy, &BusyBar::cancelRequested, this, [this] {
        if (m_call)
            m_call->cancel();
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &OrderFilterProxyModel::setFilterText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_status->currentData().toString();
        m_proxy->setStatusCodes(code.isEmpty() ? QStringList() : QStringList { code });
    });
    connect(m_from, &QDateEdit::dateChanged, this, &CustomerTab::applyDateFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &CustomerTab::applyDateFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CustomerTab::onSelectionChanged);
    connect(m_model, &PurchaseOrderModel::ordersLoaded, this, &CustomerTab::showOrders);
    connect(m_details, &DetailsPane::copied, this,
        [this](const QString& what) { emit statusMessage(tr("%1 copied").arg(what)); });

    restoreLayout();
    updateActions();
    load();
}

CustomerTab::~CustomerTab()
{
    saveLayout();
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
    return m_call != nullptr || m_model->isLoading();
}

void CustomerTab::refresh()
{
    if (const PurchaseOrderItem* item = selectedItem())
        m_reselectItem = item->id;
    else if (const PurchaseOrder* order = selectedOrder())
        m_reselectOrder = order->id;
    load();
}

void CustomerTab::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void CustomerTab::load(Reloaded then)
{
    if (m_call)
        m_call->cancel();
    ApiClient* client = m_session->client();
    if (!client) {
        m_messages->showMessage(MessageBar::Kind::Warning,
            tr("Not connected yet: the orders load once the connection is ready."), tr("Retry"));
        return;
    }
    m_messages->dismiss();
    m_busy->start(tr("Loading the orders of %1…").arg(m_username));
    m_refresh->setEnabled(false);
    m_call = client->purchaseOrders(
        m_affiliateId, m_username, this, [this, then](Result<QList<PurchaseOrder>, ApiError> result) {
            m_call = nullptr;
            if (then)
                then(result);
            if (result) {
                // The rows are prepared on a worker thread and reach the view in batches, so that
                // 100 000 items never freeze the window; showOrders() ends the load once all are in.
                m_model->loadOrders(*result);
                return;
            }
            m_busy->stop();
            m_refresh->setEnabled(true);
            const auto finished = qScopeGuard([this] { emit loadFinished(); });
            const ApiError& error = result.error();
            if (error.kind == ApiError::Kind::Cancelled) {
                m_messages->showMessage(MessageBar::Kind::Information,
                    m_loadedOnce ? tr("Refreshing was cancelled: what is shown is from the last load.")
                                 : tr("Loading was cancelled."),
                    tr("Load again"));
                return;
            }
            m_lastError = error;
            if (error.kind == ApiError::Kind::Tls) {
                m_messages->showMessage(
                    MessageBar::Kind::Error, AgentMessage::forError(error), tr("Review the certificate…"));
                return;
            }
            if (error.isUnauthorized() && error.httpStatus == 401) {
                // A token that expired mid-session: ask for it again, then load again.
                m_reloadWhenSignedIn = true;
                m_messages->showMessage(
                    MessageBar::Kind::Error, AgentMessage::forError(error), tr("Enter the secret again"));
                return;
            }
            // What was on screen stays there: an error never empties the view.
            m_messages->showMessage(MessageBar::Kind::Error,
                AgentMessage::forError(error,
                    tr("No customer “%1” was found in %2. Check the spelling, or try "
                       "their email address.")
                        .arg(m_username, customerLabel().section(QStringLiteral(" · "), 1))),
                error.isNotFound() || error.kind == ApiError::Kind::InvalidInput ? QString() : tr("Retry"));
        });
    connect(m_call, &ApiCall::progress, m_busy, &BusyBar::setProgress);
}

void CustomerTab::showOrders()
{
    m_busy->stop();
    m_refresh->setEnabled(true);
    m_loadedOnce = true;
    const bool none = m_model->orderCount() == 0;
    updateStatusFilter();
    const int items = m_model->itemCount();
    QString summary = tr("%n order(s)", nullptr, m_model->orderCount()) + QStringLiteral(" · ")
        + tr("%n item(s)", nullptr, items);
    if (const auto id = customerId())
        summary
            += QStringLiteral(" · ") + tr("customer id %1").arg(QString::fromLatin1(GuidText::toText(*id)));
    m_summary->setText(summary);
    m_copyCustomerId->setEnabled(customerId().has_value());
    m_empty->setText(tr("%1 has no purchase orders in this affiliate.").arg(m_username));
    m_empty->setVisible(none);
    m_view->setVisible(!none);
    if (!m_layoutRestored && !none) {
        // First load without a saved layout: fit the columns to what they hold, within reason.
        for (int column = 0; column < m_model->columnCount(); ++column) {
            m_view->resizeColumnToContents(column);
            m_view->setColumnWidth(column, qMin(m_view->columnWidth(column) + 8, 320));
        }
        // Item rows are indented and not expanded yet: leave room for their labels.
        const int itemLabel = m_view->fontMetrics().horizontalAdvance(tr("Item %1").arg(99999999))
            + 2 * m_view->indentation() + 16;
        m_view->setColumnWidth(PurchaseOrderModel::OrderOrItem,
            qMax(m_view->columnWidth(PurchaseOrderModel::OrderOrItem), itemLabel));
        m_layoutRestored = true;
    }
    const bool firstLoad = !m_view->currentIndex().isValid() && !m_reselectItem && !m_reselectOrder;
    if (m_reselectItem)
        selectItem(*std::exchange(m_reselectItem, std::nullopt));
    else if (m_reselectOrder)
        selectOrder(*std::exchange(m_reselectOrder, std::nullopt));
    else
        onSelectionChanged();
    if (firstLoad && !none) {
        // The agent has just asked for this customer: the newest order is where they start.
        m_view->setCurrentIndex(m_proxy->index(0, 0));
        // Keyboard focus follows from the search field the agent pressed Enter in.
        const QWidget* focused = QApplication::focusWidget();
        if (!focused || focused->objectName() == QLatin1String("customer"))
            m_view->setFocus();
    }
    updateActions();
    emit titleChanged(title());
    emit loaded();
    emit loadFinished();
}

void CustomerTab::updateStatusFilter()
{
    const QString current = m_status->currentData().toString();
    QMap<QString, QString> statuses; // code → name, sorted by code
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PurchaseOrder* order = m_model->orderAt(m_model->index(row, 0));
        if (order && order->status && order->status->code)
            statuses.insert(*order->status->code, order->status->name.value_or(*order->status->code));
    }
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    m_status->addItem(tr("All statuses"));
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        m_status->addItem(it.value(), it.key());
    const int index = m_status->findData(current);
    m_status->setCurrentIndex(index < 0 ? 0 : index);
}

void CustomerTab::applyDateFilter()
{
    m_proxy->setCreatedRange(m_from->optionalDate(), m_to->optionalDate());
}

const PurchaseOrder* CustomerTab::selectedOrder() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return nullptr;
    if (const PurchaseOrder* order = m_model->orderAt(current))
        return order;
    return m_model->orderAt(current.parent());
}

const PurchaseOrderItem* CustomerTab::selectedItem() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? m_model->itemAt(current) : nullptr;
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
    updateActions();
    emit selectionChanged();
}

void CustomerTab::updateActions()
{
    const bool writable = !m_session->profile().readOnly;
    m_addItem->setVisible(writable);
    m_ackLicence->setVisible(writable);
    m_addItem->setEnabled(selectedOrder() != nullptr);
    m_addItem->setToolTip(
        selectedOrder() ? tr("Add an item to the selected order") : tr("Select an order first"));
    m_ackLicence->setEnabled(selectedItem() != nullptr);
    m_ackLicence->setToolTip(
        selectedItem() ? tr("Acknowledge the licence of the selected item") : tr("Select an item first"));
    m_accountPurchases->setEnabled(customerId().has_value());
}

void CustomerTab::selectOrder(qint64 orderId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfOrder(orderId));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void CustomerTab::selectItem(qint64 itemId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfItem(itemId));
    if (!index.isValid())
        return;
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void CustomerTab::openAddItem()
{
    const PurchaseOrder* order = selectedOrder();
    if (!order || m_session->profile().readOnly)
        return;
    QSet<qint64> before;
    for (const PurchaseOrderItem& item : order->purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>()))
        before.insert(item.id.value_or(0));
    auto* dialog = new AddItemDialog(m_session, m_audit, *order, currency(), customerLabel(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddItemDialog::itemAdded, this, [this, before](const PurchaseOrder& updated) {
        // The order the server returned replaces ours; the new item is selected.
        m_model->replaceOrder(updated);
        qint64 newest = 0;
        for (const PurchaseOrderItem& item :
            updated.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>())) {
            if (!before.contains(item.id.value_or(0)))
                newest = qMax(newest, item.id.value_or(0));
        }
        if (newest > 0)
            selectItem(newest);
        m_summary->setText(tr("%n order(s)", nullptr, m_model->orderCount()) + QStringLiteral(" · ")
            + tr("%n item(s)", nullptr, m_model->itemCount()));
        emit statusMessage(tr("Item added to order %1").arg(updated.id.value_or(0)));
    });
    QPointer<AddItemDialog> guard(dialog);
    const PurchaseOrder orderBefore = *order;
    connect(dialog, &AddItemDialog::outcomeUnknown, this,
        [this, guard, orderBefore](qint64 orderId, const PurchaseOrderItem& sent) {
            // The answer never came: read the orders again and compare, before anything is resent.
            load([this, guard, orderBefore, orderId, sent](
                     const Result<QList<PurchaseOrder>, ApiError>& reread) {
                if (!guard)
                    return;
                if (!reread) {
                    guard->unknownOutcomeUnresolved(AgentMessage::forError(reread.error()));
                    return;
                }
                const auto after = std::find_if(reread->cbegin(), reread->cend(),
                    [orderId](const PurchaseOrder& o) { return o.id == orderId; });
                if (after == reread->cend()) {
                    guard->unknownOutcomeUnresolved(
                        tr("order %1 is no longer in this customer's orders.").arg(orderId));
                    return;
                }
                const WriteVerification verification
                    = WriteVerification::ofAddedItem(orderBefore, sent, *after);
                if (verification.verdict == WriteVerification::Verdict::Applied)
                    m_reselectItem = verification.itemId;
                guard->resolveUnknownOutcome(verification,
                    tr("The item was added to order %1 (item %2).").arg(orderId).arg(verification.itemId));
            });
        });
    dialog->open();
}

void CustomerTab::openAcknowledgeLicence()
{
    const PurchaseOrderItem* item = selectedItem();
    if (!item || m_session->profile().readOnly)
        return;
    auto* dialog = new AckLicenceDialog(m_session, m_audit, m_affiliateId, *item, m_format, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AckLicenceDialog::acknowledged, this, [this] {
        emit statusMessage(tr("Licence acknowledged"));
        refresh(); // the item's licence flags changed on the server
    });
    QPointer<AckLicenceDialog> guard(dialog);
    const PurchaseOrderItem itemBefore = *item;
    connect(dialog, &AckLicenceDialog::outcomeUnknown, this, [this, guard, itemBefore](qint64 itemId) {
        load([this, guard, itemBefore, itemId](const Result<QList<PurchaseOrder>, ApiError>& reread) {
            if (!guard)
                return;
            if (!reread) {
                guard->unknownOutcomeUnresolved(AgentMessage::forError(reread.error()));
                return;
            }
            for (const PurchaseOrder& order : *reread) {
                for (const PurchaseOrderItem& after :
                    order.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>())) {
                    if (after.id == itemId) {
                        guard->resolveUnknownOutcome(WriteVerification::ofAcknowledgement(itemBefore, after),
                            tr("The licence acknowledgement for item %1 was recorded.").arg(itemId));
                        return;
                    }
                }
            }
            guard->unknownOutcomeUnresolved(
                tr("item %1 is no longer in this customer's orders.").arg(itemId));
        });
    });
    dialog->open();
}

void CustomerTab::openAccountPurchases()
{
    if (const auto id = customerId())
        emit accountPurchasesRequested(*id, m_username);
}

void CustomerTab::saveLayout() const
{
    const auto settings = ProfileStore::openSettings();
    settings->setValue(HeaderKey, m_view->header()->saveState());
    settings->setValue(SplitterKey, m_splitter->saveState());
}

void CustomerTab::restoreLayout()
{
    const auto settings = ProfileStore::openSettings();
    m_layoutRestored = m_view->header()->restoreState(settings->value(HeaderKey).toByteArray());
    m_splitter->restoreState(settings->value(SplitterKey).toByteArray());
}

} // namespace ff::ui
