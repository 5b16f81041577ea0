/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The human formatting of the aict tool in the C, French and German
 * locales: the library's dates, amounts and numbers (aict-display.h) and
 * the tool's tables (tools/aict-format.c).  No message catalogue is bound here: the
 * translatable patterns keep their English order, and what changes with
 * the locale is exactly what LC_TIME and LC_NUMERIC decide (month names,
 * digit grouping, decimal point).  tests/cli/test_cli.py checks the
 * French order with a catalogue. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "aict-format.h"

/* Switches LC_ALL to @name; the French and German locales are generated
 * by scripts/setup-deps.sh, so a missing one is a failure, not a skip. */
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

static void
test_c_locale (void)
{
  g_autoptr(AictPartialDate) day = date ("2016-09-20");
  g_autoptr(AictPartialDate) month = date ("2016-09");
  g_autoptr(AictPartialDate) year = date ("2016");
  g_autoptr(AictPartialDate) earlier = date ("2014");
  g_autoptr(AictAmount) exact = aict_amount_new (3000000, "EUR");
  g_autoptr(AictAmount) range = aict_amount_new_range (3000000, 7000000, "EUR");
  g_autoptr(AictAmount) cents = aict_amount_new_range (123450, 7000000, "EUR");
  g_autoptr(AictAmount) about = aict_amount_new_full (500000, 500000, "GBP", FALSE, TRUE);
  g_autoptr(AictAmount) xof = aict_amount_new (1500000, "XOF");
  g_autoptr(AictAmount) tnd = aict_amount_new_range (1500, 2250, "TND");
  g_autoptr(AictAmount) usd = aict_amount_new (199, "USD");

  use_locale ("C.UTF-8");

  assert_take (aict_partial_date_format_for_display (day), "20 September 2016");
  assert_take (aict_partial_date_format_for_display (month), "September 2016");
  assert_take (aict_partial_date_format_for_display (year), "2016");

  assert_take (aict_format_period (earlier, year), "2014 – 2016");
  assert_take (aict_format_period (year, year), "2016");
  assert_take (aict_format_period (earlier, NULL), "since 2014");
  assert_take (aict_format_period (NULL, month), "until September 2016");
  g_assert_null (aict_format_period (NULL, NULL));

  /* The C locale has no digit grouping. */
  assert_take (aict_format_integer (30000), "30000");
  assert_take (aict_format_integer (-30000), "-30000");
  assert_take (aict_format_integer (G_MININT64), "-9223372036854775808");
  assert_take (aict_format_decimal (150, 2, TRUE), "1.5");
  assert_take (aict_format_decimal (150, 2, FALSE), "1.50");
  assert_take (aict_format_decimal (500, 2, TRUE), "5");
  assert_take (aict_format_decimal (-5, 2, TRUE), "-0.05");

  assert_take (aict_format_percent (-7500), "-75%");
  assert_take (aict_format_percent (3350), "33.5%");
  assert_take (aict_format_percent (0), "0%");
  assert_take (aict_format_fte (150), "1.5 FTE");
  assert_take (aict_format_fte (300), "3 FTE");

  assert_take (aict_amount_format_for_display (exact), "€30000");
  assert_take (aict_amount_format_for_display (range), "€30000–70000");
  /* Cents on one bound: shown on both. */
  assert_take (aict_amount_format_for_display (cents), "€1234.50–70000.00");
  assert_take (aict_amount_format_for_display (about), "~£5000");
  /* XOF has no minor unit, TND has three: the currency decides. */
  assert_take (aict_amount_format_for_display (xof), "1500000 XOF");
  assert_take (aict_amount_format_for_display (tnd), "1.500–2.250 TND");
  assert_take (aict_amount_format_for_display (usd), "$1.99");

  assert_take (aict_format_money (-500000, "EUR", FALSE), "-€5000");
  assert_take (aict_format_money (500000, "EUR", TRUE), "+€5000");
  assert_take (aict_format_money (0, "EUR", TRUE), "€0");
  assert_take (aict_format_money (-150, "XOF", FALSE), "-150 XOF");
}

static void
test_french_locale (void)
{
  g_autoptr(AictPartialDate) day = date ("2016-09-20");
  g_autoptr(AictPartialDate) month = date ("2016-02");
  g_autoptr(AictAmount) range = aict_amount_new_range (3000000, 7000000, "EUR");
  g_autofree char *sep = NULL;
  g_autofree char *expected = NULL;

  use_locale ("fr_FR.UTF-8");

  /* Month names come from LC_TIME, lower case in French. */
  assert_take (aict_partial_date_format_for_display (day), "20 septembre 2016");
  assert_take (aict_partial_date_format_for_display (month), "février 2016");

  /* French groups digits with a no-break space: narrow (U+202F) in
   * glibc ≥ 2.28, plain (U+00A0) before. */
  sep = g_strdup (localeconv ()->thousands_sep);
  g_assert_true (strcmp (sep, "\u202f") == 0 || strcmp (sep, "\u00a0") == 0);

  expected = g_strconcat ("30", sep, "000", NULL);
  assert_take (aict_format_integer (30000), expected);
  g_free (expected);

  assert_take (aict_format_decimal (150, 2, TRUE), "1,5");
  assert_take (aict_format_fte (150), "1,5 FTE");
  assert_take (aict_format_percent (3350), "33,5%");

  /* Without the catalogue the order stays English; the numbers are
   * French already. */
  expected = g_strconcat ("€30", sep, "000–70", sep, "000", NULL);
  assert_take (aict_amount_format_for_display (range), expected);
  g_free (expected);

  expected = g_strconcat ("1", sep, "234", sep, "567", sep, "890", NULL);
  assert_take (aict_format_integer (1234567890), expected);
}

static void
test_german_locale (void)
{
  g_autoptr(AictPartialDate) month = date ("2016-03");

  use_locale ("de_DE.UTF-8");

  assert_take (aict_partial_date_format_for_display (month), "März 2016");
  assert_take (aict_format_integer (30000), "30.000");
  assert_take (aict_format_decimal (123456, 2, FALSE), "1.234,56");
}

static void
test_truncate_and_wrap (void)
{
  g_autofree char *wrapped = NULL;
  g_auto(GStrv) lines = NULL;

  use_locale ("C.UTF-8");

  /* Characters, not bytes: É is two bytes. */
  assert_take (aict_format_truncate ("Établissement", 5), "Étab…");
  assert_take (aict_format_truncate ("Été", 3), "Été");
  assert_take (aict_format_truncate ("Été", 0), "");

  wrapped = aict_format_wrap ("un deux trois quatre cinq six sept huit neuf dix", 4, 20);
  lines = g_strsplit (wrapped, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* The first line starts at column 4; the others carry the indent. */
      g_assert_cmpint (g_utf8_strlen (lines[i], -1) + (i == 0 ? 4 : 0), <=, 20);
      if (i > 0)
        g_assert_true (g_str_has_prefix (lines[i], "    ") && lines[i][4] != ' ');
    }
  g_assert_true (g_str_has_prefix (wrapped, "un deux trois"));

  /* Newlines are kept, and a word longer than a line stays whole. */
  assert_take (aict_format_wrap ("a\nb", 2, 80), "a\n  b");
  assert_take (aict_format_wrap ("anticonstitutionnellement", 0, 10), "anticonstitutionnellement");
}

static void
test_table (void)
{
  g_autoptr(AictFormatTable) table = aict_format_table_new (3, 2);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  const char *name = "Établissements scolaires de la coopération de la Dordogne avec la Province de Larache";
  glong amount_end = -1;

  use_locale ("C.UTF-8");

  aict_format_table_set_column (table, 0, "Actor", AICT_FORMAT_ALIGN_LEFT, 0);
  aict_format_table_set_column (table, 1, "Country", AICT_FORMAT_ALIGN_LEFT, 12);
  aict_format_table_set_column (table, 2, "Amount", AICT_FORMAT_ALIGN_RIGHT, 0);
  aict_format_table_add_row (table, name, "Morocco", "€30,000,000");
  aict_format_table_add_row (table, "IME", "France, Metropolitan", "€5");
  aict_format_table_add_row (table, "Été", NULL, NULL);
  g_assert_cmpuint (aict_format_table_get_n_rows (table), ==, 3);

  text = aict_format_table_to_string (table);
  lines = g_strsplit (text, "\n", -1);
  /* Header, rule, three rows, and the empty string after the last
   * newline. */
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_cmpstr (lines[5], ==, "");

  for (guint i = 0; i < 5; i++)
    {
      g_assert_cmpint (g_utf8_strlen (lines[i], -1), <=, AICT_FORMAT_WIDTH);
      g_assert_true (g_str_has_prefix (lines[i], "  "));
      g_assert_false (g_str_has_suffix (lines[i], " "));
    }

  /* The long name is what gave way, to exactly the full width. */
  g_assert_cmpint (g_utf8_strlen (lines[2], -1), ==, AICT_FORMAT_WIDTH);
  g_assert_nonnull (strstr (lines[2], "…"));
  g_assert_true (g_str_has_prefix (lines[2], "  Établissements scolaires"));
  /* The country column stops at its maximum width. */
  g_assert_nonnull (strstr (lines[3], "France, Met…"));
  /* Numbers are right-aligned, never cut. */
  g_assert_true (g_str_has_suffix (lines[2], "€30,000,000"));
  g_assert_true (g_str_has_suffix (lines[3], " €5"));
  for (guint i = 2; i < 4; i++)
    {
      glong end = g_utf8_strlen (lines[i], -1);

      if (amount_end >= 0)
        g_assert_cmpint (end, ==, amount_end);
      amount_end = end;
    }
  /* Every row's second column starts at the same character. */
  g_assert_true (g_str_has_prefix (lines[0], "  Actor "));
  {
    glong column = g_utf8_pointer_to_offset (lines[0], strstr (lines[0], "Country"));

    g_assert_true (g_str_has_prefix (g_utf8_offset_to_pointer (lines[2], column), "Morocco"));
    g_assert_true (g_str_has_prefix (g_utf8_offset_to_pointer (lines[3], column), "France"));
    g_assert_true (g_str_has_prefix (g_utf8_offset_to_pointer (lines[1], column), "------------  "));
  }
  /* An empty cell at the end leaves no trailing blanks. */
  g_assert_cmpstr (lines[4], ==, "  Été");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/c-locale", test_c_locale);
  g_test_add_func ("/format/french-locale", test_french_locale);
  g_test_add_func ("/format/german-locale", test_german_locale);
  g_test_add_func ("/format/truncate-wrap", test_truncate_and_wrap);
  g_test_add_func ("/format/table", test_table);

  return g_test_run ();
}
