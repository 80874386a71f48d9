// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderSearchText.h"

#include "models/FilterTerms.h"
#include "models/OrderColumns.h"

#include <algorithm>
#include <charconv>

namespace ff {

void OrderSearchText::make(const PurchaseOrder& order)
{
    const qsizetype items = order.purchaseOrderItemDtos ? order.purchaseOrderItemDtos->size() : 0;
    m_text.clear();
    m_text.reserve(64 + items * 96);
    m_rowEnds.clear();
    m_rowEnds.reserve(size_t(items) + 1);
    for (const OrderColumns::SearchInOrder search : OrderColumns::orderSearches())
        search(*this, order);
    endRow();
    if (order.purchaseOrderItemDtos) {
        for (const PurchaseOrderItem& item : *order.purchaseOrderItemDtos) {
            for (const OrderColumns::SearchInItem search : OrderColumns::itemSearches())
                search(*this, order, item);
            endRow();
        }
    }
    m_text.squeeze(); // kept for as long as the rows are: no slack
}

void OrderSearchText::endRow()
{
    m_rowEnds.push_back(quint32(m_text.size()));
}

QByteArrayView OrderSearchText::rowText(int row) const
{
    const quint32 begin = row == 0 ? 0 : m_rowEnds[size_t(row - 1)];
    return QByteArrayView(m_text).sliced(begin, m_rowEnds[size_t(row)] - begin);
}

bool OrderSearchText::anyRowHoldsAll(const FilterTerms& terms) const
{
    const QList<QByteArray>& words = terms.utf8Terms();
    if (words.isEmpty())
        return true;
    const QByteArrayView text(m_text);
    // Each place the first word occurs names a row; that row must hold the other words too.
    qsizetype at = FilterTerms::find(text, words.constFirst());
    while (at >= 0) {
        const auto end = std::upper_bound(m_rowEnds.cbegin(), m_rowEnds.cend(), quint32(at));
        const QByteArrayView row = rowText(int(end - m_rowEnds.cbegin()));
        bool all = true;
        for (qsizetype w = 1; w < words.size() && all; ++w)
            all = FilterTerms::find(row, words.at(w)) >= 0;
        if (all)
            return true;
        at = FilterTerms::find(text, words.constFirst(), qsizetype(*end));
    }
    return false;
}

void OrderSearchText::add(const std::optional<QString>& value)
{
    if (value) {
        const qsizetype start = m_text.size();
        const qsizetype length = value->size();
        m_text.resize(start + length);
        char* to = m_text.data() + start;
        const QChar* from = value->constData();
        qsizetype i = 0;
        for (; i < length; ++i) {
            const char16_t c = from[i].unicode();
            if (c >= 0x80)
                break;
            to[i] = char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
        }
        if (i < length) {
            m_text.truncate(start);
            m_text += value->toLower().toUtf8();
        }
    }
    m_text += '\n';
}

void OrderSearchText::add(const std::optional<qint64>& value)
{
    if (value) {
        char digits[24];
        const auto end = std::to_chars(std::begin(digits), std::end(digits), *value).ptr;
        m_text.append(digits, end - digits);
    }
    m_text += '\n';
}

} // namespace ff
