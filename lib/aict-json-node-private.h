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

G_END_DECLS
