/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "aict-tool.h"
#include "aict-filter-options.h"

/* aict export: a dataset in the format of another tool.  Each format is a
 * row of the table below: its name, what it needs, and the library call
 * that writes it; adding one (csv, xlsx…) is adding a row.  What a format
 * cannot hold comes back as an AictReport, printed on stderr. */

static char *opt_format;
static char *opt_reporting_org;
static char *opt_output;
static gboolean opt_quiet;
static gboolean opt_verbose;
static char *opt_table;
static gboolean opt_personal;

static const GOptionEntry entries[] = {
  { "format", 'f', 0, G_OPTION_ARG_STRING, &opt_format,
    N_("Write FORMAT: iati (IATI 2.03 activity XML), dot (Graphviz graph of the network), csv (RFC 4180 tables), csv-fr (French spreadsheets: “;”, BOM, decimal comma) or xlsx"), N_("FORMAT") },
  { "reporting-org", 'r', 0, G_OPTION_ARG_STRING, &opt_reporting_org,
    N_("For iati: the id of the actor that publishes the file (it needs a SIREN or an IATI org-id)"), N_("ID") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write to FILE instead of standard output"), N_("FILE") },
  { "quiet", 'q', 0, G_OPTION_ARG_NONE, &opt_quiet,
    N_("Do not list on standard error what the format cannot hold"), NULL },
  { "verbose", 'v', 0, G_OPTION_ARG_NONE, &opt_verbose,
    N_("Also list the notes (dates made precise, notes left out), not only the warnings"), NULL },
  { "table", 't', 0, G_OPTION_ARG_STRING, &opt_table,
    N_("For csv and csv-fr: only this table (actors, partnerships, partnerships_wide…)"), N_("NAME") },
  { "personal", 0, 0, G_OPTION_ARG_NONE, &opt_personal,
    N_("For the tables: also export the contact columns (address, e-mail, phone), left out by default"), NULL },
  { NULL }
};

typedef struct
{
  AictDataset *dataset;
  AictFilter *filter;
  const char *reporting_org;
} Export;

/* Writes @export to @stream; sets *@report to what was not mapped (may
 * stay NULL). */
typedef gboolean (*ExportWriter) (Export         *export,
                                  GOutputStream  *stream,
                                  AictReport    **report,
                                  GError        **error);

static gboolean
write_iati (Export         *export,
            GOutputStream  *stream,
            AictReport    **report,
            GError        **error)
{
  *report = aict_dataset_export_iati (export->dataset, export->reporting_org, export->filter,
                                      NULL, stream, NULL, error);

  return *report != NULL;
}

static gboolean
write_dot (Export         *export,
           GOutputStream  *stream,
           AictReport    **report,
           GError        **error)
{
  return aict_dataset_export_dot (export->dataset, export->filter, stream, NULL, error);
}

static const struct
{
  const char *name;
  gboolean needs_reporting_org;
  ExportWriter write;
} formats[] = {
  { "iati", TRUE, write_iati },
  { "dot", FALSE, write_dot },
};

static void
print_report (AictReport *report)
{
  GListModel *issues = aict_report_get_issues (report);
  guint n = g_list_model_get_n_items (issues);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictIssue) issue = g_list_model_get_item (issues, i);
      AictSeverity severity = aict_issue_get_severity (issue);
      g_autofree char *message = g_strdup (aict_issue_get_message (issue));
      const char *label;

      if (severity == AICT_SEVERITY_INFO && !opt_verbose)
        continue;
      label = severity == AICT_SEVERITY_INFO ? _("note")
              : severity == AICT_SEVERITY_WARNING ? _("warning") : _("error");
      g_strdelimit (message, "\n\r", ' ');
      g_printerr ("%s: %s: %s: %s\n", g_get_prgname (), label,
                  aict_issue_get_path (issue) != NULL ? aict_issue_get_path (issue) : "$", message);
    }
}

static int
fail (const GError *error)
{
  g_autofree char *line = g_strdup (error->message);

  g_strdelimit (line, "\n\r", ' ');
  g_printerr ("%s: %s\n", g_get_prgname (), line);

  return AICT_EXIT_FAILED;
}

/* csv, csv-fr and xlsx: the tables of doc/tables.md, every object (the
 * filters and --reporting-org are for iati and dot). */
static int
export_tables (GOptionContext        *context,
               AictFilterOptions     *options,
               AictFilterOptionFlags  offered,
               const char            *path)
{
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  if (opt_reporting_org != NULL)
    return aict_tool_usage_error (context, _("--reporting-org applies to --format iati only"));
  if (aict_filter_options_given (options, offered))
    return aict_tool_usage_error (context, _("the filter options apply to iati and dot: the tables hold every object"));

  dataset = aict_tool_load_or_report (path);
  if (dataset == NULL)
    return AICT_EXIT_FAILED;
  if (!aict_tool_export_tables (dataset, opt_format, opt_table, opt_personal,
                                opt_output, &error))
    {
      if (g_error_matches (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT))
        return aict_tool_usage_error (context, error->message);
      return fail (error);
    }
  return AICT_EXIT_OK;
}

int
aict_tool_export (int    argc,
                  char **argv)
{
  const AictFilterOptionFlags offered = AICT_FILTER_OPTION_COUNTRY | AICT_FILTER_OPTION_THEME |
                                        AICT_FILTER_OPTION_STATUS | AICT_FILTER_OPTION_ACTOR |
                                        AICT_FILTER_OPTION_ROLE | AICT_FILTER_OPTION_PERIOD |
                                        AICT_FILTER_OPTION_TEXT;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AictFilterOptions) options = aict_filter_options_new (offered);
  g_autoptr(AictFilter) filter = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(AictReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  Export export;
  int format = -1;
  gboolean ok;

  context = g_option_context_new (_("FILE"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Write an aict/1 dataset in the format of another tool: IATI 2.03\n"
      "activity XML (one activity per partnership), or a Graphviz DOT graph\n"
      "of actors and partnerships.  What the format cannot hold is listed\n"
      "on standard error, never dropped silently."));
  g_option_context_set_description (context,
    _("The filter options select the partnerships to export.\n"
      "\n"
      "Exit status: 0 on success (even with warnings), 1 if the file cannot\n"
      "be loaded, the reporting organisation is unknown or has no usable\n"
      "identifier, or the output cannot be written, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);
  aict_filter_options_add_to (options, context, NULL, NULL);

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  if (argc != 2)
    return aict_tool_usage_error (context, argc < 2 ? _("no file given") : _("give exactly one file"));

  if (opt_format != NULL && aict_tool_export_tables_handles (opt_format))
    return export_tables (context, options, offered, argv[1]);
  if (opt_table != NULL || opt_personal)
    return aict_tool_usage_error (context, _("--table and --personal apply to csv, csv-fr and xlsx only"));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", formats[i].name);
      if (opt_format != NULL && strcmp (opt_format, formats[i].name) == 0)
        format = i;
    }
  if (opt_format == NULL)
    return aict_tool_usage_error (context, _("give the format with --format"));
  if (format < 0)
    {
      g_autofree char *shown = g_utf8_make_valid (opt_format, -1);
      g_autofree char *message = g_strdup_printf (_("unknown format “%s” (formats: %s)"), shown, names->str);

      return aict_tool_option_error ("--format", message);
    }
  if (formats[format].needs_reporting_org && opt_reporting_org == NULL)
    return aict_tool_usage_error (context, _("--format iati needs --reporting-org ID"));
  if (!formats[format].needs_reporting_org && opt_reporting_org != NULL)
    return aict_tool_usage_error (context, _("--reporting-org applies to --format iati only"));
  if (opt_quiet && opt_verbose)
    return aict_tool_usage_error (context, _("--quiet and --verbose cannot be used together"));

  filter = aict_filter_options_build (options, AICT_TYPE_PARTNERSHIP_STATUS, AICT_TYPE_ACTOR_KIND);
  if (filter == NULL)
    return AICT_EXIT_USAGE;

  dataset = aict_tool_load_or_report (argv[1]);
  if (dataset == NULL)
    return AICT_EXIT_FAILED;

  export = (Export) {
    dataset,
    aict_filter_options_given (options, offered) ? filter : NULL,
    opt_reporting_org,
  };

  if (opt_output != NULL && strcmp (opt_output, "-") != 0)
    {
      /* Written beside the target and renamed over it on success: a
       * failed export leaves the old file as it was. */
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (opt_output);
      g_autoptr(GFileOutputStream) stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      if (stream == NULL)
        return fail (error);
      ok = formats[format].write (&export, G_OUTPUT_STREAM (stream), &report, &error);
      if (!ok)
        {
          g_cancellable_cancel (abandon);
          g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
        }
      else
        ok = g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error);
    }
  else
    {
      g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();

      ok = formats[format].write (&export, memory, &report, &error)
           && g_output_stream_close (memory, NULL, &error);
      if (ok)
        {
          GMemoryOutputStream *m = G_MEMORY_OUTPUT_STREAM (memory);

          if (fwrite (g_memory_output_stream_get_data (m), 1, g_memory_output_stream_get_data_size (m), stdout)
                != g_memory_output_stream_get_data_size (m)
              || fflush (stdout) != 0)
            {
              g_printerr ("%s: %s\n", g_get_prgname (), _("cannot write to standard output"));
              return AICT_EXIT_FAILED;
            }
        }
    }

  if (!ok)
    return fail (error);
  if (report != NULL && !opt_quiet)
    print_report (report);

  return AICT_EXIT_OK;
}
