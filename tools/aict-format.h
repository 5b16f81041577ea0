/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <aict/aict.h>

G_BEGIN_DECLS

/* Human output of the aict tool, in the conventions of the user's locale:
 * month names from LC_TIME, digit grouping and decimal point from
 * LC_NUMERIC, word order and signs from the message catalogue.  --json
 * output never goes through these: it stays the same in every locale. */

/* A partial date at its own precision: "20 September 2016",
 * "September 2016" or "2016" (in French "20 septembre 2016"…). */
char *aict_format_date          (const AictPartialDate *date);

/* A period from two partial dates, either of which may be NULL:
 * "2016", "2014 – 2016", "since 2008", "until 2016"; NULL if both are. */
char *aict_format_period        (const AictPartialDate *start,
                                 const AictPartialDate *end);

/* A year key of the budget totals, "2016" or "2014-2016", as a period:
 * "2016", "2014 – 2016". */
char *aict_format_year_key      (const char *key);

/* An integer with the locale's digit grouping: "30,000", "30 000". */
char *aict_format_integer       (gint64 value);

/* @scaled / 10^@decimals with the locale's grouping and decimal point.
 * With @trim, trailing zeros of the fraction are dropped (and the
 * decimal point with them): 150, 2 → "1.5"; 500, 2 → "5". */
char *aict_format_decimal       (gint64   scaled,
                                 guint    decimals,
                                 gboolean trim);

/* A percentage from basis points (hundredths of a percent):
 * -7500 → "-75%" ("−75 %" in French), 3350 → "33.5%". */
char *aict_format_percent       (gint64 basis_points);

/* Staff in hundredths of a full-time equivalent: 150 → "1.5 FTE". */
char *aict_format_fte           (int hundredths);

/* An amount of money: "€30,000", "€30,000–70,000", "~€5,000",
 * "1,500,000 XOF"; in French "30 000 €", "30 000 – 70 000 €".  The
 * fraction is shown only when one of the bounds has one. */
char *aict_format_amount        (const AictAmount *amount);

/* A signed money value in minor units of @currency, for differences:
 * "-€5,000", "+€5,000" with @show_plus. */
char *aict_format_money         (gint64      minor,
                                 const char *currency,
                                 gboolean    show_plus);

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
