// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/BusyBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace ff::ui {

BusyBar::BusyBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_label->setTextFormat(Qt::PlainText); // says what is loading, with the customer's name
    m_bar->setRange(0, 0);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Loading"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &BusyBar::cancelRequested);
    hide();
}

void BusyBar::start(const QString& what)
{
    m_label->setText(what);
    m_bar->setRange(0, 0);
    show();
}

void BusyBar::setProgress(qint64 received, qint64 total)
{
    if (total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(received * 1000 / total));
    }
    m_bar->setToolTip(QLocale().formattedDataSize(received));
}

void BusyBar::stop()
{
    hide();
}

} // namespace ff::ui
