# Installation and the .deb packages (CPack): mend and mend-cli, the desktop entry, the icon and
# the AppStream metainfo that declares the phone form factor. `cpack -G DEB` in a build directory
# writes mend_<version>_<arch>.deb; the architecture is the target's (amd64, or arm64 when
# cross-built with scripts/build-arm64).
include(GNUInstallDirs)
# The package is made from what was built: `make install` and cpack do not build again (with Qt
# 6.4 and Makefiles a build that has nothing to do still regenerates the QML type data: 2 min).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(MEND_APP_ID io.github.mendtracker.Mend)
install(TARGETS mend mend-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${MEND_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${MEND_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${MEND_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mend)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Mend developers <mend@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Recovery diary after a regenerative injection")
set(CPACK_PACKAGE_DESCRIPTION
    "Mend is a day-by-day diary of pain, movement and activity after a bone-marrow, fat-derived\n"
    "or PRP injection, charted against the milestones clinics expect. Everything stays on the\n"
    "device. Includes mend-cli, the same diary for scripts and clinics.")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Debug info stays in the build; gzip packs in seconds where xz takes minutes on 2 cores.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)
# Libraries from the binaries (dpkg-shlibdeps); the QML modules are loaded at run time, so they
# are named here: these are the ones Main.qml and its pages import.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, \
qml6-module-qtquick-window, qml6-module-qtquick-templates, qml6-module-qtqml-workerscript, \
qml6-module-qtcharts, qml6-module-qtquick-dialogs, qml6-module-qt-labs-folderlistmodel, \
libqt6sql6-sqlite")
if(CMAKE_CROSSCOMPILING AND CMAKE_SYSTEM_PROCESSOR MATCHES "aarch64|arm64")
    set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE arm64)
endif()
include(CPack)
