# SPDX-License-Identifier: MIT
# What `cmake --install` and the .deb put where (README.md, "Install and package"):
#   bin/udpchat-server, bin/udpchat-client
#   share/applications/io.github.udpchat.{Server,Client}.desktop
#   share/metainfo/io.github.udpchat.{Server,Client}.metainfo.xml
#   share/icons/hicolor/scalable/apps/io.github.udpchat.{Server,Client}.svg
#   share/man/man1/udpchat-{server,client}.1(.gz)
#   share/bash-completion/completions/udpchat-{server,client}
#   share/doc/udpchat/README.md, copyright, changelog.gz
set(UDPCHAT_RELEASE_DATE "2026-11-25")  # the newest <release> in the metainfo files
find_program(UDPCHAT_GZIP gzip)
set(udpchat_doc_outputs)
foreach(app Server Client)
    string(TOLOWER ${app} program)
    set(program udpchat-${program})
    set(id io.github.udpchat.${app})
    install(FILES resources/${id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES resources/${id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES resources/icons/${program}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${id}.svg)
    install(FILES resources/bash-completion/udpchat DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
            RENAME ${program})
    # Man pages: the version and date filled in; compressed where gzip is (Debian wants -9n).
    set(man ${CMAKE_CURRENT_BINARY_DIR}/docs/man/${program}.1)
    configure_file(docs/man/${program}.1.in ${man} @ONLY)
    if(UDPCHAT_GZIP)
        add_custom_command(OUTPUT ${man}.gz COMMAND ${UDPCHAT_GZIP} -9nc ${man} > ${man}.gz
                           DEPENDS ${man} VERBATIM)
        list(APPEND udpchat_doc_outputs ${man}.gz)
        install(FILES ${man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    else()
        install(FILES ${man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
endforeach()

# The installed README is for someone who installed udpchat (the repository's README talks
# about ./run.sh and screenshots). The licence is the machine-readable copyright file, which
# carries the MIT text (Debian wants no second licence file).
install(FILES packaging/README.installed.md DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME README.md)
install(FILES packaging/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The .deb's maintainer: -DUDPCHAT_MAINTAINER="Name <address>"; by default $DEBFULLNAME
# <$DEBEMAIL>, or the git identity of this checkout, or the project's address.
if(NOT UDPCHAT_MAINTAINER)
    set(maintainer "The udpchat developers <udpchat@users.noreply.github.com>")
    if(DEFINED ENV{DEBEMAIL} AND DEFINED ENV{DEBFULLNAME})
        set(maintainer "$ENV{DEBFULLNAME} <$ENV{DEBEMAIL}>")
    else()
        find_package(Git QUIET)
        if(GIT_FOUND)
            execute_process(COMMAND ${GIT_EXECUTABLE} config user.name WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                            OUTPUT_VARIABLE name OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
            execute_process(COMMAND ${GIT_EXECUTABLE} config user.email WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                            OUTPUT_VARIABLE email OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
            if(name AND email MATCHES "^[^@ ]+@[^@ ]+\\.[a-z]+$")
                set(maintainer "${name} <${email}>")
            endif()
        endif()
    endif()
    set(UDPCHAT_MAINTAINER "${maintainer}" CACHE STRING "Maintainer of the .deb: Name <address>")
endif()

# The Debian changelog (native package: changelog.gz).
configure_file(packaging/changelog.in ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog @ONLY)
if(UDPCHAT_GZIP)
    set(changelog ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog)
    add_custom_command(OUTPUT ${changelog}.gz COMMAND ${UDPCHAT_GZIP} -9nc ${changelog} > ${changelog}.gz
                       DEPENDS ${changelog} VERBATIM)
    list(APPEND udpchat_doc_outputs ${changelog}.gz)
    install(FILES ${changelog}.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()
add_custom_target(udpchat_docs ALL DEPENDS ${udpchat_doc_outputs})

set(CPACK_PACKAGE_NAME udpchat)
set(CPACK_PACKAGE_VENDOR "The udpchat developers")
set(CPACK_PACKAGE_CONTACT "${UDPCHAT_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${UDPCHAT_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "UDP hello server with a live log, and a chat-style client")
# The extended description (CPack puts the summary above it and indents it), in its own file.
# Written inline here, its quotes lost their escaping on the way into CPackConfig.cmake (the
# control file read 'exactly ;exit" gets'): verbatim variables keep it, and every other value,
# as written. Not CPACK_PACKAGE_DESCRIPTION_FILE: cpack escapes that for XML (&quot;).
file(READ packaging/description.txt CPACK_DEBIAN_PACKAGE_DESCRIPTION)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS packaging/description.txt)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/udpchat/udpchat")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Libraries the binaries link (Qt Core, Widgets, Network, Charts) come from shlibdeps; these are
# what they load at run time: the SVG icon plugin and the platform plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins")
# What the features need at run time: Qt's own strings in Chinese (dialogs), native Wayland,
# the GTK platform theme (the desktop's dark palette on GNOME).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland, qt6-gtk-platformtheme")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
