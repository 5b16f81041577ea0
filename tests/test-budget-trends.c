/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Year-on-year changes of budget totals are like for like: over the
 * actors with lines in both years only.  The figures come from
 * data/meeting-2016.json, checked by hand:
 *
 *   2015 allocated: b-cd64-before 200 000 € (cd64-pole)          = 200 000
 *   2016 allocated: b-cd64-2016 50 000 € (cd64-pole)
 *                 + b-cd33-2016 170 000 € (cd33-mission)         = 220 000
 *
 * Comparing the two sums gave "+20 000 €, +10 %", a rise that nobody had:
 * Gironde simply appears in 2016.  Over cd64-pole, the one actor of both
 * years, 200 000 → 50 000 is −150 000 €, −75 %, the cut of the report. */

#include <aict/aict.h>

static AictDataset *
load_meeting (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  AictDataset *dataset;
  const char *root = g_getenv ("AICT_SOURCE_ROOT");

  if (root != NULL && *root != '\0')
    path = g_build_filename (root, "data", "meeting-2016.json", NULL);
  else
    path = g_test_build_filename (G_TEST_DIST, "..", "data", "meeting-2016.json", NULL);

  dataset = aict_dataset_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

static AictTotal *
total_at (GListModel *model,
          guint       position)
{
  AictTotal *total = g_list_model_get_item (model, position);

  g_assert_nonnull (total);
  g_object_unref (total);   /* the model holds it */

  return total;
}

static void
assert_amount (const AictAmount *amount,
               gint64            min,
               gint64            max)
{
  g_assert_nonnull (amount);
  g_assert_cmpint (aict_amount_get_min (amount), ==, min);
  g_assert_cmpint (aict_amount_get_max (amount), ==, max);
  g_assert_cmpstr (aict_amount_get_currency (amount), ==, "EUR");
}

static void
test_by_year_is_like_for_like (void)
{
  g_autoptr(AictDataset) dataset = load_meeting ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) totals = NULL;
  AictTotal *total;
  gint64 bp = 0;

  totals = aict_dataset_get_budget_totals (dataset, AICT_BUDGET_GROUPING_YEAR, NULL, &error);
  g_assert_no_error (error);
  /* 2015 allocated, 2016 allocated, 2016 estimate, no year allocated. */
  g_assert_cmpuint (g_list_model_get_n_items (totals), ==, 4);

  total = total_at (totals, 0);
  g_assert_cmpstr (aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR), ==, "2015");
  assert_amount (aict_total_get_amount (total), 20000000, 20000000);
  g_assert_null (aict_total_get_previous_year (total));
  g_assert_null (aict_total_get_members_added (total));
  g_assert_false (aict_total_get_composition_changed (total));

  total = total_at (totals, 1);
  g_assert_cmpstr (aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR), ==, "2016");
  g_assert_cmpint (aict_total_get_kind (total), ==, AICT_BUDGET_KIND_ALLOCATED);
  /* The total of the year is still all its lines. */
  assert_amount (aict_total_get_amount (total), 22000000, 22000000);
  g_assert_cmpuint (aict_total_get_n_budgets (total), ==, 2);
  g_assert_cmpstr (aict_total_get_previous_year (total), ==, "2015");
  /* Its change is over cd64-pole only: not +20 000 €, +10 %. */
  assert_amount (aict_total_get_comparable_previous (total), 20000000, 20000000);
  assert_amount (aict_total_get_change (total), -15000000, -15000000);
  g_assert_true (aict_total_get_change_percent (total, &bp));
  g_assert_cmpint (bp, ==, -7500);
  g_assert_true (aict_total_get_composition_changed (total));
  g_assert_cmpstrv (aict_total_get_members_added (total), ((const char *[]) { "cd33-mission", NULL }));
  g_assert_cmpstrv (aict_total_get_members_dropped (total), ((const char *[]) { NULL }));

  /* 30 000–70 000 + 400 000–500 000 + 0–10 000, no earlier estimate. */
  total = total_at (totals, 2);
  g_assert_cmpint (aict_total_get_kind (total), ==, AICT_BUDGET_KIND_ESTIMATE);
  assert_amount (aict_total_get_amount (total), 43000000, 58000000);
  g_assert_null (aict_total_get_change (total));
  g_assert_false (aict_total_get_composition_changed (total));
}

static void
test_by_actor_and_year_unchanged (void)
{
  g_autoptr(AictDataset) dataset = load_meeting ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) totals = NULL;
  guint n, found = 0;

  totals = aict_dataset_get_budget_totals (dataset,
                                           AICT_BUDGET_GROUPING_ACTOR | AICT_BUDGET_GROUPING_YEAR,
                                           NULL, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (totals);
  for (guint i = 0; i < n; i++)
    {
      AictTotal *total = total_at (totals, i);
      gint64 bp = 0;

      /* One actor per row: its members never change. */
      g_assert_false (aict_total_get_composition_changed (total));
      if (aict_total_get_change (total) == NULL)
        continue;
      found++;
      g_assert_cmpstr (aict_total_get_key (total, AICT_BUDGET_GROUPING_ACTOR), ==, "cd64-pole");
      assert_amount (aict_total_get_change (total), -15000000, -15000000);
      g_assert_true (aict_total_get_change_percent (total, &bp));
      g_assert_cmpint (bp, ==, -7500);
      g_assert_cmpstrv (aict_total_get_members_added (total), ((const char *[]) { NULL }));
    }
  g_assert_cmpuint (found, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/budget-trends/by-year-like-for-like", test_by_year_is_like_for_like);
  g_test_add_func ("/budget-trends/by-actor-and-year", test_by_actor_and_year_unchanged);

  return g_test_run ();
}
