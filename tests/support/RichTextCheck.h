// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QString>
#include <QStringList>

namespace ff::test {

// Whether what a server sent or an agent typed reaches the screen as plain characters, the way
// Qt would show a text: a tooltip or a label in Qt::AutoText is taken for markup when
// Qt::mightBeRichText says so, one in Qt::RichText always.
//
// A test plants markup-looking values (an <img> of a file, a link, an entity) in what it loads;
// a text Qt takes for markup must not hold one of them as it is (in any case: a currency is
// shown upper-case), must ask for no resource (an image file read on hover) and link nowhere
// but within the console ("#…"). A tooltip Qt takes for markup must moreover be the markup
// DisplayFormat::toolTip makes of a plain text (paragraphs, line breaks and &lt; &gt; &amp;).
class RichTextCheck final
{
public:
    explicit RichTextCheck(QStringList planted)
        : m_planted(std::move(planted))
    { }

    const QStringList& planted() const { return m_planted; }

    // True when a widget showing text in this format lays it out as markup.
    static bool takenAsMarkup(const QString& text, Qt::TextFormat format);
    // The resources a rich-text document asks for while it is laid out (what a label or a
    // tooltip would read from disk), recorded and never read.
    static QStringList resourcesAskedFor(const QString& html);
    // The characters an agent reads in a tooltip of this text.
    static QString shownToolTip(const QString& tip);
    // True when html is what Qt::convertFromPlainText (DisplayFormat::toolTip) makes of a text.
    static bool isEscapedPlainText(const QString& html);

    // What is wrong with text shown in this format; empty when it shows as characters.
    QString problem(const QString& text, Qt::TextFormat format) const;
    // The same for a tooltip (Qt::AutoText), which must also be escaped plain text.
    QString toolTipProblem(const QString& text) const;
    // Every problem of a model: each index (children too) and each header section, in the
    // roles Qt shows as markup (tooltip, what's this), described with where it was found.
    QStringList modelProblems(const QAbstractItemModel& model, const QString& name) const;

private:
    QStringList m_planted;
};

} // namespace ff::test
