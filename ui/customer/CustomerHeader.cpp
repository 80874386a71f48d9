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
    , m_candidates(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    // Names and ids as typed or sent: never markup.
    for (QLabel* label : { m_heading, m_summary, m_candidates }) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Wrapped rather than widening the window: the candidates' reasons alone ran to 830 px,
        // which pushed the header's buttons off a 1440-px screen.
        label->setWordWrap(true);
    }
    m_summary->setObjectName(QStringLiteral("customerSummary"));
    m_candidates->setObjectName(QStringLiteral("refundCandidates"));
    m_candidates->hide(); // until the investigation is in

    auto* titles = new QVBoxLayout;
    titles->addWidget(m_heading);
    titles->addWidget(m_summary);
    titles->addWidget(m_candidates);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titles, 1);
    const QList<std::pair<QAction*, const char*>> buttons
        = { { actions.copyCustomerId(), "copyCustomerIdButton" }, { actions.refresh(), "refreshButton" },
              { actions.accountPurchases(), "accountPurchasesButton" },
              { actions.caseReport(), "caseReportButton" }, { actions.addItem(), "addItemButton" },
              { actions.acknowledgeLicence(), "ackLicenceButton" } };
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

void CustomerHeader::showCandidates(const OrderInvestigation::Summary& summary)
{
    m_candidates->show();
    if (summary.candidates == 0) {
        m_candidates->setText(tr("No refund candidates"));
        return;
    }
    // The reasons, the commonest first (the kinds' order among equals).
    std::vector<std::pair<int, SignalKind>> counted;
    for (int kind = 0; kind < SignalKindCount; ++kind) {
        if (summary.reasons[size_t(kind)] > 0)
            counted.emplace_back(summary.reasons[size_t(kind)], SignalKind(kind));
    }
    std::stable_sort(
        counted.begin(), counted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList reasons;
    for (const auto& [count, kind] : counted)
        reasons.append(reason(kind, count));
    const QString candidates = tr("%n refund candidate(s)", nullptr, summary.candidates);
    m_candidates->setText(
        reasons.isEmpty() ? candidates : tr("%1: %2").arg(candidates, reasons.join(tr(", "))));
}

QString CustomerHeader::candidates() const
{
    return m_candidates->isHidden() ? QString() : m_candidates->text();
}

QString CustomerHeader::reason(SignalKind kind, int count)
{
    switch (kind) {
    case SignalKind::UnwatchedInCourtesyWindow:
        return tr("%n unwatched in the courtesy window", nullptr, count);
    case SignalKind::ExpiredUnused:
        return tr("%n expired unused", nullptr, count);
    case SignalKind::DeliveryFailure:
        return tr("%n delivery failure(s)", nullptr, count);
    case SignalKind::StoppedEarly:
        return tr("%n stopped early", nullptr, count);
    case SignalKind::Watched:
        return tr("%n watched", nullptr, count);
    case SignalKind::Duplicate:
        return tr("%n duplicate(s)", nullptr, count);
    case SignalKind::AlreadyRefunded:
        return tr("%n already refunded", nullptr, count);
    case SignalKind::TermsDiffer:
        return tr("%n with other terms than the offer's", nullptr, count);
    case SignalKind::BoxSetPartlyUsed:
        return tr("%n box set(s) partly used", nullptr, count);
    case SignalKind::ClockAnomaly:
        return tr("%n with a clock anomaly", nullptr, count);
    case SignalKind::EntitlementConflict:
        return tr("%n entitlement conflict(s)", nullptr, count);
    }
    return QString();
}

} // namespace ff::ui
