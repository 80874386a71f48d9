// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/writes/OutcomeCountdown.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ff::ui {

OutcomeCountdown::OutcomeCountdown(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_checkNow(new QPushButton(tr("Check &now"), this))
{
    m_label->setObjectName(QStringLiteral("outcomeCountdown"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_checkNow->setObjectName(QStringLiteral("checkNowButton"));
    m_checkNow->setToolTip(tr("Read the order again now to see whether it was applied"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_checkNow);
    connect(m_checkNow, &QPushButton::clicked, this, &OutcomeCountdown::checkNowRequested);
}

void OutcomeCountdown::showSecondsLeft(int seconds)
{
    m_label->setText(tr("Not yet seen on the server. The order is read again in %n s; until then this change "
                        "cannot be sent again.",
        nullptr, seconds));
}

void OutcomeCountdown::showCheckOnly(const QString& text)
{
    m_label->setText(text);
}

void OutcomeCountdown::setReading(bool reading)
{
    m_checkNow->setEnabled(!reading);
}

} // namespace ff::ui
