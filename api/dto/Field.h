// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace ff {

// One wire field of a DTO: its name in the API (PascalCase) and the member that holds it.
// Each DTO lists its fields once, in the order the API writes them, in a static fields();
// the JSON and XML codecs are generated from that list, so a name is never spelled twice.
template <class Owner, class Member> struct Field
{
    std::string_view name;
    Member Owner::*member;
};

// Spelled out because clang before 17 does not deduce an aggregate's template arguments from
// its initializer (P1816); GCC does. Without it the sanitizer and fuzz builds (clang) fail.
template <class Owner, class Member> Field(std::string_view, Member Owner::*) -> Field<Owner, Member>;

// A type the codecs can read and write field by field.
template <class T>
concept Dto = requires
{
    T::fields();
};

} // namespace ff
