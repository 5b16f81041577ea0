/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "aict-tool.h"

/* aict validate: load each file, validate it, print every issue. */

static gboolean opt_json;
static gboolean opt_quiet;
static char *opt_date;

static const GOptionEntry entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the result as JSON on standard output"), NULL },
  { "quiet", 'q', 0, G_OPTION_ARG_NONE, &opt_quiet, N_("Print only errors, not warnings"), NULL },
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("Judge dates as of DATE instead of today"), N_("YYYY-MM-DD") },
  { NULL }
};

/* Returns TRUE if @path loaded and has no error. */
static gboolean
validate_one (const char  *path,
              GDate       *today,
              JsonBuilder *builder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(AictReport) report = NULL;
  g_autofree char *display = g_filename_display_name (path);
  guint n;

  dataset = aict_tool_load (path, &error);

  if (builder != NULL)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, display);
      json_builder_set_member_name (builder, "loaded");
      json_builder_add_boolean_value (builder, dataset != NULL);
    }

  if (dataset == NULL)
    {
      if (builder != NULL)
        {
          json_builder_set_member_name (builder, "valid");
          json_builder_add_boolean_value (builder, FALSE);
          json_builder_set_member_name (builder, "error");
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "code");
          json_builder_add_string_value (builder, error->domain == AICT_ERROR ?
                                         aict_tool_enum_nick (AICT_TYPE_ERROR, error->code) : "failed");
          json_builder_set_member_name (builder, "message");
          json_builder_add_string_value (builder, error->message);
          json_builder_end_object (builder);
          json_builder_end_object (builder);
        }
      else
        g_printerr ("%s\n", error->message);

      return FALSE;
    }

  report = aict_dataset_validate_at (dataset, today);
  n = g_list_model_get_n_items (G_LIST_MODEL (report));

  if (builder != NULL)
    {
      json_builder_set_member_name (builder, "valid");
      json_builder_add_boolean_value (builder, aict_report_is_valid (report));
      json_builder_set_member_name (builder, "errors");
      json_builder_add_int_value (builder, aict_report_get_n_errors (report));
      json_builder_set_member_name (builder, "warnings");
      json_builder_add_int_value (builder, aict_report_get_n_warnings (report));
      json_builder_set_member_name (builder, "issues");
      json_builder_begin_array (builder);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictIssue) issue = g_list_model_get_item (G_LIST_MODEL (report), i);
      AictSeverity severity = aict_issue_get_severity (issue);
      const char *object_id = aict_issue_get_object_id (issue);

      if (opt_quiet && severity != AICT_SEVERITY_ERROR)
        continue;

      if (builder != NULL)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "severity");
          json_builder_add_string_value (builder, aict_tool_enum_nick (AICT_TYPE_SEVERITY, severity));
          json_builder_set_member_name (builder, "code");
          json_builder_add_string_value (builder, aict_issue_get_code (issue));
          json_builder_set_member_name (builder, "path");
          json_builder_add_string_value (builder, aict_issue_get_path (issue));
          json_builder_set_member_name (builder, "object_id");
          if (object_id != NULL)
            json_builder_add_string_value (builder, object_id);
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "message");
          json_builder_add_string_value (builder, aict_issue_get_message (issue));
          json_builder_end_object (builder);
        }
      else
        {
          /* file: path: severity [code] (id) message — one line, grep-able */
          g_print ("%s: %s: %s [%s]%s%s%s %s\n", display, aict_issue_get_path (issue),
                   aict_severity_get_label (severity, NULL), aict_issue_get_code (issue),
                   object_id != NULL ? " (" : "", object_id != NULL ? object_id : "",
                   object_id != NULL ? ")" : "", aict_issue_get_message (issue));
        }
    }

  if (builder != NULL)
    {
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  else
    {
      guint errors = aict_report_get_n_errors (report);
      guint warnings = aict_report_get_n_warnings (report);
      g_autofree char *errors_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", errors), errors);
      g_autofree char *warnings_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings), warnings);

      g_print (aict_report_is_valid (report) ? _("%s: valid (%s, %s)\n") : _("%s: invalid (%s, %s)\n"),
               display, errors_text, warnings_text);
    }

  return aict_report_is_valid (report);
}

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  g_autoptr(AictPartialDate) partial = aict_partial_date_parse (text, NULL);
  g_autoptr(GDate) first = NULL;

  if (partial == NULL || aict_partial_date_get_precision (partial) != AICT_DATE_PRECISION_DAY)
    return FALSE;

  first = aict_partial_date_get_first_day (partial);
  *date = *first;
  return TRUE;
}

int
aict_tool_validate (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GDateTime) now = NULL;
  gboolean all_valid = TRUE;
  GDate today;

  context = g_option_context_new (_("FILE…"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Check aict/1 files: that they load, and every rule of the format."));
  g_option_context_set_description (context,
    _("Exit status: 0 if every file is valid (warnings allowed), 1 if a file\n"
      "could not be loaded or has an error, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  aict_tool_set_json_output (opt_json);

  if (argc < 2)
    return aict_tool_usage_error (context, _("no file given"));

  g_date_clear (&today, 1);
  if (opt_date != NULL)
    {
      if (!parse_date (opt_date, &today))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a date YYYY-MM-DD"), opt_date);
          return aict_tool_usage_error (context, message);
        }
    }
  else
    {
      now = g_date_time_new_now_local ();
      g_date_set_dmy (&today, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
    }

  if (opt_json)
    {
      builder = json_builder_new ();
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "files");
      json_builder_begin_array (builder);
    }

  for (int i = 1; i < argc; i++)
    if (!validate_one (argv[i], &today, builder))
      all_valid = FALSE;

  if (opt_json)
    {
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "valid");
      json_builder_add_boolean_value (builder, all_valid);
      json_builder_end_object (builder);
      aict_tool_print_json (builder);
    }

  return all_valid ? AICT_EXIT_OK : AICT_EXIT_FAILED;
}
