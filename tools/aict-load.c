/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "aict-tool.h"

/* The load limits every command that reads a dataset accepts.  The
 * library's defaults are meant for files from anywhere (8 MiB, 100 000
 * items per array, a million values); a trusted larger file is loaded by
 * raising them, never by switching them off. */

/* Every limit of AictLoadOptions, as an option named after it: the
 * library's limit errors name the option (aict-message.c), so each of
 * them is here.  0: not given, the library's default. */
enum
{
  LIMIT_FILE_SIZE,
  LIMIT_ITEMS,
  LIMIT_VALUES,
  LIMIT_DEPTH,
  LIMIT_STRING_LENGTH,
  LIMIT_NAME_LENGTH,
  LIMIT_MEMBERS,
  LIMIT_NUMBER_LENGTH,
  N_LIMITS
};

static const struct
{
  const char *option;
  guint64 max;
  gboolean sized;   /* K, M and G suffixes */
} limits[N_LIMITS] = {
  [LIMIT_FILE_SIZE] = { "--max-file-size", G_GUINT64_CONSTANT (1) << 30, TRUE },
  [LIMIT_ITEMS] = { "--max-items", G_MAXUINT, FALSE },
  [LIMIT_VALUES] = { "--max-values", G_MAXUINT, FALSE },
  [LIMIT_DEPTH] = { "--max-depth", 1024, FALSE },
  [LIMIT_STRING_LENGTH] = { "--max-string-length", G_GUINT64_CONSTANT (1) << 30, TRUE },
  [LIMIT_NAME_LENGTH] = { "--max-name-length", G_GUINT64_CONSTANT (1) << 30, TRUE },
  [LIMIT_MEMBERS] = { "--max-members", G_MAXUINT, FALSE },
  [LIMIT_NUMBER_LENGTH] = { "--max-number-length", G_MAXUINT, FALSE },
};

static guint64 opt_limits[N_LIMITS];

static gboolean
parse_count (const char  *option,
             const char  *value,
             guint64      max,
             gboolean     sized,
             guint64     *out,
             GError     **error)
{
  guint64 number = 0;
  guint64 unit = 1;
  g_autofree char *digits = g_strdup (value);
  gsize length = strlen (digits);

  /* Sizes may end in K, M or G (powers of 1024). */
  if (length > 0 && sized)
    {
      switch (g_ascii_toupper (digits[length - 1]))
        {
        case 'K': unit = G_GUINT64_CONSTANT (1) << 10; break;
        case 'M': unit = G_GUINT64_CONSTANT (1) << 20; break;
        case 'G': unit = G_GUINT64_CONSTANT (1) << 30; break;
        default: break;
        }
      if (unit != 1)
        digits[length - 1] = '\0';
    }

  if (!g_ascii_string_to_unsigned (digits, 10, 1, G_MAXUINT64 / unit, &number, NULL) ||
      number * unit > max)
    {
      g_autofree char *max_text = g_strdup_printf ("%" G_GUINT64_FORMAT, max);

      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* TRANSLATORS: "--max-items: “abc” is not a number from 1 to 4294967295" */
                   _("%s: “%s” is not a number from 1 to %s"),
                   option, value, max_text);
      return FALSE;
    }

  *out = number * unit;

  return TRUE;
}

static gboolean
on_option (const char  *option,
           const char  *value,
           gpointer     data,
           GError     **error)
{
  for (guint i = 0; i < N_LIMITS; i++)
    if (g_strcmp0 (option, limits[i].option) == 0)
      return parse_count (option, value, limits[i].max, limits[i].sized, &opt_limits[i], error);

  g_assert_not_reached ();
}

static const GOptionEntry load_entries[] = {
  { "max-file-size", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) on_option,
    N_("Load files of up to SIZE bytes (K, M, G suffixes; default 8M, at most 1G)"), N_("SIZE") },
  { "max-items", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) on_option,
    N_("Allow N items in one array (default 100000)"), N_("N") },
  { "max-values", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) on_option,
    N_("Allow N JSON values in a file (default 1000000)"), N_("N") },
  { "max-depth", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) on_option,
    N_("Allow arrays and objects nested N deep (default 32, at most 1024)"), N_("N") },
  { "max-string-length", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) on_option,
    N_("Allow strings of SIZE bytes once decoded (K, M, G suffixes; default 64K)"), N_("SIZE") },
  { "max-name-length", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) on_option,
    N_("Allow member names of SIZE bytes (default 256)"), N_("SIZE") },
  { "max-members", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) on_option,
    N_("Allow N members in one object (default 256)"), N_("N") },
  { "max-number-length", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) on_option,
    N_("Allow numbers written with N characters (default 32)"), N_("N") },
  { NULL }
};

void
aict_tool_add_load_options (GOptionContext *context)
{
  GOptionGroup *group = g_option_group_new ("load", _("Load limits:"),
                                            _("Show the options that raise the load limits"),
                                            NULL, NULL);

  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  g_option_group_add_entries (group, load_entries);
  g_option_context_add_group (context, group);
}

/* Progress on stderr, for loads and saves that take a while.
 *
 * Only when stderr is a terminal and the command prints no JSON: a pipe or
 * a file never gets the carriage returns, and --json output stays byte for
 * byte what it was.  Nothing is shown for an operation that ends within
 * the delay, AICT_PROGRESS_DELAY_MS milliseconds (1000 by default; tests
 * set 0), and the line is erased when it ends, so what the command prints
 * next starts on a clean line. */

static gboolean json_output;

void
aict_tool_set_json_output (gboolean json)
{
  json_output = json;
}

#define DEFAULT_PROGRESS_DELAY_MS 1000

typedef struct
{
  GMainLoop *loop;
  const char *format;     /* translated, "%s… %u%%" */
  char *display;
  gint64 start_us;
  gint64 delay_us;
  gboolean shown;
  AictDataset *dataset;
  gboolean saved;
  GError *error;
} ToolProgress;

static gboolean
progress_wanted (void)
{
  return !json_output && isatty (STDERR_FILENO);
}

static gint64
progress_delay_us (void)
{
  const char *value = g_getenv ("AICT_PROGRESS_DELAY_MS");
  guint64 ms;

  if (value == NULL ||
      !g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT64 / 1000, &ms, NULL))
    ms = DEFAULT_PROGRESS_DELAY_MS;

  return (gint64) ms * 1000;
}

static void
tool_progress_init (ToolProgress *tp,
                    const char   *format,
                    const char   *path)
{
  memset (tp, 0, sizeof *tp);
  tp->loop = g_main_loop_new (NULL, FALSE);
  tp->format = format;
  tp->display = g_filename_display_name (path);
  tp->start_us = g_get_monotonic_time ();
  tp->delay_us = progress_delay_us ();
}

static void
tool_progress_clear (ToolProgress *tp)
{
  if (tp->shown)
    {
      /* Erase the line. */
      fputs ("\r\033[K", stderr);
      fflush (stderr);
    }
  g_main_loop_unref (tp->loop);
  g_free (tp->display);
}

static void
on_progress (goffset  current,
             goffset  total,
             gpointer user_data)
{
  ToolProgress *tp = user_data;
  guint percent;

  if (g_get_monotonic_time () - tp->start_us < tp->delay_us || total <= 0)
    return;

  percent = (guint) (MIN (current, total) * 100 / total);
  fputc ('\r', stderr);
  fprintf (stderr, tp->format, tp->display, percent);
  fputs ("\033[K", stderr);
  fflush (stderr);
  tp->shown = TRUE;
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  ToolProgress *tp = user_data;

  tp->dataset = aict_dataset_new_from_file_finish (result, &tp->error);
  g_main_loop_quit (tp->loop);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  ToolProgress *tp = user_data;

  tp->saved = aict_dataset_save_to_file_finish (AICT_DATASET (source), result, &tp->error);
  g_main_loop_quit (tp->loop);
}

/* The load, in a worker thread while this one shows the progress. */
static AictDataset *
load_with_progress (const char       *path,
                    AictLoadOptions  *options,
                    GError          **error)
{
  ToolProgress tp;
  AictDataset *dataset;

  /* TRANSLATORS: progress on the terminal: "Loading data.json… 42%" */
  tool_progress_init (&tp, _("Loading %s… %u%%"), path);
  aict_dataset_new_from_file_full_async (path, options, G_PRIORITY_DEFAULT, NULL,
                                         on_progress, &tp, NULL, on_loaded, &tp);
  g_main_loop_run (tp.loop);
  tool_progress_clear (&tp);

  dataset = tp.dataset;
  if (dataset == NULL)
    g_propagate_error (error, tp.error);

  return dataset;
}

gboolean
aict_tool_save (AictDataset  *dataset,
                const char   *path,
                GError      **error)
{
  ToolProgress tp;

  if (!progress_wanted ())
    return aict_dataset_save_to_file (dataset, path, error);

  /* TRANSLATORS: progress on the terminal: "Saving data.json… 42%" */
  tool_progress_init (&tp, _("Saving %s… %u%%"), path);
  aict_dataset_save_to_file_full_async (dataset, path, G_PRIORITY_DEFAULT, NULL,
                                        on_progress, &tp, NULL, on_saved, &tp);
  g_main_loop_run (tp.loop);
  tool_progress_clear (&tp);

  if (!tp.saved)
    g_propagate_error (error, tp.error);

  return tp.saved;
}

AictLoadOptions *
aict_tool_new_load_options (void)
{
  AictLoadOptions *options = aict_load_options_new ();

  if (opt_limits[LIMIT_FILE_SIZE] != 0)
    aict_load_options_set_max_file_size (options, (gsize) opt_limits[LIMIT_FILE_SIZE]);
  if (opt_limits[LIMIT_ITEMS] != 0)
    aict_load_options_set_max_items (options, (guint) opt_limits[LIMIT_ITEMS]);
  if (opt_limits[LIMIT_VALUES] != 0)
    aict_load_options_set_max_values (options, (guint) opt_limits[LIMIT_VALUES]);
  if (opt_limits[LIMIT_DEPTH] != 0)
    aict_load_options_set_max_depth (options, (guint) opt_limits[LIMIT_DEPTH]);
  if (opt_limits[LIMIT_STRING_LENGTH] != 0)
    aict_load_options_set_max_string_length (options, (gsize) opt_limits[LIMIT_STRING_LENGTH]);
  if (opt_limits[LIMIT_NAME_LENGTH] != 0)
    aict_load_options_set_max_name_length (options, (gsize) opt_limits[LIMIT_NAME_LENGTH]);
  if (opt_limits[LIMIT_MEMBERS] != 0)
    aict_load_options_set_max_members (options, (guint) opt_limits[LIMIT_MEMBERS]);
  if (opt_limits[LIMIT_NUMBER_LENGTH] != 0)
    aict_load_options_set_max_number_length (options, (guint) opt_limits[LIMIT_NUMBER_LENGTH]);

  return options;
}

AictDataset *
aict_tool_load (const char  *path,
                GError     **error)
{
  g_autoptr(AictLoadOptions) options = aict_tool_new_load_options ();
  g_autoptr(GError) local_error = NULL;
  AictDataset *dataset;

  if (aict_store_is_store_uri (path))
    dataset = aict_tool_load_revision (path, 0, &local_error);
  else if (progress_wanted ())
    dataset = load_with_progress (path, options, &local_error);
  else
    dataset = aict_dataset_new_from_file_full (path, options, &local_error);
  if (dataset != NULL)
    {
      /* The process ends with the command: the kernel takes a large
       * dataset's pages back at once, while freeing it object by object
       * takes a fifth of aict info's time on a 70 MB file.  So the tool
       * keeps a reference until exit (valgrind: "still reachable"). */
      static GPtrArray *kept_until_exit;

      if (kept_until_exit == NULL)
        kept_until_exit = g_ptr_array_new ();
      g_ptr_array_add (kept_until_exit, g_object_ref (dataset));
    }
  else
    {
      /* Say which option lifts the limit that was hit. */
      if (g_error_matches (local_error, AICT_ERROR, AICT_ERROR_LIMIT))
        g_set_error (error, AICT_ERROR, AICT_ERROR_LIMIT,
                     _("%s (see --help-load for the options that raise the limits)"),
                     local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
    }

  return dataset;
}

AictDataset *
aict_tool_load_or_report (const char *path)
{
  g_autoptr(GError) error = NULL;
  AictDataset *dataset = aict_tool_load (path, &error);

  if (dataset == NULL)
    g_printerr ("%s: %s\n", g_get_prgname (), error->message);

  return dataset;
}

/* A store URI (sqlite:PATH, file:PATH): its last revision, or revision
 * @revision when it is not 0.  A bare path is a file store. */
AictDataset *
aict_tool_load_revision (const char  *uri,
                         guint        revision,
                         GError     **error)
{
  g_autoptr(AictStore) store = aict_store_open (uri, NULL, error);
  AictDataset *dataset;

  if (store == NULL)
    return NULL;
  if (revision != 0)
    dataset = aict_store_load_revision (store, revision, NULL, error);
  else if (AICT_IS_FILE_STORE (store))
    {
      /* A file: with the load limits of the command line. */
      const char *path = aict_file_store_get_path (AICT_FILE_STORE (store));

      return aict_tool_load (path, error);
    }
  else
    dataset = aict_store_load (store, NULL, error);
  if (dataset != NULL && !aict_store_close (store, error))
    g_clear_object (&dataset);

  return dataset;
}
