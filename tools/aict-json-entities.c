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
  GPtrArray *refs = aict_entity_get_source_refs (entity);

  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (guint i = 0; i < refs->len; i++)
    {
      AictSourceRef *ref = g_ptr_array_index (refs, i);

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

/* What only aict show writes: the notes and the sources. */
static void
notes_and_sources (AictJsonEntities *json,
                   AictEntity       *entity)
{
  aict_json_member_string (json->builder, "notes", aict_entity_get_notes (entity));
  aict_json_entities_member_sources (json, entity);
}

void
aict_json_entities_actor (AictJsonEntities *json,
                          AictActor        *actor)
{
  JsonBuilder *b = json->builder;

  aict_json_member_string (b, "id", aict_entity_get_id (AICT_ENTITY (actor)));
  aict_json_member_string (b, "name", aict_actor_get_name (actor));
  aict_json_member_string (b, "short_name", aict_actor_get_short_name (actor));
  aict_json_member_enum (b, "kind", AICT_TYPE_ACTOR_KIND, aict_actor_get_kind (actor));
  aict_json_member_string (b, "country", aict_actor_get_country (actor));
  aict_json_member_string (b, "subdivision", aict_actor_get_subdivision (actor));
  aict_json_entities_member_ref (json, "parent", aict_actor_get_parent_id (actor));
  if (!json->full)
    return;

  {
    GPtrArray *identifiers = aict_actor_get_identifiers (actor);

    json_builder_set_member_name (b, "identifiers");
    json_builder_begin_array (b);
    for (guint i = 0; i < identifiers->len; i++)
      {
        AictIdentifier *identifier = g_ptr_array_index (identifiers, i);

        json_builder_begin_object (b);
        aict_json_member_string (b, "scheme", aict_identifier_get_scheme (identifier));
        aict_json_member_string (b, "value", aict_identifier_get_value (identifier));
        json_builder_end_object (b);
      }
    json_builder_end_array (b);
  }
  aict_json_member_string (b, "address", aict_actor_get_address (actor));
  aict_json_member_string (b, "website", aict_actor_get_website (actor));
  aict_json_member_string (b, "email", aict_actor_get_email (actor));
  aict_json_member_string (b, "phone", aict_actor_get_phone (actor));
  notes_and_sources (json, AICT_ENTITY (actor));
}

void
aict_json_entities_person (AictJsonEntities *json,
                           AictPerson       *person)
{
  JsonBuilder *b = json->builder;
  GPtrArray *affiliations = aict_person_get_affiliations (person);

  aict_json_member_string (b, "id", aict_entity_get_id (AICT_ENTITY (person)));
  aict_json_member_string (b, "name", aict_person_get_name (person));
  aict_json_member_string (b, "given_name", aict_person_get_given_name (person));
  aict_json_member_string (b, "family_name", aict_person_get_family_name (person));
  json_builder_set_member_name (b, "affiliations");
  json_builder_begin_array (b);
  for (guint i = 0; i < affiliations->len; i++)
    {
      AictAffiliation *affiliation = g_ptr_array_index (affiliations, i);

      json_builder_begin_object (b);
      aict_json_entities_member_ref (json, "actor", aict_affiliation_get_actor_id (affiliation));
      aict_json_member_string (b, "post", aict_affiliation_get_post (affiliation));
      aict_json_member_date (b, "start", aict_affiliation_get_start (affiliation));
      aict_json_member_date (b, "end", aict_affiliation_get_end (affiliation));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  if (json->full)
    notes_and_sources (json, AICT_ENTITY (person));
}

void
aict_json_entities_partnership (AictJsonEntities *json,
                                AictPartnership  *partnership)
{
  JsonBuilder *b = json->builder;
  GPtrArray *participants = aict_partnership_get_participants (partnership);

  aict_json_member_string (b, "id", aict_entity_get_id (AICT_ENTITY (partnership)));
  aict_json_member_string (b, "title", aict_partnership_get_title (partnership));
  aict_json_member_enum (b, "status", AICT_TYPE_PARTNERSHIP_STATUS, aict_partnership_get_status (partnership));
  aict_json_member_date (b, "start", aict_partnership_get_start (partnership));
  aict_json_member_date (b, "end", aict_partnership_get_end (partnership));
  json_builder_set_member_name (b, "participants");
  json_builder_begin_array (b);
  for (guint i = 0; i < participants->len; i++)
    {
      AictParticipant *participant = g_ptr_array_index (participants, i);

      json_builder_begin_object (b);
      aict_json_entities_member_ref (json, "actor", aict_participant_get_actor_id (participant));
      aict_json_member_enum (b, "role", AICT_TYPE_PARTICIPANT_ROLE, aict_participant_get_role (participant));
      if (json->full)
        aict_json_member_string (b, "notes", aict_participant_get_notes (participant));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  aict_json_member_strv (b, "countries", aict_partnership_get_countries (partnership));
  aict_json_member_strv (b, "subdivisions", aict_partnership_get_subdivisions (partnership));
  aict_json_member_strv (b, "themes", aict_partnership_get_themes (partnership));
  if (!json->full)
    return;

  {
    GPtrArray *components = aict_partnership_get_components (partnership);

    json_builder_set_member_name (b, "components");
    json_builder_begin_array (b);
    for (guint i = 0; i < components->len; i++)
      {
        AictComponent *component = g_ptr_array_index (components, i);

        json_builder_begin_object (b);
        aict_json_member_string (b, "title", aict_component_get_title (component));
        aict_json_member_strv (b, "themes", aict_component_get_themes (component));
        aict_json_member_string (b, "notes", aict_component_get_notes (component));
        json_builder_end_object (b);
      }
    json_builder_end_array (b);
  }
  notes_and_sources (json, AICT_ENTITY (partnership));
}

void
aict_json_entities_budget (AictJsonEntities *json,
                           AictBudget       *budget)
{
  JsonBuilder *b = json->builder;
  GPtrArray *funders = aict_budget_get_funders (budget);

  aict_json_member_string (b, "id", aict_entity_get_id (AICT_ENTITY (budget)));
  aict_json_member_string (b, "label", aict_budget_get_label (budget));
  aict_json_entities_member_ref (json, "actor", aict_budget_get_actor_id (budget));
  aict_json_entities_member_ref (json, "partnership", aict_budget_get_partnership_id (budget));
  aict_json_member_enum (b, "kind", AICT_TYPE_BUDGET_KIND, aict_budget_get_kind (budget));
  aict_json_member_date (b, "start", aict_budget_get_start (budget));
  aict_json_member_date (b, "end", aict_budget_get_end (budget));
  aict_json_member_amount (b, "amount", aict_budget_get_amount (budget));
  aict_json_member_hundredths (b, "staff_fte", aict_budget_get_staff_fte (budget));
  json_builder_set_member_name (b, "funders");
  json_builder_begin_array (b);
  for (guint i = 0; i < funders->len; i++)
    {
      AictFunder *funder = g_ptr_array_index (funders, i);

      json_builder_begin_object (b);
      aict_json_entities_member_ref (json, "actor", aict_funder_get_actor_id (funder));
      aict_json_member_hundredths (b, "share", aict_funder_get_share (funder));
      aict_json_member_amount (b, "amount", aict_funder_get_amount (funder));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  if (json->full)
    notes_and_sources (json, AICT_ENTITY (budget));
}

void
aict_json_entities_outcome (AictJsonEntities *json,
                            AictOutcome      *outcome)
{
  JsonBuilder *b = json->builder;

  aict_json_member_string (b, "id", aict_entity_get_id (AICT_ENTITY (outcome)));
  aict_json_member_enum (b, "kind", AICT_TYPE_OUTCOME_KIND, aict_outcome_get_kind (outcome));
  aict_json_member_string (b, "text", aict_outcome_get_text (outcome));
  /* aict show gives the meeting in "related"; a list needs it here. */
  if (!json->full)
    aict_json_member_string (b, "meeting", aict_outcome_get_meeting_id (outcome));
  aict_json_entities_member_ref (json, "agenda_item", aict_outcome_get_agenda_item_id (outcome));
  aict_json_entities_member_ref (json, "owner", aict_outcome_get_owner_id (outcome));
  aict_json_member_date (b, "due", aict_outcome_get_due (outcome));
  aict_json_member_enum (b, "status", AICT_TYPE_OUTCOME_STATUS, aict_outcome_get_status (outcome));
  aict_json_entities_member_refs (json, "actors", aict_outcome_get_actor_ids (outcome));
  aict_json_entities_member_refs (json, "partnerships", aict_outcome_get_partnership_ids (outcome));
  aict_json_member_strv (b, "themes", aict_outcome_get_themes (outcome));
  if (json->full)
    aict_json_entities_member_sources (json, AICT_ENTITY (outcome));
}
