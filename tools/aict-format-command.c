/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "aict-tool.h"

/* aict format: re-save a file through the library, so that it holds the
 * bytes libaict writes (doc/format.md, "Order of output").  The library
 * does all the work: what "canonical" means is aict_dataset_to_bytes(),
 * and aict_dataset_save_to_file() writes atomically. */

static gboolean opt_check;
static char *opt_output;
static int opt_revision;

static const GOptionEntry entries[] = {
  { "revision", 'r', 0, G_OPTION_ARG_INT, &opt_revision,
    N_("Write revision N of the store (with a store URI and --output)"), N_("N") },
  { "check", 0, 0, G_OPTION_ARG_NONE, &opt_check,
    N_("Write nothing; exit with status 1 if the file is not in canonical form"), NULL },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write to FILE (“-”: standard output) instead of in place"), N_("FILE") },
  { NULL }
};

/* One line on stderr, "aict format: …": a load error's message can hold
 * a newline only through a bug, but a script reading our stderr should
 * never have to care. */
static int
fail (const char *message)
{
  g_autofree char *line = g_strdup (message);

  g_strdelimit (line, "\n\r", ' ');
  g_printerr ("%s: %s\n", g_get_prgname (), line);

  return AICT_EXIT_FAILED;
}

static int
run (int    argc,
     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(GBytes) canonical = NULL;
  g_autofree char *original = NULL;
  g_autofree char *display = NULL;
  g_autofree char *target = NULL;
  const char *path;
  gsize original_length = 0;
  gboolean unchanged;
  gboolean store;

  context = g_option_context_new (_("FILE"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Rewrite an aict/1 file in canonical form, the bytes libaict writes:\n"
      "members in the order of the format, two-space indent, one member per\n"
      "line. The file is replaced atomically, and only if it changes."));
  g_option_context_set_description (context,
    _("A file that cannot be loaded is refused and left as it is.\n"
      "\n"
      "Exit status: 0 on success (with --check: the file is canonical), 1 if\n"
      "the file cannot be loaded or written (with --check: it would change),\n"
      "2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  if (argc != 2)
    return aict_tool_usage_error (context, argc < 2 ? _("no file given") : _("give exactly one file"));
  if (opt_check && opt_output != NULL)
    return aict_tool_usage_error (context, _("--check and --output cannot be used together"));

  path = argv[1];
  display = g_filename_display_name (path);
  store = aict_store_is_store_uri (path);
  if (opt_revision < 0)
    return aict_tool_usage_error (context, _("--revision: give a revision number, from 1"));
  if (opt_revision > 0 && !store)
    return aict_tool_usage_error (context, _("--revision needs a store URI (sqlite:PATH)"));
  /* A store is not rewritten in place: its revisions are written out. */
  if (store && opt_output == NULL)
    return aict_tool_usage_error (context, _("a store URI needs --output FILE (“-”: standard output)"));

  /* Loading first: the loader bounds the size of what it reads. */
  if (store)
    dataset = aict_tool_load_revision (path, (guint) opt_revision, &error);
  else
    dataset = aict_tool_load (path, &error);
  if (dataset == NULL)
    return fail (error->message);

  canonical = aict_dataset_to_bytes (dataset, &error);
  if (canonical == NULL)
    return fail (error->message);

  if (store)
    unchanged = FALSE;
  else
    {
      if (!g_file_get_contents (path, &original, &original_length, &error))
        return fail (error->message);
      unchanged = original_length == g_bytes_get_size (canonical) &&
                  memcmp (original, g_bytes_get_data (canonical, NULL), original_length) == 0;
    }

  if (opt_check)
    {
      if (unchanged)
        return AICT_EXIT_OK;

      g_printerr (_("%s: %s is not in canonical form; “aict format” would rewrite it\n"),
                  g_get_prgname (), display);
      return AICT_EXIT_FAILED;
    }

  if (opt_output != NULL && strcmp (opt_output, "-") == 0)
    {
      gsize size;
      gconstpointer data = g_bytes_get_data (canonical, &size);

      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        return fail (_("cannot write to standard output"));
      return AICT_EXIT_OK;
    }

  if (opt_output != NULL)
    target = g_strdup (opt_output);
  else
    {
      /* Nothing to do: leave the file, and its modification time, alone. */
      if (unchanged)
        return AICT_EXIT_OK;

      /* In place through a symbolic link: rewrite what it points to and
       * keep the link (the library replaces a link by a regular file). */
      target = realpath (path, NULL);
      if (target == NULL)
        target = g_strdup (path);
    }

  if (!aict_tool_save (dataset, target, &error))
    return fail (error->message);

  return AICT_EXIT_OK;
}

int
aict_tool_format (int    argc,
                  char **argv)
{
  int status = run (argc, argv);

  /* The option parser allocated it; valgrind runs of the tool stay clean. */
  g_clear_pointer (&opt_output, g_free);
  opt_revision = 0;

  return status;
}
