// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/investigation/DecisionDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ff::ui {

const QStringList& DecisionDialog::decisions()
{
    static const QStringList identifiers { QStringLiteral("refund-granted"),
        QStringLiteral("refund-declined"), QStringLiteral("escalated") };
    return identifiers;
}

DecisionDialog::DecisionDialog(const QString& heading, QWidget* parent)
    : QDialog(parent)
    , m_choices(new QButtonGroup(this))
    , m_reason(new QPlainTextEdit(this))
    , m_ticket(new QLineEdit(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Record a decision"));
    auto* about = new QLabel(heading, this);
    about->setTextFormat(Qt::PlainText); // a title as the server sent it
    about->setWordWrap(true);
    auto* note = new QLabel(
        tr("It is kept in the audit log on this computer; nothing is sent to the platform."), this);
    note->setWordWrap(true);

    auto* choices = new QWidget(this);
    auto* choicesLayout = new QVBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    const QStringList names { tr("Refund &granted"), tr("Refund &declined"), tr("&Escalated") };
    for (int i = 0; i < names.size(); ++i) {
        auto* button = new QRadioButton(names[i], choices);
        button->setObjectName(decisions()[i]);
        m_choices->addButton(button, i);
        choicesLayout->addWidget(button);
    }
    m_choices->button(0)->setChecked(true);

    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().height() * 4);
    m_ticket->setObjectName(QStringLiteral("decisionTicket"));
    m_ticket->setAccessibleName(tr("Ticket or case reference"));
    m_problems->setObjectName(QStringLiteral("decisionProblems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Decision:"), choices);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Ticket:"), m_ticket);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecisionDialog::revalidate);
    connect(m_ticket, &QLineEdit::textChanged, this, &DecisionDialog::revalidate);
    revalidate();
    m_reason->setFocus();
}

QString DecisionDialog::decision() const
{
    return decisions().value(m_choices->checkedId());
}

QString DecisionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString DecisionDialog::ticket() const
{
    return m_ticket->text().trimmed();
}

void DecisionDialog::choose(const QString& decision)
{
    if (QAbstractButton* button = m_choices->button(int(decisions().indexOf(decision))))
        button->setChecked(true);
}

QStringList DecisionDialog::problems() const
{
    QStringList problems;
    if (reason().isEmpty())
        problems.append(tr("Give the reason for the decision."));
    if (ticket().isEmpty())
        problems.append(tr("Give the ticket or case reference."));
    return problems;
}

void DecisionDialog::revalidate()
{
    const QStringList missing = problems();
    m_problems->setText(missing.join(QLatin1Char(' ')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
}

void DecisionDialog::accept()
{
    if (!problems().isEmpty()) {
        revalidate();
        return; // never recorded without a reason and a ticket
    }
    QDialog::accept();
}

} // namespace ff::ui
