/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <string.h>

#include <aict/aict.h>

static void
test_source_ref_new (void)
{
  g_autoptr(AictSourceRef) with = aict_source_ref_new_full ("cr-2016", "Annexe — Dordogne (24)");
  g_autoptr(AictSourceRef) without = aict_source_ref_new ("cr-2016");
  g_autoptr(AictSourceRef) empty = aict_source_ref_new_full ("cr-2016", "");

  g_assert_cmpstr (aict_source_ref_get_source (with), ==, "cr-2016");
  g_assert_cmpstr (aict_source_ref_get_locator (with), ==, "Annexe — Dordogne (24)");
  g_assert_cmpstr (aict_source_ref_get_source (without), ==, "cr-2016");
  g_assert_null (aict_source_ref_get_locator (without));
  g_assert_cmpstr (aict_source_ref_get_locator (empty), ==, "");
}

static void
test_source_ref_owns_strings (void)
{
  char source[] = "s1";
  char locator[] = "p. 3";
  g_autoptr(AictSourceRef) ref = aict_source_ref_new_full (source, locator);

  source[0] = 'X';
  locator[0] = 'X';
  g_assert_cmpstr (aict_source_ref_get_source (ref), ==, "s1");
  g_assert_cmpstr (aict_source_ref_get_locator (ref), ==, "p. 3");
}

static void
test_source_ref_copy_equal (void)
{
  g_autoptr(AictSourceRef) a = aict_source_ref_new_full ("s1", "B.2");
  g_autoptr(AictSourceRef) c = aict_source_ref_copy (a);
  g_autoptr(AictSourceRef) same = aict_source_ref_new_full ("s1", "B.2");
  g_autoptr(AictSourceRef) other_loc = aict_source_ref_new_full ("s1", "B.3");
  g_autoptr(AictSourceRef) other_src = aict_source_ref_new_full ("s2", "B.2");
  g_autoptr(AictSourceRef) no_loc = aict_source_ref_new ("s1");
  g_autoptr(AictSourceRef) no_loc2 = aict_source_ref_new ("s1");
  g_autoptr(AictSourceRef) empty_loc = aict_source_ref_new_full ("s1", "");
  /* "s1" + "B.2" must not equal "s1B" + ".2" or similar splits */
  g_autoptr(AictSourceRef) split = aict_source_ref_new_full ("s1B", ".2");

  g_assert_true (aict_source_ref_equal (a, c));
  g_assert_true (aict_source_ref_equal (a, same));
  g_assert_true (aict_source_ref_equal (same, a));
  g_assert_false (aict_source_ref_equal (a, other_loc));
  g_assert_false (aict_source_ref_equal (a, other_src));
  g_assert_false (aict_source_ref_equal (a, no_loc));
  g_assert_false (aict_source_ref_equal (no_loc, a));
  g_assert_true (aict_source_ref_equal (no_loc, no_loc2));
  g_assert_false (aict_source_ref_equal (no_loc, empty_loc));
  g_assert_false (aict_source_ref_equal (a, split));

  aict_source_ref_free (NULL);  /* a no-op */
}

static void
test_source_ref_gvalue (void)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) copy = G_VALUE_INIT;
  g_autoptr(AictSourceRef) ref = aict_source_ref_new_full ("cr-2016", "§ 4");
  g_autoptr(AictSourceRef) dup = NULL;

  g_assert_true (G_TYPE_IS_BOXED (AICT_TYPE_SOURCE_REF));
  g_assert_cmpstr (g_type_name (AICT_TYPE_SOURCE_REF), ==, "AictSourceRef");

  g_value_init (&value, AICT_TYPE_SOURCE_REF);
  g_value_set_boxed (&value, ref);
  g_assert_true (aict_source_ref_equal (g_value_get_boxed (&value), ref));

  g_value_init (&copy, AICT_TYPE_SOURCE_REF);
  g_value_copy (&value, &copy);
  dup = g_value_dup_boxed (&copy);
  g_assert_true (aict_source_ref_equal (dup, ref));
  g_assert_cmpstr (aict_source_ref_get_locator (dup), ==, "§ 4");

  g_value_take_boxed (&value, aict_source_ref_new ("other"));
  g_assert_cmpstr (aict_source_ref_get_source (g_value_get_boxed (&value)), ==, "other");
}

static gpointer
test_source_ref_threads_worker (gpointer data)
{
  for (int i = 0; i < 10000; i++)
    {
      AictSourceRef *c = aict_source_ref_copy (data);
      g_assert_cmpstr (aict_source_ref_get_locator (c), ==, "p. 1");
      aict_source_ref_free (c);
    }
  return NULL;
}

static void
test_source_ref_threads (void)
{
  AictSourceRef *shared = aict_source_ref_new_full ("s", "p. 1");
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("source-ref", test_source_ref_threads_worker, shared);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);

  g_assert_cmpstr (aict_source_ref_get_source (shared), ==, "s");
  aict_source_ref_free (shared);
}

static void
test_source_ref_precondition (void)
{
  g_autoptr(AictSourceRef) ok = aict_source_ref_new ("s");
  AictSourceRef *ref;

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*source != NULL*");
  ref = aict_source_ref_new_full (NULL, "x");
  g_test_assert_expected_messages ();
  g_assert_null (ref);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*source[0] != '\\0'*");
  ref = aict_source_ref_new_full ("", "x");
  g_test_assert_expected_messages ();
  g_assert_null (ref);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*g_utf8_validate (source*");
  ref = aict_source_ref_new ("\xff");
  g_test_assert_expected_messages ();
  g_assert_null (ref);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*g_utf8_validate (locator*");
  ref = aict_source_ref_new_full ("s", "\xc3");
  g_test_assert_expected_messages ();
  g_assert_null (ref);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  g_assert_null (aict_source_ref_copy (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  g_assert_null (aict_source_ref_get_source (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  g_assert_null (aict_source_ref_get_locator (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*a != NULL*");
  g_assert_false (aict_source_ref_equal (NULL, ok));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aict/source-ref/new", test_source_ref_new);
  g_test_add_func ("/aict/source-ref/owns-strings", test_source_ref_owns_strings);
  g_test_add_func ("/aict/source-ref/copy-equal", test_source_ref_copy_equal);
  g_test_add_func ("/aict/source-ref/gvalue", test_source_ref_gvalue);
  g_test_add_func ("/aict/source-ref/threads", test_source_ref_threads);
  g_test_add_func ("/aict/source-ref/precondition", test_source_ref_precondition);

  return g_test_run ();
}
