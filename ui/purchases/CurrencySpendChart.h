// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace ff {
class MonthlySpendModel;
} // namespace ff

namespace ff::ui {

// One currency's spend per month as bars: a small chart of its own, so that amounts in two
// currencies never share an axis. A bar's tooltip gives the month's exact amount and how many
// purchases make it; clicking a bar asks for the table to show that month. Drawn in the
// window's palette (light or dark), and every text on it is plain, whatever the server sent.
class CurrencySpendChart final : public QChartView
{
    Q_OBJECT

public:
    explicit CurrencySpendChart(QWidget* parent = nullptr);

    // The currency's bars over these months (every chart of a panel gets the same ones), the
    // selected month's bar marked.
    void showSpend(const MonthlySpendModel& spend, const QString& currency, const QList<QDate>& months,
        std::optional<QDate> selected);

    QString currency() const { return m_currency; }
    const QList<QDate>& months() const { return m_months; }
    QBarSet* bars() const { return m_bars; }
    // What the bar of months()[index] shows when the pointer rests on it.
    QString barToolTip(int index) const;
    // The middle of that bar, in the viewport's coordinates: where a click on it lands.
    QPoint barCentre(int index);

signals:
    void monthClicked(QDate month);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QChart* m_chart;
    QBarSet* m_bars;
    QBarCategoryAxis* m_monthAxis;
    QValueAxis* m_amountAxis;
    QString m_currency;
    QList<QDate> m_months;
    QStringList m_toolTips;
};

} // namespace ff::ui
