/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Facts of the bundled dataset data/meeting-2016.json, each checked against
 * the wording of the report it encodes (the 20 September 2016 meeting of the
 * AECT services of the Nouvelle-Aquitaine départements).  The same facts are
 * asserted through PyGObject (tests/python/test_seed.py) and GJS
 * (tests/js/test_seed.js): a change of the model or of the codec that loses
 * one of them fails the build in all three languages. */

#include <string.h>

#include <glib/gstdio.h>

#include <aict/aict.h>

#define SOURCE_ID  "cr-2016-09-20"
#define MEETING_ID "m-2016-09-20"

/* -- helpers ------------------------------------------------------------- */

static char *
seed_path (void)
{
  const char *root = g_getenv ("AICT_SOURCE_ROOT");

  if (root != NULL && *root != '\0')
    return g_build_filename (root, "data", "meeting-2016.json", NULL);
  /* G_TEST_SRCDIR is the tests directory */
  return g_test_build_filename (G_TEST_DIST, "..", "data", "meeting-2016.json", NULL);
}

static AictDataset *
load_seed (void)
{
  g_autofree char *path = seed_path ();
  g_autoptr(GError) error = NULL;
  AictDataset *dataset;

  dataset = aict_dataset_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static AictMeeting *
seed_meeting (AictDataset *dataset)
{
  AictMeeting *meeting = aict_dataset_lookup_meeting (dataset, MEETING_ID);

  g_assert_nonnull (meeting);
  return meeting;
}

static const AictAttendance *
find_attendance (AictMeeting *meeting,
                 const char  *person_id)
{
  for (guint i = 0; i < aict_meeting_get_n_attendance (meeting); i++)
    {
      const AictAttendance *a = aict_meeting_get_attendance (meeting, i);

      if (g_strcmp0 (aict_attendance_get_person_id (a), person_id) == 0)
        return a;
    }
  return NULL;
}

/* The role of @actor_id in @partnership, or -1 if it does not take part. */
static int
participant_role (AictPartnership *partnership,
                  const char      *actor_id)
{
  for (guint i = 0; i < aict_partnership_get_n_participants (partnership); i++)
    {
      const AictParticipant *p = aict_partnership_get_participant (partnership, i);

      if (g_strcmp0 (aict_participant_get_actor_id (p), actor_id) == 0)
        return aict_participant_get_role (p);
    }
  return -1;
}

static const char *
short_name_of (AictDataset *dataset,
               const char  *actor_id)
{
  AictActor *actor = aict_dataset_lookup_actor (dataset, actor_id);

  g_assert_nonnull (actor);
  return aict_actor_get_short_name (actor);
}

static void
assert_year (const AictPartialDate *date,
             int                    year)
{
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (date);
  g_assert_cmpint (aict_partial_date_get_precision (date), ==, AICT_DATE_PRECISION_YEAR);
  g_assert_cmpint (aict_partial_date_get_year (date), ==, year);
  expected = g_strdup_printf ("%d", year);
  text = aict_partial_date_to_string (date);
  g_assert_cmpstr (text, ==, expected);
}

/* -- tests --------------------------------------------------------------- */

/* The collections hold what data/README.md counts. */
static void
test_seed_load (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  AictMeeting *meeting;

  g_assert_cmpstr (aict_dataset_get_language (dataset), ==, "fr");
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_sources (dataset)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_actors (dataset)), ==, 80);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_persons (dataset)), ==, 17);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_partnerships (dataset)), ==, 21);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_budgets (dataset)), ==, 14);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_meetings (dataset)), ==, 1);

  meeting = seed_meeting (dataset);
  /* A, B, B.1, C, C.1, C.2, C.3, C.4 */
  g_assert_cmpuint (g_list_model_get_n_items (aict_meeting_get_agenda (meeting)), ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (aict_meeting_get_contributions (meeting)), ==, 41);
  g_assert_cmpuint (g_list_model_get_n_items (aict_meeting_get_outcomes (meeting)), ==, 25);
}

/* « Compte-rendu de la rencontre entre les services AECT des Conseils
 * départementaux de la Région Nouvelle Aquitaine organisé par Cap
 * Coopération et RESODI ». */
static void
test_seed_source (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  AictSource *source = aict_dataset_lookup_source (dataset, SOURCE_ID);
  g_autofree char *date = NULL;

  g_assert_nonnull (source);
  g_assert_cmpstr (aict_source_get_title (source), ==,
                   "Compte-rendu de la rencontre entre les services AECT des "
                   "Conseils départementaux de la Région Nouvelle Aquitaine");
  g_assert_cmpstr (aict_source_get_author (source), ==, "Cap Coopération et RESODI");
  date = aict_partial_date_to_string (aict_source_get_date (source));
  g_assert_cmpstr (date, ==, "2016-09-20");
}

/* « Mardi 20 septembre 10h30-17h / Maison des Suds, 12 Esplanade des
 * Antilles, 33607 Pessac », organised by Cap Coopération and RESODI. */
static void
test_seed_meeting (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  AictMeeting *meeting = seed_meeting (dataset);
  const AictPartialDate *date = aict_meeting_get_date (meeting);
  const AictPlace *place = aict_meeting_get_place (meeting);
  const char * const *organisers = aict_meeting_get_organisers (meeting);
  g_autofree char *date_str = NULL;
  g_autoptr(GDate) day = NULL;

  g_assert_nonnull (date);
  g_assert_cmpint (aict_partial_date_get_precision (date), ==, AICT_DATE_PRECISION_DAY);
  date_str = aict_partial_date_to_string (date);
  g_assert_cmpstr (date_str, ==, "2016-09-20");
  /* « Mardi »: 20 September 2016 was a Tuesday */
  day = aict_partial_date_get_first_day (date);
  g_assert_cmpint (g_date_get_weekday (day), ==, G_DATE_TUESDAY);
  g_assert_null (aict_meeting_get_end_date (meeting));

  g_assert_cmpstr (aict_meeting_get_start_time (meeting), ==, "10:30");
  g_assert_cmpstr (aict_meeting_get_end_time (meeting), ==, "17:00");

  g_assert_nonnull (place);
  g_assert_cmpstr (aict_place_get_name (place), ==, "Maison des Suds");
  g_assert_cmpstr (aict_place_get_address (place), ==, "12 Esplanade des Antilles");
  g_assert_cmpstr (aict_place_get_postal_code (place), ==, "33607");
  g_assert_cmpstr (aict_place_get_locality (place), ==, "Pessac");
  g_assert_cmpstr (aict_place_get_country (place), ==, "FR");

  g_assert_nonnull (organisers);
  g_assert_cmpuint (g_strv_length ((char **) organisers), ==, 2);
  g_assert_true (g_strv_contains (organisers, "capcoop"));
  g_assert_true (g_strv_contains (organisers, "resodi"));
  g_assert_cmpstr (aict_actor_get_name (aict_dataset_lookup_actor (dataset, "capcoop")), ==,
                   "Cap Coopération");
  g_assert_cmpstr (aict_actor_get_name (aict_dataset_lookup_actor (dataset, "resodi")), ==,
                   "RESODI");
}

/* « Présents » lists 6 people, « Excusés » 4, « Intervenants » 4; the
 * speakers were there, so 10 are present in all. */
static void
test_seed_attendance_counts (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  AictMeeting *meeting = seed_meeting (dataset);
  guint by_status[AICT_ATTENDANCE_STATUS_ABSENT + 1] = { 0, };
  guint by_role[AICT_ATTENDANCE_ROLE_ORGANISER + 1] = { 0, };
  guint present_not_speaking = 0;

  g_assert_cmpuint (aict_meeting_get_n_attendance (meeting), ==, 14);
  for (guint i = 0; i < aict_meeting_get_n_attendance (meeting); i++)
    {
      const AictAttendance *a = aict_meeting_get_attendance (meeting, i);
      AictAttendanceStatus status = aict_attendance_get_status (a);
      AictAttendanceRole role = aict_attendance_get_role (a);

      g_assert_cmpint (status, <=, AICT_ATTENDANCE_STATUS_ABSENT);
      g_assert_cmpint (role, <=, AICT_ATTENDANCE_ROLE_ORGANISER);
      by_status[status]++;
      by_role[role]++;
      if (status == AICT_ATTENDANCE_STATUS_PRESENT && role != AICT_ATTENDANCE_ROLE_SPEAKER)
        present_not_speaking++;
      /* every attendee is a known person */
      g_assert_nonnull (aict_dataset_lookup_person (dataset, aict_attendance_get_person_id (a)));
    }

  g_assert_cmpuint (by_status[AICT_ATTENDANCE_STATUS_PRESENT], ==, 10);
  g_assert_cmpuint (by_status[AICT_ATTENDANCE_STATUS_EXCUSED], ==, 4);
  g_assert_cmpuint (by_status[AICT_ATTENDANCE_STATUS_ABSENT], ==, 0);
  g_assert_cmpuint (by_role[AICT_ATTENDANCE_ROLE_SPEAKER], ==, 4);
  g_assert_cmpuint (by_role[AICT_ATTENDANCE_ROLE_ORGANISER], ==, 2);
  g_assert_cmpuint (by_role[AICT_ATTENDANCE_ROLE_PARTICIPANT], ==, 8);
  /* the « Présents » list */
  g_assert_cmpuint (present_not_speaking, ==, 6);
}

static void
assert_attendee (AictDataset          *dataset,
                 const char           *person_id,
                 const char           *name,
                 AictAttendanceStatus  status,
                 AictAttendanceRole    role,
                 const char           *representing,
                 const char           *representing_short_name,
                 const char           *affiliation_actor,
                 const char           *post)
{
  const AictAttendance *a = find_attendance (seed_meeting (dataset), person_id);
  AictPerson *person = aict_dataset_lookup_person (dataset, person_id);
  const AictAffiliation *aff;

  g_assert_nonnull (a);
  g_assert_nonnull (person);
  g_assert_cmpstr (aict_person_get_name (person), ==, name);
  g_assert_cmpint (aict_attendance_get_status (a), ==, status);
  g_assert_cmpint (aict_attendance_get_role (a), ==, role);
  g_assert_cmpstr (aict_attendance_get_representing_id (a), ==, representing);
  g_assert_cmpstr (short_name_of (dataset, representing), ==, representing_short_name);

  g_assert_cmpuint (aict_person_get_n_affiliations (person), ==, 1);
  aff = aict_person_get_affiliation (person, 0);
  g_assert_cmpstr (aict_affiliation_get_actor_id (aff), ==, affiliation_actor);
  g_assert_cmpstr (aict_affiliation_get_post (aff), ==, post);
}

static void
test_seed_attendance_people (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  AictActor *service;

  /* « Valérie COUSTILLAS (Dordogne): Adjointe au chef de service Affaires
   * Européennes et de la Coopération décentralisée » (Présents) */
  assert_attendee (dataset, "per-valerie-coustillas", "Valérie COUSTILLAS",
                   AICT_ATTENDANCE_STATUS_PRESENT, AICT_ATTENDANCE_ROLE_PARTICIPANT,
                   "cd24", "Dordogne", "cd24-service",
                   "Adjointe au chef de service Affaires Européennes et de la "
                   "Coopération décentralisée");
  service = aict_dataset_lookup_actor (dataset, "cd24-service");
  g_assert_nonnull (service);
  g_assert_cmpstr (aict_actor_get_parent_id (service), ==, "cd24");

  /* « Jacques AUMASSON (Vienne): Directeur de la Coopération
   * Internationale » (Excusés) */
  assert_attendee (dataset, "per-jacques-aumasson", "Jacques AUMASSON",
                   AICT_ATTENDANCE_STATUS_EXCUSED, AICT_ATTENDANCE_ROLE_PARTICIPANT,
                   "cd86", "Vienne", "cd86",
                   "Directeur de la Coopération Internationale");

  /* « Simon LETONTURIER : Conseiller Relations Internationales de
   * l'Assemblée des départements de France (ADF) » (Intervenants) */
  assert_attendee (dataset, "per-simon-letonturier", "Simon LETONTURIER",
                   AICT_ATTENDANCE_STATUS_PRESENT, AICT_ATTENDANCE_ROLE_SPEAKER,
                   "adf", "ADF", "adf",
                   "Conseiller Relations Internationales");

  /* the other excused: Charente, Corrèze, Deux-Sèvres */
  g_assert_cmpint (aict_attendance_get_status (find_attendance (seed_meeting (dataset), "per-larissa-monteiro")),
                   ==, AICT_ATTENDANCE_STATUS_EXCUSED);
  g_assert_cmpstr (short_name_of (dataset, aict_attendance_get_representing_id (
                     find_attendance (seed_meeting (dataset), "per-larissa-monteiro"))), ==, "Charente");
  g_assert_cmpstr (short_name_of (dataset, aict_attendance_get_representing_id (
                     find_attendance (seed_meeting (dataset), "per-sylvaine-foix"))), ==, "Corrèze");
  g_assert_cmpstr (short_name_of (dataset, aict_attendance_get_representing_id (
                     find_attendance (seed_meeting (dataset), "per-pascale-bouet"))), ==, "Deux-Sèvres");

  /* Joël SAVARY speaks for the MAEDI, his post is in the DAECT */
  assert_attendee (dataset, "per-joel-savary", "Joël SAVARY",
                   AICT_ATTENDANCE_STATUS_PRESENT, AICT_ATTENDANCE_ROLE_SPEAKER,
                   "maedi", "MAEDI", "daect",
                   "Chargé de mission auprès du Délégué (Pays d'Afrique de l'Ouest et Centrale)");

  /* Joël LEBRET is only mentioned: not in the attendance */
  g_assert_nonnull (aict_dataset_lookup_person (dataset, "per-joel-lebret"));
  g_assert_null (find_attendance (seed_meeting (dataset), "per-joel-lebret"));
}

/* 10 active, 4 ended, 3 planned, 1 slowed, 1 dormant, 1 suspended,
 * 1 abandoned. */
static void
test_seed_partnership_statuses (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  GListModel *partnerships = aict_dataset_get_partnerships (dataset);
  guint n = g_list_model_get_n_items (partnerships);
  guint by_status[AICT_PARTNERSHIP_STATUS_ABANDONED + 1] = { 0, };

  g_assert_cmpuint (n, ==, 21);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictPartnership) p = g_list_model_get_item (partnerships, i);
      AictPartnershipStatus status = aict_partnership_get_status (p);

      g_assert_cmpint (status, <=, AICT_PARTNERSHIP_STATUS_ABANDONED);
      by_status[status]++;
    }
  g_assert_cmpuint (by_status[AICT_PARTNERSHIP_STATUS_ACTIVE], ==, 10);
  g_assert_cmpuint (by_status[AICT_PARTNERSHIP_STATUS_ENDED], ==, 4);
  g_assert_cmpuint (by_status[AICT_PARTNERSHIP_STATUS_PLANNED], ==, 3);
  g_assert_cmpuint (by_status[AICT_PARTNERSHIP_STATUS_SLOWED], ==, 1);
  g_assert_cmpuint (by_status[AICT_PARTNERSHIP_STATUS_DORMANT], ==, 1);
  g_assert_cmpuint (by_status[AICT_PARTNERSHIP_STATUS_SUSPENDED], ==, 1);
  g_assert_cmpuint (by_status[AICT_PARTNERSHIP_STATUS_ABANDONED], ==, 1);
}

/* « Le département a une coopération avec la région de l'Araucanie au
 * Chili depuis 2008. Elle est aujourd'hui au ralenti […] » */
static void
test_seed_partnership_araucania (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  AictPartnership *p = aict_dataset_lookup_partnership (dataset, "p-cd24-araucania");
  const char * const *countries;
  const char * const *subdivisions;

  g_assert_nonnull (p);
  g_assert_cmpint (aict_partnership_get_status (p), ==, AICT_PARTNERSHIP_STATUS_SLOWED);
  assert_year (aict_partnership_get_start (p), 2008);
  g_assert_null (aict_partnership_get_end (p));
  countries = aict_partnership_get_countries (p);
  g_assert_nonnull (countries);
  g_assert_cmpuint (g_strv_length ((char **) countries), ==, 1);
  g_assert_cmpstr (countries[0], ==, "CL");
  g_assert_true (aict_partnership_has_country (p, "CL"));
  subdivisions = aict_partnership_get_subdivisions (p);
  g_assert_nonnull (subdivisions);
  g_assert_true (g_strv_contains (subdivisions, "CL-AR"));
  g_assert_cmpint (participant_role (p, "cd24"), ==, AICT_PARTICIPANT_ROLE_LEAD);
  g_assert_cmpint (participant_role (p, "cl-araucania"), ==, AICT_PARTICIPANT_ROLE_PARTNER);
  g_assert_cmpstr (aict_actor_get_country (aict_dataset_lookup_actor (dataset, "cl-araucania")), ==, "CL");
  /* « Ils travaillent avec l'IUT de Périgueux » */
  g_assert_cmpint (participant_role (p, "iut-perigueux"), ==, AICT_PARTICIPANT_ROLE_SUPPORTER);
}

/* « Une coopération existe aussi avec la province de Larache au Maroc sur
 * les thématiques de l'agriculture, du social et de la jeunesse » */
static void
test_seed_partnership_larache (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  AictPartnership *p = aict_dataset_lookup_partnership (dataset, "p-cd24-larache");

  g_assert_nonnull (p);
  g_assert_cmpint (aict_partnership_get_status (p), ==, AICT_PARTNERSHIP_STATUS_ACTIVE);
  g_assert_true (aict_partnership_has_country (p, "MA"));
  g_assert_true (g_strv_contains (aict_partnership_get_subdivisions (p), "MA-LAR"));
  g_assert_true (aict_partnership_has_theme (p, "agriculture"));
  g_assert_true (aict_partnership_has_theme (p, "social"));
  g_assert_true (aict_partnership_has_theme (p, "youth"));
  g_assert_cmpint (participant_role (p, "cd24"), ==, AICT_PARTICIPANT_ROLE_LEAD);
  g_assert_cmpint (participant_role (p, "ma-larache"), ==, AICT_PARTICIPANT_ROLE_PARTNER);
  g_assert_cmpstr (aict_actor_get_name (aict_dataset_lookup_actor (dataset, "ma-larache")), ==,
                   "Province de Larache");
}

/* « l'accord de coopération avec Misiones (Argentine) a été abandonné »
 * (Pyrénées-Atlantiques) */
static void
test_seed_partnership_misiones (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  AictPartnership *p = aict_dataset_lookup_partnership (dataset, "p-cd64-misiones");

  g_assert_nonnull (p);
  g_assert_cmpint (aict_partnership_get_status (p), ==, AICT_PARTNERSHIP_STATUS_ABANDONED);
  g_assert_true (aict_partnership_has_country (p, "AR"));
  g_assert_true (g_strv_contains (aict_partnership_get_subdivisions (p), "AR-N"));
  g_assert_cmpint (participant_role (p, "cd64"), ==, AICT_PARTICIPANT_ROLE_LEAD);
  g_assert_cmpstr (short_name_of (dataset, "cd64"), ==, "Pyrénées-Atlantiques");
  g_assert_cmpint (participant_role (p, "ar-misiones"), ==, AICT_PARTICIPANT_ROLE_PARTNER);
  /* the report does not say when it was dropped */
  g_assert_null (aict_partnership_get_end (p));
}

/* « Un protocole d'accord avec le Kurdistan d'Irak est en sommeil » */
static void
test_seed_partnership_kurdistan (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  AictPartnership *p = aict_dataset_lookup_partnership (dataset, "p-cd24-kurdistan");

  g_assert_nonnull (p);
  g_assert_cmpint (aict_partnership_get_status (p), ==, AICT_PARTNERSHIP_STATUS_DORMANT);
  g_assert_true (aict_partnership_has_country (p, "IQ"));
  g_assert_cmpint (participant_role (p, "cd24"), ==, AICT_PARTICIPANT_ROLE_LEAD);
  g_assert_cmpint (participant_role (p, "iq-kurdistan"), ==, AICT_PARTICIPANT_ROLE_PARTNER);
  g_assert_cmpstr (aict_actor_get_name (aict_dataset_lookup_actor (dataset, "iq-kurdistan")), ==,
                   "Kurdistan d'Irak");
}

/* « Depuis 23 ans, le Département a une coopération avec une communauté
 * urbaine de Guinée Conakry via l'association « Charente-Maritime
 * coopération » autour de 4 volets : accès à l'eau, développement du sel
 * solaire, routes, appui à la décentralisation […] 5ème volet, avec
 * entrepreneur du monde autour de la micro-finance […] » */
static void
test_seed_partnership_guinee (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  AictPartnership *p = aict_dataset_lookup_partnership (dataset, "p-cd17-guinee");
  static const char * const titles[] = {
    "Accès à l'eau",
    "Développement du sel solaire",
    "Routes",
    "Appui à la décentralisation",
  };

  g_assert_nonnull (p);
  g_assert_cmpint (aict_partnership_get_status (p), ==, AICT_PARTNERSHIP_STATUS_ACTIVE);
  /* 2016 − 23 */
  assert_year (aict_partnership_get_start (p), 1993);
  g_assert_true (aict_partnership_has_country (p, "GN"));
  g_assert_cmpint (participant_role (p, "cd17"), ==, AICT_PARTICIPANT_ROLE_LEAD);
  g_assert_cmpint (participant_role (p, "gn-communaute-urbaine"), ==, AICT_PARTICIPANT_ROLE_PARTNER);
  g_assert_cmpint (participant_role (p, "cm-cooperation"), ==, AICT_PARTICIPANT_ROLE_OPERATOR);
  g_assert_cmpint (participant_role (p, "edm"), ==, AICT_PARTICIPANT_ROLE_OPERATOR);

  g_assert_cmpuint (aict_partnership_get_n_components (p), ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    g_assert_cmpstr (aict_component_get_title (aict_partnership_get_component (p, i)), ==, titles[i]);
  g_assert_nonnull (strstr (aict_component_get_title (aict_partnership_get_component (p, 4)),
                            "micro-finance"));
  g_assert_true (g_strv_contains (aict_component_get_themes (aict_partnership_get_component (p, 0)),
                                  "water"));
}

/* « Il s'étend entre 30 000 euros et 70 000 euros » (Dordogne) */
static void
test_seed_budget_dordogne (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  AictBudget *b = aict_dataset_lookup_budget (dataset, "b-cd24-2016");
  const AictAmount *amount;

  g_assert_nonnull (b);
  g_assert_cmpint (aict_budget_get_kind (b), ==, AICT_BUDGET_KIND_ESTIMATE);
  g_assert_cmpstr (aict_budget_get_actor_id (b), ==, "cd24-service");
  amount = aict_budget_get_amount (b);
  g_assert_nonnull (amount);
  g_assert_true (aict_amount_is_range (amount));
  g_assert_cmpstr (aict_amount_get_currency (amount), ==, "EUR");
  g_assert_cmpint (aict_amount_get_min (amount), ==, 3000000);
  g_assert_cmpint (aict_amount_get_max (amount), ==, 7000000);
  g_assert_false (aict_amount_get_approximate (amount));
  g_assert_cmpint (aict_budget_get_staff_fte (b), ==, -1);
}

/* « un budget annuel de 170 000euros et 3,4 ETP » (Gironde) */
static void
test_seed_budget_gironde (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  AictBudget *b = aict_dataset_lookup_budget (dataset, "b-cd33-2016");
  const AictAmount *amount;

  g_assert_nonnull (b);
  g_assert_cmpint (aict_budget_get_kind (b), ==, AICT_BUDGET_KIND_ALLOCATED);
  g_assert_cmpstr (aict_budget_get_actor_id (b), ==, "cd33-mission");
  g_assert_cmpstr (aict_actor_get_parent_id (aict_dataset_lookup_actor (dataset, "cd33-mission")), ==,
                   "cd33");
  amount = aict_budget_get_amount (b);
  g_assert_nonnull (amount);
  g_assert_false (aict_amount_is_range (amount));
  g_assert_cmpstr (aict_amount_get_currency (amount), ==, "EUR");
  g_assert_cmpint (aict_amount_get_value (amount), ==, 17000000);
  g_assert_cmpint (aict_budget_get_staff_fte (b), ==, 340);
}

/* « Le budget est passé récemment de 200 000 à 50 000 euros »
 * (Pyrénées-Atlantiques): −75 %. */
static void
test_seed_budget_pyrenees_atlantiques (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  AictBudget *before = aict_dataset_lookup_budget (dataset, "b-cd64-before");
  AictBudget *after = aict_dataset_lookup_budget (dataset, "b-cd64-2016");
  AictBudget *staff = aict_dataset_lookup_budget (dataset, "b-cd64-staff-2016");
  g_autoptr(GError) error = NULL;
  gint64 bp = 0;

  g_assert_nonnull (before);
  g_assert_nonnull (after);
  g_assert_cmpstr (aict_budget_get_actor_id (before), ==, "cd64-pole");
  g_assert_cmpstr (aict_budget_get_actor_id (after), ==, "cd64-pole");
  g_assert_cmpint (aict_amount_get_value (aict_budget_get_amount (before)), ==, 20000000);
  g_assert_cmpint (aict_amount_get_value (aict_budget_get_amount (after)), ==, 5000000);
  bp = aict_amount_percent_change (aict_budget_get_amount (before),
                                   aict_budget_get_amount (after),
                                   &error);
  g_assert_no_error (error);
  g_assert_cmpint (bp, ==, -7500);

  /* « deux salariés dont une assistante à mi-temps » */
  g_assert_nonnull (staff);
  g_assert_cmpint (aict_budget_get_staff_fte (staff), ==, 150);
}

/* 12 proposal, 4 synthesis (the four « Éléments de synthèse »), 4 action,
 * 2 decision, 2 conclusion, 1 next-meeting (« début 2017 »). */
static void
test_seed_outcome_kinds (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  GListModel *outcomes = aict_meeting_get_outcomes (seed_meeting (dataset));
  guint n = g_list_model_get_n_items (outcomes);
  guint by_kind[AICT_OUTCOME_KIND_NEXT_MEETING + 1] = { 0, };
  AictOutcome *next;

  g_assert_cmpuint (n, ==, 25);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictOutcome) o = g_list_model_get_item (outcomes, i);
      AictOutcomeKind kind = aict_outcome_get_kind (o);

      g_assert_cmpint (kind, <=, AICT_OUTCOME_KIND_NEXT_MEETING);
      by_kind[kind]++;
    }
  g_assert_cmpuint (by_kind[AICT_OUTCOME_KIND_PROPOSAL], ==, 12);
  g_assert_cmpuint (by_kind[AICT_OUTCOME_KIND_SYNTHESIS], ==, 4);
  g_assert_cmpuint (by_kind[AICT_OUTCOME_KIND_ACTION], ==, 4);
  g_assert_cmpuint (by_kind[AICT_OUTCOME_KIND_DECISION], ==, 2);
  g_assert_cmpuint (by_kind[AICT_OUTCOME_KIND_CONCLUSION], ==, 2);
  g_assert_cmpuint (by_kind[AICT_OUTCOME_KIND_NEXT_MEETING], ==, 1);

  next = aict_dataset_lookup_outcome (dataset, "o-c4-reunion-2017");
  g_assert_nonnull (next);
  g_assert_cmpint (aict_outcome_get_kind (next), ==, AICT_OUTCOME_KIND_NEXT_MEETING);
  assert_year (aict_outcome_get_due (next), 2017);
}

static void
assert_action (AictDataset *dataset,
               const char  *id,
               const char  *owner,
               const char  *agenda_item,
               const char  *wording)
{
  AictOutcome *o = aict_dataset_lookup_outcome (dataset, id);

  g_assert_nonnull (o);
  g_assert_cmpint (aict_outcome_get_kind (o), ==, AICT_OUTCOME_KIND_ACTION);
  g_assert_cmpint (aict_outcome_get_status (o), ==, AICT_OUTCOME_STATUS_OPEN);
  g_assert_cmpstr (aict_outcome_get_owner_id (o), ==, owner);
  g_assert_cmpstr (aict_outcome_get_agenda_item_id (o), ==, agenda_item);
  g_assert_cmpstr (aict_outcome_get_meeting_id (o), ==, MEETING_ID);
  g_assert_nonnull (strstr (aict_outcome_get_text (o), wording));
  /* no action in the report has a due date */
  g_assert_null (aict_outcome_get_due (o));
}

/* The four follow-up actions, each with its owner. */
static void
test_seed_outcome_actions (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  GListModel *outcomes = aict_meeting_get_outcomes (seed_meeting (dataset));
  guint n = g_list_model_get_n_items (outcomes);
  guint n_actions = 0;
  AictActor *daect;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictOutcome) o = g_list_model_get_item (outcomes, i);
      const char *owner;

      if (aict_outcome_get_kind (o) != AICT_OUTCOME_KIND_ACTION)
        continue;
      n_actions++;
      owner = aict_outcome_get_owner_id (o);
      g_assert_nonnull (owner);
      g_assert_nonnull (aict_dataset_lookup_actor (dataset, owner));
    }
  g_assert_cmpuint (n_actions, ==, 4);

  /* « La DAECT recherchera la publication de la confirmation de la
   * réglementation dans le sens qui n'exclut pas les Départements. » */
  assert_action (dataset, "o-c3-daect-reglementation", "daect", "m-2016-09-20-C3",
                 "publication de la confirmation de la réglementation");
  daect = aict_dataset_lookup_actor (dataset, "daect");
  g_assert_nonnull (daect);
  g_assert_cmpstr (aict_actor_get_short_name (daect), ==, "DAECT");
  g_assert_cmpstr (aict_actor_get_name (daect), ==,
                   "Délégation pour l'action extérieure des collectivités territoriales");
  g_assert_cmpstr (aict_actor_get_parent_id (daect), ==, "maedi-dgm");
  g_assert_cmpstr (aict_actor_get_parent_id (aict_dataset_lookup_actor (dataset, "maedi-dgm")), ==,
                   "maedi");

  /* « Un travail de clarification, serait à faire également avec l'AMF,
   * l'ADF et l'ARF sur l'interprétation du livre blanc […] » */
  assert_action (dataset, "o-c3-daect-livre-blanc", "daect", "m-2016-09-20-C3",
                 "livre blanc « Diplomatie et territoire »");
  /* « Le RRMA Nouvelle Aquitaine peut être une interface féconde pour
   * faciliter ce travail de sensibilisation […] » */
  assert_action (dataset, "o-c3-rrma-sensibilisation", "rrma-naq", "m-2016-09-20-C3",
                 "faciliter ce travail de sensibilisation");
  /* « Le RRMA peut jouer le rôle d'interface et de courroie de
   * transmission […] » */
  assert_action (dataset, "o-c4-rrma-interface", "rrma-naq", "m-2016-09-20-C4",
                 "courroie de transmission");
  g_assert_cmpstr (aict_actor_get_name (aict_dataset_lookup_actor (dataset, "rrma-naq")), ==,
                   "RRMA Nouvelle Aquitaine");
}

/* Returns the number of source references of @entity; asserts that one of
 * them cites the report with a locator. */
static guint
check_entity_sources (AictEntity *entity)
{
  gboolean cited = FALSE;

  for (guint i = 0; i < aict_entity_get_n_source_refs (entity); i++)
    {
      const AictSourceRef *ref = aict_entity_get_source_ref (entity, i);
      const char *locator = aict_source_ref_get_locator (ref);

      if (g_strcmp0 (aict_source_ref_get_source (ref), SOURCE_ID) == 0 &&
          locator != NULL && *locator != '\0')
        cited = TRUE;
    }
  if (!cited)
    g_test_message ("entity %s has no reference to %s with a locator",
                    aict_entity_get_id (entity), SOURCE_ID);
  g_assert_true (cited);
  return aict_entity_get_n_source_refs (entity);
}

static guint
check_model_sources (GListModel *model,
                     guint      *n_entities)
{
  guint n = g_list_model_get_n_items (model);
  guint n_refs = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictEntity) entity = g_list_model_get_item (model, i);

      n_refs += check_entity_sources (entity);
    }
  *n_entities += n;
  return n_refs;
}

/* Every actor, person, partnership, budget line, meeting, agenda item,
 * contribution and outcome cites the report; 303 references in all. */
static void
test_seed_sources (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  AictMeeting *meeting = seed_meeting (dataset);
  guint n_refs = 0;
  guint n_entities = 0;

  n_refs += check_model_sources (aict_dataset_get_actors (dataset), &n_entities);
  n_refs += check_model_sources (aict_dataset_get_persons (dataset), &n_entities);
  n_refs += check_model_sources (aict_dataset_get_partnerships (dataset), &n_entities);
  n_refs += check_model_sources (aict_dataset_get_budgets (dataset), &n_entities);
  n_refs += check_model_sources (aict_dataset_get_meetings (dataset), &n_entities);
  n_refs += check_model_sources (aict_meeting_get_agenda (meeting), &n_entities);
  n_refs += check_model_sources (aict_meeting_get_contributions (meeting), &n_entities);
  n_refs += check_model_sources (aict_meeting_get_outcomes (meeting), &n_entities);

  g_assert_cmpuint (n_entities, ==, 207);
  g_assert_cmpuint (n_refs, ==, 303);
}

/* The validator finds no error; its 14 warnings are the gaps of the report
 * listed in data/README.md. */
static void
test_seed_validate (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  g_autoptr(AictReport) report = aict_dataset_validate (dataset);
  GListModel *issues;
  guint n, no_partner = 0, ended_without_end = 0;

  g_assert_nonnull (report);
  g_assert_cmpuint (aict_report_get_n_errors (report), ==, 0);
  g_assert_true (aict_report_is_valid (report));
  g_assert_cmpuint (aict_report_get_n_warnings (report), ==, 14);

  issues = aict_report_get_issues (report);
  n = g_list_model_get_n_items (issues);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictIssue) issue = g_list_model_get_item (issues, i);
      const char *code = aict_issue_get_code (issue);

      if (g_strcmp0 (code, "partnership-no-partner-side") == 0)
        no_partner++;
      else if (g_strcmp0 (code, "status-ended-without-end") == 0)
        ended_without_end++;
    }
  g_assert_cmpuint (no_partner, ==, 9);
  g_assert_cmpuint (ended_without_end, ==, 5);
}

/* The file is in libaict's canonical layout: it is written back as is. */
static void
test_seed_roundtrip (void)
{
  g_autoptr(AictDataset) dataset = load_seed ();
  g_autofree char *path = seed_path ();
  g_autofree char *original = NULL;
  gsize original_len = 0;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *out_path = NULL;
  g_autofree char *saved = NULL;
  gsize saved_len = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) reloaded = NULL;

  g_assert_true (g_file_get_contents (path, &original, &original_len, &error));
  g_assert_no_error (error);

  bytes = aict_dataset_to_bytes (dataset, NULL);
  g_assert_nonnull (bytes);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   original, original_len);

  tmpdir = g_dir_make_tmp ("aict-seed-XXXXXX", &error);
  g_assert_no_error (error);
  out_path = g_build_filename (tmpdir, "meeting-2016.json", NULL);
  g_assert_true (aict_dataset_save_to_file (dataset, out_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out_path, &saved, &saved_len, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (saved, saved_len, original, original_len);

  /* and what was saved loads again */
  reloaded = aict_dataset_new_from_file (out_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (aict_dataset_lookup_partnership (reloaded, "p-cd17-guinee"));

  g_assert_cmpint (g_remove (out_path), ==, 0);
  g_assert_cmpint (g_rmdir (tmpdir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aict/seed/load", test_seed_load);
  g_test_add_func ("/aict/seed/source", test_seed_source);
  g_test_add_func ("/aict/seed/meeting", test_seed_meeting);
  g_test_add_func ("/aict/seed/attendance/counts", test_seed_attendance_counts);
  g_test_add_func ("/aict/seed/attendance/people", test_seed_attendance_people);
  g_test_add_func ("/aict/seed/partnership/statuses", test_seed_partnership_statuses);
  g_test_add_func ("/aict/seed/partnership/araucania", test_seed_partnership_araucania);
  g_test_add_func ("/aict/seed/partnership/larache", test_seed_partnership_larache);
  g_test_add_func ("/aict/seed/partnership/misiones", test_seed_partnership_misiones);
  g_test_add_func ("/aict/seed/partnership/kurdistan", test_seed_partnership_kurdistan);
  g_test_add_func ("/aict/seed/partnership/guinee", test_seed_partnership_guinee);
  g_test_add_func ("/aict/seed/budget/dordogne", test_seed_budget_dordogne);
  g_test_add_func ("/aict/seed/budget/gironde", test_seed_budget_gironde);
  g_test_add_func ("/aict/seed/budget/pyrenees-atlantiques", test_seed_budget_pyrenees_atlantiques);
  g_test_add_func ("/aict/seed/outcome/kinds", test_seed_outcome_kinds);
  g_test_add_func ("/aict/seed/outcome/actions", test_seed_outcome_actions);
  g_test_add_func ("/aict/seed/sources", test_seed_sources);
  g_test_add_func ("/aict/seed/validate", test_seed_validate);
  g_test_add_func ("/aict/seed/roundtrip", test_seed_roundtrip);

  return g_test_run ();
}
