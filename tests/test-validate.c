/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* The validator: one fixture per rule under tests/data/invalid/, each a
 * small valid aict/1 dataset except for exactly one fault, validated as of
 * 2026-11-26, and the exact set of (severity, code, path, object id) it
 * must report.  Then AictReport as a list model, and
 * AictLoadOptions:validate. */

#include <locale.h>
#include <string.h>

#include <aict/aict.h>

#define E AICT_SEVERITY_ERROR
#define W AICT_SEVERITY_WARNING

typedef struct
{
  AictSeverity severity;
  const char *code;
  const char *path;
  const char *object_id;
} ExpectedIssue;

#define MAX_ISSUES 4

typedef struct
{
  const char *rule;       /* the issue code */
  const char *variant;    /* what is at fault */
  const char *file;       /* under tests/data/invalid/ */
  ExpectedIssue issues[MAX_ISSUES];
} Fixture;

static const Fixture fixtures[] = {
  /* required-missing */
  { "required-missing", "actor-name", "required-missing.json",
    { { E, "required-missing", "$.actors[0]", "cd24" } } },
  { "required-missing", "id", "required-missing-id.json",
    { { E, "required-missing", "$.actors[2]", NULL } } },
  { "required-missing", "person-name", "required-missing-person-name.json",
    { { E, "required-missing", "$.persons[0]", "p-coustillas" } } },
  { "required-missing", "partnership-title", "required-missing-partnership-title.json",
    { { E, "required-missing", "$.partnerships[0]", "cd24-larache" } } },
  { "required-missing", "participants-empty", "required-missing-participants.json",
    { { E, "required-missing", "$.partnerships[0].participants", "cd24-larache" } } },
  { "required-missing", "participant-actor", "required-missing-participant-actor.json",
    { { E, "required-missing", "$.partnerships[0].participants[2].actor", "cd24-larache" } } },
  { "required-missing", "component-title", "required-missing-component-title.json",
    { { E, "required-missing", "$.partnerships[0].components[0]", "cd24-larache" } } },
  { "required-missing", "source-title", "required-missing-source-title.json",
    { { E, "required-missing", "$.sources[0]", "src" } } },
  { "required-missing", "meeting-title", "required-missing-meeting-title.json",
    { { E, "required-missing", "$.meetings[0]", "m2016" } } },
  { "required-missing", "meeting-date", "required-missing-meeting-date.json",
    { { E, "required-missing", "$.meetings[0]", "m2016" } } },
  { "required-missing", "agenda-item-title", "required-missing-agenda-title.json",
    { { E, "required-missing", "$.meetings[0].agenda[0]", "m2016-B" } } },
  { "required-missing", "contribution-summary", "required-missing-contribution-summary.json",
    { { E, "required-missing", "$.meetings[0].contributions[0]", "m2016-c1" } } },
  { "required-missing", "outcome-text", "required-missing-outcome-text.json",
    { { E, "required-missing", "$.meetings[0].outcomes[0]", "m2016-o1" } } },

  /* duplicate-id */
  { "duplicate-id", "top-level", "duplicate-id.json",
    { { E, "duplicate-id", "$.actors[2].id", "cd24" } } },
  { "duplicate-id", "partnership-vs-actor", "duplicate-id-partnership-actor.json",
    { { E, "duplicate-id", "$.partnerships[1].id", "larache" } } },
  { "duplicate-id", "agenda-item-vs-actor", "duplicate-id-nested.json",
    { { E, "duplicate-id", "$.meetings[0].agenda[0].id", "larache" } } },

  /* reference-unresolved */
  { "reference-unresolved", "actor-parent", "reference-unresolved.json",
    { { E, "reference-unresolved", "$.actors[2].parent", "cd24-dri" } } },
  { "reference-unresolved", "affiliation-actor", "reference-unresolved-affiliation.json",
    { { E, "reference-unresolved", "$.persons[0].affiliations[0].actor", "p-coustillas" } } },
  { "reference-unresolved", "participant-actor", "reference-unresolved-participant.json",
    { { E, "reference-unresolved", "$.partnerships[0].participants[2].actor", "cd24-larache" } } },
  { "reference-unresolved", "budget-actor", "reference-unresolved-budget-actor.json",
    { { E, "reference-unresolved", "$.budgets[0].actor", "b-2016" } } },
  { "reference-unresolved", "budget-partnership", "reference-unresolved-budget-partnership.json",
    { { E, "reference-unresolved", "$.budgets[0].partnership", "b-2016" } } },
  { "reference-unresolved", "funder-actor", "reference-unresolved-funder.json",
    { { E, "reference-unresolved", "$.budgets[0].funders[0].actor", "b-2016" } } },
  { "reference-unresolved", "organiser", "reference-unresolved-organiser.json",
    { { E, "reference-unresolved", "$.meetings[0].organisers[1]", "m2016" } } },
  { "reference-unresolved", "attendance-person", "reference-unresolved-attendance-person.json",
    { { E, "reference-unresolved", "$.meetings[0].attendance[1].person", "m2016" } } },
  { "reference-unresolved", "attendance-representing", "reference-unresolved-attendance-representing.json",
    { { E, "reference-unresolved", "$.meetings[0].attendance[0].representing", "m2016" } } },
  { "reference-unresolved", "contribution-person", "reference-unresolved-contribution-person.json",
    { { E, "reference-unresolved", "$.meetings[0].contributions[0].person", "m2016-c1" } } },
  { "reference-unresolved", "contribution-actor", "reference-unresolved-contribution-actor.json",
    { { E, "reference-unresolved", "$.meetings[0].contributions[0].actor", "m2016-c1" } } },
  { "reference-unresolved", "contribution-agenda-item", "reference-unresolved-contribution-agenda-item.json",
    { { E, "reference-unresolved", "$.meetings[0].contributions[0].agenda_item", "m2016-c1" } } },
  { "reference-unresolved", "outcome-owner", "reference-unresolved-outcome-owner.json",
    { { E, "reference-unresolved", "$.meetings[0].outcomes[0].owner", "m2016-o1" } } },
  { "reference-unresolved", "outcome-agenda-item", "reference-unresolved-outcome-agenda-item.json",
    { { E, "reference-unresolved", "$.meetings[0].outcomes[0].agenda_item", "m2016-o1" } } },
  { "reference-unresolved", "outcome-agenda-item-of-other-meeting", "reference-unresolved-other-meeting-item.json",
    { { E, "reference-unresolved", "$.meetings[1].outcomes[0].agenda_item", "m2017-o1" } } },
  { "reference-unresolved", "outcome-actors", "reference-unresolved-outcome-actors.json",
    { { E, "reference-unresolved", "$.meetings[0].outcomes[0].actors[1]", "m2016-o1" } } },
  { "reference-unresolved", "outcome-partnerships", "reference-unresolved-outcome-partnerships.json",
    { { E, "reference-unresolved", "$.meetings[0].outcomes[0].partnerships[0]", "m2016-o1" } } },
  { "reference-unresolved", "agenda-item-parent", "reference-unresolved-agenda-parent.json",
    { { E, "reference-unresolved", "$.meetings[0].agenda[1].parent", "m2016-B1" } } },
  { "reference-unresolved", "source-reference", "reference-unresolved-source.json",
    { { E, "reference-unresolved", "$.actors[0].sources[0].source", "cd24" } } },

  /* reference-wrong-kind */
  { "reference-wrong-kind", "participant-is-a-person", "reference-wrong-kind.json",
    { { E, "reference-wrong-kind", "$.partnerships[0].participants[2].actor", "cd24-larache" } } },
  { "reference-wrong-kind", "budget-partnership-is-an-actor", "reference-wrong-kind-budget-partnership.json",
    { { E, "reference-wrong-kind", "$.budgets[0].partnership", "b-2016" } } },

  /* reference-cycle */
  { "reference-cycle", "own-parent", "reference-cycle.json",
    { { E, "reference-cycle", "$.actors[2].parent", "cd24-dri" } } },
  { "reference-cycle", "agenda-item-own-parent", "reference-cycle-agenda-self.json",
    { { E, "reference-cycle", "$.meetings[0].agenda[0].parent", "m2016-B" } } },
  /* g → h → g: both are on the cycle; h1 under h only leads into it. */
  { "reference-cycle", "agenda-items-two", "reference-cycle-agenda.json",
    { { E, "reference-cycle", "$.meetings[0].agenda[1].parent", "m2016-g" },
      { E, "reference-cycle", "$.meetings[0].agenda[2].parent", "m2016-h" } } },

  /* country-unknown */
  { "country-unknown", "actor", "country-unknown.json",
    { { E, "country-unknown", "$.actors[2].country", "capcoop" } } },
  { "country-unknown", "partnership-countries", "country-unknown-partnership.json",
    { { E, "country-unknown", "$.partnerships[0].countries[1]", "cd24-larache" } } },
  { "country-unknown", "meeting-place", "country-unknown-place.json",
    { { E, "country-unknown", "$.meetings[0].place.country", "m2016" } } },

  /* subdivision-unknown */
  { "subdivision-unknown", "actor", "subdivision-unknown.json",
    { { E, "subdivision-unknown", "$.actors[0].subdivision", "cd24" } } },
  { "subdivision-unknown", "partnership-subdivisions", "subdivision-unknown-partnership.json",
    { { E, "subdivision-unknown", "$.partnerships[0].subdivisions[1]", "cd24-larache" } } },

  /* subdivision-country-mismatch */
  { "subdivision-country-mismatch", "actor", "subdivision-country-mismatch.json",
    { { W, "subdivision-country-mismatch", "$.actors[0].subdivision", "cd24" } } },

  /* currency-unknown */
  { "currency-unknown", "budget-amount", "currency-unknown.json",
    { { E, "currency-unknown", "$.budgets[0].amount.currency", "b-2016" } } },
  { "currency-unknown", "funder-amount", "currency-unknown-funder.json",
    { { E, "currency-unknown", "$.budgets[0].funders[0].amount.currency", "b-2016" } } },

  /* date-order */
  { "date-order", "partnership", "date-order.json",
    { { E, "date-order", "$.partnerships[0].end", "cd24-larache" } } },
  { "date-order", "budget", "date-order-budget.json",
    { { E, "date-order", "$.budgets[0].end", "b-2016" } } },
  { "date-order", "affiliation", "date-order-affiliation.json",
    { { E, "date-order", "$.persons[0].affiliations[0].end", "p-coustillas" } } },
  { "date-order", "meeting-end-date", "date-order-meeting-end-date.json",
    { { E, "date-order", "$.meetings[0].end_date", "m2016" } } },
  { "date-order", "meeting-end-time", "date-order-meeting-end-time.json",
    { { E, "date-order", "$.meetings[0].end_time", "m2016" } } },

  /* range-inverted, amount-negative */
  { "range-inverted", "budget-amount", "range-inverted.json",
    { { E, "range-inverted", "$.budgets[0].amount.max", "b-2016" } } },
  { "amount-negative", "budget-amount", "amount-negative.json",
    { { E, "amount-negative", "$.budgets[0].amount", "b-2016" } } },
  { "amount-negative", "funder-amount-range", "amount-negative-funder.json",
    { { E, "amount-negative", "$.budgets[0].funders[0].amount", "b-2016" } } },

  /* shares */
  { "share-out-of-range", "150", "share-out-of-range.json",
    { { E, "share-out-of-range", "$.budgets[0].funders[0].share", "b-2016" } } },
  { "shares-sum", "70-20", "shares-sum.json",
    { { E, "shares-sum", "$.budgets[0].funders", "b-2016" } } },
  { "shares-sum", "33.33-66.66", "shares-sum-decimals.json",
    { { E, "shares-sum", "$.budgets[0].funders", "b-2016" } } },

  /* partnership status */
  { "status-ended-without-end", "ended", "status-ended-without-end.json",
    { { W, "status-ended-without-end", "$.partnerships[0].status", "cd24-larache" } } },
  { "status-ended-without-end", "abandoned", "status-ended-without-end-abandoned.json",
    { { W, "status-ended-without-end", "$.partnerships[0].status", "cd24-larache" } } },
  { "status-active-past-end", "active", "status-active-past-end.json",
    { { W, "status-active-past-end", "$.partnerships[0].status", "cd24-larache" } } },
  { "status-active-past-end", "slowed", "status-active-past-end-slowed.json",
    { { W, "status-active-past-end", "$.partnerships[0].status", "cd24-larache" } } },

  /* meetings */
  { "attendance-duplicate", "person", "attendance-duplicate.json",
    { { E, "attendance-duplicate", "$.meetings[0].attendance[1].person", "m2016" } } },
  { "action-without-owner", "outcome", "action-without-owner.json",
    { { E, "action-without-owner", "$.meetings[0].outcomes[0]", "m2016-o1" } } },
  { "contribution-no-speaker", "contribution", "contribution-no-speaker.json",
    { { E, "contribution-no-speaker", "$.meetings[0].contributions[0]", "m2016-c1" } } },

  /* partnership sides */
  { "partnership-no-french-side", "only-foreign", "partnership-no-french-side.json",
    { { W, "partnership-no-french-side", "$.partnerships[0].participants", "cd24-larache" } } },
  { "partnership-no-partner-side", "only-french", "partnership-no-partner-side.json",
    { { W, "partnership-no-partner-side", "$.partnerships[0].participants", "cd24-larache" } } },

  /* theme-unknown */
  { "theme-unknown", "partnership", "theme-unknown.json",
    { { W, "theme-unknown", "$.partnerships[0].themes[1]", "cd24-larache" } } },
  { "theme-unknown", "component", "theme-unknown-component.json",
    { { W, "theme-unknown", "$.partnerships[0].components[1].themes[0]", "cd24-larache" } } },
  { "theme-unknown", "contribution", "theme-unknown-contribution.json",
    { { W, "theme-unknown", "$.meetings[0].contributions[0].themes[0]", "m2016-c1" } } },
  { "theme-unknown", "outcome", "theme-unknown-outcome.json",
    { { W, "theme-unknown", "$.meetings[0].outcomes[0].themes[2]", "m2016-o1" } } },

  /* budget lines */
  { "budget-no-owner", "budget", "budget-no-owner.json",
    { { E, "budget-no-owner", "$.budgets[0]", "b-2016" } } },
  { "budget-empty", "budget", "budget-empty.json",
    { { E, "budget-empty", "$.budgets[0]", "b-2016" } } },
};

/* tests/data/invalid/many-faults.json: every fault of the list above at
 * once (and a few combined), in validation order. */
static const ExpectedIssue many_faults[] = {
  { E, "reference-unresolved", "$.actors[0].sources[0].source", "cd24" },
  { W, "subdivision-country-mismatch", "$.actors[0].subdivision", "cd24" },
  { E, "required-missing", "$.actors[1]", "larache" },
  { E, "country-unknown", "$.actors[1].country", "larache" },
  { E, "duplicate-id", "$.actors[2].id", "cd24" },
  { E, "reference-unresolved", "$.actors[2].parent", "cd24" },
  { E, "subdivision-unknown", "$.actors[3].subdivision", "svc" },
  { E, "reference-cycle", "$.actors[3].parent", "svc" },
  { E, "required-missing", "$.persons[0]", "p1" },
  { E, "reference-unresolved", "$.persons[0].affiliations[0].actor", "p1" },
  { E, "date-order", "$.persons[0].affiliations[0].end", "p1" },
  { E, "required-missing", "$.partnerships[0]", "pa" },
  { E, "reference-wrong-kind", "$.partnerships[0].participants[1].actor", "pa" },
  { W, "partnership-no-partner-side", "$.partnerships[0].participants", "pa" },
  { E, "country-unknown", "$.partnerships[0].countries[0]", "pa" },
  { E, "subdivision-unknown", "$.partnerships[0].subdivisions[0]", "pa" },
  { W, "theme-unknown", "$.partnerships[0].themes[0]", "pa" },
  { E, "required-missing", "$.partnerships[0].components[0]", "pa" },
  { W, "theme-unknown", "$.partnerships[0].components[0].themes[0]", "pa" },
  { W, "status-ended-without-end", "$.partnerships[0].status", "pa" },
  { E, "required-missing", "$.partnerships[1].participants", "pb" },
  { W, "status-active-past-end", "$.partnerships[1].status", "pb" },
  { E, "budget-no-owner", "$.budgets[0]", "b1" },
  { E, "date-order", "$.budgets[0].end", "b1" },
  { E, "currency-unknown", "$.budgets[0].amount.currency", "b1" },
  { E, "range-inverted", "$.budgets[0].amount.max", "b1" },
  { E, "reference-unresolved", "$.budgets[1].actor", "b2" },
  { E, "amount-negative", "$.budgets[1].amount", "b2" },
  { E, "share-out-of-range", "$.budgets[1].funders[0].share", "b2" },
  { E, "reference-unresolved", "$.budgets[1].funders[1].actor", "b2" },
  { E, "shares-sum", "$.budgets[1].funders", "b2" },
  { E, "budget-empty", "$.budgets[2]", "b3" },
  { E, "required-missing", "$.meetings[0]", "m1" },
  { E, "date-order", "$.meetings[0].end_date", "m1" },
  { E, "country-unknown", "$.meetings[0].place.country", "m1" },
  { E, "reference-unresolved", "$.meetings[0].organisers[0]", "m1" },
  { E, "reference-unresolved", "$.meetings[0].attendance[0].representing", "m1" },
  { E, "attendance-duplicate", "$.meetings[0].attendance[1].person", "m1" },
  { E, "reference-unresolved", "$.meetings[0].attendance[2].person", "m1" },
  { E, "duplicate-id", "$.meetings[0].agenda[0].id", "b1" },
  { E, "required-missing", "$.meetings[0].agenda[1]", "m1-a" },
  { E, "reference-unresolved", "$.meetings[0].agenda[1].parent", "m1-a" },
  { E, "required-missing", "$.meetings[0].contributions[0]", "m1-c1" },
  { E, "contribution-no-speaker", "$.meetings[0].contributions[0]", "m1-c1" },
  { E, "reference-unresolved", "$.meetings[0].contributions[0].agenda_item", "m1-c1" },
  { W, "theme-unknown", "$.meetings[0].contributions[0].themes[0]", "m1-c1" },
  { E, "required-missing", "$.meetings[0].outcomes[0]", "m1-o1" },
  { E, "action-without-owner", "$.meetings[0].outcomes[0]", "m1-o1" },
  { E, "reference-unresolved", "$.meetings[0].outcomes[0].agenda_item", "m1-o1" },
  { E, "reference-unresolved", "$.meetings[0].outcomes[0].actors[0]", "m1-o1" },
  { E, "reference-wrong-kind", "$.meetings[0].outcomes[0].partnerships[0]", "m1-o1" },
  { W, "theme-unknown", "$.meetings[0].outcomes[0].themes[0]", "m1-o1" },
  { E, "required-missing", "$.meetings[1]", "m2" },
  { E, "date-order", "$.meetings[1].end_time", "m2" },
};

/* Every code the validator can report (lib/aict-validate.c). */
static const char * const all_codes[] = {
  "required-missing", "duplicate-id", "reference-unresolved", "reference-wrong-kind",
  "reference-cycle", "country-unknown", "subdivision-unknown", "subdivision-country-mismatch",
  "currency-unknown", "date-order", "range-inverted", "amount-negative", "share-out-of-range",
  "shares-sum", "status-ended-without-end", "status-active-past-end", "attendance-duplicate",
  "action-without-owner", "partnership-no-french-side", "partnership-no-partner-side",
  "theme-unknown", "budget-no-owner", "budget-empty", "contribution-no-speaker",
};

/* ------------------------------------------------------------------------ */

static void
set_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_dmy (today, 26, 11, 2026);
}

static char *
invalid_fixture (const char *file)
{
  return g_test_build_filename (G_TEST_DIST, "data", "invalid", file, NULL);
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

static AictReport *
validate_file (const char *path)
{
  g_autoptr(AictDataset) dataset = load_file (path);
  GDate today;

  set_today (&today);
  return aict_dataset_validate_at (dataset, &today);
}

static const char *
severity_name (AictSeverity severity)
{
  switch (severity)
    {
    case AICT_SEVERITY_ERROR: return "error";
    case AICT_SEVERITY_WARNING: return "warning";
    case AICT_SEVERITY_INFO: return "info";
    default: return "?";
    }
}

static gboolean
issue_matches (AictIssue           *issue,
               const ExpectedIssue *expected)
{
  return aict_issue_get_severity (issue) == expected->severity &&
         g_strcmp0 (aict_issue_get_code (issue), expected->code) == 0 &&
         g_strcmp0 (aict_issue_get_path (issue), expected->path) == 0 &&
         g_strcmp0 (aict_issue_get_object_id (issue), expected->object_id) == 0;
}

/* The report holds exactly @expected (as a set: each expected issue
 * matches one reported issue, nothing else is reported).  On a mismatch
 * the test fails with the difference spelled out. */
static void
check_exact_issues (AictReport          *report,
                    const ExpectedIssue *expected,
                    guint                n_expected)
{
  GListModel *model = G_LIST_MODEL (report);
  guint n = g_list_model_get_n_items (model);
  g_autofree gboolean *used = g_new0 (gboolean, n);
  g_autoptr(GString) problems = g_string_new (NULL);

  for (guint e = 0; e < n_expected; e++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < n && !found; i++)
        {
          g_autoptr(AictIssue) issue = g_list_model_get_item (model, i);

          if (!used[i] && issue_matches (issue, &expected[e]))
            used[i] = found = TRUE;
        }

      if (!found)
        g_string_append_printf (problems, "\n  missing:    %s %s %s (%s)",
                                severity_name (expected[e].severity), expected[e].code,
                                expected[e].path, expected[e].object_id ? expected[e].object_id : "no id");
    }

  for (guint i = 0; i < n; i++)
    if (!used[i])
      {
        g_autoptr(AictIssue) issue = g_list_model_get_item (model, i);
        const char *id = aict_issue_get_object_id (issue);

        g_string_append_printf (problems, "\n  unexpected: %s %s %s (%s): %s",
                                severity_name (aict_issue_get_severity (issue)),
                                aict_issue_get_code (issue), aict_issue_get_path (issue),
                                id ? id : "no id", aict_issue_get_message (issue));
      }

  if (problems->len > 0)
    g_test_fail_printf ("the report differs from the expected issues:%s", problems->str);
}

/* Every issue is well formed: a known code, a JSON path, a message that is
 * non-empty valid UTF-8. */
static void
check_well_formed (AictReport *report)
{
  GListModel *model = G_LIST_MODEL (report);
  guint n_errors = 0, n_warnings = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AictIssue) issue = g_list_model_get_item (model, i);
      const char *message = aict_issue_get_message (issue);
      const char *object_id = aict_issue_get_object_id (issue);

      g_assert_true (AICT_IS_ISSUE (issue));
      g_assert_true (g_strv_contains (all_codes, aict_issue_get_code (issue)));
      g_assert_true (g_str_has_prefix (aict_issue_get_path (issue), "$"));
      g_assert_true (g_utf8_validate (aict_issue_get_path (issue), -1, NULL));
      g_assert_nonnull (message);
      g_assert_cmpstr (message, !=, "");
      g_assert_true (g_utf8_validate (message, -1, NULL));
      g_assert_null (strchr (message, '\n'));
      g_assert_true (object_id == NULL || g_utf8_validate (object_id, -1, NULL));

      switch (aict_issue_get_severity (issue))
        {
        case AICT_SEVERITY_ERROR: n_errors++; break;
        case AICT_SEVERITY_WARNING: n_warnings++; break;
        case AICT_SEVERITY_INFO: break;
        default: g_assert_not_reached ();
        }
    }

  g_assert_cmpuint (aict_report_get_n_errors (report), ==, n_errors);
  g_assert_cmpuint (aict_report_get_n_warnings (report), ==, n_warnings);
  g_assert_cmpint (aict_report_is_valid (report), ==, n_errors == 0);
}

static guint
n_expected_issues (const Fixture *fixture)
{
  guint n = 0;

  while (n < MAX_ISSUES && fixture->issues[n].code != NULL)
    n++;

  return n;
}

static void
test_validate_fixture (gconstpointer data)
{
  const Fixture *fixture = data;
  g_autofree char *path = invalid_fixture (fixture->file);
  g_autoptr(AictReport) report = NULL;

  report = validate_file (path);
  check_well_formed (report);
  check_exact_issues (report, fixture->issues, n_expected_issues (fixture));

  /* The fault is found by its code. */
  if (!g_test_failed () && n_expected_issues (fixture) > 0)
    {
      AictIssue *found = aict_report_find (report, fixture->rule, NULL);

      g_assert_nonnull (found);
      g_assert_cmpstr (aict_issue_get_code (found), ==, fixture->rule);
    }
}

static void
test_validate_many_faults (void)
{
  g_autofree char *path = invalid_fixture ("many-faults.json");
  g_autoptr(AictReport) report = validate_file (path);
  guint n_errors = 0, n_warnings = 0;
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);

  check_well_formed (report);
  check_exact_issues (report, many_faults, G_N_ELEMENTS (many_faults));

  for (guint i = 0; i < G_N_ELEMENTS (many_faults); i++)
    {
      if (many_faults[i].severity == AICT_SEVERITY_ERROR)
        n_errors++;
      else
        n_warnings++;
      g_hash_table_add (codes, (gpointer) many_faults[i].code);
    }

  g_test_message ("many-faults.json: %u issues (%u errors, %u warnings) of %u codes",
                  g_list_model_get_n_items (G_LIST_MODEL (report)),
                  aict_report_get_n_errors (report), aict_report_get_n_warnings (report),
                  g_hash_table_size (codes));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, G_N_ELEMENTS (many_faults));
  g_assert_cmpuint (aict_report_get_n_errors (report), ==, n_errors);
  g_assert_cmpuint (aict_report_get_n_warnings (report), ==, n_warnings);

  /* Every code of the validator appears in it. */
  for (guint i = 0; i < G_N_ELEMENTS (all_codes); i++)
    if (!g_hash_table_contains (codes, all_codes[i]) &&
        strcmp (all_codes[i], "partnership-no-french-side") != 0)
      g_error ("many-faults.json does not exercise %s", all_codes[i]);

  /* Issues come in file order: the paths of the collections never go back. */
  {
    static const char * const order[] = { "$.sources", "$.actors", "$.persons", "$.partnerships",
                                          "$.budgets", "$.meetings" };
    guint last = 0;

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
      {
        g_autoptr(AictIssue) issue = g_list_model_get_item (G_LIST_MODEL (report), i);

        for (guint c = 0; c < G_N_ELEMENTS (order); c++)
          if (g_str_has_prefix (aict_issue_get_path (issue), order[c]))
            {
              g_assert_cmpuint (c, >=, last);
              last = c;
            }
      }
  }
}

/* Every fixture of the rule table exists, and every code has a fixture. */
static void
test_validate_coverage (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "invalid", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  for (guint c = 0; c < G_N_ELEMENTS (all_codes); c++)
    {
      gboolean covered = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
        covered |= strcmp (fixtures[i].rule, all_codes[c]) == 0;
      if (!covered)
        g_error ("no fixture for %s", all_codes[c]);
    }

  /* Each file in tests/data/invalid/ is in the table (or many-faults). */
  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = strcmp (name, "many-faults.json") == 0 ||
                        strcmp (name, "reference-cycle-indirect.json") == 0;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      n_files++;
      for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
        listed |= strcmp (fixtures[i].file, name) == 0;
      if (!listed)
        g_error ("tests/data/invalid/%s is not in the table of test-validate.c", name);
    }

  g_test_message ("%u fixtures for %u codes", n_files, (guint) G_N_ELEMENTS (all_codes));
  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (fixtures) + 2);
}

/* a → b → a is a cycle as much as a → a: whoever walks up the parents
 * loops forever.  Where it is reported is left open: at one or both of the
 * two "parent" members, and nothing else. */
static void
test_validate_reference_cycle_indirect (void)
{
  g_autofree char *path = invalid_fixture ("reference-cycle-indirect.json");
  g_autoptr(AictReport) report = validate_file (path);
  GListModel *model = G_LIST_MODEL (report);
  guint n = g_list_model_get_n_items (model);

  check_well_formed (report);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictIssue) issue = g_list_model_get_item (model, i);
      const char *where = aict_issue_get_path (issue);

      if (strcmp (aict_issue_get_code (issue), "reference-cycle") != 0 ||
          aict_issue_get_severity (issue) != AICT_SEVERITY_ERROR ||
          (strcmp (where, "$.actors[2].parent") != 0 && strcmp (where, "$.actors[3].parent") != 0))
        g_test_fail_printf ("unexpected issue %s at %s", aict_issue_get_code (issue), where);
    }

  if (n == 0)
    g_test_fail_printf ("the cycle cd24-dri -> cd24-dri-eu -> cd24-dri is not reported");
}

static void
validate_no_errors (const char *path)
{
  g_autoptr(AictReport) report = validate_file (path);
  GListModel *model = G_LIST_MODEL (report);

  check_well_formed (report);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AictIssue) issue = g_list_model_get_item (model, i);

      if (aict_issue_get_severity (issue) == AICT_SEVERITY_ERROR)
        g_test_fail_printf ("%s: %s at %s: %s", path, aict_issue_get_code (issue),
                            aict_issue_get_path (issue), aict_issue_get_message (issue));
    }
  g_assert_cmpuint (aict_report_get_n_errors (report), ==, 0);
  g_assert_true (aict_report_is_valid (report));
}

static void
test_validate_valid_fixtures (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autofree char *meeting = g_test_build_filename (G_TEST_DIST, "..", "data", "meeting-2016.json", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n = 0;

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      {
        g_autofree char *path = g_build_filename (dir_path, name, NULL);

        validate_no_errors (path);
        n++;
      }

  validate_no_errors (meeting);
  g_test_message ("%u valid fixtures and meeting-2016.json: no errors", n);
  g_assert_cmpuint (n, >=, 16);
}

/* The codes and paths do not depend on the locale; the messages are
 * translated, and valid UTF-8 in French too. */
static void
test_validate_messages_french (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *path = invalid_fixture ("many-faults.json");
  g_autoptr(AictReport) english = NULL;
  g_autoptr(AictReport) french = NULL;
  guint n, n_translated = 0;

  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  english = validate_file (path);

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      setlocale (LC_ALL, saved);
      g_test_skip ("fr_FR.UTF-8 is not installed (install the locales package)");
      return;
    }
  french = validate_file (path);
  setlocale (LC_ALL, saved);

  check_well_formed (french);
  n = g_list_model_get_n_items (G_LIST_MODEL (english));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (french)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictIssue) en = g_list_model_get_item (G_LIST_MODEL (english), i);
      g_autoptr(AictIssue) fr = g_list_model_get_item (G_LIST_MODEL (french), i);

      g_assert_cmpint (aict_issue_get_severity (en), ==, aict_issue_get_severity (fr));
      g_assert_cmpstr (aict_issue_get_code (en), ==, aict_issue_get_code (fr));
      g_assert_cmpstr (aict_issue_get_path (en), ==, aict_issue_get_path (fr));
      g_assert_cmpstr (aict_issue_get_object_id (en), ==, aict_issue_get_object_id (fr));
      if (strcmp (aict_issue_get_message (en), aict_issue_get_message (fr)) != 0)
        n_translated++;
    }

  g_test_message ("%u of %u messages translated", n_translated, n);
  if (n_translated == 0)
    {
      if (g_getenv ("AICT_LOCALEDIR") != NULL)
        g_test_fail_printf ("no message is translated (catalogue in %s)", g_getenv ("AICT_LOCALEDIR"));
      else
        g_test_skip ("no French catalogue (set AICT_LOCALEDIR)");
    }
}

typedef struct
{
  guint n_signals;
  guint position;
  guint added;
  guint n_errors_notify;
  guint n_warnings_notify;
} ReportSignals;

static void
report_items_changed_cb (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         gpointer    user_data)
{
  ReportSignals *signals = user_data;

  g_assert_cmpuint (removed, ==, 0);
  signals->n_signals++;
  signals->position = position;
  signals->added = added;
}

static void
report_notify_cb (GObject    *object,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  ReportSignals *signals = user_data;

  if (strcmp (pspec->name, "n-errors") == 0)
    signals->n_errors_notify++;
  else if (strcmp (pspec->name, "n-warnings") == 0)
    signals->n_warnings_notify++;
}

static void
test_validate_report_model (void)
{
  g_autofree char *path = invalid_fixture ("many-faults.json");
  AictReport *report = validate_file (path);
  GListModel *model = G_LIST_MODEL (report);
  GListModel *issues = aict_report_get_issues (report);
  guint n = g_list_model_get_n_items (model);
  AictIssue *found;
  guint n_errors = 0;

  g_assert_true (G_IS_LIST_MODEL (report));
  g_assert_true (g_list_model_get_item_type (model) == AICT_TYPE_ISSUE);
  g_assert_true (G_IS_LIST_STORE (issues));
  g_assert_true (g_list_model_get_item_type (issues) == AICT_TYPE_ISSUE);
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, n);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (many_faults));
  g_assert_null (g_list_model_get_item (model, n));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictIssue) a = g_list_model_get_item (model, i);
      g_autoptr(AictIssue) b = g_list_model_get_item (issues, i);

      g_assert_true (a == b);
      if (aict_issue_get_severity (a) == AICT_SEVERITY_ERROR)
        n_errors++;
    }
  g_assert_cmpuint (aict_report_get_n_errors (report), ==, n_errors);
  g_assert_cmpuint (aict_report_get_n_warnings (report), ==, n - n_errors);
  g_assert_false (aict_report_is_valid (report));

  /* The properties say the same. */
  {
    guint prop_errors = 0, prop_warnings = 0;

    g_object_get (report, "n-errors", &prop_errors, "n-warnings", &prop_warnings, NULL);
    g_assert_cmpuint (prop_errors, ==, aict_report_get_n_errors (report));
    g_assert_cmpuint (prop_warnings, ==, aict_report_get_n_warnings (report));
  }

  /* find: the first with the code, or with the code and the path. */
  found = aict_report_find (report, "reference-unresolved", NULL);
  g_assert_nonnull (found);
  g_assert_cmpstr (aict_issue_get_path (found), ==, "$.actors[0].sources[0].source");
  found = aict_report_find (report, "reference-unresolved", "$.meetings[0].organisers[0]");
  g_assert_nonnull (found);
  g_assert_cmpstr (aict_issue_get_object_id (found), ==, "m1");
  g_assert_cmpint (aict_issue_get_severity (found), ==, AICT_SEVERITY_ERROR);
  g_assert_true (g_utf8_validate (aict_issue_get_message (found), -1, NULL));
  g_assert_nonnull (strstr (aict_issue_get_message (found), "nobody"));
  /* A borrowed pointer, owned by the report. */
  g_assert_cmpint (G_OBJECT (found)->ref_count, >=, 1);
  g_assert_null (aict_report_find (report, "reference-unresolved", "$.nowhere"));
  g_assert_null (aict_report_find (report, "no-such-code", NULL));
  g_assert_null (aict_report_find (report, "", NULL));
  g_assert_nonnull (aict_report_find (report, "theme-unknown", "$.meetings[0].outcomes[0].themes[0]"));

  g_assert_finalize_object (report);
}

static void
test_validate_report_add (void)
{
  AictReport *report = aict_report_new ();
  ReportSignals signals = { 0 };
  AictIssue *issue;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 0);
  g_assert_true (aict_report_is_valid (report));
  g_assert_null (aict_report_find (report, "x", NULL));

  g_signal_connect (report, "items-changed", G_CALLBACK (report_items_changed_cb), &signals);
  g_signal_connect (report, "notify", G_CALLBACK (report_notify_cb), &signals);

  issue = aict_issue_new (AICT_SEVERITY_WARNING, "w-code", "$.a", "a", "first");
  aict_report_add (report, issue);
  g_object_unref (issue);
  g_assert_cmpuint (signals.n_signals, ==, 1);
  g_assert_cmpuint (signals.position, ==, 0);
  g_assert_cmpuint (signals.added, ==, 1);
  g_assert_cmpuint (signals.n_warnings_notify, ==, 1);
  g_assert_cmpuint (signals.n_errors_notify, ==, 0);
  g_assert_true (aict_report_is_valid (report));

  issue = aict_issue_new (AICT_SEVERITY_ERROR, "e-code", "$.b", NULL, "second");
  aict_report_add (report, issue);
  g_object_unref (issue);
  g_assert_cmpuint (signals.n_signals, ==, 2);
  g_assert_cmpuint (signals.position, ==, 1);
  g_assert_cmpuint (signals.n_errors_notify, ==, 1);
  g_assert_false (aict_report_is_valid (report));

  issue = aict_issue_new (AICT_SEVERITY_INFO, "i-code", "$", NULL, "third");
  aict_report_add (report, issue);
  g_object_unref (issue);
  g_assert_cmpuint (signals.n_signals, ==, 3);
  g_assert_cmpuint (aict_report_get_n_errors (report), ==, 1);
  g_assert_cmpuint (aict_report_get_n_warnings (report), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 3);

  g_assert_cmpstr (aict_issue_get_message (aict_report_find (report, "e-code", "$.b")), ==, "second");
  g_assert_null (aict_issue_get_object_id (aict_report_find (report, "e-code", NULL)));

  g_signal_handlers_disconnect_by_data (report, &signals);
  g_assert_finalize_object (report);
}

/* The validator judges "past" against the date it is given, at the
 * precision of the end date. */
static void
test_validate_today (void)
{
  static const struct
  {
    AictPartnershipStatus status;
    int year, month, day;
    gboolean past;
  } cases[] = {
    { AICT_PARTNERSHIP_STATUS_ACTIVE, 2026, 11, 25, TRUE },
    { AICT_PARTNERSHIP_STATUS_ACTIVE, 2026, 11, 26, FALSE },
    { AICT_PARTNERSHIP_STATUS_ACTIVE, 2026, 11, 0, FALSE },
    { AICT_PARTNERSHIP_STATUS_ACTIVE, 2026, 10, 0, TRUE },
    { AICT_PARTNERSHIP_STATUS_ACTIVE, 2026, 0, 0, FALSE },
    { AICT_PARTNERSHIP_STATUS_ACTIVE, 2025, 0, 0, TRUE },
    { AICT_PARTNERSHIP_STATUS_ACTIVE, 2027, 0, 0, FALSE },
    { AICT_PARTNERSHIP_STATUS_SLOWED, 2026, 11, 25, TRUE },
    { AICT_PARTNERSHIP_STATUS_SLOWED, 2026, 12, 1, FALSE },
    { AICT_PARTNERSHIP_STATUS_PLANNED, 2020, 0, 0, FALSE },
    { AICT_PARTNERSHIP_STATUS_DORMANT, 2020, 0, 0, FALSE },
    { AICT_PARTNERSHIP_STATUS_SUSPENDED, 2020, 0, 0, FALSE },
    { AICT_PARTNERSHIP_STATUS_ENDED, 2020, 0, 0, FALSE },
  };
  GDate today;

  set_today (&today);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AictDataset) dataset = aict_dataset_new ();
      g_autoptr(AictActor) cd24 = aict_actor_new ("cd24", "Dordogne", AICT_ACTOR_KIND_DEPARTEMENT);
      g_autoptr(AictActor) larache = aict_actor_new ("larache", "Larache", AICT_ACTOR_KIND_FOREIGN_AUTHORITY);
      g_autoptr(AictPartnership) partnership = aict_partnership_new ("p", "Coopération", cases[i].status);
      g_autoptr(AictParticipant) lead = aict_participant_new ("cd24", AICT_PARTICIPANT_ROLE_LEAD);
      g_autoptr(AictParticipant) partner = aict_participant_new ("larache", AICT_PARTICIPANT_ROLE_PARTNER);
      g_autoptr(AictPartialDate) end = aict_partial_date_new (cases[i].year, cases[i].month, cases[i].day);
      g_autoptr(AictReport) report = NULL;

      aict_actor_set_country (cd24, "FR");
      aict_actor_set_country (larache, "MA");
      aict_partnership_add_participant (partnership, lead);
      aict_partnership_add_participant (partnership, partner);
      aict_partnership_set_end (partnership, end);
      g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (cd24), NULL));
      g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (larache), NULL));
      g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (partnership), NULL));

      report = aict_dataset_validate_at (dataset, &today);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, cases[i].past ? 1 : 0);
      if (cases[i].past)
        {
          AictIssue *issue = aict_report_find (report, "status-active-past-end", "$.partnerships[0].status");

          g_assert_nonnull (issue);
          g_assert_cmpint (aict_issue_get_severity (issue), ==, AICT_SEVERITY_WARNING);
          g_assert_cmpstr (aict_issue_get_object_id (issue), ==, "p");
        }
    }
}

/* Dates are compared at their own precision: 2016 neither before nor
 * after 2016-05; 10:00–10:00 is no inversion; a meeting over several days
 * may end earlier in the day than it started. */
static void
test_validate_date_precision (void)
{
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(AictReport) report = NULL;
  GDate today;

  set_today (&today);
  dataset = aict_dataset_new_from_data_full (
    "{\"format\": \"aict/1\","
    " \"actors\": [{\"id\": \"fr\", \"name\": \"F\", \"kind\": \"region\", \"country\": \"FR\"},"
    "              {\"id\": \"ma\", \"name\": \"M\", \"kind\": \"foreign-authority\", \"country\": \"MA\"}],"
    " \"partnerships\": [{\"id\": \"p\", \"title\": \"T\", \"status\": \"ended\", \"start\": \"2016-05\","
    "   \"end\": \"2016\", \"participants\": [{\"actor\": \"fr\", \"role\": \"lead\"}, {\"actor\": \"ma\", \"role\": \"partner\"}]}],"
    " \"budgets\": [{\"id\": \"b\", \"actor\": \"fr\", \"kind\": \"spent\", \"start\": \"2016-05-31\", \"end\": \"2016-05\","
    "   \"amount\": {\"currency\": \"EUR\", \"min\": 10, \"max\": 10},"
    "   \"funders\": [{\"actor\": \"fr\", \"share\": 99.99}, {\"actor\": \"ma\", \"share\": 0.01}]}],"
    " \"meetings\": [{\"id\": \"m1\", \"title\": \"T\", \"date\": \"2016-09\", \"end_date\": \"2016-09-01\"},"
    "   {\"id\": \"m2\", \"title\": \"T\", \"date\": \"2016-09-20\", \"start_time\": \"10:00\", \"end_time\": \"10:00\"},"
    "   {\"id\": \"m3\", \"title\": \"T\", \"date\": \"2016-09-20\", \"end_date\": \"2016-09-21\","
    "   \"start_time\": \"14:00\", \"end_time\": \"09:00\"}]}",
    -1, NULL, NULL);
  g_assert_nonnull (dataset);

  report = aict_dataset_validate_at (dataset, &today);
  check_exact_issues (report, NULL, 0);
}

typedef struct
{
  const char *file;
  int error_code;
  const char *path;     /* of the first error issue */
} StrictCase;

static void
test_validate_load_option (void)
{
  static const StrictCase cases[] = {
    { "reference-unresolved.json", AICT_ERROR_REFERENCE, "$.actors[2].parent" },
    { "reference-unresolved-outcome-partnerships.json", AICT_ERROR_REFERENCE,
      "$.meetings[0].outcomes[0].partnerships[0]" },
    { "reference-wrong-kind.json", AICT_ERROR_REFERENCE, "$.partnerships[0].participants[2].actor" },
    { "reference-cycle.json", AICT_ERROR_REFERENCE, "$.actors[2].parent" },
    { "duplicate-id.json", AICT_ERROR_DUPLICATE_ID, "$.actors[2].id" },
    { "duplicate-id-nested.json", AICT_ERROR_DUPLICATE_ID, "$.meetings[0].agenda[0].id" },
    { "required-missing.json", AICT_ERROR_SCHEMA, "$.actors[0]" },
    { "country-unknown.json", AICT_ERROR_SCHEMA, "$.actors[2].country" },
    { "currency-unknown.json", AICT_ERROR_SCHEMA, "$.budgets[0].amount.currency" },
    { "amount-negative.json", AICT_ERROR_SCHEMA, "$.budgets[0].amount" },
    { "range-inverted.json", AICT_ERROR_SCHEMA, "$.budgets[0].amount.max" },
    { "shares-sum.json", AICT_ERROR_SCHEMA, "$.budgets[0].funders" },
    { "date-order.json", AICT_ERROR_SCHEMA, "$.partnerships[0].end" },
    { "action-without-owner.json", AICT_ERROR_SCHEMA, "$.meetings[0].outcomes[0]" },
    { "budget-empty.json", AICT_ERROR_SCHEMA, "$.budgets[0]" },
    /* the first error, not the first issue (a warning comes before it) */
    { "many-faults.json", AICT_ERROR_REFERENCE, "$.actors[0].sources[0].source" },
  };
  static const char * const warnings_only[] = {
    "theme-unknown.json", "status-ended-without-end.json", "partnership-no-french-side.json",
    "subdivision-country-mismatch.json", "status-active-past-end.json",
  };
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();

  g_assert_false (aict_load_options_get_validate (options));
  aict_load_options_set_validate (options, TRUE);
  g_assert_true (aict_load_options_get_validate (options));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = invalid_fixture (cases[i].file);
      g_autofree char *display = g_filename_display_name (path);
      g_autofree char *prefix = g_strdup_printf ("%s: %s: ", display, cases[i].path);
      g_autoptr(AictReport) report = validate_file (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(AictDataset) strict = aict_dataset_new_from_file_full (path, options, &error);
      g_autoptr(AictDataset) lenient = NULL;
      AictIssue *issue = NULL;
      GListModel *model = G_LIST_MODEL (report);

      g_assert_null (strict);
      g_assert_error (error, AICT_ERROR, cases[i].error_code);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      if (!g_str_has_prefix (error->message, prefix))
        g_error ("%s: expected the message to start with “%s”, got “%s”", cases[i].file, prefix,
                 error->message);

      /* The message is the first error issue's. */
      for (guint j = 0; j < g_list_model_get_n_items (model) && issue == NULL; j++)
        {
          g_autoptr(AictIssue) candidate = g_list_model_get_item (model, j);

          if (aict_issue_get_severity (candidate) == AICT_SEVERITY_ERROR)
            issue = candidate;
        }
      g_assert_nonnull (issue);
      g_assert_cmpstr (aict_issue_get_path (issue), ==, cases[i].path);
      g_assert_cmpstr (error->message + strlen (prefix), ==, aict_issue_get_message (issue));

      /* Without the option the same file loads. */
      lenient = aict_dataset_new_from_file (path, NULL);
      g_assert_nonnull (lenient);
    }

  /* Warnings do not fail a load. */
  for (guint i = 0; i < G_N_ELEMENTS (warnings_only); i++)
    {
      g_autofree char *path = invalid_fixture (warnings_only[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(AictDataset) dataset = aict_dataset_new_from_file_full (path, options, &error);

      g_assert_no_error (error);
      g_assert_nonnull (dataset);
    }

  /* From memory the name is <data>. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(AictDataset) dataset = aict_dataset_new_from_data_full (
      "{\"format\": \"aict/1\", \"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"service\","
      " \"parent\": \"b\"}]}", -1, options, &error);

    g_assert_null (dataset);
    g_assert_error (error, AICT_ERROR, AICT_ERROR_REFERENCE);
    g_assert_true (g_str_has_prefix (error->message, "<data>: $.actors[0].parent: "));
  }

  /* A syntax or schema error still comes first, as usual. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(AictDataset) dataset = aict_dataset_new_from_data_full ("{\"format\": \"aict/1\", \"x\": 1}",
                                                                 -1, options, &error);

    g_assert_null (dataset);
    g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
    g_assert_true (g_str_has_prefix (error->message, "<data>:1:22: $.x: "));
  }

  /* Every valid fixture passes a strict load. */
  {
    static const char * const valid[] = { "worked-example.json", "meeting-full.json", "budgets.json",
                                          "nulls.json", "partnership-full.json" };

    for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
      {
        g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", valid[i], NULL);
        g_autoptr(GError) error = NULL;
        g_autoptr(AictDataset) dataset = aict_dataset_new_from_file_full (path, options, &error);

        g_assert_no_error (error);
        g_assert_nonnull (dataset);
      }
  }
}

static void
test_validate_precondition (void)
{
  g_autoptr(AictReport) report = aict_report_new ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_REPORT*");
  g_assert_null (aict_report_find (NULL, "x", NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_REPORT*");
  g_assert_cmpuint (aict_report_get_n_errors (NULL), ==, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_REPORT*");
  g_assert_null (aict_report_get_issues (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*code != NULL*");
  g_assert_null (aict_report_find (report, NULL, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_ISSUE*");
  aict_report_add (report, NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 0);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_ISSUE*");
  g_assert_null (aict_issue_get_code (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*message != NULL*");
  g_assert_null (aict_issue_new (AICT_SEVERITY_ERROR, "c", "$", NULL, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*AICT_IS_DATASET*");
  g_assert_null (aict_dataset_validate_at (NULL, NULL));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char **args = g_new0 (char *, argc + 2);
  char **args_p = args;
  int n_args = argc + 1;

  /* --keep-going: a failed test (a known library bug, reported with
   * g_test_fail()) must not hide the results of the tests after it. */
  memcpy (args, argv, sizeof (char *) * argc);
  args[argc] = (char *) "--keep-going";
  setlocale (LC_ALL, "");
  g_test_init (&n_args, &args_p, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/aict/validate/%s/%s", fixtures[i].rule, fixtures[i].variant);

      g_test_add_data_func (path, &fixtures[i], test_validate_fixture);
    }

  g_test_add_func ("/aict/validate/reference-cycle/two-actors", test_validate_reference_cycle_indirect);
  g_test_add_func ("/aict/validate/many-faults", test_validate_many_faults);
  g_test_add_func ("/aict/validate/coverage", test_validate_coverage);
  g_test_add_func ("/aict/validate/valid-fixtures", test_validate_valid_fixtures);
  g_test_add_func ("/aict/validate/today", test_validate_today);
  g_test_add_func ("/aict/validate/date-precision", test_validate_date_precision);
  g_test_add_func ("/aict/validate/messages-french", test_validate_messages_french);
  g_test_add_func ("/aict/validate/report/model", test_validate_report_model);
  g_test_add_func ("/aict/validate/report/add", test_validate_report_add);
  g_test_add_func ("/aict/validate/load-option", test_validate_load_option);
  g_test_add_func ("/aict/validate/precondition", test_validate_precondition);

  return g_test_run ();
}
