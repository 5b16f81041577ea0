/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "aict-filter-options.h"
#include "aict-json-entities.h"
#include "aict-format.h"
#include "aict-tool.h"

/* aict list WHAT FILE: the objects of one type that an AictFilter
 * matches, as the library finds them (aict_dataset_filter_*), in dataset
 * order.  Human output is one aligned table and a count; --json is the
 * schema of doc/cli.md. */

#define LANGUAGE_OF_LOCALE NULL

static gboolean opt_json;

static const GOptionEntry entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the list as JSON on standard output"), NULL },
  { NULL }
};

typedef enum
{
  WHAT_PARTNERSHIPS,
  WHAT_ACTORS,
  WHAT_PERSONS,
  WHAT_MEETINGS,
  WHAT_ACTIONS,
  WHAT_OUTCOMES,
  WHAT_BUDGETS,
  WHAT_N
} What;

static const char * const what_names[WHAT_N] = {
  "partnerships", "actors", "persons", "meetings", "actions", "outcomes", "budgets",
};

typedef struct
{
  AictDataset *dataset;
  What what;
} List;

static char *
count_line (What  what,
            guint n)
{
  g_autofree char *number = aict_format_integer (n);

  switch (what)
    {
    case WHAT_PARTNERSHIPS:
      return g_strdup_printf (ngettext ("%s partnership", "%s partnerships", n), number);
    case WHAT_ACTORS:
      return g_strdup_printf (ngettext ("%s actor", "%s actors", n), number);
    case WHAT_PERSONS:
      return g_strdup_printf (ngettext ("%s person", "%s persons", n), number);
    case WHAT_MEETINGS:
      return g_strdup_printf (ngettext ("%s meeting", "%s meetings", n), number);
    case WHAT_ACTIONS:
      return g_strdup_printf (ngettext ("%s action", "%s actions", n), number);
    case WHAT_OUTCOMES:
      return g_strdup_printf (ngettext ("%s outcome", "%s outcomes", n), number);
    case WHAT_BUDGETS:
    case WHAT_N:
    default:
      return g_strdup_printf (ngettext ("%s budget line", "%s budget lines", n), number);
    }
}

/* Human output: one row per object. */

static char *
describe_period (const AictPartialDate *start,
                 const AictPartialDate *end)
{
  return aict_format_period (start, end);
}

static char *
describe_posts (List       *list,
                AictPerson *person)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < aict_person_get_n_affiliations (person); i++)
    {
      const AictAffiliation *affiliation = aict_person_get_affiliation (person, i);
      const char *post = aict_affiliation_get_post (affiliation);
      const char *actor = aict_tool_actor_name (list->dataset, aict_affiliation_get_actor_id (affiliation));

      if (i > 0)
        g_string_append (text, "; ");
      if (post != NULL && actor != NULL)
        /* TRANSLATORS: a post and whom it is held at, e.g.
         * "Directeur, Dordogne". */
        g_string_append_printf (text, C_("post at actor", "%1$s, %2$s"), post, actor);
      else
        g_string_append (text, post != NULL ? post : actor != NULL ? actor : "");
    }

  return g_string_free (text, FALSE);
}

static char *
describe_place (const AictPlace *place)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (place == NULL)
    return NULL;

  if (aict_place_get_name (place) != NULL)
    g_ptr_array_add (parts, (gpointer) aict_place_get_name (place));
  if (aict_place_get_locality (place) != NULL)
    g_ptr_array_add (parts, (gpointer) aict_place_get_locality (place));
  if (parts->len == 0 && aict_place_get_country (place) != NULL)
    g_ptr_array_add (parts, (gpointer) aict_tool_country_name (aict_place_get_country (place)));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (", ", (char **) parts->pdata);
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
human_rows (List            *list,
            AictFormatTable *table,
            GPtrArray       *rows,
            GListModel      *model)
{
  guint n = g_list_model_get_n_items (model);
  AictDataset *dataset = list->dataset;

  switch (list->what)
    {
    case WHAT_PARTNERSHIPS:
      aict_format_table_set_column (table, 1, _("Title"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 2, _("Countries"), AICT_FORMAT_ALIGN_LEFT, 18);
      aict_format_table_set_column (table, 3, _("Status"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 4, _("Period"), AICT_FORMAT_ALIGN_LEFT, 0);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AictPartnership) partnership = g_list_model_get_item (model, i);
          g_autofree char *countries = aict_tool_country_names (aict_partnership_get_countries (partnership));
          g_autofree char *period = describe_period (aict_partnership_get_start (partnership),
                                                     aict_partnership_get_end (partnership));

          aict_tool_rows_add (rows, 5, aict_entity_get_id (AICT_ENTITY (partnership)),
                              aict_partnership_get_title (partnership), countries,
                              aict_partnership_status_get_label (aict_partnership_get_status (partnership),
                                                                 LANGUAGE_OF_LOCALE),
                              period);
        }
      break;

    case WHAT_ACTORS:
      aict_format_table_set_column (table, 1, _("Name"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 2, _("Kind"), AICT_FORMAT_ALIGN_LEFT, 24);
      aict_format_table_set_column (table, 3, _("Country"), AICT_FORMAT_ALIGN_LEFT, 18);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AictActor) actor = g_list_model_get_item (model, i);

          aict_tool_rows_add (rows, 4, aict_entity_get_id (AICT_ENTITY (actor)), aict_actor_get_name (actor),
                              aict_actor_kind_get_label (aict_actor_get_kind (actor), LANGUAGE_OF_LOCALE),
                              aict_tool_country_name (aict_actor_get_country (actor)));
        }
      break;

    case WHAT_PERSONS:
      aict_format_table_set_column (table, 1, _("Name"), AICT_FORMAT_ALIGN_LEFT, 26);
      aict_format_table_set_column (table, 2, _("Posts"), AICT_FORMAT_ALIGN_LEFT, 0);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AictPerson) person = g_list_model_get_item (model, i);
          g_autofree char *posts = describe_posts (list, person);

          aict_tool_rows_add (rows, 3, aict_entity_get_id (AICT_ENTITY (person)), aict_person_get_name (person),
                              posts);
        }
      break;

    case WHAT_MEETINGS:
      aict_format_table_set_column (table, 2, _("Title"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 3, _("Place"), AICT_FORMAT_ALIGN_LEFT, 24);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AictMeeting) meeting = g_list_model_get_item (model, i);
          g_autofree char *date = aict_meeting_get_end_date (meeting) != NULL ?
                                  describe_period (aict_meeting_get_date (meeting),
                                                   aict_meeting_get_end_date (meeting)) :
                                  aict_partial_date_format_for_display (aict_meeting_get_date (meeting));
          g_autofree char *place = describe_place (aict_meeting_get_place (meeting));

          aict_tool_rows_add (rows, 4, aict_entity_get_id (AICT_ENTITY (meeting)), date,
                              aict_meeting_get_title (meeting), place);
        }
      aict_tool_table_keep_column (table, rows, 1, _("Date"));
      break;

    case WHAT_ACTIONS:
    case WHAT_OUTCOMES:
      aict_format_table_set_column (table, 1, _("Owner"), AICT_FORMAT_ALIGN_LEFT, 16);
      aict_format_table_set_column (table, 3, _("Status"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 4, _("Text"), AICT_FORMAT_ALIGN_LEFT, 0);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AictOutcome) outcome = g_list_model_get_item (model, i);
          const AictPartialDate *due = aict_outcome_get_due (outcome);
          g_autofree char *due_text = due != NULL ? aict_partial_date_format_for_display (due) : NULL;

          aict_tool_rows_add (rows, 5, aict_entity_get_id (AICT_ENTITY (outcome)),
                              aict_tool_actor_name (dataset, aict_outcome_get_owner_id (outcome)), due_text,
                              aict_outcome_status_get_label (aict_outcome_get_status (outcome), LANGUAGE_OF_LOCALE),
                              aict_outcome_get_text (outcome));
        }
      aict_tool_table_keep_column (table, rows, 2, _("Due"));
      break;

    case WHAT_BUDGETS:
      /* TRANSLATORS: the header of a column that names the actor, or
       * else the partnership, a budget line belongs to. */
      aict_format_table_set_column (table, 1, _("Holder"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 2, _("Kind"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 3, _("Period"), AICT_FORMAT_ALIGN_LEFT, 0);
      aict_format_table_set_column (table, 4, _("Amount"), AICT_FORMAT_ALIGN_RIGHT, 0);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AictBudget) budget = g_list_model_get_item (model, i);
          g_autofree char *period = describe_period (aict_budget_get_start (budget), aict_budget_get_end (budget));
          g_autofree char *amount = describe_amount_and_staff (aict_budget_get_amount (budget),
                                                               aict_budget_get_staff_fte (budget));
          const char *holder = aict_tool_actor_name (dataset, aict_budget_get_actor_id (budget));

          if (holder == NULL && aict_budget_get_partnership_id (budget) != NULL)
            {
              AictPartnership *partnership = aict_dataset_lookup_partnership (dataset,
                                                                              aict_budget_get_partnership_id (budget));

              holder = partnership != NULL ? aict_partnership_get_title (partnership)
                                           : aict_budget_get_partnership_id (budget);
            }
          aict_tool_rows_add (rows, 5, aict_entity_get_id (AICT_ENTITY (budget)), holder,
                              aict_budget_kind_get_label (aict_budget_get_kind (budget), LANGUAGE_OF_LOCALE),
                              period, amount);
        }
      break;

    case WHAT_N:
    default:
      g_assert_not_reached ();
    }
}

static void
print_human (List       *list,
             GListModel *model)
{
  static const guint n_columns[WHAT_N] = { 5, 4, 3, 4, 5, 5, 5 };
  guint n = g_list_model_get_n_items (model);
  g_autofree char *count = count_line (list->what, n);

  if (n > 0)
    {
      g_autoptr(AictFormatTable) table = aict_format_table_new (n_columns[list->what], 0);
      g_autoptr(GPtrArray) rows = aict_tool_rows_new ();

      human_rows (list, table, rows, model);
      aict_tool_table_keep_column (table, rows, 0, _("Id"));
      aict_tool_table_add_rows (table, rows);
      aict_tool_print_table (table);
      g_print ("\n");
    }

  g_print ("%s\n", count);
}

/* JSON output: a summary of each object under the names of aict/1
 * (aict show --json gives the whole object). */

static void
json_meeting (AictJsonEntities *json,
              AictMeeting      *meeting)
{
  JsonBuilder *b = json->builder;

  aict_json_member_string (b, "id", aict_entity_get_id (AICT_ENTITY (meeting)));
  aict_json_member_string (b, "title", aict_meeting_get_title (meeting));
  aict_json_member_date (b, "date", aict_meeting_get_date (meeting));
  aict_json_member_date (b, "end_date", aict_meeting_get_end_date (meeting));
  aict_json_entities_member_place (json, "place", aict_meeting_get_place (meeting));
  aict_json_member_strv (b, "organisers", aict_meeting_get_organisers (meeting));
}

static void
print_json (List              *list,
            AictFilterOptions *options,
            const char        *display,
            GListModel        *model)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  AictJsonEntities json = { b, FALSE, NULL, NULL };
  guint n = g_list_model_get_n_items (model);

  json_builder_begin_object (b);
  aict_json_member_string (b, "file", display);
  aict_json_member_string (b, "what", what_names[list->what]);
  aict_filter_options_add_json (options, b);
  aict_json_member_int (b, "count", n);
  json_builder_set_member_name (b, "items");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      json_builder_begin_object (b);
      switch (list->what)
        {
        case WHAT_PARTNERSHIPS: aict_json_entities_partnership (&json, AICT_PARTNERSHIP (item)); break;
        case WHAT_ACTORS: aict_json_entities_actor (&json, AICT_ACTOR (item)); break;
        case WHAT_PERSONS: aict_json_entities_person (&json, AICT_PERSON (item)); break;
        case WHAT_MEETINGS: json_meeting (&json, AICT_MEETING (item)); break;
        case WHAT_ACTIONS:
        case WHAT_OUTCOMES: aict_json_entities_outcome (&json, AICT_OUTCOME (item)); break;
        case WHAT_BUDGETS: aict_json_entities_budget (&json, AICT_BUDGET (item)); break;
        case WHAT_N:
        default: g_assert_not_reached ();
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  aict_tool_print_json (b);
}

static GListModel *
run_filter (AictDataset  *dataset,
            What          what,
            AictFilter   *filter,
            GError      **error)
{
  switch (what)
    {
    case WHAT_PARTNERSHIPS: return aict_dataset_filter_partnerships (dataset, filter, error);
    case WHAT_ACTORS: return aict_dataset_filter_actors (dataset, filter, error);
    case WHAT_PERSONS: return aict_dataset_filter_persons (dataset, filter, error);
    case WHAT_MEETINGS: return aict_dataset_filter_meetings (dataset, filter, error);
    case WHAT_ACTIONS:
    case WHAT_OUTCOMES: return aict_dataset_filter_outcomes (dataset, filter, error);
    case WHAT_BUDGETS: return aict_dataset_filter_budgets (dataset, filter, error);
    case WHAT_N:
    default: g_assert_not_reached ();
    }
}

int
aict_tool_list (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AictFilterOptions) options = aict_filter_options_new (AICT_FILTER_OPTION_ALL);
  g_autoptr(AictFilter) filter = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  GType status_type, kind_type;
  List list = { NULL, WHAT_N };

  context = g_option_context_new (_("WHAT FILE"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("List the objects of one type that match every filter given, in the\n"
      "order of the dataset.  WHAT is one of:\n"
      "  partnerships, actors, persons, meetings,\n"
      "  actions    the follow-up actions decided at meetings,\n"
      "  outcomes   everything meetings produced (decisions, actions…),\n"
      "  budgets    budget lines."));
  g_option_context_set_description (context,
    _("Values given for one filter are alternatives; different filters must\n"
      "all hold.  A filter that does not apply to WHAT is refused.\n"
      "\n"
      "Exit status: 0 on success (also when nothing matches), 1 if the file\n"
      "cannot be loaded or has no actor or meeting with the id given, 2 on a\n"
      "usage error or a value that is not valid."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);
  aict_filter_options_add_to (options, context,
    N_("Only with the status NICK: of partnerships (planned, active, slowed, dormant, suspended, ended, abandoned), "
       "or of actions and outcomes (open, in-progress, done, cancelled); repeatable"),
    N_("Only of the kind NICK: of actors (departement, region, foreign-authority…), of outcomes "
       "(decision, action…) or of budget lines (allocated, planned, spent, estimate); repeatable"));

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  aict_tool_set_json_output (opt_json);
  if (argc < 2)
    return aict_tool_usage_error (context, _("give what to list and a file"));

  for (guint i = 0; i < WHAT_N; i++)
    if (strcmp (argv[1], what_names[i]) == 0)
      list.what = i;
  if (list.what == WHAT_N)
    {
      g_autofree char *shown = g_utf8_make_valid (argv[1], -1);
      g_autofree char *message = g_strdup_printf (_("cannot list “%s”: give partnerships, actors, persons, meetings, "
                                                    "actions, outcomes or budgets"), shown);

      return aict_tool_usage_error (context, message);
    }
  if (argc != 3)
    return aict_tool_usage_error (context, argc < 3 ? _("no file given") : _("give exactly one file"));

  switch (list.what)
    {
    case WHAT_ACTORS: kind_type = AICT_TYPE_ACTOR_KIND; break;
    case WHAT_OUTCOMES: kind_type = AICT_TYPE_OUTCOME_KIND; break;
    case WHAT_BUDGETS: kind_type = AICT_TYPE_BUDGET_KIND; break;
    /* No kind criterion applies: the library says so. */
    default: kind_type = AICT_TYPE_ACTOR_KIND; break;
    }
  status_type = list.what == WHAT_ACTIONS || list.what == WHAT_OUTCOMES ? AICT_TYPE_OUTCOME_STATUS
                                                                        : AICT_TYPE_PARTNERSHIP_STATUS;

  if (list.what == WHAT_ACTIONS)
    {
      if (aict_filter_options_given (options, AICT_FILTER_OPTION_KIND))
        return aict_tool_option_error ("--kind",
                                       _("actions are the outcomes of kind action: use “aict list outcomes --kind”"));
      aict_filter_options_add_kind (options, AICT_TYPE_OUTCOME_KIND, AICT_OUTCOME_KIND_ACTION);
    }

  filter = aict_filter_options_build (options, status_type, kind_type);
  if (filter == NULL)
    return AICT_EXIT_USAGE;

  display = g_filename_display_name (argv[2]);
  dataset = aict_tool_load_or_report (argv[2]);
  if (dataset == NULL)
    return AICT_EXIT_FAILED;
  list.dataset = dataset;

  model = run_filter (dataset, list.what, filter, &error);
  if (model == NULL)
    return aict_tool_library_error (error);

  if (opt_json)
    print_json (&list, options, display, model);
  else
    print_human (&list, model);

  return AICT_EXIT_OK;
}
