/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include <aict/aict.h>

#include "aict-format.h"

G_BEGIN_DECLS

/* What the query commands (list, budget, overlaps, actions) share: the
 * filter options and their translation into an AictFilter, the "filter"
 * member of their --json output, how they report errors, and a few ways
 * of naming things for people.  Nothing here answers a question: every
 * answer comes from the library. */

/* The filter options a command offers. */
typedef enum
{
  AICT_FILTER_OPTION_COUNTRY    = 1 << 0,   /* --country CC, repeatable */
  AICT_FILTER_OPTION_THEME      = 1 << 1,   /* --theme CODE, repeatable */
  AICT_FILTER_OPTION_STATUS     = 1 << 2,   /* --status NICK, repeatable */
  AICT_FILTER_OPTION_ACTOR      = 1 << 3,   /* --actor ID */
  AICT_FILTER_OPTION_ROLE       = 1 << 4,   /* --role NICK, repeatable */
  AICT_FILTER_OPTION_KIND       = 1 << 5,   /* --kind NICK, repeatable */
  AICT_FILTER_OPTION_PERIOD     = 1 << 6,   /* --from DATE, --to DATE */
  AICT_FILTER_OPTION_TEXT       = 1 << 7,   /* --text TEXT */
  AICT_FILTER_OPTION_OWNER      = 1 << 8,   /* --owner ID */
  AICT_FILTER_OPTION_MEETING    = 1 << 9,   /* --meeting ID */
  AICT_FILTER_OPTION_OVERDUE_AT = 1 << 10,  /* --overdue-at DATE */
  AICT_FILTER_OPTION_ALL        = (1 << 11) - 1,
} AictFilterOptionFlags;

typedef struct _AictFilterOptions AictFilterOptions;

AictFilterOptions *aict_filter_options_new       (AictFilterOptionFlags  flags);
void               aict_filter_options_free      (AictFilterOptions     *options);

/* Adds the options to the main group of @context, with their help in the
 * words of @kind_help and @status_help (NULL: the default wording). */
void               aict_filter_options_add_to    (AictFilterOptions     *options,
                                                  GOptionContext        *context,
                                                  const char            *status_help,
                                                  const char            *kind_help);

/* Whether any of @flags was given on the command line. */
gboolean           aict_filter_options_given     (AictFilterOptions     *options,
                                                  AictFilterOptionFlags  flags);

/* Builds the filter from what was given: --status values are nicks of
 * @status_type (AICT_TYPE_PARTNERSHIP_STATUS or AICT_TYPE_OUTCOME_STATUS),
 * --kind values nicks of @kind_type (AICT_TYPE_ACTOR_KIND,
 * AICT_TYPE_OUTCOME_KIND or AICT_TYPE_BUDGET_KIND).  Values may be given
 * comma-separated; country codes are taken in any case.  On a value that
 * is not valid, prints one line on standard error naming the option and
 * the value, and returns NULL: the command exits with AICT_EXIT_USAGE.
 * Whether the criteria apply is the library's to say when the filter is
 * used. */
AictFilter        *aict_filter_options_build     (AictFilterOptions     *options,
                                                  GType                  status_type,
                                                  GType                  kind_type);

/* Adds @kind (of @kind_type) to the kinds of the filter to build, as if
 * given with --kind: "list actions" is "list outcomes --kind action". */
void               aict_filter_options_add_kind  (AictFilterOptions     *options,
                                                  GType                  kind_type,
                                                  int                    kind);

/* The date of --overdue-at, once built; NULL if not given. */
const AictPartialDate *aict_filter_options_get_overdue_at (AictFilterOptions *options);

/* The criteria of the built filter, normalised (doc/cli.md): the member
 * "filter" of the --json output. */
void               aict_filter_options_add_json  (AictFilterOptions     *options,
                                                  JsonBuilder           *builder);

/* A date option: parses @text (YYYY, YYYY-MM or YYYY-MM-DD); on error
 * prints one line naming @option and returns NULL. */
AictPartialDate   *aict_tool_parse_date_option   (const char            *option,
                                                  const char            *text);

/* Splits the values of a repeatable option at commas. */
GPtrArray         *aict_tool_split_values        (char                 **values);

/* "aict list: --status: unknown status “x” (…)": one line on standard
 * error, for an option value that is not valid; returns AICT_EXIT_USAGE. */
int                aict_tool_option_error        (const char            *option,
                                                  const char            *message);

/* Reports an error of the library on one line and returns the exit code
 * that goes with it: AICT_EXIT_USAGE for a criterion that does not apply
 * or an argument the library refuses (AICT_ERROR_INVALID_ARGUMENT),
 * AICT_EXIT_FAILED for anything else (an unknown id, an overflow). */
int                aict_tool_library_error       (const GError          *error);


/* Names for people, in the language of the locale. */

/* An actor's short name, or its name; its id if the dataset does not
 * hold it; NULL for NULL. */
const char        *aict_tool_actor_name          (AictDataset           *dataset,
                                                  const char            *actor_id);
/* The same for several actors, comma-separated. */
char              *aict_tool_actor_names         (AictDataset           *dataset,
                                                  const char * const    *actor_ids);
/* A country's name (its code if iso-codes does not know it). */
const char        *aict_tool_country_name        (const char            *code);
char              *aict_tool_country_names       (const char * const    *codes);
/* A theme's label (its code if the codelist does not know it). */
const char        *aict_tool_theme_label         (const char            *code);
char              *aict_tool_theme_labels        (const char * const    *codes);

/* Rows of a table built before the table itself (see
 * aict_tool_table_add_rows): a GPtrArray of GStrv. */
GPtrArray         *aict_tool_rows_new            (void);
/* Appends a row of @n_columns cells (copied; NULL is an empty cell). */
void               aict_tool_rows_add            (GPtrArray             *rows,
                                                  guint                  n_columns,
                                                  ...);

/* Sets column @column of @table to @header and makes it one that is
 * never cut: ids (what one passes to aict show) and dates.  The table
 * cuts text columns when it has to, never right-aligned ones; so the
 * cells of that column in @rows, and @header, are padded to one width and
 * the column set right-aligned, which reads as a left-aligned column. */
void               aict_tool_table_keep_column   (AictFormatTable       *table,
                                                  GPtrArray             *rows,
                                                  guint                  column,
                                                  const char            *header);

/* Adds @rows to @table. */
void               aict_tool_table_add_rows      (AictFormatTable       *table,
                                                  GPtrArray             *rows);

/* Prints @table on standard output. */
void               aict_tool_print_table         (AictFormatTable       *table);

/* JSON members */
void               aict_json_member_string       (JsonBuilder           *builder,
                                                  const char            *name,
                                                  const char            *value);
void               aict_json_member_take_string  (JsonBuilder           *builder,
                                                  const char            *name,
                                                  char                  *value);
void               aict_json_member_date         (JsonBuilder           *builder,
                                                  const char            *name,
                                                  const AictPartialDate *date);
void               aict_json_member_strv         (JsonBuilder           *builder,
                                                  const char            *name,
                                                  const char * const    *values);
void               aict_json_member_enum         (JsonBuilder           *builder,
                                                  const char            *name,
                                                  GType                  type,
                                                  int                    value);
void               aict_json_member_int          (JsonBuilder           *builder,
                                                  const char            *name,
                                                  gint64                 value);
void               aict_json_member_boolean      (JsonBuilder           *builder,
                                                  const char            *name,
                                                  gboolean               value);
/* An amount as `aict show` writes it: { currency, value, min, max,
 * approximate } with exact decimal strings, or null. */
void               aict_json_member_amount       (JsonBuilder           *builder,
                                                  const char            *name,
                                                  const AictAmount      *amount);
/* A decimal kept in hundredths (shares, FTE) as an exact string, null
 * when negative (not given). */
void               aict_json_member_hundredths   (JsonBuilder           *builder,
                                                  const char            *name,
                                                  int                    value);

/* Parses a repeatable, comma-separated option of nicks of the flags
 * @type (--by actor,year) into @result: each value one flag of @accepted,
 * or "none" if @allow_none.  @unknown is the translated message for a
 * bad value, with %1$s the value and %2$s the accepted nicks.  FALSE
 * after printing the error. */
gboolean           aict_tool_parse_flags         (const char            *option,
                                                  char                 **values,
                                                  GType                  type,
                                                  guint                  accepted,
                                                  gboolean               allow_none,
                                                  const char            *unknown,
                                                  guint                 *result);

/* What an overlap shares, and its key, for people: "Theme", "Culture". */
const char        *aict_tool_overlap_kind_label  (AictOverlapKind        kind);
const char        *aict_tool_overlap_key_label   (AictDataset           *dataset,
                                                  AictOverlapKind        kind,
                                                  const char            *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AictFilterOptions, aict_filter_options_free)

G_END_DECLS
