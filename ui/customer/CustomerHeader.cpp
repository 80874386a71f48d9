// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customer/CustomerHeader.h"

#include "api/core/GuidText.h"
#include "ui/customer/CustomerActions.h"
#include "ui/widgets/ActionButton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ff::ui {

CustomerHeader::CustomerHeader(const QString& heading, const CustomerActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(heading, this))
    , m_summary(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    // Names and ids as typed or sent: never markup.
    for (QLabel* label : { m_heading, m_summary }) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_summary->setObjectName(QStringLiteral("customerSummary"));

    auto* titles = new QVBoxLayout;
    titles->addWidget(m_heading);
    titles->addWidget(m_summary);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titles, 1);
    const QList<std::pair<QAction*, const char*>> buttons
        = { { actions.copyCustomerId(), "copyCustomerIdButton" }, { actions.refresh(), "refreshButton" },
              { actions.accountPurchases(), "accountPurchasesButton" },
              { actions.addItem(), "addItemButton" }, { actions.acknowledgeLicence(), "ackLicenceButton" } };
    for (const auto& [action, name] : buttons) {
        auto* button = new ActionButton(action, this);
        button->setObjectName(QString::fromLatin1(name));
        layout->addWidget(button);
    }
}

void CustomerHeader::showSummary(int orders, int items, const std::optional<QUuid>& customerId)
{
    QString summary
        = tr("%n order(s)", nullptr, orders) + QStringLiteral(" · ") + tr("%n item(s)", nullptr, items);
    if (customerId)
        summary += QStringLiteral(" · ")
            + tr("customer id %1").arg(QString::fromLatin1(GuidText::toText(*customerId)));
    m_summary->setText(summary);
}

QString CustomerHeader::summary() const
{
    return m_summary->text();
}

} // namespace ff::ui
