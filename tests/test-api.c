/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <locale.h>
#include <math.h>
#include <string.h>

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

  /* A copy is independent. */
  aict_load_options_set_max_members (copy, 8);
  g_assert_cmpuint (aict_load_options_get_max_members (options), ==, 7);
  g_assert_cmpuint (aict_load_options_get_max_members (copy), ==, 8);

  /* A GObject: GValue round trip. */
  g_value_init (&value, AICT_TYPE_LOAD_OPTIONS);
  g_value_set_object (&value, options);
  g_assert_cmpuint (aict_load_options_get_max_members (g_value_get_object (&value)), ==, 7);
  g_value_unset (&value);

  aict_load_options_free (NULL);
  aict_load_options_free (g_object_ref (options));   /* = g_object_unref */
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_load_options_properties (void)
{
  static const char *names[] = {
    "max-file-size", "max-depth", "max-string-length", "max-name-length",
    "max-items", "max-members", "max-number-length", "max-values",
  };
  g_autoptr(AictLoadOptions) options = NULL;
  g_autoptr(AictLoadOptions) trusted = aict_load_options_new_trusted ();
  g_autoptr(GError) error = NULL;
  guint64 file_size = 0;
  guint depth = 0;
  gboolean validate = FALSE;
  guint notified = 0;

  options = g_object_new (AICT_TYPE_LOAD_OPTIONS,
                          "max-file-size", (guint64) 64 * 1024 * 1024,
                          "max-depth", 100,
                          "validate", TRUE,
                          NULL);
  g_assert_cmpuint (aict_load_options_get_max_file_size (options), ==, 64 * 1024 * 1024);
  g_assert_cmpuint (aict_load_options_get_max_depth (options), ==, 100);
  g_assert_true (aict_load_options_get_validate (options));
  g_assert_cmpuint (aict_load_options_get_max_items (options), ==, 100000);

  g_object_get (options, "max-file-size", &file_size, "max-depth", &depth, "validate", &validate, NULL);
  g_assert_cmpuint (file_size, ==, 64 * 1024 * 1024);
  g_assert_cmpuint (depth, ==, 100);
  g_assert_true (validate);

  /* Every limit is a property whose default is the getter's. */
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (options), names[i]);

      g_assert_nonnull (pspec);
      g_assert_true (pspec->flags & G_PARAM_READWRITE);
    }

  /* Notified once per real change. */
  g_signal_connect (options, "notify", G_CALLBACK (count_notify), &notified);
  aict_load_options_set_max_depth (options, 100);
  g_assert_cmpuint (notified, ==, 0);
  aict_load_options_set_max_depth (options, 101);
  g_assert_cmpuint (notified, ==, 1);
  g_object_set (options, "max-values", 5u, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (aict_load_options_get_max_values (options), ==, 5);

  /* Out of range through a property: no warning, kept, and check fails. */
  g_object_set (options, "max-depth", 100000u, NULL);
  g_assert_cmpuint (aict_load_options_get_max_depth (options), ==, 100000);
  g_assert_false (aict_load_options_check (options, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "max-depth"));

  /* The trusted preset: raised, bounded, loadable. */
  g_assert_true (aict_load_options_check (trusted, NULL));
  g_assert_cmpuint (aict_load_options_get_max_file_size (trusted), ==, 1024 * 1024 * 1024);
  g_assert_cmpuint (aict_load_options_get_max_items (trusted), ==, G_MAXUINT);
  g_assert_cmpuint (aict_load_options_get_max_values (trusted), ==, G_MAXUINT);
  g_assert_cmpuint (aict_load_options_get_max_depth (trusted), >, 32);
  g_assert_cmpuint (aict_load_options_get_max_depth (trusted), <=, 1024);
  g_assert_false (aict_load_options_get_validate (trusted));
}

static void
test_load_options_precondition (void)
{
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();

  g_autoptr(GError) error = NULL;

  /* Not a precondition any more: kept, and the load reports it. */
  aict_load_options_set_max_file_size (options, (gsize) 1024 * 1024 * 1024 + 1);
  g_assert_cmpuint (aict_load_options_get_max_file_size (options), ==, (gsize) 1024 * 1024 * 1024 + 1);
  g_assert_false (aict_load_options_check (options, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "max-file-size"));

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_LOAD_OPTIONS*");
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

static void
test_json_node_bridge (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "meeting-2016.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = aict_dataset_new_from_file (path, &error);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(AictDataset) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;

  g_assert_no_error (error);
  node = aict_dataset_to_json_node (dataset, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "format"), ==, "aict/1");

  again = aict_dataset_new_from_json_node (node, &error);
  g_assert_no_error (error);
  first = aict_dataset_to_bytes (dataset, &error);
  g_assert_no_error (error);
  second = aict_dataset_to_bytes (again, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (first, second));
}

static void
test_json_node_hostile (void)
{
  /* What a json-glib tree can hold and the format refuses. */
  static const struct { const char *what; int code; } cases[] = {
    { "nan", AICT_ERROR_PARSE },          /* json-glib writes nan.0 */
    { "inexact", AICT_ERROR_SCHEMA },     /* 0.1 + 0.2: refused, not rounded */
    { "big-int", AICT_ERROR_OVERFLOW },
    { "not-object", AICT_ERROR_SCHEMA },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(AictDataset) dataset = NULL;

      if (g_str_equal (cases[i].what, "not-object"))
        {
          json_builder_begin_array (builder);
          json_builder_end_array (builder);
        }
      else
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "format");
          json_builder_add_string_value (builder, "aict/1");
          json_builder_set_member_name (builder, "budgets");
          json_builder_begin_array (builder);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, "b");
          json_builder_set_member_name (builder, "kind");
          json_builder_add_string_value (builder, "spent");
          json_builder_set_member_name (builder, "amount");
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "currency");
          json_builder_add_string_value (builder, "EUR");
          json_builder_set_member_name (builder, "value");
          if (g_str_equal (cases[i].what, "nan"))
            json_builder_add_double_value (builder, NAN);
          else if (g_str_equal (cases[i].what, "inexact"))
            json_builder_add_double_value (builder, 0.1 + 0.2);
          else
            json_builder_add_int_value (builder, G_GINT64_CONSTANT (1) << 60);
          json_builder_end_object (builder);
          json_builder_end_object (builder);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }

      node = json_builder_get_root (builder);
      dataset = aict_dataset_new_from_json_node (node, &error);
      g_assert_null (dataset);
      g_assert_error (error, AICT_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, "<json-node>:"));
    }
}

static void
test_translated_messages (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = aict_dataset_new_from_data_full (
    "{\"format\": \"aict/1\", \"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"other\", "
    "\"country\": \"XX\"}]}", -1, NULL, &error);
  g_autoptr(AictReport) report = NULL;
  g_autoptr(AictIssue) issue = NULL;
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  g_assert_no_error (error);
  if (g_getenv ("AICT_LOCALEDIR") == NULL || setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale or the build-tree catalogue is not available");
      return;
    }
  g_setenv ("LANGUAGE", "fr", TRUE);

  report = aict_dataset_validate (dataset);
  issue = g_list_model_get_item (G_LIST_MODEL (report), 0);
  g_assert_cmpstr (aict_issue_get_code (issue), ==, "country-unknown");
  /* French typography: non-breaking spaces inside the guillemets. */
  g_assert_cmpstr (aict_issue_get_message (issue), ==, "«\u00a0XX\u00a0» n’est pas un code pays ISO 3166-1");
  g_assert_cmpstr (aict_issue_get_path (issue), ==, "$.actors[0].country");

  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, saved);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aict/api/version", test_version);
  g_test_add_func ("/aict/api/load-options", test_load_options);
  g_test_add_func ("/aict/api/load-options/precondition", test_load_options_precondition);
  g_test_add_func ("/aict/api/load-options/properties", test_load_options_properties);
  g_test_add_func ("/aict/api/error-domain", test_error_domain);
  g_test_add_func ("/aict/api/enum-types", test_enum_types);
  g_test_add_func ("/aict/api/json-node/bridge", test_json_node_bridge);
  g_test_add_func ("/aict/api/json-node/hostile", test_json_node_hostile);
  g_test_add_func ("/aict/api/translated-messages", test_translated_messages);

  return g_test_run ();
}
