/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-json-entities.h"
#include "aict-filter-options.h"

void
aict_json_entities_note_ref (AictJsonEntities *json,
                             const char       *id)
{
  char *copy;

  if (id == NULL || json->ref_ids == NULL || g_hash_table_contains (json->ref_seen, id))
    return;

  copy = g_strdup (id);
  g_ptr_array_add (json->ref_ids, copy);
  g_hash_table_add (json->ref_seen, copy);
}

void
aict_json_entities_member_ref (AictJsonEntities *json,
                               const char       *name,
                               const char       *id)
{
  aict_json_member_string (json->builder, name, id);
  aict_json_entities_note_ref (json, id);
}

void
aict_json_entities_member_refs (AictJsonEntities   *json,
                                const char         *name,
                                const char * const *ids)
{
  aict_json_member_strv (json->builder, name, ids);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    aict_json_entities_note_ref (json, ids[i]);
}

void
aict_json_entities_member_sources (AictJsonEntities *json,
                                   AictEntity       *entity)
{
  JsonBuilder *b = json->builder;

  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (guint i = 0; i < aict_entity_get_n_source_refs (entity); i++)
    {
      const AictSourceRef *ref = aict_entity_get_source_ref (entity, i);

      json_builder_begin_object (b);
      aict_json_entities_member_ref (json, "source", aict_source_ref_get_source (ref));
      aict_json_member_string (b, "locator", aict_source_ref_get_locator (ref));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

void
aict_json_entities_member_place (AictJsonEntities *json,
                                 const char       *name,
                                 const AictPlace  *place)
{
  JsonBuilder *b = json->builder;

  json_builder_set_member_name (b, name);
  if (place == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }

  json_builder_begin_object (b);
  aict_json_member_string (b, "name", aict_place_get_name (place));
  aict_json_member_string (b, "address", aict_place_get_address (place));
  aict_json_member_string (b, "postal_code", aict_place_get_postal_code (place));
  aict_json_member_string (b, "locality", aict_place_get_locality (place));
  aict_json_member_string (b, "country", aict_place_get_country (place));
  json_builder_end_object (b);
}

/* The members of the library's JSON view of @entity (the full one for
 * aict show, the summary for lists), with the ids it names noted. */
static void
entity_members (AictJsonEntities *json,
                AictEntity       *entity)
{
  AictEntityJsonFlags flags = json->full ? AICT_ENTITY_JSON_NONE : AICT_ENTITY_JSON_SUMMARY;

  aict_entity_build_json (entity, json->builder, flags);
  if (json->ref_ids != NULL)
    {
      g_auto(GStrv) ids = aict_entity_list_references (entity, flags);

      for (guint i = 0; ids[i] != NULL; i++)
        aict_json_entities_note_ref (json, ids[i]);
    }
}

void
aict_json_entities_actor (AictJsonEntities *json,
                          AictActor        *actor)
{
  entity_members (json, AICT_ENTITY (actor));
}

void
aict_json_entities_person (AictJsonEntities *json,
                           AictPerson       *person)
{
  entity_members (json, AICT_ENTITY (person));
}

void
aict_json_entities_partnership (AictJsonEntities *json,
                                AictPartnership  *partnership)
{
  entity_members (json, AICT_ENTITY (partnership));
}

void
aict_json_entities_budget (AictJsonEntities *json,
                           AictBudget       *budget)
{
  entity_members (json, AICT_ENTITY (budget));
}

void
aict_json_entities_outcome (AictJsonEntities *json,
                            AictOutcome      *outcome)
{
  entity_members (json, AICT_ENTITY (outcome));
}
