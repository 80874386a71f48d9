# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carrying the language standard, warnings and strict Qt definitions.
# Every target of the project links it.
add_library(ffconsole_settings INTERFACE)
add_library(ff::settings ALIAS ffconsole_settings)

target_compile_features(ffconsole_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(ffconsole_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    FFCONSOLE_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(ffconsole_settings INTERFACE -Wall -Wextra)
    # GCC 12 warns that a std::optional inside a std::variant (our Result<T, ApiError> of a DTO)
    # "may be used uninitialized" when the variant is moved: a false positive of its optimiser
    # with std::variant and std::optional, reported many times upstream, not a fault of our
    # code. clang, which does not have it, builds the tree with warnings as errors too.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(ffconsole_settings INTERFACE -Wno-maybe-uninitialized)
    endif()
    if(FFCONSOLE_WARNINGS_AS_ERRORS)
        target_compile_options(ffconsole_settings INTERFACE -Werror)
    endif()
endif()

# Release is optimised as Debian builds its packages (dpkg-buildflags: -O2), not with CMake's
# -O3: the package is made from it, and GCC 12's -O3 inlining reports false -Wformat-overflow
# warnings in Qt Test's row names, which -Werror turns into a failed build.
string(REPLACE "-O3" "-O2" CMAKE_CXX_FLAGS_RELEASE "${CMAKE_CXX_FLAGS_RELEASE}")

# Hardening, as Debian builds its packages (dpkg-buildflags): checked buffers and stack
# protection in optimised builds, and a read-only relocation table. Not with the sanitizers,
# which do those checks their own way.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT FFCONSOLE_SANITIZE)
    target_compile_options(ffconsole_settings INTERFACE -fstack-protector-strong
        $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
    target_link_options(ffconsole_settings INTERFACE LINKER:-z,relro LINKER:-z,now)
endif()

# FFCONSOLE_SANITIZE: every target links ffconsole_settings, so the flags reach all of the
# project's code (Debian's Qt and other libraries stay uninstrumented). Undefined behaviour
# aborts rather than printing and carrying on, so that a test that meets it fails.
if(FFCONSOLE_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "FFCONSOLE_SANITIZE needs clang or GCC")
    endif()
    set(ffconsole_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined)
    target_compile_options(ffconsole_settings INTERFACE ${ffconsole_sanitizers} -fno-omit-frame-pointer)
    target_link_options(ffconsole_settings INTERFACE ${ffconsole_sanitizers})
endif()

# FFCONSOLE_FUZZ: libFuzzer is clang's. tests/fuzz adds the coverage instrumentation to the
# libraries the fuzzers exercise, and libFuzzer to the fuzz targets only.
if(FFCONSOLE_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "FFCONSOLE_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()
