/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* quickstart [FILE.json]: load a dataset, list its partnerships, validate
 * it and print the open follow-up actions with their owner. */
#include <locale.h>
#include <aict/aict.h>

int
main (int argc, char **argv)
{
  const char *path = argc > 1 ? argv[1] : "data/meeting-2016.json";
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(AictReport) report = NULL;
  GListModel *partnerships, *meetings;

  setlocale (LC_ALL, "");   /* so that g_print() writes UTF-8 in a UTF-8 locale */
  dataset = aict_dataset_new_from_file (path, NULL, &error);
  if (dataset == NULL)
    {
      g_printerr ("quickstart: %s\n", error->message);
      return 1;
    }

  partnerships = aict_dataset_get_partnerships (dataset);
  meetings = aict_dataset_get_meetings (dataset);
  g_print ("%u actors, %u partnerships, %u meetings\n\nPartnerships:\n",
           g_list_model_get_n_items (aict_dataset_get_actors (dataset)),
           g_list_model_get_n_items (partnerships), g_list_model_get_n_items (meetings));
  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(AictPartnership) p = g_list_model_get_item (partnerships, i);
      g_autofree char *countries = g_strjoinv (", ", (char **) aict_partnership_get_countries (p));

      g_print ("  %s [%s] %s\n", aict_entity_get_id (AICT_ENTITY (p)),
               aict_partnership_status_get_label (aict_partnership_get_status (p), "en"), countries);
    }

  report = aict_dataset_validate (dataset);
  g_print ("\nValidation: %s, %u errors, %u warnings\n\nOpen actions:\n",
           aict_report_is_valid (report) ? "valid" : "not valid",
           aict_report_get_n_errors (report), aict_report_get_n_warnings (report));
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(AictMeeting) meeting = g_list_model_get_item (meetings, i);
      GListModel *outcomes = aict_meeting_get_outcomes (meeting);

      for (guint j = 0; j < g_list_model_get_n_items (outcomes); j++)
        {
          g_autoptr(AictOutcome) o = g_list_model_get_item (outcomes, j);
          const char *owner_id = aict_outcome_get_owner_id (o);
          AictActor *owner = owner_id ? aict_dataset_lookup_actor (dataset, owner_id) : NULL;

          if (aict_outcome_get_kind (o) == AICT_OUTCOME_KIND_ACTION &&
              aict_outcome_get_status (o) == AICT_OUTCOME_STATUS_OPEN)
            g_print ("  %s (owner: %s)\n    %s\n", aict_entity_get_id (AICT_ENTITY (o)),
                     owner ? aict_actor_get_name (owner) : owner_id ? owner_id : "?", aict_outcome_get_text (o));
        }
    }
  return 0;
}
