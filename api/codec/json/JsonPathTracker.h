// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <string_view>
#include <vector>

namespace ff::json {

// Part of JsonReader's decoder: included by api/codec/JsonReader.cpp only.
// Where the decoder is in the document, kept as cheap segments and turned into text only when
// something fails. A push and a pop per field read: the segments are kept and overwritten in
// place rather than constructed and destroyed each time.
class PathTracker final
{
public:
    void pushName(std::string_view name)
    {
        Segment& segment = next();
        segment.name = name;
        segment.index = -1;
    }
    void pushIndex(qsizetype index)
    {
        Segment& segment = next();
        segment.name = {};
        segment.index = index;
    }
    void pop() { --m_depth; }

    QString toString() const
    {
        QString path = QStringLiteral("$");
        for (size_t i = 0; i < m_depth; ++i) {
            const Segment& segment = m_segments[i];
            if (segment.index >= 0)
                path += QLatin1Char('[') + QString::number(segment.index) + QLatin1Char(']');
            else
                path += QLatin1Char('.')
                    + QString::fromUtf8(segment.name.data(), qsizetype(segment.name.size()));
        }
        return path;
    }

private:
    struct Segment
    {
        std::string_view name; // a field name from a DTO's fields(): static storage
        qsizetype index;
    };
    Segment& next()
    {
        if (m_depth == m_capacity) [[unlikely]] {
            m_capacity = std::max<size_t>(32, m_capacity * 2);
            m_segments.resize(m_capacity);
        }
        return m_segments[m_depth++];
    }
    std::vector<Segment> m_segments;
    size_t m_depth = 0;
    size_t m_capacity = 0;
};

} // namespace ff::json
