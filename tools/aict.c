/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "aict-tool.h"

/* aict: the command-line face of libaict.  Every answer comes from the
 * library; this file only dispatches on argv[1], in the manner of gio(1). */

static const struct
{
  const char *name;
  AictToolCommand run;
  const char *summary;
} commands[] = {
  { "validate", aict_tool_validate, N_("Check files against the aict/1 format and its rules") },
  { "info", aict_tool_info, N_("Summarise a dataset: counts, dates, countries, budgets") },
  { "list", aict_tool_list, N_("List the partnerships, actors, actions… that match filters") },
  { "show", aict_tool_show, N_("Show one object by its id, with the objects it names") },
  { "budget", aict_tool_budget, N_("Add up budget lines by actor, year, country, funder…") },
  { "overlaps", aict_tool_overlaps, N_("Find where local authorities could pool their work") },
  { "actions", aict_tool_actions, N_("List the follow-up actions of meetings, by owner") },
  { "report", aict_tool_report, N_("Write a Markdown synthesis of a dataset or of one actor") },
  { "format", aict_tool_format, N_("Rewrite a file in canonical form, or --check that it is") },
  { "export", aict_tool_export, N_("Write IATI 2.03 XML, a Graphviz graph, CSV tables or XLSX") },
  { "diff", aict_tool_diff, N_("Show what changed between two files") },
  { "merge", aict_tool_merge, N_("Merge the files of several members into one") },
  { "log", aict_tool_log, N_("List the revisions of a store (sqlite:PATH)") },
  { "import", aict_tool_import_any, N_("Read CSV tables, or save a file into a store as a revision") },
  { "dormant", aict_tool_dormant, N_("List active partnerships with no sign of life for years") },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage:"));
  /* TRANSLATORS: the words in capitals are placeholders */
  fprintf (out, "  %s\n\n", _("aict COMMAND [OPTION…] FILE…"));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Use “aict help COMMAND” or “aict COMMAND --help” for the options of a command."));
}

int
aict_tool_usage_error (GOptionContext *context,
                       const char     *message)
{
  g_autofree char *help = NULL;

  g_printerr ("%s: %s\n", g_get_prgname (), message);
  help = g_option_context_get_help (context, TRUE, NULL);
  g_printerr ("\n%s", help);

  return AICT_EXIT_USAGE;
}

gboolean
aict_tool_parse (GOptionContext *context,
                 int            *argc,
                 char         ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      aict_tool_usage_error (context, error->message);
      return FALSE;
    }

  return TRUE;
}

const char *
aict_tool_enum_nick (GType type,
                     int   value)
{
  GEnumClass *klass = g_type_class_peek (type);
  GEnumValue *enum_value;

  if (klass == NULL)
    klass = g_type_class_ref (type);   /* kept for the process */

  enum_value = g_enum_get_value (klass, value);
  return enum_value != NULL ? enum_value->value_nick : "unknown";
}

char *
aict_tool_pad (const char *text,
               guint       width)
{
  glong length = g_utf8_strlen (text, -1);
  GString *padded = g_string_new (text);

  for (glong i = length; i < (glong) width; i++)
    g_string_append_c (padded, ' ');

  return g_string_free (padded, FALSE);
}

void
aict_tool_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autoptr(GString) escaped = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);

  /* json-glib 1.6 leaves U+001F raw in strings, which makes the document
   * invalid JSON.  Its layout uses no control character but the newline,
   * and it writes a newline inside a string as \n: so any other control
   * byte in @text is inside a string, and is escaped here. */
  escaped = g_string_sized_new (length + 1);
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) text[i];

      if (c < 0x20 && c != '\n')
        g_string_append_printf (escaped, "\\u%04x", c);
      else
        g_string_append_c (escaped, (char) c);
    }

  /* Bytes, not g_print(): g_print() converts to the locale's charset, and
   * in the C locale of "env -i" that turns every é into "?".  JSON is
   * UTF-8 whatever the locale (RFC 8259, section 8.1).  A failed write is
   * seen by main()'s check of stdout. */
  fwrite (escaped->str, 1, escaped->len, stdout);
  fputc ('\n', stdout);
}

static int
run_command (const char  *name,
             int          argc,
             char       **argv)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (commands[i].name, name) == 0)
      {
        g_autofree char *prgname = g_strconcat ("aict ", name, NULL);

        g_set_prgname (prgname);
        return commands[i].run (argc, argv);
      }

  g_printerr (_("aict: unknown command “%s”\n\n"), name);
  print_usage (stderr);

  return AICT_EXIT_USAGE;
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("AICT_LOCALEDIR") != NULL ?
                  g_getenv ("AICT_LOCALEDIR") : AICT_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("aict");

  if (argc < 2)
    {
      print_usage (stderr);
      return AICT_EXIT_USAGE;
    }

  if (strcmp (argv[1], "--version") == 0 || strcmp (argv[1], "version") == 0)
    {
      g_print ("aict %s (libaict %s)\n", PACKAGE_VERSION, aict_get_version_string ());
      return AICT_EXIT_OK;
    }

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
    {
      print_usage (stdout);
      return AICT_EXIT_OK;
    }

  if (strcmp (argv[1], "help") == 0)
    {
      char *help_argv[] = { NULL, (char *) "--help", NULL };

      if (argc < 3)
        {
          print_usage (stdout);
          return AICT_EXIT_OK;
        }
      help_argv[0] = argv[2];
      return run_command (argv[2], 2, help_argv);
    }

  status = run_command (argv[1], argc - 1, argv + 1);

  /* A full disk or a closed pipe: say so, and do not exit 0 on output that
   * did not reach its reader. */
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), _("cannot write to standard output"));
      if (status == AICT_EXIT_OK)
        status = AICT_EXIT_FAILED;
    }

  return status;
}
