// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/purchases/SpendChartPanel.h"

#include "models/AccountPurchasesModel.h"
#include "models/MonthlySpendModel.h"
#include "models/PurchaseFilterProxyModel.h"
#include "ui/purchases/CurrencySpendChart.h"
#include "ui/widgets/TableExport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ff::ui {

SpendChartPanel::SpendChartPanel(
    AccountPurchasesModel* purchases, PurchaseFilterProxyModel* proxy, QWidget* parent)
    : QWidget(parent)
    , m_purchases(purchases)
    , m_proxy(proxy)
    , m_model(new MonthlySpendModel(this))
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_asTable(new QPushButton(tr("As a &table"), this))
    , m_pages(new QStackedWidget(this))
    , m_chartPage(new QWidget(m_pages))
    , m_table(new QTableView(m_pages))
    , m_monthBar(new QWidget(this))
    , m_monthLine(new QLabel(m_monthBar))
    , m_showAll(new QPushButton(tr("Show &all months"), m_monthBar))
{
    setObjectName(QStringLiteral("spendChartPanel"));
    m_heading->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("spendChartNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_asTable->setObjectName(QStringLiteral("spendAsTable"));
    m_asTable->setCheckable(true);
    m_asTable->setAccessibleName(tr("Show spend per month as a table"));
    m_asTable->setToolTip(tr("The chart's numbers as a table, one row per month and currency"));

    m_table->setObjectName(QStringLiteral("spendTable"));
    m_table->setAccessibleName(tr("Spend per month"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Press Enter on a month to show only its purchases"));
    // As every table of the window: Export as CSV… and Ctrl+C (messages in the window's status bar).
    TableExport::attach(m_table, nullptr, [] { return tr("spend-per-month"); });
    new QHBoxLayout(m_chartPage);
    m_chartPage->layout()->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_chartPage);
    m_pages->addWidget(m_table);

    m_monthBar->setObjectName(QStringLiteral("spendMonthBar"));
    m_monthLine->setObjectName(QStringLiteral("spendMonthLine"));
    m_monthLine->setTextFormat(Qt::PlainText);
    m_showAll->setObjectName(QStringLiteral("showAllMonths"));
    m_showAll->setAccessibleName(tr("Show purchases of all months"));
    auto* monthLayout = new QHBoxLayout(m_monthBar);
    monthLayout->setContentsMargins(0, 0, 0, 0);
    monthLayout->addWidget(m_monthLine);
    monthLayout->addWidget(m_showAll);
    monthLayout->addStretch();

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addWidget(m_note, 1);
    top->addStretch(1); // the button keeps its size, with or without a note
    top->addWidget(m_asTable);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_monthBar);

    connect(m_asTable, &QPushButton::toggled, this, [this](bool asTable) {
        m_pages->setCurrentWidget(asTable ? static_cast<QWidget*>(m_table) : m_chartPage);
    });
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex& index) { chooseMonth(index.data(MonthlySpendModel::MonthRole).toDate()); });
    connect(m_showAll, &QPushButton::clicked, this, [this] { m_proxy->setMonth(std::nullopt); });
    connect(m_proxy, &PurchaseFilterProxyModel::filtersChanged, this, &SpendChartPanel::refresh);
    connect(m_proxy, &PurchaseFilterProxyModel::modelReset, this, &SpendChartPanel::refresh);
    refresh();
}

void SpendChartPanel::chooseMonth(QDate month)
{
    // The month shown already: a second click gives every month back.
    if (m_proxy->month() == month)
        m_proxy->setMonth(std::nullopt);
    else
        m_proxy->setMonth(month);
}

void SpendChartPanel::refresh()
{
    const DisplayFormat& format = m_purchases->displayFormat();
    // The row the keyboard is on stays current: Enter on it again gives every month back.
    const QModelIndex current = m_table->currentIndex();
    const QDate currentMonth = current.data(MonthlySpendModel::MonthRole).toDate();
    const QString currentCurrency = current.data(MonthlySpendModel::CurrencyRole).toString();
    m_model->setDisplayFormat(format);
    m_model->setSpend(MonthlySpend(m_proxy->purchasesInAnyMonth(), format.timeZone()));
    if (current.isValid())
        m_table->setCurrentIndex(
            m_model->indexOf(currentCurrency, currentMonth).siblingAtColumn(current.column()));
    const MonthlySpend& spend = m_model->spend();

    const QStringList& currencies = spend.currencies();
    while (m_charts.size() > currencies.size())
        delete m_charts.takeLast();
    while (m_charts.size() < currencies.size()) {
        auto* chart = new CurrencySpendChart(m_chartPage);
        connect(chart, &CurrencySpendChart::monthClicked, this, &SpendChartPanel::chooseMonth);
        m_chartPage->layout()->addWidget(chart);
        m_charts.append(chart);
    }
    const QList<QDate> months = spend.months();
    for (int i = 0; i < currencies.size(); ++i)
        m_charts.at(i)->showSpend(*m_model, currencies.at(i), months, m_proxy->month());
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->resizeColumnToContents(column);

    // The zone the months are read in, named: an agent abroad sees why a purchase is in April.
    m_heading->setText(
        tr("Gross spend per month (months in %1):").arg(QString::fromLatin1(format.timeZone().id())));
    m_note->setText(m_model->missingNote());
    m_note->setVisible(!m_note->text().isEmpty());
    if (const std::optional<QDate> month = m_proxy->month())
        m_monthLine->setText(
            tr("Showing the purchases of %1 only.").arg(MonthlySpend::monthName(*month, format.locale())));
    m_monthBar->setVisible(m_proxy->month().has_value());
    setVisible(!spend.isEmpty() || !m_note->text().isEmpty() || m_proxy->month());
}

} // namespace ff::ui
