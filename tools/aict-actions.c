/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "aict-filter-options.h"
#include "aict-format.h"
#include "aict-tool.h"

/* aict actions FILE: the follow-up actions decided at meetings, as
 * aict_dataset_filter_outcomes() finds them (outcomes of kind action),
 * grouped by owner for people; whether one is overdue is the library's
 * aict_outcome_is_overdue(). */

#define LANGUAGE_OF_LOCALE NULL

static char *opt_at;
static gboolean opt_json;

static const GOptionEntry entries[] = {
  { "at", 0, 0, G_OPTION_ARG_STRING, &opt_at,
    N_("Mark the actions overdue on DATE, without leaving the others out"), N_("DATE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the actions as JSON on standard output"), NULL },
  { NULL }
};

/* Human output: a heading per owner, in the order their first action
 * comes, then their actions. */

typedef struct
{
  const char *owner;   /* NULL: actions without an owner */
  GPtrArray *actions;  /* AictOutcome, owned */
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_ptr_array_unref (group->actions);
  g_free (group);
}

static char *
owner_heading (AictDataset *dataset,
               const char  *owner_id)
{
  AictActor *actor;

  if (owner_id == NULL)
    return g_strdup (_("No owner"));

  actor = aict_dataset_lookup_actor (dataset, owner_id);
  if (actor == NULL)
    return g_strdup_printf (_("%s (not in this dataset)"), owner_id);

  return g_strdup_printf ("%s (%s)", aict_actor_get_name (actor), owner_id);
}

static void
print_action (AictDataset           *dataset,
              AictOutcome           *action,
              const AictPartialDate *at)
{
  const AictPartialDate *due = aict_outcome_get_due (action);
  AictMeeting *meeting = aict_outcome_get_meeting_id (action) != NULL ?
                         aict_dataset_lookup_meeting (dataset, aict_outcome_get_meeting_id (action)) : NULL;
  GString *line = g_string_new (aict_entity_get_id (AICT_ENTITY (action)));
  g_autofree char *line_text = NULL;
  g_autofree char *wrapped = NULL;

  g_string_append (line, " · ");
  if (due != NULL)
    {
      g_autofree char *due_text = aict_partial_date_format_for_display (due);

      g_string_append_printf (line, _("due %s"), due_text);
    }
  else
    g_string_append (line, _("no due date"));
  g_string_append (line, " · ");
  g_string_append (line, aict_outcome_status_get_label (aict_outcome_get_status (action), LANGUAGE_OF_LOCALE));
  if (at != NULL && aict_outcome_is_overdue (action, at))
    {
      g_string_append (line, " · ");
      g_string_append (line, _("OVERDUE"));
    }

  line_text = g_string_free (line, FALSE);
  wrapped = aict_format_wrap (line_text, 4, AICT_FORMAT_WIDTH);
  g_print ("  - %s\n", wrapped);

  if (aict_outcome_get_text (action) != NULL)
    {
      g_autofree char *text = aict_format_wrap (aict_outcome_get_text (action), 4, AICT_FORMAT_WIDTH);

      g_print ("    %s\n", text);
    }

  if (meeting != NULL)
    {
      g_autofree char *date = aict_meeting_get_date (meeting) != NULL ?
                              aict_partial_date_format_for_display (aict_meeting_get_date (meeting)) : NULL;
      g_autofree char *where = NULL;
      g_autofree char *where_wrapped = NULL;

      if (date != NULL)
        /* TRANSLATORS: under a follow-up action: the title of the
         * meeting that decided it (%1$s) and its date (%2$s). */
        where = g_strdup_printf (C_("action", "Decided at %1$s, %2$s"), aict_meeting_get_title (meeting), date);
      else
        where = g_strdup_printf (C_("action", "Decided at %s"), aict_meeting_get_title (meeting));
      where_wrapped = aict_format_wrap (where, 4, AICT_FORMAT_WIDTH);
      g_print ("    %s\n", where_wrapped);
    }
}

static void
print_human (AictDataset           *dataset,
             GListModel            *actions,
             const AictPartialDate *at)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (group_free);
  guint n = g_list_model_get_n_items (actions);
  guint n_overdue = 0;
  g_autofree char *number = aict_format_integer (n);
  g_autofree char *count = NULL;

  for (guint i = 0; i < n; i++)
    {
      AictOutcome *action = g_list_model_get_item (actions, i);
      const char *owner = aict_outcome_get_owner_id (action);
      Group *group = NULL;

      for (guint g = 0; g < groups->len && group == NULL; g++)
        if (g_strcmp0 (((Group *) g_ptr_array_index (groups, g))->owner, owner) == 0)
          group = g_ptr_array_index (groups, g);
      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->owner = owner;
          group->actions = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (groups, group);
        }
      g_ptr_array_add (group->actions, action);
      if (at != NULL && aict_outcome_is_overdue (action, at))
        n_overdue++;
    }

  for (guint g = 0; g < groups->len; g++)
    {
      Group *group = g_ptr_array_index (groups, g);
      g_autofree char *heading = owner_heading (dataset, group->owner);
      g_autofree char *wrapped = aict_format_wrap (heading, 0, AICT_FORMAT_WIDTH);

      g_print ("%s\n", wrapped);
      for (guint i = 0; i < group->actions->len; i++)
        print_action (dataset, g_ptr_array_index (group->actions, i), at);
      g_print ("\n");
    }

  if (at != NULL)
    {
      g_autofree char *overdue = aict_format_integer (n_overdue);

      /* TRANSLATORS: %1$s actions in all, %2$s of them overdue; the
       * plural goes with the first number. */
      count = g_strdup_printf (ngettext ("%1$s action, %2$s overdue", "%1$s actions, %2$s overdue", n),
                               number, overdue);
    }
  else
    count = g_strdup_printf (ngettext ("%s action", "%s actions", n), number);
  g_print ("%s\n", count);
}

static void
print_json (AictFilterOptions     *options,
            const char            *display,
            GListModel            *actions,
            const AictPartialDate *at)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  guint n = g_list_model_get_n_items (actions);

  json_builder_begin_object (b);
  aict_json_member_string (b, "file", display);
  aict_filter_options_add_json (options, b);
  aict_json_member_date (b, "overdue_at", at);
  aict_json_member_int (b, "count", n);
  json_builder_set_member_name (b, "actions");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictOutcome) action = g_list_model_get_item (actions, i);

      json_builder_begin_object (b);
      aict_json_member_string (b, "id", aict_entity_get_id (AICT_ENTITY (action)));
      aict_json_member_string (b, "owner", aict_outcome_get_owner_id (action));
      aict_json_member_enum (b, "status", AICT_TYPE_OUTCOME_STATUS, aict_outcome_get_status (action));
      aict_json_member_date (b, "due", aict_outcome_get_due (action));
      json_builder_set_member_name (b, "overdue");
      if (at != NULL)
        json_builder_add_boolean_value (b, aict_outcome_is_overdue (action, at));
      else
        json_builder_add_null_value (b);
      aict_json_member_string (b, "meeting", aict_outcome_get_meeting_id (action));
      aict_json_member_string (b, "agenda_item", aict_outcome_get_agenda_item_id (action));
      aict_json_member_string (b, "text", aict_outcome_get_text (action));
      aict_json_member_strv (b, "themes", aict_outcome_get_themes (action));
      aict_json_member_strv (b, "actors", aict_outcome_get_actor_ids (action));
      aict_json_member_strv (b, "partnerships", aict_outcome_get_partnership_ids (action));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  aict_tool_print_json (b);
}

int
aict_tool_actions (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AictFilterOptions) options = NULL;
  g_autoptr(AictFilter) filter = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AictPartialDate) at = NULL;
  g_autofree char *display = NULL;
  const AictPartialDate *judged_at;

  options = aict_filter_options_new (AICT_FILTER_OPTION_OWNER | AICT_FILTER_OPTION_STATUS |
                                     AICT_FILTER_OPTION_OVERDUE_AT | AICT_FILTER_OPTION_MEETING |
                                     AICT_FILTER_OPTION_PERIOD | AICT_FILTER_OPTION_ACTOR |
                                     AICT_FILTER_OPTION_THEME | AICT_FILTER_OPTION_TEXT);

  context = g_option_context_new (_("FILE"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("List the follow-up actions decided at meetings, grouped by owner,\n"
      "with their due date, their status and the meeting that decided them."));
  g_option_context_set_description (context,
    _("No date is assumed: an action is marked overdue only with --at or\n"
      "--overdue-at, when it is still open or in progress and its due date\n"
      "is wholly past on that date.  --from and --to select by due date.\n"
      "\n"
      "Exit status: 0 on success (also when there is no action), 1 if the\n"
      "file cannot be loaded or has no actor or meeting with the id given,\n"
      "2 on a usage error or a value that is not valid."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);
  aict_filter_options_add_to (options, context,
    N_("Only the actions with the status NICK (open, in-progress, done, cancelled); repeatable"), NULL);

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  aict_tool_set_json_output (opt_json);
  if (argc != 2)
    return aict_tool_usage_error (context, argc < 2 ? _("no file given") : _("give exactly one file"));

  aict_filter_options_add_kind (options, AICT_TYPE_OUTCOME_KIND, AICT_OUTCOME_KIND_ACTION);
  filter = aict_filter_options_build (options, AICT_TYPE_OUTCOME_STATUS, AICT_TYPE_OUTCOME_KIND);
  if (filter == NULL)
    return AICT_EXIT_USAGE;
  if (opt_at != NULL && (at = aict_tool_parse_date_option ("--at", opt_at)) == NULL)
    return AICT_EXIT_USAGE;
  judged_at = at != NULL ? at : aict_filter_options_get_overdue_at (options);

  display = g_filename_display_name (argv[1]);
  dataset = aict_tool_load_or_report (argv[1]);
  if (dataset == NULL)
    return AICT_EXIT_FAILED;

  actions = aict_dataset_filter_outcomes (dataset, filter, &error);
  if (actions == NULL)
    return aict_tool_library_error (error);

  if (opt_json)
    print_json (options, display, actions, judged_at);
  else
    print_human (dataset, actions, judged_at);

  return AICT_EXIT_OK;
}
