/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "aict-tool.h"

/* aict export --format csv|csv-fr|xlsx: the tables of doc/tables.md.
 * aict_tool_export_tables() is what an `aict export` with more formats
 * calls for these three; the library does the work. */

gboolean
aict_tool_export_tables_handles (const char *format)
{
  return g_strcmp0 (format, "csv") == 0 || g_strcmp0 (format, "csv-fr") == 0
         || g_strcmp0 (format, "xlsx") == 0;
}

gboolean
aict_tool_export_tables (AictDataset  *dataset,
                         const char   *format,
                         const char   *table,
                         gboolean      personal,
                         const char   *output,
                         GError      **error)
{
  AictCsvFlags flags = personal ? AICT_CSV_FLAGS_PERSONAL : AICT_CSV_FLAGS_NONE;
  AictCsvDialect dialect = g_str_equal (format, "csv-fr")
                           ? AICT_CSV_DIALECT_FRENCH : AICT_CSV_DIALECT_RFC4180;

  if (g_str_equal (format, "xlsx"))
    {
      if (output == NULL || g_str_equal (output, "-"))
        {
          g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                       _("--format xlsx needs --output FILE.xlsx"));
          return FALSE;
        }
      if (table != NULL)
        {
          g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                       _("--table is for the CSV formats: a workbook holds every table"));
          return FALSE;
        }
      return aict_dataset_export_xlsx (dataset, output, flags, error);
    }

  if (table != NULL)
    {
      g_autoptr(GBytes) bytes = aict_dataset_table_to_csv (dataset, table, dialect, flags, error);
      gsize size;
      gconstpointer data;

      if (bytes == NULL)
        return FALSE;
      data = g_bytes_get_data (bytes, &size);
      if (output == NULL || g_str_equal (output, "-"))
        {
          if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
            {
              g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                           _("cannot write to standard output"));
              return FALSE;
            }
          return TRUE;
        }
      return g_file_set_contents (output, data, (gssize) size, error);
    }

  if (output == NULL || g_str_equal (output, "-"))
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("every table needs --output DIRECTORY (or give --table NAME)"));
      return FALSE;
    }
  if (g_mkdir_with_parents (output, 0777) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (output);

      g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                   _("Could not create the directory “%s”: %s"), display,
                   g_strerror (saved));
      return FALSE;
    }
  return aict_dataset_export_csv (dataset, output, dialect, flags, error);
}

static char *opt_format;
static char *opt_output;
static char *opt_table;
static gboolean opt_personal;

static const GOptionEntry entries[] = {
  { "format", 'f', 0, G_OPTION_ARG_STRING, &opt_format,
    N_("csv (RFC 4180), csv-fr (French spreadsheets: “;”, BOM, decimal comma) or xlsx"), N_("FORMAT") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("The directory of the CSV files, the workbook, or with --table a file (“-”: standard output)"), N_("PATH") },
  { "table", 't', 0, G_OPTION_ARG_STRING, &opt_table,
    N_("Only this table (actors, partnerships, partnerships_wide…)"), N_("NAME") },
  { "personal", 0, 0, G_OPTION_ARG_NONE, &opt_personal,
    N_("Also export the contact columns (address, e-mail, phone), left out by default"), NULL },
  { NULL }
};

static int
run (int    argc,
     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;

  context = g_option_context_new (_("FILE"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Export a dataset as flat tables: one CSV file per collection, or one\n"
      "XLSX workbook with a sheet per table (columns in doc/tables.md)."));
  g_option_context_set_description (context,
    _("Exit status: 0 on success, 1 if the file cannot be loaded or the\n"
      "tables written, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  if (argc != 2)
    return aict_tool_usage_error (context, argc < 2 ? _("no file given") : _("give exactly one file"));
  if (opt_format == NULL)
    return aict_tool_usage_error (context, _("give --format"));
  if (!aict_tool_export_tables_handles (opt_format))
    return aict_tool_usage_error (context, _("unknown format: use csv, csv-fr or xlsx"));

  dataset = aict_tool_load_or_report (argv[1]);
  if (dataset == NULL)
    return AICT_EXIT_FAILED;
  if (!aict_tool_export_tables (dataset, opt_format, opt_table, opt_personal,
                                opt_output, &error))
    {
      if (g_error_matches (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT))
        return aict_tool_usage_error (context, error->message);
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return AICT_EXIT_FAILED;
    }
  return AICT_EXIT_OK;
}

int
aict_tool_export (int    argc,
                  char **argv)
{
  int status = run (argc, argv);

  g_clear_pointer (&opt_format, g_free);
  g_clear_pointer (&opt_output, g_free);
  g_clear_pointer (&opt_table, g_free);
  return status;
}
