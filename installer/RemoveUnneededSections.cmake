# SPDX-License-Identifier: GPL-3.0-or-later
# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) on the staged package, after CPACK_STRIP_FILES: takes
# the .comment and .note sections out of the programs, as Debian's dh_strip does (lintian:
# binary-has-unneeded-section). .note.gnu.build-id stays, for crash reports.
file(GLOB ffconsole_programs "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/usr/bin/*")
foreach(program IN LISTS ffconsole_programs)
    execute_process(COMMAND strip --remove-section=.comment --remove-section=.note "${program}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "strip failed on ${program}")
    endif()
endforeach()
