/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "aict-filter-options.h"
#include "aict-format.h"
#include "aict-tool.h"

/* aict dormant FILE: the partnerships marked active or slowed with no sign
 * of life for N years, as aict_dataset_find_dormant_partnerships() finds
 * them.  An analysis: the file is not changed. */

#define LANGUAGE_OF_LOCALE NULL

static char *opt_at;
static int opt_years = AICT_DORMANCY_DEFAULT_YEARS;
static gboolean opt_json;

static const GOptionEntry entries[] = {
  { "years", 0, 0, G_OPTION_ARG_INT, &opt_years,
    N_("List the partnerships with no sign of life for N years (default: 3)"), N_("N") },
  { "at", 0, 0, G_OPTION_ARG_STRING, &opt_at,
    N_("Judge on DATE (default: the latest date in the file)"), N_("DATE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the partnerships as JSON on standard output"), NULL },
  { NULL }
};

/* "budget line b-1", "outcome o-3 of meeting m-1", "start of the
 * partnership": what the last sign of life is. */
static char *
describe_sign (AictDormancy *dormancy)
{
  const char *member = aict_dormancy_get_last_member (dormancy);
  AictEntity *entity = aict_dormancy_get_last_entity (dormancy);
  const char *id = aict_entity_get_id (entity);

  if (g_strcmp0 (member, "budget.partnership") == 0)
    return g_strdup_printf (_("budget line %s"), id);
  if (g_strcmp0 (member, "outcome.partnerships") == 0)
    {
      const char *meeting = aict_outcome_get_meeting_id (AICT_OUTCOME (entity));

      if (meeting != NULL)
        /* TRANSLATORS: %1$s is the id of a decision or action, %2$s the
         * id of the meeting that took it. */
        return g_strdup_printf (_("outcome %1$s of meeting %2$s"), id, meeting);
      return g_strdup_printf (_("outcome %s"), id);
    }

  return g_strdup (_("start of the partnership"));
}

static void
print_human (GListModel            *dormant,
             const AictPartialDate *at,
             guint                  years)
{
  guint n = g_list_model_get_n_items (dormant);
  g_autofree char *at_text = aict_partial_date_format_for_display (at);
  g_autofree char *heading = NULL;
  g_autofree char *heading_wrapped = NULL;
  g_autofree char *number = aict_format_integer (n);
  g_autofree char *count = NULL;

  /* TRANSLATORS: %1$u is a number of years, %2$s a date. */
  heading = g_strdup_printf (ngettext ("Partnerships marked active or slowed with no sign of life in the %1$u year before %2$s:",
                                       "Partnerships marked active or slowed with no sign of life in the %1$u years before %2$s:",
                                       years),
                             years, at_text);
  heading_wrapped = aict_format_wrap (heading, 0, AICT_FORMAT_WIDTH);
  g_print ("%s\n\n", heading_wrapped);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictDormancy) dormancy = g_list_model_get_item (dormant, i);
      AictPartnership *partnership = aict_dormancy_get_partnership (dormancy);
      g_autofree char *line = NULL;
      g_autofree char *wrapped = NULL;
      g_autofree char *sign = NULL;
      g_autofree char *sign_wrapped = NULL;

      line = g_strdup_printf ("%s · %s · %s", aict_entity_get_id (AICT_ENTITY (partnership)),
                              aict_partnership_status_get_label (aict_partnership_get_status (partnership),
                                                                 LANGUAGE_OF_LOCALE),
                              aict_partnership_get_title (partnership));
      wrapped = aict_format_wrap (line, 4, AICT_FORMAT_WIDTH);
      g_print ("  - %s\n", wrapped);

      if (aict_dormancy_get_last_date (dormancy) != NULL)
        {
          g_autofree char *date = aict_partial_date_format_for_display (aict_dormancy_get_last_date (dormancy));
          g_autofree char *what = describe_sign (dormancy);

          /* TRANSLATORS: %1$s is a date, %2$s what happened then
           * ("budget line b-1", "start of the partnership"). */
          sign = g_strdup_printf (_("Last sign of life: %1$s, %2$s"), date, what);
        }
      else
        sign = g_strdup (_("No dated sign of life in this file"));
      sign_wrapped = aict_format_wrap (sign, 4, AICT_FORMAT_WIDTH);
      g_print ("    %s\n", sign_wrapped);
    }
  if (n > 0)
    g_print ("\n");

  count = g_strdup_printf (ngettext ("%s partnership without a recent sign of life",
                                     "%s partnerships without a recent sign of life", n),
                           number);
  g_print ("%s\n", count);
}

static void
print_json (const char            *display,
            GListModel            *dormant,
            const AictPartialDate *at,
            guint                  years)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  guint n = g_list_model_get_n_items (dormant);

  json_builder_begin_object (b);
  aict_json_member_string (b, "file", display);
  aict_json_member_date (b, "at", at);
  aict_json_member_int (b, "years", years);
  aict_json_member_int (b, "count", n);
  json_builder_set_member_name (b, "partnerships");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictDormancy) dormancy = g_list_model_get_item (dormant, i);
      AictPartnership *partnership = aict_dormancy_get_partnership (dormancy);

      json_builder_begin_object (b);
      aict_json_member_string (b, "id", aict_entity_get_id (AICT_ENTITY (partnership)));
      aict_json_member_string (b, "title", aict_partnership_get_title (partnership));
      aict_json_member_enum (b, "status", AICT_TYPE_PARTNERSHIP_STATUS, aict_partnership_get_status (partnership));
      json_builder_set_member_name (b, "last_sign");
      if (aict_dormancy_get_last_date (dormancy) != NULL)
        {
          json_builder_begin_object (b);
          aict_json_member_date (b, "date", aict_dormancy_get_last_date (dormancy));
          aict_json_member_string (b, "member", aict_dormancy_get_last_member (dormancy));
          aict_json_member_string (b, "id", aict_entity_get_id (aict_dormancy_get_last_entity (dormancy)));
          json_builder_end_object (b);
        }
      else
        json_builder_add_null_value (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  aict_tool_print_json (b);
}

int
aict_tool_dormant (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(GListModel) dormant = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AictPartialDate) at = NULL;
  g_autofree char *display = NULL;

  context = g_option_context_new (_("FILE"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("List the partnerships marked active or slowed that show no sign of\n"
      "life (budget line, outcome of a meeting, start) for N years, with the\n"
      "last sign of life of each.  The file is not changed."));
  g_option_context_set_description (context,
    _("Signs of life after DATE do not count; undated ones prove nothing.\n"
      "Without --at, DATE is the latest date in the file.\n"
      "\n"
      "Exit status: 0 on success (also when no partnership is listed), 1 if\n"
      "the file cannot be loaded or holds no date and --at is not given,\n"
      "2 on a usage error or a value that is not valid."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  aict_tool_set_json_output (opt_json);
  if (argc != 2)
    return aict_tool_usage_error (context, argc < 2 ? _("no file given") : _("give exactly one file"));
  if (opt_years < 1 || opt_years > 1000)
    return aict_tool_usage_error (context, _("--years takes a number of years from 1 to 1000"));
  if (opt_at != NULL && (at = aict_tool_parse_date_option ("--at", opt_at)) == NULL)
    return AICT_EXIT_USAGE;

  display = g_filename_display_name (argv[1]);
  dataset = aict_tool_load_or_report (argv[1]);
  if (dataset == NULL)
    return AICT_EXIT_FAILED;

  if (at == NULL && !aict_dataset_get_period (dataset, NULL, &at))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), _("the file holds no date: give one with --at"));
      return AICT_EXIT_FAILED;
    }

  dormant = aict_dataset_find_dormant_partnerships (dataset, at, (guint) opt_years, &error);
  if (dormant == NULL)
    return aict_tool_library_error (error);

  if (opt_json)
    print_json (display, dormant, at, (guint) opt_years);
  else
    print_human (dormant, at, (guint) opt_years);

  return AICT_EXIT_OK;
}
