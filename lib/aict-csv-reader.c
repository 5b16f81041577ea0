/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "aict-csv-private.h"
#include "aict-error.h"
#include "aict-i18n-private.h"

static void
record_free (gpointer data)
{
  AictCsvRecord *record = data;

  g_strfreev (record->cells);
  g_free (record);
}

/* Line and column (in characters) of byte @offset, for the errors that
 * come before the cells are known. */
static void
position_of (const char *data,
             gsize       offset,
             guint      *line,
             guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        (*column)++;
    }
}

GPtrArray *
_aict_csv_parse (const char     *data,
                 gsize           len,
                 const char     *display,
                 AictCsvDialect  dialect,
                 AictCsvDialect *detected,
                 GError        **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (record_free);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *end, *nul, *bad;
  gboolean bom = FALSE;
  guint line = 1;
  char sep;
  gsize pos = 0;

  if (len > AICT_CSV_MAX_FILE_SIZE)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_LIMIT,
                   _("%s: the file is larger than %u bytes"), display,
                   AICT_CSV_MAX_FILE_SIZE);
      return NULL;
    }
  nul = memchr (data, '\0', len);
  if (nul != NULL)
    {
      guint l, c;

      position_of (data, (gsize) (nul - data), &l, &c);
      g_set_error (error, AICT_ERROR, AICT_ERROR_PARSE,
                   _("%s:%u: character %u: a NUL byte"), display, l, c);
      return NULL;
    }
  if (!g_utf8_validate_len (data, len, &bad))
    {
      guint l, c;

      position_of (data, (gsize) (bad - data), &l, &c);
      g_set_error (error, AICT_ERROR, AICT_ERROR_PARSE,
                   _("%s:%u: character %u: invalid UTF-8"), display, l, c);
      return NULL;
    }
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      bom = TRUE;
      pos = 3;
    }
  if (dialect == AICT_CSV_DIALECT_AUTO)
    {
      const char *nl = memchr (data + pos, '\n', len - pos);
      const char *stop = nl != NULL ? nl : data + len;

      dialect = bom || memchr (data + pos, ';', (gsize) (stop - (data + pos)))
                ? AICT_CSV_DIALECT_FRENCH : AICT_CSV_DIALECT_RFC4180;
    }
  if (detected != NULL)
    *detected = dialect;
  sep = dialect == AICT_CSV_DIALECT_FRENCH ? ';' : ',';
  end = data + len;

  while (pos < len)
    {
      guint record_line = line;
      gboolean at_end = FALSE;

      g_ptr_array_set_size (cells, 0);
      while (!at_end)
        {
          guint column = cells->len + 1;

          g_string_truncate (field, 0);
          if (cells->len >= AICT_CSV_MAX_COLUMNS)
            {
              g_set_error (error, AICT_ERROR, AICT_ERROR_LIMIT,
                           _("%s:%u: more than %u columns"), display,
                           record_line, AICT_CSV_MAX_COLUMNS);
              return NULL;
            }
          if (pos < len && data[pos] == '"')
            {
              guint quote_line = line;

              pos++;
              for (;;)
                {
                  const char *q;
                  gsize run;

                  if (pos >= len)
                    {
                      g_set_error (error, AICT_ERROR, AICT_ERROR_PARSE,
                                   _("%s:%u:%u: the quoted cell that starts here is never closed"),
                                   display, quote_line, column);
                      return NULL;
                    }
                  q = memchr (data + pos, '"', len - pos);
                  run = (q != NULL ? (gsize) (q - data) : len) - pos;
                  for (gsize i = 0; i < run; i++)
                    if (data[pos + i] == '\n')
                      line++;
                  if (field->len + run > AICT_CSV_MAX_CELL)
                    {
                      g_set_error (error, AICT_ERROR, AICT_ERROR_LIMIT,
                                   _("%s:%u:%u: a cell longer than %u bytes"),
                                   display, quote_line, column, AICT_CSV_MAX_CELL);
                      return NULL;
                    }
                  g_string_append_len (field, data + pos, (gssize) run);
                  pos += run;
                  if (q == NULL)
                    continue;
                  pos++;  /* the quote */
                  if (pos < len && data[pos] == '"')
                    {
                      g_string_append_c (field, '"');
                      pos++;
                      continue;
                    }
                  break;
                }
              if (pos < len && data[pos] != sep && data[pos] != '\n'
                  && !(data[pos] == '\r' && pos + 1 < len && data[pos + 1] == '\n'))
                {
                  g_set_error (error, AICT_ERROR, AICT_ERROR_PARSE,
                               _("%s:%u:%u: text after the closing quote of a cell"),
                               display, line, column);
                  return NULL;
                }
            }
          else
            {
              gsize start = pos;

              while (pos < len && data[pos] != sep && data[pos] != '\n' && data[pos] != '\r')
                {
                  if (data[pos] == '"')
                    {
                      g_set_error (error, AICT_ERROR, AICT_ERROR_PARSE,
                                   _("%s:%u:%u: a quote inside a cell that does not start with one"),
                                   display, line, column);
                      return NULL;
                    }
                  pos++;
                }
              if (pos - start > AICT_CSV_MAX_CELL)
                {
                  g_set_error (error, AICT_ERROR, AICT_ERROR_LIMIT,
                               _("%s:%u:%u: a cell longer than %u bytes"),
                               display, line, column, AICT_CSV_MAX_CELL);
                  return NULL;
                }
              if (pos < len && data[pos] == '\r' && !(pos + 1 < len && data[pos + 1] == '\n'))
                {
                  g_set_error (error, AICT_ERROR, AICT_ERROR_PARSE,
                               _("%s:%u:%u: a carriage return outside quotes that does not end the line"),
                               display, line, column);
                  return NULL;
                }
              g_string_append_len (field, data + start, (gssize) (pos - start));
            }
          g_ptr_array_add (cells, g_strndup (field->str, field->len));
          if (pos >= len)
            at_end = TRUE;
          else if (data[pos] == sep)
            {
              pos++;
              if (pos >= len)
                {
                  g_ptr_array_add (cells, g_strdup (""));
                  at_end = TRUE;
                }
            }
          else
            {
              pos += data[pos] == '\r' ? 2 : 1;
              line++;
              at_end = TRUE;
            }
        }
      if (cells->len == 1 && ((char *) cells->pdata[0])[0] == '\0')
        continue;  /* a blank line */
      if (records->len >= AICT_CSV_MAX_ROWS)
        {
          g_set_error (error, AICT_ERROR, AICT_ERROR_LIMIT,
                       _("%s:%u: more than %u rows"), display, record_line,
                       AICT_CSV_MAX_ROWS);
          return NULL;
        }
      {
        AictCsvRecord *record = g_new0 (AictCsvRecord, 1);

        record->line = record_line;
        record->n_cells = cells->len;
        g_ptr_array_add (cells, NULL);
        record->cells = (char **) g_ptr_array_steal (cells, NULL);
        g_ptr_array_add (records, record);
      }
    }
  (void) end;
  return g_steal_pointer (&records);
}
