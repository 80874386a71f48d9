// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/SearchBar.h"

#include "ui/main/RecentSearches.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>

namespace ff::ui {

SearchBar::SearchBar(RecentSearches& recent, QWidget* parent)
    : QWidget(parent)
    , m_recent(recent)
    , m_affiliate(new QComboBox(this))
    , m_customer(new QLineEdit(this))
    , m_open(new QPushButton(tr("Open customer"), this))
    , m_completer(new QCompleter(this))
    , m_recentModel(new QStringListModel(this))
{
    m_affiliate->setEditable(true);
    m_affiliate->setInsertPolicy(QComboBox::NoInsert);
    m_affiliate->setMinimumContentsLength(16);
    m_affiliate->setObjectName(QStringLiteral("affiliate"));
    m_affiliate->setAccessibleName(tr("Affiliate"));
    m_affiliate->setToolTip(tr("The affiliate, by name or by id"));
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setAccessibleName(tr("Customer name or email"));
    m_customer->setPlaceholderText(tr("Customer name or email (Ctrl+L)"));
    m_customer->setClearButtonEnabled(true);
    m_customer->setMinimumWidth(280);
    m_completer->setModel(m_recentModel);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_customer->setCompleter(m_completer);
    m_open->setObjectName(QStringLiteral("openCustomer"));
    m_open->setAccessibleName(tr("Open customer"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* affiliateLabel = new QLabel(tr("&Affiliate:"), this);
    affiliateLabel->setBuddy(m_affiliate);
    auto* customerLabel = new QLabel(tr("C&ustomer:"), this);
    customerLabel->setBuddy(m_customer);
    layout->addWidget(affiliateLabel);
    layout->addWidget(m_affiliate);
    layout->addWidget(customerLabel);
    layout->addWidget(m_customer, 1);
    layout->addWidget(m_open);

    connect(m_open, &QPushButton::clicked, this, &SearchBar::submit);
    connect(m_customer, &QLineEdit::returnPressed, this, &SearchBar::submit);
    connect(m_affiliate->lineEdit(), &QLineEdit::returnPressed, this, &SearchBar::submit);
    connect(m_affiliate, &QComboBox::currentIndexChanged, this, &SearchBar::refreshRecent);
}

void SearchBar::setAffiliates(const QList<AffiliateInfo>& affiliates)
{
    const QString typed = m_affiliate->currentText();
    m_affiliate->clear();
    for (const AffiliateInfo& affiliate : affiliates) {
        const QString label = affiliate.name.isEmpty()
            ? QString::number(affiliate.id)
            : tr("%1 (%2)").arg(affiliate.name, QString::number(affiliate.id));
        m_affiliate->addItem(label, affiliate.id);
    }
    if (affiliates.isEmpty())
        m_affiliate->setEditText(typed);
    refreshRecent();
}

void SearchBar::focusSearch()
{
    m_customer->setFocus();
    m_customer->selectAll();
}

void SearchBar::refreshRecent()
{
    m_recentModel->setStringList(m_recent.usernames(affiliateId().value_or(0)));
}

std::optional<qint64> SearchBar::affiliateId() const
{
    const QString text = m_affiliate->currentText().trimmed();
    // A listed affiliate, by its label or its name; or an id typed in.
    const int index = m_affiliate->findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return m_affiliate->itemData(index).toLongLong();
    for (int i = 0; i < m_affiliate->count(); ++i) {
        if (m_affiliate->itemText(i).startsWith(text + QStringLiteral(" ("), Qt::CaseInsensitive))
            return m_affiliate->itemData(i).toLongLong();
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const qint64 id = text.toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void SearchBar::search(const QString& affiliate, const QString& username)
{
    m_affiliate->setEditText(affiliate);
    // Its name where the profile names it: "2" shows as "FilmFlex Ireland (2)".
    bool isNumber = false;
    const qint64 number = affiliate.trimmed().toLongLong(&isNumber);
    int index = m_affiliate->findText(affiliate, Qt::MatchFixedString);
    if (index < 0 && isNumber)
        index = m_affiliate->findData(number);
    if (index >= 0)
        m_affiliate->setCurrentIndex(index);
    m_customer->setText(username);
    submit();
}

void SearchBar::submit()
{
    const auto affiliate = affiliateId();
    const QString username = m_customer->text().trimmed();
    if (!affiliate) {
        emit invalidInput(tr("“%1” is not an affiliate: choose one from the list or type its number.")
                              .arg(m_affiliate->currentText().trimmed()));
        m_affiliate->setFocus();
        return;
    }
    if (username.isEmpty()) {
        emit invalidInput(tr("Enter the customer's name or email address."));
        m_customer->setFocus();
        return;
    }
    if (username == QLatin1String(".") || username == QLatin1String("..")) {
        emit invalidInput(tr("“%1” cannot be a customer name.").arg(username));
        m_customer->setFocus();
        return;
    }
    m_recent.add(*affiliate, username);
    refreshRecent();
    emit searchRequested(*affiliate, username);
}

} // namespace ff::ui
