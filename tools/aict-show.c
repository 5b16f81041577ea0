/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "aict-format.h"
#include "aict-filter-options.h"
#include "aict-json-entities.h"
#include "aict-tool.h"

/* aict show FILE ID: one object, all its fields, the objects it names
 * resolved to their names, and the objects that name it.  Human output
 * follows the locale (aict-format.h); --json is the schema of
 * doc/cli.md, the same in every locale. */

static gboolean opt_json;

static const GOptionEntry entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the object as JSON on standard output"), NULL },
  { NULL }
};

/* Enum labels, country and theme names in the language of the locale:
 * NULL asks the library for it, as aict info and aict validate do. */
#define LANGUAGE_OF_LOCALE NULL

/* Human layout: "  Label            value", values wrapped under
 * themselves. */
#define LABEL_WIDTH 16
#define FIELD_INDENT (2 + LABEL_WIDTH + 1)

typedef struct
{
  AictDataset *dataset;
  AictJsonEntities json;  /* --json only: every member, and every id it names */
} Show;

/* Objects */

static const char *
entity_type_nick (AictEntity *entity)
{
  if (AICT_IS_SOURCE (entity))
    return "source";
  if (AICT_IS_ACTOR (entity))
    return "actor";
  if (AICT_IS_PERSON (entity))
    return "person";
  if (AICT_IS_PARTNERSHIP (entity))
    return "partnership";
  if (AICT_IS_BUDGET (entity))
    return "budget";
  if (AICT_IS_MEETING (entity))
    return "meeting";
  if (AICT_IS_AGENDA_ITEM (entity))
    return "agenda-item";
  if (AICT_IS_CONTRIBUTION (entity))
    return "contribution";
  if (AICT_IS_OUTCOME (entity))
    return "outcome";

  return "unknown";
}

static const char *
entity_type_label (AictEntity *entity)
{
  if (AICT_IS_SOURCE (entity))
    return C_("object type", "Source");
  if (AICT_IS_ACTOR (entity))
    return C_("object type", "Actor");
  if (AICT_IS_PERSON (entity))
    return C_("object type", "Person");
  if (AICT_IS_PARTNERSHIP (entity))
    return C_("object type", "Partnership");
  if (AICT_IS_BUDGET (entity))
    return C_("object type", "Budget line");
  if (AICT_IS_MEETING (entity))
    return C_("object type", "Meeting");
  if (AICT_IS_AGENDA_ITEM (entity))
    return C_("object type", "Agenda item");
  if (AICT_IS_CONTRIBUTION (entity))
    return C_("object type", "Contribution");
  if (AICT_IS_OUTCOME (entity))
    return C_("object type", "Outcome");

  return "?";
}

/* What a person calls the object: its name, title or label; the text of
 * an outcome, the summary of a contribution. */
static const char *
entity_name (AictEntity *entity)
{
  if (AICT_IS_SOURCE (entity))
    return aict_source_get_title (AICT_SOURCE (entity));
  if (AICT_IS_ACTOR (entity))
    return aict_actor_get_name (AICT_ACTOR (entity));
  if (AICT_IS_PERSON (entity))
    return aict_person_get_name (AICT_PERSON (entity));
  if (AICT_IS_PARTNERSHIP (entity))
    return aict_partnership_get_title (AICT_PARTNERSHIP (entity));
  if (AICT_IS_BUDGET (entity))
    return aict_budget_get_label (AICT_BUDGET (entity));
  if (AICT_IS_MEETING (entity))
    return aict_meeting_get_title (AICT_MEETING (entity));
  if (AICT_IS_AGENDA_ITEM (entity))
    return aict_agenda_item_get_title (AICT_AGENDA_ITEM (entity));
  if (AICT_IS_CONTRIBUTION (entity))
    return aict_contribution_get_summary (AICT_CONTRIBUTION (entity));
  if (AICT_IS_OUTCOME (entity))
    return aict_outcome_get_text (AICT_OUTCOME (entity));

  return NULL;
}

/* The referrers of @id through @member ("budget.partnership"), in
 * dataset order: aict_dataset_list_referrers() answers from the
 * library's index, not by walking the dataset. */
static GPtrArray *
referrers_through (AictDataset *dataset,
                   const char  *id,
                   const char  *member)
{
  g_autoptr(GListModel) referrers = aict_dataset_list_referrers (dataset, id);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (referrers);

  for (guint i = 0; i < n; i++)
    {
      AictReferrer *referrer = g_list_model_get_item (referrers, i);

      if (strcmp (aict_referrer_get_member (referrer), member) == 0)
        g_ptr_array_add (found, referrer);
      else
        g_object_unref (referrer);
    }

  return found;
}

/* The meeting whose agenda, contributions or outcomes hold @entity. */
static AictMeeting *
find_container (AictDataset *dataset,
                AictEntity  *entity)
{
  const char *member = AICT_IS_AGENDA_ITEM (entity) ? "meeting.agenda" :
                       AICT_IS_CONTRIBUTION (entity) ? "meeting.contributions" :
                       AICT_IS_OUTCOME (entity) ? "meeting.outcomes" : NULL;
  g_autoptr(GPtrArray) holders = NULL;

  if (member == NULL)
    return NULL;

  holders = referrers_through (dataset, aict_entity_get_id (entity), member);
  for (guint i = 0; i < holders->len; i++)
    {
      AictReferrer *holder = g_ptr_array_index (holders, i);
      AictMeeting *meeting = AICT_MEETING (aict_referrer_get_entity (holder));
      GListModel *list = AICT_IS_AGENDA_ITEM (entity) ? aict_meeting_get_agenda (meeting) :
                         AICT_IS_CONTRIBUTION (entity) ? aict_meeting_get_contributions (meeting) :
                         aict_meeting_get_outcomes (meeting);
      g_autoptr(GObject) item = g_list_model_get_item (list, (guint) aict_referrer_get_index (holder));

      /* An id used twice names two objects: the one held there may be
       * the other. */
      if (item == (gpointer) entity)
        return meeting;   /* the dataset keeps its own reference */
    }

  return NULL;
}

/* The meeting that holds an agenda item, a contribution or an outcome. */
static AictMeeting *
find_meeting_of (AictDataset *dataset,
                 AictEntity  *entity)
{
  if (AICT_IS_OUTCOME (entity) && aict_outcome_get_meeting_id (AICT_OUTCOME (entity)) != NULL)
    return aict_dataset_lookup_meeting (dataset, aict_outcome_get_meeting_id (AICT_OUTCOME (entity)));

  return find_container (dataset, entity);
}

/* The objects held by @meeting that name @id through @member (an agenda
 * item is named from its own meeting only), borrowed, in order. */
static GPtrArray *
referrers_in_meeting (Show        *show,
                      const char  *id,
                      const char  *member,
                      AictMeeting *meeting)
{
  g_autoptr(GPtrArray) referrers = referrers_through (show->dataset, id, member);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < referrers->len; i++)
    {
      AictEntity *entity = aict_referrer_get_entity (g_ptr_array_index (referrers, i));

      if (find_container (show->dataset, entity) == meeting)
        g_ptr_array_add (found, entity);   /* the meeting keeps it */
    }

  return found;
}

/* Human output */

static void
print_field (const char *label,
             const char *value)
{
  g_autofree char *padded = NULL;
  g_autofree char *wrapped = NULL;

  if (value == NULL || value[0] == '\0')
    return;

  padded = aict_tool_pad (label, LABEL_WIDTH);
  wrapped = aict_format_wrap (value, FIELD_INDENT, AICT_FORMAT_WIDTH);
  g_print ("  %s %s\n", padded, wrapped);
}

static void
print_field_take (const char *label,
                  char       *value)
{
  print_field (label, value);
  g_free (value);
}

/* A field with one value per line, for lists of names. */
static void
print_field_lines (const char *label,
                   GPtrArray  *lines)
{
  for (guint i = 0; i < lines->len; i++)
    print_field (i == 0 ? label : "", g_ptr_array_index (lines, i));
}

static void
print_heading (const char *heading)
{
  g_print ("\n%s\n", heading);
}

/* "  - text", wrapped under itself; @detail, if any, on the lines below. */
static void
print_item (const char *text,
            const char *detail)
{
  g_autofree char *wrapped = aict_format_wrap (text, 4, AICT_FORMAT_WIDTH);

  g_print ("  - %s\n", wrapped);
  if (detail != NULL && detail[0] != '\0')
    {
      g_autofree char *wrapped_detail = aict_format_wrap (detail, 4, AICT_FORMAT_WIDTH);

      g_print ("    %s\n", wrapped_detail);
    }
}

static void
print_table (AictFormatTable *table)
{
  g_autofree char *text = aict_format_table_to_string (table);

  g_print ("%s", text);
}

/* "Name (id)"; an id that names nothing is shown as such. */
static char *
describe_ref (Show       *show,
              const char *id)
{
  AictEntity *entity;
  const char *name;

  if (id == NULL)
    return NULL;

  entity = aict_dataset_lookup (show->dataset, id);
  if (entity == NULL)
    return g_strdup_printf (_("%s (not in this dataset)"), id);

  name = entity_name (entity);
  if (AICT_IS_AGENDA_ITEM (entity) && aict_agenda_item_get_label (AICT_AGENDA_ITEM (entity)) != NULL)
    return g_strdup_printf ("%s %s (%s)", aict_agenda_item_get_label (AICT_AGENDA_ITEM (entity)),
                            name, id);
  if (name == NULL)
    return g_strdup (id);

  return g_strdup_printf ("%s (%s)", name, id);
}

static GPtrArray *
describe_refs (Show               *show,
               const char * const *ids)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    g_ptr_array_add (lines, describe_ref (show, ids[i]));

  return lines;
}

static char *
describe_country (const char *code)
{
  const char *name;

  if (code == NULL)
    return NULL;

  name = aict_country_get_name (code, LANGUAGE_OF_LOCALE);
  return name != NULL ? g_strdup_printf ("%s (%s)", name, code) : g_strdup (code);
}

static char *
describe_subdivision (const char *code)
{
  const char *name;

  if (code == NULL)
    return NULL;

  name = aict_subdivision_get_name (code, LANGUAGE_OF_LOCALE);
  return name != NULL ? g_strdup_printf ("%s (%s)", name, code) : g_strdup (code);
}

static char *
describe_list (const char * const *codes,
               char             *(*describe) (const char *code))
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      g_autofree char *one = describe (codes[i]);

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, one);
    }

  return g_string_free (text, FALSE);
}

static char *
describe_theme (const char *code)
{
  const char *label = aict_theme_get_label (code, LANGUAGE_OF_LOCALE);

  return g_strdup (label != NULL ? label : code);
}

static char *
describe_amount_and_staff (const AictAmount *amount,
                           int               staff_fte)
{
  g_autofree char *money = amount != NULL ? aict_amount_format_for_display (amount) : NULL;
  g_autofree char *staff = staff_fte >= 0 ? aict_format_fte (staff_fte) : NULL;

  if (money != NULL && staff != NULL)
    return g_strdup_printf ("%s, %s", money, staff);
  if (money != NULL)
    return g_steal_pointer (&money);

  return g_steal_pointer (&staff);
}

static void
print_title (AictEntity *entity)
{
  const char *name = entity_name (entity);

  /* Outcomes and contributions are named by their text: it is a field,
   * not a title. */
  if (name != NULL && !AICT_IS_OUTCOME (entity) && !AICT_IS_CONTRIBUTION (entity))
    {
      g_autofree char *wrapped = aict_format_wrap (name, 0, AICT_FORMAT_WIDTH);

      g_print ("%s\n", wrapped);
    }
  g_print ("%s · %s\n\n", entity_type_label (entity), aict_entity_get_id (entity));
}

static void
print_sources (Show       *show,
               AictEntity *entity)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  if (aict_entity_get_n_source_refs (entity) == 0)
    return;

  /* One line per document, then where in it: the same report is often
   * cited under several headings. */
  for (guint i = 0; i < aict_entity_get_n_source_refs (entity); i++)
    {
      const char *source = aict_source_ref_get_source (aict_entity_get_source_ref (entity, i));

      if (!g_ptr_array_find_with_equal_func (order, source, g_str_equal, NULL))
        g_ptr_array_add (order, (gpointer) source);
    }

  print_heading (_("Sources"));
  for (guint s = 0; s < order->len; s++)
    {
      const char *source = g_ptr_array_index (order, s);
      g_autofree char *described = describe_ref (show, source);
      g_autofree char *wrapped = aict_format_wrap (described, 4, AICT_FORMAT_WIDTH);

      g_print ("  - %s\n", wrapped);
      for (guint i = 0; i < aict_entity_get_n_source_refs (entity); i++)
        {
          const AictSourceRef *ref = aict_entity_get_source_ref (entity, i);
          const char *locator = aict_source_ref_get_locator (ref);

          if (locator != NULL && strcmp (aict_source_ref_get_source (ref), source) == 0)
            {
              g_autofree char *wrapped_locator = aict_format_wrap (locator, 6, AICT_FORMAT_WIDTH);

              g_print ("    · %s\n", wrapped_locator);
            }
        }
    }
}

/* Notes last: they are often long, and the fields above are what one
 * looks for first. */
static void
print_notes (AictEntity *entity)
{
  const char *notes = aict_entity_get_notes (entity);
  g_autofree char *wrapped = NULL;

  if (notes == NULL || notes[0] == '\0')
    return;

  print_heading (_("Notes"));
  wrapped = aict_format_wrap (notes, 2, AICT_FORMAT_WIDTH);
  g_print ("  %s\n", wrapped);
}

static void
show_source (Show       *show,
             AictSource *source)
{
  if (aict_source_get_date (source) != NULL)
    print_field_take (_("Date"), aict_partial_date_format_for_display (aict_source_get_date (source)));
  print_field (_("Author"), aict_source_get_author (source));
  print_field (_("URL"), aict_source_get_url (source));
}

/* What the library gathers about an actor and its units. */
static void
show_actor_profile (Show      *show,
                    AictActor *actor)
{
  g_autoptr(AictActorProfile) profile =
    aict_dataset_get_actor_profile (show->dataset, aict_entity_get_id (AICT_ENTITY (actor)), NULL);
  GListModel *units, *staff, *partnerships, *budgets, *meetings, *actions;

  if (profile == NULL)
    return;

  units = aict_actor_profile_get_units (profile);
  staff = aict_actor_profile_get_staff (profile);
  partnerships = aict_actor_profile_get_partnerships (profile);
  budgets = aict_actor_profile_get_budgets (profile);
  meetings = aict_actor_profile_get_meetings (profile);
  actions = aict_actor_profile_get_actions (profile);

  if (g_list_model_get_n_items (units) > 0)
    {
      print_heading (_("Units"));
      for (guint i = 0; i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr(AictActor) unit = g_list_model_get_item (units, i);
          g_autofree char *text = describe_ref (show, aict_entity_get_id (AICT_ENTITY (unit)));

          print_item (text, NULL);
        }
    }

  if (g_list_model_get_n_items (staff) > 0)
    {
      print_heading (_("People"));
      for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
        {
          g_autoptr(AictPerson) person = g_list_model_get_item (staff, i);
          GString *posts = g_string_new (NULL);
          g_autofree char *posts_text = NULL;
          g_autofree char *name = describe_ref (show, aict_entity_get_id (AICT_ENTITY (person)));

          for (guint a = 0; a < aict_person_get_n_affiliations (person); a++)
            {
              const AictAffiliation *affiliation = aict_person_get_affiliation (person, a);

              if (aict_affiliation_get_post (affiliation) == NULL)
                continue;
              if (posts->len > 0)
                g_string_append (posts, "; ");
              g_string_append (posts, aict_affiliation_get_post (affiliation));
            }
          posts_text = g_string_free (posts, FALSE);
          print_item (name, posts_text);
        }
    }

  if (g_list_model_get_n_items (partnerships) > 0)
    {
      g_autoptr(AictFormatTable) table = aict_format_table_new (4, 2);

      print_heading (_("Partnerships"));
      aict_format_table_set_column (table, 0, _("Partnership"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 1, _("Id"), AICT_FORMAT_ALIGN_LEFT, 24);
      aict_format_table_set_column (table, 2, _("Status"), AICT_FORMAT_ALIGN_LEFT, 12);
      aict_format_table_set_column (table, 3, _("Countries"), AICT_FORMAT_ALIGN_LEFT, 16);
      for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
        {
          g_autoptr(AictPartnership) partnership = g_list_model_get_item (partnerships, i);
          g_autofree char *countries = g_strjoinv (", ", (char **) aict_partnership_get_countries (partnership));

          aict_format_table_add_row (table, aict_partnership_get_title (partnership),
                                     aict_entity_get_id (AICT_ENTITY (partnership)),
                                     aict_partnership_status_get_label (aict_partnership_get_status (partnership),
                                                                        LANGUAGE_OF_LOCALE),
                                     countries);
        }
      print_table (table);
    }

  if (g_list_model_get_n_items (budgets) > 0)
    {
      print_heading (_("Budget lines"));
      for (guint i = 0; i < g_list_model_get_n_items (budgets); i++)
        {
          g_autoptr(AictBudget) budget = g_list_model_get_item (budgets, i);
          g_autofree char *amount = describe_amount_and_staff (aict_budget_get_amount (budget),
                                                               aict_budget_get_staff_fte (budget));
          g_autofree char *period = aict_format_period (aict_budget_get_start (budget),
                                                        aict_budget_get_end (budget));
          g_autofree char *detail = g_strdup_printf ("%s%s%s · %s", amount != NULL ? amount : "",
                                                     period != NULL ? " · " : "", period != NULL ? period : "",
                                                     aict_budget_kind_get_label (aict_budget_get_kind (budget),
                                                                                 LANGUAGE_OF_LOCALE));

          print_item (aict_budget_get_label (budget) != NULL ? aict_budget_get_label (budget)
                                                             : aict_entity_get_id (AICT_ENTITY (budget)),
                      detail);
        }
    }

  if (g_list_model_get_n_items (meetings) > 0)
    {
      print_heading (_("Meetings"));
      for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
        {
          g_autoptr(AictMeeting) meeting = g_list_model_get_item (meetings, i);
          g_autofree char *date = aict_meeting_get_date (meeting) != NULL
                                  ? aict_partial_date_format_for_display (aict_meeting_get_date (meeting)) : NULL;
          g_autofree char *name = describe_ref (show, aict_entity_get_id (AICT_ENTITY (meeting)));

          print_item (name, date);
        }
    }

  if (g_list_model_get_n_items (actions) > 0)
    {
      print_heading (_("Follow-up actions"));
      for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
        {
          g_autoptr(AictOutcome) outcome = g_list_model_get_item (actions, i);
          const AictPartialDate *due = aict_outcome_get_due (outcome);
          g_autofree char *due_text = due != NULL ? aict_partial_date_format_for_display (due) : NULL;
          g_autofree char *detail = g_strdup_printf ("%s%s%s", aict_outcome_status_get_label (aict_outcome_get_status (outcome),
                                                                                               LANGUAGE_OF_LOCALE),
                                                     due_text != NULL ? " · " : "", due_text != NULL ? due_text : "");

          print_item (aict_outcome_get_text (outcome) != NULL ? aict_outcome_get_text (outcome)
                                                              : aict_entity_get_id (AICT_ENTITY (outcome)),
                      detail);
        }
    }
}

/* An actor's own fields, then its profile from the library
 * (aict_dataset_get_actor_profile(): the actor with its units). */
static void
show_actor (Show      *show,
            AictActor *actor)
{
  g_autoptr(GPtrArray) identifier_lines = g_ptr_array_new_with_free_func (g_free);

  print_field (_("Short name"), aict_actor_get_short_name (actor));
  print_field (_("Kind"), aict_actor_kind_get_label (aict_actor_get_kind (actor), LANGUAGE_OF_LOCALE));
  print_field_take (_("Country"), describe_country (aict_actor_get_country (actor)));
  print_field_take (_("Subdivision"), describe_subdivision (aict_actor_get_subdivision (actor)));
  print_field_take (_("Part of"), describe_ref (show, aict_actor_get_parent_id (actor)));

  for (guint i = 0; i < aict_actor_get_n_identifiers (actor); i++)
    {
      const AictIdentifier *identifier = aict_actor_get_identifier (actor, i);

      g_ptr_array_add (identifier_lines, g_strdup_printf (C_("key and value", "%1$s: %2$s"), aict_identifier_get_scheme (identifier),
                                                          aict_identifier_get_value (identifier)));
    }
  print_field_lines (_("Identifiers"), identifier_lines);

  print_field (_("Address"), aict_actor_get_address (actor));
  print_field (_("Website"), aict_actor_get_website (actor));
  print_field (_("Email"), aict_actor_get_email (actor));
  print_field (_("Phone"), aict_actor_get_phone (actor));

  show_actor_profile (show, actor);
}

static void
show_person (Show       *show,
             AictPerson *person)
{
  g_autoptr(GPtrArray) affiliation_lines = g_ptr_array_new_with_free_func (g_free);
  const char *id = aict_entity_get_id (AICT_ENTITY (person));
  g_autoptr(GPtrArray) attended = referrers_through (show->dataset, id, "meeting.attendance");
  g_autoptr(GPtrArray) said = referrers_through (show->dataset, id, "contribution.person");

  print_field (_("Given name"), aict_person_get_given_name (person));
  print_field (_("Family name"), aict_person_get_family_name (person));

  for (guint i = 0; i < aict_person_get_n_affiliations (person); i++)
    {
      const AictAffiliation *affiliation = aict_person_get_affiliation (person, i);
      g_autofree char *actor = describe_ref (show, aict_affiliation_get_actor_id (affiliation));
      g_autofree char *period = aict_format_period (aict_affiliation_get_start (affiliation),
                                                    aict_affiliation_get_end (affiliation));
      GString *line = g_string_new (NULL);

      if (aict_affiliation_get_post (affiliation) != NULL)
        g_string_append_printf (line, "%s, ", aict_affiliation_get_post (affiliation));
      g_string_append (line, actor);
      if (period != NULL)
        g_string_append_printf (line, ", %s", period);
      g_ptr_array_add (affiliation_lines, g_string_free (line, FALSE));
    }
  print_field_lines (_("Works for"), affiliation_lines);

  /* The meetings the person was expected at (one item per line of
   * attendance), and what they said there. */
  if (attended->len > 0)
    print_heading (_("Meetings"));
  for (guint i = 0; i < attended->len; i++)
    {
      AictReferrer *referrer = g_ptr_array_index (attended, i);
      AictMeeting *meeting = AICT_MEETING (aict_referrer_get_entity (referrer));
      const AictAttendance *line = aict_meeting_get_attendance (meeting, (guint) aict_referrer_get_index (referrer));
      g_autofree char *title = NULL;
      g_autofree char *date = NULL;
      g_autofree char *representing = NULL;
      GString *detail;

      title = describe_ref (show, aict_entity_get_id (AICT_ENTITY (meeting)));
      date = aict_partial_date_format_for_display (aict_meeting_get_date (meeting));
      detail = g_string_new (NULL);
      g_string_append_printf (detail, "%s · %s · %s", date,
                              aict_attendance_status_get_label (aict_attendance_get_status (line), LANGUAGE_OF_LOCALE),
                              aict_attendance_role_get_label (aict_attendance_get_role (line), LANGUAGE_OF_LOCALE));
      representing = describe_ref (show, aict_attendance_get_representing_id (line));
      if (representing != NULL)
        {
          g_string_append (detail, " · ");
          g_string_append_printf (detail, _("representing %s"), representing);
        }
      print_item (title, detail->str);
      g_string_free (detail, TRUE);
    }

  if (said->len > 0)
    print_heading (_("Contributions"));
  for (guint i = 0; i < said->len; i++)
    {
      AictContribution *contribution =
        AICT_CONTRIBUTION (aict_referrer_get_entity (g_ptr_array_index (said, i)));

      print_item (aict_contribution_get_summary (contribution),
                  aict_entity_get_id (AICT_ENTITY (contribution)));
    }
}

static void
show_partnership (Show            *show,
                  AictPartnership *partnership)
{
  const char *id = aict_entity_get_id (AICT_ENTITY (partnership));
  g_autoptr(GPtrArray) budgets = referrers_through (show->dataset, id, "budget.partnership");
  g_autoptr(GPtrArray) outcomes = referrers_through (show->dataset, id, "outcome.partnerships");
  g_autoptr(AictFormatTable) budget_table = NULL;
  gboolean heading = FALSE;

  print_field (_("Status"), aict_partnership_status_get_label (aict_partnership_get_status (partnership),
                                                               LANGUAGE_OF_LOCALE));
  print_field_take (_("Period"), aict_format_period (aict_partnership_get_start (partnership),
                                                     aict_partnership_get_end (partnership)));
  print_field_take (_("Countries"), describe_list (aict_partnership_get_countries (partnership), describe_country));
  print_field_take (_("Subdivisions"), describe_list (aict_partnership_get_subdivisions (partnership),
                                                     describe_subdivision));
  print_field_take (_("Themes"), describe_list (aict_partnership_get_themes (partnership), describe_theme));

  if (aict_partnership_get_n_participants (partnership) > 0)
    {
      g_autoptr(AictFormatTable) table = aict_format_table_new (4, 2);
      gboolean has_notes = FALSE;

      /* The id in a column of its own: when the table is too wide, the
       * name is what gets cut, never the id to pass to aict show. */
      print_heading (_("Participants"));
      aict_format_table_set_column (table, 0, _("Actor"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 1, _("Id"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 2, _("Role"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 3, _("Country"), AICT_FORMAT_ALIGN_LEFT, 20);
      for (guint i = 0; i < aict_partnership_get_n_participants (partnership); i++)
        {
          const AictParticipant *participant = aict_partnership_get_participant (partnership, i);
          const char *actor_id = aict_participant_get_actor_id (participant);
          AictActor *actor = aict_dataset_lookup_actor (show->dataset, actor_id);
          const char *country = actor != NULL && aict_actor_get_country (actor) != NULL ?
                                aict_country_get_name (aict_actor_get_country (actor), LANGUAGE_OF_LOCALE) : NULL;

          aict_format_table_add_row (table, actor != NULL ? aict_actor_get_name (actor) : "?", actor_id,
                                     aict_participant_role_get_label (aict_participant_get_role (participant),
                                                                      LANGUAGE_OF_LOCALE),
                                     country);
          has_notes |= aict_participant_get_notes (participant) != NULL;
        }
      print_table (table);

      /* Notes under the table rather than in a column that would leave
       * the names no room. */
      if (has_notes)
        g_print ("\n");
      for (guint i = 0; i < aict_partnership_get_n_participants (partnership); i++)
        {
          const AictParticipant *participant = aict_partnership_get_participant (partnership, i);
          g_autofree char *text = NULL;

          if (aict_participant_get_notes (participant) == NULL)
            continue;
          text = g_strdup_printf (C_("key and value", "%1$s: %2$s"), aict_participant_get_actor_id (participant),
                                  aict_participant_get_notes (participant));
          print_item (text, NULL);
        }
    }

  if (aict_partnership_get_n_components (partnership) > 0)
    {
      print_heading (_("Components"));
      for (guint i = 0; i < aict_partnership_get_n_components (partnership); i++)
        {
          const AictComponent *component = aict_partnership_get_component (partnership, i);
          g_autofree char *themes = describe_list (aict_component_get_themes (component), describe_theme);
          g_autofree char *detail = NULL;

          if (themes[0] != '\0' && aict_component_get_notes (component) != NULL)
            detail = g_strdup_printf ("%s · %s", themes, aict_component_get_notes (component));
          else
            detail = g_strdup (themes[0] != '\0' ? themes : aict_component_get_notes (component));
          print_item (aict_component_get_title (component), detail);
        }
    }

  /* What points at the partnership: its budget lines, then what the
   * meetings decided about it. */
  budget_table = aict_format_table_new (4, 2);
  aict_format_table_set_column (budget_table, 0, _("Line"), AICT_FORMAT_ALIGN_LEFT, 0);
  aict_format_table_set_column (budget_table, 1, _("Kind"), AICT_FORMAT_ALIGN_LEFT, 0);
  aict_format_table_set_column (budget_table, 2, _("Period"), AICT_FORMAT_ALIGN_LEFT, 0);
  aict_format_table_set_column (budget_table, 3, _("Amount"), AICT_FORMAT_ALIGN_RIGHT, 0);
  for (guint i = 0; i < budgets->len; i++)
    {
      AictBudget *budget = AICT_BUDGET (aict_referrer_get_entity (g_ptr_array_index (budgets, i)));
      g_autofree char *period = NULL;
      g_autofree char *amount = NULL;

      period = aict_format_period (aict_budget_get_start (budget), aict_budget_get_end (budget));
      amount = describe_amount_and_staff (aict_budget_get_amount (budget), aict_budget_get_staff_fte (budget));
      aict_format_table_add_row (budget_table, aict_entity_get_id (AICT_ENTITY (budget)),
                                 aict_budget_kind_get_label (aict_budget_get_kind (budget), LANGUAGE_OF_LOCALE),
                                 period, amount);
    }
  if (aict_format_table_get_n_rows (budget_table) > 0)
    {
      print_heading (_("Budget lines"));
      print_table (budget_table);
    }

  for (guint i = 0; i < outcomes->len; i++)
    {
      AictOutcome *outcome = AICT_OUTCOME (aict_referrer_get_entity (g_ptr_array_index (outcomes, i)));
      g_autofree char *detail = NULL;

      /* An outcome that names the partnership twice is listed once. */
      if (i > 0 && outcome == (gpointer) aict_referrer_get_entity (g_ptr_array_index (outcomes, i - 1)))
        continue;

      if (!heading)
        print_heading (_("Outcomes of meetings"));
      heading = TRUE;
      detail = g_strdup_printf ("%s · %s",
                                aict_outcome_kind_get_label (aict_outcome_get_kind (outcome), LANGUAGE_OF_LOCALE),
                                aict_entity_get_id (AICT_ENTITY (outcome)));
      print_item (aict_outcome_get_text (outcome), detail);
    }
}

static void
show_budget (Show       *show,
             AictBudget *budget)
{
  print_field (_("Kind"), aict_budget_kind_get_label (aict_budget_get_kind (budget), LANGUAGE_OF_LOCALE));
  print_field_take (_("Actor"), describe_ref (show, aict_budget_get_actor_id (budget)));
  print_field_take (_("Partnership"), describe_ref (show, aict_budget_get_partnership_id (budget)));
  print_field_take (_("Period"), aict_format_period (aict_budget_get_start (budget), aict_budget_get_end (budget)));
  if (aict_budget_get_amount (budget) != NULL)
    print_field_take (_("Amount"), aict_amount_format_for_display (aict_budget_get_amount (budget)));
  if (aict_budget_get_staff_fte (budget) >= 0)
    print_field_take (_("Staff"), aict_format_fte (aict_budget_get_staff_fte (budget)));

  if (aict_budget_get_n_funders (budget) > 0)
    {
      g_autoptr(AictFormatTable) table = aict_format_table_new (4, 2);

      print_heading (_("Funders"));
      aict_format_table_set_column (table, 0, _("Funder"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 1, _("Id"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 2, _("Share"), AICT_FORMAT_ALIGN_RIGHT, 0);
      aict_format_table_set_column (table, 3, _("Amount"), AICT_FORMAT_ALIGN_RIGHT, 0);
      for (guint i = 0; i < aict_budget_get_n_funders (budget); i++)
        {
          const AictFunder *funder = aict_budget_get_funder (budget, i);
          const char *actor_id = aict_funder_get_actor_id (funder);
          AictActor *actor = aict_dataset_lookup_actor (show->dataset, actor_id);
          g_autofree char *share = aict_funder_get_share (funder) >= 0 ?
                                   aict_format_percent (aict_funder_get_share (funder)) : NULL;
          g_autofree char *amount = aict_funder_get_amount (funder) != NULL ?
                                    aict_amount_format_for_display (aict_funder_get_amount (funder)) : NULL;

          aict_format_table_add_row (table, actor != NULL ? aict_actor_get_name (actor) : "?", actor_id,
                                     share, amount);
        }
      print_table (table);
    }
}

static const struct
{
  AictOutcomeKind kind;
  const char *heading;
} outcome_groups[] = {
  /* What was decided first, what was only said last. */
  { AICT_OUTCOME_KIND_DECISION, N_("Decisions") },
  { AICT_OUTCOME_KIND_ACTION, N_("Follow-up actions") },
  { AICT_OUTCOME_KIND_PROPOSAL, N_("Proposals") },
  { AICT_OUTCOME_KIND_CONCLUSION, N_("Conclusions") },
  { AICT_OUTCOME_KIND_SYNTHESIS, N_("Syntheses") },
  { AICT_OUTCOME_KIND_NEXT_MEETING, N_("Next meeting") },
};

/* "id · owner: … · due … · status" under an outcome. */
static char *
describe_outcome_detail (Show        *show,
                         AictOutcome *outcome)
{
  GString *detail = g_string_new (aict_entity_get_id (AICT_ENTITY (outcome)));
  g_autofree char *owner = describe_ref (show, aict_outcome_get_owner_id (outcome));

  if (owner != NULL)
    {
      g_string_append (detail, " · ");
      g_string_append_printf (detail, _("owner: %s"), owner);
    }
  if (aict_outcome_get_due (outcome) != NULL)
    {
      g_autofree char *due = aict_partial_date_format_for_display (aict_outcome_get_due (outcome));

      g_string_append (detail, " · ");
      g_string_append_printf (detail, _("due %s"), due);
    }
  g_string_append (detail, " · ");
  g_string_append (detail, aict_outcome_status_get_label (aict_outcome_get_status (outcome), LANGUAGE_OF_LOCALE));

  return g_string_free (detail, FALSE);
}

static char *
describe_place (const AictPlace *place)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *locality = NULL;

  if (place == NULL)
    return NULL;

  if (aict_place_get_name (place) != NULL)
    g_ptr_array_add (parts, g_strdup (aict_place_get_name (place)));
  if (aict_place_get_address (place) != NULL)
    g_ptr_array_add (parts, g_strdup (aict_place_get_address (place)));
  locality = g_strjoin (" ", aict_place_get_postal_code (place) != NULL ? aict_place_get_postal_code (place) : "",
                        aict_place_get_locality (place) != NULL ? aict_place_get_locality (place) : "", NULL);
  g_strstrip (locality);
  if (locality[0] != '\0')
    g_ptr_array_add (parts, g_steal_pointer (&locality));
  if (aict_place_get_country (place) != NULL)
    {
      const char *name = aict_country_get_name (aict_place_get_country (place), LANGUAGE_OF_LOCALE);

      g_ptr_array_add (parts, g_strdup (name != NULL ? name : aict_place_get_country (place)));
    }
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (", ", (char **) parts->pdata);
}

/* How deep an agenda item is under its parents (bounded: a cycle is a
 * validation error, not a reason to loop). */
static guint
agenda_depth (AictMeeting    *meeting,
              AictAgendaItem *item)
{
  guint depth = 0;

  while (depth < 8 && aict_agenda_item_get_parent_id (item) != NULL)
    {
      item = aict_meeting_lookup_agenda_item (meeting, aict_agenda_item_get_parent_id (item));
      if (item == NULL)
        break;
      depth++;
    }

  return depth;
}

static void
show_meeting (Show        *show,
              AictMeeting *meeting)
{
  GListModel *agenda = aict_meeting_get_agenda (meeting);
  GListModel *contributions = aict_meeting_get_contributions (meeting);
  GListModel *outcomes = aict_meeting_get_outcomes (meeting);
  g_autoptr(GPtrArray) organisers = describe_refs (show, aict_meeting_get_organisers (meeting));
  const char *start_time = aict_meeting_get_start_time (meeting);
  const char *end_time = aict_meeting_get_end_time (meeting);

  if (aict_meeting_get_end_date (meeting) != NULL)
    print_field_take (_("Dates"), aict_format_period (aict_meeting_get_date (meeting), aict_meeting_get_end_date (meeting)));
  else
    print_field_take (_("Date"), aict_partial_date_format_for_display (aict_meeting_get_date (meeting)));
  if (start_time != NULL && end_time != NULL)
    {
      /* TRANSLATORS: the hours of a meeting, from %1$s to %2$s ("10:30 – 17:00"). */
      const char *format = C_("time range", "%1$s – %2$s");

      print_field_take (_("Time"), g_strdup_printf (format, start_time, end_time));
    }
  else
    print_field (_("Time"), start_time != NULL ? start_time : end_time);
  print_field_take (_("Place"), describe_place (aict_meeting_get_place (meeting)));
  print_field_lines (_("Organisers"), organisers);

  if (aict_meeting_get_n_attendance (meeting) > 0)
    {
      g_autoptr(AictFormatTable) table = aict_format_table_new (4, 2);

      print_heading (_("Attendance"));
      aict_format_table_set_column (table, 0, _("Person"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 1, _("Representing"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 2, _("Role"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 3, _("Status"), AICT_FORMAT_ALIGN_LEFT, 0);
      for (guint i = 0; i < aict_meeting_get_n_attendance (meeting); i++)
        {
          const AictAttendance *line = aict_meeting_get_attendance (meeting, i);
          AictPerson *person = aict_dataset_lookup_person (show->dataset, aict_attendance_get_person_id (line));
          const char *representing_id = aict_attendance_get_representing_id (line);
          AictActor *representing = representing_id != NULL ?
                                    aict_dataset_lookup_actor (show->dataset, representing_id) : NULL;
          const char *representing_name = NULL;

          /* The short name, when there is one: the column is narrow. */
          if (representing != NULL)
            representing_name = aict_actor_get_short_name (representing) != NULL ?
                                aict_actor_get_short_name (representing) : aict_actor_get_name (representing);
          else
            representing_name = representing_id;

          aict_format_table_add_row (table,
                                     person != NULL ? aict_person_get_name (person) : aict_attendance_get_person_id (line),
                                     representing_name,
                                     aict_attendance_role_get_label (aict_attendance_get_role (line), LANGUAGE_OF_LOCALE),
                                     aict_attendance_status_get_label (aict_attendance_get_status (line),
                                                                       LANGUAGE_OF_LOCALE));
        }
      print_table (table);
    }

  if (g_list_model_get_n_items (agenda) > 0)
    {
      print_heading (_("Agenda"));
      for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
        {
          g_autoptr(AictAgendaItem) item = g_list_model_get_item (agenda, i);
          guint depth = agenda_depth (meeting, item);
          const char *label = aict_agenda_item_get_label (item);
          g_autofree char *text = g_strdup_printf ("%s%s%s", label != NULL ? label : "", label != NULL ? " " : "",
                                                   aict_agenda_item_get_title (item));
          g_autofree char *wrapped = aict_format_wrap (text, 4 + 2 * depth, AICT_FORMAT_WIDTH);

          g_print ("  %*s- %s\n", (int) (2 * depth), "", wrapped);
        }
    }

  if (g_list_model_get_n_items (outcomes) > 0)
    {
      /* What the meeting decided: one section per kind of outcome. */
      for (guint g = 0; g < G_N_ELEMENTS (outcome_groups); g++)
        {
          gboolean first = TRUE;

          for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
            {
              g_autoptr(AictOutcome) outcome = g_list_model_get_item (outcomes, i);
              g_autofree char *detail = NULL;

              if (aict_outcome_get_kind (outcome) != outcome_groups[g].kind)
                continue;

              if (first)
                print_heading (_(outcome_groups[g].heading));
              first = FALSE;
              detail = describe_outcome_detail (show, outcome);
              print_item (aict_outcome_get_text (outcome), detail);
            }
        }
    }

  if (g_list_model_get_n_items (contributions) > 0)
    {
      print_heading (_("Contributions"));
      for (guint i = 0; i < g_list_model_get_n_items (contributions); i++)
        {
          g_autoptr(AictContribution) contribution = g_list_model_get_item (contributions, i);
          const char *person_id = aict_contribution_get_person_id (contribution);
          const char *actor_id = aict_contribution_get_actor_id (contribution);
          AictEntity *who = aict_dataset_lookup (show->dataset, person_id != NULL ? person_id : actor_id);
          const char *item_id = aict_contribution_get_agenda_item_id (contribution);
          AictAgendaItem *item = item_id != NULL ? aict_meeting_lookup_agenda_item (meeting, item_id) : NULL;
          g_autofree char *text = NULL;
          g_autofree char *detail = NULL;

          text = g_strdup_printf (C_("key and value", "%1$s: %2$s"),
                                  who != NULL && entity_name (who) != NULL ? entity_name (who) :
                                  person_id != NULL ? person_id : actor_id != NULL ? actor_id : "?",
                                  aict_contribution_get_summary (contribution));
          if (item != NULL && aict_agenda_item_get_label (item) != NULL)
            detail = g_strdup_printf ("%s · %s", aict_entity_get_id (AICT_ENTITY (contribution)),
                                      aict_agenda_item_get_label (item));
          else
            detail = g_strdup (aict_entity_get_id (AICT_ENTITY (contribution)));
          print_item (text, detail);
        }
    }
}

static void
show_agenda_item (Show           *show,
                  AictAgendaItem *item,
                  AictMeeting    *meeting)
{
  const char *id = aict_entity_get_id (AICT_ENTITY (item));
  g_autoptr(GPtrArray) contributions = NULL;
  g_autoptr(GPtrArray) outcomes = NULL;
  gboolean heading = FALSE;

  print_field (_("Label"), aict_agenda_item_get_label (item));
  print_field_take (_("Part of"), describe_ref (show, aict_agenda_item_get_parent_id (item)));
  if (meeting != NULL)
    print_field_take (_("Meeting"), describe_ref (show, aict_entity_get_id (AICT_ENTITY (meeting))));
  if (meeting == NULL)
    return;

  contributions = referrers_in_meeting (show, id, "contribution.agenda_item", meeting);
  for (guint i = 0; i < contributions->len; i++)
    {
      AictContribution *contribution = g_ptr_array_index (contributions, i);

      if (!heading)
        print_heading (_("Contributions"));
      heading = TRUE;
      print_item (aict_contribution_get_summary (contribution), aict_entity_get_id (AICT_ENTITY (contribution)));
    }

  heading = FALSE;
  outcomes = referrers_in_meeting (show, id, "outcome.agenda_item", meeting);
  for (guint i = 0; i < outcomes->len; i++)
    {
      AictOutcome *outcome = g_ptr_array_index (outcomes, i);
      g_autofree char *detail = NULL;

      if (!heading)
        print_heading (_("Outcomes"));
      heading = TRUE;
      detail = describe_outcome_detail (show, outcome);
      print_item (aict_outcome_get_text (outcome), detail);
    }
}

static void
show_contribution (Show             *show,
                   AictContribution *contribution,
                   AictMeeting      *meeting)
{
  if (meeting != NULL)
    print_field_take (_("Meeting"), describe_ref (show, aict_entity_get_id (AICT_ENTITY (meeting))));
  print_field_take (_("Agenda item"), describe_ref (show, aict_contribution_get_agenda_item_id (contribution)));
  print_field_take (_("Person"), describe_ref (show, aict_contribution_get_person_id (contribution)));
  print_field_take (_("Actor"), describe_ref (show, aict_contribution_get_actor_id (contribution)));
  print_field (_("Summary"), aict_contribution_get_summary (contribution));
  print_field_take (_("Themes"), describe_list (aict_contribution_get_themes (contribution), describe_theme));
}

static void
show_outcome (Show        *show,
              AictOutcome *outcome,
              AictMeeting *meeting)
{
  g_autoptr(GPtrArray) actors = describe_refs (show, aict_outcome_get_actor_ids (outcome));
  g_autoptr(GPtrArray) partnerships = describe_refs (show, aict_outcome_get_partnership_ids (outcome));

  print_field (_("Kind"), aict_outcome_kind_get_label (aict_outcome_get_kind (outcome), LANGUAGE_OF_LOCALE));
  print_field (_("Text"), aict_outcome_get_text (outcome));
  if (meeting != NULL)
    {
      g_autofree char *title = describe_ref (show, aict_entity_get_id (AICT_ENTITY (meeting)));
      g_autofree char *date = aict_partial_date_format_for_display (aict_meeting_get_date (meeting));

      print_field_take (_("Meeting"), g_strdup_printf ("%s, %s", title, date));
    }
  print_field_take (_("Agenda item"), describe_ref (show, aict_outcome_get_agenda_item_id (outcome)));
  print_field_take (_("Owner"), describe_ref (show, aict_outcome_get_owner_id (outcome)));
  if (aict_outcome_get_due (outcome) != NULL)
    print_field_take (_("Due"), aict_partial_date_format_for_display (aict_outcome_get_due (outcome)));
  print_field (_("Status"), aict_outcome_status_get_label (aict_outcome_get_status (outcome), LANGUAGE_OF_LOCALE));
  print_field_lines (_("Actors"), actors);
  print_field_lines (_("Partnerships"), partnerships);
  print_field_take (_("Themes"), describe_list (aict_outcome_get_themes (outcome), describe_theme));
}

static void
show_human (Show       *show,
            AictEntity *entity)
{
  AictMeeting *meeting = find_meeting_of (show->dataset, entity);

  print_title (entity);

  if (AICT_IS_SOURCE (entity))
    show_source (show, AICT_SOURCE (entity));
  else if (AICT_IS_ACTOR (entity))
    show_actor (show, AICT_ACTOR (entity));
  else if (AICT_IS_PERSON (entity))
    show_person (show, AICT_PERSON (entity));
  else if (AICT_IS_PARTNERSHIP (entity))
    show_partnership (show, AICT_PARTNERSHIP (entity));
  else if (AICT_IS_BUDGET (entity))
    show_budget (show, AICT_BUDGET (entity));
  else if (AICT_IS_MEETING (entity))
    show_meeting (show, AICT_MEETING (entity));
  else if (AICT_IS_AGENDA_ITEM (entity))
    show_agenda_item (show, AICT_AGENDA_ITEM (entity), meeting);
  else if (AICT_IS_CONTRIBUTION (entity))
    show_contribution (show, AICT_CONTRIBUTION (entity), meeting);
  else if (AICT_IS_OUTCOME (entity))
    show_outcome (show, AICT_OUTCOME (entity), meeting);

  print_notes (entity);
  print_sources (show, entity);
}

/* JSON output: the members of aict/1 (doc/format.md) under their names,
 * every one present (null or [] when absent), amounts and decimals as
 * exact decimal strings; then the objects that name this one, and the
 * names of every id mentioned. */

static void
note_ref (Show       *show,
          const char *id)
{
  aict_json_entities_note_ref (&show->json, id);
}

/* A decimal with two places kept in hundredths (shares, FTE), as an exact
 * string: 7000 → "70", 3350 → "33.5"; -1 (not given) → null. */
static void
member_ref (Show       *show,
            const char *name,
            const char *id)
{
  aict_json_entities_member_ref (&show->json, name, id);
}

static void
member_refs (Show               *show,
             const char         *name,
             const char * const *ids)
{
  aict_json_entities_member_refs (&show->json, name, ids);
}

static void
member_sources (Show       *show,
                AictEntity *entity)
{
  aict_json_entities_member_sources (&show->json, entity);
}

static void
member_id_list (JsonBuilder *b,
                const char  *name,
                GPtrArray   *ids)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < ids->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (ids, i));
  json_builder_end_array (b);
}

static void
json_source (Show       *show,
             AictSource *source)
{
  JsonBuilder *b = show->json.builder;

  aict_json_member_string (b, "id", aict_entity_get_id (AICT_ENTITY (source)));
  aict_json_member_string (b, "title", aict_source_get_title (source));
  aict_json_member_date (b, "date", aict_source_get_date (source));
  aict_json_member_string (b, "author", aict_source_get_author (source));
  aict_json_member_string (b, "url", aict_source_get_url (source));
  aict_json_member_string (b, "notes", aict_entity_get_notes (AICT_ENTITY (source)));
}

static void
json_agenda_item (Show           *show,
                  AictAgendaItem *item)
{
  JsonBuilder *b = show->json.builder;

  aict_json_member_string (b, "id", aict_entity_get_id (AICT_ENTITY (item)));
  aict_json_member_string (b, "label", aict_agenda_item_get_label (item));
  aict_json_member_string (b, "title", aict_agenda_item_get_title (item));
  member_ref (show, "parent", aict_agenda_item_get_parent_id (item));
  member_sources (show, AICT_ENTITY (item));
}

static void
json_contribution (Show             *show,
                   AictContribution *contribution)
{
  JsonBuilder *b = show->json.builder;

  aict_json_member_string (b, "id", aict_entity_get_id (AICT_ENTITY (contribution)));
  member_ref (show, "person", aict_contribution_get_person_id (contribution));
  member_ref (show, "actor", aict_contribution_get_actor_id (contribution));
  member_ref (show, "agenda_item", aict_contribution_get_agenda_item_id (contribution));
  aict_json_member_string (b, "summary", aict_contribution_get_summary (contribution));
  aict_json_member_strv (b, "themes", aict_contribution_get_themes (contribution));
  member_sources (show, AICT_ENTITY (contribution));
}

static void
json_meeting (Show        *show,
              AictMeeting *meeting)
{
  JsonBuilder *b = show->json.builder;
  const AictPlace *place = aict_meeting_get_place (meeting);
  GListModel *agenda = aict_meeting_get_agenda (meeting);
  GListModel *contributions = aict_meeting_get_contributions (meeting);
  GListModel *outcomes = aict_meeting_get_outcomes (meeting);

  aict_json_member_string (b, "id", aict_entity_get_id (AICT_ENTITY (meeting)));
  aict_json_member_string (b, "title", aict_meeting_get_title (meeting));
  aict_json_member_date (b, "date", aict_meeting_get_date (meeting));
  aict_json_member_date (b, "end_date", aict_meeting_get_end_date (meeting));
  aict_json_member_string (b, "start_time", aict_meeting_get_start_time (meeting));
  aict_json_member_string (b, "end_time", aict_meeting_get_end_time (meeting));
  aict_json_entities_member_place (&show->json, "place", place);
  member_refs (show, "organisers", aict_meeting_get_organisers (meeting));

  json_builder_set_member_name (b, "attendance");
  json_builder_begin_array (b);
  for (guint i = 0; i < aict_meeting_get_n_attendance (meeting); i++)
    {
      const AictAttendance *line = aict_meeting_get_attendance (meeting, i);

      json_builder_begin_object (b);
      member_ref (show, "person", aict_attendance_get_person_id (line));
      aict_json_member_enum (b, "status", AICT_TYPE_ATTENDANCE_STATUS, aict_attendance_get_status (line));
      aict_json_member_enum (b, "role", AICT_TYPE_ATTENDANCE_ROLE, aict_attendance_get_role (line));
      member_ref (show, "representing", aict_attendance_get_representing_id (line));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "agenda");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(AictAgendaItem) item = g_list_model_get_item (agenda, i);

      json_builder_begin_object (b);
      json_agenda_item (show, item);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "contributions");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (contributions); i++)
    {
      g_autoptr(AictContribution) contribution = g_list_model_get_item (contributions, i);

      json_builder_begin_object (b);
      json_contribution (show, contribution);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "outcomes");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(AictOutcome) outcome = g_list_model_get_item (outcomes, i);

      json_builder_begin_object (b);
      aict_json_entities_outcome (&show->json, outcome);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  aict_json_member_string (b, "notes", aict_entity_get_notes (AICT_ENTITY (meeting)));
  member_sources (show, AICT_ENTITY (meeting));
}

/* The ids of the objects that name @id through @member, each once, in
 * dataset order; with @meeting, only those it holds.  Borrowed: the
 * dataset keeps the objects, and their ids. */
static GPtrArray *
referrer_ids (Show        *show,
              const char  *id,
              const char  *member,
              AictMeeting *meeting)
{
  g_autoptr(GPtrArray) referrers = NULL;
  GPtrArray *ids = g_ptr_array_new ();
  AictEntity *last = NULL;

  if (meeting != NULL)
    referrers = referrers_in_meeting (show, id, member, meeting);
  else
    {
      g_autoptr(GPtrArray) found = referrers_through (show->dataset, id, member);

      referrers = g_ptr_array_new ();
      for (guint i = 0; i < found->len; i++)
        g_ptr_array_add (referrers, aict_referrer_get_entity (g_ptr_array_index (found, i)));
    }

  for (guint i = 0; i < referrers->len; i++)
    {
      AictEntity *entity = g_ptr_array_index (referrers, i);

      /* Two lines of one meeting, or one outcome naming it twice: once. */
      if (entity == last)
        continue;
      last = entity;
      g_ptr_array_add (ids, (gpointer) aict_entity_get_id (entity));
    }

  return ids;
}

/* "related": the objects that name this one (fixed members per type,
 * listed in doc/cli.md). */
static void
json_related (Show        *show,
              AictEntity  *entity,
              AictMeeting *meeting)
{
  JsonBuilder *b = show->json.builder;
  const char *id = aict_entity_get_id (entity);

  json_builder_set_member_name (b, "related");
  json_builder_begin_object (b);

  if (AICT_IS_AGENDA_ITEM (entity) || AICT_IS_CONTRIBUTION (entity) || AICT_IS_OUTCOME (entity))
    member_ref (show, "meeting", meeting != NULL ? aict_entity_get_id (AICT_ENTITY (meeting)) : NULL);

  if (AICT_IS_PARTNERSHIP (entity))
    {
      g_autoptr(GPtrArray) budget_ids = referrer_ids (show, id, "budget.partnership", NULL);
      g_autoptr(GPtrArray) outcome_ids = referrer_ids (show, id, "outcome.partnerships", NULL);

      member_id_list (b, "budgets", budget_ids);
      member_id_list (b, "outcomes", outcome_ids);
      for (guint i = 0; i < budget_ids->len; i++)
        note_ref (show, g_ptr_array_index (budget_ids, i));
      for (guint i = 0; i < outcome_ids->len; i++)
        note_ref (show, g_ptr_array_index (outcome_ids, i));
    }
  else if (AICT_IS_ACTOR (entity))
    {
      g_autoptr(AictActorProfile) profile = aict_dataset_get_actor_profile (show->dataset, id, NULL);
      static const struct { const char *member; GListModel *(*get) (AictActorProfile *); } lists[] = {
        { "units", aict_actor_profile_get_units },
        { "staff", aict_actor_profile_get_staff },
        { "partnerships", aict_actor_profile_get_partnerships },
        { "budgets", aict_actor_profile_get_budgets },
        { "meetings", aict_actor_profile_get_meetings },
        { "actions", aict_actor_profile_get_actions },
        { "contributions", aict_actor_profile_get_contributions },
      };

      for (guint l = 0; profile != NULL && l < G_N_ELEMENTS (lists); l++)
        {
          GListModel *model = lists[l].get (profile);
          g_autoptr(GPtrArray) ids = g_ptr_array_new ();

          for (guint i = 0; i < g_list_model_get_n_items (model); i++)
            {
              g_autoptr(AictEntity) item = g_list_model_get_item (model, i);

              /* The dataset keeps the item, and its id, alive. */
              g_ptr_array_add (ids, (gpointer) aict_entity_get_id (item));
            }
          member_id_list (b, lists[l].member, ids);
          for (guint i = 0; i < ids->len; i++)
            note_ref (show, g_ptr_array_index (ids, i));
        }
    }
  else if (AICT_IS_PERSON (entity))
    {
      g_autoptr(GPtrArray) meeting_ids = referrer_ids (show, id, "meeting.attendance", NULL);
      g_autoptr(GPtrArray) contribution_ids = referrer_ids (show, id, "contribution.person", NULL);

      member_id_list (b, "meetings", meeting_ids);
      member_id_list (b, "contributions", contribution_ids);
      for (guint i = 0; i < meeting_ids->len; i++)
        note_ref (show, g_ptr_array_index (meeting_ids, i));
      for (guint i = 0; i < contribution_ids->len; i++)
        note_ref (show, g_ptr_array_index (contribution_ids, i));
    }
  else if (AICT_IS_AGENDA_ITEM (entity))
    {
      g_autoptr(GPtrArray) contribution_ids = NULL;
      g_autoptr(GPtrArray) outcome_ids = NULL;

      /* Without its meeting, an agenda item is named by nothing. */
      contribution_ids = meeting != NULL ? referrer_ids (show, id, "contribution.agenda_item", meeting)
                                         : g_ptr_array_new ();
      outcome_ids = meeting != NULL ? referrer_ids (show, id, "outcome.agenda_item", meeting)
                                    : g_ptr_array_new ();
      member_id_list (b, "contributions", contribution_ids);
      member_id_list (b, "outcomes", outcome_ids);
      for (guint i = 0; i < contribution_ids->len; i++)
        note_ref (show, g_ptr_array_index (contribution_ids, i));
      for (guint i = 0; i < outcome_ids->len; i++)
        note_ref (show, g_ptr_array_index (outcome_ids, i));
    }

  json_builder_end_object (b);
}

/* "refs": for every id the document mentions, its type and name, so that
 * a reader needs no second call; an id that names nothing gets nulls. */
static void
json_refs (Show *show)
{
  JsonBuilder *b = show->json.builder;

  json_builder_set_member_name (b, "refs");
  json_builder_begin_object (b);
  for (guint i = 0; i < show->json.ref_ids->len; i++)
    {
      const char *id = g_ptr_array_index (show->json.ref_ids, i);
      AictEntity *entity = aict_dataset_lookup (show->dataset, id);

      json_builder_set_member_name (b, id);
      json_builder_begin_object (b);
      aict_json_member_string (b, "type", entity != NULL ? entity_type_nick (entity) : NULL);
      aict_json_member_string (b, "name", entity != NULL ? entity_name (entity) : NULL);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
}

static void
show_json (Show       *show,
           AictEntity *entity,
           const char *display)
{
  JsonBuilder *b = show->json.builder;
  AictMeeting *meeting = find_meeting_of (show->dataset, entity);

  json_builder_begin_object (b);
  aict_json_member_string (b, "file", display);
  aict_json_member_string (b, "id", aict_entity_get_id (entity));
  aict_json_member_string (b, "type", entity_type_nick (entity));

  json_builder_set_member_name (b, "object");
  json_builder_begin_object (b);
  if (AICT_IS_SOURCE (entity))
    json_source (show, AICT_SOURCE (entity));
  else if (AICT_IS_ACTOR (entity))
    aict_json_entities_actor (&show->json, AICT_ACTOR (entity));
  else if (AICT_IS_PERSON (entity))
    aict_json_entities_person (&show->json, AICT_PERSON (entity));
  else if (AICT_IS_PARTNERSHIP (entity))
    aict_json_entities_partnership (&show->json, AICT_PARTNERSHIP (entity));
  else if (AICT_IS_BUDGET (entity))
    aict_json_entities_budget (&show->json, AICT_BUDGET (entity));
  else if (AICT_IS_MEETING (entity))
    json_meeting (show, AICT_MEETING (entity));
  else if (AICT_IS_AGENDA_ITEM (entity))
    json_agenda_item (show, AICT_AGENDA_ITEM (entity));
  else if (AICT_IS_CONTRIBUTION (entity))
    json_contribution (show, AICT_CONTRIBUTION (entity));
  else if (AICT_IS_OUTCOME (entity))
    aict_json_entities_outcome (&show->json, AICT_OUTCOME (entity));
  json_builder_end_object (b);

  json_related (show, entity, meeting);
  json_refs (show);
  json_builder_end_object (b);

  aict_tool_print_json (b);
}

int
aict_tool_show (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GPtrArray) ref_ids = NULL;
  g_autoptr(GHashTable) ref_seen = NULL;
  g_autofree char *display = NULL;
  AictEntity *entity;
  Show show;

  context = g_option_context_new (_("FILE ID"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Show one object of an aict/1 dataset, found by its id: all its fields,\n"
      "the objects it names with their names, the objects that name it (the\n"
      "budget lines of a partnership, what a meeting decided…) and its sources."));
  g_option_context_set_description (context,
    _("Agenda items, contributions and outcomes are found by their id too.\n"
      "\n"
      "Exit status: 0 on success, 1 if the file cannot be loaded or has no\n"
      "object with that id, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  aict_tool_set_json_output (opt_json);
  if (argc != 3)
    return aict_tool_usage_error (context, argc < 3 ? _("give a file and an id") : _("give exactly one file and one id"));

  display = g_filename_display_name (argv[1]);
  dataset = aict_tool_load_or_report (argv[1]);
  if (dataset == NULL)
    return AICT_EXIT_FAILED;

  entity = aict_dataset_lookup (dataset, argv[2]);
  if (entity == NULL)
    {
      g_printerr (_("%s: no object with id “%s” in %s\n"), g_get_prgname (), argv[2], display);
      return AICT_EXIT_FAILED;
    }

  ref_ids = g_ptr_array_new_with_free_func (g_free);
  ref_seen = g_hash_table_new (g_str_hash, g_str_equal);
  show = (Show) { dataset, { NULL, TRUE, ref_ids, ref_seen } };

  if (opt_json)
    {
      builder = json_builder_new ();
      show.json.builder = builder;
      show_json (&show, entity, display);
    }
  else
    show_human (&show, entity);

  return AICT_EXIT_OK;
}
