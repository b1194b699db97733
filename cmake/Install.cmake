# Install rules: `cmake --install` puts the program, its desktop entry, AppStream metainfo, icons
# and man page where a desktop and man(1) look for them (GNUInstallDirs, so /usr or /usr/local).
include(GNUInstallDirs)

# One reverse-DNS name for the desktop entry, the metainfo and the icon, as AppStream wants.
set(TI_APPLICATION_ID "io.github.trackerinspector.TrackerInspector")
set(TI_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(_ti_resources "${PROJECT_SOURCE_DIR}/resources")

install(TARGETS tracker-inspector RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

install(FILES "${_ti_resources}/${TI_APPLICATION_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_ti_resources}/${TI_APPLICATION_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

install(FILES "${_ti_resources}/tracker-inspector.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${TI_APPLICATION_ID}.svg")
# The PNG sizes are rendered from the SVG and kept in the repository (librsvg2-bin is no build
# dependency): rsvg-convert -w N -h N resources/tracker-inspector.svg -o resources/icons/...-N.png
foreach(_ti_size IN LISTS TI_ICON_SIZES)
    install(FILES "${_ti_resources}/icons/tracker-inspector-${_ti_size}.png"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_ti_size}x${_ti_size}/apps"
        RENAME "${TI_APPLICATION_ID}.png")
endforeach()

# Man pages are installed compressed (Debian policy; man-db reads them either way). gzip -n keeps
# the file the same from build to build.
find_program(TI_GZIP_EXECUTABLE gzip)
set(_ti_man_page "${_ti_resources}/tracker-inspector.1")
if(TI_GZIP_EXECUTABLE)
    set(_ti_man_page_gz "${PROJECT_BINARY_DIR}/man/tracker-inspector.1.gz")
    add_custom_command(OUTPUT "${_ti_man_page_gz}"
        COMMAND "${CMAKE_COMMAND}" -E copy "${_ti_man_page}" "${PROJECT_BINARY_DIR}/man/"
        COMMAND "${TI_GZIP_EXECUTABLE}" -9 -n -f "${PROJECT_BINARY_DIR}/man/tracker-inspector.1"
        DEPENDS "${_ti_man_page}"
        COMMENT "Compressing the man page"
        VERBATIM)
    add_custom_target(tracker-inspector-man-page ALL DEPENDS "${_ti_man_page_gz}")
    install(FILES "${_ti_man_page_gz}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
else()
    install(FILES "${_ti_man_page}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endif()
