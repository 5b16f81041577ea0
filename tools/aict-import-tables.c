/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "aict-tool.h"

/* aict import --format csv|csv-fr FILE.csv…: the tables of doc/tables.md
 * into a new dataset or a copy of --into, written to --output.  All or
 * nothing: the library checks every cell first and loads the result as
 * aict/1. */

static char *opt_format;
static char *opt_output;
static char *opt_into;
static gboolean opt_dry_run;
static gboolean opt_json;

static const GOptionEntry entries[] = {
  { "format", 'f', 0, G_OPTION_ARG_STRING, &opt_format,
    N_("csv or csv-fr (default: detected for each file)"), N_("FORMAT") },
  { "into", 'i', 0, G_OPTION_ARG_FILENAME, &opt_into,
    N_("Import into a copy of this dataset (objects matched by id)"), N_("DATASET") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write the result to FILE (“-”: standard output)"), N_("FILE") },
  { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &opt_dry_run,
    N_("Check and say what would change; write nothing"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json,
    N_("Print what changed as JSON"), NULL },
  { NULL }
};

static void
print_result (AictImportResult *result)
{
  guint n = aict_import_result_get_n_items (result);

  if (opt_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "dry_run");
      json_builder_add_boolean_value (builder, opt_dry_run);
      json_builder_set_member_name (builder, "added");
      json_builder_add_int_value (builder, aict_import_result_count (result, AICT_IMPORT_CHANGE_ADDED));
      json_builder_set_member_name (builder, "updated");
      json_builder_add_int_value (builder, aict_import_result_count (result, AICT_IMPORT_CHANGE_UPDATED));
      json_builder_set_member_name (builder, "unchanged");
      json_builder_add_int_value (builder, aict_import_result_count (result, AICT_IMPORT_CHANGE_UNCHANGED));
      json_builder_set_member_name (builder, "items");
      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          const char *id = aict_import_result_get_item_id (result, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "table");
          json_builder_add_string_value (builder, aict_import_result_get_item_table (result, i));
          json_builder_set_member_name (builder, "id");
          if (id != NULL)
            json_builder_add_string_value (builder, id);
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "change");
          json_builder_add_string_value (builder,
            aict_tool_enum_nick (AICT_TYPE_IMPORT_CHANGE, aict_import_result_get_item_change (result, i)));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      aict_tool_print_json (builder);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      AictImportChange change = aict_import_result_get_item_change (result, i);
      const char *id = aict_import_result_get_item_id (result, i);
      const char *word = change == AICT_IMPORT_CHANGE_ADDED ? _("added")
                         : change == AICT_IMPORT_CHANGE_UPDATED ? _("updated")
                         : _("unchanged");

      g_print ("%s %s %s\n", word, aict_import_result_get_item_table (result, i),
               id != NULL ? id : "");
    }
  /* TRANSLATORS: the counts of an import; the first %s is "Dry run: " or empty */
  g_print (_("%s%u added, %u updated, %u unchanged\n"),
           opt_dry_run ? _("Dry run: ") : "",
           aict_import_result_count (result, AICT_IMPORT_CHANGE_ADDED),
           aict_import_result_count (result, AICT_IMPORT_CHANGE_UPDATED),
           aict_import_result_count (result, AICT_IMPORT_CHANGE_UNCHANGED));
}

static int
run (int    argc,
     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) into = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(AictImportResult) result = NULL;
  AictCsvDialect dialect = AICT_CSV_DIALECT_AUTO;

  context = g_option_context_new (_("FILE.csv…"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Import CSV tables (named after their table: actors.csv,\n"
      "participants.csv…, columns in doc/tables.md) into a new dataset or a\n"
      "copy of --into, matching objects by id."));
  g_option_context_set_description (context,
    _("All or nothing: on any bad cell, every one is reported as\n"
      "FILE:ROW:COLUMN: what, and nothing is written.\n"
      "\n"
      "Exit status: 0 on success, 1 if the import fails, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  if (argc < 2)
    return aict_tool_usage_error (context, _("no file given"));
  if (opt_format != NULL && g_str_equal (opt_format, "csv"))
    dialect = AICT_CSV_DIALECT_RFC4180;
  else if (opt_format != NULL && g_str_equal (opt_format, "csv-fr"))
    dialect = AICT_CSV_DIALECT_FRENCH;
  else if (opt_format != NULL)
    return aict_tool_usage_error (context, _("unknown format: use csv or csv-fr"));
  if (opt_output == NULL && !opt_dry_run)
    return aict_tool_usage_error (context, _("give --output FILE, or --dry-run"));
  if (opt_json || (opt_output != NULL && g_str_equal (opt_output, "-")))
    aict_tool_set_json_output (TRUE);

  if (opt_into != NULL)
    {
      into = aict_tool_load_or_report (opt_into);
      if (into == NULL)
        return AICT_EXIT_FAILED;
      dataset = aict_dataset_import_csv (into, (const char * const *) argv + 1, dialect,
                                         NULL, &result, &error);
    }
  else
    dataset = aict_dataset_new_from_csv ((const char * const *) argv + 1, dialect,
                                         NULL, &result, &error);
  if (dataset == NULL)
    {
      g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        g_printerr ("%s: %s\n", g_get_prgname (), lines[i]);
      return AICT_EXIT_FAILED;
    }

  if (!opt_dry_run)
    {
      if (g_str_equal (opt_output, "-"))
        {
          g_autoptr(GBytes) bytes = aict_dataset_to_bytes (dataset, &error);
          gsize size;
          gconstpointer data;

          if (bytes == NULL)
            {
              g_printerr ("%s: %s\n", g_get_prgname (), error->message);
              return AICT_EXIT_FAILED;
            }
          data = g_bytes_get_data (bytes, &size);
          if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
            {
              g_printerr ("%s: %s\n", g_get_prgname (), _("cannot write to standard output"));
              return AICT_EXIT_FAILED;
            }
          return AICT_EXIT_OK;
        }
      if (!aict_tool_save (dataset, opt_output, &error))
        {
          g_printerr ("%s: %s\n", g_get_prgname (), error->message);
          return AICT_EXIT_FAILED;
        }
    }
  print_result (result);
  return AICT_EXIT_OK;
}

int
aict_tool_import_tables (int    argc,
                         char **argv)
{
  int status = run (argc, argv);

  g_clear_pointer (&opt_format, g_free);
  g_clear_pointer (&opt_output, g_free);
  g_clear_pointer (&opt_into, g_free);
  return status;
}

/* aict import has two jobs: CSV tables into a dataset (--format csv,
 * --into, --dry-run, or a FILE.csv), and an aict/1 file into a store
 * (FILE STORE --author --message).  The arguments tell them apart before
 * either parses them. */
int
aict_tool_import_any (int    argc,
                      char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (strcmp (arg, "--") == 0)
        break;
      if (g_str_has_prefix (arg, "--format") || strcmp (arg, "-f") == 0
          || g_str_has_prefix (arg, "--into") || strcmp (arg, "-i") == 0
          || strcmp (arg, "--dry-run") == 0 || strcmp (arg, "-n") == 0)
        return aict_tool_import_tables (argc, argv);
      if (arg[0] != '-' && strlen (arg) > 4
          && g_ascii_strcasecmp (arg + strlen (arg) - 4, ".csv") == 0)
        return aict_tool_import_tables (argc, argv);
    }
  return aict_tool_import (argc, argv);
}
