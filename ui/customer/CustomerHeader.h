// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

private:
    QLabel* m_heading;
    QLabel* m_summary;
};

} // namespace ff::ui
