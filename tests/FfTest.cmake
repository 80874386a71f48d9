# SPDX-License-Identifier: GPL-3.0-or-later
# ff_add_test(NAME SOURCES ... [LIBRARIES ...] [LABELS ...] [KEYRING])
# Builds a Qt Test executable and registers it with ctest, offscreen and with the fixtures at hand.
# KEYRING runs it in a private D-Bus session with an unlocked gnome-keyring (a real Secret Service).
function(ff_add_test name)
    cmake_parse_arguments(ARG "KEYRING" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ff::settings ff::testsupport Qt6::Test ${ARG_LIBRARIES})
    if(ARG_KEYRING)
        add_test(NAME ${name} COMMAND dbus-run-session -- "${PROJECT_SOURCE_DIR}/scripts/with-keyring.sh" $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FFCONSOLE_SANDBOX=$<$<TARGET_EXISTS:ffconsole-sandbox>:$<TARGET_FILE:ffconsole-sandbox>>;FFCONSOLE_CLI=$<$<TARGET_EXISTS:ffconsole-cli>:$<TARGET_FILE:ffconsole-cli>>")
endfunction()
