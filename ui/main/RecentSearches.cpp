// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/RecentSearches.h"

#include <QSettings>

namespace ff::ui {

namespace {
const QString KeepKey = QStringLiteral("privacy/keepRecentSearches");
const QString EntriesKey = QStringLiteral("privacy/recentSearches");
} // namespace

RecentSearches::RecentSearches(QSettings& settings)
    : m_settings(settings)
{
    m_keep = m_settings.value(KeepKey, false).toBool();
    if (m_keep)
        m_entries = m_settings.value(EntriesKey).toStringList();
    else
        m_settings.remove(EntriesKey); // left behind by an earlier opt-in: not kept any more
}

void RecentSearches::setKeptAcrossSessions(bool keep)
{
    m_keep = keep;
    m_settings.setValue(KeepKey, keep);
    persist();
}

void RecentSearches::add(qint64 affiliateId, const QString& username)
{
    const QString entry = QString::number(affiliateId) + QLatin1Char('\t') + username;
    m_entries.removeAll(entry);
    m_entries.prepend(entry);
    while (m_entries.size() > MaxEntries)
        m_entries.removeLast();
    persist();
}

void RecentSearches::clear()
{
    m_entries.clear();
    persist();
}

QStringList RecentSearches::usernames(qint64 affiliateId) const
{
    QStringList names;
    for (const QString& entry : m_entries) {
        const QString affiliate = entry.section(QLatin1Char('\t'), 0, 0);
        const QString name = entry.section(QLatin1Char('\t'), 1);
        if ((affiliateId == 0 || affiliate == QString::number(affiliateId)) && !names.contains(name))
            names.append(name);
    }
    return names;
}

void RecentSearches::persist()
{
    if (m_keep)
        m_settings.setValue(EntriesKey, m_entries);
    else
        m_settings.remove(EntriesKey);
    m_settings.sync();
}

} // namespace ff::ui
