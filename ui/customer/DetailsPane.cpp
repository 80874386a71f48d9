// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customer/DetailsPane.h"

#include "models/FieldRows.h"
#include "ui/investigation/InvestigationCard.h"
#include "ui/investigation/TitlePurchases.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ff::ui {

namespace {

// The ids and payment references agents paste into other systems: one click to copy.
const QStringList OneClickCopy
    = { QStringLiteral("Id"), QStringLiteral("MerchantRef"), QStringLiteral("CustomerId"),
          QStringLiteral("PurchaseOrderId"), QStringLiteral("OfferId"), QStringLiteral("SupplierRef"),
          QStringLiteral("PaymentProviderCustomerId"), QStringLiteral("PaymentProviderTransactionId"),
          QStringLiteral("PaymentProviderRefundTransId"), QStringLiteral("DeviceIdOfFirstPlay") };
constexpr int RawRole = Qt::UserRole + 1;
constexpr int ApiNameRole = Qt::UserRole + 2;

} // namespace

DetailsPane::DetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_card(new InvestigationCard(this))
    , m_cardArea(new QScrollArea(this))
    , m_heading(new QLabel(this))
    , m_fields(new QTreeWidget(this))
{
    m_heading->setObjectName(QStringLiteral("detailsHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_fields->setObjectName(QStringLiteral("detailsFields"));
    m_fields->setAccessibleName(tr("Details of the selected order or item"));
    m_fields->setColumnCount(3);
    m_fields->setHeaderLabels({ tr("Field"), tr("Value"), QString() });
    m_fields->setRootIsDecorated(false);
    m_fields->setAlternatingRowColors(true);
    m_fields->setUniformRowHeights(true);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_fields->header()->setStretchLastSection(false);
    m_fields->setContextMenuPolicy(Qt::CustomContextMenu);

    auto* copy = new QAction(tr("Copy value"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &DetailsPane::copyCurrent);
    m_fields->addAction(copy);
    connect(m_fields, &QWidget::customContextMenuRequested, this, [this, copy](const QPoint& position) {
        if (m_fields->itemAt(position)) {
            QMenu menu(this);
            menu.addAction(copy);
            menu.exec(m_fields->viewport()->mapToGlobal(position));
        }
    });
    connect(m_fields, &QTreeWidget::itemDoubleClicked, this, &DetailsPane::copyCurrent);

    m_cardArea->setWidget(m_card);
    m_cardArea->setWidgetResizable(true);
    m_cardArea->setFrameShape(QFrame::NoFrame);
    m_cardArea->setObjectName(QStringLiteral("investigationCardArea"));
    m_cardArea->setAccessibleName(tr("Refund investigation of the selected item"));
    connect(m_card, &InvestigationCard::contextChanged, this, &DetailsPane::investigationContextChanged);

    auto* fields = new QWidget(this);
    auto* fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(m_heading);
    fieldsLayout->addWidget(m_fields, 1);
    // The answer first, most of the height; every field below it for whoever wants them.
    m_split->addWidget(m_cardArea);
    m_split->addWidget(fields);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    m_split->setSizes({ 3000, 1000 }); // shares, scaled to the height it gets
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);
    clear();
}

void DetailsPane::fill(const QString& heading, const QList<FieldRow>& rows)
{
    m_heading->setText(heading);
    m_fields->clear();
    for (const FieldRow& row : rows) {
        auto* item = new QTreeWidgetItem(
            m_fields, { QString(row.depth * 4, QLatin1Char(' ')) + row.label, row.shown });
        item->setData(0, ApiNameRole, row.apiName);
        item->setData(1, RawRole, row.raw);
        item->setToolTip(0, row.apiName);
        item->setToolTip(1, DisplayFormat::toolTip(row.raw)); // the value as the API sent it
        if (row.depth == 0 && OneClickCopy.contains(row.apiName) && !row.raw.isEmpty()) {
            auto* button = new QToolButton(m_fields);
            button->setText(tr("Copy"));
            button->setAutoRaise(true);
            button->setToolTip(tr("Copy %1 to the clipboard").arg(row.label));
            button->setAccessibleName(tr("Copy %1").arg(row.label));
            const QString raw = row.raw;
            const QString label = row.label;
            connect(button, &QToolButton::clicked, this, [this, raw, label] {
                QApplication::clipboard()->setText(raw);
                emit copied(label);
            });
            m_fields->setItemWidget(item, 2, button);
        }
    }
}

void DetailsPane::setInvestigationSource(const PurchaseOrderModel* model, const CardSubject& subject)
{
    m_orders = model;
    m_card->setSubject(subject);
}

void DetailsPane::setInvestigationContext(const InvestigationContext& context)
{
    m_card->setContext(context);
}

const InvestigationContext& DetailsPane::investigationContext() const
{
    return m_card->context();
}

void DetailsPane::showEntitlement(const Entitlement& entitlement)
{
    m_card->setEntitlement(entitlement);
}

void DetailsPane::showOrder(const PurchaseOrder& order, const QString& currency)
{
    m_card->clear();
    m_cardArea->hide();
    fill(tr("Order %1").arg(order.id ? QString::number(*order.id) : QStringLiteral("—")),
        FieldRows(m_format, currency).of(order));
}

void DetailsPane::showItem(const PurchaseOrderItem& item, const PurchaseOrder& order, const QString& currency)
{
    fill(tr("Item %1 of order %2")
             .arg(item.id ? QString::number(*item.id) : QStringLiteral("—"),
                 order.id ? QString::number(*order.id) : QStringLiteral("—")),
        FieldRows(m_format, currency).of(item));
    if (m_orders && item.id) {
        m_card->showItem(TitlePurchases::of(*m_orders, order, item), *item.id, currency);
        m_cardArea->show();
    } else {
        m_card->clear();
        m_cardArea->hide();
    }
}

void DetailsPane::clear()
{
    m_heading->setText(tr("Select an order or an item to see all its fields."));
    m_fields->clear();
    m_card->clear();
    m_cardArea->hide();
}

QString DetailsPane::rawValue(const QString& apiName) const
{
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_fields->topLevelItem(i);
        if (item->data(0, ApiNameRole).toString() == apiName)
            return item->data(1, RawRole).toString();
    }
    return QString();
}

void DetailsPane::copyCurrent()
{
    const QTreeWidgetItem* item = m_fields->currentItem();
    if (!item)
        return;
    const QString raw = item->data(1, RawRole).toString();
    QApplication::clipboard()->setText(raw.isEmpty() ? item->text(1) : raw);
    emit copied(item->text(0).trimmed());
}

} // namespace ff::ui
