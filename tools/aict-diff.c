/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "aict-format.h"
#include "aict-tool.h"

/* aict diff and aict merge: what changed between two files, and the
 * files of several members combined into one.  The library does the work
 * (aict_dataset_diff(), AictMerge); this file only words it, and writes
 * the library's JSON as bytes. */

/* Counted nouns, by type name (the names of AictDiffEntry). */
static const struct
{
  const char *type;
  const char *one;
  const char *many;
} nouns[] = {
  { "dataset", N_("%s dataset"), N_("%s datasets") },
  { "source", N_("%s source"), N_("%s sources") },
  { "actor", N_("%s actor"), N_("%s actors") },
  { "person", N_("%s person"), N_("%s persons") },
  { "partnership", N_("%s partnership"), N_("%s partnerships") },
  { "budget", N_("%s budget line"), N_("%s budget lines") },
  { "meeting", N_("%s meeting"), N_("%s meetings") },
  { "agenda_item", N_("%s agenda item"), N_("%s agenda items") },
  { "contribution", N_("%s contribution"), N_("%s contributions") },
  { "outcome", N_("%s outcome"), N_("%s outcomes") },
};

static char *
counted (const char *type,
         guint       n)
{
  g_autofree char *number = aict_format_integer (n);

  for (guint i = 0; i < G_N_ELEMENTS (nouns); i++)
    if (strcmp (nouns[i].type, type) == 0)
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, nouns[i].one, nouns[i].many, n), number);

  return g_strdup_printf ("%s %s", number, type);
}

/* An id or a file name as given, unless it holds a control character:
 * then as a JSON string, so that it cannot rewrite the terminal. */
static char *
printable (const char *text)
{
  if (text == NULL)
    return g_strdup ("-");

  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      {
        GString *out = g_string_new ("\"");

        /* Our own escaping: json-glib's is not trusted. */
        for (const char *q = text; *q != '\0'; q++)
          {
            if ((guchar) *q < 0x20 || *q == 0x7f)
              g_string_append_printf (out, "\\u%04x", (guchar) *q);
            else if (*q == '"' || *q == '\\')
              g_string_append_printf (out, "\\%c", *q);
            else
              g_string_append_c (out, *q);
          }
        g_string_append_c (out, '"');
        return g_string_free (out, FALSE);
      }

  if (!g_utf8_validate (text, -1, NULL))
    return g_utf8_make_valid (text, -1);

  return g_strdup (text);
}

static char *
printable_take (char *text)
{
  char *result = printable (text);

  g_free (text);
  return result;
}

static gboolean
write_text (const char *text,
            gsize       length)
{
  return fwrite (text, 1, length, stdout) == length && fflush (stdout) == 0;
}

/* ---- aict diff ---- */

static gboolean opt_json;

static const GOptionEntry diff_entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the differences as JSON"), NULL },
  { NULL }
};

/* One line of the summary: "Added: 1 partnership, 2 outcomes". */
static void
print_kind (GString      *out,
            AictDiff     *diff,
            AictDiffKind  kind,
            const char   *label)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (nouns); i++)
    {
      guint n = aict_diff_count (diff, kind, nouns[i].type);
      g_autofree char *text = NULL;

      if (n == 0)
        continue;
      text = counted (nouns[i].type, n);
      if (line->len > 0)
        g_string_append (line, _(", "));
      g_string_append (line, text);
    }

  if (line->len > 0)
    g_string_append_printf (out, "%s %s\n", label, line->str);
}

/* "3 partnerships changed status": for each type, how many objects
 * changed each top member, in the order the members first come. */
static void
print_members (GString  *out,
               AictDiff *diff)
{
  for (guint t = 0; t < G_N_ELEMENTS (nouns); t++)
    {
      g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));

      for (guint i = 0; i < aict_diff_get_n_entries (diff); i++)
        {
          AictDiffEntry *entry = aict_diff_get_entry (diff, i);
          g_autoptr(GHashTable) seen = NULL;

          if (aict_diff_entry_get_kind (entry) != AICT_DIFF_CHANGED ||
              strcmp (aict_diff_entry_get_type_name (entry), nouns[t].type) != 0)
            continue;

          seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          for (guint j = 0; j < aict_diff_entry_get_n_changes (entry); j++)
            {
              const char *path = aict_diff_entry_get_change_path (entry, j);
              char *top = g_strndup (path, strcspn (path, ".["));
              guint k;

              if (!g_hash_table_add (seen, top))
                continue;
              for (k = 0; k < members->len; k++)
                if (strcmp (g_ptr_array_index (members, k), top) == 0)
                  break;
              if (k == members->len)
                {
                  guint zero = 0;

                  g_ptr_array_add (members, g_strdup (top));
                  g_array_append_val (counts, zero);
                }
              g_array_index (counts, guint, k)++;
            }
        }

      for (guint k = 0; k < members->len; k++)
        {
          guint n = g_array_index (counts, guint, k);
          g_autofree char *noun = counted (nouns[t].type, n);
          g_autofree char *member = printable (g_ptr_array_index (members, k));

          g_string_append (out, "  ");
          /* TRANSLATORS: "3 partnerships changed status": %1$s is a counted
           * noun ("3 partnerships"), %2$s the member of the format */
          g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%1$s changed %2$s",
                                                    "%1$s changed %2$s", n),
                                  noun, member);
          g_string_append_c (out, '\n');
        }
    }
}

static void
print_entry (GString       *out,
             AictDiffEntry *entry)
{
  g_autofree char *id = printable (aict_diff_entry_get_id (entry));
  const char *type = aict_diff_entry_get_type_name (entry);
  const char *sign;

  switch (aict_diff_entry_get_kind (entry))
    {
    case AICT_DIFF_ADDED: sign = "+"; break;
    case AICT_DIFF_REMOVED: sign = "-"; break;
    case AICT_DIFF_CHANGED:
    default: sign = "~"; break;
    }

  if (aict_diff_entry_get_id (entry) == NULL)
    g_string_append_printf (out, "%s %s\n", sign, type);
  else if (aict_diff_entry_get_meeting_id (entry) != NULL)
    {
      g_autofree char *meeting = printable (aict_diff_entry_get_meeting_id (entry));

      /* TRANSLATORS: a line of aict diff: the sign (+ - ~), the type of
       * the object, its id, the id of its meeting */
      g_string_append_printf (out, _("%s %s %s (meeting %s)\n"), sign, type, id, meeting);
    }
  else
    g_string_append_printf (out, "%s %s %s\n", sign, type, id);

  for (guint j = 0; j < aict_diff_entry_get_n_changes (entry); j++)
    g_string_append_printf (out, "    %s: %s → %s\n", aict_diff_entry_get_change_path (entry, j),
                            aict_diff_entry_get_change_old_value (entry, j),
                            aict_diff_entry_get_change_new_value (entry, j));
}

static int
run_diff (int    argc,
          char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AictDataset) old_dataset = NULL;
  g_autoptr(AictDataset) new_dataset = NULL;
  g_autoptr(AictDiff) diff = NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *old_name = NULL;
  g_autofree char *new_name = NULL;

  context = g_option_context_new (_("OLD NEW"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Show what changed between two aict/1 files: the objects added, removed\n"
      "and changed, and for each object changed, its members with their old\n"
      "and new values. Objects are matched by id."));
  g_option_context_set_description (context,
    _("Exit status (as diff(1)): 0 if the files hold the same data, 1 if they\n"
      "differ, 2 on trouble (a file cannot be loaded, a usage error)."));
  g_option_context_add_main_entries (context, diff_entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  aict_tool_set_json_output (opt_json);
  if (argc != 3)
    return aict_tool_usage_error (context, _("give two files: the old one and the new one"));

  old_dataset = aict_tool_load_or_report (argv[1]);
  if (old_dataset == NULL)
    return AICT_EXIT_USAGE;
  new_dataset = aict_tool_load_or_report (argv[2]);
  if (new_dataset == NULL)
    return AICT_EXIT_USAGE;

  diff = aict_dataset_diff (old_dataset, new_dataset);

  if (opt_json)
    {
      g_autofree char *json = aict_diff_to_json (diff);

      if (!write_text (json, strlen (json)))
        {
          g_printerr ("%s: %s\n", g_get_prgname (), _("cannot write to standard output"));
          return AICT_EXIT_USAGE;
        }
      return aict_diff_is_empty (diff) ? AICT_EXIT_OK : AICT_EXIT_FAILED;
    }

  old_name = printable_take (g_filename_display_name (argv[1]));
  new_name = printable_take (g_filename_display_name (argv[2]));
  out = g_string_new (NULL);
  if (aict_diff_is_empty (diff))
    g_string_append_printf (out, _("No change since %s.\n"), old_name);
  else
    {
      g_string_append_printf (out, _("Changes since %s (in %s):\n"), old_name, new_name);
      print_kind (out, diff, AICT_DIFF_ADDED, _("Added:"));
      print_kind (out, diff, AICT_DIFF_REMOVED, _("Removed:"));
      print_kind (out, diff, AICT_DIFF_CHANGED, _("Changed:"));
      print_members (out, diff);
      g_string_append_c (out, '\n');
      for (guint i = 0; i < aict_diff_get_n_entries (diff); i++)
        print_entry (out, aict_diff_get_entry (diff, i));
    }

  if (!write_text (out->str, out->len))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), _("cannot write to standard output"));
      return AICT_EXIT_USAGE;
    }

  return aict_diff_is_empty (diff) ? AICT_EXIT_OK : AICT_EXIT_FAILED;
}

int
aict_tool_diff (int    argc,
                char **argv)
{
  int status = run_diff (argc, argv);

  opt_json = FALSE;
  return status;
}

/* ---- aict merge ---- */

static char *opt_output;
static char *opt_prefer;
static gboolean opt_prefer_newer;

static const GOptionEntry merge_entries[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write the merged dataset to FILE (“-”: standard output)"), N_("FILE") },
  { "prefer", 0, 0, G_OPTION_ARG_FILENAME, &opt_prefer,
    N_("Settle conflicts with the version of FILE, one of the files merged"), N_("FILE") },
  { "prefer-newer", 0, 0, G_OPTION_ARG_NONE, &opt_prefer_newer,
    N_("Settle conflicts with the version whose sources are the most recent"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the conflicts as JSON"), NULL },
  { NULL }
};

static void
print_conflicts (GString   *out,
                 AictMerge *merge)
{
  for (guint i = 0; i < aict_merge_get_n_conflicts (merge); i++)
    {
      AictMergeConflict *conflict = aict_merge_get_conflict (merge, i);
      g_autofree char *id = printable (aict_merge_conflict_get_id (conflict));
      g_autofree char *first = printable (aict_merge_conflict_get_first_file (conflict));
      g_autofree char *other = printable (aict_merge_conflict_get_other_file (conflict));
      const char *path = aict_merge_conflict_get_path (conflict);

      g_string_append_printf (out, "  %s %s, %s\n", aict_merge_conflict_get_type_name (conflict), id,
                              path[0] != '\0' ? path : _("the whole object"));
      g_string_append_printf (out, "    %s: %s\n", first, aict_merge_conflict_get_first_value (conflict));
      g_string_append_printf (out, "    %s: %s\n", other, aict_merge_conflict_get_other_value (conflict));
      if (aict_merge_conflict_get_resolved (conflict))
        {
          g_autofree char *chosen = printable (aict_merge_conflict_get_chosen_file (conflict));

          /* TRANSLATORS: the file whose version a merge kept */
          g_string_append_printf (out, _("    kept: %s\n"), chosen);
        }
    }
}

static int
run_merge (int    argc,
           char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AictMergeOptions) options = NULL;
  g_autoptr(AictMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = NULL;
  gboolean merged;

  context = g_option_context_new (_("FILE… -o OUTPUT"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Merge aict/1 files, the files of several members of a network, into one.\n"
      "Objects are matched by id: the same object in several files is kept\n"
      "once, with the sources of every file; the same id with different\n"
      "content is a conflict, listed member by member."));
  g_option_context_set_description (context,
    _("Without --prefer or --prefer-newer, a conflict makes the merge fail and\n"
      "nothing is written.\n"
      "\n"
      "Exit status: 0 if the files were merged, 1 if a conflict was not settled\n"
      "or a file cannot be loaded or written, 2 on a usage error."));
  g_option_context_add_main_entries (context, merge_entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  aict_tool_set_json_output (opt_json);
  if (argc < 2)
    return aict_tool_usage_error (context, _("no file given"));
  if (opt_output == NULL)
    return aict_tool_usage_error (context, _("give the merged file with -o OUTPUT"));
  if (opt_prefer != NULL && opt_prefer_newer)
    return aict_tool_usage_error (context, _("--prefer and --prefer-newer cannot be used together"));
  if (opt_json && strcmp (opt_output, "-") == 0)
    return aict_tool_usage_error (context, _("--json and -o - cannot be used together"));

  options = aict_merge_options_new ();
  {
    g_autoptr(AictLoadOptions) load_options = aict_tool_new_load_options ();

    /* The merged dataset is loaded with the limits of the files. */
    aict_merge_options_set_load_options (options, load_options);
  }
  if (opt_prefer_newer)
    aict_merge_options_set_rule (options, AICT_MERGE_PREFER_NEWER);
  if (opt_prefer != NULL)
    {
      g_autofree char *wanted = g_canonicalize_filename (opt_prefer, NULL);
      int found = -1;

      /* As given, or the same path spelt otherwise (./a.json). */
      for (int i = 1; i < argc && found < 0; i++)
        if (strcmp (argv[i], opt_prefer) == 0)
          found = i - 1;
      for (int i = 1; i < argc && found < 0; i++)
        {
          g_autofree char *path = g_canonicalize_filename (argv[i], NULL);

          if (strcmp (path, wanted) == 0)
            found = i - 1;
        }
      if (found < 0)
        return aict_tool_usage_error (context, _("--prefer must name one of the files merged"));
      aict_merge_options_set_rule (options, AICT_MERGE_PREFER_FILE);
      aict_merge_options_set_preferred_file (options, (guint) found);
    }

  merge = aict_merge_new (options);
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(AictDataset) dataset = aict_tool_load_or_report (argv[i]);
      g_autofree char *name = NULL;

      if (dataset == NULL)
        return AICT_EXIT_FAILED;
      name = g_filename_display_name (argv[i]);
      aict_merge_add_dataset (merge, dataset, name);
    }

  merged = aict_merge_run (merge, &error);
  if (merged)
    {
      AictDataset *dataset = aict_merge_get_dataset (merge);

      if (strcmp (opt_output, "-") == 0)
        {
          g_autoptr(GBytes) bytes = aict_dataset_to_bytes (dataset, &error);
          gsize size;
          gconstpointer data;

          if (bytes == NULL)
            merged = FALSE;
          else
            {
              data = g_bytes_get_data (bytes, &size);
              if (!write_text (data, size))
                {
                  g_printerr ("%s: %s\n", g_get_prgname (), _("cannot write to standard output"));
                  return AICT_EXIT_FAILED;
                }
            }
        }
      else if (!aict_tool_save (dataset, opt_output, &error))
        merged = FALSE;
    }

  if (opt_json)
    {
      g_autofree char *json = aict_merge_to_json (merge);

      if (!write_text (json, strlen (json)))
        {
          g_printerr ("%s: %s\n", g_get_prgname (), _("cannot write to standard output"));
          return AICT_EXIT_FAILED;
        }
    }
  else
    {
      FILE *stream = strcmp (opt_output, "-") == 0 ? stderr : stdout;
      guint n = aict_merge_get_n_conflicts (merge);

      out = g_string_new (NULL);
      if (merged && strcmp (opt_output, "-") != 0)
        {
          g_autofree char *target = printable_take (g_filename_display_name (opt_output));
          g_autofree char *files = aict_format_integer (argc - 1);

          g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "Merged %s file into %s.\n",
                                                    "Merged %s files into %s.\n", argc - 1),
                                  files, target);
        }
      if (n > 0)
        {
          g_autofree char *count = aict_format_integer (n);

          g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s conflict:\n",
                                                    "%s conflicts:\n", n), count);
          print_conflicts (out, merge);
        }
      if (fwrite (out->str, 1, out->len, stream) != out->len || fflush (stream) != 0)
        return AICT_EXIT_FAILED;
    }

  if (!merged)
    {
      g_autofree char *line = g_strdup (error->message);

      g_strdelimit (line, "\n\r", ' ');
      g_printerr ("%s: %s\n", g_get_prgname (), line);
      return AICT_EXIT_FAILED;
    }

  return AICT_EXIT_OK;
}

int
aict_tool_merge (int    argc,
                 char **argv)
{
  int status = run_merge (argc, argv);

  g_clear_pointer (&opt_output, g_free);
  g_clear_pointer (&opt_prefer, g_free);
  opt_prefer_newer = FALSE;
  opt_json = FALSE;
  return status;
}
