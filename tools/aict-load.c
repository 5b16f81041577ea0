/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "aict-tool.h"

/* The load limits every command that reads a dataset accepts.  The
 * library's defaults are meant for files from anywhere (8 MiB, 100 000
 * items per array, a million values); a trusted larger file is loaded by
 * raising them, never by switching them off. */

static guint64 opt_max_file_size;
static guint64 opt_max_items;
static guint64 opt_max_values;

static gboolean
parse_count (const char  *option,
             const char  *value,
             guint64      max,
             guint64     *out,
             GError     **error)
{
  guint64 number = 0;
  guint64 unit = 1;
  g_autofree char *digits = g_strdup (value);
  gsize length = strlen (digits);

  /* Sizes may end in K, M or G (powers of 1024). */
  if (length > 0 && g_strcmp0 (option, "--max-file-size") == 0)
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
  if (g_strcmp0 (option, "--max-file-size") == 0)
    return parse_count (option, value, G_GUINT64_CONSTANT (1) << 30, &opt_max_file_size, error);
  if (g_strcmp0 (option, "--max-items") == 0)
    return parse_count (option, value, G_MAXUINT, &opt_max_items, error);

  return parse_count (option, value, G_MAXUINT, &opt_max_values, error);
}

static const GOptionEntry load_entries[] = {
  { "max-file-size", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) on_option,
    N_("Load files of up to SIZE bytes (K, M, G suffixes; default 8M, at most 1G)"), N_("SIZE") },
  { "max-items", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) on_option,
    N_("Allow N items in one array (default 100000)"), N_("N") },
  { "max-values", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) on_option,
    N_("Allow N JSON values in a file (default 1000000)"), N_("N") },
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

AictLoadOptions *
aict_tool_new_load_options (void)
{
  AictLoadOptions *options = aict_load_options_new ();

  if (opt_max_file_size != 0)
    aict_load_options_set_max_file_size (options, (gsize) opt_max_file_size);
  if (opt_max_items != 0)
    aict_load_options_set_max_items (options, (guint) opt_max_items);
  if (opt_max_values != 0)
    aict_load_options_set_max_values (options, (guint) opt_max_values);

  return options;
}

AictDataset *
aict_tool_load (const char  *path,
                GError     **error)
{
  g_autoptr(AictLoadOptions) options = aict_tool_new_load_options ();
  g_autoptr(GError) local_error = NULL;
  AictDataset *dataset;

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
