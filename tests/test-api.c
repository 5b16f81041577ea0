/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <aict/aict.h>

/* The small public pieces no other test owns: version functions, load
 * options, the error domain, the enum types. */

static void
test_version (void)
{
  g_autofree char *expected = g_strdup_printf ("%u.%u.%u", aict_get_major_version (),
                                               aict_get_minor_version (), aict_get_micro_version ());

  g_assert_cmpuint (aict_get_major_version (), ==, AICT_MAJOR_VERSION);
  g_assert_cmpuint (aict_get_minor_version (), ==, AICT_MINOR_VERSION);
  g_assert_cmpuint (aict_get_micro_version (), ==, AICT_MICRO_VERSION);
  g_assert_cmpstr (aict_get_version_string (), ==, AICT_VERSION_S);
  g_assert_cmpstr (aict_get_version_string (), ==, expected);

  g_assert_true (aict_check_version (0, 0, 0));
  g_assert_true (aict_check_version (AICT_MAJOR_VERSION, AICT_MINOR_VERSION, AICT_MICRO_VERSION));
  g_assert_false (aict_check_version (AICT_MAJOR_VERSION, AICT_MINOR_VERSION, AICT_MICRO_VERSION + 1));
  g_assert_false (aict_check_version (AICT_MAJOR_VERSION, AICT_MINOR_VERSION + 1, 0));
  g_assert_false (aict_check_version (AICT_MAJOR_VERSION + 1, 0, 0));
  g_assert_false (aict_check_version (G_MAXUINT, G_MAXUINT, G_MAXUINT));
  g_assert_true (AICT_CHECK_VERSION (AICT_MAJOR_VERSION, AICT_MINOR_VERSION, AICT_MICRO_VERSION));
  g_assert_false (AICT_CHECK_VERSION (AICT_MAJOR_VERSION + 1, 0, 0));
}

static void
test_load_options (void)
{
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();
  g_autoptr(AictLoadOptions) copy = NULL;
  GValue value = G_VALUE_INIT;

  /* The documented defaults. */
  g_assert_cmpuint (aict_load_options_get_max_file_size (options), ==, 8 * 1024 * 1024);
  g_assert_cmpuint (aict_load_options_get_max_depth (options), ==, 32);
  g_assert_cmpuint (aict_load_options_get_max_string_length (options), ==, 65536);
  g_assert_cmpuint (aict_load_options_get_max_name_length (options), ==, 256);
  g_assert_cmpuint (aict_load_options_get_max_items (options), ==, 100000);
  g_assert_cmpuint (aict_load_options_get_max_members (options), ==, 256);
  g_assert_cmpuint (aict_load_options_get_max_number_length (options), ==, 32);
  g_assert_cmpuint (aict_load_options_get_max_values (options), ==, 1000000);
  g_assert_false (aict_load_options_get_validate (options));

  aict_load_options_set_max_file_size (options, 1024 * 1024 * 1024);
  aict_load_options_set_max_depth (options, 1024);
  aict_load_options_set_max_string_length (options, 0);
  aict_load_options_set_max_name_length (options, 1);
  aict_load_options_set_max_items (options, G_MAXUINT);
  aict_load_options_set_max_members (options, 7);
  aict_load_options_set_max_number_length (options, 8);
  aict_load_options_set_max_values (options, 9);
  aict_load_options_set_validate (options, 42);   /* any true value */

  copy = aict_load_options_copy (options);
  g_assert_cmpuint (aict_load_options_get_max_file_size (copy), ==, 1024 * 1024 * 1024);
  g_assert_cmpuint (aict_load_options_get_max_depth (copy), ==, 1024);
  g_assert_cmpuint (aict_load_options_get_max_string_length (copy), ==, 0);
  g_assert_cmpuint (aict_load_options_get_max_name_length (copy), ==, 1);
  g_assert_cmpuint (aict_load_options_get_max_items (copy), ==, G_MAXUINT);
  g_assert_cmpuint (aict_load_options_get_max_members (copy), ==, 7);
  g_assert_cmpuint (aict_load_options_get_max_number_length (copy), ==, 8);
  g_assert_cmpuint (aict_load_options_get_max_values (copy), ==, 9);
  g_assert_true (aict_load_options_get_validate (copy) == TRUE);

  /* A boxed type: GValue round trip. */
  g_value_init (&value, AICT_TYPE_LOAD_OPTIONS);
  g_value_set_boxed (&value, options);
  g_assert_cmpuint (aict_load_options_get_max_members (g_value_get_boxed (&value)), ==, 7);
  g_value_unset (&value);

  aict_load_options_free (NULL);
}

static void
test_load_options_precondition (void)
{
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*max_file_size <= *");
  aict_load_options_set_max_file_size (options, (gsize) 1024 * 1024 * 1024 + 1);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (aict_load_options_get_max_file_size (options), ==, 8 * 1024 * 1024);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*max_depth <= *");
  aict_load_options_set_max_depth (options, 1025);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  g_assert_cmpuint (aict_load_options_get_max_depth (NULL), ==, 0);
  g_test_assert_expected_messages ();
}

static void
test_error_domain (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (AICT_TYPE_ERROR);
  static const struct { int code; const char *nick; } codes[] = {
    { AICT_ERROR_FAILED, "failed" }, { AICT_ERROR_IO, "io" }, { AICT_ERROR_PARSE, "parse" },
    { AICT_ERROR_LIMIT, "limit" }, { AICT_ERROR_SCHEMA, "schema" },
    { AICT_ERROR_REFERENCE, "reference" }, { AICT_ERROR_DUPLICATE_ID, "duplicate-id" },
    { AICT_ERROR_OVERFLOW, "overflow" }, { AICT_ERROR_CURRENCY, "currency" },
    { AICT_ERROR_INVALID_ARGUMENT, "invalid-argument" }, { AICT_ERROR_NOT_FOUND, "not-found" },
    { AICT_ERROR_CORRUPT, "corrupt" },
  };

  g_assert_cmpstr (g_quark_to_string (AICT_ERROR), ==, "aict-error-quark");
  /* Append-only: codes keep their values and nicks. */
  g_assert_cmpuint (klass->n_values, ==, G_N_ELEMENTS (codes));
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_assert_cmpint (codes[i].code, ==, (int) i);
      g_assert_cmpstr (g_enum_get_value (klass, codes[i].code)->value_nick, ==, codes[i].nick);
    }
}

static void
test_enum_types (void)
{
  /* Every enumeration is registered with nicks (the aict/1 format writes
   * the nicks): the nick of each value is its C name, lower case, from
   * after the type prefix, with dashes. */
  const GType types[] = {
    AICT_TYPE_ACTOR_KIND, AICT_TYPE_PARTICIPANT_ROLE, AICT_TYPE_PARTNERSHIP_STATUS,
    AICT_TYPE_BUDGET_KIND, AICT_TYPE_ATTENDANCE_STATUS, AICT_TYPE_ATTENDANCE_ROLE,
    AICT_TYPE_OUTCOME_KIND, AICT_TYPE_OUTCOME_STATUS, AICT_TYPE_DATE_PRECISION,
    AICT_TYPE_SEVERITY,
  };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (types[t]);

      g_assert_true (G_TYPE_IS_ENUM (types[t]));
      for (guint i = 0; i < klass->n_values; i++)
        {
          g_autofree char *lower = g_ascii_strdown (klass->values[i].value_name, -1);
          g_autofree char *dashed = g_strdelimit (g_strdup (klass->values[i].value_nick), "-", '_');

          g_assert_cmpint (klass->values[i].value, ==, (int) i);
          g_assert_true (g_str_has_suffix (lower, dashed));
        }
    }

  /* The statuses real life gives partnerships. */
  {
    g_autoptr(GEnumClass) klass = g_type_class_ref (AICT_TYPE_PARTNERSHIP_STATUS);
    const char * const nicks[] = { "planned", "active", "slowed", "dormant", "suspended", "ended", "abandoned" };

    for (guint i = 0; i < G_N_ELEMENTS (nicks); i++)
      g_assert_nonnull (g_enum_get_value_by_nick (klass, nicks[i]));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aict/api/version", test_version);
  g_test_add_func ("/aict/api/load-options", test_load_options);
  g_test_add_func ("/aict/api/load-options/precondition", test_load_options_precondition);
  g_test_add_func ("/aict/api/error-domain", test_error_domain);
  g_test_add_func ("/aict/api/enum-types", test_enum_types);

  return g_test_run ();
}
