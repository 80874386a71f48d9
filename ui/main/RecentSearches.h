// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QSettings;

namespace ff::ui {

// The customers an agent searched for, newest first. Customer names are personal data: they
// are kept for the running session only, unless the agent opts in to keeping them, and can be
// cleared at any time.
class RecentSearches final
{
public:
    static constexpr int MaxEntries = 20;

    explicit RecentSearches(QSettings& settings);

    bool isKeptAcrossSessions() const { return m_keep; }
    void setKeptAcrossSessions(bool keep);
    void add(qint64 affiliateId, const QString& username);
    void clear();
    // "username" entries for one affiliate, for the completer; all when affiliateId is 0.
    QStringList usernames(qint64 affiliateId = 0) const;
    QStringList entries() const { return m_entries; }

private:
    void persist();

    QSettings& m_settings;
    QStringList m_entries; // "affiliate\tusername"
    bool m_keep = false;
};

} // namespace ff::ui
