# A Debian package of what Install.cmake installs: `cpack -G DEB` in the build directory makes
# tracker-inspector_<version>_<arch>.deb, installable with `apt install ./tracker-inspector_*.deb`.
set(TI_PACKAGE_MAINTAINER "Tracker Inspector developers <tracker-inspector@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package")
set(TI_PACKAGE_HOMEPAGE "https://github.com/trackerinspector/tracker-inspector"
    CACHE STRING "Homepage field of the Debian package")

set(CPACK_PACKAGE_NAME "tracker-inspector")
set(CPACK_PACKAGE_VENDOR "The Tracker Inspector developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "see which BitTorrent trackers work, how fast, and what they say")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "tracker-inspector")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

set(CPACK_DEBIAN_PACKAGE_NAME "tracker-inspector")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TI_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${TI_PACKAGE_HOMEPAGE}")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY first, as the synopsis; this is the rest.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Tracker Inspector opens .torrent files and magnet links, lists every tracker
in them, and contacts all of them at once over HTTP, HTTPS, UDP and
WebSocket. It shows live which trackers work, how long they take to answer,
the seeders, leechers and peers they report, and exactly what they reply.
.
Besides the window it has a command line for scripts: `tracker-inspector
info` prints what a torrent holds, `tracker-inspector check` contacts every
tracker once and prints a table, JSON or CSV.")

# The shared libraries the program links (Qt 6 Core, Gui, Widgets, Network, WebSockets, libssl3,
# libc...) are found by dpkg-shlibdeps. Qt loads some of what it needs as plugins, which no
# linker sees: the X11 platform (xcb), the SVG icon engine for the window icon, and the OpenSSL
# TLS backend for HTTPS and wss. Their packages are looked up with dpkg and added by hand.
find_program(TI_DPKG_SHLIBDEPS_EXECUTABLE dpkg-shlibdeps)
if(TI_DPKG_SHLIBDEPS_EXECUTABLE)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
    message(STATUS "dpkg-shlibdeps not found: the Debian package lists only the Qt plugins' packages")
endif()

set(_ti_plugin_packages libqt6svg6) # what Debian 12 ships the SVG icon engine in
find_program(TI_DPKG_EXECUTABLE dpkg)
set(_ti_runtime_plugins
    platforms/libqxcb.so iconengines/libqsvgicon.so imageformats/libqsvg.so
    tls/libqopensslbackend.so)
# The Debian package that holds a file, or "" (its name without the architecture).
function(_ti_package_holding path result)
    execute_process(COMMAND "${TI_DPKG_EXECUTABLE}" -S "${path}"
        OUTPUT_VARIABLE owner RESULT_VARIABLE status ERROR_QUIET)
    if(status EQUAL 0)
        string(REGEX REPLACE "^([^:,]+).*" "\\1" owner "${owner}") # "libqt6svg6:amd64: /usr/..."
    else()
        set(owner "")
    endif()
    set(${result} "${owner}" PARENT_SCOPE)
endfunction()

if(TI_DPKG_EXECUTABLE AND QT6_INSTALL_PREFIX AND QT6_INSTALL_PLUGINS)
    # Packages dpkg-shlibdeps lists anyway, with a version: a plugin in one needs no second entry.
    # Without dpkg-shlibdeps they are listed here, unversioned.
    set(_ti_linked_packages "")
    foreach(_ti_module IN ITEMS Core Gui Widgets Network WebSockets)
        _ti_package_holding("${QT6_INSTALL_PREFIX}/${QT6_INSTALL_LIBS}/libQt6${_ti_module}.so.6"
            _ti_owner)
        list(APPEND _ti_linked_packages ${_ti_owner})
    endforeach()
    if(CPACK_DEBIAN_PACKAGE_SHLIBDEPS)
        set(_ti_plugin_packages "")
    else()
        set(_ti_plugin_packages ${_ti_linked_packages} libssl3)
        set(_ti_linked_packages "")
    endif()
    foreach(_ti_plugin IN LISTS _ti_runtime_plugins)
        set(_ti_plugin_path "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/${_ti_plugin}")
        _ti_package_holding("${_ti_plugin_path}" _ti_owner)
        if(NOT _ti_owner)
            message(WARNING "No Debian package holds the Qt plugin ${_ti_plugin_path}; install it "
                "(e.g. libqt6svg6) so the package can depend on it")
        elseif(NOT _ti_owner IN_LIST _ti_linked_packages)
            list(APPEND _ti_plugin_packages "${_ti_owner}")
        endif()
    endforeach()
    list(REMOVE_DUPLICATES _ti_plugin_packages)
endif()
list(JOIN _ti_plugin_packages ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Wayland sessions run the window natively with this plugin, and through XWayland without it.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")

# Debian's machine-readable copyright file (/usr/share/doc/tracker-inspector/copyright), made from
# LICENSE so that the licence is written in one place: "Expat" is Debian's name for MIT.
set(_ti_license_file "${PROJECT_SOURCE_DIR}/LICENSE")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_ti_license_file}")
file(READ "${_ti_license_file}" _ti_license)
string(REGEX MATCH "Copyright \\(c\\) ([^\n]+)" _ti_match "${_ti_license}")
set(TI_COPYRIGHT "${CMAKE_MATCH_1}")
string(REGEX REPLACE "^MIT License\n+Copyright[^\n]*\n+" "" _ti_license "${_ti_license}")
string(STRIP "${_ti_license}" _ti_license)
string(REPLACE "\n\n" "\n.\n" _ti_license "${_ti_license}")
string(REPLACE "\n" "\n " TI_LICENSE_TEXT " ${_ti_license}")
configure_file("${PROJECT_SOURCE_DIR}/resources/copyright.in" "${PROJECT_BINARY_DIR}/copyright" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/copyright"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${CPACK_DEBIAN_PACKAGE_NAME}")

set(CPACK_GENERATOR "DEB")
set(CPACK_SOURCE_GENERATOR "TXZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")
include(CPack)
