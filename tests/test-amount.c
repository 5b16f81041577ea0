/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <locale.h>
#include <string.h>

#include <aict/aict.h>

static void
test_amount_new_exact (void)
{
  g_autoptr(AictAmount) a = aict_amount_new (3000000, "EUR");

  g_assert_nonnull (a);
  g_assert_false (aict_amount_is_range (a));
  g_assert_cmpint (aict_amount_get_value (a), ==, 3000000);
  g_assert_cmpint (aict_amount_get_min (a), ==, 3000000);
  g_assert_cmpint (aict_amount_get_max (a), ==, 3000000);
  g_assert_cmpstr (aict_amount_get_currency (a), ==, "EUR");
  g_assert_false (aict_amount_get_approximate (a));
}

static void
test_amount_new_range (void)
{
  g_autoptr(AictAmount) a = aict_amount_new_range (3000000, 7000000, "EUR");
  g_autoptr(AictAmount) inverted = aict_amount_new_range (7000000, 3000000, "EUR");

  g_assert_true (aict_amount_is_range (a));
  g_assert_cmpint (aict_amount_get_value (a), ==, 3000000);  /* the min */
  g_assert_cmpint (aict_amount_get_min (a), ==, 3000000);
  g_assert_cmpint (aict_amount_get_max (a), ==, 7000000);
  g_assert_false (aict_amount_get_approximate (a));

  /* Allowed: the validator reports it. */
  g_assert_nonnull (inverted);
  g_assert_cmpint (aict_amount_get_min (inverted), ==, 7000000);
  g_assert_cmpint (aict_amount_get_max (inverted), ==, 3000000);
}

static void
test_amount_new_full (void)
{
  g_autoptr(AictAmount) a = aict_amount_new_full (120000000, 120000000, "EUR", FALSE, TRUE);
  g_autoptr(AictAmount) r = aict_amount_new_full (-5, 5, "XOF", TRUE, TRUE);
  g_autoptr(AictAmount) degenerate = aict_amount_new_full (5, 5, "XOF", TRUE, FALSE);
  g_autoptr(AictAmount) limit_lo = aict_amount_new (-AICT_AMOUNT_MAX, "EUR");
  g_autoptr(AictAmount) limit_hi = aict_amount_new (AICT_AMOUNT_MAX, "EUR");

  g_assert_false (aict_amount_is_range (a));
  g_assert_true (aict_amount_get_approximate (a));
  g_assert_true (aict_amount_is_range (r));
  g_assert_true (aict_amount_get_approximate (r));
  g_assert_cmpint (aict_amount_get_min (r), ==, -5);
  g_assert_cmpstr (aict_amount_get_currency (r), ==, "XOF");
  g_assert_true (aict_amount_is_range (degenerate));
  g_assert_cmpint (aict_amount_get_min (limit_lo), ==, -AICT_AMOUNT_MAX);
  g_assert_cmpint (aict_amount_get_max (limit_hi), ==, AICT_AMOUNT_MAX);
}

static void
test_amount_currency_interned (void)
{
  char buf[4] = { 'T', 'N', 'D', '\0' };
  g_autoptr(AictAmount) a = aict_amount_new (1, buf);
  g_autoptr(AictAmount) b = aict_amount_new (2, "TND");

  buf[0] = 'X';  /* the amount keeps its own (interned) copy */
  g_assert_cmpstr (aict_amount_get_currency (a), ==, "TND");
  g_assert_true (aict_amount_get_currency (a) == aict_amount_get_currency (b));
}

static void
test_amount_copy_equal (void)
{
  g_autoptr(AictAmount) a = aict_amount_new_range (100, 200, "EUR");
  g_autoptr(AictAmount) c = aict_amount_copy (a);
  g_autoptr(AictAmount) same = aict_amount_new_range (100, 200, "EUR");
  g_autoptr(AictAmount) exact = aict_amount_new (100, "EUR");
  g_autoptr(AictAmount) range_100 = aict_amount_new_range (100, 100, "EUR");
  g_autoptr(AictAmount) exact_100 = aict_amount_new (100, "EUR");
  g_autoptr(AictAmount) approx = aict_amount_new_full (100, 200, "EUR", TRUE, TRUE);
  g_autoptr(AictAmount) other_cur = aict_amount_new_range (100, 200, "USD");
  g_autoptr(AictAmount) other_max = aict_amount_new_range (100, 201, "EUR");

  g_assert_true (aict_amount_equal (a, c));
  g_assert_true (aict_amount_equal (a, same));
  g_assert_true (aict_amount_equal (same, a));
  g_assert_true (aict_amount_equal (exact, exact_100));
  g_assert_false (aict_amount_equal (a, exact));
  g_assert_false (aict_amount_equal (range_100, exact_100));
  g_assert_false (aict_amount_equal (a, approx));
  g_assert_false (aict_amount_equal (a, other_cur));
  g_assert_false (aict_amount_equal (a, other_max));

  aict_amount_free (NULL);  /* a no-op */
}

static void
test_amount_gvalue (void)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) copy = G_VALUE_INIT;
  g_autoptr(AictAmount) a = aict_amount_new_full (30000, 70000, "EUR", TRUE, TRUE);
  g_autoptr(AictAmount) dup = NULL;
  const AictAmount *got;

  g_assert_true (G_TYPE_IS_BOXED (AICT_TYPE_AMOUNT));
  g_assert_cmpstr (g_type_name (AICT_TYPE_AMOUNT), ==, "AictAmount");

  g_value_init (&value, AICT_TYPE_AMOUNT);
  g_value_set_boxed (&value, a);
  got = g_value_get_boxed (&value);
  g_assert_true (aict_amount_equal (got, a));

  g_value_init (&copy, AICT_TYPE_AMOUNT);
  g_value_copy (&value, &copy);
  g_assert_true (aict_amount_equal (g_value_get_boxed (&copy), a));

  dup = g_value_dup_boxed (&copy);
  g_assert_true (aict_amount_equal (dup, a));

  g_value_take_boxed (&value, aict_amount_new (1, "EUR"));
  g_assert_cmpint (aict_amount_get_value (g_value_get_boxed (&value)), ==, 1);
}

static void
test_amount_threads_worker_run (AictAmount *shared)
{
  for (int i = 0; i < 10000; i++)
    {
      AictAmount *c = aict_amount_copy (shared);
      g_assert_cmpint (aict_amount_get_max (c), ==, 2);
      aict_amount_free (c);
    }
}

static gpointer
test_amount_threads_worker (gpointer data)
{
  test_amount_threads_worker_run (data);
  return NULL;
}

static void
test_amount_threads (void)
{
  AictAmount *shared = aict_amount_new_range (1, 2, "EUR");
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("amount", test_amount_threads_worker, shared);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);

  g_assert_cmpint (aict_amount_get_min (shared), ==, 1);
  aict_amount_free (shared);
}

static void
assert_amount (const AictAmount *a,
               gint64            min,
               gint64            max,
               gboolean          is_range,
               gboolean          approximate)
{
  g_assert_nonnull (a);
  g_assert_cmpint (aict_amount_get_min (a), ==, min);
  g_assert_cmpint (aict_amount_get_max (a), ==, max);
  g_assert_cmpint (aict_amount_is_range (a), ==, is_range);
  g_assert_cmpint (aict_amount_get_approximate (a), ==, approximate);
  g_assert_cmpstr (aict_amount_get_currency (a), ==, "EUR");
}

static void
test_amount_add (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictAmount) r1 = aict_amount_new_range (3000000, 7000000, "EUR");
  g_autoptr(AictAmount) r2 = aict_amount_new_range (1000000, 2000000, "EUR");
  g_autoptr(AictAmount) e1 = aict_amount_new (500000, "EUR");
  g_autoptr(AictAmount) e2 = aict_amount_new (-200000, "EUR");
  g_autoptr(AictAmount) approx = aict_amount_new_full (100, 100, "EUR", FALSE, TRUE);
  g_autoptr(AictAmount) rr = NULL;
  g_autoptr(AictAmount) ee = NULL;
  g_autoptr(AictAmount) er = NULL;
  g_autoptr(AictAmount) re = NULL;
  g_autoptr(AictAmount) ea = NULL;
  g_autoptr(AictAmount) ra = NULL;

  rr = aict_amount_add (r1, r2, &error);
  g_assert_no_error (error);
  assert_amount (rr, 4000000, 9000000, TRUE, FALSE);

  ee = aict_amount_add (e1, e2, &error);
  g_assert_no_error (error);
  assert_amount (ee, 300000, 300000, FALSE, FALSE);

  er = aict_amount_add (e1, r1, &error);
  g_assert_no_error (error);
  assert_amount (er, 3500000, 7500000, TRUE, FALSE);

  re = aict_amount_add (r1, e1, &error);
  g_assert_no_error (error);
  assert_amount (re, 3500000, 7500000, TRUE, FALSE);

  ea = aict_amount_add (e1, approx, &error);
  g_assert_no_error (error);
  assert_amount (ea, 500100, 500100, FALSE, TRUE);

  ra = aict_amount_add (approx, r2, &error);
  g_assert_no_error (error);
  assert_amount (ra, 1000100, 2000100, TRUE, TRUE);

  /* Operands are untouched. */
  assert_amount (r1, 3000000, 7000000, TRUE, FALSE);
  assert_amount (e1, 500000, 500000, FALSE, FALSE);
}

static void
test_amount_subtract (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictAmount) r1 = aict_amount_new_range (3000000, 7000000, "EUR");
  g_autoptr(AictAmount) r2 = aict_amount_new_range (1000000, 2000000, "EUR");
  g_autoptr(AictAmount) e1 = aict_amount_new (20000000, "EUR");
  g_autoptr(AictAmount) e2 = aict_amount_new (5000000, "EUR");
  g_autoptr(AictAmount) approx = aict_amount_new_full (100, 200, "EUR", TRUE, TRUE);
  g_autoptr(AictAmount) rr = NULL;
  g_autoptr(AictAmount) ee = NULL;
  g_autoptr(AictAmount) er = NULL;
  g_autoptr(AictAmount) self_diff = NULL;
  g_autoptr(AictAmount) ra = NULL;

  rr = aict_amount_subtract (r1, r2, &error);
  g_assert_no_error (error);
  assert_amount (rr, 1000000, 6000000, TRUE, FALSE);

  ee = aict_amount_subtract (e2, e1, &error);
  g_assert_no_error (error);
  assert_amount (ee, -15000000, -15000000, FALSE, FALSE);

  er = aict_amount_subtract (e1, r1, &error);
  g_assert_no_error (error);
  assert_amount (er, 13000000, 17000000, TRUE, FALSE);

  self_diff = aict_amount_subtract (r2, r2, &error);
  g_assert_no_error (error);
  assert_amount (self_diff, -1000000, 1000000, TRUE, FALSE);

  ra = aict_amount_subtract (r2, approx, &error);
  g_assert_no_error (error);
  assert_amount (ra, 999800, 1999900, TRUE, TRUE);
}

static void
test_amount_overflow (void)
{
  g_autoptr(AictAmount) max = aict_amount_new (AICT_AMOUNT_MAX, "EUR");
  g_autoptr(AictAmount) min = aict_amount_new (-AICT_AMOUNT_MAX, "EUR");
  g_autoptr(AictAmount) max_minus_1 = aict_amount_new (AICT_AMOUNT_MAX - 1, "EUR");
  g_autoptr(AictAmount) one = aict_amount_new (1, "EUR");
  g_autoptr(AictAmount) zero_one = aict_amount_new_range (0, 1, "EUR");
  g_autoptr(AictAmount) res = NULL;
  GError *error = NULL;

  /* Exactly AICT_AMOUNT_MAX is fine… */
  res = aict_amount_add (max_minus_1, one, &error);
  g_assert_no_error (error);
  g_assert_cmpint (aict_amount_get_value (res), ==, AICT_AMOUNT_MAX);
  g_clear_pointer (&res, aict_amount_free);

  res = aict_amount_subtract (min, min, &error);
  g_assert_no_error (error);
  g_assert_cmpint (aict_amount_get_value (res), ==, 0);
  g_clear_pointer (&res, aict_amount_free);

  res = aict_amount_add (max, min, &error);
  g_assert_no_error (error);
  g_assert_cmpint (aict_amount_get_value (res), ==, 0);
  g_clear_pointer (&res, aict_amount_free);

  /* … one more is not. */
  res = aict_amount_add (max, one, &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_OVERFLOW);
  g_assert_null (res);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);

  res = aict_amount_subtract (min, one, &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_OVERFLOW);
  g_assert_null (res);
  g_clear_error (&error);

  res = aict_amount_subtract (one, min, &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_OVERFLOW);
  g_assert_null (res);
  g_clear_error (&error);

  /* Only the max bound overflows: still an error. */
  res = aict_amount_add (max, zero_one, &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_OVERFLOW);
  g_assert_null (res);
  g_clear_error (&error);

  /* Far beyond: max + max stays within gint64 but out of range. */
  res = aict_amount_add (max, max, &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_OVERFLOW);
  g_assert_null (res);
  g_clear_error (&error);

  /* NULL error is allowed. */
  g_assert_null (aict_amount_add (max, one, NULL));
}

static void
test_amount_currency_mismatch (void)
{
  g_autoptr(AictAmount) eur = aict_amount_new (100, "EUR");
  g_autoptr(AictAmount) xof = aict_amount_new (100, "XOF");
  g_autoptr(AictAmount) res = NULL;
  gint64 bp = 42;
  GError *error = NULL;

  res = aict_amount_add (eur, xof, &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_CURRENCY);
  g_assert_null (res);
  g_assert_nonnull (strstr (error->message, "EUR"));
  g_assert_nonnull (strstr (error->message, "XOF"));
  g_clear_error (&error);

  res = aict_amount_subtract (eur, xof, &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_CURRENCY);
  g_assert_null (res);
  g_clear_error (&error);

  bp = aict_amount_percent_change (eur, xof, &error);
  g_assert_cmpint (bp, ==, 0);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_CURRENCY);
  g_clear_error (&error);
}

static gint64
percent_change (gint64 from,
                gint64 to)
{
  g_autoptr(AictAmount) a = aict_amount_new (from, "EUR");
  g_autoptr(AictAmount) b = aict_amount_new (to, "EUR");
  g_autoptr(GError) error = NULL;
  gint64 bp = G_MININT64;

  bp = aict_amount_percent_change (a, b, &error);
  g_assert_no_error (error);

  return bp;
}

static void
test_amount_percent_change (void)
{
  g_autoptr(AictAmount) from = aict_amount_new (1, "EUR");
  g_autoptr(AictAmount) zero = aict_amount_new (0, "EUR");
  g_autoptr(AictAmount) range = aict_amount_new_range (1, 2, "EUR");
  g_autoptr(AictAmount) huge = aict_amount_new (AICT_AMOUNT_MAX, "EUR");
  g_autoptr(AictAmount) approx = aict_amount_new_full (150, 150, "EUR", FALSE, TRUE);
  gint64 bp = 42;
  GError *error = NULL;

  g_assert_cmpint (percent_change (200000, 50000), ==, -7500);
  g_assert_cmpint (percent_change (170000, 170000), ==, 0);
  g_assert_cmpint (percent_change (100, 200), ==, 10000);
  g_assert_cmpint (percent_change (100, 0), ==, -10000);
  g_assert_cmpint (percent_change (3, 4), ==, 3333);     /* 33.333… % */
  g_assert_cmpint (percent_change (3, 5), ==, 6667);     /* 66.666… % */
  g_assert_cmpint (percent_change (3, 2), ==, -3333);
  g_assert_cmpint (percent_change (3, 1), ==, -6667);
  g_assert_cmpint (percent_change (20000, 20001), ==, 1);  /* 0.005 % → half up */
  g_assert_cmpint (percent_change (20000, 19999), ==, -1); /* −0.005 % → half away */
  g_assert_cmpint (percent_change (40000, 40001), ==, 0);  /* 0.0025 % */
  g_assert_cmpint (percent_change (-100, -50), ==, 5000);  /* up, from a negative base */
  g_assert_cmpint (percent_change (-100, -200), ==, -10000);
  g_assert_cmpint (percent_change (-100, 100), ==, 20000);
  g_assert_cmpint (percent_change (AICT_AMOUNT_MAX, -AICT_AMOUNT_MAX), ==, -20000);
  g_assert_cmpint (percent_change (-AICT_AMOUNT_MAX, AICT_AMOUNT_MAX), ==, 20000);
  g_assert_cmpint (percent_change (AICT_AMOUNT_MAX, AICT_AMOUNT_MAX - 1), ==, 0);
  /* Large but representable: 90071992537409.91 → …410 */
  g_assert_cmpint (percent_change (1000000, AICT_AMOUNT_MAX), ==, G_GINT64_CONSTANT (90071992537410));
  g_assert_cmpint (percent_change (1, 900719925474), ==, G_GINT64_CONSTANT (9007199254730000));

  /* Approximate flags are ignored. */
  bp = aict_amount_percent_change (approx, from, NULL);
  g_assert_cmpint (bp, ==, -9933);
  /* basis_points is optional. */
  (void) aict_amount_percent_change (from, approx, NULL);

  bp = aict_amount_percent_change (zero, from, &error);
  g_assert_cmpint (bp, ==, 0);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  bp = aict_amount_percent_change (range, from, &error);
  g_assert_cmpint (bp, ==, 0);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  bp = aict_amount_percent_change (from, range, &error);
  g_assert_cmpint (bp, ==, 0);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* (2^53 − 2) × 10000 basis points does not fit within AICT_AMOUNT_MAX. */
  bp = aict_amount_percent_change (from, huge, &error);
  g_assert_cmpint (bp, ==, 0);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_OVERFLOW);
  g_clear_error (&error);
}

static void
test_amount_percent_change_overflow_edge (void)
{
  /* 1 → 900719925475 is 9007199254740000 bp (fits within 2^53 − 1);
   * 1 → 900719925476 is 9007199254750000 bp (does not). */
  g_autoptr(AictAmount) one = aict_amount_new (1, "EUR");
  g_autoptr(AictAmount) ok = aict_amount_new (900719925475, "EUR");
  g_autoptr(AictAmount) bad = aict_amount_new (900719925476, "EUR");
  GError *error = NULL;
  gint64 bp = 0;

  bp = aict_amount_percent_change (one, ok, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bp, ==, G_GINT64_CONSTANT (9007199254740000));

  bp = aict_amount_percent_change (one, bad, &error);
  g_assert_cmpint (bp, ==, 0);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_OVERFLOW);
  g_clear_error (&error);
}

static void
assert_format (gint64      minor,
               const char *currency,
               const char *expected)
{
  g_autofree char *s = aict_amount_format_value (minor, currency);

  g_assert_cmpstr (s, ==, expected);
}

static void
test_amount_format_value (void)
{
  /* EUR: 2 decimals */
  assert_format (0, "EUR", "0");
  assert_format (3000000, "EUR", "30000");
  assert_format (123450, "EUR", "1234.5");
  assert_format (123456, "EUR", "1234.56");
  assert_format (123401, "EUR", "1234.01");
  assert_format (-5, "EUR", "-0.05");
  assert_format (-50, "EUR", "-0.5");
  assert_format (-100, "EUR", "-1");
  assert_format (-123450, "EUR", "-1234.5");
  assert_format (AICT_AMOUNT_MAX, "EUR", "90071992547409.91");
  assert_format (-AICT_AMOUNT_MAX, "EUR", "-90071992547409.91");
  /* XOF: no decimals */
  assert_format (0, "XOF", "0");
  assert_format (30000, "XOF", "30000");
  assert_format (-1500, "XOF", "-1500");
  assert_format (-1, "XOF", "-1");
  /* TND: 3 decimals */
  assert_format (0, "TND", "0");
  assert_format (-1500, "TND", "-1.5");
  assert_format (-1, "TND", "-0.001");
  assert_format (-10, "TND", "-0.01");
  assert_format (1234567, "TND", "1234.567");
  assert_format (-2000, "TND", "-2");
  /* unknown currency: 2 decimals */
  assert_format (-12345, "ZZZ", "-123.45");
  /* anything gint64, even outside the range of amounts */
  assert_format (G_MININT64, "XOF", "-9223372036854775808");
  assert_format (G_MININT64, "EUR", "-92233720368547758.08");
  assert_format (G_MAXINT64, "TND", "9223372036854775.807");
}

static void
test_amount_format_value_locale (void)
{
  /* Integer formatting never depends on the locale, but make sure a
   * comma-decimal locale (if installed) does not leak in. */
  const char *locales[] = { "fr_FR.UTF-8", "de_DE.UTF-8", "C.UTF-8" };

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autofree char *old = g_strdup (setlocale (LC_ALL, NULL));

      if (setlocale (LC_ALL, locales[i]) == NULL)
        continue;

      assert_format (123450, "EUR", "1234.5");
      assert_format (123456789, "EUR", "1234567.89");
      setlocale (LC_ALL, old);
    }
}

static void
assert_to_string (AictAmount *a,
                  const char *expected)
{
  g_autofree char *s = aict_amount_to_string (a);

  g_assert_cmpstr (s, ==, expected);
  g_assert_true (g_utf8_validate (s, -1, NULL));
  aict_amount_free (a);
}

static void
test_amount_to_string (void)
{
  assert_to_string (aict_amount_new (3000000, "EUR"), "30000 EUR");
  assert_to_string (aict_amount_new_range (3000000, 7000000, "EUR"), "30000–70000 EUR");
  assert_to_string (aict_amount_new_full (120000000, 120000000, "EUR", FALSE, TRUE),
                    "~1200000 EUR");
  assert_to_string (aict_amount_new_full (3000000, 7000050, "EUR", TRUE, TRUE),
                    "~30000–70000.5 EUR");
  assert_to_string (aict_amount_new_range (-1500, 1500, "TND"), "-1.5–1.5 TND");
  assert_to_string (aict_amount_new (0, "XOF"), "0 XOF");
  assert_to_string (aict_amount_new (-5, "EUR"), "-0.05 EUR");
}

static void
test_amount_precondition (void)
{
  AictAmount *a;
  g_autoptr(AictAmount) ok = aict_amount_new (1, "EUR");
  GError *error = NULL;
  gint64 bp;

  const char *bad_codes[] = { "eur", "EU", "EURO", "", "E1R", "ÉUR" };
  for (guint i = 0; i < G_N_ELEMENTS (bad_codes); i++)
    {
      g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*is_currency_code*");
      a = aict_amount_new (1, bad_codes[i]);
      g_test_assert_expected_messages ();
      g_assert_null (a);
    }

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*is_currency_code*");
  a = aict_amount_new (1, NULL);
  g_test_assert_expected_messages ();
  g_assert_null (a);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AMOUNT_IN_RANGE (min)*");
  a = aict_amount_new (AICT_AMOUNT_MAX + 1, "EUR");
  g_test_assert_expected_messages ();
  g_assert_null (a);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AMOUNT_IN_RANGE (min)*");
  a = aict_amount_new (-AICT_AMOUNT_MAX - 1, "EUR");
  g_test_assert_expected_messages ();
  g_assert_null (a);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AMOUNT_IN_RANGE (min)*");
  a = aict_amount_new (G_MININT64, "EUR");
  g_test_assert_expected_messages ();
  g_assert_null (a);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AMOUNT_IN_RANGE (max)*");
  a = aict_amount_new_range (0, AICT_AMOUNT_MAX + 1, "EUR");
  g_test_assert_expected_messages ();
  g_assert_null (a);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*is_range || min == max*");
  a = aict_amount_new_full (1, 2, "EUR", FALSE, FALSE);
  g_test_assert_expected_messages ();
  g_assert_null (a);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  g_assert_null (aict_amount_copy (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  g_assert_cmpint (aict_amount_get_value (NULL), ==, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  g_assert_null (aict_amount_get_currency (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*b != NULL*");
  g_assert_false (aict_amount_equal (ok, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*b != NULL*");
  g_assert_null (aict_amount_add (ok, NULL, &error));
  g_test_assert_expected_messages ();
  g_assert_null (error);

  error = g_error_new_literal (AICT_ERROR, AICT_ERROR_FAILED, "already set");
  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*error == NULL || *error == NULL*");
  g_assert_null (aict_amount_subtract (ok, ok, &error));
  g_test_assert_expected_messages ();
  g_clear_error (&error);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*from != NULL*");
  bp = aict_amount_percent_change (NULL, ok, NULL);
  g_assert_cmpint (bp, ==, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*is_currency_code*");
  g_assert_null (aict_amount_format_value (1, "eur"));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  g_assert_null (aict_amount_to_string (NULL));
  g_test_assert_expected_messages ();
}

static void
test_amount_new_minor_major (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictAmount) minor = aict_amount_new_minor (30000, "EUR");
  g_autoptr(AictAmount) old = aict_amount_new (30000, "EUR");
  g_autoptr(AictAmount) major = aict_amount_new_major (30000, "EUR", &error);
  g_autoptr(AictAmount) xof = NULL;
  g_autoptr(AictAmount) tnd = NULL;
  g_autoptr(AictAmount) unknown = NULL;
  g_autoptr(AictAmount) none = NULL;

  g_assert_no_error (error);
  g_assert_true (aict_amount_equal (minor, old));
  g_assert_cmpint (aict_amount_get_value (minor), ==, 30000);   /* 300 EUR */
  g_assert_cmpint (aict_amount_get_value (major), ==, 3000000); /* 30 000 EUR */

  xof = aict_amount_new_major (-30000, "XOF", &error);
  g_assert_no_error (error);
  g_assert_cmpint (aict_amount_get_value (xof), ==, -30000);
  tnd = aict_amount_new_major (2, "TND", &error);
  g_assert_no_error (error);
  g_assert_cmpint (aict_amount_get_value (tnd), ==, 2000);
  unknown = aict_amount_new_major (2, "ZZZ", &error);  /* 2 decimals */
  g_assert_no_error (error);
  g_assert_cmpint (aict_amount_get_value (unknown), ==, 200);

  none = aict_amount_new_major (AICT_AMOUNT_MAX / 100 + 1, "EUR", &error);
  g_assert_null (none);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_OVERFLOW);
  g_clear_error (&error);
  none = aict_amount_new_major (G_MININT64, "EUR", &error);
  g_assert_null (none);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_OVERFLOW);
  g_clear_error (&error);
  none = aict_amount_new_major (1, "eur", &error);
  g_assert_null (none);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "“eur”"));
}

static void
test_amount_new_from_string (void)
{
  static const struct { const char *text, *currency; gint64 minor; } good[] = {
    { "30000.50", "EUR", 3000050 },
    { "30000", "EUR", 3000000 },
    { "30000.5", "EUR", 3000050 },
    { "30000.500", "EUR", 3000050 },   /* trailing zeros: same value */
    { "-0.05", "EUR", -5 },
    { "-0", "EUR", 0 },
    { "0.001", "TND", 1 },
    { "30000", "XOF", 30000 },
    { "30000.00", "XOF", 30000 },
    { "1.25", "ZZZ", 125 },            /* unknown code: 2 decimals */
    { "90071992547409.91", "EUR", AICT_AMOUNT_MAX },
    { "-9007199254740991", "XOF", -AICT_AMOUNT_MAX },
  };
  static const struct { const char *text, *currency; int code; const char *says; } bad[] = {
    { "0.005", "EUR", AICT_ERROR_INVALID_ARGUMENT, "EUR has at most 2 decimal places" },
    { "1.5", "XOF", AICT_ERROR_INVALID_ARGUMENT, "XOF has no decimal places" },
    { "0.0001", "TND", AICT_ERROR_INVALID_ARGUMENT, "at most 3" },
    { "", "EUR", AICT_ERROR_INVALID_ARGUMENT, "not a decimal amount" },
    { "-", "EUR", AICT_ERROR_INVALID_ARGUMENT, "not a decimal amount" },
    { "+1", "EUR", AICT_ERROR_INVALID_ARGUMENT, "“+1”" },
    { " 1", "EUR", AICT_ERROR_INVALID_ARGUMENT, "not a decimal amount" },
    { "1 ", "EUR", AICT_ERROR_INVALID_ARGUMENT, "not a decimal amount" },
    { "1,5", "EUR", AICT_ERROR_INVALID_ARGUMENT, "“1,5”" },
    { ".5", "EUR", AICT_ERROR_INVALID_ARGUMENT, "not a decimal amount" },
    { "5.", "EUR", AICT_ERROR_INVALID_ARGUMENT, "not a decimal amount" },
    { "1e3", "EUR", AICT_ERROR_INVALID_ARGUMENT, "not a decimal amount" },
    { "1.5e3", "EUR", AICT_ERROR_INVALID_ARGUMENT, "not a decimal amount" },
    { "NaN", "EUR", AICT_ERROR_INVALID_ARGUMENT, "not a decimal amount" },
    { "1.2.3", "EUR", AICT_ERROR_INVALID_ARGUMENT, "not a decimal amount" },
    { "1\n", "EUR", AICT_ERROR_INVALID_ARGUMENT, "“1\\n”" },   /* escaped */
    { "90071992547409.92", "EUR", AICT_ERROR_OVERFLOW, "too large" },
    { "99999999999999999999999", "XOF", AICT_ERROR_OVERFLOW, "too large" },
    { "1", "Euro", AICT_ERROR_INVALID_ARGUMENT, "not a currency code" },
    { "1", "", AICT_ERROR_INVALID_ARGUMENT, "not a currency code" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AictAmount) a = aict_amount_new_from_string (good[i].text, good[i].currency, &error);

      g_assert_no_error (error);
      g_assert_cmpint (aict_amount_get_value (a), ==, good[i].minor);
      g_assert_false (aict_amount_is_range (a));
      g_assert_cmpstr (aict_amount_get_currency (a), ==, good[i].currency);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AictAmount) a = aict_amount_new_from_string (bad[i].text, bad[i].currency, &error);

      g_assert_null (a);
      g_assert_error (error, AICT_ERROR, bad[i].code);
      if (strstr (error->message, bad[i].says) == NULL)
        g_error ("%s: message “%s” lacks “%s”", bad[i].text, error->message, bad[i].says);
    }

  /* The inverse of format_value. */
  for (gint64 v = -100005; v <= 100005; v += 3331)
    {
      g_autofree char *text = aict_amount_format_value (v, "TND");
      g_autoptr(AictAmount) a = aict_amount_new_from_string (text, "TND", NULL);

      g_assert_cmpint (aict_amount_get_value (a), ==, v);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aict/amount/new-exact", test_amount_new_exact);
  g_test_add_func ("/aict/amount/new-range", test_amount_new_range);
  g_test_add_func ("/aict/amount/new-full", test_amount_new_full);
  g_test_add_func ("/aict/amount/currency-interned", test_amount_currency_interned);
  g_test_add_func ("/aict/amount/copy-equal", test_amount_copy_equal);
  g_test_add_func ("/aict/amount/gvalue", test_amount_gvalue);
  g_test_add_func ("/aict/amount/threads", test_amount_threads);
  g_test_add_func ("/aict/amount/add", test_amount_add);
  g_test_add_func ("/aict/amount/subtract", test_amount_subtract);
  g_test_add_func ("/aict/amount/overflow", test_amount_overflow);
  g_test_add_func ("/aict/amount/currency-mismatch", test_amount_currency_mismatch);
  g_test_add_func ("/aict/amount/percent-change", test_amount_percent_change);
  g_test_add_func ("/aict/amount/percent-change-overflow-edge",
                   test_amount_percent_change_overflow_edge);
  g_test_add_func ("/aict/amount/format-value", test_amount_format_value);
  g_test_add_func ("/aict/amount/format-value-locale", test_amount_format_value_locale);
  g_test_add_func ("/aict/amount/to-string", test_amount_to_string);
  g_test_add_func ("/aict/amount/precondition", test_amount_precondition);
  g_test_add_func ("/aict/amount/new-minor-major", test_amount_new_minor_major);
  g_test_add_func ("/aict/amount/new-from-string", test_amount_new_from_string);

  return g_test_run ();
}
