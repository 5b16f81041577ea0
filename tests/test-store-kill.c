/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* The SQLite store under SIGKILL.
 *
 * A store of AICT_STORE_KILL_PARTNERSHIPS generated partnerships (20 000 by
 * default; bench/gen-dataset.py, run by AICT_GENERATOR with AICT_PYTHON) is
 * imported once.  Then, AICT_STORE_KILL_ROUNDS times (12 by default), a
 * forked child loads the store and saves edits to it one after the other
 * (revision R retitles one partnership "édition R" and adds a source
 * "src-R"), writing each committed revision's number to a pipe; the parent
 * SIGKILLs it after a random delay, then reopens the store and checks:
 * PRAGMA integrity_check says ok, the last revision is the last one the
 * child reported or the one after it (committed but not yet reported),
 * and the dataset loads back exactly as that revision's edits make it —
 * nothing half-written.  main() prints "# store-kill: …" with the totals. */

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gprintf.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <aict/aict.h>

static guint n_kills_during;
static guint n_checked;

static char *
generate (const char *dir,
          guint       n)
{
  const char *python = g_getenv ("AICT_PYTHON");
  const char *generator = g_getenv ("AICT_GENERATOR");
  g_autofree char *count = g_strdup_printf ("%u", n);
  char *path = g_build_filename (dir, "big.json", NULL);
  const char *argv[] = { python != NULL ? python : "/usr/bin/python3", generator, count, path, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (generator);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  return path;
}

static guint
env_uint (const char *name,
          guint       fallback)
{
  const char *value = g_getenv (name);
  guint64 n;

  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &n, NULL))
    return (guint) n;
  return fallback;
}

/* What revision @r (from 2) changes: partnership (r * 7) mod n retitled,
 * a source src-R added. */
static void
edit (AictDataset *dataset,
      guint        r)
{
  GListModel *list = aict_dataset_get_partnerships (dataset);
  g_autoptr(AictPartnership) p = g_list_model_get_item (list, (r * 7) % g_list_model_get_n_items (list));
  g_autofree char *title = g_strdup_printf ("édition %u", r);
  g_autofree char *id = g_strdup_printf ("src-%u", r);
  g_autoptr(AictSource) source = aict_source_new (id, title);

  aict_partnership_set_title (p, title);
  g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (source), NULL));
}

static void G_GNUC_NORETURN
child (const char *uri,
       int         fd)
{
  g_autoptr(GError) error = NULL;
  AictStore *store = aict_store_open (uri, NULL, &error);
  AictDataset *dataset;
  guint head;

  if (store == NULL)
    _exit (3);
  dataset = aict_store_load (store, NULL, &error);
  if (dataset == NULL)
    _exit (4);
  {
    g_autoptr(GListModel) revisions = aict_store_list_revisions (store, NULL);
    head = g_list_model_get_n_items (revisions);
  }
  for (guint r = head + 1;; r++)
    {
      edit (dataset, r);
      if (aict_store_save (store, dataset, "kill", "edit", NULL, &error) != r)
        _exit (5);
      if (write (fd, &r, sizeof r) != sizeof r)
        _exit (6);
    }
}

static void
check_store (const char *path,
             const char *uri,
             const char *json,
             guint       reported)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictStore) store = NULL;
  g_autoptr(AictDataset) loaded = NULL;
  g_autoptr(AictDataset) expected = NULL;
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();
  g_autoptr(GListModel) revisions = NULL;
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint head;

  /* integrity_check first, before the store's own connection. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  store = aict_store_open (uri, NULL, &error);
  g_assert_no_error (error);
  revisions = aict_store_list_revisions (store, &error);
  g_assert_no_error (error);
  head = g_list_model_get_n_items (revisions);
  g_assert_cmpuint (head, >=, MAX (reported, 1));
  g_assert_cmpuint (head, <=, MAX (reported, 1) + 1);

  aict_load_options_set_max_file_size (options, 1024u * 1024u * 1024u);
  aict_load_options_set_max_items (options, G_MAXUINT);
  aict_load_options_set_max_values (options, G_MAXUINT);
  expected = aict_dataset_new_from_file_full (json, options, &error);
  g_assert_no_error (error);
  for (guint r = 2; r <= head; r++)
    edit (expected, r);

  loaded = aict_store_load (store, NULL, &error);
  g_assert_no_error (error);
  a = aict_dataset_to_bytes (expected, &error);
  b = aict_dataset_to_bytes (loaded, &error);
  g_assert_true (g_bytes_equal (a, b));
  n_checked++;
}

static void
test_kill (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("aict-store-kill-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "store.sqlite", NULL);
  g_autofree char *uri = g_strconcat ("sqlite:", path, NULL);
  g_autofree char *json = NULL;
  guint n = env_uint ("AICT_STORE_KILL_PARTNERSHIPS", 20000);
  guint rounds = env_uint ("AICT_STORE_KILL_ROUNDS", 12);
  guint reported = 1;
  gint64 save_us;

  g_assert_no_error (error);
  json = generate (dir, n);

  {
    g_autoptr(AictLoadOptions) options = aict_load_options_new ();
    g_autoptr(AictDataset) dataset = NULL;
    g_autoptr(AictStore) store = aict_store_open (uri, NULL, &error);
    gint64 start;

    g_assert_no_error (error);
    aict_load_options_set_max_file_size (options, 1024u * 1024u * 1024u);
    aict_load_options_set_max_items (options, G_MAXUINT);
    aict_load_options_set_max_values (options, G_MAXUINT);
    dataset = aict_dataset_new_from_file_full (json, options, &error);
    g_assert_no_error (error);
    start = g_get_monotonic_time ();
    g_assert_cmpuint (aict_store_save (store, dataset, "kill", "import", NULL, &error), ==, 1);
    save_us = g_get_monotonic_time () - start;
  }

  for (guint round = 0; round < rounds; round++)
    {
      int fds[2];
      pid_t pid;
      int status;
      guint r;
      /* From before the child's load is done to well into its saves. */
      gint64 delay = g_random_int_range (0, (int) MIN (save_us * 2, 4000000) + 1) + 50000;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          child (uri, fds[1]);
        }
      close (fds[1]);
      g_usleep (delay);
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (WIFSIGNALED (status))
        n_kills_during++;
      else
        g_error ("the saver exited with %d before it was killed", WEXITSTATUS (status));

      while (read (fds[0], &r, sizeof r) == sizeof r)
        reported = r;
      close (fds[0]);

      check_store (path, uri, json, reported);
      {
        /* The child may have committed one more than it reported. */
        g_autoptr(AictStore) store = aict_store_open (uri, NULL, &error);
        g_autoptr(GListModel) revisions = aict_store_list_revisions (store, &error);

        reported = g_list_model_get_n_items (revisions);
      }
    }

  g_test_message ("store-kill: %u partnerships, %u kills of a live saver, %u checks, %u revisions",
                  n, n_kills_during, n_checked, reported);
  g_printf ("# store-kill: %u partnerships, %u kills of a live saver, %u checks, %u revisions\n",
            n, n_kills_during, n_checked, reported);

  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);

        g_unlink (file);
      }
    g_rmdir (dir);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/kill", test_kill);
  return g_test_run ();
}
