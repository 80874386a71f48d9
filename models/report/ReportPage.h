// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QStringList>

class QPdfWriter;

namespace ff {

// Lays a report out on the pages of a PDF, top to bottom: headings, wrapped paragraphs, one-line
// rows and tables, a new page when the next piece does not fit (a table's heading row is drawn
// again on it), and on every page a footer with the page's number. Text is drawn as text, so
// the PDF's text can be selected and searched; it is never read as markup.
class ReportPage final
{
public:
    // pageLabel: the page's number in words, with %1 for it ("Page %1").
    ReportPage(QPdfWriter& writer, QString footer, QString pageLabel);
    ~ReportPage();

    enum class Style { Title, Heading, Subheading, Body, Small, Strong };
    QFont font(Style style) const;

    void text(const QString& text, Style style = Style::Body, const QColor& colour = {}, int indent = 0);
    // One line, cut short with "…" if it is too long: for the many items reported on a line each.
    void line(const QString& text, Style style = Style::Body);
    // Columns by their share of the width (percent); rows wrap within their cells.
    void table(const QStringList& headings, const QList<QStringList>& rows, const QList<int>& widths);
    // Rows of a name and a value, the names in bold.
    void fields(const QList<std::pair<QString, QString>>& rows);
    void space(int lines = 1);
    // Room for height more, on this page or the next. A piece taller than a page is drawn
    // from the top of a page and cut at its bottom.
    void reserve(int height);

    QPainter& painter() { return m_painter; }
    int top() const { return m_y; }
    int width() const { return m_width; }
    // Moves down by height, once something has been drawn there.
    void advance(int height) { m_y += height; }

private:
    int heightOf(const QString& text, const QFont& font, int width) const;
    void drawRow(const QStringList& cells, const QList<int>& xs, const QList<int>& widths, const QFont& font);
    void newPage();
    void drawFooter();

    QPdfWriter& m_writer;
    QPainter m_painter;
    QString m_footer;
    QString m_pageLabel;
    int m_width = 0;
    int m_bottom = 0; // where the content ends, above the footer
    int m_y = 0;
    int m_page = 1;
    QFont m_base;
};

} // namespace ff
