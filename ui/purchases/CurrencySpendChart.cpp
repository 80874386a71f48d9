// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/purchases/CurrencySpendChart.h"

#include "models/DisplayFormat.h"
#include "models/MonthlySpendModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace ff::ui {

namespace {

// Qt Charts lays out its titles and labels as rich text: "<b>" from a server would be bold, so
// every text goes in escaped and reads letter for letter.
QString plain(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

CurrencySpendChart::CurrencySpendChart(QWidget* parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_bars(new QBarSet(QString()))
    , m_monthAxis(new QBarCategoryAxis(m_chart))
    , m_amountAxis(new QValueAxis(m_chart))
{
    setObjectName(QStringLiteral("currencySpendChart"));
    // The view owns the chart, and the chart its series and axes. QChartView(parent) makes a chart
    // of its own, and setChart() lets go of it without deleting it: deleted here (LeakSanitizer
    // found one leaked per chart).
    QChart* made = chart();
    setChart(m_chart);
    delete made;
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 180);
    // The table equivalent is the keyboard's way in; the view gives its viewport focus of its own.
    setFocusPolicy(Qt::NoFocus);
    viewport()->setFocusPolicy(Qt::NoFocus);

    auto* series = new QBarSeries(m_chart);
    series->append(m_bars);
    series->setBarWidth(0.7);
    m_chart->addSeries(series);
    m_chart->addAxis(m_monthAxis, Qt::AlignBottom);
    m_chart->addAxis(m_amountAxis, Qt::AlignLeft);
    series->attachAxis(m_monthAxis);
    series->attachAxis(m_amountAxis);
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);
    m_amountAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_amountAxis->setMinorTickCount(0);
    m_monthAxis->setTruncateLabels(false);
    m_monthAxis->setGridLineVisible(false);

    connect(m_bars, &QBarSet::hovered, this, [this](bool on, int index) {
        if (on && index >= 0 && index < m_toolTips.size())
            QToolTip::showText(QCursor::pos(), DisplayFormat::toolTip(m_toolTips.at(index)), this);
        else
            QToolTip::hideText();
    });
    // Queued: the table and this chart are redrawn for the month, and the bar under the mouse
    // must outlive the click that is still being delivered to it.
    connect(
        m_bars, &QBarSet::clicked, this,
        [this](int index) {
            if (index >= 0 && index < m_months.size())
                emit monthClicked(m_months.at(index));
        },
        Qt::QueuedConnection);
    applyPalette();
}

void CurrencySpendChart::showSpend(const MonthlySpendModel& spend, const QString& currency,
    const QList<QDate>& months, std::optional<QDate> selected)
{
    m_currency = currency;
    m_months = months;
    m_toolTips.clear();
    const QLocale& locale = spend.displayFormat().locale();
    m_chart->setTitle(plain(spend.currencyName(currency)));
    m_chart->setLocale(locale);
    setAccessibleName(tr("Spend per month in %1").arg(spend.currencyName(currency)));

    QStringList labels;
    QList<qreal> heights;
    for (const QDate& month : months) {
        labels.append(plain(MonthlySpend::shortMonthName(month, locale)));
        // A double only to draw the bar; every text about the amount is the exact Decimal's.
        heights.append(spend.spend().spend(currency, month).gross.toString().toDouble());
        m_toolTips.append(spend.summary(currency, month));
    }
    if (heights.size() == m_bars->count()) {
        // The same bars (a month chosen, a zone changed): new heights, no new bar items.
        for (int i = 0; i < heights.size(); ++i)
            m_bars->replace(i, heights.at(i));
    } else {
        m_bars->remove(0, m_bars->count());
        m_bars->append(heights);
    }
    m_monthAxis->clear();
    m_monthAxis->append(labels);
    m_monthAxis->setLabelsAngle(months.size() > 6 ? -90 : 0);
    const qreal highest = heights.isEmpty() ? 0 : *std::max_element(heights.cbegin(), heights.cend());
    m_amountAxis->setRange(0, highest > 0 ? highest * 1.1 : 1);
    m_amountAxis->applyNiceNumbers();
    m_bars->deselectBars(QList<int>(m_bars->selectedBars()));
    if (selected && months.contains(*selected))
        m_bars->selectBar(int(months.indexOf(*selected)));
}

QString CurrencySpendChart::barToolTip(int index) const
{
    return index >= 0 && index < m_toolTips.size() ? m_toolTips.at(index) : QString();
}

QPoint CurrencySpendChart::barCentre(int index)
{
    if (index < 0 || index >= m_months.size())
        return {};
    const qreal half = m_bars->at(index) / 2;
    const QPointF inChart = m_chart->mapToPosition(QPointF(index, half), m_chart->series().constFirst());
    return mapFromScene(m_chart->mapToScene(inChart));
}

void CurrencySpendChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    // The theme switched (the application's palette reaches each widget as its own change):
    // the chart's colours are not the palette's by themselves, so they follow it here.
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void CurrencySpendChart::applyPalette()
{
    // The window's palette, as the theme set it: the chart is part of the window, not a picture
    // on it.
    const QPalette colours = palette();
    const QColor text = colours.color(QPalette::WindowText);
    const QColor faint = colours.color(QPalette::Disabled, QPalette::WindowText);
    m_chart->setBackgroundBrush(colours.color(QPalette::Base));
    m_chart->setBackgroundPen(QPen(colours.color(QPalette::Mid)));
    m_chart->setTitleBrush(text);
    for (QAbstractAxis* axis :
        { static_cast<QAbstractAxis*>(m_monthAxis), static_cast<QAbstractAxis*>(m_amountAxis) }) {
        axis->setLabelsBrush(text);
        axis->setLinePenColor(faint);
        axis->setGridLineColor(faint);
    }
    m_bars->setColor(colours.color(QPalette::Highlight));
    m_bars->setBorderColor(colours.color(QPalette::Highlight));
    // The chosen month stands out in either palette.
    m_bars->setSelectedColor(QColor(0xe0, 0x8a, 0x00));
    setBackgroundBrush(colours.color(QPalette::Base));
}

} // namespace ff::ui
