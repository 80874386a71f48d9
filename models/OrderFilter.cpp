// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderFilter.h"

#include "models/OrderNode.h"

#include <algorithm>

namespace ff {

void OrderFilter::setText(const QString& text)
{
    m_text = text;
    m_terms = FilterTerms(text);
}

void OrderFilter::setStatusCodes(const QStringList& codes)
{
    m_statusCodes.clear();
    for (const QString& code : codes) {
        const QString trimmed = code.trimmed();
        if (!trimmed.isEmpty() && !m_statusCodes.contains(trimmed, Qt::CaseInsensitive))
            m_statusCodes.append(trimmed);
    }
}

void OrderFilter::setCreatedRange(std::optional<QDate> from, std::optional<QDate> to)
{
    m_createdFrom = from && from->isValid() ? from : std::nullopt;
    m_createdTo = to && to->isValid() ? to : std::nullopt;
    m_days = DayRange(m_createdFrom, m_createdTo, m_timeZone);
}

void OrderFilter::setTimeZone(const QTimeZone& zone)
{
    m_timeZone = zone;
    m_days = DayRange(m_createdFrom, m_createdTo, m_timeZone);
}

bool OrderFilter::matches(const OrderNode& order) const
{
    if (!m_statusCodes.isEmpty()) {
        const std::optional<PurchaseOrderStatus>& status = order.order.status;
        const QString code = status ? status->code.value_or(QString()) : QString();
        const bool listed = std::any_of(m_statusCodes.cbegin(), m_statusCodes.cend(),
            [&](const QString& wanted) { return code.compare(wanted, Qt::CaseInsensitive) == 0; });
        if (!listed)
            return false;
    }
    if (!m_days.contains(order.order.createDate))
        return false;
    if (!m_candidatesOnly)
        return m_terms.isEmpty() || order.readySearchText().anyRowHoldsAll(m_terms);
    // A candidate found by the words: in its own row, or in its order's.
    const OrderSearchText* text = m_terms.isEmpty() ? nullptr : &order.readySearchText();
    const bool orderHolds = text && m_terms.matches(text->rowText(0));
    for (int row = 0; row < order.itemCount(); ++row) {
        if (showsItem(order, row) && (!text || orderHolds || m_terms.matches(text->rowText(1 + row))))
            return true;
    }
    return false;
}

bool OrderFilter::showsItem(const OrderNode& order, int itemRow) const
{
    if (!m_candidatesOnly)
        return true;
    const InvestigatedItem* item = order.investigatedAt(itemRow);
    return item && item->isCandidate();
}

bool OrderFilter::narrows(const OrderFilter& previous) const
{
    return m_terms.narrows(previous.m_terms) && m_statusCodes == previous.m_statusCodes
        && m_days == previous.m_days && (m_candidatesOnly || !previous.m_candidatesOnly);
}

} // namespace ff
