// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/EntitlementJsonWriter.h"

#include <type_traits>

namespace ff::sandbox {

namespace {

template <class T> struct IsOptional : std::false_type
{
};
template <class T> struct IsOptional<std::optional<T>> : std::true_type
{
};

template <class T> struct IsList : std::false_type
{
};
template <class T> struct IsList<QList<T>> : std::true_type
{
};

} // namespace

QByteArray EntitlementJsonWriter::write(const EntitlementGraph& graph, Style style)
{
    EntitlementJsonWriter writer(graph, style);
    writer.writeNode(graph.root);
    return writer.m_json.take();
}

void EntitlementJsonWriter::beginObject()
{
    m_json.beginObject();
    if (m_style == Style::PreserveReferences) {
        m_json.field("$id", QString::number(++m_lastId));
    }
}

bool EntitlementJsonWriter::writeReference(qsizetype node)
{
    const auto it = m_nodeIds.constFind(node);
    if (it == m_nodeIds.cend())
        return false;
    m_json.beginObject();
    m_json.field("$ref", QString::number(*it));
    m_json.endObject();
    return true;
}

void EntitlementJsonWriter::writeNode(qsizetype node)
{
    beginObject();
    m_nodeIds.insert(node, m_lastId);
    m_stack.append(node);
    std::apply([&](const auto&... field) { (writeNodeField(node, field), ...); }, Entitlement::fields());
    m_stack.removeLast();
    m_json.endObject();
}

template <class Field> void EntitlementJsonWriter::writeNodeField(qsizetype node, const Field& field)
{
    using Member = std::remove_cvref_t<decltype(std::declval<const Entitlement&>().*(field.member))>;
    if constexpr (std::is_same_v<Member, SharedValue<Entitlement>>) {
        writeParent(node, field.name);
    } else if constexpr (std::is_same_v<Member, std::optional<QList<Entitlement>>>) {
        writeChildren(node, field.name);
    } else {
        m_json.key(field.name);
        writeValue(m_graph.nodes.at(node).entitlement.*(field.member));
    }
}

void EntitlementJsonWriter::writeParent(qsizetype node, std::string_view name)
{
    const qsizetype parent = m_graph.nodes.at(node).parent;
    if (!m_graph.linked || parent < 0) {
        m_json.key(name);
        m_json.null();
        return;
    }
    if (m_style == Style::IgnoreLoops) {
        if (m_stack.contains(parent))
            return; // the loop: Json.NET leaves the whole property out
        m_json.key(name);
        writeNode(parent);
        return;
    }
    m_json.key(name);
    if (!writeReference(parent))
        writeNode(parent);
}

void EntitlementJsonWriter::writeChildren(qsizetype node, std::string_view name)
{
    m_json.key(name);
    if (!m_graph.linked) {
        m_json.null();
        return;
    }
    m_json.beginArray();
    for (const qsizetype child : m_graph.nodes.at(node).children) {
        if (m_style == Style::IgnoreLoops) {
            if (!m_stack.contains(child))
                writeNode(child);
        } else if (!writeReference(child)) {
            writeNode(child);
        }
    }
    m_json.endArray();
}

template <class T> void EntitlementJsonWriter::writeValue(const T& value)
{
    if constexpr (IsOptional<T>::value) {
        if (value)
            writeValue(*value);
        else
            m_json.null();
    } else if constexpr (IsList<T>::value) {
        m_json.beginArray();
        for (const auto& element : value)
            writeValue(element);
        m_json.endArray();
    } else if constexpr (Dto<T>) {
        writeObject(value);
    } else {
        m_json.value(value);
    }
}

template <class T> void EntitlementJsonWriter::writeObject(const T& object)
{
    // Every object gets an "$id" when references are preserved, as Json.NET does; only
    // entitlements are ever referred to again.
    beginObject();
    std::apply(
        [&](const auto&... field) { ((m_json.key(field.name), writeValue(object.*(field.member))), ...); },
        T::fields());
    m_json.endObject();
}

} // namespace ff::sandbox
