/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Writes @node as JSON text for the strict loader; doubles in their
 * shortest exact form (see aict-json-node.c).  Errors name "<json-node>"
 * and the JSON path. */
char *_aict_json_node_to_data (JsonNode  *node,
                               guint      max_depth,
                               gsize     *length,
                               GError   **error);

/* Member @name of the object being built: @value, or null when it is
 * %NULL (the --json outputs keep absent members as null).  A node is
 * copied. */
void  _aict_json_builder_add_string_member (JsonBuilder *builder,
                                            const char  *name,
                                            const char  *value);
void  _aict_json_builder_add_node_member   (JsonBuilder *builder,
                                            const char  *name,
                                            JsonNode    *value);

G_END_DECLS
