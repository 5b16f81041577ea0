/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include <aict/aict.h>

G_BEGIN_DECLS

/* The --json objects of entities, written once for the commands that show
 * them: aict show (every member, notes and sources, and the ids it names
 * gathered for its "refs") and aict list (the members a list needs).  The
 * member names are those of aict/1; doc/cli.md documents both forms. */
typedef struct
{
  JsonBuilder *builder;
  gboolean full;          /* every member (aict show), or the list's */
  GPtrArray *ref_ids;     /* NULL, or the ids written, in order (owned strings) */
  GHashTable *ref_seen;   /* the same ids, for uniqueness */
} AictJsonEntities;

/* Notes @id (NULL: nothing) as named by the document, once. */
void  aict_json_entities_note_ref      (AictJsonEntities   *json,
                                        const char         *id);
/* A member holding an id, or a list of ids, noted as above. */
void  aict_json_entities_member_ref    (AictJsonEntities   *json,
                                        const char         *name,
                                        const char         *id);
void  aict_json_entities_member_refs   (AictJsonEntities   *json,
                                        const char         *name,
                                        const char * const *ids);
/* "sources": the source references of @entity. */
void  aict_json_entities_member_sources (AictJsonEntities  *json,
                                         AictEntity        *entity);
/* A place as an object, or null. */
void  aict_json_entities_member_place  (AictJsonEntities   *json,
                                        const char         *name,
                                        const AictPlace    *place);

/* The members of one entity, inside an object the caller opened. */
void  aict_json_entities_actor         (AictJsonEntities   *json,
                                        AictActor          *actor);
void  aict_json_entities_person        (AictJsonEntities   *json,
                                        AictPerson         *person);
void  aict_json_entities_partnership   (AictJsonEntities   *json,
                                        AictPartnership    *partnership);
void  aict_json_entities_budget        (AictJsonEntities   *json,
                                        AictBudget         *budget);
void  aict_json_entities_outcome       (AictJsonEntities   *json,
                                        AictOutcome        *outcome);

G_END_DECLS
