// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/AccountPurchasesResponse.h"
#include "models/DisplayFormat.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace ff {
class AccountPurchasesModel;
class ApiCall;
class CurrencyTotalsModel;
class PurchaseFilterProxyModel;
} // namespace ff

namespace ff::ui {

class BusyBar;
class ConnectionSession;
class ErrorPresenter;
class MessageBar;
class OptionalDateEdit;
class SpendChartPanel;

// An account's credit purchases from the admin service: filters (dates, paid only, type, JSON or
// XML), the purchases, the billing details and the totals per currency. The API's Error
// envelope shows as an error in the message bar, never as an empty table.
class AccountPurchasesTab final : public QWidget
{
    Q_OBJECT

public:
    AccountPurchasesTab(ConnectionSession* session, const QString& accountId, const QString& customerLabel,
        QWidget* parent = nullptr);

    QString title() const;
    QString accountId() const;
    void load();
    bool isLoading() const;

    QLineEdit* accountEdit() const { return m_account; }
    QCheckBox* paidOnly() const { return m_paidOnly; }
    QRadioButton* xmlFormat() const { return m_xml; }
    AccountPurchasesModel* model() const { return m_model; }
    CurrencyTotalsModel* totals() const { return m_totalsModel; }
    MessageBar* messages() const { return m_messages; }
    QTableView* view() const { return m_view; }
    QLabel* billing() const { return m_billing; }
    PurchaseFilterProxyModel* proxy() const { return m_proxy; }
    SpendChartPanel* spendChart() const { return m_spendChart; }

signals:
    void loadFinished();
    void titleChanged(const QString& title);

private:
    void show(const AccountPurchasesResponse& response);
    void showNothing(const QString& why);
    // The totals of the rows shown, as every filter (a month chosen on the chart too) leaves them.
    void showTotals();

    ConnectionSession* m_session;
    QString m_customerLabel;
    DisplayFormat m_format;
    QPointer<ApiCall> m_call;

    MessageBar* m_messages;
    ErrorPresenter* m_errors;
    BusyBar* m_busy;
    QLineEdit* m_account;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QCheckBox* m_paidOnly;
    QComboBox* m_type;
    QLineEdit* m_softwareVersion;
    QRadioButton* m_json;
    QRadioButton* m_xml;
    QPushButton* m_load;
    QLabel* m_billing;
    QLabel* m_state;
    QTableView* m_view;
    QTableView* m_totals;
    AccountPurchasesModel* m_model;
    PurchaseFilterProxyModel* m_proxy;
    CurrencyTotalsModel* m_totalsModel;
    SpendChartPanel* m_spendChart;
};

} // namespace ff::ui
