# Build options; each reports itself in the feature summary at the end of configuration.
include(CMakeDependentOption)

option(FFCONSOLE_BUILD_TESTS "Build the Qt Test suites run by ctest" ON)
add_feature_info(Tests FFCONSOLE_BUILD_TESTS "Qt Test suites registered with ctest")

option(FFCONSOLE_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
add_feature_info(WarningsAsErrors FFCONSOLE_WARNINGS_AS_ERRORS "compiler warnings fail the build")
