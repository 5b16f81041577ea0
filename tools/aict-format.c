/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <string.h>

#include <glib/gi18n.h>

#include "aict-format.h"

/* Human output follows the user's locale through three channels, each
 * the one that knows best: LC_TIME gives the month names (never a table
 * of ours), LC_NUMERIC the digit grouping and the decimal point (glibc's
 * printf "'" flag), and the message catalogue the order of the parts
 * ("€30,000" / "30 000 €") and the typographic signs (French writes
 * "−75 %" with a minus sign and a narrow no-break space).  The format
 * strings handed to translators are positional so that they can reorder
 * them. */

#define ELLIPSIS "…"

/* Text that comes from the C library in the locale's encoding: a
 * non-UTF-8 locale (fr_FR.ISO-8859-1) writes its no-break space as one
 * byte that g_print() would mangle.  Takes @text; returns @fallback when
 * it cannot be converted. */
static char *
to_utf8 (char       *text,
         const char *fallback)
{
  char *converted;

  if (g_utf8_validate (text, -1, NULL))
    return text;

  converted = g_locale_to_utf8 (text, -1, NULL, NULL, NULL);
  g_free (text);

  return converted != NULL ? converted : g_strdup (fallback);
}

char *
aict_format_date (const AictPartialDate *date)
{
  g_autoptr(GDateTime) time = NULL;
  const char *format = NULL;
  char *text;

  g_return_val_if_fail (date != NULL, NULL);

  switch (aict_partial_date_get_precision (date))
    {
    case AICT_DATE_PRECISION_DAY:
      time = g_date_time_new_utc (aict_partial_date_get_year (date),
                                  aict_partial_date_get_month (date),
                                  aict_partial_date_get_day (date), 0, 0, 0);
      /* TRANSLATORS: a date with its day, in g_date_time_format() syntax:
       * %-d is the day without leading zero, %B the month name (from the
       * locale, already in your language), %Y the year.  Reorder freely,
       * e.g. "%B %-d, %Y". */
      format = C_("date with day", "%-d %B %Y");
      /* TRANSLATORS: the same for the first day of a month, for languages
       * that write it differently ("1er janvier 2017" in French). */
      if (aict_partial_date_get_day (date) == 1)
        format = C_("date with first day", "%-d %B %Y");
      break;

    case AICT_DATE_PRECISION_MONTH:
      time = g_date_time_new_utc (aict_partial_date_get_year (date),
                                  aict_partial_date_get_month (date), 1, 0, 0, 0);
      /* TRANSLATORS: a month of a year, in g_date_time_format() syntax:
       * %B is the month name (from the locale), %Y the year. */
      format = C_("date with month", "%B %Y");
      break;

    case AICT_DATE_PRECISION_YEAR:
    default:
      time = g_date_time_new_utc (aict_partial_date_get_year (date), 1, 1, 0, 0, 0);
      /* TRANSLATORS: a year alone, in g_date_time_format() syntax. */
      format = C_("date with year", "%Y");
      break;
    }

  text = time != NULL ? g_date_time_format (time, format) : NULL;

  /* A broken translation or an impossible date: the ISO form is still
   * right. */
  return text != NULL ? text : aict_partial_date_to_string (date);
}

char *
aict_format_period (const AictPartialDate *start,
                    const AictPartialDate *end)
{
  g_autofree char *from = start != NULL ? aict_format_date (start) : NULL;
  g_autofree char *to = end != NULL ? aict_format_date (end) : NULL;

  if (from != NULL && to != NULL)
    {
      if (aict_partial_date_equal (start, end))
        return g_steal_pointer (&from);
      /* TRANSLATORS: a period from a first date (%1$s) to a last date
       * (%2$s), each already formatted, e.g. "2014 – 2016" or
       * "1 March 2014 – 20 September 2016". */
      return g_strdup_printf (C_("period", "%1$s – %2$s"), from, to);
    }
  if (from != NULL)
    /* TRANSLATORS: a period with only its start, e.g. "since 2008". */
    return g_strdup_printf (C_("period", "since %s"), from);
  if (to != NULL)
    /* TRANSLATORS: a period with only its end, e.g. "until 2016". */
    return g_strdup_printf (C_("period", "until %s"), to);

  return NULL;
}

/* The sign in front of a negative number. */
static const char *
minus_sign (void)
{
  /* TRANSLATORS: the sign written before a negative number ("-5", "-75%").
   * French typography uses U+2212 MINUS SIGN "−". */
  return C_("number sign", "-");
}

static guint64
magnitude_of (gint64 value)
{
  /* Written so that G_MININT64 is handled too. */
  return value < 0 ? (guint64) -(value + 1) + 1 : (guint64) value;
}

/* @magnitude with the locale's digit grouping, without sign. */
static char *
group_digits (guint64 magnitude)
{
  g_autofree char *plain = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude);

  /* Better an ungrouped number than invalid UTF-8. */
  return to_utf8 (g_strdup_printf ("%'" G_GUINT64_FORMAT, magnitude), plain);
}

/* @magnitude / 10^@decimals, unsigned, in the locale's conventions. */
static char *
format_magnitude (guint64  magnitude,
                  guint    decimals,
                  gboolean trim)
{
  guint64 divisor = 1;
  guint64 fraction;
  g_autofree char *point = NULL;
  g_autofree char *whole = NULL;
  GString *text;

  /* 10^19 no longer fits in 64 bits. */
  decimals = MIN (decimals, 18);
  for (guint i = 0; i < decimals; i++)
    divisor *= 10;

  whole = group_digits (magnitude / divisor);
  text = g_string_new (whole);
  fraction = magnitude % divisor;

  if (trim)
    while (decimals > 0 && fraction % 10 == 0)
      {
        fraction /= 10;
        decimals--;
      }

  if (decimals > 0)
    {
      /* The locale's decimal point ("," in French), in its encoding. */
      point = to_utf8 (g_strdup (localeconv ()->decimal_point), ".");
      g_string_append (text, point[0] != '\0' ? point : ".");
      g_string_append_printf (text, "%0*" G_GUINT64_FORMAT, (int) decimals, fraction);
    }

  return g_string_free (text, FALSE);
}

char *
aict_format_integer (gint64 value)
{
  return aict_format_decimal (value, 0, TRUE);
}

char *
aict_format_decimal (gint64   scaled,
                     guint    decimals,
                     gboolean trim)
{
  g_autofree char *magnitude = format_magnitude (magnitude_of (scaled), decimals, trim);

  return scaled < 0 ? g_strconcat (minus_sign (), magnitude, NULL) : g_steal_pointer (&magnitude);
}

char *
aict_format_percent (gint64 basis_points)
{
  g_autofree char *number = aict_format_decimal (basis_points, 2, TRUE);

  /* TRANSLATORS: a percentage; %s is the number, already formatted with
   * its sign. French: "%s %%" with U+202F NARROW NO-BREAK SPACE. */
  return g_strdup_printf (C_("percentage", "%s%%"), number);
}

char *
aict_format_fte (int hundredths)
{
  g_autofree char *number = aict_format_decimal (hundredths, 2, TRUE);

  /* TRANSLATORS: staff in full-time equivalents, e.g. "1.5 FTE"; %s is the
   * number, already formatted. French: "%s ETP" (équivalent temps plein). */
  return g_strdup_printf (C_("staff", "%s FTE"), number);
}

static const struct
{
  const char *code;
  const char *symbol;
} currency_symbols[] = {
  /* The currencies whose symbol no reader mistakes; the others are
   * written with their ISO 4217 code, which is never ambiguous. */
  { "EUR", "€" },
  { "USD", "$" },
  { "GBP", "£" },
};

static const char *
currency_symbol (const char *currency)
{
  for (guint i = 0; i < G_N_ELEMENTS (currency_symbols); i++)
    if (strcmp (currency_symbols[i].code, currency) == 0)
      return currency_symbols[i].symbol;

  return NULL;
}

static guint
currency_decimals (const char *currency)
{
  int decimals = aict_currency_get_decimals (currency);

  /* A code iso-codes does not know: the common case. */
  return decimals >= 0 && decimals <= 18 ? (guint) decimals : 2;
}

static gboolean
has_fraction (gint64 minor,
              guint  decimals)
{
  guint64 divisor = 1;

  for (guint i = 0; i < decimals; i++)
    divisor *= 10;

  return magnitude_of (minor) % divisor != 0;
}

/* A number and a currency put together in the translated order. */
static char *
place_currency (const char *currency,
                const char *number)
{
  const char *symbol = currency_symbol (currency);

  if (symbol != NULL)
    /* TRANSLATORS: an amount of money with a currency symbol: %1$s is the
     * symbol (€, $ or £), %2$s the number, already formatted ("€30,000").
     * French: "%2$s %1$s" with U+00A0 NO-BREAK SPACE ("30 000 €"). */
    return g_strdup_printf (C_("money with symbol", "%1$s%2$s"), symbol, number);

  /* TRANSLATORS: an amount of money in a currency without a well-known
   * symbol: %1$s is its ISO 4217 code (XOF, TND…), %2$s the number,
   * already formatted ("1,500,000 XOF"). French: "%2$s %1$s" with
   * U+00A0 NO-BREAK SPACE. */
  return g_strdup_printf (C_("money with code", "%2$s %1$s"), currency, number);
}

static char *
approximate (char     *text,
             gboolean  is_approximate)
{
  char *result;

  if (!is_approximate)
    return text;

  /* TRANSLATORS: an approximate amount of money ("environ"); %s is the
   * amount, already formatted, e.g. "~€5,000". French: "~%s". */
  result = g_strdup_printf (C_("approximate amount", "~%s"), text);
  g_free (text);

  return result;
}

char *
aict_format_money (gint64      minor,
                   const char *currency,
                   gboolean    show_plus)
{
  guint decimals;
  g_autofree char *number = NULL;
  g_autofree char *placed = NULL;

  g_return_val_if_fail (currency != NULL, NULL);

  decimals = currency_decimals (currency);
  number = format_magnitude (magnitude_of (minor), decimals, !has_fraction (minor, decimals));
  placed = place_currency (currency, number);

  if (minor < 0)
    return g_strconcat (minus_sign (), placed, NULL);
  if (minor > 0 && show_plus)
    return g_strconcat ("+", placed, NULL);

  return g_steal_pointer (&placed);
}

char *
aict_format_amount (const AictAmount *amount)
{
  const char *currency;
  guint decimals;
  gboolean fraction;
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;
  const char *symbol;
  char *text;

  g_return_val_if_fail (amount != NULL, NULL);

  currency = aict_amount_get_currency (amount);
  if (!aict_amount_is_range (amount))
    return approximate (aict_format_money (aict_amount_get_value (amount), currency, FALSE),
                        aict_amount_get_approximate (amount));

  /* Both bounds with cents, or neither: "€1,000.50–2,000.00" reads
   * better than mixing the two. */
  decimals = currency_decimals (currency);
  fraction = has_fraction (aict_amount_get_min (amount), decimals) ||
             has_fraction (aict_amount_get_max (amount), decimals);
  min = aict_format_decimal (aict_amount_get_min (amount), decimals, !fraction);
  max = aict_format_decimal (aict_amount_get_max (amount), decimals, !fraction);

  symbol = currency_symbol (currency);
  if (symbol != NULL)
    /* TRANSLATORS: a range of money with a currency symbol: %1$s is the
     * symbol (€, $ or £), %2$s the lower bound, %3$s the upper bound, both
     * already formatted ("€30,000–70,000"). French: "%2$s – %3$s %1$s"
     * with U+00A0 NO-BREAK SPACE before the symbol ("30 000 – 70 000 €"). */
    text = g_strdup_printf (C_("money range with symbol", "%1$s%2$s–%3$s"), symbol, min, max);
  else
    /* TRANSLATORS: a range of money in a currency without a well-known
     * symbol: %1$s is the ISO 4217 code, %2$s the lower bound, %3$s the
     * upper bound ("1,000–2,000 XOF"). French: "%2$s – %3$s %1$s" with
     * U+00A0 NO-BREAK SPACE before the code. */
    text = g_strdup_printf (C_("money range with code", "%2$s–%3$s %1$s"), currency, min, max);

  return approximate (text, aict_amount_get_approximate (amount));
}

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
