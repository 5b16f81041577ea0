/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* AictDataset: building, ids, lookups, loading from every kind of input,
 * saving, byte-stable round trips, locale independence and object
 * lifetime (doc/reliability.md B1.3, B1.4, B3.12). */

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <aict/aict.h>

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static char *
valid_fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "valid", name, NULL);
}

static char *
meeting_2016_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "meeting-2016.json", NULL);
}

static AictDataset *
load_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  AictDataset *dataset = aict_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_true (AICT_IS_DATASET (dataset));

  return dataset;
}

static AictDataset *
load_string (const char *json)
{
  g_autoptr(GError) error = NULL;
  AictDataset *dataset = aict_dataset_new_from_data (json, -1, &error);

  g_assert_no_error (error);
  g_assert_true (AICT_IS_DATASET (dataset));

  return dataset;
}

static AictDataset *
load_gbytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  AictDataset *dataset = aict_dataset_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_true (AICT_IS_DATASET (dataset));

  return dataset;
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  gsize len_a, len_b;
  const char *data_a = g_bytes_get_data (a, &len_a);
  const char *data_b = g_bytes_get_data (b, &len_b);

  if (len_a != len_b || memcmp (data_a, data_b, len_a) != 0)
    {
      /* Show where they differ, not 100 KB of JSON. */
      gsize i = 0;

      while (i < len_a && i < len_b && data_a[i] == data_b[i])
        i++;
      g_test_message ("outputs differ at byte %" G_GSIZE_FORMAT " (lengths %" G_GSIZE_FORMAT
                      " and %" G_GSIZE_FORMAT ")", i, len_a, len_b);
      g_assert_cmpmem (data_a, len_a, data_b, len_b);
    }
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("aict-test-dataset-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes @dir and the plain files in it. */
static void
remove_temp_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle != NULL)
    while ((name = g_dir_read_name (handle)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_assert_cmpint (g_unlink (path), ==, 0);
      }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
assert_no_temp_files (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) handle = g_dir_open (dir, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_pattern_match_simple (".*.aict-tmp-*", name))
      g_error ("a temporary file was left behind: %s", name);
}

/* ------------------------------------------------------------------------ */
/* Deep model equality                                                      */
/* ------------------------------------------------------------------------ */

static void
assert_strv_equal (const char * const *a,
                   const char * const *b)
{
  static const char * const empty[] = { NULL };

  if (a == NULL)
    a = empty;
  if (b == NULL)
    b = empty;

  g_assert_cmpuint (g_strv_length ((char **) a), ==, g_strv_length ((char **) b));
  for (guint i = 0; a[i] != NULL; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
}

static void
assert_date_equal (const AictPartialDate *a,
                   const AictPartialDate *b)
{
  g_autofree char *text_a = a != NULL ? aict_partial_date_to_string (a) : NULL;
  g_autofree char *text_b = b != NULL ? aict_partial_date_to_string (b) : NULL;

  g_assert_cmpstr (text_a, ==, text_b);
}

static void
assert_amount_equal (const AictAmount *a,
                     const AictAmount *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a == NULL)
    return;

  g_assert_cmpstr (aict_amount_get_currency (a), ==, aict_amount_get_currency (b));
  g_assert_cmpint (aict_amount_is_range (a), ==, aict_amount_is_range (b));
  g_assert_cmpint (aict_amount_get_min (a), ==, aict_amount_get_min (b));
  g_assert_cmpint (aict_amount_get_max (a), ==, aict_amount_get_max (b));
  g_assert_cmpint (aict_amount_get_approximate (a), ==, aict_amount_get_approximate (b));
  g_assert_true (aict_amount_equal (a, b));
}

static void
assert_entity_equal (AictEntity *a,
                     AictEntity *b)
{
  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  g_assert_cmpstr (aict_entity_get_id (a), ==, aict_entity_get_id (b));
  g_assert_cmpstr (aict_entity_get_notes (a), ==, aict_entity_get_notes (b));
  g_assert_cmpuint (aict_entity_get_n_source_refs (a), ==, aict_entity_get_n_source_refs (b));
  for (guint i = 0; i < aict_entity_get_n_source_refs (a); i++)
    {
      const AictSourceRef *ra = aict_entity_get_source_ref (a, i);
      const AictSourceRef *rb = aict_entity_get_source_ref (b, i);

      g_assert_cmpstr (aict_source_ref_get_source (ra), ==, aict_source_ref_get_source (rb));
      g_assert_cmpstr (aict_source_ref_get_locator (ra), ==, aict_source_ref_get_locator (rb));
    }
}

static void
assert_source_equal (AictSource *a,
                     AictSource *b)
{
  assert_entity_equal (AICT_ENTITY (a), AICT_ENTITY (b));
  g_assert_cmpstr (aict_source_get_title (a), ==, aict_source_get_title (b));
  assert_date_equal (aict_source_get_date (a), aict_source_get_date (b));
  g_assert_cmpstr (aict_source_get_author (a), ==, aict_source_get_author (b));
  g_assert_cmpstr (aict_source_get_url (a), ==, aict_source_get_url (b));
}

static void
assert_actor_equal (AictActor *a,
                    AictActor *b)
{
  assert_entity_equal (AICT_ENTITY (a), AICT_ENTITY (b));
  g_assert_cmpstr (aict_actor_get_name (a), ==, aict_actor_get_name (b));
  g_assert_cmpstr (aict_actor_get_short_name (a), ==, aict_actor_get_short_name (b));
  g_assert_cmpint (aict_actor_get_kind (a), ==, aict_actor_get_kind (b));
  g_assert_cmpstr (aict_actor_get_country (a), ==, aict_actor_get_country (b));
  g_assert_cmpstr (aict_actor_get_subdivision (a), ==, aict_actor_get_subdivision (b));
  g_assert_cmpstr (aict_actor_get_parent_id (a), ==, aict_actor_get_parent_id (b));
  g_assert_cmpstr (aict_actor_get_address (a), ==, aict_actor_get_address (b));
  g_assert_cmpstr (aict_actor_get_website (a), ==, aict_actor_get_website (b));
  g_assert_cmpstr (aict_actor_get_email (a), ==, aict_actor_get_email (b));
  g_assert_cmpstr (aict_actor_get_phone (a), ==, aict_actor_get_phone (b));
  g_assert_cmpuint (aict_actor_get_n_identifiers (a), ==, aict_actor_get_n_identifiers (b));
  for (guint i = 0; i < aict_actor_get_n_identifiers (a); i++)
    {
      const AictIdentifier *ia = aict_actor_get_identifier (a, i);
      const AictIdentifier *ib = aict_actor_get_identifier (b, i);

      g_assert_cmpstr (aict_identifier_get_scheme (ia), ==, aict_identifier_get_scheme (ib));
      g_assert_cmpstr (aict_identifier_get_value (ia), ==, aict_identifier_get_value (ib));
    }
}

static void
assert_person_equal (AictPerson *a,
                     AictPerson *b)
{
  assert_entity_equal (AICT_ENTITY (a), AICT_ENTITY (b));
  g_assert_cmpstr (aict_person_get_name (a), ==, aict_person_get_name (b));
  g_assert_cmpstr (aict_person_get_given_name (a), ==, aict_person_get_given_name (b));
  g_assert_cmpstr (aict_person_get_family_name (a), ==, aict_person_get_family_name (b));
  g_assert_cmpuint (aict_person_get_n_affiliations (a), ==, aict_person_get_n_affiliations (b));
  for (guint i = 0; i < aict_person_get_n_affiliations (a); i++)
    {
      const AictAffiliation *fa = aict_person_get_affiliation (a, i);
      const AictAffiliation *fb = aict_person_get_affiliation (b, i);

      g_assert_cmpstr (aict_affiliation_get_actor_id (fa), ==, aict_affiliation_get_actor_id (fb));
      g_assert_cmpstr (aict_affiliation_get_post (fa), ==, aict_affiliation_get_post (fb));
      assert_date_equal (aict_affiliation_get_start (fa), aict_affiliation_get_start (fb));
      assert_date_equal (aict_affiliation_get_end (fa), aict_affiliation_get_end (fb));
    }
}

static void
assert_partnership_equal (AictPartnership *a,
                          AictPartnership *b)
{
  assert_entity_equal (AICT_ENTITY (a), AICT_ENTITY (b));
  g_assert_cmpstr (aict_partnership_get_title (a), ==, aict_partnership_get_title (b));
  g_assert_cmpint (aict_partnership_get_status (a), ==, aict_partnership_get_status (b));
  assert_date_equal (aict_partnership_get_start (a), aict_partnership_get_start (b));
  assert_date_equal (aict_partnership_get_end (a), aict_partnership_get_end (b));
  assert_strv_equal (aict_partnership_get_countries (a), aict_partnership_get_countries (b));
  assert_strv_equal (aict_partnership_get_subdivisions (a), aict_partnership_get_subdivisions (b));
  assert_strv_equal (aict_partnership_get_themes (a), aict_partnership_get_themes (b));

  g_assert_cmpuint (aict_partnership_get_n_participants (a), ==, aict_partnership_get_n_participants (b));
  for (guint i = 0; i < aict_partnership_get_n_participants (a); i++)
    {
      const AictParticipant *pa = aict_partnership_get_participant (a, i);
      const AictParticipant *pb = aict_partnership_get_participant (b, i);

      g_assert_cmpstr (aict_participant_get_actor_id (pa), ==, aict_participant_get_actor_id (pb));
      g_assert_cmpint (aict_participant_get_role (pa), ==, aict_participant_get_role (pb));
      g_assert_cmpstr (aict_participant_get_notes (pa), ==, aict_participant_get_notes (pb));
    }

  g_assert_cmpuint (aict_partnership_get_n_components (a), ==, aict_partnership_get_n_components (b));
  for (guint i = 0; i < aict_partnership_get_n_components (a); i++)
    {
      const AictComponent *ca = aict_partnership_get_component (a, i);
      const AictComponent *cb = aict_partnership_get_component (b, i);

      g_assert_cmpstr (aict_component_get_title (ca), ==, aict_component_get_title (cb));
      assert_strv_equal (aict_component_get_themes (ca), aict_component_get_themes (cb));
      g_assert_cmpstr (aict_component_get_notes (ca), ==, aict_component_get_notes (cb));
    }
}

static void
assert_budget_equal (AictBudget *a,
                     AictBudget *b)
{
  assert_entity_equal (AICT_ENTITY (a), AICT_ENTITY (b));
  g_assert_cmpstr (aict_budget_get_label (a), ==, aict_budget_get_label (b));
  g_assert_cmpstr (aict_budget_get_actor_id (a), ==, aict_budget_get_actor_id (b));
  g_assert_cmpstr (aict_budget_get_partnership_id (a), ==, aict_budget_get_partnership_id (b));
  g_assert_cmpint (aict_budget_get_kind (a), ==, aict_budget_get_kind (b));
  assert_date_equal (aict_budget_get_start (a), aict_budget_get_start (b));
  assert_date_equal (aict_budget_get_end (a), aict_budget_get_end (b));
  assert_amount_equal (aict_budget_get_amount (a), aict_budget_get_amount (b));
  g_assert_cmpint (aict_budget_get_staff_fte (a), ==, aict_budget_get_staff_fte (b));

  g_assert_cmpuint (aict_budget_get_n_funders (a), ==, aict_budget_get_n_funders (b));
  for (guint i = 0; i < aict_budget_get_n_funders (a); i++)
    {
      const AictFunder *fa = aict_budget_get_funder (a, i);
      const AictFunder *fb = aict_budget_get_funder (b, i);

      g_assert_cmpstr (aict_funder_get_actor_id (fa), ==, aict_funder_get_actor_id (fb));
      g_assert_cmpint (aict_funder_get_share (fa), ==, aict_funder_get_share (fb));
      assert_amount_equal (aict_funder_get_amount (fa), aict_funder_get_amount (fb));
    }
}

static void
assert_meeting_equal (AictMeeting *a,
                      AictMeeting *b)
{
  const AictPlace *place_a = aict_meeting_get_place (a);
  const AictPlace *place_b = aict_meeting_get_place (b);
  GListModel *list_a, *list_b;

  assert_entity_equal (AICT_ENTITY (a), AICT_ENTITY (b));
  g_assert_cmpstr (aict_meeting_get_title (a), ==, aict_meeting_get_title (b));
  assert_date_equal (aict_meeting_get_date (a), aict_meeting_get_date (b));
  assert_date_equal (aict_meeting_get_end_date (a), aict_meeting_get_end_date (b));
  g_assert_cmpstr (aict_meeting_get_start_time (a), ==, aict_meeting_get_start_time (b));
  g_assert_cmpstr (aict_meeting_get_end_time (a), ==, aict_meeting_get_end_time (b));
  assert_strv_equal (aict_meeting_get_organisers (a), aict_meeting_get_organisers (b));

  g_assert_true ((place_a == NULL) == (place_b == NULL));
  if (place_a != NULL)
    {
      g_assert_cmpstr (aict_place_get_name (place_a), ==, aict_place_get_name (place_b));
      g_assert_cmpstr (aict_place_get_address (place_a), ==, aict_place_get_address (place_b));
      g_assert_cmpstr (aict_place_get_postal_code (place_a), ==, aict_place_get_postal_code (place_b));
      g_assert_cmpstr (aict_place_get_locality (place_a), ==, aict_place_get_locality (place_b));
      g_assert_cmpstr (aict_place_get_country (place_a), ==, aict_place_get_country (place_b));
    }

  g_assert_cmpuint (aict_meeting_get_n_attendance (a), ==, aict_meeting_get_n_attendance (b));
  for (guint i = 0; i < aict_meeting_get_n_attendance (a); i++)
    {
      const AictAttendance *ta = aict_meeting_get_attendance (a, i);
      const AictAttendance *tb = aict_meeting_get_attendance (b, i);

      g_assert_cmpstr (aict_attendance_get_person_id (ta), ==, aict_attendance_get_person_id (tb));
      g_assert_cmpint (aict_attendance_get_status (ta), ==, aict_attendance_get_status (tb));
      g_assert_cmpint (aict_attendance_get_role (ta), ==, aict_attendance_get_role (tb));
      g_assert_cmpstr (aict_attendance_get_representing_id (ta), ==,
                       aict_attendance_get_representing_id (tb));
    }

  list_a = aict_meeting_get_agenda (a);
  list_b = aict_meeting_get_agenda (b);
  g_assert_cmpuint (g_list_model_get_n_items (list_a), ==, g_list_model_get_n_items (list_b));
  for (guint i = 0; i < g_list_model_get_n_items (list_a); i++)
    {
      g_autoptr(AictAgendaItem) ia = g_list_model_get_item (list_a, i);
      g_autoptr(AictAgendaItem) ib = g_list_model_get_item (list_b, i);

      assert_entity_equal (AICT_ENTITY (ia), AICT_ENTITY (ib));
      g_assert_cmpstr (aict_agenda_item_get_label (ia), ==, aict_agenda_item_get_label (ib));
      g_assert_cmpstr (aict_agenda_item_get_title (ia), ==, aict_agenda_item_get_title (ib));
      g_assert_cmpstr (aict_agenda_item_get_parent_id (ia), ==, aict_agenda_item_get_parent_id (ib));
    }

  list_a = aict_meeting_get_contributions (a);
  list_b = aict_meeting_get_contributions (b);
  g_assert_cmpuint (g_list_model_get_n_items (list_a), ==, g_list_model_get_n_items (list_b));
  for (guint i = 0; i < g_list_model_get_n_items (list_a); i++)
    {
      g_autoptr(AictContribution) ca = g_list_model_get_item (list_a, i);
      g_autoptr(AictContribution) cb = g_list_model_get_item (list_b, i);

      assert_entity_equal (AICT_ENTITY (ca), AICT_ENTITY (cb));
      g_assert_cmpstr (aict_contribution_get_person_id (ca), ==, aict_contribution_get_person_id (cb));
      g_assert_cmpstr (aict_contribution_get_actor_id (ca), ==, aict_contribution_get_actor_id (cb));
      g_assert_cmpstr (aict_contribution_get_agenda_item_id (ca), ==,
                       aict_contribution_get_agenda_item_id (cb));
      g_assert_cmpstr (aict_contribution_get_summary (ca), ==, aict_contribution_get_summary (cb));
      assert_strv_equal (aict_contribution_get_themes (ca), aict_contribution_get_themes (cb));
    }

  list_a = aict_meeting_get_outcomes (a);
  list_b = aict_meeting_get_outcomes (b);
  g_assert_cmpuint (g_list_model_get_n_items (list_a), ==, g_list_model_get_n_items (list_b));
  for (guint i = 0; i < g_list_model_get_n_items (list_a); i++)
    {
      g_autoptr(AictOutcome) oa = g_list_model_get_item (list_a, i);
      g_autoptr(AictOutcome) ob = g_list_model_get_item (list_b, i);

      assert_entity_equal (AICT_ENTITY (oa), AICT_ENTITY (ob));
      g_assert_cmpint (aict_outcome_get_kind (oa), ==, aict_outcome_get_kind (ob));
      g_assert_cmpstr (aict_outcome_get_text (oa), ==, aict_outcome_get_text (ob));
      g_assert_cmpstr (aict_outcome_get_agenda_item_id (oa), ==, aict_outcome_get_agenda_item_id (ob));
      g_assert_cmpstr (aict_outcome_get_owner_id (oa), ==, aict_outcome_get_owner_id (ob));
      assert_date_equal (aict_outcome_get_due (oa), aict_outcome_get_due (ob));
      g_assert_cmpint (aict_outcome_get_status (oa), ==, aict_outcome_get_status (ob));
      assert_strv_equal (aict_outcome_get_actor_ids (oa), aict_outcome_get_actor_ids (ob));
      assert_strv_equal (aict_outcome_get_partnership_ids (oa), aict_outcome_get_partnership_ids (ob));
      assert_strv_equal (aict_outcome_get_themes (oa), aict_outcome_get_themes (ob));
      g_assert_cmpstr (aict_outcome_get_meeting_id (oa), ==, aict_outcome_get_meeting_id (ob));
      g_assert_cmpstr (aict_outcome_get_meeting_id (oa), ==, aict_entity_get_id (AICT_ENTITY (a)));
    }
}

typedef void (*EqualFunc) (gpointer a, gpointer b);

static void
assert_models_equal (GListModel *a,
                     GListModel *b,
                     EqualFunc   equal)
{
  guint n = g_list_model_get_n_items (a);

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item_a = g_list_model_get_item (a, i);
      g_autoptr(GObject) item_b = g_list_model_get_item (b, i);

      equal (item_a, item_b);
    }
}

static void
assert_datasets_equal (AictDataset *a,
                       AictDataset *b)
{
  g_assert_cmpstr (aict_dataset_get_title (a), ==, aict_dataset_get_title (b));
  g_assert_cmpstr (aict_dataset_get_description (a), ==, aict_dataset_get_description (b));
  g_assert_cmpstr (aict_dataset_get_language (a), ==, aict_dataset_get_language (b));

  assert_models_equal (aict_dataset_get_sources (a), aict_dataset_get_sources (b),
                       (EqualFunc) assert_source_equal);
  assert_models_equal (aict_dataset_get_actors (a), aict_dataset_get_actors (b),
                       (EqualFunc) assert_actor_equal);
  assert_models_equal (aict_dataset_get_persons (a), aict_dataset_get_persons (b),
                       (EqualFunc) assert_person_equal);
  assert_models_equal (aict_dataset_get_partnerships (a), aict_dataset_get_partnerships (b),
                       (EqualFunc) assert_partnership_equal);
  assert_models_equal (aict_dataset_get_budgets (a), aict_dataset_get_budgets (b),
                       (EqualFunc) assert_budget_equal);
  assert_models_equal (aict_dataset_get_meetings (a), aict_dataset_get_meetings (b),
                       (EqualFunc) assert_meeting_equal);
}

/* ------------------------------------------------------------------------ */
/* A dataset built through the API, with every member set                   */
/* ------------------------------------------------------------------------ */

static void
add_ok (AictDataset *dataset,
        gpointer     entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (entity), &error));
  g_assert_no_error (error);
}

static AictMeeting *
build_meeting (const char *id,
               const char *prefix)
{
  g_autoptr(AictPartialDate) date = aict_partial_date_new (2016, 9, 20);
  g_autoptr(AictPartialDate) end_date = aict_partial_date_new (2016, 9, 21);
  g_autoptr(AictPartialDate) due = aict_partial_date_new (2016, 12, 0);
  g_autoptr(AictPlace) place = aict_place_new_full ("Hôtel du Département", "2 rue Paul-Louis-Courier",
                                               "24000", "Périgueux", "FR");
  g_autoptr(AictAttendance) attendance = aict_attendance_new_full ("p-coustillas", AICT_ATTENDANCE_STATUS_PRESENT,
                                                              AICT_ATTENDANCE_ROLE_SPEAKER, "cd24");
  g_autoptr(AictAgendaItem) item = NULL;
  g_autoptr(AictAgendaItem) sub_item = NULL;
  g_autoptr(AictContribution) contribution = NULL;
  g_autoptr(AictOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *item_id = g_strconcat (prefix, "-B", NULL);
  g_autofree char *sub_id = g_strconcat (prefix, "-B1", NULL);
  g_autofree char *contribution_id = g_strconcat (prefix, "-c1", NULL);
  g_autofree char *outcome_id = g_strconcat (prefix, "-o1", NULL);
  const char * const organisers[] = { "capcoop", NULL };
  const char * const actors[] = { "cd24", "larache", NULL };
  const char * const partnerships[] = { "cd24-larache", NULL };
  const char * const themes[] = { "agriculture", "youth", NULL };
  AictMeeting *meeting;

  meeting = aict_meeting_new (id, "Rencontre des services AECT", date);
  aict_meeting_set_end_date (meeting, end_date);
  aict_meeting_set_start_time (meeting, "10:30");
  aict_meeting_set_end_time (meeting, "16:00");
  aict_meeting_set_place (meeting, place);
  aict_meeting_set_organisers (meeting, organisers);
  aict_meeting_add_attendance (meeting, attendance);
  aict_entity_set_notes (AICT_ENTITY (meeting), "Compte rendu validé");
  aict_entity_add_source (AICT_ENTITY (meeting), "cr-2016", "p. 1");

  item = aict_agenda_item_new (item_id, "L'action internationale");
  aict_agenda_item_set_label (item, "B");
  aict_entity_add_source (AICT_ENTITY (item), "cr-2016", "B");
  g_assert_true (aict_meeting_add_agenda_item (meeting, item, &error));
  g_assert_no_error (error);

  sub_item = aict_agenda_item_new (sub_id, "Maroc");
  aict_agenda_item_set_label (sub_item, "B.1");
  aict_agenda_item_set_parent_id (sub_item, item_id);
  g_assert_true (aict_meeting_add_agenda_item (meeting, sub_item, &error));
  g_assert_no_error (error);

  contribution = aict_contribution_new (contribution_id, "La coopération porte sur l'agriculture.");
  aict_contribution_set_person_id (contribution, "p-coustillas");
  aict_contribution_set_actor_id (contribution, "cd24");
  aict_contribution_set_agenda_item_id (contribution, sub_id);
  aict_contribution_set_themes (contribution, themes);
  g_assert_true (aict_meeting_add_contribution (meeting, contribution, &error));
  g_assert_no_error (error);

  outcome = aict_outcome_new (outcome_id, AICT_OUTCOME_KIND_ACTION, "Recenser les coopérations.");
  aict_outcome_set_agenda_item_id (outcome, item_id);
  aict_outcome_set_owner_id (outcome, "capcoop");
  aict_outcome_set_due (outcome, due);
  aict_outcome_set_status (outcome, AICT_OUTCOME_STATUS_IN_PROGRESS);
  aict_outcome_set_actor_ids (outcome, actors);
  aict_outcome_set_partnership_ids (outcome, partnerships);
  aict_outcome_set_themes (outcome, themes);
  g_assert_true (aict_meeting_add_outcome (meeting, outcome, &error));
  g_assert_no_error (error);

  return meeting;
}

/* Every entity type, every member set, through the public API only. */
static AictDataset *
build_full_dataset (void)
{
  AictDataset *dataset = aict_dataset_new ();
  g_autoptr(AictSource) source = aict_source_new ("cr-2016", "Compte rendu de la rencontre");
  g_autoptr(AictActor) cd24 = aict_actor_new ("cd24", "Conseil départemental de la Dordogne",
                                              AICT_ACTOR_KIND_DEPARTEMENT);
  g_autoptr(AictActor) larache = aict_actor_new ("larache", "Province de Larache",
                                                 AICT_ACTOR_KIND_FOREIGN_AUTHORITY);
  g_autoptr(AictActor) capcoop = aict_actor_new ("capcoop", "Cap Coopération", AICT_ACTOR_KIND_NETWORK);
  g_autoptr(AictActor) service = aict_actor_new ("cd24-dri", "Direction des relations internationales",
                                                 AICT_ACTOR_KIND_SERVICE);
  g_autoptr(AictPerson) person = aict_person_new ("p-coustillas", "Valérie COUSTILLAS");
  g_autoptr(AictPartnership) partnership = aict_partnership_new ("cd24-larache", "Coopération Dordogne – Larache",
                                                                 AICT_PARTNERSHIP_STATUS_ACTIVE);
  g_autoptr(AictBudget) budget = aict_budget_new ("b-larache-2016", AICT_BUDGET_KIND_PLANNED);
  g_autoptr(AictBudget) staff = aict_budget_new ("b-staff", AICT_BUDGET_KIND_ALLOCATED);
  g_autoptr(AictMeeting) meeting = build_meeting ("m2016", "m2016");
  g_autoptr(AictPartialDate) d2016 = aict_partial_date_new (2016, 0, 0);
  g_autoptr(AictPartialDate) d2014 = aict_partial_date_new (2014, 3, 0);
  g_autoptr(AictPartialDate) d2030 = aict_partial_date_new (2030, 12, 31);
  g_autoptr(AictAffiliation) affiliation = aict_affiliation_new_full ("cd24", "Adjointe au chef de service",
                                                                d2014, d2030);
  g_autoptr(AictParticipant) lead = aict_participant_new_full ("cd24", AICT_PARTICIPANT_ROLE_LEAD, "chef de file");
  g_autoptr(AictParticipant) partner = aict_participant_new ("larache", AICT_PARTICIPANT_ROLE_PARTNER);
  const char * const component_themes[] = { "vocational-training", NULL };
  g_autoptr(AictComponent) component = aict_component_new_full ("Jeunesse et formation agricole",
                                                          component_themes, "volet 1");
  g_autoptr(AictAmount) range = aict_amount_new_full (3000000, 7000000, "EUR", TRUE, TRUE);
  g_autoptr(AictAmount) xof = aict_amount_new (15000000, "XOF");
  g_autoptr(AictFunder) funder1 = aict_funder_new_full ("cd24", 7050, xof);
  g_autoptr(AictFunder) funder2 = aict_funder_new_full ("larache", 2950, NULL);
  const char * const countries[] = { "MA", NULL };
  const char * const subdivisions[] = { "MA-LAR", NULL };
  const char * const themes[] = { "agriculture", "youth", NULL };

  aict_dataset_set_title (dataset, "Dordogne – Larache : exemple complet");
  aict_dataset_set_description (dataset, "Tous les membres du format, écrits par l'API.\nDeux lignes.");
  aict_dataset_set_language (dataset, "fr");

  aict_source_set_date (source, d2016);
  aict_source_set_author (source, "Cap Coopération");
  aict_source_set_url (source, "https://example.org/cr-2016.pdf");
  aict_entity_set_notes (AICT_ENTITY (source), "version diffusée");
  add_ok (dataset, source);

  aict_actor_set_short_name (cd24, "CD24");
  aict_actor_set_country (cd24, "FR");
  aict_actor_set_subdivision (cd24, "FR-24");
  aict_actor_set_address (cd24, "2 rue Paul-Louis-Courier, 24000 Périgueux");
  aict_actor_set_website (cd24, "https://www.dordogne.fr");
  aict_actor_set_email (cd24, "contact@dordogne.fr");
  aict_actor_set_phone (cd24, "+33 5 53 02 20 20");
  aict_actor_add_identifier (cd24, "SIREN", "222400012");
  aict_actor_add_identifier (cd24, "INSEE", "24");
  aict_entity_add_source (AICT_ENTITY (cd24), "cr-2016", "Annexe — Dordogne (24)");
  add_ok (dataset, cd24);

  aict_actor_set_country (larache, "MA");
  aict_actor_set_subdivision (larache, "MA-LAR");
  add_ok (dataset, larache);

  aict_actor_set_country (capcoop, "FR");
  add_ok (dataset, capcoop);

  aict_actor_set_country (service, "FR");
  aict_actor_set_parent_id (service, "cd24");
  add_ok (dataset, service);

  aict_person_set_given_name (person, "Valérie");
  aict_person_set_family_name (person, "Coustillas");
  aict_person_add_affiliation (person, affiliation);
  add_ok (dataset, person);

  aict_partnership_set_start (partnership, d2014);
  aict_partnership_set_end (partnership, d2030);
  aict_partnership_add_participant (partnership, lead);
  aict_partnership_add_participant (partnership, partner);
  aict_partnership_set_countries (partnership, countries);
  aict_partnership_set_subdivisions (partnership, subdivisions);
  aict_partnership_set_themes (partnership, themes);
  aict_partnership_add_component (partnership, component);
  add_ok (dataset, partnership);

  aict_budget_set_label (budget, "Coopération décentralisée");
  aict_budget_set_actor_id (budget, "cd24");
  aict_budget_set_partnership_id (budget, "cd24-larache");
  aict_budget_set_start (budget, d2016);
  aict_budget_set_end (budget, d2016);
  aict_budget_set_amount (budget, range);
  aict_budget_set_staff_fte (budget, 150);
  aict_budget_add_funder (budget, funder1);
  aict_budget_add_funder (budget, funder2);
  add_ok (dataset, budget);

  aict_budget_set_actor_id (staff, "cd24-dri");
  aict_budget_set_staff_fte (staff, 5);
  add_ok (dataset, staff);

  add_ok (dataset, meeting);

  return dataset;
}

/* ------------------------------------------------------------------------ */
/* new / add / lookup                                                       */
/* ------------------------------------------------------------------------ */

static void
test_dataset_new (void)
{
  g_autoptr(AictDataset) dataset = aict_dataset_new ();
  struct { GListModel *model; GType type; } collections[] = {
    { aict_dataset_get_sources (dataset), AICT_TYPE_SOURCE },
    { aict_dataset_get_actors (dataset), AICT_TYPE_ACTOR },
    { aict_dataset_get_persons (dataset), AICT_TYPE_PERSON },
    { aict_dataset_get_partnerships (dataset), AICT_TYPE_PARTNERSHIP },
    { aict_dataset_get_budgets (dataset), AICT_TYPE_BUDGET },
    { aict_dataset_get_meetings (dataset), AICT_TYPE_MEETING },
  };

  g_assert_null (aict_dataset_get_title (dataset));
  g_assert_null (aict_dataset_get_description (dataset));
  g_assert_null (aict_dataset_get_language (dataset));

  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    {
      /* A read-only view: nothing can append to it behind the dataset. */
      g_assert_true (G_IS_LIST_MODEL (collections[i].model));
      g_assert_false (G_IS_LIST_STORE (collections[i].model));
      g_assert_true (g_list_model_get_item_type (collections[i].model) == collections[i].type);
      g_assert_cmpuint (g_list_model_get_n_items (collections[i].model), ==, 0);
    }

  g_assert_null (aict_dataset_lookup (dataset, "anything"));

  aict_dataset_set_title (dataset, "Titre");
  aict_dataset_set_language (dataset, "fr");
  aict_dataset_set_description (dataset, "Description");
  g_assert_cmpstr (aict_dataset_get_title (dataset), ==, "Titre");
  g_assert_cmpstr (aict_dataset_get_language (dataset), ==, "fr");
  g_assert_cmpstr (aict_dataset_get_description (dataset), ==, "Description");

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

typedef AictEntity *(*TypedLookup) (AictDataset *self, const char *id);

static const struct
{
  const char *name;
  TypedLookup lookup;
  GType (*get_type) (void);
} typed_lookups[] = {
  { "source", (TypedLookup) aict_dataset_lookup_source, aict_source_get_type },
  { "actor", (TypedLookup) aict_dataset_lookup_actor, aict_actor_get_type },
  { "person", (TypedLookup) aict_dataset_lookup_person, aict_person_get_type },
  { "partnership", (TypedLookup) aict_dataset_lookup_partnership, aict_partnership_get_type },
  { "budget", (TypedLookup) aict_dataset_lookup_budget, aict_budget_get_type },
  { "meeting", (TypedLookup) aict_dataset_lookup_meeting, aict_meeting_get_type },
  { "outcome", (TypedLookup) aict_dataset_lookup_outcome, aict_outcome_get_type },
};

/* @id names an object of @type: the generic lookup and the typed lookup of
 * @type find it, every other typed lookup returns NULL. */
static void
assert_lookups (AictDataset *dataset,
                const char  *id,
                GType        type)
{
  AictEntity *entity = aict_dataset_lookup (dataset, id);

  g_assert_nonnull (entity);
  g_assert_true (G_OBJECT_TYPE (entity) == type);
  g_assert_cmpstr (aict_entity_get_id (entity), ==, id);

  for (guint i = 0; i < G_N_ELEMENTS (typed_lookups); i++)
    {
      AictEntity *found = typed_lookups[i].lookup (dataset, id);

      if (typed_lookups[i].get_type () == type)
        g_assert_true (found == entity);
      else
        g_assert_null (found);
    }
}

static void
test_dataset_add_lookup (void)
{
  g_autoptr(AictDataset) dataset = build_full_dataset ();
  g_autoptr(AictMeeting) meeting = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_sources (dataset)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_actors (dataset)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_persons (dataset)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_partnerships (dataset)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_budgets (dataset)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_meetings (dataset)), ==, 1);

  assert_lookups (dataset, "cr-2016", AICT_TYPE_SOURCE);
  assert_lookups (dataset, "cd24", AICT_TYPE_ACTOR);
  assert_lookups (dataset, "cd24-dri", AICT_TYPE_ACTOR);
  assert_lookups (dataset, "p-coustillas", AICT_TYPE_PERSON);
  assert_lookups (dataset, "cd24-larache", AICT_TYPE_PARTNERSHIP);
  assert_lookups (dataset, "b-larache-2016", AICT_TYPE_BUDGET);
  assert_lookups (dataset, "m2016", AICT_TYPE_MEETING);
  assert_lookups (dataset, "m2016-o1", AICT_TYPE_OUTCOME);
  /* Agenda items and contributions have dataset-wide ids too. */
  assert_lookups (dataset, "m2016-B", AICT_TYPE_AGENDA_ITEM);
  assert_lookups (dataset, "m2016-B1", AICT_TYPE_AGENDA_ITEM);
  assert_lookups (dataset, "m2016-c1", AICT_TYPE_CONTRIBUTION);

  /* The objects are the ones in the collections, not copies. */
  meeting = g_list_model_get_item (aict_dataset_get_meetings (dataset), 0);
  g_assert_true (AICT_ENTITY (meeting) == aict_dataset_lookup (dataset, "m2016"));
  g_assert_true (aict_meeting_lookup_outcome (meeting, "m2016-o1") ==
                 aict_dataset_lookup_outcome (dataset, "m2016-o1"));
  g_assert_cmpstr (aict_outcome_get_meeting_id (aict_dataset_lookup_outcome (dataset, "m2016-o1")), ==,
                   "m2016");

  g_assert_null (aict_dataset_lookup (dataset, "nope"));
  g_assert_null (aict_dataset_lookup (dataset, ""));
  g_assert_null (aict_dataset_lookup (dataset, "CD24"));   /* ids are case-sensitive */
  for (guint i = 0; i < G_N_ELEMENTS (typed_lookups); i++)
    g_assert_null (typed_lookups[i].lookup (dataset, "nope"));

  g_clear_object (&meeting);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static void
test_dataset_add_duplicate (void)
{
  g_autoptr(AictDataset) dataset = aict_dataset_new ();
  g_autoptr(AictDataset) other = aict_dataset_new ();
  g_autoptr(AictActor) actor = aict_actor_new ("cd24", "Dordogne", AICT_ACTOR_KIND_DEPARTEMENT);
  g_autoptr(AictActor) same_actor_id = aict_actor_new ("cd24", "Autre Dordogne", AICT_ACTOR_KIND_OTHER);
  g_autoptr(AictPerson) person = aict_person_new ("cd24", "Personne");
  g_autoptr(AictMeeting) meeting_same_id = aict_meeting_new ("cd24", "Réunion", NULL);
  g_autoptr(AictMeeting) meeting = aict_meeting_new ("m1", "Réunion", NULL);
  g_autoptr(AictOutcome) outcome = aict_outcome_new ("cd24", AICT_OUTCOME_KIND_DECISION, "Adopté.");
  g_autoptr(AictOutcome) fine_outcome = aict_outcome_new ("m1-o1", AICT_OUTCOME_KIND_DECISION, "Adopté.");
  g_autoptr(GError) error = NULL;
  guint n_actors;

  add_ok (dataset, actor);
  n_actors = n_items (aict_dataset_get_actors (dataset));

  /* Same type. */
  g_assert_false (aict_dataset_add (dataset, AICT_ENTITY (same_actor_id), &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, "cd24"));
  g_clear_error (&error);
  g_assert_cmpuint (n_items (aict_dataset_get_actors (dataset)), ==, n_actors);
  g_assert_true (aict_dataset_lookup_actor (dataset, "cd24") == actor);

  /* Another type: ids are unique across the dataset. */
  g_assert_false (aict_dataset_add (dataset, AICT_ENTITY (person), &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_cmpuint (n_items (aict_dataset_get_persons (dataset)), ==, 0);
  g_assert_null (aict_dataset_lookup_person (dataset, "cd24"));

  g_assert_false (aict_dataset_add (dataset, AICT_ENTITY (meeting_same_id), &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_cmpuint (n_items (aict_dataset_get_meetings (dataset)), ==, 0);

  /* A meeting whose outcome id clashes with an actor: nothing of the
   * meeting joins the dataset, not even its own id or its other items. */
  g_assert_true (aict_meeting_add_outcome (meeting, fine_outcome, &error));
  g_assert_no_error (error);
  g_assert_true (aict_meeting_add_outcome (meeting, outcome, &error));
  g_assert_no_error (error);
  g_assert_false (aict_dataset_add (dataset, AICT_ENTITY (meeting), &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_assert_nonnull (strstr (error->message, "cd24"));
  g_clear_error (&error);
  g_assert_cmpuint (n_items (aict_dataset_get_meetings (dataset)), ==, 0);
  g_assert_null (aict_dataset_lookup (dataset, "m1"));
  g_assert_null (aict_dataset_lookup (dataset, "m1-o1"));
  g_assert_null (aict_dataset_lookup_outcome (dataset, "cd24"));
  g_assert_true (aict_dataset_lookup_actor (dataset, "cd24") == actor);
  g_assert_cmpuint (n_items (aict_dataset_get_actors (dataset)), ==, n_actors);

  /* The refused meeting belongs to no dataset: another one takes it. */
  add_ok (other, meeting);
  g_assert_true (aict_dataset_lookup_outcome (other, "cd24") == outcome);
  g_assert_true (aict_dataset_lookup_outcome (other, "m1-o1") == fine_outcome);

  /* Refused without an error location too. */
  g_assert_false (aict_dataset_add (dataset, AICT_ENTITY (same_actor_id), NULL));

  g_assert_finalize_object (g_steal_pointer (&other));
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

static void
test_dataset_add_invalid (void)
{
  g_autoptr(AictDataset) dataset = aict_dataset_new ();
  g_autoptr(AictDataset) other = aict_dataset_new ();
  g_autoptr(AictActor) no_id = g_object_new (AICT_TYPE_ACTOR, "name", "Sans id", NULL);
  g_autoptr(AictMeeting) meeting_no_id = g_object_new (AICT_TYPE_MEETING, "title", "Sans id", NULL);
  g_autoptr(AictAgendaItem) item = aict_agenda_item_new ("m1-B", "Point B");
  g_autoptr(AictContribution) contribution = aict_contribution_new ("m1-c1", "Intervention");
  g_autoptr(AictOutcome) outcome = aict_outcome_new ("m1-o1", AICT_OUTCOME_KIND_DECISION, "Adopté.");
  g_autoptr(AictActor) actor = aict_actor_new ("cd24", "Dordogne", AICT_ACTOR_KIND_DEPARTEMENT);
  g_autoptr(GError) error = NULL;
  AictEntity *refused[] = {
    AICT_ENTITY (no_id), AICT_ENTITY (meeting_no_id), AICT_ENTITY (item),
    AICT_ENTITY (contribution), AICT_ENTITY (outcome),
  };

  g_assert_null (aict_entity_get_id (AICT_ENTITY (no_id)));

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (aict_dataset_add (dataset, refused[i], &error));
      g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_clear_error (&error);
    }
  g_assert_null (aict_dataset_lookup (dataset, "m1-B"));
  g_assert_null (aict_dataset_lookup (dataset, "m1-o1"));

  /* An entity of another dataset, and of this one a second time. */
  add_ok (other, actor);
  g_assert_false (aict_dataset_add (dataset, AICT_ENTITY (actor), &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (aict_dataset_lookup (dataset, "cd24"));
  g_assert_cmpuint (n_items (aict_dataset_get_actors (dataset)), ==, 0);

  g_assert_false (aict_dataset_add (other, AICT_ENTITY (actor), &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (n_items (aict_dataset_get_actors (other)), ==, 1);

  g_assert_finalize_object (g_steal_pointer (&other));
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

static void
test_dataset_meeting_add_in_dataset (void)
{
  g_autoptr(AictDataset) dataset = aict_dataset_new ();
  g_autoptr(AictActor) actor = aict_actor_new ("cd24", "Dordogne", AICT_ACTOR_KIND_DEPARTEMENT);
  g_autoptr(AictMeeting) meeting = aict_meeting_new ("m1", "Réunion", NULL);
  g_autoptr(AictMeeting) other_meeting = aict_meeting_new ("m2", "Autre réunion", NULL);
  g_autoptr(AictOutcome) outcome = aict_outcome_new ("m1-o1", AICT_OUTCOME_KIND_DECISION, "Adopté.");
  g_autoptr(AictOutcome) clash = aict_outcome_new ("cd24", AICT_OUTCOME_KIND_DECISION, "Doublon.");
  g_autoptr(AictOutcome) clash_meeting = aict_outcome_new ("m1", AICT_OUTCOME_KIND_DECISION, "Doublon.");
  g_autoptr(AictAgendaItem) item = aict_agenda_item_new ("m1-B", "Point B");
  g_autoptr(AictAgendaItem) item_clash = aict_agenda_item_new ("m1-o1", "Doublon");
  g_autoptr(AictContribution) contribution = aict_contribution_new ("m1-c1", "Intervention");
  g_autoptr(AictContribution) contribution_clash = aict_contribution_new ("cd24", "Doublon");
  g_autoptr(GError) error = NULL;

  add_ok (dataset, actor);
  add_ok (dataset, meeting);
  add_ok (dataset, other_meeting);

  /* Added to a meeting that is already in the dataset: registered. */
  g_assert_true (aict_meeting_add_outcome (meeting, outcome, &error));
  g_assert_no_error (error);
  g_assert_true (aict_dataset_lookup_outcome (dataset, "m1-o1") == outcome);
  g_assert_cmpstr (aict_outcome_get_meeting_id (outcome), ==, "m1");

  g_assert_true (aict_meeting_add_agenda_item (meeting, item, &error));
  g_assert_no_error (error);
  g_assert_true (aict_dataset_lookup (dataset, "m1-B") == AICT_ENTITY (item));

  g_assert_true (aict_meeting_add_contribution (meeting, contribution, &error));
  g_assert_no_error (error);
  g_assert_true (aict_dataset_lookup (dataset, "m1-c1") == AICT_ENTITY (contribution));

  /* Clashes with the dataset, the meeting itself or an item of it. */
  g_assert_false (aict_meeting_add_outcome (meeting, clash, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_false (aict_meeting_add_outcome (meeting, clash_meeting, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_false (aict_meeting_add_agenda_item (meeting, item_clash, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_false (aict_meeting_add_contribution (meeting, contribution_clash, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  g_assert_cmpuint (n_items (aict_meeting_get_outcomes (meeting)), ==, 1);
  g_assert_cmpuint (n_items (aict_meeting_get_agenda (meeting)), ==, 1);
  g_assert_cmpuint (n_items (aict_meeting_get_contributions (meeting)), ==, 1);
  g_assert_true (aict_dataset_lookup (dataset, "cd24") == AICT_ENTITY (actor));
  g_assert_true (aict_dataset_lookup (dataset, "m1") == AICT_ENTITY (meeting));
  g_assert_true (aict_dataset_lookup (dataset, "m1-o1") == AICT_ENTITY (outcome));
  g_assert_null (aict_outcome_get_meeting_id (clash));

  /* An item of the dataset cannot join another meeting of it (nor the
   * same meeting twice). */
  g_assert_false (aict_meeting_add_outcome (other_meeting, outcome, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (aict_meeting_add_agenda_item (other_meeting, item, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (n_items (aict_meeting_get_outcomes (other_meeting)), ==, 0);

  /* The same id in a later meeting of the dataset is refused as well. */
  {
    g_autoptr(AictOutcome) same_id = aict_outcome_new ("m1-o1", AICT_OUTCOME_KIND_DECISION, "Doublon.");

    g_assert_false (aict_meeting_add_outcome (other_meeting, same_id, &error));
    g_assert_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID);
    g_clear_error (&error);
  }

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

typedef struct
{
  guint n_signals;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  ItemsChanged *changed = user_data;

  changed->n_signals++;
  changed->position = position;
  changed->removed = removed;
  changed->added = added;
}

static void
test_dataset_items_changed (void)
{
  g_autoptr(AictDataset) dataset = aict_dataset_new ();
  g_autoptr(AictActor) a = aict_actor_new ("a", "A", AICT_ACTOR_KIND_OTHER);
  g_autoptr(AictActor) b = aict_actor_new ("b", "B", AICT_ACTOR_KIND_OTHER);
  g_autoptr(AictActor) b_again = aict_actor_new ("b", "B bis", AICT_ACTOR_KIND_OTHER);
  g_autoptr(AictPerson) person = aict_person_new ("p", "P");
  ItemsChanged actors = { 0 }, persons = { 0 };
  GListModel *actor_model = aict_dataset_get_actors (dataset);
  g_autoptr(AictActor) first = NULL;

  g_signal_connect (actor_model, "items-changed", G_CALLBACK (items_changed_cb), &actors);
  g_signal_connect (aict_dataset_get_persons (dataset), "items-changed",
                    G_CALLBACK (items_changed_cb), &persons);

  add_ok (dataset, a);
  g_assert_cmpuint (actors.n_signals, ==, 1);
  g_assert_cmpuint (actors.position, ==, 0);
  g_assert_cmpuint (actors.removed, ==, 0);
  g_assert_cmpuint (actors.added, ==, 1);

  add_ok (dataset, b);
  g_assert_cmpuint (actors.n_signals, ==, 2);
  g_assert_cmpuint (actors.position, ==, 1);
  g_assert_cmpuint (actors.added, ==, 1);

  /* A refused add changes nothing and says nothing. */
  g_assert_false (aict_dataset_add (dataset, AICT_ENTITY (b_again), NULL));
  g_assert_cmpuint (actors.n_signals, ==, 2);

  /* Other collections are not disturbed. */
  g_assert_cmpuint (persons.n_signals, ==, 0);
  add_ok (dataset, person);
  g_assert_cmpuint (persons.n_signals, ==, 1);
  g_assert_cmpuint (actors.n_signals, ==, 2);

  /* Remove emits too, at the right position. */
  g_assert_true (aict_dataset_remove (dataset, "a"));
  g_assert_cmpuint (actors.n_signals, ==, 3);
  g_assert_cmpuint (actors.position, ==, 0);
  g_assert_cmpuint (actors.removed, ==, 1);
  g_assert_cmpuint (actors.added, ==, 0);

  first = g_list_model_get_item (actor_model, 0);
  g_assert_true (first == b);

  g_signal_handlers_disconnect_by_data (actor_model, &actors);
  g_signal_handlers_disconnect_by_data (aict_dataset_get_persons (dataset), &persons);
  g_clear_object (&first);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

typedef struct
{
  guint n_signals;
  GPtrArray *entities;   /* what each emission named, borrowed */
} Changed;

static void
changed_cb (AictDataset *dataset,
            AictEntity  *entity,
            gpointer     data)
{
  Changed *changed = data;

  g_assert_true (AICT_IS_DATASET (dataset));
  g_assert_true (AICT_IS_ENTITY (entity));
  changed->n_signals++;
  g_ptr_array_add (changed->entities, entity);
}

static AictEntity *
last_changed (Changed *changed)
{
  g_assert_cmpuint (changed->entities->len, >, 0);
  return g_ptr_array_index (changed->entities, changed->entities->len - 1);
}

static guint
n_partnerships_of_actor (AictDataset *dataset,
                         const char  *actor_id)
{
  g_autoptr(AictFilter) filter = aict_filter_new ();
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GError) error = NULL;

  aict_filter_set_actor (filter, actor_id);
  found = aict_dataset_filter_partnerships (dataset, filter, &error);
  g_assert_no_error (error);

  return g_list_model_get_n_items (found);
}

/* Every change through the API says so, after the fact: added, removed,
 * modified, records, a meeting's items; a refused change says nothing. */
static void
test_dataset_changed_signal (void)
{
  g_autoptr(AictDataset) dataset = aict_dataset_new ();
  g_autoptr(AictActor) actor = aict_actor_new ("a", "A", AICT_ACTOR_KIND_OTHER);
  g_autoptr(AictActor) again = aict_actor_new ("a", "A bis", AICT_ACTOR_KIND_OTHER);
  g_autoptr(AictPartnership) partnership = aict_partnership_new ("p", "P", AICT_PARTNERSHIP_STATUS_ACTIVE);
  g_autoptr(AictMeeting) meeting = aict_meeting_new ("m", "M", NULL);
  g_autoptr(AictAgendaItem) item = aict_agenda_item_new ("m-1", "Ouverture");
  g_autoptr(AictParticipant) participant = aict_participant_new ("a", AICT_PARTICIPANT_ROLE_LEAD);
  Changed changed = { 0, g_ptr_array_new () };

  g_signal_connect (dataset, "changed", G_CALLBACK (changed_cb), &changed);

  add_ok (dataset, actor);
  g_assert_cmpuint (changed.n_signals, ==, 1);
  g_assert_true (last_changed (&changed) == AICT_ENTITY (actor));

  g_assert_false (aict_dataset_add (dataset, AICT_ENTITY (again), NULL));
  g_assert_cmpuint (changed.n_signals, ==, 1);

  add_ok (dataset, partnership);
  add_ok (dataset, meeting);
  g_assert_cmpuint (changed.n_signals, ==, 3);

  /* A property set. */
  aict_actor_set_name (actor, "Acteur");
  g_assert_cmpuint (changed.n_signals, ==, 4);
  g_assert_true (last_changed (&changed) == AICT_ENTITY (actor));
  aict_actor_set_name (actor, "Acteur");   /* no change, no signal */
  g_assert_cmpuint (changed.n_signals, ==, 4);

  /* A record added: the index follows. */
  g_assert_cmpuint (n_partnerships_of_actor (dataset, "a"), ==, 0);
  aict_partnership_add_participant (partnership, participant);
  g_assert_cmpuint (changed.n_signals, ==, 5);
  g_assert_true (last_changed (&changed) == AICT_ENTITY (partnership));
  g_assert_cmpuint (n_partnerships_of_actor (dataset, "a"), ==, 1);

  aict_entity_add_source (AICT_ENTITY (actor), "src", NULL);
  g_assert_cmpuint (changed.n_signals, ==, 6);
  aict_actor_add_identifier (actor, "siren", "222400012");
  g_assert_cmpuint (changed.n_signals, ==, 7);
  g_assert_true (last_changed (&changed) == AICT_ENTITY (actor));

  /* An item of a meeting: added, then modified. */
  g_assert_true (aict_meeting_add_agenda_item (meeting, item, NULL));
  g_assert_cmpuint (changed.n_signals, ==, 8);
  g_assert_true (last_changed (&changed) == AICT_ENTITY (item));
  g_assert_true (aict_dataset_lookup (dataset, "m-1") == AICT_ENTITY (item));
  aict_agenda_item_set_title (item, "Accueil");
  g_assert_cmpuint (changed.n_signals, ==, 9);
  g_assert_true (last_changed (&changed) == AICT_ENTITY (item));

  /* Removed: lookups already miss it when the signal comes. */
  g_assert_true (aict_dataset_remove (dataset, "p"));
  g_assert_cmpuint (changed.n_signals, ==, 10);
  g_assert_true (last_changed (&changed) == AICT_ENTITY (partnership));
  g_assert_cmpuint (n_partnerships_of_actor (dataset, "a"), ==, 0);

  /* Out of the dataset, its objects no longer report to it. */
  aict_partnership_set_title (partnership, "Q");
  g_assert_cmpuint (changed.n_signals, ==, 10);

  g_signal_handlers_disconnect_by_data (dataset, &changed);
  g_ptr_array_unref (changed.entities);
}

/* The collections of a meeting are views too, and follow the meeting. */
static void
test_dataset_meeting_views (void)
{
  g_autoptr(AictMeeting) meeting = aict_meeting_new ("m", "M", NULL);
  g_autoptr(AictAgendaItem) item = aict_agenda_item_new ("m-1", "Ouverture");
  g_autoptr(AictOutcome) outcome = aict_outcome_new ("m-o1", AICT_OUTCOME_KIND_DECISION, "Oui");
  g_autoptr(AictAgendaItem) got = NULL;
  GListModel *models[] = {
    aict_meeting_get_agenda (meeting),
    aict_meeting_get_contributions (meeting),
    aict_meeting_get_outcomes (meeting),
  };
  ItemsChanged agenda = { 0 }, outcomes = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    {
      g_assert_false (G_IS_LIST_STORE (models[i]));
      g_assert_cmpuint (g_list_model_get_n_items (models[i]), ==, 0);
    }
  g_assert_true (g_list_model_get_item_type (models[0]) == AICT_TYPE_AGENDA_ITEM);
  g_assert_true (g_list_model_get_item_type (models[1]) == AICT_TYPE_CONTRIBUTION);
  g_assert_true (g_list_model_get_item_type (models[2]) == AICT_TYPE_OUTCOME);
  /* The same view each time. */
  g_assert_true (aict_meeting_get_agenda (meeting) == models[0]);

  g_signal_connect (models[0], "items-changed", G_CALLBACK (items_changed_cb), &agenda);
  g_signal_connect (models[2], "items-changed", G_CALLBACK (items_changed_cb), &outcomes);
  g_assert_true (aict_meeting_add_agenda_item (meeting, item, NULL));
  g_assert_cmpuint (agenda.n_signals, ==, 1);
  g_assert_cmpuint (agenda.position, ==, 0);
  g_assert_cmpuint (agenda.added, ==, 1);
  g_assert_cmpuint (outcomes.n_signals, ==, 0);
  g_assert_true (aict_meeting_add_outcome (meeting, outcome, NULL));
  g_assert_cmpuint (outcomes.n_signals, ==, 1);

  got = g_list_model_get_item (models[0], 0);
  g_assert_true (got == item);
  g_assert_null (g_list_model_get_item (models[0], 1));

  g_signal_handlers_disconnect_by_data (models[0], &agenda);
  g_signal_handlers_disconnect_by_data (models[2], &outcomes);
}

/* A view that a caller keeps outlives the dataset, readable and still. */
static void
test_dataset_view_outlives (void)
{
  AictDataset *dataset = aict_dataset_new ();
  g_autoptr(AictActor) actor = aict_actor_new ("a", "A", AICT_ACTOR_KIND_OTHER);
  g_autoptr(GListModel) actors = NULL;
  g_autoptr(AictActor) got = NULL;

  add_ok (dataset, actor);
  actors = g_object_ref (aict_dataset_get_actors (dataset));
  g_assert_finalize_object (dataset);

  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 1);
  got = g_list_model_get_item (actors, 0);
  g_assert_true (got == actor);
}

static void
test_dataset_remove (void)
{
  g_autoptr(AictDataset) dataset = build_full_dataset ();
  g_autoptr(AictDataset) other = aict_dataset_new ();
  g_autoptr(AictMeeting) meeting = g_object_ref (aict_dataset_lookup_meeting (dataset, "m2016"));
  g_autoptr(AictActor) actor = g_object_ref (aict_dataset_lookup_actor (dataset, "larache"));
  guint n_actors = n_items (aict_dataset_get_actors (dataset));

  g_assert_false (aict_dataset_remove (dataset, "nope"));

  /* Items of a meeting are not removed one by one. */
  g_assert_false (aict_dataset_remove (dataset, "m2016-o1"));
  g_assert_false (aict_dataset_remove (dataset, "m2016-B"));
  g_assert_nonnull (aict_dataset_lookup_outcome (dataset, "m2016-o1"));

  g_assert_true (aict_dataset_remove (dataset, "larache"));
  g_assert_null (aict_dataset_lookup (dataset, "larache"));
  g_assert_null (aict_dataset_lookup_actor (dataset, "larache"));
  g_assert_cmpuint (n_items (aict_dataset_get_actors (dataset)), ==, n_actors - 1);
  g_assert_false (aict_dataset_remove (dataset, "larache"));
  /* The other actors are still there. */
  g_assert_nonnull (aict_dataset_lookup_actor (dataset, "cd24"));
  g_assert_nonnull (aict_dataset_lookup_actor (dataset, "capcoop"));

  /* References to a removed object stay, and the validator sees them. */
  {
    GDate today;
    g_autoptr(AictReport) report = NULL;

    g_date_clear (&today, 1);
    g_date_set_dmy (&today, 26, 11, 2026);
    report = aict_dataset_validate_at (dataset, &today);
    g_assert_nonnull (aict_report_find (report, "reference-unresolved",
                                        "$.partnerships[0].participants[1].actor"));
  }

  g_assert_true (aict_dataset_remove (dataset, "m2016"));
  g_assert_null (aict_dataset_lookup (dataset, "m2016"));
  g_assert_null (aict_dataset_lookup (dataset, "m2016-B"));
  g_assert_null (aict_dataset_lookup (dataset, "m2016-B1"));
  g_assert_null (aict_dataset_lookup (dataset, "m2016-c1"));
  g_assert_null (aict_dataset_lookup_outcome (dataset, "m2016-o1"));
  g_assert_cmpuint (n_items (aict_dataset_get_meetings (dataset)), ==, 0);

  /* The ids are free again... */
  {
    g_autoptr(AictOutcome) reuse = aict_outcome_new ("m2016-o1", AICT_OUTCOME_KIND_DECISION, "Réutilisé.");
    g_autoptr(AictMeeting) fresh = aict_meeting_new ("m-fresh", "Nouvelle", NULL);
    g_autoptr(GError) error = NULL;

    g_assert_true (aict_meeting_add_outcome (fresh, reuse, &error));
    g_assert_no_error (error);
    add_ok (dataset, fresh);
    g_assert_true (aict_dataset_lookup_outcome (dataset, "m2016-o1") == reuse);
    g_assert_true (aict_dataset_remove (dataset, "m-fresh"));
  }

  /* ...and the removed objects belong to no dataset: they can be added to
   * another one (or back), items of the meeting with it. */
  add_ok (other, meeting);
  add_ok (other, actor);
  g_assert_true (aict_dataset_lookup_outcome (other, "m2016-o1") ==
                 aict_meeting_lookup_outcome (meeting, "m2016-o1"));
  g_assert_nonnull (aict_dataset_lookup (other, "m2016-c1"));

  g_assert_finalize_object (g_steal_pointer (&dataset));
  g_assert_finalize_object (g_steal_pointer (&other));
  g_assert_finalize_object (g_steal_pointer (&meeting));
  g_assert_finalize_object (g_steal_pointer (&actor));
}

/* A loaded file may hold duplicate ids; "lookups find the first".  Once
 * the first is removed, the survivor is the first. */
static void
test_dataset_remove_duplicate (void)
{
  g_autoptr(AictDataset) dataset = load_string (
    "{\"format\": \"aict/1\", \"actors\": ["
    "{\"id\": \"a\", \"name\": \"Premier\", \"kind\": \"other\"},"
    "{\"id\": \"a\", \"name\": \"Second\", \"kind\": \"other\"}]}");
  g_autoptr(AictActor) third = aict_actor_new ("a", "Troisième", AICT_ACTOR_KIND_OTHER);
  g_autoptr(AictReport) report = NULL;
  GDate today;
  AictActor *found;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 26, 11, 2026);

  found = aict_dataset_lookup_actor (dataset, "a");
  g_assert_nonnull (found);
  g_assert_cmpstr (aict_actor_get_name (found), ==, "Premier");

  g_assert_true (aict_dataset_remove (dataset, "a"));
  g_assert_cmpuint (n_items (aict_dataset_get_actors (dataset)), ==, 1);

  /* The remaining actor "a" is unique now: it must be found, the
   * validator must not call it a duplicate, and adding another "a" must
   * be refused. */
  found = aict_dataset_lookup_actor (dataset, "a");
  g_assert_nonnull (found);
  g_assert_cmpstr (aict_actor_get_name (found), ==, "Second");

  report = aict_dataset_validate_at (dataset, &today);
  g_assert_null (aict_report_find (report, "duplicate-id", NULL));

  g_assert_false (aict_dataset_add (dataset, AICT_ENTITY (third), NULL));
  g_assert_cmpuint (n_items (aict_dataset_get_actors (dataset)), ==, 1);
}

/* The same across types: an actor and an agenda item sharing an id. */
static void
test_dataset_remove_duplicate_nested (void)
{
  const char *json =
    "{\"format\": \"aict/1\", \"actors\": [{\"id\": \"x\", \"name\": \"Acteur\", \"kind\": \"other\"}],"
    " \"meetings\": [{\"id\": \"m\", \"title\": \"T\", \"date\": \"2016\","
    " \"agenda\": [{\"id\": \"x\", \"title\": \"Point\"}]}]}";
  g_autoptr(AictDataset) first = load_string (json);
  g_autoptr(AictDataset) second = load_string (json);

  /* Removing the meeting leaves the actor reachable. */
  g_assert_true (AICT_IS_ACTOR (aict_dataset_lookup (first, "x")));
  g_assert_true (aict_dataset_remove (first, "m"));
  g_assert_true (AICT_IS_ACTOR (aict_dataset_lookup (first, "x")));
  g_assert_nonnull (aict_dataset_lookup_actor (first, "x"));

  /* Removing the actor makes the agenda item reachable; removing its
   * meeting then frees the id. */
  g_assert_true (aict_dataset_remove (second, "x"));
  g_assert_true (AICT_IS_AGENDA_ITEM (aict_dataset_lookup (second, "x")));
  g_assert_null (aict_dataset_lookup_actor (second, "x"));
  g_assert_true (aict_dataset_remove (second, "m"));
  g_assert_null (aict_dataset_lookup (second, "x"));
}

/* ------------------------------------------------------------------------ */
/* Loading                                                                  */
/* ------------------------------------------------------------------------ */

static void
assert_worked_example (AictDataset *dataset)
{
  AictActor *cd24 = aict_dataset_lookup_actor (dataset, "cd24");
  AictPartnership *partnership = aict_dataset_lookup_partnership (dataset, "cd24-larache");
  AictBudget *budget = aict_dataset_lookup_budget (dataset, "b-larache-2016");
  AictMeeting *meeting = aict_dataset_lookup_meeting (dataset, "m2016");
  AictOutcome *outcome = aict_dataset_lookup_outcome (dataset, "m2016-o1");
  AictPerson *person = aict_dataset_lookup_person (dataset, "p-coustillas");
  const AictAmount *amount;
  const AictFunder *funder;
  g_autofree char *date = NULL;

  g_assert_cmpstr (aict_dataset_get_title (dataset), ==, "Dordogne – Larache : exemple commenté");
  g_assert_cmpstr (aict_dataset_get_language (dataset), ==, "fr");
  g_assert_cmpuint (n_items (aict_dataset_get_actors (dataset)), ==, 3);
  g_assert_cmpuint (n_items (aict_dataset_get_persons (dataset)), ==, 1);
  g_assert_cmpuint (n_items (aict_dataset_get_partnerships (dataset)), ==, 1);
  g_assert_cmpuint (n_items (aict_dataset_get_budgets (dataset)), ==, 1);
  g_assert_cmpuint (n_items (aict_dataset_get_meetings (dataset)), ==, 1);

  g_assert_nonnull (cd24);
  g_assert_cmpstr (aict_actor_get_name (cd24), ==, "Conseil départemental de la Dordogne");
  g_assert_cmpint (aict_actor_get_kind (cd24), ==, AICT_ACTOR_KIND_DEPARTEMENT);
  g_assert_cmpstr (aict_actor_get_subdivision (cd24), ==, "FR-24");

  g_assert_nonnull (person);
  g_assert_cmpuint (aict_person_get_n_affiliations (person), ==, 1);

  g_assert_nonnull (partnership);
  g_assert_cmpint (aict_partnership_get_status (partnership), ==, AICT_PARTNERSHIP_STATUS_ACTIVE);
  g_assert_cmpuint (aict_partnership_get_n_participants (partnership), ==, 2);
  g_assert_true (aict_partnership_has_theme (partnership, "youth"));
  g_assert_true (aict_partnership_has_country (partnership, "MA"));

  g_assert_nonnull (budget);
  amount = aict_budget_get_amount (budget);
  g_assert_nonnull (amount);
  g_assert_true (aict_amount_is_range (amount));
  g_assert_cmpint (aict_amount_get_min (amount), ==, 3000000);
  g_assert_cmpint (aict_amount_get_max (amount), ==, 7000000);
  g_assert_cmpstr (aict_amount_get_currency (amount), ==, "EUR");
  g_assert_cmpuint (aict_budget_get_n_funders (budget), ==, 2);
  funder = aict_budget_get_funder (budget, 0);
  g_assert_cmpint (aict_funder_get_share (funder), ==, 7000);

  g_assert_nonnull (meeting);
  date = aict_partial_date_to_string (aict_meeting_get_date (meeting));
  g_assert_cmpstr (date, ==, "2016-09-20");
  g_assert_cmpstr (aict_meeting_get_start_time (meeting), ==, "10:30");
  g_assert_cmpuint (n_items (aict_meeting_get_agenda (meeting)), ==, 1);
  g_assert_cmpuint (n_items (aict_meeting_get_contributions (meeting)), ==, 1);

  g_assert_nonnull (outcome);
  g_assert_cmpint (aict_outcome_get_kind (outcome), ==, AICT_OUTCOME_KIND_ACTION);
  g_assert_cmpstr (aict_outcome_get_owner_id (outcome), ==, "capcoop");
  g_assert_cmpstr (aict_outcome_get_meeting_id (outcome), ==, "m2016");
  g_assert_true (aict_meeting_lookup_outcome (meeting, "m2016-o1") == outcome);
}

static void
test_dataset_load_file (void)
{
  g_autofree char *path = valid_fixture ("worked-example.json");
  g_autoptr(AictDataset) dataset = load_file (path);

  assert_worked_example (dataset);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

static GBytes *
read_fixture (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static void
test_dataset_load_bytes (void)
{
  g_autofree char *path = valid_fixture ("worked-example.json");
  g_autoptr(GBytes) bytes = read_fixture (path);
  g_autoptr(AictDataset) dataset = load_gbytes (bytes);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GError) error = NULL;

  assert_worked_example (dataset);
  g_assert_finalize_object (g_steal_pointer (&dataset));

  /* An empty GBytes is a syntax error, named <data>. */
  g_assert_null (aict_dataset_new_from_bytes (empty, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "<data>:1:1: "));
}

static void
test_dataset_load_data (void)
{
  g_autofree char *path = valid_fixture ("worked-example.json");
  g_autoptr(GBytes) bytes = read_fixture (path);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *terminated = g_strndup (data, length);
  g_autofree char *with_tail = g_strconcat (terminated, "{ garbage", NULL);
  g_autoptr(AictDataset) by_strlen = NULL;
  g_autoptr(AictDataset) by_length = NULL;
  g_autoptr(AictDataset) cut = NULL;
  g_autoptr(GError) error = NULL;

  /* length -1: NUL-terminated. */
  by_strlen = aict_dataset_new_from_data (terminated, -1, &error);
  g_assert_no_error (error);
  assert_worked_example (by_strlen);

  /* An explicit length: the bytes after it are never looked at. */
  by_length = aict_dataset_new_from_data_full (with_tail, (gssize) length, NULL, &error);
  g_assert_no_error (error);
  assert_worked_example (by_length);
  assert_datasets_equal (by_strlen, by_length);

  /* A length that cuts the document: a syntax error, not a partial model. */
  cut = aict_dataset_new_from_data_full (terminated, (gssize) length / 2, NULL, &error);
  g_assert_null (cut);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "<data>:"));
  g_clear_error (&error);

  /* The whole buffer with its tail: trailing data. */
  g_assert_null (aict_dataset_new_from_data (with_tail, -1, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_PARSE);
  g_clear_error (&error);

  /* NULL with length 0 is an empty document. */
  g_assert_null (aict_dataset_new_from_data (NULL, 0, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_PARSE);
  g_clear_error (&error);

  g_assert_finalize_object (g_steal_pointer (&by_strlen));
  g_assert_finalize_object (g_steal_pointer (&by_length));
}

/* A stream whose reads fail. */
typedef GInputStream TestFailingStream;
typedef GInputStreamClass TestFailingStreamClass;
static GType test_failing_stream_get_type (void);
G_DEFINE_TYPE (TestFailingStream, test_failing_stream, G_TYPE_INPUT_STREAM)

static gssize
test_failing_stream_read (GInputStream  *stream,
                          void          *buffer,
                          gsize          count,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the disk caught fire");
  return -1;
}

static void
test_failing_stream_class_init (TestFailingStreamClass *klass)
{
  klass->read_fn = test_failing_stream_read;
}

static void
test_failing_stream_init (TestFailingStream *self)
{
}

static void
test_dataset_load_stream (void)
{
  g_autofree char *path = valid_fixture ("worked-example.json");
  g_autoptr(GBytes) bytes = read_fixture (path);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GInputStream) bad_stream = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(AictDataset) from_file = load_file (path);
  g_autoptr(GError) error = NULL;

  dataset = aict_dataset_new_from_stream_full (stream, NULL, cancellable, &error);
  g_assert_no_error (error);
  assert_worked_example (dataset);
  assert_datasets_equal (dataset, from_file);

  /* A stream in small pieces (several reads) gives the same model. */
  {
    g_autoptr(GInputStream) pieces = g_memory_input_stream_new ();
    g_autoptr(AictDataset) again = NULL;
    gsize length;
    const guint8 *data = g_bytes_get_data (bytes, &length);

    for (gsize off = 0; off < length; off += 7)
      g_memory_input_stream_add_data (G_MEMORY_INPUT_STREAM (pieces),
                                      g_memdup2 (data + off, MIN (7, length - off)),
                                      (gssize) MIN (7, length - off), g_free);
    again = aict_dataset_new_from_stream (pieces, &error);
    g_assert_no_error (error);
    assert_datasets_equal (again, from_file);
  }

  /* Errors name the stream <stream>. */
  bad_stream = g_memory_input_stream_new_from_data ("{\"format\": 1}", -1, NULL);
  g_assert_null (aict_dataset_new_from_stream (bad_stream, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_true (g_str_has_prefix (error->message, "<stream>:1:12: $.format: "));
  g_clear_error (&error);

  /* A read error fails with IO, named <stream>, with the stream's message. */
  {
    g_autoptr(GInputStream) failing = g_object_new (test_failing_stream_get_type (), NULL);

    g_assert_null (aict_dataset_new_from_stream (failing, &error));
    g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
    g_assert_true (g_str_has_prefix (error->message, "<stream>: "));
    g_assert_nonnull (strstr (error->message, "the disk caught fire"));
    g_clear_error (&error);
  }

  g_assert_finalize_object (g_steal_pointer (&dataset));
  g_assert_finalize_object (g_steal_pointer (&from_file));
}

/* The meeting's "id" may come after its outcomes in a file: an outcome
 * knows its meeting whatever the member order. */
static void
test_dataset_outcome_meeting_id (void)
{
  g_autoptr(AictDataset) dataset = NULL;
  AictOutcome *outcome;

  dataset = load_string (
    "{\"format\": \"aict/1\", \"meetings\": [{"
    "\"title\": \"Réunion\", \"date\": \"2016\","
    "\"outcomes\": [{\"id\": \"o1\", \"kind\": \"decision\", \"text\": \"Adopté.\"}],"
    "\"id\": \"m1\"}]}");
  outcome = aict_dataset_lookup_outcome (dataset, "o1");

  g_assert_nonnull (outcome);
  g_assert_cmpstr (aict_outcome_get_meeting_id (outcome), ==, "m1");
}

/* ------------------------------------------------------------------------ */
/* Saving and round trips                                                   */
/* ------------------------------------------------------------------------ */

static void
test_dataset_to_data (void)
{
  g_autoptr(AictDataset) dataset = build_full_dataset ();
  g_autoptr(AictDataset) empty = aict_dataset_new ();
  g_autoptr(GBytes) bytes = aict_dataset_to_bytes (dataset, NULL);
  g_autofree char *data = NULL;
  g_autofree char *empty_data = NULL;
  gsize length = 0;

  data = aict_dataset_to_data (dataset, &length, NULL);
  g_assert_nonnull (data);
  g_assert_cmpuint (length, ==, g_bytes_get_size (bytes));
  g_assert_cmpuint (strlen (data), ==, length);   /* NUL-terminated, no NUL inside */
  g_assert_cmpint (data[length], ==, '\0');
  g_assert_cmpmem (data, length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_true (g_utf8_validate (data, (gssize) length, NULL));
  g_assert_true (g_str_has_prefix (data, "{\n  \"format\": \"aict/1\",\n"));
  g_assert_true (g_str_has_suffix (data, "}\n"));

  /* length is optional. */
  g_free (data);
  data = aict_dataset_to_data (dataset, NULL, NULL);
  g_assert_cmpuint (strlen (data), ==, length);

  /* The empty dataset. */
  empty_data = aict_dataset_to_data (empty, &length, NULL);
  g_assert_cmpstr (empty_data, ==, "{\n  \"format\": \"aict/1\"\n}\n");
  g_assert_cmpuint (length, ==, strlen (empty_data));
}

static void
test_dataset_api_roundtrip (void)
{
  g_autoptr(AictDataset) built = build_full_dataset ();
  g_autoptr(GBytes) first = aict_dataset_to_bytes (built, NULL);
  g_autoptr(AictDataset) loaded = load_gbytes (first);
  g_autoptr(GBytes) second = aict_dataset_to_bytes (loaded, NULL);
  g_autoptr(AictReport) report = NULL;
  GDate today;

  assert_datasets_equal (built, loaded);
  assert_bytes_equal (first, second);

  /* The full dataset is valid: no dangling reference was written. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 26, 11, 2026);
  report = aict_dataset_validate_at (loaded, &today);
  g_assert_cmpuint (aict_report_get_n_errors (report), ==, 0);
  g_assert_cmpuint (aict_report_get_n_warnings (report), ==, 0);
}

static void
test_dataset_save_to_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "dataset.json", NULL);
  g_autoptr(AictDataset) dataset = build_full_dataset ();
  g_autoptr(AictDataset) reloaded = NULL;
  g_autoptr(GBytes) expected = aict_dataset_to_bytes (dataset, NULL);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (aict_dataset_save_to_file (dataset, path, &error));
  g_assert_no_error (error);
  assert_no_temp_files (dir);

  written = read_fixture (path);
  assert_bytes_equal (written, expected);

  reloaded = load_file (path);
  assert_datasets_equal (dataset, reloaded);

  /* Saving again over the file: same bytes, still no temporary left. */
  g_assert_true (aict_dataset_save_to_file (reloaded, path, &error));
  g_assert_no_error (error);
  assert_no_temp_files (dir);
  g_clear_pointer (&written, g_bytes_unref);
  written = read_fixture (path);
  assert_bytes_equal (written, expected);

  /* Saving over it with other content replaces it. */
  aict_dataset_set_title (reloaded, "Autre titre");
  g_assert_true (aict_dataset_save_to_file (reloaded, path, &error));
  g_assert_no_error (error);
  g_clear_object (&reloaded);
  reloaded = load_file (path);
  g_assert_cmpstr (aict_dataset_get_title (reloaded), ==, "Autre titre");
  assert_no_temp_files (dir);

  /* Saving into a directory that does not exist fails cleanly. */
  {
    g_autofree char *bad = g_build_filename (dir, "missing", "dataset.json", NULL);

    g_assert_false (aict_dataset_save_to_file (dataset, bad, &error));
    g_assert_nonnull (error);
    g_assert_true (g_utf8_validate (error->message, -1, NULL));
    g_clear_error (&error);
  }

  remove_temp_dir (dir);
  g_assert_finalize_object (g_steal_pointer (&dataset));
  g_assert_finalize_object (g_steal_pointer (&reloaded));
}

/* load → save → load → save gives the same bytes, the same model, and the
 * saved file reloads. */
static void
test_dataset_file_roundtrip (gconstpointer data)
{
  const char *path = data;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *saved = g_build_filename (dir, "saved.json", NULL);
  g_autoptr(AictDataset) first = load_file (path);
  g_autoptr(GBytes) first_bytes = aict_dataset_to_bytes (first, NULL);
  g_autoptr(AictDataset) second = load_gbytes (first_bytes);
  g_autoptr(GBytes) second_bytes = aict_dataset_to_bytes (second, NULL);
  g_autoptr(AictDataset) third = NULL;
  g_autoptr(GBytes) third_bytes = NULL;
  g_autoptr(GBytes) file_bytes = NULL;
  g_autoptr(GError) error = NULL;

  assert_bytes_equal (first_bytes, second_bytes);
  assert_datasets_equal (first, second);

  g_assert_true (aict_dataset_save_to_file (second, saved, &error));
  g_assert_no_error (error);
  assert_no_temp_files (dir);
  file_bytes = read_fixture (saved);
  assert_bytes_equal (file_bytes, first_bytes);

  third = load_file (saved);
  third_bytes = aict_dataset_to_bytes (third, NULL);
  assert_bytes_equal (third_bytes, first_bytes);
  assert_datasets_equal (first, third);

  remove_temp_dir (dir);
  g_assert_finalize_object (g_steal_pointer (&first));
  g_assert_finalize_object (g_steal_pointer (&second));
  g_assert_finalize_object (g_steal_pointer (&third));
}

/* Whatever a loaded file lacks (the validator's business), what libaict
 * writes must load again: doc/reliability.md B1.3 "no file the library writes
 * may fail to reload". */
static void
test_dataset_roundtrip_incomplete (void)
{
  static const struct
  {
    const char *what;
    const char *json;
  } cases[] = {
    { "participant without actor",
      "{\"format\": \"aict/1\", \"partnerships\": [{\"id\": \"p\", \"title\": \"T\", \"status\": \"active\","
      " \"participants\": [{\"role\": \"lead\"}]}]}" },
    { "affiliation without actor",
      "{\"format\": \"aict/1\", \"persons\": [{\"id\": \"p\", \"name\": \"N\","
      " \"affiliations\": [{\"post\": \"Chargée de mission\"}]}]}" },
    { "funder without actor",
      "{\"format\": \"aict/1\", \"budgets\": [{\"id\": \"b\", \"actor\": \"a\", \"kind\": \"spent\","
      " \"staff_fte\": 1, \"funders\": [{\"share\": 100}]}]}" },
    { "attendance without person",
      "{\"format\": \"aict/1\", \"meetings\": [{\"id\": \"m\", \"title\": \"T\", \"date\": \"2016\","
      " \"attendance\": [{\"status\": \"present\", \"role\": \"speaker\"}]}]}" },
    { "entity without id, title, name",
      "{\"format\": \"aict/1\", \"actors\": [{\"kind\": \"other\"}], \"partnerships\": [{\"status\": \"planned\"}],"
      " \"meetings\": [{\"outcomes\": [{\"kind\": \"decision\"}], \"agenda\": [{}], \"contributions\": [{}]}]}" },
    { "component without title",
      "{\"format\": \"aict/1\", \"partnerships\": [{\"id\": \"p\", \"title\": \"T\", \"status\": \"active\","
      " \"participants\": [], \"components\": [{\"notes\": \"n\"}]}]}" },
  };
  guint n_failed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AictDataset) first = load_string (cases[i].json);
      g_autoptr(GBytes) bytes = aict_dataset_to_bytes (first, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(AictDataset) second = aict_dataset_new_from_bytes (bytes, &error);

      if (second == NULL)
        {
          g_test_message ("%s: the saved document does not reload: %s", cases[i].what, error->message);
          n_failed++;
          continue;
        }
      assert_datasets_equal (first, second);
    }

  if (n_failed > 0)
    g_test_fail_printf ("%u of %u saved documents do not reload", n_failed, (guint) G_N_ELEMENTS (cases));
}

/* Values set through the API that the format cannot hold: either the
 * validator reports them as errors, or what is saved loads again.  A
 * dataset that validates without an error and saves into a file that
 * libaict refuses to load loses the user's work (B1.3). */
typedef AictDataset *(*BuildFunc) (void);

static AictDataset *
dataset_with (gpointer entity)
{
  AictDataset *dataset = aict_dataset_new ();
  g_autoptr(GError) error = NULL;

  if (!aict_dataset_add (dataset, entity, &error))
    g_test_message ("add: %s", error->message);
  g_object_unref (entity);

  return dataset;
}

static AictMeeting *
meeting_2016 (void)
{
  g_autoptr(AictPartialDate) date = aict_partial_date_new (2016, 9, 20);

  return aict_meeting_new ("m", "Réunion", date);
}

static AictDataset *
build_bad_start_time (void)
{
  AictMeeting *meeting = meeting_2016 ();

  aict_meeting_set_start_time (meeting, "25:00");
  return dataset_with (meeting);
}

static AictDataset *
build_bad_end_time (void)
{
  AictMeeting *meeting = meeting_2016 ();

  aict_meeting_set_end_time (meeting, "9:30");
  return dataset_with (meeting);
}

static AictDataset *
build_bad_id (void)
{
  return dataset_with (aict_actor_new ("cd 24", "Dordogne", AICT_ACTOR_KIND_DEPARTEMENT));
}

static AictDataset *
build_empty_id (void)
{
  return dataset_with (aict_actor_new ("", "Dordogne", AICT_ACTOR_KIND_DEPARTEMENT));
}

static AictDataset *
build_control_in_name (void)
{
  return dataset_with (aict_actor_new ("cd24", "Dordogne\a", AICT_ACTOR_KIND_DEPARTEMENT));
}

static AictDataset *
build_control_in_notes (void)
{
  AictActor *actor = aict_actor_new ("cd24", "Dordogne", AICT_ACTOR_KIND_DEPARTEMENT);

  aict_entity_set_notes (AICT_ENTITY (actor), "ligne 1\r\nligne 2");
  return dataset_with (actor);
}

static AictDataset *
build_control_in_identifier (void)
{
  AictActor *actor = aict_actor_new ("cd24", "Dordogne", AICT_ACTOR_KIND_DEPARTEMENT);

  aict_actor_add_identifier (actor, "SIREN\x01", "222400012");
  return dataset_with (actor);
}

static AictDataset *
build_control_in_title (void)
{
  AictDataset *dataset = aict_dataset_new ();

  aict_dataset_set_title (dataset, "Titre\x1b[1m");
  return dataset;
}

static AictDataset *
build_bad_theme (void)
{
  AictDataset *dataset = aict_dataset_new ();
  g_autoptr(AictActor) fr = aict_actor_new ("fr", "F", AICT_ACTOR_KIND_REGION);
  g_autoptr(AictActor) ma = aict_actor_new ("ma", "M", AICT_ACTOR_KIND_FOREIGN_AUTHORITY);
  g_autoptr(AictParticipant) lead = aict_participant_new ("fr", AICT_PARTICIPANT_ROLE_LEAD);
  g_autoptr(AictParticipant) partner = aict_participant_new ("ma", AICT_PARTICIPANT_ROLE_PARTNER);
  const char * const themes[] = { "Water", NULL };
  AictPartnership *partnership = aict_partnership_new ("p", "Coopération", AICT_PARTNERSHIP_STATUS_PLANNED);

  aict_actor_set_country (fr, "FR");
  aict_actor_set_country (ma, "MA");
  aict_partnership_add_participant (partnership, lead);
  aict_partnership_add_participant (partnership, partner);
  aict_partnership_set_themes (partnership, themes);
  add_ok (dataset, fr);
  add_ok (dataset, ma);
  add_ok (dataset, partnership);
  g_object_unref (partnership);

  return dataset;
}

static void
test_dataset_roundtrip_api_values (void)
{
  static const struct
  {
    const char *what;
    BuildFunc build;
    const char *code;   /* the validator's issue */
    const char *path;   /* where, in the report and in the write error */
  } cases[] = {
    { "meeting start_time “25:00”", build_bad_start_time, "time-invalid", NULL },
    { "meeting end_time “9:30”", build_bad_end_time, "time-invalid", NULL },
    { "actor id “cd 24”", build_bad_id, "id-invalid", NULL },
    { "actor id “”", build_empty_id, "id-invalid", NULL },
    { "actor name with U+0007", build_control_in_name, "text-invalid", NULL },
    { "notes with U+000D", build_control_in_notes, "text-invalid", NULL },
    { "identifier scheme with U+0001", build_control_in_identifier, "text-invalid", NULL },
    { "dataset title with U+001B", build_control_in_title, "text-invalid", "$.title" },
    { "partnership theme “Water”", build_bad_theme, "code-invalid", NULL },
  };
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 26, 11, 2026);

  /* What libaict writes always loads again: a value the format cannot
   * hold is an error of the validator, and writing refuses it with the
   * same path rather than producing a file that does not load. */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AictDataset) dataset = cases[i].build ();
      g_autoptr(AictReport) report = aict_dataset_validate_at (dataset, &today);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = aict_dataset_to_bytes (dataset, &error);
      g_autofree char *dir = g_dir_make_tmp ("aict-api-values-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "out.json", NULL);
      g_autoptr(GError) save_error = NULL;
      AictIssue *issue = aict_report_find (report, cases[i].code, cases[i].path);

      g_test_message ("%s", cases[i].what);
      g_assert_nonnull (issue);
      g_assert_cmpint (aict_issue_get_severity (issue), ==, AICT_SEVERITY_ERROR);
      g_assert_null (bytes);
      g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
      g_assert_nonnull (strstr (error->message, aict_issue_get_path (issue)));

      g_assert_false (aict_dataset_save_to_file (dataset, path, &save_error));
      g_assert_error (save_error, AICT_ERROR, AICT_ERROR_SCHEMA);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_rmdir (dir);
    }
}

static void
test_dataset_locale (void)
{
  static const char * const locales[] = { "de_DE.UTF-8", "fr_FR.UTF-8" };
  g_autofree char *saved_locale = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *budgets = valid_fixture ("budgets.json");
  g_autofree char *currencies = valid_fixture ("currencies.json");
  g_autofree char *meeting = meeting_2016_path ();
  const char *paths[] = { budgets, currencies, meeting };
  GBytes *reference[G_N_ELEMENTS (paths) + 1] = { NULL, };
  guint n_tested = 0;

  /* The output in the C locale. */
  g_assert_nonnull (setlocale (LC_ALL, "C"));
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(AictDataset) dataset = load_file (paths[i]);
      reference[i] = aict_dataset_to_bytes (dataset, NULL);
    }
  {
    g_autoptr(AictDataset) built = build_full_dataset ();
    reference[G_N_ELEMENTS (paths)] = aict_dataset_to_bytes (built, NULL);
  }

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      struct lconv *conv;

      if (setlocale (LC_ALL, locales[l]) == NULL)
        {
          g_test_message ("locale %s is not available", locales[l]);
          continue;
        }
      conv = localeconv ();
      g_test_message ("locale %s: decimal point “%s”", locales[l], conv->decimal_point);
      n_tested++;

      /* Loading and saving under a locale with a decimal comma. */
      for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
        {
          g_autoptr(AictDataset) dataset = load_file (paths[i]);
          g_autoptr(GBytes) bytes = aict_dataset_to_bytes (dataset, NULL);

          assert_bytes_equal (bytes, reference[i]);
        }
      {
        g_autoptr(AictDataset) built = build_full_dataset ();
        g_autoptr(GBytes) bytes = aict_dataset_to_bytes (built, NULL);

        assert_bytes_equal (bytes, reference[G_N_ELEMENTS (paths)]);
      }
    }

  setlocale (LC_ALL, saved_locale);
  for (guint i = 0; i < G_N_ELEMENTS (reference); i++)
    g_bytes_unref (reference[i]);

  if (n_tested == 0)
    g_test_skip ("neither de_DE.UTF-8 nor fr_FR.UTF-8 is installed (install the locales package)");
}

/* ------------------------------------------------------------------------ */
/* Lifetime                                                                 */
/* ------------------------------------------------------------------------ */

typedef struct
{
  GPtrArray *pointers;   /* gpointer * slots, each watched by a weak pointer */
} Watch;

static void
watch_object (Watch   *watch,
              gpointer object)
{
  gpointer *slot = g_new (gpointer, 1);

  *slot = object;
  g_object_add_weak_pointer (object, slot);
  g_ptr_array_add (watch->pointers, slot);
}

static void
watch_model (Watch      *watch,
             GListModel *model)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);

      watch_object (watch, object);
      if (AICT_IS_MEETING (object))
        {
          watch_model (watch, aict_meeting_get_agenda (AICT_MEETING (object)));
          watch_model (watch, aict_meeting_get_contributions (AICT_MEETING (object)));
          watch_model (watch, aict_meeting_get_outcomes (AICT_MEETING (object)));
        }
    }
}

static void
watch_dataset (Watch       *watch,
               AictDataset *dataset)
{
  watch->pointers = g_ptr_array_new ();
  watch_model (watch, aict_dataset_get_sources (dataset));
  watch_model (watch, aict_dataset_get_actors (dataset));
  watch_model (watch, aict_dataset_get_persons (dataset));
  watch_model (watch, aict_dataset_get_partnerships (dataset));
  watch_model (watch, aict_dataset_get_budgets (dataset));
  watch_model (watch, aict_dataset_get_meetings (dataset));
}

/* Returns how many watched objects are still alive, and clears the rest. */
static guint
watch_count_alive (Watch *watch)
{
  guint alive = 0;

  for (guint i = 0; i < watch->pointers->len; i++)
    {
      gpointer *slot = g_ptr_array_index (watch->pointers, i);

      if (*slot != NULL)
        alive++;
    }

  return alive;
}

static void
watch_clear (Watch *watch)
{
  for (guint i = 0; i < watch->pointers->len; i++)
    {
      gpointer *slot = g_ptr_array_index (watch->pointers, i);

      if (*slot != NULL)
        g_object_remove_weak_pointer (*slot, slot);
      g_free (slot);
    }
  g_clear_pointer (&watch->pointers, g_ptr_array_unref);
}

static void
test_dataset_lifetime_frees_all (void)
{
  g_autofree char *path = meeting_2016_path ();
  AictDataset *dataset = load_file (path);
  AictDataset *built = build_full_dataset ();
  Watch watch = { NULL }, watch_built = { NULL };

  watch_dataset (&watch, dataset);
  watch_dataset (&watch_built, built);
  g_assert_cmpuint (watch.pointers->len, >, 100);
  g_assert_cmpuint (watch_count_alive (&watch), ==, watch.pointers->len);

  /* Validating and saving keep no reference. */
  {
    g_autoptr(AictReport) report = aict_dataset_validate (dataset);
    g_autoptr(GBytes) bytes = aict_dataset_to_bytes (dataset, NULL);

    g_assert_nonnull (report);
    g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);
  }

  g_assert_finalize_object (dataset);
  g_assert_cmpuint (watch_count_alive (&watch), ==, 0);

  g_assert_finalize_object (built);
  g_assert_cmpuint (watch_count_alive (&watch_built), ==, 0);

  watch_clear (&watch);
  watch_clear (&watch_built);
}

static void
test_dataset_lifetime_caller_ref (void)
{
  g_autofree char *path = valid_fixture ("worked-example.json");
  AictDataset *dataset = load_file (path);
  g_autoptr(AictActor) actor = g_object_ref (aict_dataset_lookup_actor (dataset, "cd24"));
  g_autoptr(AictOutcome) outcome = g_object_ref (aict_dataset_lookup_outcome (dataset, "m2016-o1"));
  g_autoptr(AictMeeting) meeting = g_object_ref (aict_dataset_lookup_meeting (dataset, "m2016"));
  g_autoptr(AictPartnership) partnership = g_object_ref (aict_dataset_lookup_partnership (dataset,
                                                                                        "cd24-larache"));
  g_autoptr(AictDataset) second = aict_dataset_new ();
  g_autoptr(AictOutcome) late = aict_outcome_new ("m2016-o2", AICT_OUTCOME_KIND_PROPOSAL, "Proposition.");
  g_autoptr(GError) error = NULL;
  Watch watch = { NULL };
  guint n_watched;

  watch_dataset (&watch, dataset);
  n_watched = watch.pointers->len;

  g_assert_finalize_object (dataset);

  /* What the caller holds survives: the actor, the partnership, the
   * meeting with its agenda item, contribution and outcome. */
  g_assert_cmpuint (watch_count_alive (&watch), ==, 6);
  g_assert_cmpuint (n_watched, >, 6);

  /* And works, without looking into the freed dataset. */
  g_assert_cmpstr (aict_entity_get_id (AICT_ENTITY (actor)), ==, "cd24");
  g_assert_cmpstr (aict_actor_get_name (actor), ==, "Conseil départemental de la Dordogne");
  g_assert_cmpstr (aict_actor_get_country (actor), ==, "FR");
  aict_actor_set_short_name (actor, "CD24");
  g_assert_cmpstr (aict_actor_get_short_name (actor), ==, "CD24");

  g_assert_cmpstr (aict_outcome_get_text (outcome), ==, "Recenser les coopérations des départements au Maroc.");
  g_assert_cmpstr (aict_outcome_get_meeting_id (outcome), ==, "m2016");
  g_assert_cmpstr (aict_outcome_get_owner_id (outcome), ==, "capcoop");

  g_assert_cmpuint (aict_partnership_get_n_participants (partnership), ==, 2);
  g_assert_true (aict_partnership_has_theme (partnership, "agriculture"));

  g_assert_true (aict_meeting_lookup_outcome (meeting, "m2016-o1") == outcome);
  g_assert_nonnull (aict_meeting_lookup_agenda_item (meeting, "m2016-B"));
  /* Adding to the meeting must not register into the freed dataset. */
  g_assert_true (aict_meeting_add_outcome (meeting, late, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (aict_outcome_get_meeting_id (late), ==, "m2016");

  /* They belong to no dataset any more: another one takes them. */
  add_ok (second, actor);
  add_ok (second, partnership);
  add_ok (second, meeting);
  g_assert_true (aict_dataset_lookup_outcome (second, "m2016-o1") == outcome);
  g_assert_true (aict_dataset_lookup_outcome (second, "m2016-o2") == late);
  {
    g_autoptr(GBytes) bytes = aict_dataset_to_bytes (second, NULL);
    g_autoptr(AictDataset) reloaded = load_gbytes (bytes);

    assert_datasets_equal (second, reloaded);
  }

  g_assert_finalize_object (g_steal_pointer (&second));
  g_clear_object (&late);
  g_assert_finalize_object (g_steal_pointer (&actor));
  g_assert_finalize_object (g_steal_pointer (&partnership));
  g_clear_object (&outcome);
  g_assert_finalize_object (g_steal_pointer (&meeting));
  g_assert_cmpuint (watch_count_alive (&watch), ==, 0);
  watch_clear (&watch);
}

/* An object the dataset dropped (remove) outlives it safely. */
static void
test_dataset_lifetime_removed (void)
{
  AictDataset *dataset = build_full_dataset ();
  g_autoptr(AictMeeting) meeting = g_object_ref (aict_dataset_lookup_meeting (dataset, "m2016"));
  g_autoptr(AictOutcome) outcome = aict_outcome_new ("m2016-o9", AICT_OUTCOME_KIND_DECISION, "Adopté.");
  g_autoptr(GError) error = NULL;

  g_assert_true (aict_dataset_remove (dataset, "m2016"));
  g_assert_finalize_object (dataset);

  g_assert_cmpstr (aict_meeting_get_title (meeting), ==, "Rencontre des services AECT");
  g_assert_true (aict_meeting_add_outcome (meeting, outcome, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (aict_meeting_get_outcomes (meeting)), ==, 2);

  g_clear_object (&outcome);
  g_assert_finalize_object (g_steal_pointer (&meeting));
}

static void
test_dataset_finalize_reports (void)
{
  g_autofree char *path = valid_fixture ("worked-example.json");
  AictDataset *dataset = load_file (path);
  AictReport *report;
  AictIssue *issue;
  AictIssue *kept;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 26, 11, 2026);

  /* A clean report. */
  report = aict_dataset_validate_at (dataset, &today);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 0);
  g_assert_finalize_object (report);

  /* A report with issues; an issue kept beyond the report and the dataset. */
  g_assert_true (aict_dataset_remove (dataset, "capcoop"));
  report = aict_dataset_validate_at (dataset, &today);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), >, 0);
  kept = g_list_model_get_item (G_LIST_MODEL (report), 0);
  g_assert_finalize_object (report);
  g_assert_finalize_object (dataset);
  g_assert_cmpstr (aict_issue_get_code (kept), ==, "reference-unresolved");
  g_assert_cmpstr (aict_issue_get_object_id (kept), ==, "m2016");
  g_assert_finalize_object (kept);

  /* Reports and issues built by hand. */
  report = aict_report_new ();
  issue = aict_issue_new (AICT_SEVERITY_WARNING, "x-code", "$.x", NULL, "message");
  aict_report_add (report, issue);
  g_object_unref (issue);
  g_assert_finalize_object (report);

  issue = aict_issue_new (AICT_SEVERITY_INFO, "x-code", "$", "id", "message");
  g_assert_finalize_object (issue);
}

/* ------------------------------------------------------------------------ */
/* Preconditions                                                            */
/* ------------------------------------------------------------------------ */

static void
test_dataset_precondition (void)
{
  g_autoptr(AictActor) not_a_dataset = aict_actor_new ("a", "A", AICT_ACTOR_KIND_OTHER);
  g_autoptr(AictDataset) dataset = aict_dataset_new ();
  g_autoptr(GError) error = NULL;
  GDate today;
  GDate invalid;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 26, 11, 2026);
  g_date_clear (&invalid, 1);

#define EXPECT_DATASET_CRITICAL(call) \
  G_STMT_START { \
    g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_DATASET*"); \
    call; \
    g_test_assert_expected_messages (); \
  } G_STMT_END

  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_get_title (NULL)));
  EXPECT_DATASET_CRITICAL (aict_dataset_set_title (NULL, "x"));
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_get_description (NULL)));
  EXPECT_DATASET_CRITICAL (aict_dataset_set_language (NULL, "fr"));
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_get_sources (NULL)));
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_get_actors (NULL)));
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_get_persons (NULL)));
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_get_partnerships (NULL)));
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_get_budgets (NULL)));
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_get_meetings (NULL)));
  EXPECT_DATASET_CRITICAL (g_assert_false (aict_dataset_add (NULL, AICT_ENTITY (not_a_dataset), NULL)));
  EXPECT_DATASET_CRITICAL (g_assert_false (aict_dataset_remove (NULL, "a")));
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_lookup (NULL, "a")));
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_lookup_actor (NULL, "a")));
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_lookup_outcome (NULL, "a")));
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_validate (NULL)));
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_validate_at (NULL, &today)));
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_to_bytes (NULL, NULL)));
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_to_data (NULL, NULL, NULL)));
  EXPECT_DATASET_CRITICAL (g_assert_false (aict_dataset_save_to_file (NULL, "/nonexistent", NULL)));
  /* Another GObject is not a dataset either. */
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_get_title ((AictDataset *) not_a_dataset)));
  EXPECT_DATASET_CRITICAL (g_assert_null (aict_dataset_lookup ((AictDataset *) not_a_dataset, "a")));

#undef EXPECT_DATASET_CRITICAL

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_ENTITY*");
  g_assert_false (aict_dataset_add (dataset, NULL, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_ENTITY*");
  g_assert_false (aict_dataset_add (dataset, (AictEntity *) dataset, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*id != NULL*");
  g_assert_null (aict_dataset_lookup (dataset, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*id != NULL*");
  g_assert_null (aict_dataset_lookup_meeting (dataset, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*id != NULL*");
  g_assert_false (aict_dataset_remove (dataset, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*today*");
  g_assert_null (aict_dataset_validate_at (dataset, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*g_date_valid*");
  g_assert_null (aict_dataset_validate_at (dataset, &invalid));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*path != NULL*");
  g_assert_null (aict_dataset_new_from_file (NULL, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*path != NULL*");
  g_assert_false (aict_dataset_save_to_file (dataset, NULL, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*bytes != NULL*");
  g_assert_null (aict_dataset_new_from_bytes (NULL, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*data != NULL*");
  g_assert_null (aict_dataset_new_from_data (NULL, -1, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*G_IS_INPUT_STREAM*");
  g_assert_null (aict_dataset_new_from_stream (NULL, NULL));
  g_test_assert_expected_messages ();

  /* An error location that is already set. */
  error = g_error_new_literal (AICT_ERROR, AICT_ERROR_FAILED, "earlier");
  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*error == NULL*");
  g_assert_null (aict_dataset_new_from_data ("{}", -1, &error));
  g_test_assert_expected_messages ();
  g_assert_cmpstr (error->message, ==, "earlier");

  /* Nothing above changed the dataset. */
  g_assert_cmpuint (n_items (aict_dataset_get_actors (dataset)), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* ------------------------------------------------------------------------ */

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
list_roundtrip_files (void)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (files, g_build_filename (dir_path, name, NULL));

  g_ptr_array_sort (files, compare_paths);
  g_ptr_array_add (files, meeting_2016_path ());

  return files;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = NULL;
  g_autofree char **args = g_new0 (char *, argc + 2);
  char **args_p = args;
  int n_args = argc + 1;
  int result;

  /* --keep-going: a failed test (a known library bug, reported with
   * g_test_fail()) must not hide the results of the tests after it. */
  memcpy (args, argv, sizeof (char *) * argc);
  args[argc] = (char *) "--keep-going";

  setlocale (LC_ALL, "");
  g_test_init (&n_args, &args_p, NULL);

  g_test_add_func ("/aict/dataset/new", test_dataset_new);
  g_test_add_func ("/aict/dataset/add-lookup", test_dataset_add_lookup);
  g_test_add_func ("/aict/dataset/add-duplicate", test_dataset_add_duplicate);
  g_test_add_func ("/aict/dataset/add-invalid", test_dataset_add_invalid);
  g_test_add_func ("/aict/dataset/meeting-add-in-dataset", test_dataset_meeting_add_in_dataset);
  g_test_add_func ("/aict/dataset/items-changed", test_dataset_items_changed);
  g_test_add_func ("/aict/dataset/changed-signal", test_dataset_changed_signal);
  g_test_add_func ("/aict/dataset/meeting-views", test_dataset_meeting_views);
  g_test_add_func ("/aict/dataset/view-outlives", test_dataset_view_outlives);
  g_test_add_func ("/aict/dataset/remove", test_dataset_remove);
  g_test_add_func ("/aict/dataset/remove-duplicate", test_dataset_remove_duplicate);
  g_test_add_func ("/aict/dataset/remove-duplicate-nested", test_dataset_remove_duplicate_nested);
  g_test_add_func ("/aict/dataset/load/file", test_dataset_load_file);
  g_test_add_func ("/aict/dataset/load/bytes", test_dataset_load_bytes);
  g_test_add_func ("/aict/dataset/load/data", test_dataset_load_data);
  g_test_add_func ("/aict/dataset/load/stream", test_dataset_load_stream);
  g_test_add_func ("/aict/dataset/load/outcome-meeting-id", test_dataset_outcome_meeting_id);
  g_test_add_func ("/aict/dataset/to-data", test_dataset_to_data);
  g_test_add_func ("/aict/dataset/save-to-file", test_dataset_save_to_file);
  g_test_add_func ("/aict/dataset/roundtrip/api", test_dataset_api_roundtrip);
  g_test_add_func ("/aict/dataset/roundtrip/incomplete", test_dataset_roundtrip_incomplete);
  g_test_add_func ("/aict/dataset/roundtrip/api-values", test_dataset_roundtrip_api_values);

  files = list_roundtrip_files ();
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *test_path = NULL;

      *strrchr (base, '.') = '\0';
      test_path = g_strdup_printf ("/aict/dataset/roundtrip/%s%s", i + 1 == files->len ? "data-" : "", base);
      g_test_add_data_func (test_path, path, test_dataset_file_roundtrip);
    }

  g_test_add_func ("/aict/dataset/locale", test_dataset_locale);
  g_test_add_func ("/aict/dataset/lifetime/frees-all", test_dataset_lifetime_frees_all);
  g_test_add_func ("/aict/dataset/lifetime/caller-ref", test_dataset_lifetime_caller_ref);
  g_test_add_func ("/aict/dataset/lifetime/removed", test_dataset_lifetime_removed);
  g_test_add_func ("/aict/dataset/lifetime/reports", test_dataset_finalize_reports);
  g_test_add_func ("/aict/dataset/precondition", test_dataset_precondition);

  result = g_test_run ();

  return result;
}
