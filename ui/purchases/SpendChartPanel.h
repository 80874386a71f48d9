// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ff {
class AccountPurchasesModel;
class MonthlySpendModel;
class PurchaseFilterProxyModel;
} // namespace ff

namespace ff::ui {

class CurrencySpendChart;

// Spend per month over an account's purchases: a small chart per currency, or the same numbers
// as a table, drawn from the purchases the table's filters let through (every month of them).
// Clicking a month's bar, or pressing Enter on its row, filters the table to that month in the
// proxy, without asking the server again; a line above the table says which month is shown and
// offers every month back. Purchases with no date or no amount are said, never drawn as zero.
class SpendChartPanel final : public QWidget
{
    Q_OBJECT

public:
    SpendChartPanel(
        AccountPurchasesModel* purchases, PurchaseFilterProxyModel* proxy, QWidget* parent = nullptr);

    MonthlySpendModel* model() const { return m_model; }
    QList<CurrencySpendChart*> charts() const { return m_charts; }
    QTableView* table() const { return m_table; }
    QPushButton* tableToggle() const { return m_asTable; }
    QLabel* note() const { return m_note; }
    QLabel* monthLine() const { return m_monthLine; }
    QPushButton* showAllMonths() const { return m_showAll; }

private:
    void refresh();
    void chooseMonth(QDate month);

    AccountPurchasesModel* m_purchases;
    PurchaseFilterProxyModel* m_proxy;
    MonthlySpendModel* m_model;
    QLabel* m_heading;
    QLabel* m_note;
    QPushButton* m_asTable;
    QStackedWidget* m_pages;
    QWidget* m_chartPage;
    QTableView* m_table;
    QWidget* m_monthBar;
    QLabel* m_monthLine;
    QPushButton* m_showAll;
    QList<CurrencySpendChart*> m_charts;
};

} // namespace ff::ui
