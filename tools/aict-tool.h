/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <aict/aict.h>

G_BEGIN_DECLS

/* Exit codes of every command, documented in doc/aict.rst. */
enum
{
  AICT_EXIT_OK = 0,
  AICT_EXIT_FAILED = 1,   /* invalid data, or the operation failed */
  AICT_EXIT_USAGE = 2,
};

/* One command: parses its own options from argv (argv[0] is the command
 * name) and returns an exit code. */
typedef int (*AictToolCommand) (int argc, char **argv);

int   aict_tool_validate   (int argc, char **argv);
int   aict_tool_info       (int argc, char **argv);
int   aict_tool_show       (int argc, char **argv);
int   aict_tool_list       (int argc, char **argv);
int   aict_tool_budget     (int argc, char **argv);
int   aict_tool_overlaps   (int argc, char **argv);
int   aict_tool_actions    (int argc, char **argv);
int   aict_tool_format     (int argc, char **argv);
int   aict_tool_report     (int argc, char **argv);
int   aict_tool_export     (int argc, char **argv);
int   aict_tool_diff       (int argc, char **argv);
int   aict_tool_merge      (int argc, char **argv);
int   aict_tool_log        (int argc, char **argv);
int   aict_tool_import     (int argc, char **argv);
/* aict import: CSV tables (aict_tool_import_tables) or a file into a
 * store (aict_tool_import), told apart by the arguments. */
int   aict_tool_import_any (int argc, char **argv);
int   aict_tool_dormant    (int argc, char **argv);
int   aict_tool_export     (int argc, char **argv);
int   aict_tool_import_tables (int argc, char **argv);

/* The formats csv, csv-fr and xlsx of `aict export` (aict-export-tables.c):
 * @table NULL for every table (@output a directory, or the workbook). */
gboolean aict_tool_export_tables_handles (const char *format);
gboolean aict_tool_export_tables (AictDataset  *dataset,
                                  const char   *format,
                                  const char   *table,
                                  gboolean      personal,
                                  const char   *output,
                                  GError      **error);

/* The load-limit options (--max-file-size, --max-depth… one per limit of
 * AictLoadOptions), as a group of @context, and the loader that applies them
 * (aict-load.c): every command that reads a dataset uses both. */
void         aict_tool_add_load_options (GOptionContext *context);
AictDataset *aict_tool_load             (const char     *path,
                                         GError        **error);
/* Revision @revision (0: the last) of the store at @uri (aict-load.c);
 * aict_tool_load() takes store URIs too. */
AictDataset *aict_tool_load_revision    (const char     *uri,
                                         guint           revision,
                                         GError        **error);
/* The load options the command line asked for (aict_tool_load() uses
 * them). */
AictLoadOptions *aict_tool_new_load_options (void);
/* aict_tool_load(), the error on one line of stderr ("aict CMD: …"). */
AictDataset *aict_tool_load_or_report   (const char     *path);
/* aict_dataset_save_to_file(), with the progress of aict_tool_load(). */
gboolean     aict_tool_save             (AictDataset    *dataset,
                                         const char     *path,
                                         GError        **error);
/* A command that prints JSON says so after parsing its options: loads and
 * saves then never show progress (shown on stderr when it is a terminal,
 * for operations that last more than AICT_PROGRESS_DELAY_MS, 1000 ms by
 * default; see aict-load.c). */
void         aict_tool_set_json_output  (gboolean        json);

/* Prints a usage error and the command's help on stderr; returns
 * AICT_EXIT_USAGE. */
int   aict_tool_usage_error (GOptionContext *context,
                             const char     *message);

/* Parses the command line of a command with @entries; on failure prints
 * the error and returns FALSE (exit with AICT_EXIT_USAGE). */
gboolean aict_tool_parse    (GOptionContext *context,
                             int            *argc,
                             char         ***argv);

/* @text padded with spaces to @width characters (not bytes: accents take
 * more than one byte in UTF-8), for aligned columns. */
char *aict_tool_pad        (const char *text,
                            guint       width);

/* The nick of @value in the enumeration @type (the names --json uses). */
const char *aict_tool_enum_nick (GType type,
                                 int   value);

/* Writes @builder's root to stdout as pretty JSON with a final newline. */
void  aict_tool_print_json (JsonBuilder *builder);

G_END_DECLS
