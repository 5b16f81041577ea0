/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n.h>

#include "aict-format.h"

/* Human output follows the user's locale: dates, amounts and numbers are
 * formatted by the library (aict-display.h), tables and wrapping here. */

#define ELLIPSIS "…"

char *
aict_format_truncate (const char *text,
                      guint       width)
{
  g_autofree char *head = NULL;
  glong length;

  g_return_val_if_fail (text != NULL, NULL);

  length = g_utf8_strlen (text, -1);
  if (length <= (glong) width)
    return g_strdup (text);
  if (width == 0)
    return g_strdup ("");

  head = g_strndup (text, g_utf8_offset_to_pointer (text, width - 1) - text);
  return g_strconcat (head, ELLIPSIS, NULL);
}

char *
aict_format_wrap (const char *text,
                  guint       indent,
                  guint       width)
{
  g_auto(GStrv) paragraphs = NULL;
  GString *out = g_string_new (NULL);
  guint room = width > indent ? width - indent : 1;

  g_return_val_if_fail (text != NULL, NULL);

  paragraphs = g_strsplit (text, "\n", -1);
  for (guint p = 0; paragraphs[p] != NULL; p++)
    {
      g_auto(GStrv) words = g_strsplit (paragraphs[p], " ", -1);
      glong line = 0;

      if (p > 0)
        {
          g_string_append_c (out, '\n');
          for (guint i = 0; i < indent; i++)
            g_string_append_c (out, ' ');
        }

      for (guint w = 0; words[w] != NULL; w++)
        {
          glong length = g_utf8_strlen (words[w], -1);

          if (length == 0)
            continue;   /* runs of spaces */

          if (line > 0 && line + 1 + length > (glong) room)
            {
              g_string_append_c (out, '\n');
              for (guint i = 0; i < indent; i++)
                g_string_append_c (out, ' ');
              line = 0;
            }
          else if (line > 0)
            {
              g_string_append_c (out, ' ');
              line++;
            }

          g_string_append (out, words[w]);
          line += length;
        }
    }

  return g_string_free (out, FALSE);
}

/* Tables */

struct _AictFormatTable
{
  guint n_columns;
  guint indent;
  char **headers;
  AictFormatAlign *aligns;
  guint *max_widths;
  GPtrArray *rows;   /* of GStrv of n_columns cells */
};

AictFormatTable *
aict_format_table_new (guint n_columns,
                       guint indent)
{
  AictFormatTable *table;

  g_return_val_if_fail (n_columns > 0, NULL);

  table = g_new0 (AictFormatTable, 1);
  table->n_columns = n_columns;
  table->indent = indent;
  table->headers = g_new0 (char *, n_columns + 1);
  table->aligns = g_new0 (AictFormatAlign, n_columns);
  table->max_widths = g_new0 (guint, n_columns);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < n_columns; i++)
    table->headers[i] = g_strdup ("");

  return table;
}

void
aict_format_table_free (AictFormatTable *table)
{
  if (table == NULL)
    return;

  g_strfreev (table->headers);
  g_free (table->aligns);
  g_free (table->max_widths);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

void
aict_format_table_set_column (AictFormatTable *table,
                              guint            column,
                              const char      *header,
                              AictFormatAlign  align,
                              guint            max_width)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (column < table->n_columns);

  g_free (table->headers[column]);
  table->headers[column] = g_strdup (header != NULL ? header : "");
  table->aligns[column] = align;
  table->max_widths[column] = max_width;
}

void
aict_format_table_add_rowv (AictFormatTable  *table,
                            const char      **cells)
{
  char **row;

  g_return_if_fail (table != NULL);
  g_return_if_fail (cells != NULL);

  row = g_new0 (char *, table->n_columns + 1);
  for (guint i = 0; i < table->n_columns; i++)
    {
      /* A cell is one line: a newline would break the alignment. */
      row[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
      g_strdelimit (row[i], "\n\t", ' ');
    }
  g_ptr_array_add (table->rows, row);
}

void
aict_format_table_add_row (AictFormatTable *table,
                           const char      *first,
                           ...)
{
  g_autofree const char **cells = NULL;
  va_list args;

  g_return_if_fail (table != NULL);

  cells = g_new0 (const char *, table->n_columns);
  cells[0] = first;
  va_start (args, first);
  for (guint i = 1; i < table->n_columns; i++)
    cells[i] = va_arg (args, const char *);
  va_end (args);

  aict_format_table_add_rowv (table, cells);
}

guint
aict_format_table_get_n_rows (AictFormatTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}

static void
append_cell (GString         *line,
             const char      *text,
             guint            width,
             AictFormatAlign  align,
             gboolean         last)
{
  g_autofree char *cut = NULL;
  glong length;

  if (align == AICT_FORMAT_ALIGN_RIGHT)
    {
      /* A number is never cut: a cut number lies. */
      length = g_utf8_strlen (text, -1);
      for (glong i = length; i < (glong) width; i++)
        g_string_append_c (line, ' ');
      g_string_append (line, text);
      return;
    }

  cut = aict_format_truncate (text, width);
  g_string_append (line, cut);
  if (!last)
    {
      length = g_utf8_strlen (cut, -1);
      for (glong i = length; i < (glong) width; i++)
        g_string_append_c (line, ' ');
    }
}

static void
append_line (AictFormatTable  *table,
             GString          *out,
             char            **cells,
             const guint      *widths)
{
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < table->indent; i++)
    g_string_append_c (line, ' ');

  for (guint c = 0; c < table->n_columns; c++)
    {
      if (c > 0)
        g_string_append (line, "  ");
      append_cell (line, cells[c], widths[c], table->aligns[c], c + 1 == table->n_columns);
    }

  /* No trailing blanks: empty cells at the end of a row. */
  while (line->len > 0 && line->str[line->len - 1] == ' ')
    g_string_truncate (line, line->len - 1);

  g_string_append (out, line->str);
  g_string_append_c (out, '\n');
  g_string_free (line, TRUE);
}

char *
aict_format_table_to_string (AictFormatTable *table)
{
  g_autofree guint *widths = NULL;
  g_auto(GStrv) rule = NULL;
  GString *out;
  guint total;

  g_return_val_if_fail (table != NULL, NULL);

  widths = g_new0 (guint, table->n_columns);
  for (guint c = 0; c < table->n_columns; c++)
    {
      guint width = g_utf8_strlen (table->headers[c], -1);

      for (guint r = 0; r < table->rows->len; r++)
        {
          char **row = g_ptr_array_index (table->rows, r);

          width = MAX (width, (guint) g_utf8_strlen (row[c], -1));
        }
      if (table->aligns[c] == AICT_FORMAT_ALIGN_LEFT && table->max_widths[c] > 0)
        width = MIN (width, table->max_widths[c]);
      widths[c] = width;
    }

  /* Fit the total width by narrowing the widest text column, one
   * character at a time so that two long columns end up sharing the
   * room; a column keeps at least a few characters and its ellipsis. */
  total = table->indent + 2 * (table->n_columns - 1);
  for (guint c = 0; c < table->n_columns; c++)
    total += widths[c];
  while (total > AICT_FORMAT_WIDTH)
    {
      guint widest = G_MAXUINT;

      for (guint c = 0; c < table->n_columns; c++)
        if (table->aligns[c] == AICT_FORMAT_ALIGN_LEFT && widths[c] > 6 &&
            (widest == G_MAXUINT || widths[c] > widths[widest]))
          widest = c;
      if (widest == G_MAXUINT)
        break;   /* nothing left to narrow: the line stays long */
      widths[widest]--;
      total--;
    }

  out = g_string_new (NULL);
  append_line (table, out, table->headers, widths);

  rule = g_new0 (char *, table->n_columns + 1);
  for (guint c = 0; c < table->n_columns; c++)
    rule[c] = g_strnfill (widths[c], '-');
  append_line (table, out, rule, widths);

  for (guint r = 0; r < table->rows->len; r++)
    append_line (table, out, g_ptr_array_index (table->rows, r), widths);

  return g_string_free (out, FALSE);
}

char *
aict_format_year_key (const char *key)
{
  g_auto(GStrv) years = g_strsplit (key, "-", 2);
  g_autoptr(AictPartialDate) first = aict_partial_date_parse (years[0], NULL);
  g_autoptr(AictPartialDate) last = years[1] != NULL ? aict_partial_date_parse (years[1], NULL) : NULL;

  if (first == NULL)
    return g_strdup (key);

  return aict_format_period (first, last != NULL ? last : first);
}
