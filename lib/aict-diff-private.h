/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "aict-entity.h"
#include "aict-fields-private.h"

G_BEGIN_DECLS

/* What aict_dataset_diff() and aict_dataset_merge() share: the member by
 * member comparison of two JSON views of objects (aict_entity_to_json_node(),
 * built from the types' tables, so a new member is compared without a
 * line here). */

typedef struct
{
  char *path;           /* "status", "place.locality", "participants[1].role" */
  JsonNode *old_value;  /* NULL: the member is not in the old view */
  JsonNode *new_value;
  char *old_text;       /* the values as one line of JSON, or NULL */
  char *new_text;
} AictMemberChange;

void       _aict_member_change_free  (gpointer            change);

/* Appends to @changes (of AictMemberChange) the members of @old_view and
 * @new_view that differ.  @skip: member names of the top level left out
 * (NULL-terminated, or NULL).  Objects are compared member by member,
 * arrays of the same length item by item; anything else as a whole. */
void       _aict_view_compare        (JsonNode           *old_view,
                                      JsonNode           *new_view,
                                      const char * const *skip,
                                      GPtrArray          *changes);

/* @node as JSON text on one line, through the project's writer (every
 * control character escaped, whatever the data). */
char      *_aict_json_value_text     (JsonNode           *node);

/* Whether @a and @b, instances of @info (entities or records), hold the
 * same values in every member of the table but the @skip ones (of the top
 * level): a quick check, read from the storage, that never says TRUE for
 * two objects whose views differ. */
gboolean   _aict_fields_equal        (const AictTypeInfo *info,
                                      gpointer            a,
                                      gpointer            b,
                                      const char * const *skip);

/* The members of @info that hold child entities (a meeting's agenda,
 * contributions and outcomes), NULL-terminated; the strings are static. */
const char **_aict_entity_list_names (const AictTypeInfo *info);

G_END_DECLS
