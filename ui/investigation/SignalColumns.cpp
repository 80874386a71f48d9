// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/investigation/SignalColumns.h"

#include "models/EvidenceText.h"
#include "models/InvestigationColours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace ff::ui {

namespace {

QString identifierText(std::string_view identifier)
{
    return QString::fromLatin1(identifier.data(), qsizetype(identifier.size()));
}

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // values a server sent: never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

SignalColumns::SignalColumns(QWidget* parent)
    : QWidget(parent)
    , m_columns { { { SignalWeight::Supports }, { SignalWeight::Review }, { SignalWeight::Opposes } } }
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (Column& column : m_columns) {
        column.box = new QWidget(this);
        column.box->setAutoFillBackground(true);
        column.box->setObjectName(QStringLiteral("evidence-") + identifierText(identifier(column.weight)));
        auto* boxLayout = new QVBoxLayout(column.box);
        boxLayout->setContentsMargins(6, 4, 6, 6);
        column.heading = new QLabel(column.box);
        QFont bold = column.heading->font();
        bold.setBold(true);
        column.heading->setFont(bold);
        boxLayout->addWidget(column.heading);
        column.list = new QVBoxLayout;
        column.list->setSpacing(4);
        boxLayout->addLayout(column.list);
        boxLayout->addStretch(1);
        layout->addWidget(column.box, 1);
    }
    m_columns[0].heading->setText(tr("For a refund"));
    m_columns[1].heading->setText(tr("Needs a person's judgement"));
    m_columns[2].heading->setText(tr("Against a refund"));
    for (Column& column : m_columns)
        column.box->setAccessibleName(column.heading->text());
    colour();
    clear();
}

void SignalColumns::empty(Column& column)
{
    while (QLayoutItem* item = column.list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void SignalColumns::clear()
{
    for (Column& column : m_columns) {
        empty(column);
        QLabel* none = plainLabel(tr("Nothing"), column.box);
        none->setEnabled(false);
        column.list->addWidget(none);
    }
}

void SignalColumns::setSignals(const ItemInvestigation& item, const DisplayFormat& format)
{
    for (Column& column : m_columns)
        empty(column);
    std::array<int, 3> counts {};
    for (const RefundSignal& signal : item.raisedSignals) {
        const size_t at = size_t(signal.weight.value_or(SignalWeight::Review));
        Column& column = m_columns[at];
        ++counts[at];
        const QString name = signal.weight
            ? displayName(signal.kind)
            : tr("%1 (no weight: the state decides)").arg(displayName(signal.kind));
        QLabel* title = plainLabel(name, column.box);
        title->setObjectName(QStringLiteral("signal-") + identifierText(identifier(signal.kind)));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        QStringList lines;
        for (const Evidence& evidence : signal.evidence)
            lines.append(EvidenceText::of(evidence, format));
        QLabel* fields = plainLabel(lines.join(QLatin1Char('\n')), column.box);
        fields->setObjectName(title->objectName() + QStringLiteral("-evidence"));
        fields->setAccessibleName(tr("Evidence for %1").arg(displayName(signal.kind)));
        column.list->addWidget(title);
        column.list->addWidget(fields);
    }
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (counts[i] == 0) {
            QLabel* none = plainLabel(tr("Nothing"), m_columns[i].box);
            none->setEnabled(false);
            m_columns[i].list->addWidget(none);
        }
    }
}

void SignalColumns::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        colour();
    QWidget::changeEvent(event);
}

void SignalColumns::colour()
{
    for (Column& column : m_columns) {
        const QColor colour = InvestigationColours::weight(column.weight, palette());
        QPalette boxPalette = column.box->palette();
        boxPalette.setColor(QPalette::Window, InvestigationColours::wash(colour, palette()));
        column.box->setPalette(boxPalette);
        QPalette headingPalette = column.heading->palette();
        headingPalette.setColor(QPalette::WindowText, colour);
        column.heading->setPalette(headingPalette);
    }
}

} // namespace ff::ui
