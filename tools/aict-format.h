/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <aict/aict.h>

G_BEGIN_DECLS

/* Human output of the aict tool, in the conventions of the user's locale.
 * Dates, periods, amounts, percentages and numbers come from the library
 * (aict_partial_date_format_for_display(), aict_amount_format_for_display(),
 * aict_format_percent()… in <aict/aict-display.h>); this module adds what
 * only the tool needs: year keys, truncation, wrapping and tables.
 * --json output never goes through either: it stays the same in every
 * locale. */

/* A year key of the budget totals, "2016" or "2014-2016", as a period:
 * "2016", "2014 – 2016". */
char *aict_format_year_key      (const char *key);

/* @text cut to @width characters (not bytes), ending with "…" when it
 * was longer. */
char *aict_format_truncate      (const char *text,
                                 guint       width);

/* @text wrapped at spaces for a first line that starts at column
 * @indent: every line ends by column @width, and the lines after the
 * first are preceded by @indent spaces.  Newlines in @text are kept; a
 * word too long for a line stays whole. */
char *aict_format_wrap          (const char *text,
                                 guint       indent,
                                 guint       width);

/* The width, in columns, of the terminal-independent output: tables and
 * wrapped text fit in it. */
#define AICT_FORMAT_WIDTH 80

/* Aligned tables. */
typedef enum
{
  AICT_FORMAT_ALIGN_LEFT,    /* text: may be truncated to fit */
  AICT_FORMAT_ALIGN_RIGHT,   /* numbers: never truncated */
} AictFormatAlign;

typedef struct _AictFormatTable AictFormatTable;

/* A table of @n_columns columns indented by @indent spaces. */
AictFormatTable *aict_format_table_new        (guint            n_columns,
                                               guint            indent);
void             aict_format_table_free       (AictFormatTable *table);

/* Sets column @column: its (already translated) @header, its alignment
 * and the most characters a cell may take (0: no limit but the total
 * width). */
void             aict_format_table_set_column (AictFormatTable *table,
                                               guint            column,
                                               const char      *header,
                                               AictFormatAlign  align,
                                               guint            max_width);

/* Appends a row of n_columns cells (UTF-8, copied; NULL is an empty
 * cell). */
void             aict_format_table_add_row    (AictFormatTable *table,
                                               const char      *first,
                                               ...);
void             aict_format_table_add_rowv   (AictFormatTable *table,
                                               const char     **cells);

guint            aict_format_table_get_n_rows (AictFormatTable *table);

/* The table as text, one line per row after the header line and a rule,
 * each line at most AICT_FORMAT_WIDTH characters: when the columns do
 * not fit, the widest text column is truncated with "…" until they do. */
char            *aict_format_table_to_string  (AictFormatTable *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AictFormatTable, aict_format_table_free)

G_END_DECLS
