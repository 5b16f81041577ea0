/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* bench-table FILE RUNS: the C side of bench_records.py.  Loads FILE with
 * the trusted load options, then times, best of RUNS, (1) a plain C scan
 * of the partnerships reading with the public getters the values that a
 * row of the partnerships table holds, and (2) aict_dataset_to_table() of
 * the partnerships.  Prints "scan SECONDS ROWS" and "table SECONDS ROWS". */

#include <stdio.h>
#include <stdlib.h>

#include <aict/aict.h>

static double
scan (AictDataset *dataset,
      guint       *rows)
{
  GListModel *partnerships = aict_dataset_get_partnerships (dataset);
  guint n = g_list_model_get_n_items (partnerships);
  gint64 start = g_get_monotonic_time ();
  gsize checksum = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictPartnership) p = g_list_model_get_item (partnerships, i);
      guint n_participants = aict_partnership_get_n_participants (p);
      const char * const *countries = aict_partnership_get_countries (p);
      const char * const *themes = aict_partnership_get_themes (p);
      const char *lead = NULL;

      for (guint j = 0; j < n_participants && lead == NULL; j++)
        {
          const AictParticipant *participant = aict_partnership_get_participant (p, j);

          if (aict_participant_get_role (participant) == AICT_PARTICIPANT_ROLE_LEAD)
            lead = aict_participant_get_actor_id (participant);
        }

      checksum += (gsize) aict_entity_get_id (AICT_ENTITY (p)) + (gsize) aict_partnership_get_title (p);
      checksum += (gsize) aict_partnership_get_status (p) + (gsize) lead;
      checksum += (gsize) aict_partnership_get_start (p) + (gsize) aict_partnership_get_end (p);
      checksum += (gsize) countries + (gsize) themes + n_participants;
    }
  *rows = n;
  if (checksum == 42)
    fputs ("", stderr);   /* keeps the reads */

  return (g_get_monotonic_time () - start) / 1e6;
}

static double
table (AictDataset *dataset,
       guint       *rows)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(AictTable) t = aict_dataset_to_table (dataset, AICT_TABLE_KIND_PARTNERSHIPS, NULL, &error);
  double seconds = (g_get_monotonic_time () - start) / 1e6;

  if (t == NULL)
    {
      fprintf (stderr, "bench-table: %s\n", error->message);
      exit (1);
    }
  *rows = aict_table_get_n_rows (t);

  return seconds;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AictLoadOptions) options = aict_load_options_new_trusted ();
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  double best_scan = G_MAXDOUBLE, best_table = G_MAXDOUBLE;
  guint rows = 0;
  int runs;

  if (argc != 3)
    {
      fprintf (stderr, "usage: bench-table FILE RUNS\n");
      return 2;
    }
  runs = atoi (argv[2]);
  dataset = aict_dataset_new_from_file_full (argv[1], options, &error);
  if (dataset == NULL)
    {
      fprintf (stderr, "bench-table: %s\n", error->message);
      return 1;
    }

  /* The query index is built on first use: build it outside the timing. */
  g_object_unref (aict_dataset_to_table (dataset, AICT_TABLE_KIND_ACTORS, NULL, NULL));

  for (int r = 0; r < runs; r++)
    {
      best_scan = MIN (best_scan, scan (dataset, &rows));
      best_table = MIN (best_table, table (dataset, &rows));
    }
  printf ("scan %.6f %u\n", best_scan, rows);
  printf ("table %.6f %u\n", best_table, rows);

  return 0;
}
