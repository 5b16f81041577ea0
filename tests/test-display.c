/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <locale.h>

#include <aict/aict.h>

/* The library's formatting for people (aict-display.h) in the C locale
 * and in French with the real catalogue: the month names and the digit
 * grouping from the locale, the order of the parts and the signs from
 * po/fr.po (U+00A0 no-break space before the currency, U+202F narrow
 * no-break space in "33,5 %" and between digit groups, U+2212 minus). */

#define NBSP "\u00a0"
#define NNBSP "\u202f"
#define MINUS "\u2212"

static void
use_locale (const char *name)
{
  if (setlocale (LC_ALL, name) == NULL)
    g_error ("locale %s is missing: run scripts/setup-deps.sh", name);
}

static void
assert_take (char       *text,
             const char *expected)
{
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

static AictPartialDate *
date (const char *text)
{
  AictPartialDate *parsed = aict_partial_date_parse (text, NULL);

  g_assert_nonnull (parsed);
  return parsed;
}

typedef struct
{
  const char *locale;
  const char *day, *first_day, *month, *period, *until, *since;
  const char *amount, *range, *about, *xof, *cents;
  const char *percent_negative, *percent, *fte, *integer, *decimal, *money, *plus;
} Expected;

static const Expected expected[] = {
  { "C.UTF-8",
    "20 September 2016", "1 January 2017", "September 2016", "2014 – 2016", "until 2016", "since 2014",
    "€30000", "€30000–70000", "~£5000", "1500000 XOF", "€1234.50–70000.00",
    "-75%", "33.5%", "1.5 FTE", "-30000", "1.5", "-€5000", "+$1.99" },
  { "fr_FR.UTF-8",
    "20 septembre 2016", "1er janvier 2017", "septembre 2016", "2014 – 2016", "jusqu’à 2016", "depuis 2014",
    "30" NNBSP "000" NBSP "€", "30" NNBSP "000 – 70" NNBSP "000" NBSP "€", "~5" NNBSP "000" NBSP "£",
    "1" NNBSP "500" NNBSP "000" NBSP "XOF", "1" NNBSP "234,50 – 70" NNBSP "000,00" NBSP "€",
    MINUS "75" NNBSP "%", "33,5" NNBSP "%", "1,5 ETP", MINUS "30" NNBSP "000", "1,5",
    MINUS "5" NNBSP "000" NBSP "€", "+1,99" NBSP "$" },
};

static void
test_display (gconstpointer data)
{
  const Expected *e = data;
  g_autoptr(AictPartialDate) day = date ("2016-09-20");
  g_autoptr(AictPartialDate) first_day = date ("2017-01-01");
  g_autoptr(AictPartialDate) month = date ("2016-09");
  g_autoptr(AictPartialDate) year = date ("2016");
  g_autoptr(AictPartialDate) earlier = date ("2014");
  g_autoptr(AictAmount) amount = aict_amount_new (3000000, "EUR");
  g_autoptr(AictAmount) range = aict_amount_new_range (3000000, 7000000, "EUR");
  g_autoptr(AictAmount) about = aict_amount_new_full (500000, 500000, "GBP", FALSE, TRUE);
  g_autoptr(AictAmount) xof = aict_amount_new (1500000, "XOF");
  g_autoptr(AictAmount) cents = aict_amount_new_range (123450, 7000000, "EUR");

  use_locale (e->locale);

  assert_take (aict_partial_date_format_for_display (day), e->day);
  assert_take (aict_partial_date_format_for_display (first_day), e->first_day);
  assert_take (aict_partial_date_format_for_display (month), e->month);
  assert_take (aict_partial_date_format_for_display (year), "2016");
  assert_take (aict_format_period (earlier, year), e->period);
  assert_take (aict_format_period (year, year), "2016");
  assert_take (aict_format_period (NULL, year), e->until);
  assert_take (aict_format_period (earlier, NULL), e->since);
  g_assert_null (aict_format_period (NULL, NULL));

  assert_take (aict_amount_format_for_display (amount), e->amount);
  assert_take (aict_amount_format_for_display (range), e->range);
  assert_take (aict_amount_format_for_display (about), e->about);
  assert_take (aict_amount_format_for_display (xof), e->xof);
  assert_take (aict_amount_format_for_display (cents), e->cents);

  assert_take (aict_format_percent (-7500), e->percent_negative);
  assert_take (aict_format_percent (3350), e->percent);
  assert_take (aict_format_fte (150), e->fte);
  assert_take (aict_format_integer (-30000), e->integer);
  assert_take (aict_format_decimal (150, 2, TRUE), e->decimal);
  assert_take (aict_format_money (-500000, "EUR", FALSE), e->money);
  assert_take (aict_format_money (199, "USD", TRUE), e->plus);

  /* Machine forms do not follow the locale. */
  assert_take (aict_partial_date_to_string (day), "2016-09-20");
  assert_take (aict_amount_to_string (range), "30000–70000 EUR");

  use_locale ("C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  /* The catalogue is chosen by the locale alone. */
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = g_strdup_printf ("/display/%s", expected[i].locale);

      g_test_add_data_func (path, &expected[i], test_display);
    }

  return g_test_run ();
}
