// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace ff {

// An optional value held by pointer and shared between copies, compared by value. It lets a DTO
// hold another of its own type (an entitlement's parent) without copying whole trees.
template <class T> class SharedValue final
{
public:
    SharedValue() = default;
    explicit SharedValue(T value)
        : m_value(std::make_shared<const T>(std::move(value)))
    { }
    explicit SharedValue(std::shared_ptr<const T> value)
        : m_value(std::move(value))
    { }

    bool has_value() const { return m_value != nullptr; }
    explicit operator bool() const { return has_value(); }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return m_value.get(); }
    const std::shared_ptr<const T>& pointer() const { return m_value; }

    friend bool operator==(const SharedValue& a, const SharedValue& b)
    {
        if (a.m_value == b.m_value)
            return true;
        return a.m_value && b.m_value && *a.m_value == *b.m_value;
    }

private:
    std::shared_ptr<const T> m_value;
};

} // namespace ff
