# SPDX-License-Identifier: GPL-3.0-or-later
# Build options; each reports itself in the feature summary at the end of configuration.
include(CMakeDependentOption)

option(FFCONSOLE_BUILD_TESTS "Build the Qt Test suites run by ctest" ON)
add_feature_info(Tests FFCONSOLE_BUILD_TESTS "Qt Test suites registered with ctest")

option(FFCONSOLE_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
add_feature_info(WarningsAsErrors FFCONSOLE_WARNINGS_AS_ERRORS "compiler warnings fail the build")

option(FFCONSOLE_SANITIZE "Build every target with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
add_feature_info(Sanitizers FFCONSOLE_SANITIZE
    "-fsanitize=address,undefined; undefined behaviour aborts, leaks are reported at exit")

# The fuzzers want the whole project instrumented for ASan and UBSan as well as for coverage,
# so they are only offered on a sanitizer build.
cmake_dependent_option(FFCONSOLE_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only)" OFF
    "FFCONSOLE_SANITIZE;FFCONSOLE_BUILD_TESTS" OFF)
add_feature_info(Fuzzers FFCONSOLE_FUZZ "libFuzzer targets over the codecs, the exact types and the CLI's input checks")
