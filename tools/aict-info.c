/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "aict-tool.h"
#include "aict-format.h"

/* aict info: what a dataset holds, at a glance. */

static gboolean opt_json;

static const GOptionEntry entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the summary as JSON on standard output"), NULL },
  { NULL }
};

int
aict_tool_info (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(GError) total_error = NULL;
  g_autoptr(GListModel) country_counts = NULL;
  g_autoptr(GListModel) totals = NULL;
  g_autoptr(GListModel) all_outcomes = NULL;
  g_autoptr(GListModel) open_actions = NULL;
  g_autoptr(AictFilter) open_filter = aict_filter_new ();
  g_autofree char *display = NULL;
  g_autoptr(AictPartialDate) period_first = NULL;
  g_autoptr(AictPartialDate) period_last = NULL;
  guint n_outcomes, n_open_actions;
  int status = AICT_EXIT_OK;

  context = g_option_context_new (_("FILE"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Summarise an aict/1 dataset: how many of each object, the\n"
                                           "period it covers, the countries, the budget totals."));
  g_option_context_set_description (context,
    _("Exit status: 0 on success, 1 if the file cannot be loaded, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  aict_tool_set_json_output (opt_json);
  if (argc != 2)
    return aict_tool_usage_error (context, argc < 2 ? _("no file given") : _("give exactly one file"));

  display = g_filename_display_name (argv[1]);
  dataset = aict_tool_load (argv[1], &error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      return AICT_EXIT_FAILED;
    }

  /* Every figure comes from the library. */
  country_counts = aict_dataset_count (dataset, AICT_COUNT_BY_COUNTRY, NULL, &error);
  g_assert_no_error (error);   /* no filter: nothing can fail */
  totals = aict_dataset_get_budget_totals (dataset, AICT_BUDGET_GROUPING_NONE, NULL, &total_error);
  all_outcomes = aict_dataset_filter_outcomes (dataset, NULL, NULL);
  aict_filter_add_outcome_kind (open_filter, AICT_OUTCOME_KIND_ACTION);
  aict_filter_add_outcome_status (open_filter, AICT_OUTCOME_STATUS_OPEN);
  aict_filter_add_outcome_status (open_filter, AICT_OUTCOME_STATUS_IN_PROGRESS);
  open_actions = aict_dataset_filter_outcomes (dataset, open_filter, NULL);
  n_outcomes = g_list_model_get_n_items (all_outcomes);
  n_open_actions = g_list_model_get_n_items (open_actions);

  aict_dataset_get_period (dataset, &period_first, &period_last);

  {
    const struct { const char *key; const char *label; guint count; } counts[] = {
      { "sources", N_("Sources"), g_list_model_get_n_items (aict_dataset_get_sources (dataset)) },
      { "actors", N_("Actors"), g_list_model_get_n_items (aict_dataset_get_actors (dataset)) },
      { "persons", N_("Persons"), g_list_model_get_n_items (aict_dataset_get_persons (dataset)) },
      { "partnerships", N_("Partnerships"), g_list_model_get_n_items (aict_dataset_get_partnerships (dataset)) },
      { "budgets", N_("Budget lines"), g_list_model_get_n_items (aict_dataset_get_budgets (dataset)) },
      { "meetings", N_("Meetings"), g_list_model_get_n_items (aict_dataset_get_meetings (dataset)) },
      { "outcomes", N_("Outcomes"), n_outcomes },
      { "open_actions", N_("Open actions"), n_open_actions },
    };
    g_autofree char *first = period_first != NULL ? aict_partial_date_to_string (period_first) : NULL;
    g_autofree char *last = period_last != NULL ? aict_partial_date_to_string (period_last) : NULL;

    if (opt_json)
      {
        g_autoptr(JsonBuilder) b = json_builder_new ();

        json_builder_begin_object (b);
        json_builder_set_member_name (b, "file");
        json_builder_add_string_value (b, display);
        json_builder_set_member_name (b, "title");
        if (aict_dataset_get_title (dataset) != NULL)
          json_builder_add_string_value (b, aict_dataset_get_title (dataset));
        else
          json_builder_add_null_value (b);
        json_builder_set_member_name (b, "counts");
        json_builder_begin_object (b);
        for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
          {
            json_builder_set_member_name (b, counts[i].key);
            json_builder_add_int_value (b, counts[i].count);
          }
        json_builder_end_object (b);
        json_builder_set_member_name (b, "period");
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "first");
        if (first != NULL)
          json_builder_add_string_value (b, first);
        else
          json_builder_add_null_value (b);
        json_builder_set_member_name (b, "last");
        if (last != NULL)
          json_builder_add_string_value (b, last);
        else
          json_builder_add_null_value (b);
        json_builder_end_object (b);
        json_builder_set_member_name (b, "countries");
        json_builder_begin_array (b);
        for (guint i = 0; i < g_list_model_get_n_items (country_counts); i++)
          {
            g_autoptr(AictCount) c = g_list_model_get_item (country_counts, i);

            json_builder_begin_object (b);
            json_builder_set_member_name (b, "code");
            json_builder_add_string_value (b, aict_count_get_key (c));
            json_builder_set_member_name (b, "partnerships");
            json_builder_add_int_value (b, aict_count_get_n_partnerships (c));
            json_builder_set_member_name (b, "actors");
            json_builder_add_int_value (b, aict_count_get_n_actors (c));
            json_builder_end_object (b);
          }
        json_builder_end_array (b);
        json_builder_set_member_name (b, "budget_totals");
        if (totals == NULL)
          json_builder_add_null_value (b);   /* too large to add exactly: see stderr */
        else
          {
            json_builder_begin_array (b);
            for (guint i = 0; i < g_list_model_get_n_items (totals); i++)
              {
                g_autoptr(AictTotal) t = g_list_model_get_item (totals, i);
                const AictAmount *amount = aict_total_get_amount (t);
                const char *currency = aict_amount_get_currency (amount);
                g_autofree char *min = aict_amount_format_value (aict_amount_get_min (amount), currency);
                g_autofree char *max = aict_amount_format_value (aict_amount_get_max (amount), currency);

                json_builder_begin_object (b);
                json_builder_set_member_name (b, "kind");
                json_builder_add_string_value (b, aict_tool_enum_nick (AICT_TYPE_BUDGET_KIND, aict_total_get_kind (t)));
                json_builder_set_member_name (b, "currency");
                json_builder_add_string_value (b, currency);
                json_builder_set_member_name (b, "lines");
                json_builder_add_int_value (b, aict_total_get_n_budgets (t));
                /* Decimal strings: exact, whatever the reader's number type. */
                json_builder_set_member_name (b, "min");
                json_builder_add_string_value (b, min);
                json_builder_set_member_name (b, "max");
                json_builder_add_string_value (b, max);
                json_builder_end_object (b);
              }
            json_builder_end_array (b);
          }
        json_builder_end_object (b);
        aict_tool_print_json (b);
      }
    else
      {
        if (aict_dataset_get_title (dataset) != NULL)
          g_print ("%s\n\n", aict_dataset_get_title (dataset));
        for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
          {
            g_autofree char *label = aict_tool_pad (_(counts[i].label), 18);
            g_print ("  %s %6u\n", label, counts[i].count);
          }
        if (first != NULL)
          {
            g_autofree char *label = aict_tool_pad (_("Period"), 18);
            g_print ("\n  %s %s – %s\n", label, first, last);
          }

        if (g_list_model_get_n_items (country_counts) > 0)
          {
            g_print ("\n%s\n", _("Countries (partnerships, actors taking part):"));
            for (guint i = 0; i < g_list_model_get_n_items (country_counts); i++)
              {
                g_autoptr(AictCount) c = g_list_model_get_item (country_counts, i);
                const char *name = aict_country_get_name (aict_count_get_key (c), NULL);
                g_autofree char *padded = aict_tool_pad (name != NULL ? name : "?", 40);

                g_print ("  %s  %s %4u %4u\n", aict_count_get_key (c), padded,
                         aict_count_get_n_partnerships (c), aict_count_get_n_actors (c));
              }
          }

        if (totals != NULL && g_list_model_get_n_items (totals) > 0)
          {
            g_print ("\n%s\n", _("Budget totals (by kind of line):"));
            for (guint i = 0; i < g_list_model_get_n_items (totals); i++)
              {
                g_autoptr(AictTotal) t = g_list_model_get_item (totals, i);
                g_autofree char *text = aict_amount_format_for_display (aict_total_get_amount (t));
                g_autofree char *kind = aict_tool_pad (aict_budget_kind_get_label (aict_total_get_kind (t), NULL), 12);
                g_autofree char *value = aict_tool_pad (text, 30);
                guint lines = aict_total_get_n_budgets (t);

                g_print ("  %s %s ", kind, value);
                g_print (g_dngettext (GETTEXT_PACKAGE, "(%u line)", "(%u lines)", lines), lines);
                g_print ("\n");
              }
          }
      }
  }


  /* The rest was printed; the totals could not be, and the caller must
   * know the answer is not complete. */
  if (totals == NULL)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), total_error->message);
      status = AICT_EXIT_FAILED;
    }

  return status;
}
