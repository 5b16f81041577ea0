/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* aict_dataset_find_dormant_partnerships() on the bundled 2016 dataset,
 * with the figures checked by hand against data/meeting-2016.json: of its
 * 21 partnerships, 11 are active or slowed; the dated signs of life are
 * the starts of p-cd24-araucania (2008), p-cd17-guinee (1993),
 * p-cd17-horizon-chine (2012) and p-cd24-cantabria (2016), the budget line
 * b-cd17-guinee-staff (2016) and the outcome o-c3-economie-synthese of the
 * meeting of 2016-09-20, which names p-cd17-horizon-chine. */
#include <aict/aict.h>

static AictDataset *
load_bundled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "meeting-2016.json", NULL);
  g_autoptr(GError) error = NULL;
  AictDataset *dataset = aict_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

static GListModel *
find (AictDataset *dataset,
      const char  *at_text,
      guint        years)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictPartialDate) at = aict_partial_date_parse (at_text, &error);
  GListModel *dormant;

  g_assert_no_error (error);
  dormant = aict_dataset_find_dormant_partnerships (dataset, at, years, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dormant);
  return dormant;
}

/* "id=date:member" per item, "id" without a sign, joined by spaces. */
static char *
describe (GListModel *dormant)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (dormant); i++)
    {
      g_autoptr(AictDormancy) dormancy = g_list_model_get_item (dormant, i);
      const AictPartialDate *date = aict_dormancy_get_last_date (dormancy);

      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, aict_entity_get_id (AICT_ENTITY (aict_dormancy_get_partnership (dormancy))));
      if (date != NULL)
        {
          g_autofree char *date_text = aict_partial_date_to_string (date);

          g_string_append_printf (text, "=%s:%s:%s", date_text, aict_dormancy_get_last_member (dormancy),
                                  aict_entity_get_id (aict_dormancy_get_last_entity (dormancy)));
        }
      else
        {
          g_assert_null (aict_dormancy_get_last_entity (dormancy));
          g_assert_null (aict_dormancy_get_last_member (dormancy));
        }
    }

  return g_string_free (text, FALSE);
}

#define NO_SIGN_TAIL "p-cd64-benin p-cd33-serbie p-cd33-burkina p-cd33-cork p-ados-senegal p-adf-tunisie"

static void
test_window_2019 (void)
{
  g_autoptr(AictDataset) dataset = load_bundled ();
  g_autoptr(GListModel) dormant = find (dataset, "2019-06-30", 0);   /* 0: the default, 3 */
  g_autofree char *text = describe (dormant);

  /* The window starts on 2016-06-30: the 2016 budget line, the 2016 start
   * and the outcome of 2016-09-20 keep three partnerships awake. */
  g_assert_cmpstr (text, ==,
                   "p-cd24-araucania=2008:partnership.start:p-cd24-araucania "
                   "p-cd24-larache " NO_SIGN_TAIL);
}

static void
test_window_2020 (void)
{
  g_autoptr(AictDataset) dataset = load_bundled ();
  g_autoptr(GListModel) dormant = find (dataset, "2020-03-01", 3);
  g_autofree char *text = describe (dormant);

  /* From 2017-03-01 on nothing is known: all 11 are listed. */
  g_assert_cmpstr (text, ==,
                   "p-cd24-araucania=2008:partnership.start:p-cd24-araucania "
                   "p-cd24-larache "
                   "p-cd24-cantabria=2016:partnership.start:p-cd24-cantabria "
                   "p-cd17-guinee=2016:budget.partnership:b-cd17-guinee-staff "
                   "p-cd17-horizon-chine=2016-09-20:outcome.partnerships:o-c3-economie-synthese "
                   NO_SIGN_TAIL);
}

static void
test_one_year (void)
{
  g_autoptr(AictDataset) dataset = load_bundled ();
  g_autoptr(GListModel) dormant = find (dataset, "2017-10-01", 1);
  g_autofree char *text = describe (dormant);

  /* From 2016-10-01: the meeting of 2016-09-20 is too old, the lines and
   * starts of "2016" (up to 2016-12-31) are not. */
  g_assert_cmpstr (text, ==,
                   "p-cd24-araucania=2008:partnership.start:p-cd24-araucania "
                   "p-cd24-larache "
                   "p-cd17-horizon-chine=2016-09-20:outcome.partnerships:o-c3-economie-synthese "
                   NO_SIGN_TAIL);
}

static void
test_later_signs_ignored (void)
{
  g_autoptr(AictDataset) dataset = load_bundled ();
  g_autoptr(GListModel) dormant = find (dataset, "2015-06-30", 3);
  g_autofree char *text = describe (dormant);

  /* Signs after the reference date do not count: Guinea's last sign is
   * its start in 1993, Cantabria (started 2016) has none yet; Horizon
   * Chine (started 2012) is within the window from 2012-06-30. */
  g_assert_cmpstr (text, ==,
                   "p-cd24-araucania=2008:partnership.start:p-cd24-araucania "
                   "p-cd24-larache "
                   "p-cd24-cantabria "
                   "p-cd17-guinee=1993:partnership.start:p-cd17-guinee "
                   NO_SIGN_TAIL);
}

static void
test_status_unchanged (void)
{
  g_autoptr(AictDataset) dataset = load_bundled ();
  g_autoptr(GListModel) dormant = find (dataset, "2020-03-01", 3);
  AictPartnership *araucania = aict_dataset_lookup_partnership (dataset, "p-cd24-araucania");

  g_assert_cmpuint (g_list_model_get_n_items (dormant), ==, 11);
  g_assert_cmpint (aict_partnership_get_status (araucania), ==, AICT_PARTNERSHIP_STATUS_SLOWED);
}

static void
test_window_before_year_one (void)
{
  g_autoptr(AictDataset) dataset = load_bundled ();
  g_autoptr(AictPartialDate) at = aict_partial_date_new (1000, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) dormant = aict_dataset_find_dormant_partnerships (dataset, at, 1000, &error);

  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_assert_null (dormant);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dormancy/window-2019", test_window_2019);
  g_test_add_func ("/dormancy/window-2020", test_window_2020);
  g_test_add_func ("/dormancy/one-year", test_one_year);
  g_test_add_func ("/dormancy/later-signs-ignored", test_later_signs_ignored);
  g_test_add_func ("/dormancy/status-unchanged", test_status_unchanged);
  g_test_add_func ("/dormancy/window-before-year-one", test_window_before_year_one);

  return g_test_run ();
}
