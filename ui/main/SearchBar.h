// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/profile/AffiliateInfo.h"

#include <QWidget>

class QComboBox;
class QCompleter;
class QLineEdit;
class QPushButton;
class QStringListModel;

namespace ff::ui {

class RecentSearches;

// Affiliate (by name where the profile names it, or any id typed in) and customer name or email,
// with the recent searches to pick from. Checks the input before anything is sent.
class SearchBar final : public QWidget
{
    Q_OBJECT

public:
    SearchBar(RecentSearches& recent, QWidget* parent = nullptr);

    void setAffiliates(const QList<AffiliateInfo>& affiliates);
    void focusSearch();
    void refreshRecent();
    // Fills in and submits (tests, "open again").
    void search(const QString& affiliate, const QString& username);

    QComboBox* affiliateBox() const { return m_affiliate; }
    QLineEdit* customerEdit() const { return m_customer; }
    QPushButton* openButton() const { return m_open; }

signals:
    void searchRequested(qint64 affiliateId, const QString& username);
    // The input cannot be searched for; nothing was sent.
    void invalidInput(const QString& message);

private:
    void submit();
    std::optional<qint64> affiliateId() const;

    RecentSearches& m_recent;
    QComboBox* m_affiliate;
    QLineEdit* m_customer;
    QPushButton* m_open;
    QCompleter* m_completer;
    QStringListModel* m_recentModel;
};

} // namespace ff::ui
