/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-codec-private.h"
#include "aict-codelist.h"
#include "aict-json-writer-private.h"
#include "aict-enum-types.h"

/* The aict/1 encoder.  Member order follows the tables of doc/format.md;
 * absent (NULL) optional members and empty lists are left out; everything
 * set is written, defaults included, enums as nicks.  The output depends
 * on nothing but the dataset, so load → save → load → save is stable. */

static const char *
nick (GType type,
      int   value)
{
  GEnumClass *klass = g_type_class_peek (type);
  GEnumValue *enum_value;

  if (klass == NULL)
    klass = g_type_class_ref (type);   /* kept for the process, as GLib does */

  enum_value = g_enum_get_value (klass, value);
  g_assert (enum_value != NULL);

  return enum_value->value_nick;
}

static void
write_text (AictJsonWriter *w,
            const char     *member,
            const char     *value)
{
  if (value != NULL)
    aict_json_writer_member_string (w, member, value);
}

/* A reference to another object.  The loader keeps a record whose
 * reference is missing (the validator reports it) with an empty id, which
 * is left out again here so that the saved file loads. */
static void
write_ref (AictJsonWriter *w,
           const char     *member,
           const char     *id)
{
  if (id != NULL && id[0] != '\0')
    aict_json_writer_member_string (w, member, id);
}

static void
write_date (AictJsonWriter        *w,
            const char            *member,
            const AictPartialDate *date)
{
  g_autofree char *text = NULL;

  if (date == NULL)
    return;

  text = aict_partial_date_to_string (date);
  aict_json_writer_member_string (w, member, text);
}

static void
write_strv (AictJsonWriter     *w,
            const char         *member,
            const char * const *list)
{
  if (list == NULL || list[0] == NULL)
    return;

  aict_json_writer_member (w, member);
  aict_json_writer_begin_array (w);
  for (guint i = 0; list[i] != NULL; i++)
    aict_json_writer_string (w, list[i]);
  aict_json_writer_end_array (w);
}

static void
write_hundredths (AictJsonWriter *w,
                  const char     *member,
                  int             value)
{
  if (value < 0)
    return;

  aict_json_writer_member (w, member);
  aict_json_writer_decimal (w, value, 2);
}

static void
write_amount (AictJsonWriter   *w,
              const char       *member,
              const AictAmount *amount)
{
  const char *currency;
  int decimals;

  if (amount == NULL)
    return;

  currency = aict_amount_get_currency (amount);
  decimals = aict_currency_get_decimals (currency);
  if (decimals < 0)
    decimals = 2;

  aict_json_writer_member (w, member);
  aict_json_writer_begin_object (w);
  aict_json_writer_member_string (w, "currency", currency);
  if (aict_amount_is_range (amount))
    {
      aict_json_writer_member (w, "min");
      aict_json_writer_decimal (w, aict_amount_get_min (amount), decimals);
      aict_json_writer_member (w, "max");
      aict_json_writer_decimal (w, aict_amount_get_max (amount), decimals);
    }
  else
    {
      aict_json_writer_member (w, "value");
      aict_json_writer_decimal (w, aict_amount_get_value (amount), decimals);
    }
  if (aict_amount_get_approximate (amount))
    {
      aict_json_writer_member (w, "approximate");
      aict_json_writer_boolean (w, TRUE);
    }
  aict_json_writer_end_object (w);
}

static void
write_entity_head (AictJsonWriter *w,
                   AictEntity     *entity)
{
  write_text (w, "id", aict_entity_get_id (entity));
}

static void
write_entity_tail (AictJsonWriter *w,
                   AictEntity     *entity)
{
  GPtrArray *refs;

  write_text (w, "notes", aict_entity_get_notes (entity));

  refs = aict_entity_get_source_refs (entity);
  if (refs->len == 0)
    return;

  aict_json_writer_member (w, "sources");
  aict_json_writer_begin_array (w);
  for (guint i = 0; i < refs->len; i++)
    {
      const AictSourceRef *ref = g_ptr_array_index (refs, i);

      aict_json_writer_begin_object (w);
      write_ref (w, "source", aict_source_ref_get_source (ref));
      write_text (w, "locator", aict_source_ref_get_locator (ref));
      aict_json_writer_end_object (w);
    }
  aict_json_writer_end_array (w);
}

static void
encode_source (AictJsonWriter *w,
               AictSource     *source)
{
  write_entity_head (w, AICT_ENTITY (source));
  write_text (w, "title", aict_source_get_title (source));
  write_date (w, "date", aict_source_get_date (source));
  write_text (w, "author", aict_source_get_author (source));
  write_text (w, "url", aict_source_get_url (source));
  write_entity_tail (w, AICT_ENTITY (source));
}

static void
encode_actor (AictJsonWriter *w,
              AictActor      *actor)
{
  GPtrArray *identifiers;

  write_entity_head (w, AICT_ENTITY (actor));
  write_text (w, "name", aict_actor_get_name (actor));
  write_text (w, "short_name", aict_actor_get_short_name (actor));
  aict_json_writer_member_string (w, "kind", nick (AICT_TYPE_ACTOR_KIND, aict_actor_get_kind (actor)));
  write_text (w, "country", aict_actor_get_country (actor));
  write_text (w, "subdivision", aict_actor_get_subdivision (actor));
  write_text (w, "parent", aict_actor_get_parent_id (actor));

  identifiers = aict_actor_get_identifiers (actor);
  if (identifiers->len > 0)
    {
      aict_json_writer_member (w, "identifiers");
      aict_json_writer_begin_array (w);
      for (guint i = 0; i < identifiers->len; i++)
        {
          const AictIdentifier *identifier = g_ptr_array_index (identifiers, i);

          aict_json_writer_begin_object (w);
          aict_json_writer_member_string (w, "scheme", aict_identifier_get_scheme (identifier));
          aict_json_writer_member_string (w, "value", aict_identifier_get_value (identifier));
          aict_json_writer_end_object (w);
        }
      aict_json_writer_end_array (w);
    }

  write_text (w, "address", aict_actor_get_address (actor));
  write_text (w, "website", aict_actor_get_website (actor));
  write_text (w, "email", aict_actor_get_email (actor));
  write_text (w, "phone", aict_actor_get_phone (actor));
  write_entity_tail (w, AICT_ENTITY (actor));
}

static void
encode_person (AictJsonWriter *w,
               AictPerson     *person)
{
  GPtrArray *affiliations;

  write_entity_head (w, AICT_ENTITY (person));
  write_text (w, "name", aict_person_get_name (person));
  write_text (w, "given_name", aict_person_get_given_name (person));
  write_text (w, "family_name", aict_person_get_family_name (person));

  affiliations = aict_person_get_affiliations (person);
  if (affiliations->len > 0)
    {
      aict_json_writer_member (w, "affiliations");
      aict_json_writer_begin_array (w);
      for (guint i = 0; i < affiliations->len; i++)
        {
          const AictAffiliation *affiliation = g_ptr_array_index (affiliations, i);

          aict_json_writer_begin_object (w);
          write_ref (w, "actor", aict_affiliation_get_actor_id (affiliation));
          write_text (w, "post", aict_affiliation_get_post (affiliation));
          write_date (w, "start", aict_affiliation_get_start (affiliation));
          write_date (w, "end", aict_affiliation_get_end (affiliation));
          aict_json_writer_end_object (w);
        }
      aict_json_writer_end_array (w);
    }

  write_entity_tail (w, AICT_ENTITY (person));
}

static void
encode_partnership (AictJsonWriter  *w,
                    AictPartnership *partnership)
{
  GPtrArray *participants, *components;

  write_entity_head (w, AICT_ENTITY (partnership));
  write_text (w, "title", aict_partnership_get_title (partnership));
  aict_json_writer_member_string (w, "status",
                                  nick (AICT_TYPE_PARTNERSHIP_STATUS,
                                        aict_partnership_get_status (partnership)));
  write_date (w, "start", aict_partnership_get_start (partnership));
  write_date (w, "end", aict_partnership_get_end (partnership));

  participants = aict_partnership_get_participants (partnership);
  aict_json_writer_member (w, "participants");
  aict_json_writer_begin_array (w);
  for (guint i = 0; i < participants->len; i++)
    {
      const AictParticipant *participant = g_ptr_array_index (participants, i);

      aict_json_writer_begin_object (w);
      write_ref (w, "actor", aict_participant_get_actor_id (participant));
      aict_json_writer_member_string (w, "role",
                                      nick (AICT_TYPE_PARTICIPANT_ROLE,
                                            aict_participant_get_role (participant)));
      write_text (w, "notes", aict_participant_get_notes (participant));
      aict_json_writer_end_object (w);
    }
  aict_json_writer_end_array (w);

  write_strv (w, "countries", aict_partnership_get_countries (partnership));
  write_strv (w, "subdivisions", aict_partnership_get_subdivisions (partnership));
  write_strv (w, "themes", aict_partnership_get_themes (partnership));

  components = aict_partnership_get_components (partnership);
  if (components->len > 0)
    {
      aict_json_writer_member (w, "components");
      aict_json_writer_begin_array (w);
      for (guint i = 0; i < components->len; i++)
        {
          const AictComponent *component = g_ptr_array_index (components, i);

          aict_json_writer_begin_object (w);
          aict_json_writer_member_string (w, "title", aict_component_get_title (component));
          write_strv (w, "themes", aict_component_get_themes (component));
          write_text (w, "notes", aict_component_get_notes (component));
          aict_json_writer_end_object (w);
        }
      aict_json_writer_end_array (w);
    }

  write_entity_tail (w, AICT_ENTITY (partnership));
}

static void
encode_budget (AictJsonWriter *w,
               AictBudget     *budget)
{
  GPtrArray *funders;

  write_entity_head (w, AICT_ENTITY (budget));
  write_text (w, "label", aict_budget_get_label (budget));
  write_text (w, "actor", aict_budget_get_actor_id (budget));
  write_text (w, "partnership", aict_budget_get_partnership_id (budget));
  aict_json_writer_member_string (w, "kind", nick (AICT_TYPE_BUDGET_KIND, aict_budget_get_kind (budget)));
  write_date (w, "start", aict_budget_get_start (budget));
  write_date (w, "end", aict_budget_get_end (budget));
  write_amount (w, "amount", aict_budget_get_amount (budget));
  write_hundredths (w, "staff_fte", aict_budget_get_staff_fte (budget));

  funders = aict_budget_get_funders (budget);
  if (funders->len > 0)
    {
      aict_json_writer_member (w, "funders");
      aict_json_writer_begin_array (w);
      for (guint i = 0; i < funders->len; i++)
        {
          const AictFunder *funder = g_ptr_array_index (funders, i);

          aict_json_writer_begin_object (w);
          write_ref (w, "actor", aict_funder_get_actor_id (funder));
          write_hundredths (w, "share", aict_funder_get_share (funder));
          write_amount (w, "amount", aict_funder_get_amount (funder));
          aict_json_writer_end_object (w);
        }
      aict_json_writer_end_array (w);
    }

  write_entity_tail (w, AICT_ENTITY (budget));
}

static void
encode_agenda_item (AictJsonWriter *w,
                    AictAgendaItem *item)
{
  write_entity_head (w, AICT_ENTITY (item));
  write_text (w, "label", aict_agenda_item_get_label (item));
  write_text (w, "title", aict_agenda_item_get_title (item));
  write_text (w, "parent", aict_agenda_item_get_parent_id (item));
  write_entity_tail (w, AICT_ENTITY (item));
}

static void
encode_contribution (AictJsonWriter   *w,
                     AictContribution *contribution)
{
  write_entity_head (w, AICT_ENTITY (contribution));
  write_text (w, "person", aict_contribution_get_person_id (contribution));
  write_text (w, "actor", aict_contribution_get_actor_id (contribution));
  write_text (w, "agenda_item", aict_contribution_get_agenda_item_id (contribution));
  write_text (w, "summary", aict_contribution_get_summary (contribution));
  write_strv (w, "themes", aict_contribution_get_themes (contribution));
  write_entity_tail (w, AICT_ENTITY (contribution));
}

static void
encode_outcome (AictJsonWriter *w,
                AictOutcome    *outcome)
{
  write_entity_head (w, AICT_ENTITY (outcome));
  aict_json_writer_member_string (w, "kind", nick (AICT_TYPE_OUTCOME_KIND, aict_outcome_get_kind (outcome)));
  write_text (w, "text", aict_outcome_get_text (outcome));
  write_text (w, "agenda_item", aict_outcome_get_agenda_item_id (outcome));
  write_text (w, "owner", aict_outcome_get_owner_id (outcome));
  write_date (w, "due", aict_outcome_get_due (outcome));
  aict_json_writer_member_string (w, "status",
                                  nick (AICT_TYPE_OUTCOME_STATUS, aict_outcome_get_status (outcome)));
  write_strv (w, "actors", aict_outcome_get_actor_ids (outcome));
  write_strv (w, "partnerships", aict_outcome_get_partnership_ids (outcome));
  write_strv (w, "themes", aict_outcome_get_themes (outcome));
  write_entity_tail (w, AICT_ENTITY (outcome));
}

typedef void (*EncodeFunc) (AictJsonWriter *w, gpointer entity);

static void
write_model (AictJsonWriter *w,
             const char     *member,
             GListModel     *model,
             EncodeFunc      encode)
{
  guint n = g_list_model_get_n_items (model);

  if (n == 0)
    return;

  aict_json_writer_member (w, member);
  aict_json_writer_begin_array (w);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      aict_json_writer_begin_object (w);
      encode (w, item);
      aict_json_writer_end_object (w);
    }
  aict_json_writer_end_array (w);
}

static void
encode_meeting (AictJsonWriter *w,
                AictMeeting    *meeting)
{
  GPtrArray *attendance;
  const AictPlace *place;

  write_entity_head (w, AICT_ENTITY (meeting));
  write_text (w, "title", aict_meeting_get_title (meeting));
  write_date (w, "date", aict_meeting_get_date (meeting));
  write_date (w, "end_date", aict_meeting_get_end_date (meeting));
  write_text (w, "start_time", aict_meeting_get_start_time (meeting));
  write_text (w, "end_time", aict_meeting_get_end_time (meeting));

  place = aict_meeting_get_place (meeting);
  if (place != NULL)
    {
      aict_json_writer_member (w, "place");
      aict_json_writer_begin_object (w);
      write_text (w, "name", aict_place_get_name (place));
      write_text (w, "address", aict_place_get_address (place));
      write_text (w, "postal_code", aict_place_get_postal_code (place));
      write_text (w, "locality", aict_place_get_locality (place));
      write_text (w, "country", aict_place_get_country (place));
      aict_json_writer_end_object (w);
    }

  write_strv (w, "organisers", aict_meeting_get_organisers (meeting));

  attendance = aict_meeting_get_attendance (meeting);
  if (attendance->len > 0)
    {
      aict_json_writer_member (w, "attendance");
      aict_json_writer_begin_array (w);
      for (guint i = 0; i < attendance->len; i++)
        {
          const AictAttendance *a = g_ptr_array_index (attendance, i);

          aict_json_writer_begin_object (w);
          write_ref (w, "person", aict_attendance_get_person_id (a));
          aict_json_writer_member_string (w, "status",
                                          nick (AICT_TYPE_ATTENDANCE_STATUS,
                                                aict_attendance_get_status (a)));
          aict_json_writer_member_string (w, "role",
                                          nick (AICT_TYPE_ATTENDANCE_ROLE,
                                                aict_attendance_get_role (a)));
          write_text (w, "representing", aict_attendance_get_representing_id (a));
          aict_json_writer_end_object (w);
        }
      aict_json_writer_end_array (w);
    }

  write_model (w, "agenda", aict_meeting_get_agenda (meeting), (EncodeFunc) encode_agenda_item);
  write_model (w, "contributions", aict_meeting_get_contributions (meeting),
               (EncodeFunc) encode_contribution);
  write_model (w, "outcomes", aict_meeting_get_outcomes (meeting), (EncodeFunc) encode_outcome);
  write_entity_tail (w, AICT_ENTITY (meeting));
}

GBytes *
_aict_json_encode (AictDataset *self)
{
  AictJsonWriter *w;
  guint n_items = g_list_model_get_n_items (aict_dataset_get_partnerships (self)) +
                  g_list_model_get_n_items (aict_dataset_get_budgets (self)) +
                  g_list_model_get_n_items (aict_dataset_get_actors (self));

  /* Typical records are a few hundred bytes: start big enough to avoid
   * most reallocations on large datasets. */
  w = aict_json_writer_new (4096 + (gsize) n_items * 512);

  aict_json_writer_begin_object (w);
  aict_json_writer_member_string (w, "format", AICT_FORMAT_NAME);
  write_text (w, "title", aict_dataset_get_title (self));
  write_text (w, "description", aict_dataset_get_description (self));
  write_text (w, "language", aict_dataset_get_language (self));
  write_model (w, "sources", aict_dataset_get_sources (self), (EncodeFunc) encode_source);
  write_model (w, "actors", aict_dataset_get_actors (self), (EncodeFunc) encode_actor);
  write_model (w, "persons", aict_dataset_get_persons (self), (EncodeFunc) encode_person);
  write_model (w, "partnerships", aict_dataset_get_partnerships (self),
               (EncodeFunc) encode_partnership);
  write_model (w, "budgets", aict_dataset_get_budgets (self), (EncodeFunc) encode_budget);
  write_model (w, "meetings", aict_dataset_get_meetings (self), (EncodeFunc) encode_meeting);
  aict_json_writer_end_object (w);

  return aict_json_writer_free_to_bytes (w);
}
