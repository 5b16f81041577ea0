/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <string.h>

#include <aict/aict.h>

static AictPartialDate *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  AictPartialDate *date = aict_partial_date_parse (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (date);

  return date;
}

static void
assert_fields (const AictPartialDate *date,
               int                    year,
               int                    month,
               int                    day,
               AictDatePrecision      precision)
{
  g_assert_cmpint (aict_partial_date_get_year (date), ==, year);
  g_assert_cmpint (aict_partial_date_get_month (date), ==, month);
  g_assert_cmpint (aict_partial_date_get_day (date), ==, day);
  g_assert_cmpint (aict_partial_date_get_precision (date), ==, precision);
}

static void
test_partial_date_new (void)
{
  g_autoptr(AictPartialDate) y = aict_partial_date_new (2016, 0, 0);
  g_autoptr(AictPartialDate) m = aict_partial_date_new (2016, 9, 0);
  g_autoptr(AictPartialDate) d = aict_partial_date_new (2016, 9, 27);
  g_autoptr(AictPartialDate) first = aict_partial_date_new (1000, 1, 1);
  g_autoptr(AictPartialDate) last = aict_partial_date_new (9999, 12, 31);
  g_autoptr(AictPartialDate) leap = aict_partial_date_new (2016, 2, 29);

  assert_fields (y, 2016, 0, 0, AICT_DATE_PRECISION_YEAR);
  assert_fields (m, 2016, 9, 0, AICT_DATE_PRECISION_MONTH);
  assert_fields (d, 2016, 9, 27, AICT_DATE_PRECISION_DAY);
  assert_fields (first, 1000, 1, 1, AICT_DATE_PRECISION_DAY);
  assert_fields (last, 9999, 12, 31, AICT_DATE_PRECISION_DAY);
  assert_fields (leap, 2016, 2, 29, AICT_DATE_PRECISION_DAY);
}

static void
test_partial_date_parse (void)
{
  const struct {
    const char *text;
    int year, month, day;
    AictDatePrecision precision;
  } cases[] = {
    { "2016", 2016, 0, 0, AICT_DATE_PRECISION_YEAR },
    { "1000", 1000, 0, 0, AICT_DATE_PRECISION_YEAR },
    { "9999", 9999, 0, 0, AICT_DATE_PRECISION_YEAR },
    { "2016-09", 2016, 9, 0, AICT_DATE_PRECISION_MONTH },
    { "2016-01", 2016, 1, 0, AICT_DATE_PRECISION_MONTH },
    { "2016-12", 2016, 12, 0, AICT_DATE_PRECISION_MONTH },
    { "2016-09-27", 2016, 9, 27, AICT_DATE_PRECISION_DAY },
    { "2016-02-29", 2016, 2, 29, AICT_DATE_PRECISION_DAY },  /* leap year */
    { "2000-02-29", 2000, 2, 29, AICT_DATE_PRECISION_DAY },  /* divisible by 400 */
    { "2015-02-28", 2015, 2, 28, AICT_DATE_PRECISION_DAY },
    { "2016-04-30", 2016, 4, 30, AICT_DATE_PRECISION_DAY },
    { "2016-12-31", 2016, 12, 31, AICT_DATE_PRECISION_DAY },
    { "1000-01-01", 1000, 1, 1, AICT_DATE_PRECISION_DAY },
    { "9999-12-31", 9999, 12, 31, AICT_DATE_PRECISION_DAY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AictPartialDate) date = parse_ok (cases[i].text);
      g_autofree char *text = aict_partial_date_to_string (date);

      assert_fields (date, cases[i].year, cases[i].month, cases[i].day,
                     cases[i].precision);
      g_assert_cmpstr (text, ==, cases[i].text);  /* canonical round trip */
    }
}

static void
test_partial_date_parse_reject (void)
{
  const char *cases[] = {
    "", "16", "201", "999", "0999", "0000", "10000", "2016-", "2016-9",
    "2016-1-01", "2016-13", "2016-00", "2016-02-30", "2015-02-29",
    "1900-02-29", "2100-02-29", "2016-04-31", "2016-01-00", "2016-01-32",
    "2016-01-1", "2016-01-001", " 2016", "2016 ", "2016\n", "+2016",
    "-2016", "2016/01/01", "2016_01", "2016-01-01T00:00", "201a",
    "2016-0a", "2016-01-0x", "abcd", "2016--1",
    "２０１６",                 /* fullwidth digits */
    "٢٠١٦",                     /* Arabic-Indic digits */
    "2016-09-27 ",
    ("\xff\xfe" "16"),          /* not UTF-8 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AictPartialDate) date = aict_partial_date_parse (cases[i], &error);
      g_autofree char *escaped = g_strescape (cases[i], NULL);

      g_test_message ("rejecting \"%s\"", escaped);
      g_assert_null (date);
      g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      if (g_utf8_validate (cases[i], -1, NULL) && strchr (cases[i], '\n') == NULL)
        g_assert_nonnull (strstr (error->message, cases[i]));
    }

  /* A NULL error is fine too. */
  g_assert_null (aict_partial_date_parse ("2016-02-30", NULL));
}

static void
test_partial_date_parse_message (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictPartialDate) date = NULL;
  g_autofree char *long_text = g_strnfill (100000, '7');
  g_autofree char *long_utf8 = NULL;
  GString *builder;

  date = aict_partial_date_parse ("2015-02-29", &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_cmpstr (error->message, ==,
                   "“2015-02-29” is not a partial date: the day must be between 01 and 28");
  g_clear_error (&error);

  date = aict_partial_date_parse ("2016-13", &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_cmpstr (error->message, ==,
                   "“2016-13” is not a partial date: the month must be between 01 and 12");
  g_clear_error (&error);

  date = aict_partial_date_parse ("0999", &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_cmpstr (error->message, ==,
                   "“0999” is not a partial date: the year must be between 1000 and 9999");
  g_clear_error (&error);

  date = aict_partial_date_parse ("2016-9", &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_cmpstr (error->message, ==,
                   "“2016-9” is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD");
  g_clear_error (&error);

  /* Untrusted text is bounded, valid UTF-8 and on one line. */
  date = aict_partial_date_parse (long_text, &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_cmpuint (strlen (error->message), <, 200);
  g_assert_nonnull (strstr (error->message, "…”"));
  g_clear_error (&error);

  builder = g_string_new (NULL);
  for (int i = 0; i < 40; i++)
    g_string_append (builder, "é");   /* cut in the middle of a character? */
  long_utf8 = g_string_free (builder, FALSE);
  date = aict_partial_date_parse (long_utf8 + 1, &error);   /* starts mid-sequence */
  g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);

  date = aict_partial_date_parse ("20\n\t\x7f" "6", &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_null (strchr (error->message, '\t'));
  g_assert_null (strchr (error->message, '\x7f'));
  g_clear_error (&error);

  date = aict_partial_date_parse ("\xff\xfe" "16", &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);
}

static void
assert_gdate (GDate *date,
              int    year,
              int    month,
              int    day)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_year (date), ==, year);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_day (date), ==, day);
  g_date_free (date);
}

static void
test_partial_date_first_last_day (void)
{
  g_autoptr(AictPartialDate) y = parse_ok ("2016");
  g_autoptr(AictPartialDate) feb_leap = parse_ok ("2016-02");
  g_autoptr(AictPartialDate) feb = parse_ok ("2015-02");
  g_autoptr(AictPartialDate) feb_1900 = parse_ok ("1900-02");
  g_autoptr(AictPartialDate) apr = parse_ok ("2016-04");
  g_autoptr(AictPartialDate) d = parse_ok ("2016-09-27");

  assert_gdate (aict_partial_date_get_first_day (y), 2016, 1, 1);
  assert_gdate (aict_partial_date_get_last_day (y), 2016, 12, 31);
  assert_gdate (aict_partial_date_get_first_day (feb_leap), 2016, 2, 1);
  assert_gdate (aict_partial_date_get_last_day (feb_leap), 2016, 2, 29);
  assert_gdate (aict_partial_date_get_last_day (feb), 2015, 2, 28);
  assert_gdate (aict_partial_date_get_last_day (feb_1900), 1900, 2, 28);
  assert_gdate (aict_partial_date_get_last_day (apr), 2016, 4, 30);
  assert_gdate (aict_partial_date_get_first_day (d), 2016, 9, 27);
  assert_gdate (aict_partial_date_get_last_day (d), 2016, 9, 27);
}

static void
test_partial_date_copy_equal_hash (void)
{
  g_autoptr(AictPartialDate) a = parse_ok ("2016-09");
  g_autoptr(AictPartialDate) b = aict_partial_date_copy (a);
  g_autoptr(AictPartialDate) c = aict_partial_date_new (2016, 9, 0);
  g_autoptr(AictPartialDate) year = parse_ok ("2016");
  g_autoptr(AictPartialDate) jan = parse_ok ("2016-01");
  g_autoptr(AictPartialDate) jan1 = parse_ok ("2016-01-01");
  g_autoptr(GHashTable) set = NULL;

  /* Copies share the immutable value (copy takes a reference). */
  g_assert_true (a == b);
  g_assert_true (aict_partial_date_equal (a, b));
  g_assert_true (aict_partial_date_equal (a, c));
  g_assert_cmpuint (aict_partial_date_hash (a), ==, aict_partial_date_hash (c));
  /* Same first day, different precision: different. */
  g_assert_false (aict_partial_date_equal (year, jan));
  g_assert_false (aict_partial_date_equal (jan, jan1));
  g_assert_false (aict_partial_date_equal (year, jan1));
  g_assert_cmpuint (aict_partial_date_hash (year), !=, aict_partial_date_hash (jan));
  g_assert_cmpuint (aict_partial_date_hash (jan), !=, aict_partial_date_hash (jan1));

  set = g_hash_table_new_full ((GHashFunc) aict_partial_date_hash,
                               (GEqualFunc) aict_partial_date_equal,
                               (GDestroyNotify) aict_partial_date_free, NULL);
  g_hash_table_add (set, aict_partial_date_copy (a));
  g_hash_table_add (set, aict_partial_date_copy (year));
  g_hash_table_add (set, aict_partial_date_copy (jan));
  g_hash_table_add (set, aict_partial_date_copy (c));   /* replaces a's copy */
  g_assert_cmpuint (g_hash_table_size (set), ==, 3);
  g_assert_true (g_hash_table_contains (set, b));
  g_assert_false (g_hash_table_contains (set, jan1));

  aict_partial_date_free (NULL);  /* a no-op */
}

static void
test_partial_date_gvalue (void)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) copy = G_VALUE_INIT;
  g_autoptr(AictPartialDate) d = parse_ok ("2016-02-29");
  g_autoptr(AictPartialDate) dup = NULL;

  g_assert_true (G_TYPE_IS_BOXED (AICT_TYPE_PARTIAL_DATE));
  g_assert_cmpstr (g_type_name (AICT_TYPE_PARTIAL_DATE), ==, "AictPartialDate");

  g_value_init (&value, AICT_TYPE_PARTIAL_DATE);
  g_value_set_boxed (&value, d);
  g_assert_true (g_value_get_boxed (&value) == (gpointer) d);  /* a copy shares the immutable value */
  g_assert_true (aict_partial_date_equal (g_value_get_boxed (&value), d));

  g_value_init (&copy, AICT_TYPE_PARTIAL_DATE);
  g_value_copy (&value, &copy);
  dup = g_value_dup_boxed (&copy);
  g_assert_true (aict_partial_date_equal (dup, d));
}

/* Each row: a, b, compare (a, b). */
static const struct {
  const char *a;
  const char *b;
  int expected;
} compare_cases[] = {
  { "2016", "2016", 0 },
  { "2016", "2017", -1 },
  { "2017", "2016", 1 },
  { "2016", "2016-05", 0 },
  { "2016-05", "2016", 0 },
  { "2016", "2017-01", -1 },
  { "2017-01", "2016", 1 },
  { "2016", "2016-12-31", 0 },
  { "2016", "2016-01-01", 0 },
  { "2016", "2017-01-01", -1 },
  { "2015-12-31", "2016", -1 },
  { "2016-12-31", "2017", -1 },
  { "2016-05", "2016-05-31", 0 },
  { "2016-05", "2016-06-01", -1 },
  { "2016-05-31", "2016-06", -1 },
  { "2016-02", "2016-02-29", 0 },
  { "2016-02", "2016-03-01", -1 },
  { "2015-02", "2015-03-01", -1 },
  { "2016-05", "2016-04", 1 },
  { "2016-05", "2016-05", 0 },
  { "2016-05-10", "2016-05-10", 0 },
  { "2016-05-10", "2016-05-11", -1 },
  { "2016-05-11", "2016-05-10", 1 },
  { "2016-12", "2017-01", -1 },
  { "1000", "9999", -1 },
  { "9999-12-31", "9999", 0 },
};

static void
test_partial_date_compare (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (compare_cases); i++)
    {
      g_autoptr(AictPartialDate) a = parse_ok (compare_cases[i].a);
      g_autoptr(AictPartialDate) b = parse_ok (compare_cases[i].b);
      int expected = compare_cases[i].expected;

      g_test_message ("compare (%s, %s)", compare_cases[i].a, compare_cases[i].b);
      g_assert_cmpint (aict_partial_date_compare (a, b), ==, expected);
      g_assert_cmpint (aict_partial_date_compare (b, a), ==, -expected);
      g_assert_cmpint (aict_partial_date_is_before (a, b), ==, expected < 0);
      g_assert_cmpint (aict_partial_date_is_before (b, a), ==, expected > 0);
      g_assert_cmpint (aict_partial_date_overlaps (a, b), ==, expected == 0);
      g_assert_cmpint (aict_partial_date_overlaps (b, a), ==, expected == 0);
    }
}

static const char *sorted[] = {
  "1000", "1000-01", "1000-01-01",
  "2015", "2015-12", "2015-12-31",
  "2016", "2016-01", "2016-01-01", "2016-01-02", "2016-01-31",
  "2016-02", "2016-02-01", "2016-02-29",
  "2016-12", "2016-12-31",
  "2017", "2017-01-01",
  "9999", "9999-12", "9999-12-31",
};

static void
test_partial_date_compare_matrix (void)
{
  /* Check compare, is_before and overlaps on every pair against the
   * definition through first and last days. */
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    for (guint j = 0; j < G_N_ELEMENTS (sorted); j++)
      {
        g_autoptr(AictPartialDate) a = parse_ok (sorted[i]);
        g_autoptr(AictPartialDate) b = parse_ok (sorted[j]);
        GDate *a_first = aict_partial_date_get_first_day (a);
        GDate *a_last = aict_partial_date_get_last_day (a);
        GDate *b_first = aict_partial_date_get_first_day (b);
        GDate *b_last = aict_partial_date_get_last_day (b);
        int expected;

        if (g_date_compare (a_last, b_first) < 0)
          expected = -1;
        else if (g_date_compare (a_first, b_last) > 0)
          expected = 1;
        else
          expected = 0;

        g_assert_cmpint (aict_partial_date_compare (a, b), ==, expected);
        g_assert_cmpint (aict_partial_date_is_before (a, b), ==, expected < 0);
        g_assert_cmpint (aict_partial_date_overlaps (a, b), ==, expected == 0);
        g_assert_cmpint (aict_partial_date_compare_date (a, b_first), ==,
                         g_date_compare (a_last, b_first) < 0 ? -1 :
                         g_date_compare (a_first, b_first) > 0 ? 1 : 0);

        g_date_free (a_first);
        g_date_free (a_last);
        g_date_free (b_first);
        g_date_free (b_last);
      }
}

static int
sort_compare_ptr (gconstpointer a,
                  gconstpointer b)
{
  return aict_partial_date_sort_compare (*(AictPartialDate * const *) a,
                                         *(AictPartialDate * const *) b);
}

static void
test_partial_date_sort (void)
{
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func ((GDestroyNotify) aict_partial_date_free);
  GRand *rand = g_rand_new_with_seed (42);

  /* Total order: consistent with the list, antisymmetric, 0 only for equal. */
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    for (guint j = 0; j < G_N_ELEMENTS (sorted); j++)
      {
        g_autoptr(AictPartialDate) a = parse_ok (sorted[i]);
        g_autoptr(AictPartialDate) b = parse_ok (sorted[j]);
        int got = aict_partial_date_sort_compare (a, b);

        g_assert_cmpint (got < 0, ==, i < j);
        g_assert_cmpint (got > 0, ==, i > j);
        g_assert_cmpint (got == 0, ==, aict_partial_date_equal (a, b));
      }

  /* Sort a shuffled copy (twice over, with duplicates). */
  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
      g_ptr_array_add (dates, parse_ok (sorted[i]));
  for (guint i = dates->len - 1; i > 0; i--)
    {
      guint j = g_rand_int_range (rand, 0, i + 1);
      gpointer tmp = dates->pdata[i];

      dates->pdata[i] = dates->pdata[j];
      dates->pdata[j] = tmp;
    }
  g_rand_free (rand);

  g_ptr_array_sort (dates, sort_compare_ptr);
  for (guint i = 0; i < dates->len; i++)
    {
      g_autofree char *text = aict_partial_date_to_string (dates->pdata[i]);
      g_assert_cmpstr (text, ==, sorted[i / 2]);
    }
}

static void
test_partial_date_compare_date (void)
{
  g_autoptr(AictPartialDate) end_year = parse_ok ("2016");
  g_autoptr(AictPartialDate) end_month = parse_ok ("2016-02");
  g_autoptr(AictPartialDate) end_day = parse_ok ("2016-02-10");
  GDate *date = g_date_new_dmy (1, G_DATE_JANUARY, 2017);

  /* "active with a past end": the whole end lies before the reference day. */
  g_assert_cmpint (aict_partial_date_compare_date (end_year, date), ==, -1);
  g_assert_cmpint (aict_partial_date_compare_date (end_month, date), ==, -1);
  g_assert_cmpint (aict_partial_date_compare_date (end_day, date), ==, -1);

  g_date_set_dmy (date, 31, G_DATE_DECEMBER, 2016);
  g_assert_cmpint (aict_partial_date_compare_date (end_year, date), ==, 0);
  g_assert_cmpint (aict_partial_date_compare_date (end_month, date), ==, -1);

  g_date_set_dmy (date, 29, G_DATE_FEBRUARY, 2016);
  g_assert_cmpint (aict_partial_date_compare_date (end_year, date), ==, 0);
  g_assert_cmpint (aict_partial_date_compare_date (end_month, date), ==, 0);
  g_assert_cmpint (aict_partial_date_compare_date (end_day, date), ==, -1);

  g_date_set_dmy (date, 10, G_DATE_FEBRUARY, 2016);
  g_assert_cmpint (aict_partial_date_compare_date (end_day, date), ==, 0);

  g_date_set_dmy (date, 9, G_DATE_FEBRUARY, 2016);
  g_assert_cmpint (aict_partial_date_compare_date (end_day, date), ==, 1);

  g_date_set_dmy (date, 31, G_DATE_JANUARY, 2016);
  g_assert_cmpint (aict_partial_date_compare_date (end_month, date), ==, 1);

  g_date_set_dmy (date, 31, G_DATE_DECEMBER, 2015);
  g_assert_cmpint (aict_partial_date_compare_date (end_year, date), ==, 1);

  /* GDate years beyond the range of partial dates still compare. */
  g_date_set_dmy (date, 1, G_DATE_JANUARY, 1);
  g_assert_cmpint (aict_partial_date_compare_date (end_year, date), ==, 1);
  g_date_set_dmy (date, 31, G_DATE_DECEMBER, G_MAXUINT16);
  g_assert_cmpint (aict_partial_date_compare_date (end_year, date), ==, -1);

  g_date_free (date);
}

static void
test_partial_date_precondition (void)
{
  g_autoptr(AictPartialDate) ok = parse_ok ("2016");
  GDate *invalid = g_date_new ();
  AictPartialDate *d;
  GError *error = NULL;

  const struct { int y, m, d; const char *msg; } bad[] = {
    { 999, 0, 0, "*year >= MIN_YEAR*" },
    { 10000, 0, 0, "*year >= MIN_YEAR*" },
    { 2016, 13, 0, "*month >= 0 && month <= 12*" },
    { 2016, -1, 0, "*month >= 0 && month <= 12*" },
    { 2016, 1, -1, "*day >= 0 && day <= 31*" },
    { 2016, 1, 32, "*day >= 0 && day <= 31*" },
    { 2016, 0, 5, "*month != 0 || day == 0*" },
    { 2016, 2, 30, "*g_date_valid_dmy*" },
    { 2015, 2, 29, "*g_date_valid_dmy*" },
    { 2016, 4, 31, "*g_date_valid_dmy*" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, bad[i].msg);
      d = aict_partial_date_new (bad[i].y, bad[i].m, bad[i].d);
      g_test_assert_expected_messages ();
      g_assert_null (d);
    }

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*text != NULL*");
  g_assert_null (aict_partial_date_parse (NULL, NULL));
  g_test_assert_expected_messages ();

  error = g_error_new_literal (AICT_ERROR, AICT_ERROR_FAILED, "already set");
  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*error == NULL || *error == NULL*");
  g_assert_null (aict_partial_date_parse ("2016", &error));
  g_test_assert_expected_messages ();
  g_clear_error (&error);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  g_assert_null (aict_partial_date_copy (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  g_assert_cmpint (aict_partial_date_get_year (NULL), ==, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*b != NULL*");
  g_assert_false (aict_partial_date_equal (ok, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*a != NULL*");
  g_assert_cmpint (aict_partial_date_compare (NULL, ok), ==, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*g_date_valid (date)*");
  g_assert_cmpint (aict_partial_date_compare_date (ok, invalid), ==, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*date != NULL*");
  g_assert_cmpint (aict_partial_date_compare_date (ok, NULL), ==, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  g_assert_null (aict_partial_date_to_string (NULL));
  g_test_assert_expected_messages ();

  g_date_free (invalid);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aict/partial-date/new", test_partial_date_new);
  g_test_add_func ("/aict/partial-date/parse", test_partial_date_parse);
  g_test_add_func ("/aict/partial-date/parse-reject", test_partial_date_parse_reject);
  g_test_add_func ("/aict/partial-date/parse-message", test_partial_date_parse_message);
  g_test_add_func ("/aict/partial-date/first-last-day", test_partial_date_first_last_day);
  g_test_add_func ("/aict/partial-date/copy-equal-hash", test_partial_date_copy_equal_hash);
  g_test_add_func ("/aict/partial-date/gvalue", test_partial_date_gvalue);
  g_test_add_func ("/aict/partial-date/compare", test_partial_date_compare);
  g_test_add_func ("/aict/partial-date/compare-matrix", test_partial_date_compare_matrix);
  g_test_add_func ("/aict/partial-date/sort", test_partial_date_sort);
  g_test_add_func ("/aict/partial-date/compare-date", test_partial_date_compare_date);
  g_test_add_func ("/aict/partial-date/precondition", test_partial_date_precondition);

  return g_test_run ();
}
