/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "aict-validate-private.h"
#include "aict-issue-code-private.h"
#include "aict-message-private.h"
#include "aict-codelist.h"
#include "aict-i18n-private.h"
#include "aict-labels.h"
#include "aict-syntax-private.h"
#include "aict-codec-private.h"
#include "aict-entity-private.h"
#include "aict-model-private.h"

/* The validator: every rule of the format that a loaded dataset can break.
 * It walks the dataset once, in file order, and reports every issue with
 * a stable code, the JSON path of the value at fault (the same path the
 * value has in the file the dataset was loaded from, since collections
 * keep file order), the id of the object concerned and a translated
 * message.  The codes are documented in doc/validation.md. */

/* One step of a JSON path: ".member", "[index]" or ".member[index]".  The
 * path is only formatted when an issue is reported: a valid dataset costs
 * no string at all. */
typedef struct
{
  const char *member;   /* NULL for none */
  int index;            /* -1 for none */
} Segment;

/* The deepest path the checks build is four steps
 * ($.budgets[i].funders[j].amount); the bound is the code's, not the
 * data's. */
#define MAX_SEGMENTS 8

typedef struct
{
  AictDataset *dataset;
  const GDate *today;
  AictReport *report;
  GHashTable *parent_cycles;  /* the actors on a cycle of parents */
  /* The JSON path of the current object: a fixed stack rather than a
   * GArray, since a step is pushed and popped for every object and list
   * item checked. */
  guint n_segments;
  Segment segments[MAX_SEGMENTS];
  /* The values last quoted in a message, escaped (shown()). */
  char *shown[2];
  guint next_shown;
} Validator;

/* @value from the data, escaped and shortened for a message
 * (_aict_message_value()): valid until the second call after this one,
 * enough for the two values a message quotes at most. */
static const char *
shown (Validator  *v,
       const char *value)
{
  char **slot = &v->shown[v->next_shown];

  v->next_shown = (v->next_shown + 1) % G_N_ELEMENTS (v->shown);
  g_free (*slot);
  *slot = _aict_message_value (value);

  return *slot;
}

static void
report (Validator     *v,
        AictIssueCode  code,
        const char    *suffix,
        const char    *object_id,
        const char    *message)
{
  const AictIssueCodeInfo *info = _aict_issue_code_get_info (code);
  g_autoptr(GString) path = g_string_new ("$");
  g_autoptr(AictIssue) issue = NULL;

  g_assert (info != NULL);

  for (guint i = 0; i < v->n_segments; i++)
    {
      const Segment *segment = &v->segments[i];

      if (segment->member != NULL)
        g_string_append_printf (path, ".%s", segment->member);
      if (segment->index >= 0)
        g_string_append_printf (path, "[%d]", segment->index);
    }
  if (suffix != NULL)
    g_string_append (path, suffix);

  issue = aict_issue_new (info->severity, info->nick, path->str, object_id, message);

  aict_report_add (v->report, issue);
}

static void reportf (Validator     *v,
                     AictIssueCode  code,
                     const char    *suffix,
                     const char    *object_id,
                     const char    *format,
                     ...) G_GNUC_PRINTF (5, 6);

static void
reportf (Validator     *v,
         AictIssueCode  code,
         const char    *suffix,
         const char    *object_id,
         const char    *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  report (v, code, suffix, object_id, message);
}

/* Path helpers: push appends a step and returns the old depth for pop. */
static inline guint
push_index (Validator  *v,
            const char *member,
            guint       index)
{
  guint old = v->n_segments;

  g_assert (old < MAX_SEGMENTS);
  v->segments[old].member = member;
  v->segments[old].index = (int) index;
  v->n_segments = old + 1;
  return old;
}

static inline guint
push_member (Validator  *v,
             const char *member)
{
  guint old = v->n_segments;

  g_assert (old < MAX_SEGMENTS);
  v->segments[old].member = member;
  v->segments[old].index = -1;
  v->n_segments = old + 1;
  return old;
}

static inline void
pop (Validator *v,
     guint      old)
{
  v->n_segments = old;
}

static const char *
entity_kind_label (GType type)
{
  if (type == AICT_TYPE_ACTOR)
    return _("an actor");
  if (type == AICT_TYPE_PERSON)
    return _("a person");
  if (type == AICT_TYPE_PARTNERSHIP)
    return _("a partnership");
  if (type == AICT_TYPE_BUDGET)
    return _("a budget line");
  if (type == AICT_TYPE_MEETING)
    return _("a meeting");
  if (type == AICT_TYPE_SOURCE)
    return _("a source");
  if (type == AICT_TYPE_AGENDA_ITEM)
    return _("an agenda item");
  if (type == AICT_TYPE_CONTRIBUTION)
    return _("a contribution");
  if (type == AICT_TYPE_OUTCOME)
    return _("an outcome");
  return _("an object");
}

static void
check_required (Validator  *v,
                const char *value,
                const char *member,
                const char *object_id)
{
  if (value == NULL || value[0] == '\0')
    reportf (v, AICT_ISSUE_CODE_REQUIRED_MISSING, NULL, object_id,
             _("the member “%s” is required"), member);
}

/* Text the format can hold: no control character but tab and newline. */
static void
check_text (Validator  *v,
            const char *value,
            const char *suffix,
            const char *object_id)
{
  if (value != NULL && !_aict_is_text (value, strlen (value)))
    report (v, AICT_ISSUE_CODE_TEXT_INVALID, suffix, object_id,
            _("text may not contain control characters other than tab and newline"));
}

static gboolean
check_id_shape (Validator  *v,
                const char *id,
                const char *suffix,
                const char *object_id)
{
  if (_aict_is_id (id, strlen (id)))
    return TRUE;

  reportf (v, AICT_ISSUE_CODE_ID_INVALID, suffix, object_id,
           _("“%s” is not an id: use 1 to 256 characters among A–Z a–z 0–9 . _ : -"), shown (v, id));
  return FALSE;
}

/* A code of the wrong shape cannot be written; one of the right shape may
 * still be unknown to the codelist (the caller's check). */
static gboolean
check_code_shape (Validator    *v,
                  AictCodeKind  kind,
                  const char   *code,
                  const char   *suffix,
                  const char   *object_id)
{
  if (_aict_is_code (kind, code, strlen (code)))
    return TRUE;

  reportf (v, AICT_ISSUE_CODE_CODE_INVALID, suffix, object_id,
           _("“%s” is not %s"), shown (v, code), _(_aict_code_description (kind)));
  return FALSE;
}

/* A reference @id at @suffix must name an entity of @type in the dataset. */
static AictEntity *
check_reference (Validator  *v,
                 const char *id,
                 GType       type,
                 const char *suffix,
                 const char *object_id)
{
  AictEntity *target;

  if (id == NULL)
    return NULL;

  if (id[0] == '\0')
    {
      report (v, AICT_ISSUE_CODE_REQUIRED_MISSING, suffix, object_id,
              _("the reference is missing"));
      return NULL;
    }

  if (!check_id_shape (v, id, suffix, object_id))
    return NULL;

  target = aict_dataset_lookup (v->dataset, id);
  if (target == NULL)
    {
      reportf (v, AICT_ISSUE_CODE_REFERENCE_UNRESOLVED, suffix, object_id,
             _("“%s” is not the id of any object in the dataset (expected %s)"),
             shown (v, id), entity_kind_label (type));
      return NULL;
    }
  if (!G_TYPE_CHECK_INSTANCE_TYPE (target, type))
    {
      reportf (v, AICT_ISSUE_CODE_REFERENCE_WRONG_KIND, suffix, object_id,
               _("“%s” is %s, not %s"),
               shown (v, id), entity_kind_label (G_OBJECT_TYPE (target)), entity_kind_label (type));
      return NULL;
    }

  return target;
}

static void
check_reference_list (Validator          *v,
                      const char * const *ids,
                      GType               type,
                      const char         *member,
                      const char         *object_id)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      guint old = push_index (v, member, i);

      check_reference (v, ids[i], type, NULL, object_id);
      pop (v, old);
    }
}

static void
check_country (Validator  *v,
               const char *code,
               const char *suffix,
               const char *object_id)
{
  if (code != NULL && check_code_shape (v, AICT_CODE_COUNTRY, code, suffix, object_id) &&
      !aict_country_is_valid (code))
    reportf (v, AICT_ISSUE_CODE_COUNTRY_UNKNOWN, suffix, object_id,
             _("“%s” is not an ISO 3166-1 country code"), shown (v, code));
}

static void
check_subdivision (Validator  *v,
                   const char *code,
                   const char *suffix,
                   const char *object_id)
{
  if (code != NULL && check_code_shape (v, AICT_CODE_SUBDIVISION, code, suffix, object_id) &&
      !aict_subdivision_is_valid (code))
    reportf (v, AICT_ISSUE_CODE_SUBDIVISION_UNKNOWN, suffix, object_id,
             _("“%s” is not an ISO 3166-2 subdivision code"), shown (v, code));
}

static void
check_themes (Validator          *v,
              const char * const *themes,
              const char         *member,
              const char         *object_id)
{
  for (guint i = 0; themes[i] != NULL; i++)
    {
      guint old = push_index (v, member, i);

      if (check_code_shape (v, AICT_CODE_THEME, themes[i], NULL, object_id) &&
          !aict_theme_is_valid (themes[i]))
        reportf (v, AICT_ISSUE_CODE_THEME_UNKNOWN, NULL, object_id,
                 _("“%s” is not in the themes codelist; queries by theme will not find it"),
                 shown (v, themes[i]));
      pop (v, old);
    }
}

static void
check_dates (Validator             *v,
             const AictPartialDate *start,
             const AictPartialDate *end,
             const char            *end_suffix,
             const char            *object_id)
{
  if (start != NULL && end != NULL && aict_partial_date_compare (start, end) > 0)
    {
      g_autofree char *start_text = aict_partial_date_to_string (start);
      g_autofree char *end_text = aict_partial_date_to_string (end);

      reportf (v, AICT_ISSUE_CODE_DATE_ORDER, end_suffix, object_id,
               _("the end (%s) is before the start (%s)"), end_text, start_text);
    }
}

static void
check_amount (Validator        *v,
              const AictAmount *amount,
              const char       *member,
              const char       *object_id)
{
  const char *currency;
  guint old;

  if (amount == NULL)
    return;

  old = push_member (v, member);

  currency = aict_amount_get_currency (amount);
  if (!aict_currency_is_valid (currency))
    {
      if (check_code_shape (v, AICT_CODE_CURRENCY, currency, ".currency", object_id))
        reportf (v, AICT_ISSUE_CODE_CURRENCY_UNKNOWN, ".currency", object_id,
               _("“%s” is not an ISO 4217 currency code"), shown (v, currency));
    }

  if (aict_amount_get_min (amount) < 0 || aict_amount_get_max (amount) < 0)
    report (v, AICT_ISSUE_CODE_AMOUNT_NEGATIVE, NULL, object_id,
            _("amounts may not be negative"));

  if (aict_amount_is_range (amount) && aict_amount_get_min (amount) > aict_amount_get_max (amount))
    report (v, AICT_ISSUE_CODE_RANGE_INVERTED, ".max", object_id,
            _("the maximum of the range is below its minimum"));

  pop (v, old);
}

static void
check_source_refs (Validator  *v,
                   AictEntity *entity)
{
  GPtrArray *refs = _aict_entity_peek_source_refs (entity);
  const char *id = _aict_entity_peek_id (entity);

  for (guint i = 0; refs != NULL && i < refs->len; i++)
    {
      const AictSourceRef *ref = g_ptr_array_index (refs, i);
      guint old = push_index (v, "sources", i);

      check_reference (v, aict_source_ref_get_source (ref), AICT_TYPE_SOURCE, ".source", id);
      check_text (v, aict_source_ref_get_locator (ref), ".locator", id);
      pop (v, old);
    }
}

/* id present and unique; source references resolve. */
static void
check_entity (Validator  *v,
              AictEntity *entity)
{
  const char *id = _aict_entity_peek_id (entity);

  if (id == NULL)
    report (v, AICT_ISSUE_CODE_REQUIRED_MISSING, NULL, NULL,
            _("the member “id” is required"));
  else if (!check_id_shape (v, id, ".id", id))
    ;
  else if (_aict_dataset_may_have_duplicates (v->dataset) &&
           aict_dataset_lookup (v->dataset, id) != entity)
    reportf (v, AICT_ISSUE_CODE_DUPLICATE_ID, ".id", id,
             _("the id “%s” is already used by an earlier object"), shown (v, id));

  check_text (v, _aict_entity_peek_notes (entity), ".notes", id);
  check_source_refs (v, entity);
}

static void
check_source (Validator  *v,
              AictSource *source)
{
  const char *id = _aict_entity_peek_id (AICT_ENTITY (source));

  check_entity (v, AICT_ENTITY (source));
  check_required (v, aict_source_get_title (source), "title", id);
  check_text (v, aict_source_get_title (source), ".title", id);
  check_text (v, aict_source_get_author (source), ".author", id);
  check_text (v, aict_source_get_url (source), ".url", id);
}

/* The parent of an object, or NULL: for actors in the dataset, for agenda
 * items in their meeting. */
typedef gpointer (*ParentFunc) (gpointer context,
                                gpointer item);

static gpointer
actor_parent (gpointer context,
              gpointer item)
{
  const char *parent_id = aict_actor_get_parent_id (item);

  return parent_id != NULL ? aict_dataset_lookup_actor (context, parent_id) : NULL;
}

static gpointer
agenda_item_parent (gpointer context,
                    gpointer item)
{
  const char *parent_id = aict_agenda_item_get_parent_id (item);

  return parent_id != NULL ? aict_meeting_lookup_agenda_item (context, parent_id) : NULL;
}

/* Finds the objects of @items that lie on a cycle of parents, in time
 * linear in their number: each chain is walked once, marking the objects
 * on the current path; reaching one of them again closes a cycle.  A long
 * chain without a cycle costs no more than its length.  Returns a set of
 * the (borrowed) objects. */
static GHashTable *
find_parent_cycles (GPtrArray  *items,
                    ParentFunc  parent_of,
                    gpointer    context)
{
  enum { ON_PATH = 1, DONE = 2 };
  g_autoptr(GHashTable) state = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  GHashTable *on_cycle = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);

      g_ptr_array_set_size (path, 0);
      while (item != NULL)
        {
          int mark = GPOINTER_TO_INT (g_hash_table_lookup (state, item));

          if (mark == DONE)
            break;
          if (mark == ON_PATH)
            {
              /* The cycle is the part of the path from @item on. */
              guint k = path->len;

              while (k > 0 && g_ptr_array_index (path, k - 1) != item)
                k--;
              for (guint j = k > 0 ? k - 1 : 0; j < path->len; j++)
                g_hash_table_add (on_cycle, g_ptr_array_index (path, j));
              break;
            }

          g_hash_table_insert (state, item, GINT_TO_POINTER (ON_PATH));
          g_ptr_array_add (path, item);
          item = parent_of (context, item);
        }

      for (guint j = 0; j < path->len; j++)
        g_hash_table_insert (state, g_ptr_array_index (path, j), GINT_TO_POINTER (DONE));
    }

  return on_cycle;
}

/* reference-cycle at ".parent" of @item, one of @on_cycle; @self_message
 * for an object that names itself. */
static void
check_parent_cycle (Validator  *v,
                    GHashTable *on_cycle,
                    gpointer    item,
                    const char *parent_id,
                    const char *self_message)
{
  const char *id = _aict_entity_peek_id (AICT_ENTITY (item));

  if (id == NULL || !g_hash_table_contains (on_cycle, item))
    return;

  if (g_strcmp0 (parent_id, id) == 0)
    report (v, AICT_ISSUE_CODE_REFERENCE_CYCLE, ".parent", id, self_message);
  else
    reportf (v, AICT_ISSUE_CODE_REFERENCE_CYCLE, ".parent", id,
             _("the parents of “%s” lead back to it"), shown (v, id));
}

static void
check_actor (Validator *v,
             AictActor *actor)
{
  const char *id = _aict_entity_peek_id (AICT_ENTITY (actor));
  const char *country = aict_actor_get_country (actor);
  const char *subdivision = aict_actor_get_subdivision (actor);

  check_entity (v, AICT_ENTITY (actor));
  check_required (v, aict_actor_get_name (actor), "name", id);
  check_text (v, aict_actor_get_name (actor), ".name", id);
  check_text (v, aict_actor_get_short_name (actor), ".short_name", id);
  check_text (v, aict_actor_get_address (actor), ".address", id);
  check_text (v, aict_actor_get_website (actor), ".website", id);
  check_text (v, aict_actor_get_email (actor), ".email", id);
  check_text (v, aict_actor_get_phone (actor), ".phone", id);
  {
    GPtrArray *identifiers = _aict_actor_peek_identifiers (actor);

    for (guint i = 0; identifiers != NULL && i < identifiers->len; i++)
      {
        const AictIdentifier *identifier = g_ptr_array_index (identifiers, i);
        guint old = push_index (v, "identifiers", i);

        check_text (v, aict_identifier_get_scheme (identifier), ".scheme", id);
        check_text (v, aict_identifier_get_value (identifier), ".value", id);
        pop (v, old);
      }
  }
  check_country (v, country, ".country", id);
  check_subdivision (v, subdivision, ".subdivision", id);

  if (country != NULL && subdivision != NULL && aict_subdivision_is_valid (subdivision) &&
      g_strcmp0 (aict_subdivision_get_country_code (subdivision), country) != 0)
    reportf (v, AICT_ISSUE_CODE_SUBDIVISION_COUNTRY_MISMATCH, ".subdivision", id,
             _("the subdivision “%s” is not in the country “%s”"),
             shown (v, subdivision), shown (v, country));

  check_reference (v, aict_actor_get_parent_id (actor), AICT_TYPE_ACTOR, ".parent", id);
  check_parent_cycle (v, v->parent_cycles, actor, aict_actor_get_parent_id (actor),
                      _("an actor cannot be its own parent"));
}

static void
check_person (Validator  *v,
              AictPerson *person)
{
  const char *id = _aict_entity_peek_id (AICT_ENTITY (person));
  GPtrArray *affiliations = _aict_person_peek_affiliations (person);

  check_entity (v, AICT_ENTITY (person));
  check_required (v, aict_person_get_name (person), "name", id);
  check_text (v, aict_person_get_name (person), ".name", id);
  check_text (v, aict_person_get_given_name (person), ".given_name", id);
  check_text (v, aict_person_get_family_name (person), ".family_name", id);

  for (guint i = 0; affiliations != NULL && i < affiliations->len; i++)
    {
      const AictAffiliation *affiliation = g_ptr_array_index (affiliations, i);
      guint old = push_index (v, "affiliations", i);

      check_reference (v, aict_affiliation_get_actor_id (affiliation), AICT_TYPE_ACTOR,
                       ".actor", id);
      check_text (v, aict_affiliation_get_post (affiliation), ".post", id);
      check_dates (v, aict_affiliation_get_start (affiliation),
                   aict_affiliation_get_end (affiliation), ".end", id);
      pop (v, old);
    }
}

static gboolean
end_is_past (Validator             *v,
             const AictPartialDate *end)
{
  return end != NULL && aict_partial_date_compare_date (end, v->today) < 0;
}

static void
check_partnership (Validator       *v,
                   AictPartnership *partnership)
{
  const char *id = _aict_entity_peek_id (AICT_ENTITY (partnership));
  GPtrArray *participants = _aict_partnership_peek_participants (partnership);
  GPtrArray *components = _aict_partnership_peek_components (partnership);
  guint n_participants = participants != NULL ? participants->len : 0;
  const char * const *countries = aict_partnership_get_countries (partnership);
  const char * const *subdivisions = aict_partnership_get_subdivisions (partnership);
  AictPartnershipStatus status = aict_partnership_get_status (partnership);
  const AictPartialDate *end = aict_partnership_get_end (partnership);
  gboolean french_side = FALSE, partner_side = FALSE;

  check_entity (v, AICT_ENTITY (partnership));
  check_required (v, aict_partnership_get_title (partnership), "title", id);
  check_text (v, aict_partnership_get_title (partnership), ".title", id);
  check_dates (v, aict_partnership_get_start (partnership), end, ".end", id);

  if (n_participants == 0)
    report (v, AICT_ISSUE_CODE_REQUIRED_MISSING, ".participants", id,
            _("a partnership needs participants"));

  for (guint i = 0; i < n_participants; i++)
    {
      const AictParticipant *participant = g_ptr_array_index (participants, i);
      const char *actor_id = aict_participant_get_actor_id (participant);
      AictActor *actor;
      guint old = push_index (v, "participants", i);

      actor = (AictActor *) check_reference (v, actor_id, AICT_TYPE_ACTOR, ".actor", id);
      check_text (v, aict_participant_get_notes (participant), ".notes", id);
      pop (v, old);

      if (actor != NULL && aict_actor_get_country (actor) != NULL)
        {
          if (strcmp (aict_actor_get_country (actor), "FR") == 0)
            french_side = TRUE;
          else
            partner_side = TRUE;
        }
    }

  if (n_participants > 0 && !french_side)
    report (v, AICT_ISSUE_CODE_PARTNERSHIP_NO_FRENCH_SIDE, ".participants", id,
            _("no participant is a French actor (an actor whose country is “FR”)"));
  if (n_participants > 0 && !partner_side)
    report (v, AICT_ISSUE_CODE_PARTNERSHIP_NO_PARTNER_SIDE, ".participants", id,
            _("no participant is a foreign partner (an actor whose country is not “FR”)"));

  for (guint i = 0; countries[i] != NULL; i++)
    {
      guint old = push_index (v, "countries", i);

      check_country (v, countries[i], NULL, id);
      pop (v, old);
    }
  for (guint i = 0; subdivisions[i] != NULL; i++)
    {
      guint old = push_index (v, "subdivisions", i);

      check_subdivision (v, subdivisions[i], NULL, id);
      pop (v, old);
    }
  check_themes (v, aict_partnership_get_themes (partnership), "themes", id);

  for (guint i = 0; components != NULL && i < components->len; i++)
    {
      const AictComponent *component = g_ptr_array_index (components, i);
      guint old = push_index (v, "components", i);

      check_required (v, aict_component_get_title (component), "title", id);
      check_text (v, aict_component_get_title (component), ".title", id);
      check_text (v, aict_component_get_notes (component), ".notes", id);
      check_themes (v, aict_component_get_themes (component), "themes", id);
      pop (v, old);
    }

  if ((status == AICT_PARTNERSHIP_STATUS_ENDED || status == AICT_PARTNERSHIP_STATUS_ABANDONED) &&
      end == NULL)
    reportf (v, AICT_ISSUE_CODE_STATUS_ENDED_WITHOUT_END, ".status", id,
             _("the partnership is “%s” but has no end date"),
             aict_partnership_status_get_label (status, NULL));

  if ((status == AICT_PARTNERSHIP_STATUS_ACTIVE || status == AICT_PARTNERSHIP_STATUS_SLOWED) &&
      end_is_past (v, end))
    reportf (v, AICT_ISSUE_CODE_STATUS_ACTIVE_PAST_END, ".status", id,
             _("the partnership is “%s” but its end date is past"),
             aict_partnership_status_get_label (status, NULL));
}

static void
check_budget (Validator  *v,
              AictBudget *budget)
{
  const char *id = _aict_entity_peek_id (AICT_ENTITY (budget));
  GPtrArray *funders = _aict_budget_peek_funders (budget);
  guint n_funders = funders != NULL ? funders->len : 0;
  guint n_shares = 0;
  gint64 share_sum = 0;

  check_entity (v, AICT_ENTITY (budget));
  check_text (v, aict_budget_get_label (budget), ".label", id);

  if (aict_budget_get_actor_id (budget) == NULL && aict_budget_get_partnership_id (budget) == NULL)
    report (v, AICT_ISSUE_CODE_BUDGET_NO_OWNER, NULL, id,
            _("a budget line needs an “actor”, a “partnership”, or both"));
  if (aict_budget_get_amount (budget) == NULL && aict_budget_get_staff_fte (budget) < 0)
    report (v, AICT_ISSUE_CODE_BUDGET_EMPTY, NULL, id,
            _("a budget line needs an “amount”, a “staff_fte”, or both"));

  check_reference (v, aict_budget_get_actor_id (budget), AICT_TYPE_ACTOR, ".actor", id);
  check_reference (v, aict_budget_get_partnership_id (budget), AICT_TYPE_PARTNERSHIP,
                   ".partnership", id);
  check_dates (v, aict_budget_get_start (budget), aict_budget_get_end (budget), ".end", id);
  check_amount (v, aict_budget_get_amount (budget), "amount", id);

  for (guint i = 0; i < n_funders; i++)
    {
      const AictFunder *funder = g_ptr_array_index (funders, i);
      int share = aict_funder_get_share (funder);
      guint old = push_index (v, "funders", i);

      check_reference (v, aict_funder_get_actor_id (funder), AICT_TYPE_ACTOR, ".actor", id);
      check_amount (v, aict_funder_get_amount (funder), "amount", id);
      if (share > 10000)
        report (v, AICT_ISSUE_CODE_SHARE_OUT_OF_RANGE, ".share", id,
                _("a share is a percentage between 0 and 100"));
      if (share >= 0)
        {
          n_shares++;
          share_sum += share;
        }
      pop (v, old);
    }

  if (n_shares > 0 && n_shares == n_funders && share_sum != 10000)
    {
      g_autofree char *sum = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d",
                                              share_sum / 100, (int) (share_sum % 100));
      reportf (v, AICT_ISSUE_CODE_SHARES_SUM, ".funders", id,
               _("the shares of the funders add up to %s %%, not 100 %%"), sum);
    }
}

static void
check_meeting (Validator   *v,
               AictMeeting *meeting)
{
  const char *id = _aict_entity_peek_id (AICT_ENTITY (meeting));
  GPtrArray *attendance = _aict_meeting_peek_attendance (meeting);
  GListModel *agenda = _aict_meeting_peek_agenda (meeting);
  GListModel *contributions = _aict_meeting_peek_contributions (meeting);
  GListModel *outcomes = _aict_meeting_peek_outcomes (meeting);
  const AictPlace *place = aict_meeting_get_place (meeting);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) agenda_items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) agenda_cycles = NULL;
  const char *start_time = aict_meeting_get_start_time (meeting);
  const char *end_time = aict_meeting_get_end_time (meeting);
  guint n;

  check_entity (v, AICT_ENTITY (meeting));
  check_required (v, aict_meeting_get_title (meeting), "title", id);
  check_text (v, aict_meeting_get_title (meeting), ".title", id);
  if (start_time != NULL && !_aict_is_time (start_time, strlen (start_time)))
    reportf (v, AICT_ISSUE_CODE_TIME_INVALID, ".start_time", id,
             _("“%s” is not a time: write HH:MM, 00:00 to 23:59"), shown (v, start_time));
  if (end_time != NULL && !_aict_is_time (end_time, strlen (end_time)))
    reportf (v, AICT_ISSUE_CODE_TIME_INVALID, ".end_time", id,
             _("“%s” is not a time: write HH:MM, 00:00 to 23:59"), shown (v, end_time));
  if (aict_meeting_get_date (meeting) == NULL)
    check_required (v, NULL, "date", id);
  check_dates (v, aict_meeting_get_date (meeting), aict_meeting_get_end_date (meeting),
               ".end_date", id);
  if (start_time != NULL && end_time != NULL && aict_meeting_get_end_date (meeting) == NULL &&
      _aict_is_time (start_time, strlen (start_time)) && _aict_is_time (end_time, strlen (end_time)) &&
      strcmp (start_time, end_time) > 0)
    reportf (v, AICT_ISSUE_CODE_DATE_ORDER, ".end_time", id,
             _("the meeting ends (%s) before it starts (%s)"),
             shown (v, end_time), shown (v, start_time));
  if (place != NULL)
    check_country (v, aict_place_get_country (place), ".place.country", id);
  if (place != NULL)
    {
      check_text (v, aict_place_get_name (place), ".place.name", id);
      check_text (v, aict_place_get_address (place), ".place.address", id);
      check_text (v, aict_place_get_postal_code (place), ".place.postal_code", id);
      check_text (v, aict_place_get_locality (place), ".place.locality", id);
    }
  check_reference_list (v, aict_meeting_get_organisers (meeting), AICT_TYPE_ACTOR,
                        "organisers", id);

  for (guint i = 0; attendance != NULL && i < attendance->len; i++)
    {
      const AictAttendance *a = g_ptr_array_index (attendance, i);
      const char *person = aict_attendance_get_person_id (a);
      guint old = push_index (v, "attendance", i);

      check_reference (v, person, AICT_TYPE_PERSON, ".person", id);
      check_reference (v, aict_attendance_get_representing_id (a), AICT_TYPE_ACTOR,
                       ".representing", id);
      if (person[0] != '\0' && !g_hash_table_add (seen, (gpointer) person))
        reportf (v, AICT_ISSUE_CODE_ATTENDANCE_DUPLICATE, ".person", id,
                 _("“%s” is listed more than once in the attendance of this meeting"),
                 shown (v, person));
      pop (v, old);
    }

  n = g_list_model_get_n_items (agenda);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (agenda_items, g_list_model_get_item (agenda, i));
  agenda_cycles = find_parent_cycles (agenda_items, agenda_item_parent, meeting);
  for (guint i = 0; i < n; i++)
    {
      AictAgendaItem *item = g_ptr_array_index (agenda_items, i);
      const char *item_id = _aict_entity_peek_id (AICT_ENTITY (item));
      const char *parent = aict_agenda_item_get_parent_id (item);
      guint old = push_index (v, "agenda", i);

      check_entity (v, AICT_ENTITY (item));
      check_required (v, aict_agenda_item_get_title (item), "title", item_id);
      check_text (v, aict_agenda_item_get_title (item), ".title", item_id);
      check_text (v, aict_agenda_item_get_label (item), ".label", item_id);
      if (parent != NULL && aict_meeting_lookup_agenda_item (meeting, parent) == NULL)
        reportf (v, AICT_ISSUE_CODE_REFERENCE_UNRESOLVED, ".parent", item_id,
                 _("“%s” is not an agenda item of this meeting"), shown (v, parent));
      check_parent_cycle (v, agenda_cycles, item, parent,
                          _("an agenda item cannot be its own parent"));
      pop (v, old);
    }

  n = g_list_model_get_n_items (contributions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictContribution) c = g_list_model_get_item (contributions, i);
      const char *c_id = _aict_entity_peek_id (AICT_ENTITY (c));
      const char *item = aict_contribution_get_agenda_item_id (c);
      guint old = push_index (v, "contributions", i);

      check_entity (v, AICT_ENTITY (c));
      check_required (v, aict_contribution_get_summary (c), "summary", c_id);
      check_text (v, aict_contribution_get_summary (c), ".summary", c_id);
      if (aict_contribution_get_person_id (c) == NULL && aict_contribution_get_actor_id (c) == NULL)
        report (v, AICT_ISSUE_CODE_CONTRIBUTION_NO_SPEAKER, NULL, c_id,
                _("a contribution needs a “person” or an “actor”"));
      check_reference (v, aict_contribution_get_person_id (c), AICT_TYPE_PERSON, ".person", c_id);
      check_reference (v, aict_contribution_get_actor_id (c), AICT_TYPE_ACTOR, ".actor", c_id);
      if (item != NULL && aict_meeting_lookup_agenda_item (meeting, item) == NULL)
        reportf (v, AICT_ISSUE_CODE_REFERENCE_UNRESOLVED, ".agenda_item", c_id,
                 _("“%s” is not an agenda item of this meeting"), shown (v, item));
      check_themes (v, aict_contribution_get_themes (c), "themes", c_id);
      pop (v, old);
    }

  n = g_list_model_get_n_items (outcomes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictOutcome) o = g_list_model_get_item (outcomes, i);
      const char *o_id = _aict_entity_peek_id (AICT_ENTITY (o));
      const char *item = aict_outcome_get_agenda_item_id (o);
      guint old = push_index (v, "outcomes", i);

      check_entity (v, AICT_ENTITY (o));
      check_required (v, aict_outcome_get_text (o), "text", o_id);
      check_text (v, aict_outcome_get_text (o), ".text", o_id);
      if (aict_outcome_get_kind (o) == AICT_OUTCOME_KIND_ACTION &&
          aict_outcome_get_owner_id (o) == NULL)
        report (v, AICT_ISSUE_CODE_ACTION_WITHOUT_OWNER, NULL, o_id,
                _("an action needs an “owner”: the actor that must carry it out"));
      check_reference (v, aict_outcome_get_owner_id (o), AICT_TYPE_ACTOR, ".owner", o_id);
      if (item != NULL && aict_meeting_lookup_agenda_item (meeting, item) == NULL)
        reportf (v, AICT_ISSUE_CODE_REFERENCE_UNRESOLVED, ".agenda_item", o_id,
                 _("“%s” is not an agenda item of this meeting"), shown (v, item));
      check_reference_list (v, aict_outcome_get_actor_ids (o), AICT_TYPE_ACTOR, "actors", o_id);
      check_reference_list (v, aict_outcome_get_partnership_ids (o), AICT_TYPE_PARTNERSHIP,
                            "partnerships", o_id);
      check_themes (v, aict_outcome_get_themes (o), "themes", o_id);
      pop (v, old);
    }
}

typedef void (*CheckFunc) (Validator *v, gpointer entity);

static void
check_collection (Validator      *v,
                  const char     *member,
                  AictCollection  collection,
                  CheckFunc       check)
{
  GPtrArray *items = _aict_dataset_get_items (v->dataset, collection);

  for (guint i = 0; i < items->len; i++)
    {
      gpointer entity = g_ptr_array_index (items, i);
      guint old = push_index (v, member, i);

      check (v, entity);
      pop (v, old);
    }
}

void
_aict_validate (AictDataset *dataset,
                const GDate *today,
                AictReport  *report)
{
  g_autoptr(GHashTable) parent_cycles =
    find_parent_cycles (_aict_dataset_get_items (dataset, AICT_COLLECTION_ACTORS),
                        actor_parent, dataset);
  Validator v = { dataset, today, report, parent_cycles, 0, { { NULL, -1 }, }, { NULL, NULL }, 0 };

  check_text (&v, aict_dataset_get_title (dataset), ".title", NULL);
  check_text (&v, aict_dataset_get_description (dataset), ".description", NULL);
  check_text (&v, aict_dataset_get_language (dataset), ".language", NULL);
  check_collection (&v, "sources", AICT_COLLECTION_SOURCES, (CheckFunc) check_source);
  check_collection (&v, "actors", AICT_COLLECTION_ACTORS, (CheckFunc) check_actor);
  check_collection (&v, "persons", AICT_COLLECTION_PERSONS, (CheckFunc) check_person);
  check_collection (&v, "partnerships", AICT_COLLECTION_PARTNERSHIPS,
                    (CheckFunc) check_partnership);
  check_collection (&v, "budgets", AICT_COLLECTION_BUDGETS, (CheckFunc) check_budget);
  check_collection (&v, "meetings", AICT_COLLECTION_MEETINGS, (CheckFunc) check_meeting);

  for (guint i = 0; i < G_N_ELEMENTS (v.shown); i++)
    g_free (v.shown[i]);
}
