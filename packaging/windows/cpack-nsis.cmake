# NSIS installer for Windows. Configured, NOT built or tested here (see packaging/README.md).
# Included by ../cpack-project-config.cmake when cpack runs the NSIS generator.

set(CPACK_NSIS_PACKAGE_NAME "Godwit ${CPACK_PACKAGE_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Godwit")
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")

# Per-machine install into "Program Files\Godwit"; an older version is removed first.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)

# Executables live in bin\ (install(TARGETS ... RUNTIME DESTINATION bin)). The Start-menu
# link "Godwit" comes from CPACK_PACKAGE_EXECUTABLES; add the website next to it.
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\godwit.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "godwit.exe")
set(CPACK_NSIS_MENU_LINKS "${CPACK_PACKAGE_HOMEPAGE_URL}" "Godwit website")

# Installer and uninstaller icon, made from resources/icons/io.github.godwit.Godwit.svg
# (the command is in packaging/README.md).
set(_godwit_ico "${CPACK_GODWIT_PACKAGING_DIR}/windows/godwit.ico")
if(EXISTS "${_godwit_ico}")
    set(CPACK_NSIS_MUI_ICON "${_godwit_ico}")
    set(CPACK_NSIS_MUI_UNIICON "${_godwit_ico}")
endif()
