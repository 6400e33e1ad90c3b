# Every dependency comes from Debian 12's packages (see scripts/deps); nothing
# is downloaded at build time.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Sql Multimedia LinguistTools)
if(COACHVAULT_BUILD_UI)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Widgets Charts)
endif()
if(COACHVAULT_BUILD_TESTS)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
endif()
find_package(Qt6Keychain REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
# SHA-256 of imported sources (SHA extensions); SQLCipher loads libcrypto anyway.
pkg_check_modules(LIBCRYPTO REQUIRED IMPORTED_TARGET libcrypto)
pkg_check_modules(SNDFILE REQUIRED IMPORTED_TARGET sndfile)
pkg_check_modules(RUBBERBAND REQUIRED IMPORTED_TARGET rubberband)
pkg_check_modules(EBUR128 REQUIRED IMPORTED_TARGET libebur128)
