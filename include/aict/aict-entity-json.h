/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <json-glib/json-glib.h>

#include <aict/aict-entity.h>

G_BEGIN_DECLS


AICT_AVAILABLE_IN_0_2
void        aict_entity_build_json      (AictEntity          *self,
                                         JsonBuilder         *builder,
                                         AictEntityJsonFlags  flags);
AICT_AVAILABLE_IN_0_2
JsonNode   *aict_entity_to_json_node    (AictEntity          *self,
                                         AictEntityJsonFlags  flags);
AICT_AVAILABLE_IN_0_2
char       *aict_entity_to_json         (AictEntity          *self,
                                         AictEntityJsonFlags  flags);
AICT_AVAILABLE_IN_0_2
char      **aict_entity_list_references (AictEntity          *self,
                                         AictEntityJsonFlags  flags);

G_END_DECLS
