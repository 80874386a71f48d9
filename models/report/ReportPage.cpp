// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/ReportPage.h"

#include <QPdfWriter>

namespace ff {

namespace {

constexpr int CellPadding = 4;

} // namespace

ReportPage::ReportPage(QPdfWriter& writer, QString footer, QString pageLabel)
    : m_writer(writer)
    , m_painter(&writer)
    , m_footer(std::move(footer))
    , m_pageLabel(std::move(pageLabel))
{
    m_base = QFont(QStringLiteral("DejaVu Sans"));
    m_base.setPointSizeF(9);
    // No ligatures: a PDF reader searches and copies "confirmed", not "conﬁrmed" (Qt 6.4 has no
    // switch for font features; unshaped text has none, and scripts that need shaping keep it).
    m_base.setStyleStrategy(QFont::PreferNoShaping);
    m_width = writer.width();
    const QFontMetrics small(font(Style::Small), &writer);
    m_bottom = writer.height() - 2 * small.height();
}

ReportPage::~ReportPage()
{
    drawFooter();
    m_painter.end();
}

QFont ReportPage::font(Style style) const
{
    QFont font = m_base;
    switch (style) {
    case Style::Title:
        font.setPointSizeF(16);
        font.setBold(true);
        break;
    case Style::Heading:
        font.setPointSizeF(12.5);
        font.setBold(true);
        break;
    case Style::Subheading:
        font.setPointSizeF(10);
        font.setBold(true);
        break;
    case Style::Small:
        font.setPointSizeF(7.5);
        break;
    case Style::Strong:
        font.setBold(true);
        break;
    case Style::Body:
        break;
    }
    return font;
}

int ReportPage::heightOf(const QString& text, const QFont& font, int width) const
{
    const QFontMetrics metrics(font, &m_writer);
    return metrics.boundingRect(QRect(0, 0, width, 1 << 24), Qt::TextWordWrap, text).height();
}

void ReportPage::reserve(int height)
{
    if (m_y > 0 && m_y + height > m_bottom)
        newPage();
}

void ReportPage::space(int lines)
{
    const int height = QFontMetrics(m_base, &m_writer).height() / 2 * lines;
    if (m_y > 0)
        m_y = std::min(m_y + height, m_bottom);
}

void ReportPage::text(const QString& text, Style style, const QColor& colour, int indent)
{
    const QFont textFont = font(style);
    const int width = m_width - indent;
    const int height = heightOf(text, textFont, width);
    reserve(height);
    m_painter.setFont(textFont);
    m_painter.setPen(colour.isValid() ? colour : QColor(Qt::black));
    m_painter.drawText(QRect(indent, m_y, width, std::min(height, m_bottom - m_y)), Qt::TextWordWrap, text);
    m_y += height;
}

void ReportPage::line(const QString& text, Style style)
{
    const QFont textFont = font(style);
    const QFontMetrics metrics(textFont, &m_writer);
    reserve(metrics.height());
    m_painter.setFont(textFont);
    m_painter.setPen(Qt::black);
    m_painter.drawText(0, m_y + metrics.ascent(), metrics.elidedText(text, Qt::ElideRight, m_width));
    m_y += metrics.height();
}

void ReportPage::drawRow(
    const QStringList& cells, const QList<int>& xs, const QList<int>& widths, const QFont& font)
{
    int height = 0;
    for (qsizetype column = 0; column < cells.size(); ++column)
        height = std::max(height, heightOf(cells[column], font, widths[column] - 2 * CellPadding));
    height += CellPadding;
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    for (qsizetype column = 0; column < cells.size(); ++column) {
        m_painter.drawText(QRect(xs[column] + CellPadding, m_y + CellPadding / 2,
                               widths[column] - 2 * CellPadding, std::min(height, m_bottom - m_y)),
            Qt::TextWordWrap, cells[column]);
    }
    m_y += height;
    m_painter.setPen(QPen(QColor(200, 200, 200), 1));
    m_painter.drawLine(0, m_y, m_width, m_y);
}

void ReportPage::table(const QStringList& headings, const QList<QStringList>& rows, const QList<int>& shares)
{
    QList<int> xs;
    QList<int> widths;
    int x = 0;
    for (int share : shares) {
        xs.append(x);
        widths.append(m_width * share / 100);
        x += widths.last();
    }
    const QFont headingFont = font(Style::Strong);
    const QFont cellFont = font(Style::Small);
    const int lineHeight = QFontMetrics(cellFont, &m_writer).height();
    reserve(3 * lineHeight);
    drawRow(headings, xs, widths, headingFont);
    for (const QStringList& row : rows) {
        int height = 0;
        for (qsizetype column = 0; column < row.size(); ++column)
            height = std::max(height, heightOf(row[column], cellFont, widths[column] - 2 * CellPadding));
        if (m_y + height + CellPadding > m_bottom) {
            newPage();
            drawRow(headings, xs, widths, headingFont);
        }
        drawRow(row, xs, widths, cellFont);
    }
}

void ReportPage::fields(const QList<std::pair<QString, QString>>& rows)
{
    const QFont nameFont = font(Style::Strong);
    const QFont valueFont = font(Style::Body);
    const int nameWidth = m_width * 28 / 100;
    for (const auto& [name, value] : rows) {
        const int height = std::max(heightOf(name, nameFont, nameWidth - CellPadding),
            heightOf(value, valueFont, m_width - nameWidth));
        reserve(height);
        m_painter.setPen(Qt::black);
        m_painter.setFont(nameFont);
        m_painter.drawText(QRect(0, m_y, nameWidth - CellPadding, height), Qt::TextWordWrap, name);
        m_painter.setFont(valueFont);
        m_painter.drawText(QRect(nameWidth, m_y, m_width - nameWidth, std::min(height, m_bottom - m_y)),
            Qt::TextWordWrap, value);
        m_y += height;
    }
}

void ReportPage::newPage()
{
    drawFooter();
    m_writer.newPage();
    ++m_page;
    m_y = 0;
}

void ReportPage::drawFooter()
{
    const QFont small = font(Style::Small);
    const QFontMetrics metrics(small, &m_writer);
    m_painter.setFont(small);
    m_painter.setPen(QColor(90, 90, 90));
    const int y = m_writer.height() - metrics.descent();
    const QString page = m_pageLabel.arg(m_page);
    m_painter.drawText(
        0, y, metrics.elidedText(m_footer, Qt::ElideMiddle, m_width - metrics.horizontalAdvance(page) * 3));
    m_painter.drawText(m_width - metrics.horizontalAdvance(page), y, page);
}

} // namespace ff
