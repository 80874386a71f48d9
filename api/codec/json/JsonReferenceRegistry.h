// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <memory>
#include <typeindex>

namespace ff::json {

// Part of JsonReader's decoder: included by api/codec/JsonReader.cpp only.
// Json.NET's PreserveReferencesHandling writes an object once with "$id" and later mentions it
// as {"$ref": id}. The registry remembers the objects read so far by id.
class ReferenceRegistry final
{
public:
    enum class Lookup { Unknown, InProgress, Found };

    void begin(const QByteArray& id) { m_entries.insert(id, Entry {}); }
    // objects: how many objects the value holds, itself included.
    template <class T> void complete(const QByteArray& id, std::shared_ptr<const T> value, qint64 objects)
    {
        m_entries.insert(id, Entry { std::type_index(typeid(T)), std::move(value), objects });
    }
    template <class T>
    Lookup find(const QByteArray& id, std::shared_ptr<const T>* value, qint64* objects) const
    {
        const auto it = m_entries.constFind(id);
        if (it == m_entries.cend())
            return Lookup::Unknown;
        if (!it->value)
            return Lookup::InProgress;
        if (it->type != std::type_index(typeid(T)))
            return Lookup::Unknown;
        *value = std::static_pointer_cast<const T>(it->value);
        *objects = it->objects;
        return Lookup::Found;
    }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Entry
    {
        std::type_index type = std::type_index(typeid(void));
        std::shared_ptr<const void> value;
        qint64 objects = 0;
    };
    QHash<QByteArray, Entry> m_entries;
};

} // namespace ff::json
