/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* What the asynchronous load buys an application with a main loop
 * (`meson test --benchmark async`).
 *
 * For a generated file of N partnerships (bench/gen-dataset.py, 100 000 by
 * default), it times:
 *
 *   sync:  aict_dataset_new_from_file_full() called from the main thread:
 *          the main loop is blocked for the whole load;
 *   async: aict_dataset_new_from_file_full_async() while the main loop
 *          runs a 1 ms timeout; the longest gap between two of its ticks
 *          is how long the loop (a UI) could not answer.
 *
 * Each is run --runs times (3); the best time of each is printed, with the
 * worst gap of the async runs, and the loaded datasets must be equal
 * (the same canonical bytes), else the benchmark fails.
 *
 * Usage: bench-async [--partnerships N] [--runs R] [--with-progress]
 *                    [--file PATH | --generator GEN.py --python PY --cache-dir DIR]
 */

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>
#include <aict/aict.h>

static int opt_partnerships = 100000;
static int opt_runs = 3;
static gboolean opt_progress;
static char *opt_file;
static char *opt_generator;
static char *opt_python;
static char *opt_cache_dir;

static const GOptionEntry entries[] = {
  { "partnerships", 'n', 0, G_OPTION_ARG_INT, &opt_partnerships, "Partnerships in the generated file (100000)", "N" },
  { "runs", 'r', 0, G_OPTION_ARG_INT, &opt_runs, "Runs of each kind of load (3)", "R" },
  { "with-progress", 0, 0, G_OPTION_ARG_NONE, &opt_progress, "Follow the async load's progress too", NULL },
  { "file", 'f', 0, G_OPTION_ARG_FILENAME, &opt_file, "Load this file instead of a generated one", "PATH" },
  { "generator", 0, 0, G_OPTION_ARG_FILENAME, &opt_generator, "bench/gen-dataset.py", "PATH" },
  { "python", 0, 0, G_OPTION_ARG_FILENAME, &opt_python, "The Python that runs the generator", "PATH" },
  { "cache-dir", 0, 0, G_OPTION_ARG_FILENAME, &opt_cache_dir, "Where the generated file is kept", "DIR" },
  { NULL }
};

static AictLoadOptions *
large_options (void)
{
  AictLoadOptions *options = aict_load_options_new ();

  aict_load_options_set_max_file_size (options, (gsize) 1 << 30);
  aict_load_options_set_max_items (options, G_MAXUINT);
  aict_load_options_set_max_values (options, G_MAXUINT);

  return options;
}

/* The file to load: --file, or the generator's output for N, made once. */
static char *
dataset_path (void)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (opt_file != NULL)
    return g_strdup (opt_file);
  if (opt_generator == NULL)
    {
      g_printerr ("bench-async: give --file or --generator\n");
      exit (2);
    }

  name = g_strdup_printf ("bench-async-%d.json", opt_partnerships);
  path = g_build_filename (opt_cache_dir != NULL ? opt_cache_dir : g_get_tmp_dir (), name, NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *n = g_strdup_printf ("%d", opt_partnerships);
      const char *argv[] = { opt_python != NULL ? opt_python : "python3",
                             opt_generator, n, path, NULL };

      g_printerr ("bench-async: generating %s\n", path);
      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                         NULL, NULL, NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        {
          g_printerr ("bench-async: the generator failed: %s\n", error->message);
          exit (1);
        }
    }

  return g_steal_pointer (&path);
}

typedef struct
{
  GMainLoop *loop;
  gint64 last_tick;
  gint64 max_gap;
  guint ticks;
  guint long_gaps;          /* over 16 ms, a frame at 60 Hz */
  guint progress_calls;
  AictDataset *dataset;
  GError *error;
} AsyncRun;

static gboolean
on_tick (gpointer data)
{
  AsyncRun *run = data;
  gint64 now = g_get_monotonic_time ();

  run->max_gap = MAX (run->max_gap, now - run->last_tick);
  if (now - run->last_tick > 16 * G_TIME_SPAN_MILLISECOND)
    run->long_gaps++;
  run->last_tick = now;
  run->ticks++;

  return G_SOURCE_CONTINUE;
}

static void
on_progress (goffset  current,
             goffset  total,
             gpointer data)
{
  AsyncRun *run = data;

  run->progress_calls++;
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  AsyncRun *run = data;

  /* The gap up to the callback counts too. */
  on_tick (run);
  run->dataset = aict_dataset_new_from_file_finish (result, &run->error);
  g_main_loop_quit (run->loop);
}

static GBytes *
canonical (AictDataset *dataset)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = aict_dataset_to_bytes (dataset, &error);

  if (bytes == NULL)
    {
      g_printerr ("bench-async: cannot encode: %s\n", error->message);
      exit (1);
    }
  return bytes;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— sync vs async load");
  g_autoptr(GError) error = NULL;
  g_autoptr(AictLoadOptions) options = large_options ();
  g_autoptr(GBytes) reference = NULL;
  g_autofree char *path = NULL;
  gint64 best_sync = G_MAXINT64, best_async = G_MAXINT64, worst_gap = 0, best_gap = G_MAXINT64;
  guint ticks = 0, progress_calls = 0, long_gaps = 0;
  GStatBuf st;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-async: %s\n", error->message);
      return 2;
    }
  if (opt_runs < 1)
    opt_runs = 1;

  path = dataset_path ();
  if (g_stat (path, &st) != 0)
    {
      g_printerr ("bench-async: cannot read %s\n", path);
      return 1;
    }

  for (int i = 0; i < opt_runs; i++)
    {
      g_autoptr(AictDataset) dataset = NULL;
      gint64 start = g_get_monotonic_time (), elapsed;

      dataset = aict_dataset_new_from_file_full (path, options, &error);
      elapsed = g_get_monotonic_time () - start;
      if (dataset == NULL)
        {
          g_printerr ("bench-async: %s\n", error->message);
          return 1;
        }
      best_sync = MIN (best_sync, elapsed);
      if (reference == NULL)
        reference = canonical (dataset);
    }

  for (int i = 0; i < opt_runs; i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      AsyncRun run = { 0 };
      guint tick_id;
      gint64 start, elapsed;

      run.loop = g_main_loop_new (NULL, FALSE);
      tick_id = g_timeout_add (1, on_tick, &run);
      start = run.last_tick = g_get_monotonic_time ();
      aict_dataset_new_from_file_full_async (path, options, G_PRIORITY_DEFAULT, NULL,
                                             opt_progress ? on_progress : NULL, &run, NULL,
                                             on_loaded, &run);
      g_main_loop_run (run.loop);
      elapsed = g_get_monotonic_time () - start;
      g_source_remove (tick_id);
      g_main_loop_unref (run.loop);
      if (run.dataset == NULL)
        {
          g_printerr ("bench-async: %s\n", run.error->message);
          return 1;
        }

      bytes = canonical (run.dataset);
      if (!g_bytes_equal (bytes, reference))
        {
          g_printerr ("bench-async: the async load gave another dataset than the sync one\n");
          return 1;
        }
      g_object_unref (run.dataset);

      best_async = MIN (best_async, elapsed);
      worst_gap = MAX (worst_gap, run.max_gap);
      best_gap = MIN (best_gap, run.max_gap);
      ticks = run.ticks;
      long_gaps = MAX (long_gaps, run.long_gaps);
      progress_calls = run.progress_calls;
    }

  printf ("file: %s (%d partnerships, %.1f MB)\n", path, opt_partnerships,
          (double) st.st_size / 1e6);
  printf ("sync load:  %8.1f ms (main loop blocked %.1f ms)\n",
          best_sync / 1000.0, best_sync / 1000.0);
  printf ("async load: %8.1f ms, longest main-loop gap %.2f ms (best run %.2f ms), "
          "%u ticks of the 1 ms timeout, at most %u gaps over 16 ms%s",
          best_async / 1000.0, worst_gap / 1000.0, best_gap / 1000.0, ticks, long_gaps,
          opt_progress ? "" : "\n");
  if (opt_progress)
    printf (", %u progress calls\n", progress_calls);
  printf ("best of %d runs each\n", opt_runs);

  return 0;
}
