// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/writes/PendingWrites.h"

namespace ff::ui {

PendingWrites::PendingWrites(QObject* parent)
    : QObject(parent)
{ }

void PendingWrites::add(const QString& key, const QString& what)
{
    m_pending.insert(key, what);
    emit changed();
}

void PendingWrites::remove(const QString& key)
{
    if (m_pending.remove(key) > 0)
        emit changed();
}

std::optional<QString> PendingWrites::blocking(const QString& key) const
{
    const auto found = m_pending.constFind(key);
    if (found == m_pending.cend())
        return std::nullopt;
    return *found;
}

} // namespace ff::ui
