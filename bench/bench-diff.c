/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* bench-diff: aict_dataset_diff() on two large files, next to a plain
 * linear scan comparing aict_entity_to_json() strings.
 *
 *   bench-diff [--runs N] [--expect-added N] [--expect-removed N]
 *              [--expect-changed N] OLD NEW
 *
 * Both files are loaded once (not timed).  Then, N times each (5 by
 * default), the monotonic clock around:
 *
 *   - aict_dataset_diff (old, new), the result freed outside the clock;
 *   - the scan: for every object of each collection of OLD, its
 *     aict_entity_to_json() text and that of the object of NEW with the
 *     same id (aict_dataset_lookup()), compared with strcmp(); then every
 *     object of NEW whose id OLD does not have.  It says which objects
 *     changed, not which members, nor which meeting children.
 *
 * The answers are checked against each other (the same objects added,
 * removed and changed, for the top-level collections) and against the
 * --expect-* counts when given; any difference makes the exit status 1.
 * Best and median times are printed. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <aict/aict.h>

static int opt_runs = 5;
static int opt_added = -1;
static int opt_removed = -1;
static int opt_changed = -1;

static const GOptionEntry entries[] = {
  { "runs", 0, 0, G_OPTION_ARG_INT, &opt_runs, "Timed runs of each side (5)", "N" },
  { "expect-added", 0, 0, G_OPTION_ARG_INT, &opt_added, "Objects added, to check", "N" },
  { "expect-removed", 0, 0, G_OPTION_ARG_INT, &opt_removed, "Objects removed, to check", "N" },
  { "expect-changed", 0, 0, G_OPTION_ARG_INT, &opt_changed, "Objects changed, to check", "N" },
  { NULL }
};

typedef struct
{
  guint added, removed, changed;
  guint compared;
} Counts;

static GListModel *
collection (AictDataset *dataset,
            guint        i)
{
  switch (i)
    {
    case 0: return aict_dataset_get_sources (dataset);
    case 1: return aict_dataset_get_actors (dataset);
    case 2: return aict_dataset_get_persons (dataset);
    case 3: return aict_dataset_get_partnerships (dataset);
    case 4: return aict_dataset_get_budgets (dataset);
    default: return aict_dataset_get_meetings (dataset);
    }
}

static Counts
scan (AictDataset *old_dataset,
      AictDataset *new_dataset)
{
  Counts counts = { 0 };

  for (guint c = 0; c < 6; c++)
    {
      GListModel *old_items = collection (old_dataset, c);
      GListModel *new_items = collection (new_dataset, c);
      guint n_old = g_list_model_get_n_items (old_items);
      guint n_new = g_list_model_get_n_items (new_items);

      for (guint i = 0; i < n_old; i++)
        {
          g_autoptr(AictEntity) entity = g_list_model_get_item (old_items, i);
          AictEntity *other = aict_dataset_lookup (new_dataset, aict_entity_get_id (entity));
          g_autofree char *a = NULL;
          g_autofree char *b = NULL;

          counts.compared++;
          if (other == NULL || G_OBJECT_TYPE (other) != G_OBJECT_TYPE (entity))
            {
              counts.removed++;
              continue;
            }
          a = aict_entity_to_json (entity, 0);
          b = aict_entity_to_json (other, 0);
          if (strcmp (a, b) != 0)
            counts.changed++;
        }

      for (guint i = 0; i < n_new; i++)
        {
          g_autoptr(AictEntity) entity = g_list_model_get_item (new_items, i);
          AictEntity *other = aict_dataset_lookup (old_dataset, aict_entity_get_id (entity));

          if (other == NULL || G_OBJECT_TYPE (other) != G_OBJECT_TYPE (entity))
            counts.added++;
        }
    }

  return counts;
}

/* The top-level objects of a diff (a meeting's children aside: the scan
 * sees them as part of their meeting). */
static Counts
diff_counts (AictDiff *diff)
{
  Counts counts = { 0 };

  for (guint i = 0; i < aict_diff_get_n_entries (diff); i++)
    {
      AictDiffEntry *entry = aict_diff_get_entry (diff, i);

      if (aict_diff_entry_get_meeting_id (entry) != NULL || aict_diff_entry_get_id (entry) == NULL)
        continue;
      switch (aict_diff_entry_get_kind (entry))
        {
        case AICT_DIFF_ADDED: counts.added++; break;
        case AICT_DIFF_REMOVED: counts.removed++; break;
        case AICT_DIFF_CHANGED: counts.changed++; break;
        default: break;
        }
    }

  return counts;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

static double
best (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, 0);
}

static AictDataset *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();
  AictDataset *dataset;

  aict_load_options_set_max_file_size (options, 1024 * 1024 * 1024);
  dataset = aict_dataset_new_from_file_full (path, options, &error);
  if (dataset == NULL)
    {
      fprintf (stderr, "bench-diff: %s\n", error->message);
      exit (2);
    }

  return dataset;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("OLD NEW");
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) old_dataset = NULL;
  g_autoptr(AictDataset) new_dataset = NULL;
  g_autoptr(GArray) diff_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) scan_times = g_array_new (FALSE, FALSE, sizeof (double));
  Counts from_diff = { 0 }, from_scan = { 0 };
  guint n_entries = 0, n_changes = 0;
  gboolean ok = TRUE;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3 || opt_runs < 1)
    {
      fprintf (stderr, "bench-diff: %s\n", error != NULL ? error->message : "give OLD and NEW");
      return 2;
    }

  old_dataset = load (argv[1]);
  new_dataset = load (argv[2]);

  for (int run = 0; run <= opt_runs; run++)
    {
      gint64 t0 = g_get_monotonic_time ();
      AictDiff *diff = aict_dataset_diff (old_dataset, new_dataset);
      gint64 t1 = g_get_monotonic_time ();
      double ms = (t1 - t0) / 1000.0;

      if (run == 0)
        {
          from_diff = diff_counts (diff);
          n_entries = aict_diff_get_n_entries (diff);
          for (guint i = 0; i < n_entries; i++)
            n_changes += aict_diff_entry_get_n_changes (aict_diff_get_entry (diff, i));
        }
      else
        g_array_append_val (diff_times, ms);
      g_object_unref (diff);
    }

  for (int run = 0; run <= opt_runs; run++)
    {
      gint64 t0 = g_get_monotonic_time ();
      Counts counts = scan (old_dataset, new_dataset);
      gint64 t1 = g_get_monotonic_time ();
      double ms = (t1 - t0) / 1000.0;

      if (run == 0)
        from_scan = counts;
      else
        g_array_append_val (scan_times, ms);
    }

  printf ("objects compared (top level): %u; partnerships: %u -> %u\n", from_scan.compared,
          g_list_model_get_n_items (aict_dataset_get_partnerships (old_dataset)),
          g_list_model_get_n_items (aict_dataset_get_partnerships (new_dataset)));
  printf ("aict_dataset_diff: %u entries (%u added, %u removed, %u changed; %u member changes)\n",
          n_entries, from_diff.added, from_diff.removed, from_diff.changed, n_changes);
  printf ("  best %.1f ms, median %.1f ms (%d runs)\n", best (diff_times), median (diff_times), opt_runs);
  printf ("linear aict_entity_to_json scan: %u added, %u removed, %u changed\n",
          from_scan.added, from_scan.removed, from_scan.changed);
  printf ("  best %.1f ms, median %.1f ms (%d runs)\n", best (scan_times), median (scan_times), opt_runs);
  printf ("ratio diff/scan (median): %.2f\n", median (diff_times) / median (scan_times));

  if (from_diff.added != from_scan.added || from_diff.removed != from_scan.removed ||
      from_diff.changed != from_scan.changed)
    {
      printf ("MISMATCH between aict_dataset_diff and the scan\n");
      ok = FALSE;
    }
  if ((opt_added >= 0 && from_diff.added != (guint) opt_added) ||
      (opt_removed >= 0 && from_diff.removed != (guint) opt_removed) ||
      (opt_changed >= 0 && from_diff.changed != (guint) opt_changed))
    {
      printf ("MISMATCH with the expected counts (%d added, %d removed, %d changed)\n",
              opt_added, opt_removed, opt_changed);
      ok = FALSE;
    }

  return ok ? 0 : 1;
}
