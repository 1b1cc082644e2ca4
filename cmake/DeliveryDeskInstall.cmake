# Installation and the Debian package: `cmake --install BUILD [--prefix /usr]` puts the binary, the
# .desktop file, the AppStream metainfo and the icon (SVG plus PNG sizes rendered from it at build
# time) in the standard places; `cpack -G DEB --config BUILD/CPackConfig.cmake` builds
# deliverydesk_<version>_<arch>.deb. Translations, migrations and the demo data are compiled into the
# binary as Qt resources, so the installed program needs nothing from the build folder.
include(GNUInstallDirs)

set(DD_APP_ID "se.deliverydesk.DeliveryDesk")
set(DD_PROJECT_URL "https://github.com/deliverydesk/deliverydesk" CACHE STRING
    "Public address of the project, used by the AppStream metainfo (homepage and screenshots)")
set(dd_desktop_dir ${CMAKE_SOURCE_DIR}/resources/desktop)

# PNG icons rendered from the SVG with Qt's own renderer (no bitmap committed, always in step).
add_executable(dd_rendericon ${dd_desktop_dir}/rendericon.cpp)
target_link_libraries(dd_rendericon PRIVATE dd_settings Qt6::Gui Qt6::Svg)
set(dd_icon_sizes 16 24 32 48 64 128 256)
set(dd_hicolor ${CMAKE_BINARY_DIR}/icons/hicolor)
set(dd_icon_pngs)
foreach(size IN LISTS dd_icon_sizes)
  list(APPEND dd_icon_pngs ${dd_hicolor}/${size}x${size}/apps/${DD_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${dd_icon_pngs}
  COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
          $<TARGET_FILE:dd_rendericon> ${dd_desktop_dir}/icons/${DD_APP_ID}.svg ${dd_hicolor} ${dd_icon_sizes}
  DEPENDS dd_rendericon ${dd_desktop_dir}/icons/${DD_APP_ID}.svg
  COMMENT "Rendering the application icon to PNG")
add_custom_target(dd_icons ALL DEPENDS ${dd_icon_pngs})

configure_file(${dd_desktop_dir}/${DD_APP_ID}.metainfo.xml.in ${CMAKE_BINARY_DIR}/${DD_APP_ID}.metainfo.xml @ONLY)

install(TARGETS deliverydesk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${dd_desktop_dir}/${DD_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_BINARY_DIR}/${DD_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${dd_desktop_dir}/icons/${DD_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(DIRECTORY ${dd_hicolor}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor)

# The Debian package. Library dependencies are computed by dpkg-shlibdeps; plugins are loaded at run
# time and no linker sees them, so they are named by hand: Qt's SQLite driver, and the SVG icon engine
# that draws the window's icon. Qt's own Swedish texts are recommended, and Qt's PostgreSQL driver
# for team databases (docs/storage/postgresql.md; a file database needs only SQLite).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME deliverydesk)
set(CPACK_PACKAGE_VENDOR "The Delivery Desk developers")
set(CPACK_PACKAGE_CONTACT "The Delivery Desk developers <deliverydesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "burn-down, SLA compliance and resource allocation for support engagements")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}\n"
    "Delivery Desk is a desktop application for service delivery managers who run maintenance and\n"
    "support engagements: fixed-capacity burn-down with rollover and forecast, SLA compliance on\n"
    "business-hours calendars, monthly resource allocation, imports of Jira Service Management,\n"
    "ServiceNow, Zendesk, Tempo, Kimai and Harvest exports, in Swedish and English.")
string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${DD_PROJECT_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libqt6sql6-psql")
include(CPack)
