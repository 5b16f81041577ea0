/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "fuzz.h"
#include "aict-csv-private.h"

/* Bytes → CSV records, in both dialects and detected: never a crash, a
 * leak, a hang; either records within the limits, made of valid UTF-8
 * with no NUL, or an error that says where (AICT_ERROR, UTF-8). */
static void
check (const unsigned char *data,
       size_t               size,
       AictCsvDialect       dialect)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  AictCsvDialect detected = AICT_CSV_DIALECT_AUTO;

  records = _aict_csv_parse ((const char *) data, size, "fuzz.csv", dialect,
                             &detected, &error);
  if (records == NULL)
    {
      g_assert (error != NULL);
      g_assert (error->domain == AICT_ERROR);
      g_assert (g_utf8_validate (error->message, -1, NULL));
      g_assert (g_str_has_prefix (error->message, "fuzz.csv:"));
      return;
    }
  g_assert_no_error (error);
  g_assert (detected != AICT_CSV_DIALECT_AUTO);
  g_assert (records->len <= AICT_CSV_MAX_ROWS);
  for (guint i = 0; i < records->len; i++)
    {
      AictCsvRecord *record = records->pdata[i];

      g_assert (record->n_cells >= 1 && record->n_cells <= AICT_CSV_MAX_COLUMNS);
      g_assert (record->line >= 1);
      g_assert (i == 0 || record->line > ((AictCsvRecord *) records->pdata[i - 1])->line);
      for (guint c = 0; c < record->n_cells; c++)
        {
          g_assert (strlen (record->cells[c]) <= AICT_CSV_MAX_CELL);
          g_assert (g_utf8_validate (record->cells[c], -1, NULL));
        }
      g_assert (record->cells[record->n_cells] == NULL);
    }
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  fuzz_set_logging ();

  check (data, size, AICT_CSV_DIALECT_AUTO);
  check (data, size, AICT_CSV_DIALECT_RFC4180);
  check (data, size, AICT_CSV_DIALECT_FRENCH);
  return 0;
}
