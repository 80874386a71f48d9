// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customer/OrderFilterBar.h"

#include "models/OrderFilterProxyModel.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace ff::ui {

OrderFilterBar::OrderFilterBar(OrderFilterProxyModel* proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_text(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_from(new OptionalDateEdit(tr("Created from"), this))
    , m_to(new OptionalDateEdit(tr("Created until"), this))
    , m_candidates(new QCheckBox(tr("Refund candidates"), this))
{
    m_text->setObjectName(QStringLiteral("orderFilter"));
    m_text->setPlaceholderText(tr("Filter by title, supplier ref, order, item or transaction id (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter orders"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("All statuses"));
    m_candidates->setObjectName(QStringLiteral("refundCandidatesSwitch"));
    m_candidates->setAccessibleName(tr("Show only refund candidates"));
    m_candidates->setToolTip(
        tr("Only the items whose refund is due or needs review, within the other filters (Ctrl+Shift+R)"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Created:"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_candidates);

    connect(m_text, &QLineEdit::textChanged, m_proxy, &OrderFilterProxyModel::setFilterText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_status->currentData().toString();
        m_proxy->setStatusCodes(code.isEmpty() ? QStringList() : QStringList { code });
    });
    const auto applyDates
        = [this] { m_proxy->setCreatedRange(m_from->optionalDate(), m_to->optionalDate()); };
    connect(m_from, &QDateEdit::dateChanged, this, applyDates);
    connect(m_to, &QDateEdit::dateChanged, this, applyDates);
    connect(m_candidates, &QCheckBox::toggled, m_proxy, &OrderFilterProxyModel::setCandidatesOnly);
}

void OrderFilterBar::toggleCandidates()
{
    m_candidates->toggle();
}

void OrderFilterBar::setStatuses(const QList<PurchaseOrderStatus>& statuses)
{
    const QString current = m_status->currentData().toString();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    m_status->addItem(tr("All statuses"));
    for (const PurchaseOrderStatus& status : statuses) {
        const QString code = status.code.value_or(QString());
        m_status->addItem(status.name.value_or(code), code);
    }
    const int index = m_status->findData(current);
    m_status->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty())
        m_proxy->setStatusCodes({}); // the chosen status is gone: all are shown, as the box says
}

void OrderFilterBar::focusFilter()
{
    m_text->setFocus();
    m_text->selectAll();
}

} // namespace ff::ui
