/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "aict-tool.h"

/* aict log STORE: the revisions of a store.
 * aict import FILE STORE: a file saved into a store as a new revision.
 * Both go through the library's AictStore (doc/store.md). */

static int
fail (const char *message)
{
  g_autofree char *line = g_strdup (message);

  g_strdelimit (line, "\n\r", ' ');
  g_printerr ("%s: %s\n", g_get_prgname (), line);

  return AICT_EXIT_FAILED;
}

static gboolean opt_json;

static const GOptionEntry log_entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL },
  { NULL }
};

static char *
time_text (AictRevision *revision)
{
  GDateTime *time = aict_revision_get_time (revision);

  return time != NULL ? g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

/* One line of text for the terminal: controls shown escaped. */
static char *
one_line (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 || *p == 0x7f)
        g_string_append_printf (out, "\\x%02x", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
print_json (GListModel *revisions)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (revisions); i++)
    {
      g_autoptr(AictRevision) revision = g_list_model_get_item (revisions, i);
      g_autofree char *time = time_text (revision);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "number");
      json_builder_add_int_value (builder, aict_revision_get_number (revision));
      json_builder_set_member_name (builder, "time");
      if (time != NULL)
        json_builder_add_string_value (builder, time);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "author");
      if (aict_revision_get_author (revision) != NULL)
        json_builder_add_string_value (builder, aict_revision_get_author (revision));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "message");
      if (aict_revision_get_message (revision) != NULL)
        json_builder_add_string_value (builder, aict_revision_get_message (revision));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "added");
      json_builder_add_int_value (builder, aict_revision_get_n_added (revision));
      json_builder_set_member_name (builder, "modified");
      json_builder_add_int_value (builder, aict_revision_get_n_modified (revision));
      json_builder_set_member_name (builder, "removed");
      json_builder_add_int_value (builder, aict_revision_get_n_removed (revision));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  aict_tool_print_json (builder);
}

static int
run_log (int    argc,
         char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AictStore) store = NULL;
  g_autoptr(GListModel) revisions = NULL;

  context = g_option_context_new (_("STORE"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("List the revisions of a store, oldest first: number, time (UTC),\n"
      "author, objects added/modified/removed, message. STORE is a URI:\n"
      "sqlite:PATH, or file:PATH or a path for an aict/1 file (one revision)."));
  g_option_context_add_main_entries (context, log_entries, GETTEXT_PACKAGE);

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  if (argc != 2)
    return aict_tool_usage_error (context, argc < 2 ? _("no store given") : _("give exactly one store"));
  aict_tool_set_json_output (opt_json);

  store = aict_store_open (argv[1], NULL, &error);
  if (store == NULL)
    return fail (error->message);
  revisions = aict_store_list_revisions (store, &error);
  if (revisions == NULL)
    return fail (error->message);

  if (opt_json)
    print_json (revisions);
  else
    for (guint i = 0; i < g_list_model_get_n_items (revisions); i++)
      {
        g_autoptr(AictRevision) revision = g_list_model_get_item (revisions, i);
        g_autofree char *time = time_text (revision);
        g_autofree char *author = one_line (aict_revision_get_author (revision));
        g_autofree char *message = one_line (aict_revision_get_message (revision));

        printf ("%u  %s  %s  +%u ~%u -%u  %s\n", aict_revision_get_number (revision),
                time != NULL ? time : "-", author[0] != '\0' ? author : "-",
                aict_revision_get_n_added (revision), aict_revision_get_n_modified (revision),
                aict_revision_get_n_removed (revision), message);
      }

  if (!aict_store_close (store, &error))
    return fail (error->message);

  return AICT_EXIT_OK;
}

int
aict_tool_log (int    argc,
               char **argv)
{
  int status = run_log (argc, argv);

  opt_json = FALSE;
  return status;
}

static char *opt_author;
static char *opt_message;

static const GOptionEntry import_entries[] = {
  { "author", 'a', 0, G_OPTION_ARG_STRING, &opt_author, N_("Who makes the revision"), N_("NAME") },
  { "message", 'm', 0, G_OPTION_ARG_STRING, &opt_message, N_("Why, in a sentence"), N_("TEXT") },
  { NULL }
};

static int
run_import (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AictStore) store = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  guint revision;

  context = g_option_context_new (_("FILE STORE"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Save the dataset of FILE (a path or a store URI) into STORE (sqlite:PATH,\n"
      "created if missing) as a new revision: only the objects that differ\n"
      "from the store's last revision are written. A dataset with validation\n"
      "errors is refused. Prints the number of the revision."));
  g_option_context_add_main_entries (context, import_entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  if (argc != 3)
    return aict_tool_usage_error (context, _("give a file and a store"));
  if (opt_author != NULL && !g_utf8_validate (opt_author, -1, NULL))
    return aict_tool_usage_error (context, _("--author is not valid UTF-8"));
  if (opt_message != NULL && !g_utf8_validate (opt_message, -1, NULL))
    return aict_tool_usage_error (context, _("--message is not valid UTF-8"));

  dataset = aict_tool_load (argv[1], &error);
  if (dataset == NULL)
    return fail (error->message);
  store = aict_store_open (argv[2], NULL, &error);
  if (store == NULL)
    return fail (error->message);
  revision = aict_store_save (store, dataset, opt_author, opt_message, NULL, &error);
  if (revision == 0)
    return fail (error->message);
  if (!aict_store_close (store, &error))
    return fail (error->message);

  printf ("%u\n", revision);

  return AICT_EXIT_OK;
}

int
aict_tool_import (int    argc,
                  char **argv)
{
  int status = run_import (argc, argv);

  g_clear_pointer (&opt_author, g_free);
  g_clear_pointer (&opt_message, g_free);
  return status;
}
