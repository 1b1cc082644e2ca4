# One include root per layer (docs/ARCHITECTURE.md): a target sees the headers of its own layer and
# of the layers it links, and no other. An include that goes the wrong way then does not compile:
# `#include "models/storage/ticketrepository.h"` in ui/ fails with "No such file", because dd_ui
# does not link dd_storage and so has no storage root on its include path.
#
# The source tree keeps its layout and every include keeps its path from the repository root
# ("models/domain/calendar.h" names the layer it comes from). Each root is a folder of the build
# tree holding symbolic links to the layer's folders, so that root/models/domain is the domain
# layer and nothing else; models/ holds its own files beside the folders of the three layers below
# it, so the models root links those files one by one (the list is read again when files come or go).
#
#   dd_layer_include_root(TARGET LAYER PATH...)   adds ${DD_INCLUDE_ROOTS}/LAYER to the include path
#                                                 TARGET gives its users, with a link for each PATH

set(DD_INCLUDE_ROOTS ${CMAKE_BINARY_DIR}/include-roots)

function(dd_layer_include_root target layer)
  set(root ${DD_INCLUDE_ROOTS}/${layer})
  file(REMOVE_RECURSE ${root})
  foreach(path IN LISTS ARGN)
    get_filename_component(parent ${root}/${path} DIRECTORY)
    file(MAKE_DIRECTORY ${parent})
    file(CREATE_LINK ${CMAKE_SOURCE_DIR}/${path} ${root}/${path} SYMBOLIC)
  endforeach()
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "INTERFACE_LIBRARY")
    target_include_directories(${target} INTERFACE $<BUILD_INTERFACE:${root}>)
  else()
    target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${root}>)
  endif()
endfunction()
