/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* quickstart [FILE.json]: load a dataset, validate it, then ask it three
 * questions: who works in Senegal, whose budget changed, which follow-up
 * actions are open. */
#include <locale.h>
#include <aict/aict.h>

int
main (int argc, char **argv)
{
  const char *path = argc > 1 ? argv[1] : "data/meeting-2016.json";
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(AictReport) report = NULL;
  g_autoptr(AictFilter) senegal = aict_filter_new ();
  g_autoptr(AictFilter) open_actions = aict_filter_new ();
  g_autoptr(GListModel) partnerships = NULL;
  g_autoptr(GListModel) totals = NULL;
  g_autoptr(GListModel) actions = NULL;

  setlocale (LC_ALL, "");   /* so that g_print() writes UTF-8 in a UTF-8 locale */
  dataset = aict_dataset_new_from_file (path, &error);
  if (dataset == NULL)
    {
      g_printerr ("quickstart: %s\n", error->message);
      return 1;
    }

  report = aict_dataset_validate (dataset);
  g_print ("%u actors, %u partnerships: %s, %u errors, %u warnings\n",
           g_list_model_get_n_items (aict_dataset_get_actors (dataset)),
           g_list_model_get_n_items (aict_dataset_get_partnerships (dataset)),
           aict_report_is_valid (report) ? "valid" : "not valid",
           aict_report_get_n_errors (report), aict_report_get_n_warnings (report));

  aict_filter_add_country (senegal, "SN", NULL);
  partnerships = aict_dataset_filter_partnerships (dataset, senegal, NULL);
  g_print ("\nIn Senegal:\n");
  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(AictPartnership) p = g_list_model_get_item (partnerships, i);

      g_print ("  %s [%s] %s\n", aict_entity_get_id (AICT_ENTITY (p)),
               aict_partnership_status_get_label (aict_partnership_get_status (p), "en"),
               aict_partnership_get_title (p));
    }

  totals = aict_dataset_get_budget_totals (dataset, AICT_BUDGET_GROUPING_ACTOR | AICT_BUDGET_GROUPING_YEAR,
                                           NULL, NULL);
  g_print ("\nBudget changes:\n");
  for (guint i = 0; i < g_list_model_get_n_items (totals); i++)
    {
      g_autoptr(AictTotal) total = g_list_model_get_item (totals, i);
      g_autofree char *amount = aict_amount_to_string (aict_total_get_amount (total));
      gint64 basis_points;

      if (aict_total_get_change_percent (total, &basis_points))
        g_print ("  %s: %s → %s, %s, %+.2f %%\n", aict_total_get_key (total, AICT_BUDGET_GROUPING_ACTOR),
                 aict_total_get_previous_year (total), aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR),
                 amount, basis_points / 100.0);
    }

  aict_filter_add_outcome_kind (open_actions, AICT_OUTCOME_KIND_ACTION);
  aict_filter_add_outcome_status (open_actions, AICT_OUTCOME_STATUS_OPEN);
  actions = aict_dataset_filter_outcomes (dataset, open_actions, NULL);
  g_print ("\nOpen actions:\n");
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(AictOutcome) o = g_list_model_get_item (actions, i);
      const char *owner_id = aict_outcome_get_owner_id (o);
      AictActor *owner = owner_id ? aict_dataset_lookup_actor (dataset, owner_id) : NULL;

      g_print ("  %s (owner: %s)\n", aict_entity_get_id (AICT_ENTITY (o)),
               owner ? aict_actor_get_name (owner) : owner_id);
    }
  return 0;
}
