# Included by cpack once per generator (CPACK_PROJECT_CONFIG_FILE), with CPACK_GENERATOR set to
# the generator that is running. Only CPACK_* variables from CPackConfig.cmake are visible here.
if(CPACK_GENERATOR STREQUAL "NSIS")
    include("${CPACK_GODWIT_PACKAGING_DIR}/windows/cpack-nsis.cmake")
elseif(CPACK_GENERATOR STREQUAL "DragNDrop")
    include("${CPACK_GODWIT_PACKAGING_DIR}/macos/cpack-dragndrop.cmake")
endif()
