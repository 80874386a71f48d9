// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/codec/JsonWriter.h"
#include "sandbox/EntitlementGraph.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace ff::sandbox {

// Writes an entitlement graph as the platform's Json.NET serializer would, in one of its two
// ways of surviving the Parent/Children loop:
//  - IgnoreLoops (ReferenceLoopHandling.Ignore, the default): a property or array element whose
//    value is an object already being written is left out, so a child has no "Parent" key and a
//    parent's "Children" skip the entitlement the walk came from;
//  - PreserveReferences (PreserveReferencesHandling.Objects): every object gets "$id" and any
//    object met again is written as {"$ref": id}.
// Field names and order come from the DTOs' fields(), values through ff::JsonWriter.
class EntitlementJsonWriter final
{
public:
    enum class Style { IgnoreLoops, PreserveReferences };

    static QByteArray write(const EntitlementGraph& graph, Style style);

private:
    EntitlementJsonWriter(const EntitlementGraph& graph, Style style)
        : m_graph(graph)
        , m_style(style)
    { }

    void writeNode(qsizetype node);
    void writeParent(qsizetype node, std::string_view name);
    void writeChildren(qsizetype node, std::string_view name);
    void beginObject();
    bool writeReference(qsizetype node);

    template <class Field> void writeNodeField(qsizetype node, const Field& field);
    template <class T> void writeValue(const T& value);
    template <class T> void writeObject(const T& object);

    const EntitlementGraph& m_graph;
    Style m_style;
    JsonWriter m_json;
    int m_lastId = 0;
    QHash<qsizetype, int> m_nodeIds; // nodes written or being written, with their "$id"
    QList<qsizetype> m_stack; // nodes being written, outermost first
};

} // namespace ff::sandbox
