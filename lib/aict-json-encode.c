/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-codec-private.h"
#include "aict-entity-private.h"
#include "aict-i18n-private.h"
#include "aict-model-private.h"
#include "aict-codelist.h"
#include "aict-json-writer-private.h"
#include "aict-syntax-private.h"

#include <string.h>
#include "aict-enum-types.h"

/* The aict/1 encoder.  Member order follows the tables of doc/format.md;
 * absent (NULL) optional members and empty lists are left out; everything
 * set is written, defaults included, enums as nicks.  The output depends
 * on nothing but the dataset, so load → save → load → save is stable. */

typedef struct
{
  AictJsonWriter *w;
  /* FALSE once a value was written that the decoder would refuse (an id,
   * code, time or text of the wrong shape, possible in a dataset built
   * through the API): the output is then thrown away and the validator
   * says where. */
  gboolean loadable;
} Encoder;

static void
check (Encoder  *e,
       gboolean  ok)
{
  if (!ok)
    e->loadable = FALSE;
}

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
write_text (Encoder        *e,
            const char     *member,
            const char     *value)
{
  if (value == NULL)
    return;

  check (e, _aict_is_text (value, strlen (value)));
  aict_json_writer_member_string (e->w, member, value);
}

static void
write_code (Encoder      *e,
            const char   *member,
            AictCodeKind  kind,
            const char   *value)
{
  if (value == NULL)
    return;

  check (e, _aict_is_code (kind, value, strlen (value)));
  aict_json_writer_member_string (e->w, member, value);
}

static void
write_time (Encoder    *e,
            const char *member,
            const char *value)
{
  if (value == NULL)
    return;

  check (e, _aict_is_time (value, strlen (value)));
  aict_json_writer_member_string (e->w, member, value);
}

/* A reference to another object.  The loader keeps a record whose
 * reference is missing (the validator reports it) with an empty id, which
 * is left out again here so that the saved file loads. */
static void
write_ref (Encoder        *e,
           const char     *member,
           const char     *id)
{
  if (id == NULL || id[0] == '\0')
    return;

  check (e, _aict_is_id (id, strlen (id)));
  aict_json_writer_member_string (e->w, member, id);
}

static void
write_date (Encoder *e,
            const char            *member,
            const AictPartialDate *date)
{
  g_autofree char *text = NULL;

  if (date == NULL)
    return;

  text = aict_partial_date_to_string (date);
  aict_json_writer_member_string (e->w, member, text);
}

/* A list of codes (@kind) or, with @ids, of references. */
static void
write_list (Encoder            *e,
            const char         *member,
            gboolean            ids,
            AictCodeKind        kind,
            const char * const *list)
{
  if (list == NULL || list[0] == NULL)
    return;

  aict_json_writer_member (e->w, member);
  aict_json_writer_begin_array (e->w);
  for (guint i = 0; list[i] != NULL; i++)
    {
      gsize length = strlen (list[i]);

      check (e, ids ? _aict_is_id (list[i], length) : _aict_is_code (kind, list[i], length));
      aict_json_writer_string (e->w, list[i]);
    }
  aict_json_writer_end_array (e->w);
}

#define write_ids(e, member, list) write_list (e, member, TRUE, AICT_CODE_THEME, list)
#define write_codes(e, member, kind, list) write_list (e, member, FALSE, kind, list)

static void
write_hundredths (Encoder        *e,
                  const char     *member,
                  int             value)
{
  if (value < 0)
    return;

  aict_json_writer_member (e->w, member);
  aict_json_writer_decimal (e->w, value, 2);
}

static void
write_amount (Encoder *e,
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

  aict_json_writer_member (e->w, member);
  aict_json_writer_begin_object (e->w);
  write_code (e, "currency", AICT_CODE_CURRENCY, currency);
  if (aict_amount_is_range (amount))
    {
      aict_json_writer_member (e->w, "min");
      aict_json_writer_decimal (e->w, aict_amount_get_min (amount), decimals);
      aict_json_writer_member (e->w, "max");
      aict_json_writer_decimal (e->w, aict_amount_get_max (amount), decimals);
    }
  else
    {
      aict_json_writer_member (e->w, "value");
      aict_json_writer_decimal (e->w, aict_amount_get_value (amount), decimals);
    }
  if (aict_amount_get_approximate (amount))
    {
      aict_json_writer_member (e->w, "approximate");
      aict_json_writer_boolean (e->w, TRUE);
    }
  aict_json_writer_end_object (e->w);
}

static void
write_entity_head (Encoder        *e,
                   AictEntity     *entity)
{
  const char *id = aict_entity_get_id (entity);

  /* Unlike a reference, an id that is there is written, even empty: the
   * check refuses it rather than let the object lose its id. */
  if (id != NULL)
    {
      check (e, _aict_is_id (id, strlen (id)));
      aict_json_writer_member_string (e->w, "id", id);
    }
}

static void
write_entity_tail (Encoder        *e,
                   AictEntity     *entity)
{
  GPtrArray *refs;

  write_text (e, "notes", aict_entity_get_notes (entity));

  refs = _aict_entity_peek_source_refs (entity);
  if (refs == NULL || refs->len == 0)
    return;

  aict_json_writer_member (e->w, "sources");
  aict_json_writer_begin_array (e->w);
  for (guint i = 0; i < refs->len; i++)
    {
      const AictSourceRef *ref = g_ptr_array_index (refs, i);

      aict_json_writer_begin_object (e->w);
      write_ref (e, "source", aict_source_ref_get_source (ref));
      write_text (e, "locator", aict_source_ref_get_locator (ref));
      aict_json_writer_end_object (e->w);
    }
  aict_json_writer_end_array (e->w);
}

static void
encode_source (Encoder        *e,
               AictSource     *source)
{
  write_entity_head (e, AICT_ENTITY (source));
  write_text (e, "title", aict_source_get_title (source));
  write_date (e, "date", aict_source_get_date (source));
  write_text (e, "author", aict_source_get_author (source));
  write_text (e, "url", aict_source_get_url (source));
  write_entity_tail (e, AICT_ENTITY (source));
}

static void
encode_actor (Encoder        *e,
              AictActor      *actor)
{
  GPtrArray *identifiers;

  write_entity_head (e, AICT_ENTITY (actor));
  write_text (e, "name", aict_actor_get_name (actor));
  write_text (e, "short_name", aict_actor_get_short_name (actor));
  aict_json_writer_member_string (e->w, "kind", nick (AICT_TYPE_ACTOR_KIND, aict_actor_get_kind (actor)));
  write_code (e, "country", AICT_CODE_COUNTRY, aict_actor_get_country (actor));
  write_code (e, "subdivision", AICT_CODE_SUBDIVISION, aict_actor_get_subdivision (actor));
  write_ref (e, "parent", aict_actor_get_parent_id (actor));

  identifiers = _aict_actor_peek_identifiers (actor);
  if (identifiers != NULL && identifiers->len > 0)
    {
      aict_json_writer_member (e->w, "identifiers");
      aict_json_writer_begin_array (e->w);
      for (guint i = 0; i < identifiers->len; i++)
        {
          const AictIdentifier *identifier = g_ptr_array_index (identifiers, i);

          aict_json_writer_begin_object (e->w);
          write_text (e, "scheme", aict_identifier_get_scheme (identifier));
          write_text (e, "value", aict_identifier_get_value (identifier));
          aict_json_writer_end_object (e->w);
        }
      aict_json_writer_end_array (e->w);
    }

  write_text (e, "address", aict_actor_get_address (actor));
  write_text (e, "website", aict_actor_get_website (actor));
  write_text (e, "email", aict_actor_get_email (actor));
  write_text (e, "phone", aict_actor_get_phone (actor));
  write_entity_tail (e, AICT_ENTITY (actor));
}

static void
encode_person (Encoder        *e,
               AictPerson     *person)
{
  GPtrArray *affiliations;

  write_entity_head (e, AICT_ENTITY (person));
  write_text (e, "name", aict_person_get_name (person));
  write_text (e, "given_name", aict_person_get_given_name (person));
  write_text (e, "family_name", aict_person_get_family_name (person));

  affiliations = _aict_person_peek_affiliations (person);
  if (affiliations != NULL && affiliations->len > 0)
    {
      aict_json_writer_member (e->w, "affiliations");
      aict_json_writer_begin_array (e->w);
      for (guint i = 0; i < affiliations->len; i++)
        {
          const AictAffiliation *affiliation = g_ptr_array_index (affiliations, i);

          aict_json_writer_begin_object (e->w);
          write_ref (e, "actor", aict_affiliation_get_actor_id (affiliation));
          write_text (e, "post", aict_affiliation_get_post (affiliation));
          write_date (e, "start", aict_affiliation_get_start (affiliation));
          write_date (e, "end", aict_affiliation_get_end (affiliation));
          aict_json_writer_end_object (e->w);
        }
      aict_json_writer_end_array (e->w);
    }

  write_entity_tail (e, AICT_ENTITY (person));
}

static void
encode_partnership (Encoder *e,
                    AictPartnership *partnership)
{
  GPtrArray *participants, *components;

  write_entity_head (e, AICT_ENTITY (partnership));
  write_text (e, "title", aict_partnership_get_title (partnership));
  aict_json_writer_member_string (e->w, "status",
                                  nick (AICT_TYPE_PARTNERSHIP_STATUS,
                                        aict_partnership_get_status (partnership)));
  write_date (e, "start", aict_partnership_get_start (partnership));
  write_date (e, "end", aict_partnership_get_end (partnership));

  participants = _aict_partnership_peek_participants (partnership);
  aict_json_writer_member (e->w, "participants");
  aict_json_writer_begin_array (e->w);
  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      const AictParticipant *participant = g_ptr_array_index (participants, i);

      aict_json_writer_begin_object (e->w);
      write_ref (e, "actor", aict_participant_get_actor_id (participant));
      aict_json_writer_member_string (e->w, "role",
                                      nick (AICT_TYPE_PARTICIPANT_ROLE,
                                            aict_participant_get_role (participant)));
      write_text (e, "notes", aict_participant_get_notes (participant));
      aict_json_writer_end_object (e->w);
    }
  aict_json_writer_end_array (e->w);

  write_codes (e, "countries", AICT_CODE_COUNTRY, aict_partnership_get_countries (partnership));
  write_codes (e, "subdivisions", AICT_CODE_SUBDIVISION, aict_partnership_get_subdivisions (partnership));
  write_codes (e, "themes", AICT_CODE_THEME, aict_partnership_get_themes (partnership));

  components = _aict_partnership_peek_components (partnership);
  if (components != NULL && components->len > 0)
    {
      aict_json_writer_member (e->w, "components");
      aict_json_writer_begin_array (e->w);
      for (guint i = 0; i < components->len; i++)
        {
          const AictComponent *component = g_ptr_array_index (components, i);

          aict_json_writer_begin_object (e->w);
          write_text (e, "title", aict_component_get_title (component));
          write_codes (e, "themes", AICT_CODE_THEME, aict_component_get_themes (component));
          write_text (e, "notes", aict_component_get_notes (component));
          aict_json_writer_end_object (e->w);
        }
      aict_json_writer_end_array (e->w);
    }

  write_entity_tail (e, AICT_ENTITY (partnership));
}

static void
encode_budget (Encoder        *e,
               AictBudget     *budget)
{
  GPtrArray *funders;

  write_entity_head (e, AICT_ENTITY (budget));
  write_text (e, "label", aict_budget_get_label (budget));
  write_ref (e, "actor", aict_budget_get_actor_id (budget));
  write_ref (e, "partnership", aict_budget_get_partnership_id (budget));
  aict_json_writer_member_string (e->w, "kind", nick (AICT_TYPE_BUDGET_KIND, aict_budget_get_kind (budget)));
  write_date (e, "start", aict_budget_get_start (budget));
  write_date (e, "end", aict_budget_get_end (budget));
  write_amount (e, "amount", aict_budget_get_amount (budget));
  write_hundredths (e, "staff_fte", aict_budget_get_staff_fte (budget));

  funders = _aict_budget_peek_funders (budget);
  if (funders != NULL && funders->len > 0)
    {
      aict_json_writer_member (e->w, "funders");
      aict_json_writer_begin_array (e->w);
      for (guint i = 0; i < funders->len; i++)
        {
          const AictFunder *funder = g_ptr_array_index (funders, i);

          aict_json_writer_begin_object (e->w);
          write_ref (e, "actor", aict_funder_get_actor_id (funder));
          write_hundredths (e, "share", aict_funder_get_share (funder));
          write_amount (e, "amount", aict_funder_get_amount (funder));
          aict_json_writer_end_object (e->w);
        }
      aict_json_writer_end_array (e->w);
    }

  write_entity_tail (e, AICT_ENTITY (budget));
}

static void
encode_agenda_item (Encoder        *e,
                    AictAgendaItem *item)
{
  write_entity_head (e, AICT_ENTITY (item));
  write_text (e, "label", aict_agenda_item_get_label (item));
  write_text (e, "title", aict_agenda_item_get_title (item));
  write_ref (e, "parent", aict_agenda_item_get_parent_id (item));
  write_entity_tail (e, AICT_ENTITY (item));
}

static void
encode_contribution (Encoder *e,
                     AictContribution *contribution)
{
  write_entity_head (e, AICT_ENTITY (contribution));
  write_ref (e, "person", aict_contribution_get_person_id (contribution));
  write_ref (e, "actor", aict_contribution_get_actor_id (contribution));
  write_ref (e, "agenda_item", aict_contribution_get_agenda_item_id (contribution));
  write_text (e, "summary", aict_contribution_get_summary (contribution));
  write_codes (e, "themes", AICT_CODE_THEME, aict_contribution_get_themes (contribution));
  write_entity_tail (e, AICT_ENTITY (contribution));
}

static void
encode_outcome (Encoder        *e,
                AictOutcome    *outcome)
{
  write_entity_head (e, AICT_ENTITY (outcome));
  aict_json_writer_member_string (e->w, "kind", nick (AICT_TYPE_OUTCOME_KIND, aict_outcome_get_kind (outcome)));
  write_text (e, "text", aict_outcome_get_text (outcome));
  write_ref (e, "agenda_item", aict_outcome_get_agenda_item_id (outcome));
  write_ref (e, "owner", aict_outcome_get_owner_id (outcome));
  write_date (e, "due", aict_outcome_get_due (outcome));
  aict_json_writer_member_string (e->w, "status",
                                  nick (AICT_TYPE_OUTCOME_STATUS, aict_outcome_get_status (outcome)));
  write_ids (e, "actors", aict_outcome_get_actor_ids (outcome));
  write_ids (e, "partnerships", aict_outcome_get_partnership_ids (outcome));
  write_codes (e, "themes", AICT_CODE_THEME, aict_outcome_get_themes (outcome));
  write_entity_tail (e, AICT_ENTITY (outcome));
}

typedef void (*EncodeFunc) (Encoder        *e, gpointer entity);

static void
write_model (Encoder        *e,
             const char     *member,
             GListModel     *model,
             EncodeFunc      encode)
{
  guint n = g_list_model_get_n_items (model);

  if (n == 0)
    return;

  aict_json_writer_member (e->w, member);
  aict_json_writer_begin_array (e->w);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      aict_json_writer_begin_object (e->w);
      encode (e, item);
      aict_json_writer_end_object (e->w);
    }
  aict_json_writer_end_array (e->w);
}

static void
write_items (Encoder    *e,
             const char *member,
             GPtrArray  *items,
             EncodeFunc  encode)
{
  if (items->len == 0)
    return;

  aict_json_writer_member (e->w, member);
  aict_json_writer_begin_array (e->w);
  for (guint i = 0; i < items->len; i++)
    {
      aict_json_writer_begin_object (e->w);
      encode (e, g_ptr_array_index (items, i));
      aict_json_writer_end_object (e->w);
    }
  aict_json_writer_end_array (e->w);
}

static void
encode_meeting (Encoder        *e,
                AictMeeting    *meeting)
{
  GPtrArray *attendance;
  const AictPlace *place;

  write_entity_head (e, AICT_ENTITY (meeting));
  write_text (e, "title", aict_meeting_get_title (meeting));
  write_date (e, "date", aict_meeting_get_date (meeting));
  write_date (e, "end_date", aict_meeting_get_end_date (meeting));
  write_time (e, "start_time", aict_meeting_get_start_time (meeting));
  write_time (e, "end_time", aict_meeting_get_end_time (meeting));

  place = aict_meeting_get_place (meeting);
  if (place != NULL)
    {
      aict_json_writer_member (e->w, "place");
      aict_json_writer_begin_object (e->w);
      write_text (e, "name", aict_place_get_name (place));
      write_text (e, "address", aict_place_get_address (place));
      write_text (e, "postal_code", aict_place_get_postal_code (place));
      write_text (e, "locality", aict_place_get_locality (place));
      write_code (e, "country", AICT_CODE_COUNTRY, aict_place_get_country (place));
      aict_json_writer_end_object (e->w);
    }

  write_ids (e, "organisers", aict_meeting_get_organisers (meeting));

  attendance = _aict_meeting_peek_attendance (meeting);
  if (attendance != NULL && attendance->len > 0)
    {
      aict_json_writer_member (e->w, "attendance");
      aict_json_writer_begin_array (e->w);
      for (guint i = 0; i < attendance->len; i++)
        {
          const AictAttendance *a = g_ptr_array_index (attendance, i);

          aict_json_writer_begin_object (e->w);
          write_ref (e, "person", aict_attendance_get_person_id (a));
          aict_json_writer_member_string (e->w, "status",
                                          nick (AICT_TYPE_ATTENDANCE_STATUS,
                                                aict_attendance_get_status (a)));
          aict_json_writer_member_string (e->w, "role",
                                          nick (AICT_TYPE_ATTENDANCE_ROLE,
                                                aict_attendance_get_role (a)));
          write_ref (e, "representing", aict_attendance_get_representing_id (a));
          aict_json_writer_end_object (e->w);
        }
      aict_json_writer_end_array (e->w);
    }

  write_model (e, "agenda", aict_meeting_get_agenda (meeting), (EncodeFunc) encode_agenda_item);
  write_model (e, "contributions", aict_meeting_get_contributions (meeting),
               (EncodeFunc) encode_contribution);
  write_model (e, "outcomes", aict_meeting_get_outcomes (meeting), (EncodeFunc) encode_outcome);
  write_entity_tail (e, AICT_ENTITY (meeting));
}

/* The first issue of @self that makes it unwritable, as a GError. */
static void
set_unloadable_error (AictDataset  *self,
                      GError      **error)
{
  static const char * const codes[] = { "id-invalid", "text-invalid", "time-invalid", "code-invalid" };
  g_autoptr(AictReport) report = aict_dataset_validate (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictIssue) issue = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (g_strv_contains (codes, aict_issue_get_code (issue)))
        {
          g_set_error (error, AICT_ERROR, AICT_ERROR_SCHEMA,
                       _("cannot write the dataset: %s: %s"),
                       aict_issue_get_path (issue), aict_issue_get_message (issue));
          return;
        }
    }

  /* The encoder and the validator share their checks (aict-syntax.c). */
  g_assert_not_reached ();
}

GBytes *
_aict_json_encode (AictDataset  *self,
                   GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  Encoder e;
  guint n_items = _aict_dataset_get_items (self, AICT_COLLECTION_PARTNERSHIPS)->len +
                  _aict_dataset_get_items (self, AICT_COLLECTION_BUDGETS)->len +
                  _aict_dataset_get_items (self, AICT_COLLECTION_ACTORS)->len;

  /* Typical records are a few hundred bytes: start big enough to avoid
   * most reallocations on large datasets. */
  e.w = aict_json_writer_new (4096 + (gsize) n_items * 512);
  e.loadable = TRUE;

  aict_json_writer_begin_object (e.w);
  aict_json_writer_member_string (e.w, "format", AICT_FORMAT_NAME);
  write_text (&e, "title", aict_dataset_get_title (self));
  write_text (&e, "description", aict_dataset_get_description (self));
  write_text (&e, "language", aict_dataset_get_language (self));
  write_items (&e, "sources", _aict_dataset_get_items (self, AICT_COLLECTION_SOURCES), (EncodeFunc) encode_source);
  write_items (&e, "actors", _aict_dataset_get_items (self, AICT_COLLECTION_ACTORS), (EncodeFunc) encode_actor);
  write_items (&e, "persons", _aict_dataset_get_items (self, AICT_COLLECTION_PERSONS), (EncodeFunc) encode_person);
  write_items (&e, "partnerships", _aict_dataset_get_items (self, AICT_COLLECTION_PARTNERSHIPS),
               (EncodeFunc) encode_partnership);
  write_items (&e, "budgets", _aict_dataset_get_items (self, AICT_COLLECTION_BUDGETS), (EncodeFunc) encode_budget);
  write_items (&e, "meetings", _aict_dataset_get_items (self, AICT_COLLECTION_MEETINGS), (EncodeFunc) encode_meeting);
  aict_json_writer_end_object (e.w);

  bytes = aict_json_writer_free_to_bytes (e.w);
  if (!e.loadable)
    {
      set_unloadable_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&bytes);
}
