/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Queries and analyses on tests/data/query/small.json, a fixture small
 * enough that every expected answer below was worked out by hand from the
 * file (the comments say how).  The same API is exercised from Python and
 * GJS in tests/python/test_query.py and tests/js/test_query.js. */

#include <string.h>

#include <aict/aict.h>

static AictDataset *
load_small (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  AictDataset *dataset;
  const char *root = g_getenv ("AICT_SOURCE_ROOT");

  if (root != NULL && *root != '\0')
    path = g_build_filename (root, "tests", "data", "query", "small.json", NULL);
  else
    path = g_test_build_filename (G_TEST_DIST, "data", "query", "small.json", NULL);

  dataset = aict_dataset_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

/* The ids of a model of entities, space-separated, for one comparison. */
static char *
ids_of (GListModel *model)
{
  GString *ids = g_string_new (NULL);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictEntity) entity = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, aict_entity_get_id (entity));
    }

  return g_string_free (ids, FALSE);
}

static char *
strv_join (const char * const *strv)
{
  return g_strjoinv (" ", (char **) strv);
}

typedef GListModel *(*FilterFunc) (AictDataset *, AictFilter *, GError **);

static void
assert_ids (AictDataset *dataset,
            FilterFunc   func,
            AictFilter  *filter,
            const char  *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = func (dataset, filter, &error);
  g_autofree char *ids = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (model);
  ids = ids_of (model);
  g_assert_cmpstr (ids, ==, expected);
}

static AictPartialDate *
date (const char *text)
{
  g_autoptr(GError) error = NULL;
  AictPartialDate *value = aict_partial_date_parse (text, &error);

  g_assert_no_error (error);
  return value;
}

/* -- partnerships -------------------------------------------------------- */

static void
test_partnerships_by_key (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    g_assert_true (aict_filter_is_empty (filter));
    assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p1 p2 p3 p4 p5");
    assert_ids (dataset, aict_dataset_filter_partnerships, NULL, "p1 p2 p3 p4 p5");
  }

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    g_assert_true (aict_filter_add_country (filter, "SN", &error));
    g_assert_no_error (error);
    g_assert_false (aict_filter_is_empty (filter));
    assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p2 p3 p4");
    /* Several values of one criterion: either. */
    g_assert_true (aict_filter_add_country (filter, "MA", &error));
    assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p1 p2 p3 p4 p5");
  }

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    /* health: p2's own theme, p3 through its component. */
    g_assert_true (aict_filter_add_theme (filter, "health", &error));
    assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p2 p3");
    /* Different criteria: all of them. */
    g_assert_true (aict_filter_add_country (filter, "SN", &error));
    aict_filter_add_status (filter, AICT_PARTNERSHIP_STATUS_DORMANT);
    assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p3");
  }

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    aict_filter_add_status (filter, AICT_PARTNERSHIP_STATUS_DORMANT);
    aict_filter_add_status (filter, AICT_PARTNERSHIP_STATUS_PLANNED);
    assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p3 p4");
    aict_filter_add_status (filter, AICT_PARTNERSHIP_STATUS_SUSPENDED);
    assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p3 p4");
  }

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    /* A key nobody has: an empty answer, not an error. */
    g_assert_true (aict_filter_add_country (filter, "JP", &error));
    assert_ids (dataset, aict_dataset_filter_partnerships, filter, "");
  }
}

static void
test_partnerships_by_actor (void)
{
  g_autoptr(AictDataset) dataset = load_small ();

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    /* d1 stands for its units too: d1-svc leads p3. */
    aict_filter_set_actor (filter, "d1");
    g_assert_cmpstr (aict_filter_get_actor (filter), ==, "d1");
    assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p1 p3");
    aict_filter_add_role (filter, AICT_PARTICIPANT_ROLE_LEAD);
    assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p1 p3");
    aict_filter_set_actor (filter, "d1-svc");
    assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p3");
  }

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    aict_filter_set_actor (filter, "d2");
    assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p2 p4");
    aict_filter_add_role (filter, AICT_PARTICIPANT_ROLE_SUPPORTER);
    assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p4");
    aict_filter_add_role (filter, AICT_PARTICIPANT_ROLE_LEAD);
    assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p2 p4");
  }

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    /* A role alone: any participant in it. */
    aict_filter_add_role (filter, AICT_PARTICIPANT_ROLE_FUNDER);
    assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p2");
  }
}

static void
test_partnerships_by_period (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(AictFilter) filter = aict_filter_new ();
  g_autoptr(AictPartialDate) y2016 = date ("2016");
  g_autoptr(AictPartialDate) june = date ("2014-06");
  g_autoptr(AictPartialDate) july = date ("2014-07");
  g_autoptr(AictPartialDate) day = date ("2016-06-30");

  /* p1 started in 2010 and runs on; p2 ended in 2015; p3 is March–June
   * 2016; p4 has no date; p5 ended in 2008. */
  aict_filter_set_period (filter, y2016, y2016);
  assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p1 p3");
  aict_filter_set_period (filter, june, july);
  assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p1 p2");
  /* Month precision: "2016-06" ends on the 30th. */
  aict_filter_set_period (filter, day, NULL);
  assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p1 p3");
  aict_filter_set_period (filter, NULL, june);
  assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p1 p2 p5");
  aict_filter_set_period (filter, NULL, NULL);
  assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p1 p2 p3 p4 p5");
}

static void
test_partnerships_by_text (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(AictFilter) filter = aict_filter_new ();
  g_autofree char *folded = aict_fold_text ("Sénégal ÉCOLES Œuvre");

  g_assert_cmpstr (folded, ==, "senegal ecoles œuvre");

  /* p4's title, and the country names of p2 and p3. */
  aict_filter_set_text (filter, "senegal");
  assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p2 p3 p4");
  aict_filter_set_text (filter, "SÉNÉGAL");
  assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p2 p3 p4");
  /* p2's title; p4 through its participant, the Région de Kolda. */
  aict_filter_set_text (filter, "kolda");
  assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p2 p4");
  /* A prefix. */
  aict_filter_set_text (filter, "coop");
  assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p4");
  /* Words are ANDed: p5 is at Larache but is not about water. */
  aict_filter_set_text (filter, "eau, Larache!");
  assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p1");
  /* French and English theme labels. */
  aict_filter_set_text (filter, "water");
  assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p1 p2 p4");
  aict_filter_set_text (filter, "zzz");
  assert_ids (dataset, aict_dataset_filter_partnerships, filter, "");
  /* No word at all: no criterion. */
  aict_filter_set_text (filter, " ,;- ");
  g_assert_true (aict_filter_is_empty (filter));
  assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p1 p2 p3 p4 p5");
}

/* -- other targets ------------------------------------------------------- */

static void
test_actors (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    /* Who works in Morocco: the participants of p1 and p5. */
    g_assert_true (aict_filter_add_country (filter, "MA", &error));
    assert_ids (dataset, aict_dataset_filter_actors, filter, "d1 asso ma1");
  }

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    /* d2's fellow participants in p2 and p4. */
    aict_filter_set_actor (filter, "d2");
    assert_ids (dataset, aict_dataset_filter_actors, filter, "d3 min sn1");
  }

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    /* The leads of the Senegal partnerships. */
    g_assert_true (aict_filter_add_country (filter, "SN", &error));
    aict_filter_add_role (filter, AICT_PARTICIPANT_ROLE_LEAD);
    assert_ids (dataset, aict_dataset_filter_actors, filter, "d1-svc d2 d3");
  }

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    aict_filter_add_actor_kind (filter, AICT_ACTOR_KIND_DEPARTEMENT);
    assert_ids (dataset, aict_dataset_filter_actors, filter, "d1 d2");
    aict_filter_set_text (filter, "deux");
    assert_ids (dataset, aict_dataset_filter_actors, filter, "d2");
  }
}

static void
test_persons_meetings_budgets (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    aict_filter_set_actor (filter, "d1");
    assert_ids (dataset, aict_dataset_filter_persons, filter, "per1");
    assert_ids (dataset, aict_dataset_filter_meetings, filter, "m1");
    /* b1–b4 are d1's own. */
    assert_ids (dataset, aict_dataset_filter_budgets, filter, "b1 b2 b3 b4");
    aict_filter_set_actor (filter, "d2");
    assert_ids (dataset, aict_dataset_filter_persons, filter, "per2");
    assert_ids (dataset, aict_dataset_filter_meetings, filter, "");
    /* b5 and b6 through p2, b7 its own. */
    assert_ids (dataset, aict_dataset_filter_budgets, filter, "b5 b6 b7");
    aict_filter_add_budget_kind (filter, AICT_BUDGET_KIND_SPENT);
    assert_ids (dataset, aict_dataset_filter_budgets, filter, "b6");
  }

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    aict_filter_set_text (filter, "afrique");
    assert_ids (dataset, aict_dataset_filter_persons, filter, "per1");
    aict_filter_set_text (filter, "perigueux");
    assert_ids (dataset, aict_dataset_filter_meetings, filter, "m1");
  }

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();
    g_autoptr(AictPartialDate) y2015 = date ("2015");

    g_assert_true (aict_filter_add_country (filter, "FR", &error));
    assert_ids (dataset, aict_dataset_filter_meetings, filter, "m1");
    aict_filter_set_period (filter, y2015, y2015);
    assert_ids (dataset, aict_dataset_filter_meetings, filter, "");
    /* b7 runs 2014–2016; b1 is 2015. */
    assert_ids (dataset, aict_dataset_filter_budgets, NULL, "b1 b2 b3 b4 b5 b6 b7 b8");
  }

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();
    g_autoptr(AictPartialDate) y2015 = date ("2015");

    aict_filter_set_period (filter, y2015, y2015);
    assert_ids (dataset, aict_dataset_filter_budgets, filter, "b1 b7");
  }
}

static void
test_outcomes (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(AictPartialDate) new_year = date ("2017-01-01");
  g_autoptr(AictPartialDate) mid_december = date ("2016-12-15");

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    aict_filter_add_outcome_kind (filter, AICT_OUTCOME_KIND_ACTION);
    assert_ids (dataset, aict_dataset_filter_outcomes, filter, "o1 o2 o4");
    aict_filter_set_owner (filter, "d1");
    g_assert_cmpstr (aict_filter_get_owner (filter), ==, "d1");
    assert_ids (dataset, aict_dataset_filter_outcomes, filter, "o1");
  }

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    /* Owner or named. */
    aict_filter_set_actor (filter, "d2");
    assert_ids (dataset, aict_dataset_filter_outcomes, filter, "o2 o3 o4");
  }

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    /* o1 is due in 2016-12 and open; o4 was due on 2016-11-15 and is in
     * progress; o2 is done. */
    aict_filter_set_overdue_at (filter, new_year);
    assert_ids (dataset, aict_dataset_filter_outcomes, filter, "o1 o4");
    aict_filter_set_overdue_at (filter, mid_december);
    assert_ids (dataset, aict_dataset_filter_outcomes, filter, "o4");
    aict_filter_add_outcome_status (filter, AICT_OUTCOME_STATUS_OPEN);
    assert_ids (dataset, aict_dataset_filter_outcomes, filter, "");
  }

  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    aict_filter_set_meeting (filter, "m1");
    g_assert_cmpstr (aict_filter_get_meeting (filter), ==, "m1");
    aict_filter_add_outcome_kind (filter, AICT_OUTCOME_KIND_DECISION);
    assert_ids (dataset, aict_dataset_filter_outcomes, filter, "o3");
  }

  {
    AictOutcome *o1 = aict_dataset_lookup_outcome (dataset, "o1");
    AictOutcome *o2 = aict_dataset_lookup_outcome (dataset, "o2");
    AictOutcome *o3 = aict_dataset_lookup_outcome (dataset, "o3");

    g_assert_true (aict_outcome_is_overdue (o1, new_year));
    g_assert_false (aict_outcome_is_overdue (o1, mid_december));
    g_assert_false (aict_outcome_is_overdue (o2, new_year));
    g_assert_false (aict_outcome_is_overdue (o3, new_year));   /* no due date */
  }
}

static void
test_errors (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(AictFilter) filter = aict_filter_new ();
  g_autoptr(GError) error = NULL;
  GListModel *model;

  g_assert_false (aict_filter_add_country (filter, "XX", &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "XX"));
  g_clear_error (&error);
  g_assert_false (aict_filter_add_country (filter, "sn", &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (aict_filter_add_theme (filter, "nope", &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (aict_filter_is_empty (filter));

  aict_filter_add_status (filter, AICT_PARTNERSHIP_STATUS_ACTIVE);
  model = aict_dataset_filter_persons (dataset, filter, &error);
  g_assert_null (model);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "status"));
  g_assert_nonnull (strstr (error->message, "persons"));
  g_clear_error (&error);

  {
    g_autoptr(AictFilter) other = aict_filter_new ();

    aict_filter_set_actor (other, "nobody");
    model = aict_dataset_filter_partnerships (dataset, other, &error);
    g_assert_null (model);
    g_assert_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "nobody"));
    g_clear_error (&error);
  }

  {
    g_autoptr(AictFilter) other = aict_filter_new ();

    aict_filter_set_meeting (other, "nope");
    model = aict_dataset_filter_outcomes (dataset, other, &error);
    g_assert_null (model);
    g_assert_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  {
    g_autoptr(AictFilter) other = aict_filter_new ();

    aict_filter_add_outcome_kind (other, AICT_OUTCOME_KIND_ACTION);
    model = aict_dataset_filter_partnerships (dataset, other, &error);
    g_assert_null (model);
    g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
    g_clear_error (&error);
    model = aict_dataset_get_budget_totals (dataset, AICT_BUDGET_GROUPING_NONE, other, &error);
    g_assert_null (model);
    g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
    g_clear_error (&error);
  }
}

/* The index follows every kind of change. */
static void
test_invalidation (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(AictFilter) sn = aict_filter_new ();
  g_autoptr(AictFilter) asso = aict_filter_new ();
  g_autoptr(AictFilter) text = aict_filter_new ();
  g_autoptr(AictFilter) actions = aict_filter_new ();
  g_autoptr(GError) error = NULL;
  const char *senegal[] = { "SN", NULL };
  AictPartnership *p5 = aict_dataset_lookup_partnership (dataset, "p5");
  AictPartnership *p4 = aict_dataset_lookup_partnership (dataset, "p4");
  AictMeeting *m1 = aict_dataset_lookup_meeting (dataset, "m1");

  g_assert_true (aict_filter_add_country (sn, "SN", &error));
  aict_filter_set_actor (asso, "asso");
  aict_filter_set_text (text, "mangrove");
  aict_filter_add_outcome_kind (actions, AICT_OUTCOME_KIND_ACTION);

  assert_ids (dataset, aict_dataset_filter_partnerships, sn, "p2 p3 p4");
  assert_ids (dataset, aict_dataset_filter_partnerships, text, "");

  /* A property. */
  aict_partnership_set_countries (p5, senegal);
  assert_ids (dataset, aict_dataset_filter_partnerships, sn, "p2 p3 p4 p5");
  aict_partnership_set_title (p5, "Mangroves de Casamance");
  assert_ids (dataset, aict_dataset_filter_partnerships, text, "p5");

  /* A record. */
  assert_ids (dataset, aict_dataset_filter_partnerships, asso, "p5");
  {
    g_autoptr(AictParticipant) participant = aict_participant_new ("asso", AICT_PARTICIPANT_ROLE_OPERATOR);

    aict_partnership_add_participant (p4, participant);
  }
  assert_ids (dataset, aict_dataset_filter_partnerships, asso, "p4 p5");

  /* Removal and addition. */
  g_assert_true (aict_dataset_remove (dataset, "p2"));
  assert_ids (dataset, aict_dataset_filter_partnerships, sn, "p3 p4 p5");
  {
    g_autoptr(AictPartnership) p6 = aict_partnership_new ("p6", "Mangroves du Saloum", AICT_PARTNERSHIP_STATUS_PLANNED);

    aict_partnership_set_countries (p6, senegal);
    g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (p6), &error));
    g_assert_no_error (error);
    /* After it joined. */
    assert_ids (dataset, aict_dataset_filter_partnerships, sn, "p3 p4 p5 p6");
    aict_partnership_set_countries (p6, NULL);
    assert_ids (dataset, aict_dataset_filter_partnerships, sn, "p3 p4 p5");
  }

  /* An outcome added to a meeting of the dataset. */
  assert_ids (dataset, aict_dataset_filter_outcomes, actions, "o1 o2 o4");
  {
    g_autoptr(AictOutcome) o5 = aict_outcome_new ("o5", AICT_OUTCOME_KIND_ACTION, "Relancer les partenaires");

    g_assert_true (aict_meeting_add_outcome (m1, o5, &error));
    g_assert_no_error (error);
  }
  assert_ids (dataset, aict_dataset_filter_outcomes, actions, "o1 o2 o4 o5");
  aict_outcome_set_kind (aict_dataset_lookup_outcome (dataset, "o5"), AICT_OUTCOME_KIND_PROPOSAL);
  assert_ids (dataset, aict_dataset_filter_outcomes, actions, "o1 o2 o4");

  /* A removed object no longer changes the dataset. */
  {
    g_autoptr(AictPartnership) p1 = g_object_ref (aict_dataset_lookup_partnership (dataset, "p1"));

    g_assert_true (aict_dataset_remove (dataset, "p1"));
    aict_partnership_set_countries (p1, senegal);
    assert_ids (dataset, aict_dataset_filter_partnerships, sn, "p3 p4 p5");
  }
}

/* -- budgets ------------------------------------------------------------- */

static AictTotal *
total_at (GListModel *model,
          guint       position)
{
  AictTotal *total = g_list_model_get_item (model, position);

  g_assert_nonnull (total);
  g_object_unref (total);   /* the model keeps it */
  return total;
}

static void
assert_amount (const AictAmount *amount,
               gint64            min,
               gint64            max,
               const char       *currency)
{
  g_assert_nonnull (amount);
  g_assert_cmpint (aict_amount_get_min (amount), ==, min);
  g_assert_cmpint (aict_amount_get_max (amount), ==, max);
  g_assert_cmpstr (aict_amount_get_currency (amount), ==, currency);
  g_assert_true (aict_amount_is_range (amount) == (min != max));
}

static void
test_budget_totals_by_actor_and_year (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) totals = NULL;
  AictTotal *total;
  gint64 bp = 1;

  totals = aict_dataset_get_budget_totals (dataset,
                                           AICT_BUDGET_GROUPING_ACTOR | AICT_BUDGET_GROUPING_YEAR,
                                           NULL, &error);
  g_assert_no_error (error);
  /* b8 is staff only.  b5 and b6 have no actor: they go to p2's lead. */
  g_assert_cmpuint (g_list_model_get_n_items (totals), ==, 6);

  total = total_at (totals, 0);
  g_assert_cmpstr (aict_total_get_key (total, AICT_BUDGET_GROUPING_ACTOR), ==, "d1");
  g_assert_cmpstr (aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR), ==, "2015");
  g_assert_null (aict_total_get_key (total, AICT_BUDGET_GROUPING_COUNTRY));
  g_assert_cmpint (aict_total_get_grouping (total), ==, AICT_BUDGET_GROUPING_ACTOR | AICT_BUDGET_GROUPING_YEAR);
  g_assert_cmpint (aict_total_get_kind (total), ==, AICT_BUDGET_KIND_ALLOCATED);
  assert_amount (aict_total_get_amount (total), 20000000, 20000000, "EUR");
  g_assert_null (aict_total_get_previous_year (total));
  g_assert_null (aict_total_get_change (total));
  g_assert_false (aict_total_get_change_percent (total, &bp));
  g_assert_cmpint (bp, ==, 0);

  /* 50 000 + 10 000…20 000: a range; its change from 200 000 too, and no
   * percentage of a range. */
  total = total_at (totals, 1);
  g_assert_cmpstr (aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR), ==, "2016");
  assert_amount (aict_total_get_amount (total), 6000000, 7000000, "EUR");
  g_assert_cmpuint (aict_total_get_n_budgets (total), ==, 2);
  {
    g_autofree char *ids = strv_join (aict_total_get_budget_ids (total));

    g_assert_cmpstr (ids, ==, "b2 b3");
  }
  g_assert_cmpstr (aict_total_get_previous_year (total), ==, "2015");
  assert_amount (aict_total_get_change (total), -14000000, -13000000, "EUR");
  g_assert_false (aict_total_get_change_percent (total, NULL));

  /* Another currency: its own row, and no change from euros. */
  total = total_at (totals, 2);
  g_assert_cmpstr (aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR), ==, "2016");
  assert_amount (aict_total_get_amount (total), 1000000, 1000000, "XOF");
  g_assert_null (aict_total_get_change (total));

  total = total_at (totals, 3);
  g_assert_cmpstr (aict_total_get_key (total, AICT_BUDGET_GROUPING_ACTOR), ==, "d2");
  g_assert_cmpstr (aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR), ==, "2014");
  g_assert_cmpint (aict_total_get_kind (total), ==, AICT_BUDGET_KIND_ALLOCATED);
  assert_amount (aict_total_get_amount (total), 10000000, 10000000, "EUR");

  /* Another kind: its own row. */
  total = total_at (totals, 4);
  g_assert_cmpint (aict_total_get_kind (total), ==, AICT_BUDGET_KIND_SPENT);
  assert_amount (aict_total_get_amount (total), 33300, 33300, "EUR");

  /* A line over several years is grouped under its span. */
  total = total_at (totals, 5);
  g_assert_cmpstr (aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR), ==, "2014-2016");
  g_assert_cmpint (aict_total_get_kind (total), ==, AICT_BUDGET_KIND_PLANNED);
  g_assert_null (aict_total_get_change (total));
}

static void
test_budget_totals_change_percent (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) totals = NULL;
  AictTotal *total;
  gint64 bp = 0;

  /* Without b3, 2016 is exact: 200 000 → 50 000 is −75 %. */
  g_assert_true (aict_dataset_remove (dataset, "b3"));
  totals = aict_dataset_get_budget_totals (dataset, AICT_BUDGET_GROUPING_YEAR, NULL, &error);
  g_assert_no_error (error);

  /* 2014 allocated (b5), 2014 spent (b6), 2014-2016 planned (b7), 2015
   * (b1), 2016 EUR (b2), 2016 XOF (b4). */
  g_assert_cmpuint (g_list_model_get_n_items (totals), ==, 6);
  total = total_at (totals, 4);
  g_assert_cmpstr (aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR), ==, "2016");
  assert_amount (aict_total_get_amount (total), 5000000, 5000000, "EUR");
  g_assert_cmpstr (aict_total_get_previous_year (total), ==, "2015");
  assert_amount (aict_total_get_change (total), -15000000, -15000000, "EUR");
  g_assert_true (aict_total_get_change_percent (total, &bp));
  g_assert_cmpint (bp, ==, -7500);

  /* 2015 follows 2014 allocated (the span is not a year).  This used to
   * be +100 %: but 2014 is d2's line (b5, by the lead of p2) and 2015
   * d1's (b1).  A change is over the actors present in both years: there
   * is none, so no change, and the composition says who came and went. */
  total = total_at (totals, 3);
  g_assert_cmpstr (aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR), ==, "2015");
  g_assert_cmpstr (aict_total_get_previous_year (total), ==, "2014");
  g_assert_null (aict_total_get_change (total));
  g_assert_null (aict_total_get_comparable_previous (total));
  g_assert_false (aict_total_get_change_percent (total, &bp));
  g_assert_true (aict_total_get_composition_changed (total));
  g_assert_cmpstrv (aict_total_get_members_added (total), ((const char *[]) { "d1", NULL }));
  g_assert_cmpstrv (aict_total_get_members_dropped (total), ((const char *[]) { "d2", NULL }));
}

static void
test_budget_totals_none_and_funders (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) totals = NULL;
  g_autoptr(AictFilter) filter = aict_filter_new ();
  AictTotal *total;

  totals = aict_dataset_get_budget_totals (dataset, AICT_BUDGET_GROUPING_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (totals), ==, 4);
  /* 200 000 + 60 000…70 000 + 100 000 */
  assert_amount (aict_total_get_amount (total_at (totals, 0)), 36000000, 37000000, "EUR");
  assert_amount (aict_total_get_amount (total_at (totals, 1)), 1000000, 1000000, "XOF");
  g_assert_cmpint (aict_total_get_kind (total_at (totals, 2)), ==, AICT_BUDGET_KIND_PLANNED);
  g_assert_cmpint (aict_total_get_kind (total_at (totals, 3)), ==, AICT_BUDGET_KIND_SPENT);
  g_clear_object (&totals);

  /* Co-financing of d2's lines: b5 shared 70/30; b6 333 € with 33.33 %
   * for min (11 098.89 cents: a one-cent range) and nothing said for d2
   * (anything from 0 to the line); b7 has no funder: d2's own. */
  aict_filter_set_actor (filter, "d2");
  totals = aict_dataset_get_budget_totals (dataset, AICT_BUDGET_GROUPING_FUNDER, filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (totals), ==, 5);

  total = total_at (totals, 0);
  g_assert_cmpstr (aict_total_get_key (total, AICT_BUDGET_GROUPING_FUNDER), ==, "d2");
  g_assert_cmpint (aict_total_get_kind (total), ==, AICT_BUDGET_KIND_ALLOCATED);
  assert_amount (aict_total_get_amount (total), 7000000, 7000000, "EUR");
  total = total_at (totals, 1);
  g_assert_cmpint (aict_total_get_kind (total), ==, AICT_BUDGET_KIND_PLANNED);
  assert_amount (aict_total_get_amount (total), 9000000, 9000000, "EUR");
  total = total_at (totals, 2);
  g_assert_cmpint (aict_total_get_kind (total), ==, AICT_BUDGET_KIND_SPENT);
  assert_amount (aict_total_get_amount (total), 0, 33300, "EUR");
  total = total_at (totals, 3);
  g_assert_cmpstr (aict_total_get_key (total, AICT_BUDGET_GROUPING_FUNDER), ==, "min");
  assert_amount (aict_total_get_amount (total), 3000000, 3000000, "EUR");
  total = total_at (totals, 4);
  assert_amount (aict_total_get_amount (total), 11098, 11099, "EUR");
}

static void
test_budget_totals_overflow (void)
{
  const char *json =
    "{\"format\": \"aict/1\", \"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"commune\", \"country\": \"FR\"}],"
    " \"budgets\": ["
    "  {\"id\": \"b1\", \"actor\": \"a\", \"kind\": \"allocated\", \"amount\": {\"currency\": \"XOF\", \"value\": 9007199254740991}},"
    "  {\"id\": \"b2\", \"actor\": \"a\", \"kind\": \"allocated\", \"amount\": {\"currency\": \"XOF\", \"value\": 1}}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = aict_dataset_new_from_data (json, -1, &error);
  GListModel *totals;

  g_assert_no_error (error);
  totals = aict_dataset_get_budget_totals (dataset, AICT_BUDGET_GROUPING_ACTOR, NULL, &error);
  g_assert_null (totals);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_OVERFLOW);
  g_assert_nonnull (strstr (error->message, "b2"));
}

/* -- counts, overlaps, profiles ------------------------------------------ */

static void
test_counts (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(GError) error = NULL;
  struct { AictCountBy by; const char *expected; } cases[] = {
    { AICT_COUNT_BY_COUNTRY, "SN:3:6 MA:2:3" },
    { AICT_COUNT_BY_THEME, "water:3:6 health:2:5 education:1:2 youth:1:2" },
    { AICT_COUNT_BY_STATUS, "active:2:5 planned:1:3 dormant:1:2 ended:1:2" },
    { AICT_COUNT_BY_ACTOR_KIND, "foreign-authority:5:3 departement:3:2 service:1:2 "
                                "association:1:1 ministry:1:1 region:1:1" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GListModel) counts = aict_dataset_count (dataset, cases[c].by, NULL, &error);
      GString *text = g_string_new (NULL);
      g_autofree char *result = NULL;

      g_assert_no_error (error);
      for (guint i = 0; i < g_list_model_get_n_items (counts); i++)
        {
          g_autoptr(AictCount) count = g_list_model_get_item (counts, i);

          g_assert_cmpint (aict_count_get_by (count), ==, cases[c].by);
          g_string_append_printf (text, "%s%s:%u:%u", i > 0 ? " " : "",
                                  aict_count_get_key (count),
                                  aict_count_get_n_partnerships (count),
                                  aict_count_get_n_actors (count));
        }
      result = g_string_free (text, FALSE);
      g_assert_cmpstr (result, ==, cases[c].expected);
    }
}

static void
test_overlaps (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) overlaps = NULL;
  GString *text = g_string_new (NULL);
  g_autofree char *result = NULL;

  /* Home side: d1 (with d1-svc and d1-abroad), d2, d3; asso and min are
   * not local authorities.  sn1 partners d2 (p2) and d3 (p4), who also
   * share SN and water: strength 3.  water (d1, d2, d3 via p1, p2, p4;
   * they all work in SN) has two active partnerships; SN (p2, p3, p4; they
   * all work on water) one; health (d1 via p3's component, d2 via p2; both
   * in SN) one, with fewer actors.  The funder min only funds d2; MA and
   * education have one home actor each. */
  overlaps = aict_dataset_find_overlaps (dataset, AICT_OVERLAP_KIND_ALL, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (overlaps); i++)
    {
      g_autoptr(AictOverlap) overlap = g_list_model_get_item (overlaps, i);
      g_autofree char *actors = strv_join (aict_overlap_get_actor_ids (overlap));
      g_autofree char *partnerships = strv_join (aict_overlap_get_partnership_ids (overlap));

      g_string_append_printf (text, "%s%d/%s/%s/%s/%d/%u/%u", i > 0 ? "\n" : "",
                              aict_overlap_get_kind (overlap), aict_overlap_get_key (overlap),
                              actors, partnerships, aict_overlap_get_shared_kinds (overlap),
                              aict_overlap_get_strength (overlap),
                              aict_overlap_get_n_active (overlap));
    }
  result = g_string_free (text, FALSE);
  g_assert_cmpstr (result, ==,
                   "2/sn1/d2 d3/p2 p4/7/3/1\n"
                   "4/water/d1 d2 d3/p1 p2 p4/5/2/2\n"
                   "1/SN/d1 d2 d3/p2 p3 p4/5/2/1\n"
                   "4/health/d1 d2/p2 p3/5/2/1");
  g_clear_object (&overlaps);

  /* One dimension: no other to share. */
  overlaps = aict_dataset_find_overlaps (dataset, AICT_OVERLAP_KIND_COUNTRY, "FR", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (overlaps), ==, 1);
  {
    g_autoptr(AictOverlap) overlap = g_list_model_get_item (overlaps, 0);

    g_assert_cmpstr (aict_overlap_get_key (overlap), ==, "SN");
    g_assert_cmpint (aict_overlap_get_shared_kinds (overlap), ==, AICT_OVERLAP_KIND_COUNTRY);
    g_assert_cmpuint (aict_overlap_get_strength (overlap), ==, 1);
  }
  g_clear_object (&overlaps);

  /* Associations counted as home side: asso joins d1 in MA (p1, p5). */
  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    aict_filter_add_actor_kind (filter, AICT_ACTOR_KIND_DEPARTEMENT);
    aict_filter_add_actor_kind (filter, AICT_ACTOR_KIND_ASSOCIATION);
    overlaps = aict_dataset_find_overlaps (dataset, AICT_OVERLAP_KIND_COUNTRY, NULL, filter, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (overlaps), ==, 2);
    {
      g_autoptr(AictOverlap) first = g_list_model_get_item (overlaps, 0);
      g_autoptr(AictOverlap) second = g_list_model_get_item (overlaps, 1);
      g_autofree char *first_actors = strv_join (aict_overlap_get_actor_ids (first));
      g_autofree char *second_actors = strv_join (aict_overlap_get_actor_ids (second));

      /* SN: d1, d2 (p2, p3, p4; one active), MA: d1, asso (p1, p5; one
       * active): SN holds more partnerships. */
      g_assert_cmpstr (aict_overlap_get_key (first), ==, "SN");
      g_assert_cmpstr (first_actors, ==, "d1 d2");
      g_assert_cmpstr (aict_overlap_get_key (second), ==, "MA");
      g_assert_cmpstr (second_actors, ==, "d1 asso");
    }
    g_clear_object (&overlaps);
  }

  /* A filter on the partnerships: only the active ones. */
  {
    g_autoptr(AictFilter) filter = aict_filter_new ();

    aict_filter_add_status (filter, AICT_PARTNERSHIP_STATUS_ACTIVE);
    overlaps = aict_dataset_find_overlaps (dataset, AICT_OVERLAP_KIND_ALL, NULL, filter, &error);
    g_assert_no_error (error);
    /* p1 (d1) and p2 (d2) share only water. */
    g_assert_cmpuint (g_list_model_get_n_items (overlaps), ==, 1);
    g_clear_object (&overlaps);
  }

  overlaps = aict_dataset_find_overlaps (dataset, AICT_OVERLAP_KIND_ALL, "XX", NULL, &error);
  g_assert_null (overlaps);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
}

static void
test_pooling_candidates (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) candidates = NULL;
  GListModel *none;

  /* d1 (p1: MA, ma1, water; p3: SN, sn2, education, health).  d2 shares
   * SN (p2, p4), water (p2, p4) and health (p2); d3 shares SN and water
   * (p4).  Through a unit, the same answer. */
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(AictPoolingCandidate) first = NULL;
      g_autoptr(AictPoolingCandidate) second = NULL;
      g_autofree char *themes = NULL;
      g_autofree char *partnerships = NULL;

      candidates = aict_dataset_find_pooling_candidates (dataset, round == 0 ? "d1" : "d1-svc",
                                                         AICT_OVERLAP_KIND_ALL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 2);
      first = g_list_model_get_item (candidates, 0);
      second = g_list_model_get_item (candidates, 1);

      g_assert_cmpstr (aict_pooling_candidate_get_actor_id (first), ==, "d2");
      themes = strv_join (aict_pooling_candidate_get_shared (first, AICT_OVERLAP_KIND_THEME));
      g_assert_cmpstr (themes, ==, "health water");
      g_assert_cmpstr (aict_pooling_candidate_get_shared (first, AICT_OVERLAP_KIND_COUNTRY)[0], ==, "SN");
      g_assert_null (aict_pooling_candidate_get_shared (first, AICT_OVERLAP_KIND_PARTNER)[0]);
      g_assert_cmpint (aict_pooling_candidate_get_shared_kinds (first), ==,
                       AICT_OVERLAP_KIND_COUNTRY | AICT_OVERLAP_KIND_THEME);
      g_assert_cmpuint (aict_pooling_candidate_get_strength (first), ==, 2);
      g_assert_cmpuint (aict_pooling_candidate_get_n_shared (first), ==, 3);
      g_assert_cmpuint (aict_pooling_candidate_get_n_active (first), ==, 1);
      partnerships = strv_join (aict_pooling_candidate_get_partnership_ids (first));
      g_assert_cmpstr (partnerships, ==, "p2 p4");

      g_assert_cmpstr (aict_pooling_candidate_get_actor_id (second), ==, "d3");
      g_assert_cmpuint (aict_pooling_candidate_get_n_shared (second), ==, 2);
      g_assert_cmpuint (aict_pooling_candidate_get_n_active (second), ==, 0);
      g_clear_object (&candidates);
    }

  none = aict_dataset_find_pooling_candidates (dataset, "ma1", AICT_OVERLAP_KIND_ALL, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  none = aict_dataset_find_pooling_candidates (dataset, "nobody", AICT_OVERLAP_KIND_ALL, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND);
}

static void
test_profile (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AictActorProfile) profile = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GListModel) staff = NULL;
  struct { GListModel *(*get) (AictActorProfile *); const char *expected; } lists[] = {
    { aict_actor_profile_get_units, "d1-svc d1-abroad" },
    { aict_actor_profile_get_partnerships, "p1 p3" },
    { aict_actor_profile_get_budgets, "b1 b2 b3 b4" },
    { aict_actor_profile_get_staff, "per1" },
    { aict_actor_profile_get_meetings, "m1" },
    { aict_actor_profile_get_actions, "o1" },
    { aict_actor_profile_get_contributions, "c1" },
  };

  profile = aict_dataset_get_actor_profile (dataset, "d1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (aict_entity_get_id (AICT_ENTITY (aict_actor_profile_get_actor (profile))), ==, "d1");
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autofree char *ids = ids_of (lists[i].get (profile));

      g_assert_cmpstr (ids, ==, lists[i].expected);
    }

  units = aict_dataset_get_units (dataset, "d1-svc", &error);
  g_assert_no_error (error);
  {
    g_autofree char *ids = ids_of (units);

    g_assert_cmpstr (ids, ==, "d1-abroad");
  }
  staff = aict_dataset_get_staff (dataset, "d2", &error);
  g_assert_no_error (error);
  {
    g_autofree char *ids = ids_of (staff);

    g_assert_cmpstr (ids, ==, "per2");
  }

  g_assert_null (aict_dataset_get_actor_profile (dataset, "nobody", &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND);
}

static void
test_period (void)
{
  g_autoptr(AictDataset) dataset = load_small ();
  g_autoptr(AictDataset) empty = aict_dataset_new ();
  g_autoptr(AictPartialDate) first = NULL;
  g_autoptr(AictPartialDate) last = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;

  /* p5 started in 2005; "2016" (b2, b3, b4, b7 end then) ends after the
   * meeting of 2016-09-20 and after p3's 2016-06. */
  g_assert_true (aict_dataset_get_period (dataset, &first, &last));
  first_text = aict_partial_date_to_string (first);
  last_text = aict_partial_date_to_string (last);
  g_assert_cmpstr (first_text, ==, "2005");
  g_assert_cmpstr (last_text, ==, "2016");

  g_clear_pointer (&first, aict_partial_date_free);
  g_clear_pointer (&last, aict_partial_date_free);
  g_assert_false (aict_dataset_get_period (empty, &first, &last));
  g_assert_null (first);
  g_assert_null (last);
  g_assert_false (aict_dataset_get_period (empty, NULL, NULL));
}

/* Parent ids that loop must not hang the unit walk. */
static void
test_parent_cycle (void)
{
  const char *json =
    "{\"format\": \"aict/1\", \"actors\": ["
    " {\"id\": \"a\", \"name\": \"A\", \"kind\": \"service\", \"country\": \"FR\", \"parent\": \"b\"},"
    " {\"id\": \"b\", \"name\": \"B\", \"kind\": \"service\", \"country\": \"FR\", \"parent\": \"a\"}],"
    " \"partnerships\": [{\"id\": \"p\", \"title\": \"P\", \"status\": \"active\", \"participants\": [{\"actor\": \"a\", \"role\": \"lead\"}], \"countries\": [\"MA\"]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = aict_dataset_new_from_data (json, -1, &error);
  g_autoptr(AictFilter) filter = aict_filter_new ();
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GListModel) overlaps = NULL;

  g_assert_no_error (error);
  units = aict_dataset_get_units (dataset, "a", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 1);
  aict_filter_set_actor (filter, "b");
  assert_ids (dataset, aict_dataset_filter_partnerships, filter, "p");
  overlaps = aict_dataset_find_overlaps (dataset, AICT_OVERLAP_KIND_ALL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (overlaps), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/query/partnerships/keys", test_partnerships_by_key);
  g_test_add_func ("/query/partnerships/actor", test_partnerships_by_actor);
  g_test_add_func ("/query/partnerships/period", test_partnerships_by_period);
  g_test_add_func ("/query/partnerships/text", test_partnerships_by_text);
  g_test_add_func ("/query/actors", test_actors);
  g_test_add_func ("/query/persons-meetings-budgets", test_persons_meetings_budgets);
  g_test_add_func ("/query/outcomes", test_outcomes);
  g_test_add_func ("/query/errors", test_errors);
  g_test_add_func ("/query/invalidation", test_invalidation);
  g_test_add_func ("/budget/actor-year", test_budget_totals_by_actor_and_year);
  g_test_add_func ("/budget/change-percent", test_budget_totals_change_percent);
  g_test_add_func ("/budget/none-and-funders", test_budget_totals_none_and_funders);
  g_test_add_func ("/budget/overflow", test_budget_totals_overflow);
  g_test_add_func ("/summary/counts", test_counts);
  g_test_add_func ("/overlaps/all", test_overlaps);
  g_test_add_func ("/overlaps/candidates", test_pooling_candidates);
  g_test_add_func ("/summary/profile", test_profile);
  g_test_add_func ("/summary/parent-cycle", test_parent_cycle);
  g_test_add_func ("/summary/period", test_period);

  return g_test_run ();
}
