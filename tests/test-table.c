/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <string.h>

#include <aict/aict.h>

static AictDataset *
load (const char *first,
      ...)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *root = g_getenv ("AICT_SOURCE_ROOT");
  AictDataset *dataset;
  va_list ap;

  g_ptr_array_add (parts, (gpointer) (root != NULL && *root != '\0' ? root : ".."));
  va_start (ap, first);
  for (const char *p = first; p != NULL; p = va_arg (ap, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (ap);
  g_ptr_array_add (parts, NULL);
  path = g_build_filenamev ((char **) parts->pdata);

  dataset = aict_dataset_new_from_file (path, &error);
  g_assert_no_error (error);

  return dataset;
}

static guint
column (AictTable  *table,
        const char *name)
{
  int c = aict_table_lookup_column (table, name);

  if (c < 0)
    g_error ("no column %s", name);
  return (guint) c;
}

static void
append_key (GString    *key,
            const char *value)
{
  g_string_append (key, value != NULL ? value : "\x1d");
  g_string_append_c (key, '\x1e');
}

typedef struct
{
  gint64 min;
  gint64 max;
  guint n;
} Sum;

/* Groups the rows of a budgets table by (owner, year, kind, currency), as
 * pandas' groupby(dropna=False) would, sums the bounds, and checks that
 * the result is aict_dataset_get_budget_totals (ACTOR | YEAR) row for row. */
static void
assert_groupby_equals_totals (AictDataset *dataset)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictTable) table = aict_dataset_to_table (dataset, AICT_TABLE_KIND_BUDGETS, NULL, &error);
  g_autoptr(GListModel) totals = NULL;
  g_autoptr(GHashTable) sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (AICT_TYPE_BUDGET_KIND);
  guint owner, year, kind, currency, min, max;
  guint n_rows, n_totals, matched = 0;

  g_assert_no_error (error);
  owner = column (table, "owner");
  year = column (table, "year");
  kind = column (table, "kind");
  currency = column (table, "currency");
  min = column (table, "amount_min");
  max = column (table, "amount_max");
  n_rows = aict_table_get_n_rows (table);
  g_assert_cmpuint (n_rows, ==, g_list_model_get_n_items (aict_dataset_get_budgets (dataset)));

  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(GString) key = g_string_new (NULL);
      Sum *sum;

      if (aict_table_is_null (table, currency, r))   /* staff only: no money */
        {
          g_assert_true (aict_table_is_null (table, min, r));
          continue;
        }
      append_key (key, aict_table_get_string (table, owner, r));
      append_key (key, aict_table_get_string (table, year, r));
      append_key (key, aict_table_get_string (table, kind, r));
      append_key (key, aict_table_get_string (table, currency, r));
      sum = g_hash_table_lookup (sums, key->str);
      if (sum == NULL)
        {
          sum = g_new0 (Sum, 1);
          g_hash_table_insert (sums, g_strdup (key->str), sum);
        }
      sum->min += aict_table_get_int64 (table, min, r);
      sum->max += aict_table_get_int64 (table, max, r);
      sum->n++;
    }

  totals = aict_dataset_get_budget_totals (dataset, AICT_BUDGET_GROUPING_ACTOR | AICT_BUDGET_GROUPING_YEAR,
                                           NULL, &error);
  g_assert_no_error (error);
  n_totals = g_list_model_get_n_items (totals);
  g_assert_cmpuint (n_totals, >, 0);
  for (guint i = 0; i < n_totals; i++)
    {
      g_autoptr(AictTotal) total = g_list_model_get_item (totals, i);
      g_autoptr(GString) key = g_string_new (NULL);
      const AictAmount *amount = aict_total_get_amount (total);
      Sum *sum;

      append_key (key, aict_total_get_key (total, AICT_BUDGET_GROUPING_ACTOR));
      append_key (key, aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR));
      append_key (key, g_enum_get_value (kinds, aict_total_get_kind (total))->value_nick);
      append_key (key, aict_amount_get_currency (amount));
      sum = g_hash_table_lookup (sums, key->str);
      if (sum == NULL)
        g_error ("total %s has no group in the table", key->str);
      g_assert_cmpint (sum->min, ==, aict_amount_get_min (amount));
      g_assert_cmpint (sum->max, ==, aict_amount_get_max (amount));
      g_assert_cmpuint (sum->n, ==, aict_total_get_n_budgets (total));
      matched++;
    }
  g_assert_cmpuint (matched, ==, g_hash_table_size (sums));
}

static void
test_table_meeting (void)
{
  g_autoptr(AictDataset) dataset = load ("data", "meeting-2016.json", NULL);

  assert_groupby_equals_totals (dataset);
}

static void
test_table_small (void)
{
  g_autoptr(AictDataset) dataset = load ("tests", "data", "query", "small.json", NULL);

  assert_groupby_equals_totals (dataset);
}

/* Lines without an actor count for their partnership's first lead; years
 * span; ranges; a line in another currency; a staff-only line. */
static void
test_table_resolution (void)
{
  g_autoptr(AictDataset) dataset = aict_dataset_new ();
  g_autoptr(AictPartnership) p = aict_partnership_new ("p", "Eau", AICT_PARTNERSHIP_STATUS_ACTIVE);
  g_autoptr(GError) error = NULL;
  g_autoptr(AictTable) table = NULL;
  static const struct { const char *id, *actor; int first, last; gint64 min, max; const char *currency; } lines[] = {
    { "b1", NULL, 2016, 2016, 100, 100, "EUR" },
    { "b2", NULL, 2016, 2016, 50, 70, "EUR" },
    { "b3", "cd24", 2015, 2017, 1, 1, "EUR" },
    { "b4", "cd24", 2016, 0, 5, 5, "XOF" },
    { "b5", "cd33", 0, 0, 0, 0, NULL },
  };
  const char *countries[] = { "SN", "ML", NULL };

  static const struct { const char *actor; AictParticipantRole role; } participants[] = {
    { "cd33", AICT_PARTICIPANT_ROLE_PARTNER },
    { "cd17", AICT_PARTICIPANT_ROLE_LEAD },
    { "cd24", AICT_PARTICIPANT_ROLE_LEAD },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (participants); i++)
    {
      g_autoptr(AictParticipant) participant = aict_participant_new (participants[i].actor, participants[i].role);
      aict_partnership_add_participant (p, participant);
    }
  aict_partnership_set_countries (p, countries);
  g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (p), &error));
  for (gsize i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autoptr(AictBudget) b = aict_budget_new (lines[i].id, AICT_BUDGET_KIND_SPENT);

      aict_budget_set_actor_id (b, lines[i].actor);
      aict_budget_set_partnership_id (b, "p");
      if (lines[i].first != 0)
        {
          g_autoptr(AictPartialDate) start = aict_partial_date_new (lines[i].first, 0, 0);
          aict_budget_set_start (b, start);
        }
      if (lines[i].last != 0)
        {
          g_autoptr(AictPartialDate) end = aict_partial_date_new (lines[i].last, 0, 0);
          aict_budget_set_end (b, end);
        }
      if (lines[i].currency != NULL)
        {
          g_autoptr(AictAmount) amount = aict_amount_new_full (lines[i].min, lines[i].max, lines[i].currency,
                                                               lines[i].min != lines[i].max, FALSE);
          aict_budget_set_amount (b, amount);
        }
      else
        aict_budget_set_staff_fte (b, 150);
      g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (b), &error));
    }

  table = aict_dataset_to_table (dataset, AICT_TABLE_KIND_BUDGETS, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (aict_table_get_n_rows (table), ==, 5);
  g_assert_cmpint (aict_table_get_kind (table), ==, AICT_TABLE_KIND_BUDGETS);
  g_assert_cmpstr (aict_table_get_column_name (table, 0), ==, "id");
  g_assert_cmpint (aict_table_lookup_column (table, "nothing"), ==, -1);
  g_assert_cmpstr (aict_table_get_string (table, column (table, "owner"), 0), ==, "cd17");
  g_assert_true (aict_table_is_null (table, column (table, "actor"), 0));
  g_assert_cmpstr (aict_table_get_string (table, column (table, "owner"), 2), ==, "cd24");
  g_assert_cmpstr (aict_table_get_string (table, column (table, "year"), 2), ==, "2015-2017");
  g_assert_cmpstr (aict_table_get_string (table, column (table, "year"), 3), ==, "2016");
  g_assert_true (aict_table_is_null (table, column (table, "year"), 4));
  g_assert_cmpstr (aict_table_get_string (table, column (table, "kind"), 0), ==, "spent");
  g_assert_cmpint (aict_table_get_column_type (table, column (table, "amount_min")), ==, AICT_COLUMN_TYPE_INT64);
  g_assert_cmpint (aict_table_get_int64 (table, column (table, "amount_max"), 1), ==, 70);
  g_assert_true (aict_table_get_boolean (table, column (table, "amount_is_range"), 1));
  g_assert_false (aict_table_get_boolean (table, column (table, "amount_is_range"), 0));
  g_assert_true (aict_table_is_null (table, column (table, "amount_min"), 4));
  g_assert_cmpint (aict_table_get_int64 (table, column (table, "staff_fte"), 4), ==, 150);
  g_assert_true (aict_table_is_null (table, column (table, "staff_fte"), 0));
  {
    guint n = 0;
    const gint64 *values = aict_table_get_int64s (table, column (table, "amount_min"), &n);
    const guint8 *nulls = aict_table_get_nulls (table, column (table, "amount_min"), &n);
    const char * const *ids = aict_table_get_strings (table, 0, &n);

    g_assert_cmpuint (n, ==, 5);
    g_assert_cmpint (values[0], ==, 100);
    g_assert_cmpint (values[4], ==, 0);
    g_assert_cmpuint (nulls[4], ==, 1);
    g_assert_cmpuint (nulls[0], ==, 0);
    g_assert_cmpstr (ids[3], ==, "b4");
  }
  {
    g_autoptr(GBytes) ids = aict_table_get_string_data (table, 0);
    g_autoptr(GBytes) actors = aict_table_get_string_data (table, column (table, "actor"));
    gsize size;
    const char *data = g_bytes_get_data (actors, &size);

    g_assert_cmpmem (g_bytes_get_data (ids, NULL), g_bytes_get_size (ids), "b1\0b2\0b3\0b4\0b5\0", 15);
    /* Nulls are empty strings. */
    g_assert_cmpmem (data, size, "\0\0cd24\0cd24\0cd33\0", 17);
  }
  assert_groupby_equals_totals (dataset);

  /* A copy: editing the dataset does not change the table. */
  aict_budget_set_actor_id (AICT_BUDGET (aict_dataset_lookup (dataset, "b1")), "cd33");
  g_assert_true (aict_table_is_null (table, column (table, "actor"), 0));
  assert_groupby_equals_totals (dataset);

  /* Partnerships: lead, joined codes, counts. */
  {
    g_autoptr(AictTable) partnerships = aict_dataset_to_table (dataset, AICT_TABLE_KIND_PARTNERSHIPS, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (aict_table_get_n_rows (partnerships), ==, 1);
    g_assert_cmpstr (aict_table_get_string (partnerships, column (partnerships, "lead"), 0), ==, "cd17");
    g_assert_cmpstr (aict_table_get_string (partnerships, column (partnerships, "countries"), 0), ==, "SN;ML");
    g_assert_cmpstr (aict_table_get_string (partnerships, column (partnerships, "status"), 0), ==, "active");
    g_assert_cmpint (aict_table_get_int64 (partnerships, column (partnerships, "n_participants"), 0), ==, 3);
    g_assert_true (aict_table_is_null (partnerships, column (partnerships, "themes"), 0));
  }
}

static void
test_table_filter (void)
{
  g_autoptr(AictDataset) dataset = load ("tests", "data", "query", "small.json", NULL);
  g_autoptr(AictFilter) filter = aict_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AictTable) table = NULL;
  g_autoptr(AictTable) actors = NULL;
  g_autoptr(GListModel) expected = NULL;

  g_assert_true (aict_filter_add_country (filter, "SN", &error));
  expected = aict_dataset_filter_partnerships (dataset, filter, &error);
  g_assert_no_error (error);
  table = aict_dataset_to_table (dataset, AICT_TABLE_KIND_PARTNERSHIPS, filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (aict_table_get_n_rows (table), ==, g_list_model_get_n_items (expected));
  g_assert_cmpuint (aict_table_get_n_rows (table), >, 0);
  for (guint i = 0; i < aict_table_get_n_rows (table); i++)
    {
      g_autoptr(AictEntity) entity = g_list_model_get_item (expected, i);
      g_assert_cmpstr (aict_table_get_string (table, 0, i), ==, aict_entity_get_id (entity));
    }

  actors = aict_dataset_to_table (dataset, AICT_TABLE_KIND_ACTORS, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (aict_table_get_n_rows (actors), ==, g_list_model_get_n_items (aict_dataset_get_actors (dataset)));
  g_assert_cmpuint (aict_table_get_n_columns (actors), >=, 5);
}

static void
test_table_precondition (void)
{
  g_autoptr(AictDataset) dataset = aict_dataset_new ();
  g_autoptr(AictTable) table = aict_dataset_to_table (dataset, AICT_TABLE_KIND_ACTORS, NULL, NULL);
  guint n = 1;

  g_assert_cmpuint (aict_table_get_n_rows (table), ==, 0);
  (void) aict_table_get_nulls (table, 0, &n);   /* NULL or not when empty */
  g_assert_cmpuint (n, ==, 0);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*(row) < *");
  g_assert_null (aict_table_get_string (table, 0, 0));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*column < *");
  g_assert_null (aict_table_get_column_name (table, 99));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_COLUMN_TYPE_STRING*");
  g_assert_null (aict_table_get_int64s (table, 0, &n));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aict/table/meeting", test_table_meeting);
  g_test_add_func ("/aict/table/small", test_table_small);
  g_test_add_func ("/aict/table/resolution", test_table_resolution);
  g_test_add_func ("/aict/table/filter", test_table_filter);
  g_test_add_func ("/aict/table/precondition", test_table_precondition);

  return g_test_run ();
}
