# Run by the CTest test packaging_install_layout:
#   cmake -DBUILD_DIR=… -DPREFIX=… -DAPP_ID=… -DVERSION=… -DWITH_GUI=0|1 -DMETAINFO=… -P CheckInstall.cmake
# Installs the build into PREFIX, checks that every file the package needs is
# there, and that the AppStream file's newest release is the project's version.
foreach(var BUILD_DIR PREFIX APP_ID VERSION WITH_GUI METAINFO)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "CheckInstall.cmake: -D${var}=… is missing")
    endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(expected bin/coachvault-cli share/doc/coachvault/README.md)
if(WITH_GUI)
    list(APPEND expected
        bin/coachvault
        share/applications/${APP_ID}.desktop
        share/metainfo/${APP_ID}.metainfo.xml
        share/icons/hicolor/scalable/apps/${APP_ID}.svg)
endif()
set(missing "")
foreach(file IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${file}")
        list(APPEND missing "${file}")
    endif()
endforeach()
if(missing)
    file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
    list(JOIN missing "\n  " missing)
    list(JOIN installed "\n  " installed)
    message(FATAL_ERROR "not installed:\n  ${missing}\ninstalled:\n  ${installed}")
endif()

file(READ "${METAINFO}" metainfo)
string(REGEX MATCH "<release version=\"([^\"]*)\"" release "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "the newest <release> in ${METAINFO} is '${CMAKE_MATCH_1}', "
                        "the project's VERSION is '${VERSION}': add a <release> for it")
endif()

file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "installed layout ok: ${expected}")
