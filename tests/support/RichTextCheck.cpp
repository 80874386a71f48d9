// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/RichTextCheck.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QUrl>
#include <functional>

namespace ff::test {

namespace {

// A document that notes what it is asked to load instead of reading it.
class RecordingDocument final : public QTextDocument
{
public:
    QStringList asked;

protected:
    QVariant loadResource(int type, const QUrl& name) override
    {
        Q_UNUSED(type);
        asked.append(name.toString());
        return {};
    }
};

// The links of a laid-out document that lead out of the console.
QStringList outwardLinks(const QTextDocument& document)
{
    QStringList links;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !format.anchorHref().isEmpty() && !format.anchorHref().startsWith(u'#'))
                links.append(format.anchorHref());
        }
    }
    return links;
}

QString excerpt(const QString& text)
{
    return text.size() > 160 ? text.left(160) + QStringLiteral("…") : text;
}

} // namespace

bool RichTextCheck::takenAsMarkup(const QString& text, Qt::TextFormat format)
{
    return format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
}

QStringList RichTextCheck::resourcesAskedFor(const QString& html)
{
    RecordingDocument document;
    document.setHtml(html);
    document.documentLayout()->documentSize(); // lays it out: images are loaded to be measured
    document.asked.removeDuplicates();
    return document.asked;
}

QString RichTextCheck::shownToolTip(const QString& tip)
{
    QTextDocument document;
    if (takenAsMarkup(tip, Qt::AutoText))
        document.setHtml(tip);
    else
        document.setPlainText(tip);
    return document.toPlainText();
}

bool RichTextCheck::isEscapedPlainText(const QString& html)
{
    QString rest = html;
    for (const char* tag : { "<p>", "</p>", "<br>" })
        rest.remove(QLatin1String(tag));
    if (rest.contains(u'<') || rest.contains(u'>'))
        return false;
    for (qsizetype at = rest.indexOf(u'&'); at >= 0; at = rest.indexOf(u'&', at + 1)) {
        const QStringView entity = QStringView(rest).mid(at);
        if (!entity.startsWith(u"&lt;") && !entity.startsWith(u"&gt;") && !entity.startsWith(u"&amp;"))
            return false;
    }
    return true;
}

QString RichTextCheck::problem(const QString& text, Qt::TextFormat format) const
{
    if (!takenAsMarkup(text, format))
        return {};
    for (const QString& value : m_planted) {
        if (text.contains(value, Qt::CaseInsensitive))
            return QStringLiteral("takes %1 for markup in \"%2\"").arg(value, excerpt(text));
    }
    const QStringList asked = resourcesAskedFor(text);
    if (!asked.isEmpty())
        return QStringLiteral("would read %1 for \"%2\"").arg(asked.join(u", "), excerpt(text));
    QTextDocument document;
    document.setHtml(text);
    const QStringList links = outwardLinks(document);
    if (!links.isEmpty())
        return QStringLiteral("links to %1 in \"%2\"").arg(links.join(u", "), excerpt(text));
    return {};
}

QString RichTextCheck::toolTipProblem(const QString& text) const
{
    const QString found = problem(text, Qt::AutoText);
    if (!found.isEmpty() || !takenAsMarkup(text, Qt::AutoText) || isEscapedPlainText(text))
        return found;
    return QStringLiteral("a tooltip of markup that is not escaped plain text: \"%1\"").arg(excerpt(text));
}

QStringList RichTextCheck::modelProblems(const QAbstractItemModel& model, const QString& name) const
{
    static constexpr int MarkupRoles[] = { Qt::ToolTipRole, Qt::WhatsThisRole };
    QStringList problems;
    auto check = [&](const QVariant& value, const QString& where) {
        if (value.typeId() != QMetaType::QString)
            return;
        const QString found = toolTipProblem(value.toString());
        if (!found.isEmpty())
            problems.append(QStringLiteral("%1 %2: %3").arg(name, where, found));
    };
    for (const Qt::Orientation orientation : { Qt::Horizontal, Qt::Vertical }) {
        const int sections = orientation == Qt::Horizontal ? model.columnCount() : model.rowCount();
        for (int section = 0; section < sections; ++section) {
            for (const int role : MarkupRoles)
                check(model.headerData(section, orientation, role),
                    QStringLiteral("header %1 role %2").arg(section).arg(role));
        }
    }
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            for (int column = 0; column < model.columnCount(parent); ++column) {
                const QModelIndex index = model.index(row, column, parent);
                for (const int role : MarkupRoles)
                    check(index.data(role),
                        QStringLiteral("row %1 column %2 (under %3) role %4")
                            .arg(row)
                            .arg(column)
                            .arg(parent.isValid() ? parent.row() : -1)
                            .arg(role));
            }
            const QModelIndex first = model.index(row, 0, parent);
            if (model.hasChildren(first))
                walk(first);
        }
    };
    walk({});
    return problems;
}

} // namespace ff::test
