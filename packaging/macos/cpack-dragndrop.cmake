# DragNDrop disk image for macOS. Configured, NOT built or tested here (see packaging/README.md).
# Included by ../cpack-project-config.cmake when cpack runs the DragNDrop generator.

set(CPACK_DMG_VOLUME_NAME "Godwit ${CPACK_PACKAGE_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_DMG_FILESYSTEM HFS+)

# Plain layout: Godwit.app beside the /Applications symlink, no background picture and no
# .DS_Store script (both would need a Finder session on the build machine).
set(CPACK_DMG_BACKGROUND_IMAGE "")
set(CPACK_DMG_DS_STORE_SETUP_SCRIPT "")
set(CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK OFF)

# LICENSE is installed under doc/ in the image; do not turn it into a click-through agreement.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

# Volume icon, made from resources/icons/io.github.godwit.Godwit.svg on the Mac (see README.md).
set(_godwit_icns "${CPACK_GODWIT_PACKAGING_DIR}/macos/godwit.icns")
if(EXISTS "${_godwit_icns}")
    set(CPACK_PACKAGE_ICON "${_godwit_icns}")
endif()
