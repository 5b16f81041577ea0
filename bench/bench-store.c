/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* The SQLite store against the JSON file store, on N partnerships (100 000
 * by default) from bench/gen-dataset.py:
 *
 *   bench-store [--partnerships N] [--runs R]
 *               [--file PATH | --generator GEN.py --python PY --cache-dir DIR]
 *
 * Times, each the median of R runs (the lower middle one for even R): the JSON file's load and save; the
 * import of the whole dataset into a new SQLite store (one revision); a
 * full load back; the save of one changed object, for a dataset the store
 * follows (loaded from it) and for one it does not (compared object by
 * object).  The loaded dataset is checked equal to the file's, byte for
 * byte.  Prints a table. */

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <glib/gprintf.h>
#include <glib/gstdio.h>
#include <aict/aict.h>

static int opt_partnerships = 100000;
static int opt_runs = 3;
static char *opt_file;
static char *opt_generator;
static char *opt_python;
static char *opt_cache_dir;

static const GOptionEntry entries[] = {
  { "partnerships", 'n', 0, G_OPTION_ARG_INT, &opt_partnerships, "Partnerships in the dataset", "N" },
  { "runs", 'r', 0, G_OPTION_ARG_INT, &opt_runs, "Runs of each measure (the median is shown)", "R" },
  { "file", 0, 0, G_OPTION_ARG_FILENAME, &opt_file, "An aict/1 file instead of generating one", "PATH" },
  { "generator", 0, 0, G_OPTION_ARG_FILENAME, &opt_generator, "bench/gen-dataset.py", "PATH" },
  { "python", 0, 0, G_OPTION_ARG_FILENAME, &opt_python, "The Python that runs the generator", "PATH" },
  { "cache-dir", 0, 0, G_OPTION_ARG_FILENAME, &opt_cache_dir, "Where the generated file is kept", "DIR" },
  { NULL }
};

static void
check (GError *error)
{
  if (error != NULL)
    {
      g_printerr ("bench-store: %s\n", error->message);
      exit (1);
    }
}

static AictLoadOptions *
big_options (void)
{
  AictLoadOptions *options = aict_load_options_new ();

  aict_load_options_set_max_file_size (options, 1024u * 1024u * 1024u);
  aict_load_options_set_max_items (options, G_MAXUINT);
  aict_load_options_set_max_values (options, G_MAXUINT);

  return options;
}

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
      g_printerr ("bench-store: give --file or --generator\n");
      exit (2);
    }

  /* The same name as bench-async's: the two share the generated file. */
  name = g_strdup_printf ("bench-async-%d.json", opt_partnerships);
  path = g_build_filename (opt_cache_dir != NULL ? opt_cache_dir : g_get_tmp_dir (), name, NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *n = g_strdup_printf ("%d", opt_partnerships);
      const char *argv[] = { opt_python != NULL ? opt_python : "python3",
                             opt_generator, n, path, NULL };

      g_printerr ("bench-store: generating %s\n", path);
      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                         NULL, NULL, NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        check (error);
    }

  return g_steal_pointer (&path);
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
  return g_array_index (times, double, (times->len - 1) / 2);
}

static void
remove_store (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

#define NOW() (g_get_monotonic_time () / 1000.0)

int
main (int argc, char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— the SQLite store against the file store");
  g_autoptr(GError) error = NULL;
  g_autoptr(AictLoadOptions) options = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *db = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(GBytes) expected = NULL;
  GArray *t[8];
  const char *labels[] = {
    "JSON file: load",
    "JSON file: save (any change)",
    "SQLite: import (first save)",
    "SQLite: full load",
    "SQLite: one-object save, followed dataset",
    "SQLite: one-object save, other dataset",
    "SQLite: unchanged save (no revision)",
    "of which aict_dataset_validate() alone",
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    check (error);
  if (opt_runs < 1)
    opt_runs = 1;

  options = big_options ();
  path = dataset_path ();
  dir = g_dir_make_tmp ("bench-store-XXXXXX", &error);
  check (error);
  copy = g_build_filename (dir, "copy.json", NULL);
  db = g_build_filename (dir, "store.sqlite", NULL);
  uri = g_strconcat ("sqlite:", db, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (t); i++)
    t[i] = g_array_new (FALSE, FALSE, sizeof (double));

  for (int run = 0; run < opt_runs; run++)
    {
      g_autoptr(AictDataset) loaded = NULL;
      g_autoptr(AictDataset) other = NULL;
      g_autoptr(AictStore) store = NULL;
      g_autoptr(GBytes) bytes = NULL;
      AictPartnership *p;
      double start, ms;
      guint revision;
      char title[64];

      g_clear_object (&dataset);
      start = NOW ();
      dataset = aict_dataset_new_from_file_full (path, options, &error);
      check (error);
      ms = NOW () - start;
      g_array_append_val (t[0], ms);
      if (expected == NULL)
        {
          expected = aict_dataset_to_bytes (dataset, &error);
          check (error);
        }

      start = NOW ();
      aict_dataset_save_to_file (dataset, copy, &error);
      check (error);
      ms = NOW () - start;
      g_array_append_val (t[1], ms);

      remove_store (db);
      store = aict_store_open (uri, NULL, &error);
      check (error);
      start = NOW ();
      aict_store_save (store, dataset, "bench", "import", NULL, &error);
      check (error);
      ms = NOW () - start;
      g_array_append_val (t[2], ms);

      /* A fresh connection: nothing of the import in the store object. */
      g_clear_object (&store);
      store = aict_store_open (uri, NULL, &error);
      check (error);
      start = NOW ();
      loaded = aict_store_load (store, NULL, &error);
      check (error);
      ms = NOW () - start;
      g_array_append_val (t[3], ms);
      bytes = aict_dataset_to_bytes (loaded, &error);
      check (error);
      if (!g_bytes_equal (bytes, expected))
        {
          g_printerr ("bench-store: the dataset loaded from SQLite differs from the file's\n");
          return 1;
        }

      /* Each one-object save changes a different partnership. */
      for (int k = 0; k < 5; k++)
        {
          GListModel *list = aict_dataset_get_partnerships (loaded);
          g_autoptr(AictPartnership) item = g_list_model_get_item (list, (guint) (k * 7919 + run * 104729) % g_list_model_get_n_items (list));

          g_snprintf (title, sizeof title, "Titre changé %d.%d", run, k);
          aict_partnership_set_title (item, title);
          start = NOW ();
          revision = aict_store_save (store, loaded, "bench", "one", NULL, &error);
          check (error);
          ms = NOW () - start;
          g_array_append_val (t[4], ms);
        }

      start = NOW ();
      aict_store_save (store, loaded, "bench", "none", NULL, &error);
      check (error);
      ms = NOW () - start;
      g_array_append_val (t[6], ms);

      {
        g_autoptr(AictReport) report = NULL;

        start = NOW ();
        report = aict_dataset_validate (loaded);
        ms = NOW () - start;
        g_array_append_val (t[7], ms);
      }

      /* A dataset the store does not follow: the file's, one title changed. */
      other = g_object_ref (dataset);
      p = AICT_PARTNERSHIP (g_list_model_get_item (aict_dataset_get_partnerships (other), 3));
      aict_partnership_set_title (p, "Titre changé ailleurs");
      g_object_unref (p);
      start = NOW ();
      revision = aict_store_save (store, other, "bench", "other", NULL, &error);
      check (error);
      ms = NOW () - start;
      g_array_append_val (t[5], ms);
      (void) revision;

      aict_store_close (store, &error);
      check (error);
    }

  {
    struct stat st;
    g_autofree char *size = NULL;

    g_printf ("# bench-store: %d partnerships, %d runs, median ms\n", opt_partnerships, opt_runs);
    if (g_stat (path, &st) == 0)
      {
        size = g_format_size (st.st_size);
        g_printf ("# JSON file %s", size);
      }
    if (g_stat (db, &st) == 0)
      {
        g_free (size);
        size = g_format_size (st.st_size);
        g_printf (", SQLite store %s (after the runs' revisions)", size);
      }
    g_printf ("\n");
  }
  g_printf ("| %-42s | %10s |\n", "operation", "ms");
  g_printf ("|%s|%s|\n", "--------------------------------------------", "------------");
  for (guint i = 0; i < G_N_ELEMENTS (t); i++)
    g_printf ("| %-42s | %10.1f |\n", labels[i], median (t[i]));
  g_printf ("# full load SQLite / JSON load: %.2f×; one-object save (followed): %.1f ms\n",
            median (t[3]) / median (t[0]), median (t[4]));

  remove_store (db);
  g_unlink (copy);
  g_rmdir (dir);
  for (guint i = 0; i < G_N_ELEMENTS (t); i++)
    g_array_unref (t[i]);

  return 0;
}
