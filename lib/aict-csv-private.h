/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* The CSV reader: a bounded one-pass tokenizer for untrusted bytes
 * (aict-csv-reader.c), fuzzed by fuzzing/fuzz_csv.c.  Limits, also in
 * doc/tables.md: */

#include <glib.h>
#include "aict-types.h"

G_BEGIN_DECLS

#define AICT_CSV_MAX_FILE_SIZE   (256u * 1024 * 1024)
#define AICT_CSV_MAX_CELL        65536u
#define AICT_CSV_MAX_COLUMNS     1024u
#define AICT_CSV_MAX_ROWS        2000000u

typedef struct
{
  guint line;           /* where the record starts, 1-based */
  guint n_cells;
  char **cells;         /* NUL-terminated UTF-8 each */
} AictCsvRecord;

/* Splits @data into records.  Checks UTF-8, NUL bytes, quoting and the
 * limits; the first error is returned as AICT_ERROR_PARSE or
 * AICT_ERROR_LIMIT "DISPLAY:LINE:COLUMN: what" (COLUMN is the 1-based cell
 * number).  A leading UTF-8 BOM is skipped.  With AICT_CSV_DIALECT_AUTO
 * the dialect is French when there was a BOM or the first line holds a
 * ';' and RFC 4180 otherwise; *@detected says which.  Blank lines are
 * skipped.  Returns a GPtrArray of AictCsvRecord * (free with
 * g_ptr_array_unref). */
GPtrArray *_aict_csv_parse (const char     *data,
                            gsize           len,
                            const char     *display,
                            AictCsvDialect  dialect,
                            AictCsvDialect *detected,
                            GError        **error);

/* TRUE when @text is an exported cell protected against formula
 * injection (a "'" added before "=", "+", "-", "@", tab, CR). */
gboolean   _aict_csv_is_escaped (const char *text);

G_END_DECLS
