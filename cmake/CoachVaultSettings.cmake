# Project-wide compile settings, carried by one INTERFACE target that every
# target of ours links. Third-party headers stay outside -Werror because they
# come in as SYSTEM includes through their imported targets.
set(CMAKE_CXX_STANDARD 23)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_AUTOMOC ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

option(COACHVAULT_WERROR "Treat warnings in project code as errors" OFF)
option(COACHVAULT_HARDENED "Enable _GLIBCXX_ASSERTIONS and QT_FORCE_ASSERTS" OFF)
option(COACHVAULT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(coachvault_settings INTERFACE)
target_compile_options(coachvault_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough -Wformat=2)
target_compile_definitions(coachvault_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    $<$<BOOL:${COACHVAULT_TEST_CLOCK}>:COACHVAULT_TEST_CLOCK>)
if(COACHVAULT_WERROR)
    target_compile_options(coachvault_settings INTERFACE -Werror)
endif()
if(COACHVAULT_HARDENED)
    target_compile_definitions(coachvault_settings INTERFACE _GLIBCXX_ASSERTIONS QT_FORCE_ASSERTS)
    if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
        target_compile_definitions(coachvault_settings INTERFACE _FORTIFY_SOURCE=3)
    endif()
endif()
if(COACHVAULT_SANITIZE)
    target_compile_options(coachvault_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(coachvault_settings INTERFACE -fsanitize=address,undefined)
endif()
target_link_options(coachvault_settings INTERFACE -Wl,-z,relro,-z,now)
