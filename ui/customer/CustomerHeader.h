// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/OrderInvestigation.h"

#include <QUuid>
#include <QWidget>
#include <optional>

class QLabel;

namespace ff::ui {

class CustomerActions;

// The top of a customer's tab: who they are (heading), what they have (the summary line, with
// their customer id), and the buttons of the customer's actions.
class CustomerHeader final : public QWidget
{
    Q_OBJECT

public:
    CustomerHeader(const QString& heading, const CustomerActions& actions, QWidget* parent = nullptr);

    // The one place the summary line is written: "15 order(s) · 24 item(s) · customer id …".
    void showSummary(int orders, int items, const std::optional<QUuid>& customerId);
    QString summary() const;
    // The refund line: "3 refund candidates: 2 unwatched in the courtesy window, 1 duplicate";
    // "No refund candidates" when there are none.
    void showCandidates(const OrderInvestigation::Summary& summary);
    QString candidates() const;
    // The reasons' words, counted: "2 unwatched in the courtesy window".
    static QString reason(SignalKind kind, int count);

private:
    QLabel* m_heading;
    QLabel* m_summary;
    QLabel* m_candidates;
};

} // namespace ff::ui
