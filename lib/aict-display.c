/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "aict-display.h"
#include "aict-codelist.h"
#include "aict-i18n-private.h"

/* Dates, amounts and numbers for people, in the conventions of the
 * process's locale.  Three channels, each the one that knows best: LC_TIME
 * gives the month names (never a table of ours), LC_NUMERIC the digit
 * grouping and the decimal point (glibc's printf "'" flag), and the
 * message catalogue the order of the parts ("€30,000" / "30 000 €") and
 * the typographic signs (French writes "−75 %" with a minus sign and a
 * narrow no-break space).  The format strings handed to translators are
 * positional so that they can reorder them.  Machine output (JSON, the
 * aict/1 format) never goes through here. */

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

/**
 * aict_partial_date_format_for_display:
 * @date: an [struct@Aict.PartialDate]
 *
 * Formats @date for people, at its own precision and in the conventions
 * of the locale: "20 September 2016", "September 2016" or "2016" (in
 * French "20 septembre 2016", "1er janvier 2017").  For machines use
 * [method@Aict.PartialDate.to_string].
 *
 * Returns: (transfer full): the date
 *
 * Since: 0.2
 */
char *
aict_partial_date_format_for_display (const AictPartialDate *date)
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

/**
 * aict_format_period:
 * @start: (nullable): the first date
 * @end: (nullable): the last date
 *
 * Formats a period for people: "2014 – 2016", "since 2008",
 * "until 2016", or a single date when both are equal.
 *
 * Returns: (transfer full) (nullable): the period, or %NULL when both
 *   dates are %NULL
 *
 * Since: 0.2
 */
char *
aict_format_period (const AictPartialDate *start,
                    const AictPartialDate *end)
{
  g_autofree char *from = start != NULL ? aict_partial_date_format_for_display (start) : NULL;
  g_autofree char *to = end != NULL ? aict_partial_date_format_for_display (end) : NULL;

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

/**
 * aict_format_integer:
 * @value: a number
 *
 * Formats @value with the locale's digit grouping and minus sign:
 * "30,000", "30 000", "−5" in French.
 *
 * Returns: (transfer full): the number
 *
 * Since: 0.2
 */
char *
aict_format_integer (gint64 value)
{
  return aict_format_decimal (value, 0, TRUE);
}

/**
 * aict_format_decimal:
 * @scaled: the number times 10^@decimals
 * @decimals: how many decimal places @scaled holds
 * @trim: whether to drop the trailing zeros of the fraction
 *
 * Formats @scaled / 10^@decimals with the locale's digit grouping and
 * decimal point: 150, 2 → "1.5" ("1,5" in French); with @trim, 500, 2 →
 * "5", without it "5.00".
 *
 * Returns: (transfer full): the number
 *
 * Since: 0.2
 */
char *
aict_format_decimal (gint64   scaled,
                     guint    decimals,
                     gboolean trim)
{
  g_autofree char *magnitude = format_magnitude (magnitude_of (scaled), decimals, trim);

  return scaled < 0 ? g_strconcat (minus_sign (), magnitude, NULL) : g_steal_pointer (&magnitude);
}

/**
 * aict_format_percent:
 * @basis_points: a percentage in hundredths of a percent (a funder's
 *   share: 3350 is 33.5 %)
 *
 * Formats a percentage for people: -7500 → "-75%" ("−75 %" in French),
 * 3350 → "33.5%".
 *
 * Returns: (transfer full): the percentage
 *
 * Since: 0.2
 */
char *
aict_format_percent (gint64 basis_points)
{
  g_autofree char *number = aict_format_decimal (basis_points, 2, TRUE);

  /* TRANSLATORS: a percentage; %s is the number, already formatted with
   * its sign. French: "%s %%" with U+202F NARROW NO-BREAK SPACE. */
  return g_strdup_printf (C_("percentage", "%s%%"), number);
}

/**
 * aict_format_fte:
 * @hundredths: staff in hundredths of a full-time equivalent
 *
 * Formats staff for people: 150 → "1.5 FTE" ("1,5 ETP" in French).
 *
 * Returns: (transfer full): the staff
 *
 * Since: 0.2
 */
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

/**
 * aict_format_money:
 * @minor: a sum in minor units of @currency (cents)
 * @currency: an ISO 4217 code
 * @show_plus: whether to write "+" before a positive sum (differences)
 *
 * Formats a sum of money for people, with the currency's symbol when it
 * has a well-known one: "€30,000", "-€5,000", "1,500,000 XOF"; in French
 * "30 000 €".  The fraction is shown only when there is one.
 *
 * Returns: (transfer full): the sum
 *
 * Since: 0.2
 */
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

/**
 * aict_amount_format_for_display:
 * @amount: an [struct@Aict.Amount]
 *
 * Formats @amount for people, in the conventions of the locale:
 * "€30,000", "€30,000–70,000", "~€5,000", "1,500,000 XOF"; in French
 * "30 000 €", "30 000 – 70 000 €".  The fraction is shown only when one
 * of the bounds has one.  For machines use [method@Aict.Amount.to_string].
 *
 * Returns: (transfer full): the amount
 *
 * Since: 0.2
 */
char *
aict_amount_format_for_display (const AictAmount *amount)
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

