/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Threads: the contract of doc/threading.md under load (doc/reliability.md
 * B6.21).
 *
 * - /aict/threads/datasets: N_THREADS threads load, validate, query,
 *   iterate, edit, serialise and save datasets of their OWN, and every
 *   result must equal the one computed beforehand by a single thread
 *   (bytes, issue counts and codes, error messages, a digest of every
 *   getter).  `-m slow` runs the 10^4 operations per thread of the issue;
 *   the default is smaller so that `meson test` stays fast.
 *   AICT_THREADS_OPS=N overrides both (run-tsan.sh uses it).
 * - /aict/threads/save-same-path: separate datasets saved to ONE path from
 *   every thread: each read must see a whole file, never a mix, and no
 *   temporary file may be left.
 * - /aict/threads/shared-values: the immutable value types and records,
 *   built once, read from every thread, copied and freed concurrently, and
 *   copies handed over to another thread to be freed there.
 * - /aict/threads/first-use/codelists and /aict/threads/first-use/load: in
 *   a fresh process (g_test_trap_subprocess), so that the codelists, the
 *   message catalogue, the error domain and the GTypes are really loaded
 *   lazily by 8 threads released at once.
 * - /aict/threads/tsan-canary: a deliberate race, skipped unless
 *   AICT_TSAN_CANARY is set; scripts/run-tsan.sh checks that ThreadSanitizer
 *   reports it.
 *
 * Files that the threads load are private copies of the fixtures, made
 * once: the reference cannot change under the test.  Under run-tsan.sh,
 * GLib's locks are annotated for TSan; this is why the shared-values test
 * hands copies over with a GMutex and a GQueue, not a GAsyncQueue (whose
 * lock is internal to libglib). */

#include <string.h>

#include <glib/gstdio.h>
#include <aict/aict.h>

#define N_THREADS   8
#define OPS_DEFAULT 1000     /* per thread, in `meson test` */
#define OPS_SLOW    10000    /* per thread, with -m slow: the issue's figure */
#define SAVE_EVERY  4        /* one round in SAVE_EVERY also saves to a file */

/* ------------------------------------------------------------------------ */
/* Fixtures and their single-threaded reference                             */
/* ------------------------------------------------------------------------ */

typedef struct
{
  char     *name;
  char     *path;             /* a private copy of the input, see get_fixtures () */
  GBytes   *input;

  /* The reference, computed by one thread before any other starts. */
  gboolean  loads;
  char     *error_message;    /* when !loads */
  gint      error_code;
  GBytes   *output;           /* aict_dataset_to_bytes () */
  guint     n_errors;
  guint     n_warnings;
  guint     n_issues;
  char     *issues_digest;    /* severity, code, path and message of each issue */
  char     *walk_digest;      /* every getter of every object, see walk () */
  guint     n_lookups;        /* lookups made while walking */
  guint     n_self;           /* ... that gave the object itself */
} Fixture;

/* Valid files first, then files with validation issues, then files that
 * do not load (to compare translated error messages). */
static const char * const extra_fixtures[] = {
  "invalid/many-faults.json",
  "invalid/duplicate-id.json",
  "invalid/reference-cycle.json",
  "invalid/status-active-past-end.json",
  "bad/syntax-duplicate-member.json",
  "bad/amount-2-pow-63.json",
  "bad/enum-unknown-nick.json",
  "bad/date-february-30.json",
};

static GPtrArray *fixtures;   /* of Fixture *, built once per process */
static char *fixtures_dir;    /* private copies of their inputs */

static GDate *
fixed_today (void)
{
  /* Validation depends on "today": fix it so that every run compares the
   * same thing. */
  return g_date_new_dmy (1, G_DATE_JUNE, 2024);
}

static void
digest_str (GChecksum  *sum,
            const char *tag,
            const char *value)
{
  g_checksum_update (sum, (const guchar *) tag, -1);
  g_checksum_update (sum, (const guchar *) "=", 1);
  if (value != NULL)
    g_checksum_update (sum, (const guchar *) value, -1);
  else
    g_checksum_update (sum, (const guchar *) "\1(null)", -1);
  g_checksum_update (sum, (const guchar *) "\n", 1);
}

static void
digest_int (GChecksum  *sum,
            const char *tag,
            gint64      value)
{
  char buf[32];

  g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, value);
  digest_str (sum, tag, buf);
}

static void
digest_strv (GChecksum          *sum,
             const char         *tag,
             const char * const *strv)
{
  digest_int (sum, tag, strv != NULL ? (gint64) g_strv_length ((char **) strv) : -1);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    digest_str (sum, tag, strv[i]);
}

static void
digest_date (GChecksum             *sum,
             const char            *tag,
             const AictPartialDate *date)
{
  g_autofree char *text = NULL;

  if (date == NULL)
    {
      digest_str (sum, tag, NULL);
      return;
    }

  text = aict_partial_date_to_string (date);
  digest_str (sum, tag, text);
  digest_int (sum, "precision", aict_partial_date_get_precision (date));
  digest_int (sum, "hash", aict_partial_date_hash (date));
}

static void
digest_amount (GChecksum        *sum,
               const char       *tag,
               const AictAmount *amount)
{
  g_autofree char *text = NULL;
  const char *currency;

  if (amount == NULL)
    {
      digest_str (sum, tag, NULL);
      return;
    }

  text = aict_amount_to_string (amount);
  currency = aict_amount_get_currency (amount);
  digest_str (sum, tag, text);
  digest_int (sum, "min", aict_amount_get_min (amount));
  digest_int (sum, "max", aict_amount_get_max (amount));
  /* The shared codelists, read from every thread. */
  digest_int (sum, "decimals", aict_currency_get_decimals (currency));
  digest_str (sum, "currency-fr", aict_currency_get_name (currency, "fr"));
  digest_str (sum, "currency-en", aict_currency_get_name (currency, "en"));
}

static void
digest_country (GChecksum  *sum,
                const char *country)
{
  digest_str (sum, "country", country);
  if (country != NULL)
    {
      digest_int (sum, "country-valid", aict_country_is_valid (country));
      digest_str (sum, "country-fr", aict_country_get_name (country, "fr"));
      digest_str (sum, "country-de", aict_country_get_name (country, "de"));
    }
}

static void
digest_subdivision (GChecksum  *sum,
                    const char *subdivision)
{
  digest_str (sum, "subdivision", subdivision);
  if (subdivision != NULL)
    {
      digest_int (sum, "subdivision-valid", aict_subdivision_is_valid (subdivision));
      digest_str (sum, "subdivision-fr", aict_subdivision_get_name (subdivision, "fr"));
      digest_str (sum, "subdivision-country", aict_subdivision_get_country_code (subdivision));
    }
}

static void
digest_themes (GChecksum          *sum,
               const char * const *themes)
{
  digest_strv (sum, "themes", themes);
  for (guint i = 0; themes != NULL && themes[i] != NULL; i++)
    {
      digest_str (sum, "theme-fr", aict_theme_get_label (themes[i], "fr"));
      digest_str (sum, "theme-en", aict_theme_get_label (themes[i], "en"));
      digest_str (sum, "theme-dac", aict_theme_get_dac_code (themes[i]));
    }
}

/* A lookup gives back the object itself, except in files with duplicate
 * ids (invalid/duplicate-id.json), where it gives the first one: record
 * which, so that every thread must find the same. */
typedef struct
{
  guint n_lookups;
  guint n_self;      /* lookups that gave the object itself */
} WalkCounts;

static void
check_lookup (GChecksum  *sum,
              WalkCounts *wc,
              gpointer    found,
              gpointer    entity)
{
  wc->n_lookups++;
  wc->n_self += (found == entity);
  digest_int (sum, "lookup-is-self", found == entity);
}

static void
digest_entity (GChecksum   *sum,
               AictDataset *dataset,
               AictEntity  *entity,
               WalkCounts  *wc)
{
  const char *id = aict_entity_get_id (entity);

  digest_str (sum, "type", G_OBJECT_TYPE_NAME (entity));
  digest_str (sum, "id", id);
  digest_str (sum, "notes", aict_entity_get_notes (entity));
  for (guint i = 0; i < aict_entity_get_n_source_refs (entity); i++)
    {
      const AictSourceRef *ref = aict_entity_get_source_ref (entity, i);

      digest_str (sum, "source", aict_source_ref_get_source (ref));
      digest_str (sum, "locator", aict_source_ref_get_locator (ref));
    }

  /* Queries: the index must give back this very object. */
  if (id != NULL)
    {
      check_lookup (sum, wc, aict_dataset_lookup (dataset, id), entity);
    }
}

static void
digest_agenda_item (GChecksum      *sum,
                    AictAgendaItem *item)
{
  digest_str (sum, "label", aict_agenda_item_get_label (item));
  digest_str (sum, "title", aict_agenda_item_get_title (item));
  digest_str (sum, "parent", aict_agenda_item_get_parent_id (item));
}

static void
digest_contribution (GChecksum        *sum,
                     AictContribution *contribution)
{
  digest_str (sum, "person", aict_contribution_get_person_id (contribution));
  digest_str (sum, "actor", aict_contribution_get_actor_id (contribution));
  digest_str (sum, "agenda-item", aict_contribution_get_agenda_item_id (contribution));
  digest_str (sum, "summary", aict_contribution_get_summary (contribution));
  digest_themes (sum, aict_contribution_get_themes (contribution));
}

static void
digest_outcome (GChecksum   *sum,
                AictOutcome *outcome)
{
  digest_int (sum, "kind", aict_outcome_get_kind (outcome));
  digest_str (sum, "kind-fr", aict_outcome_kind_get_label (aict_outcome_get_kind (outcome), "fr"));
  digest_str (sum, "text", aict_outcome_get_text (outcome));
  digest_str (sum, "agenda-item", aict_outcome_get_agenda_item_id (outcome));
  digest_str (sum, "owner", aict_outcome_get_owner_id (outcome));
  digest_date (sum, "due", aict_outcome_get_due (outcome));
  digest_int (sum, "status", aict_outcome_get_status (outcome));
  digest_str (sum, "status-en", aict_outcome_status_get_label (aict_outcome_get_status (outcome), "en"));
  digest_strv (sum, "actors", aict_outcome_get_actor_ids (outcome));
  digest_strv (sum, "partnerships", aict_outcome_get_partnership_ids (outcome));
  digest_themes (sum, aict_outcome_get_themes (outcome));
  digest_str (sum, "meeting", aict_outcome_get_meeting_id (outcome));
}

/* Walks a nested list of a meeting; checks the meeting's own lookup too. */
static void
digest_nested (GChecksum   *sum,
               AictDataset *dataset,
               AictMeeting *meeting,
               GListModel  *model,
               WalkCounts  *wc)
{
  guint n = g_list_model_get_n_items (model);

  digest_int (sum, "n", n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      const char *id;

      digest_entity (sum, dataset, AICT_ENTITY (item), wc);
      id = aict_entity_get_id (AICT_ENTITY (item));

      if (AICT_IS_AGENDA_ITEM (item))
        {
          digest_agenda_item (sum, AICT_AGENDA_ITEM (item));
          check_lookup (sum, wc, aict_meeting_lookup_agenda_item (meeting, id), item);
        }
      else if (AICT_IS_CONTRIBUTION (item))
        {
          digest_contribution (sum, AICT_CONTRIBUTION (item));
          check_lookup (sum, wc, aict_meeting_lookup_contribution (meeting, id), item);
        }
      else if (AICT_IS_OUTCOME (item))
        {
          digest_outcome (sum, AICT_OUTCOME (item));
          check_lookup (sum, wc, aict_meeting_lookup_outcome (meeting, id), item);
          check_lookup (sum, wc, aict_dataset_lookup_outcome (dataset, id), item);
        }
      else
        g_assert_not_reached ();
    }
}

static void
digest_actor (GChecksum   *sum,
              AictDataset *dataset,
              AictActor   *actor,
              WalkCounts  *wc)
{
  check_lookup (sum, wc, aict_dataset_lookup_actor (dataset, aict_entity_get_id (AICT_ENTITY (actor))), actor);
  digest_str (sum, "name", aict_actor_get_name (actor));
  digest_str (sum, "short-name", aict_actor_get_short_name (actor));
  digest_int (sum, "kind", aict_actor_get_kind (actor));
  digest_str (sum, "kind-fr", aict_actor_kind_get_label (aict_actor_get_kind (actor), "fr"));
  digest_str (sum, "kind-en", aict_actor_kind_get_label (aict_actor_get_kind (actor), "en"));
  digest_country (sum, aict_actor_get_country (actor));
  digest_subdivision (sum, aict_actor_get_subdivision (actor));
  digest_str (sum, "parent", aict_actor_get_parent_id (actor));
  digest_str (sum, "address", aict_actor_get_address (actor));
  digest_str (sum, "website", aict_actor_get_website (actor));
  digest_str (sum, "email", aict_actor_get_email (actor));
  digest_str (sum, "phone", aict_actor_get_phone (actor));
  for (guint i = 0; i < aict_actor_get_n_identifiers (actor); i++)
    {
      const AictIdentifier *identifier = aict_actor_get_identifier (actor, i);

      digest_str (sum, "scheme", aict_identifier_get_scheme (identifier));
      digest_str (sum, "value", aict_identifier_get_value (identifier));
    }
}

static void
digest_person (GChecksum   *sum,
               AictDataset *dataset,
               AictPerson  *person,
              WalkCounts  *wc)
{
  check_lookup (sum, wc, aict_dataset_lookup_person (dataset, aict_entity_get_id (AICT_ENTITY (person))), person);
  digest_str (sum, "name", aict_person_get_name (person));
  digest_str (sum, "given-name", aict_person_get_given_name (person));
  digest_str (sum, "family-name", aict_person_get_family_name (person));
  for (guint i = 0; i < aict_person_get_n_affiliations (person); i++)
    {
      const AictAffiliation *affiliation = aict_person_get_affiliation (person, i);

      digest_str (sum, "actor", aict_affiliation_get_actor_id (affiliation));
      digest_str (sum, "post", aict_affiliation_get_post (affiliation));
      digest_date (sum, "start", aict_affiliation_get_start (affiliation));
      digest_date (sum, "end", aict_affiliation_get_end (affiliation));
    }
}

static void
digest_partnership (GChecksum       *sum,
                    AictDataset     *dataset,
                    AictPartnership *partnership,
              WalkCounts  *wc)
{
  const char * const *countries = aict_partnership_get_countries (partnership);
  const char * const *subdivisions = aict_partnership_get_subdivisions (partnership);
  const char * const *themes = aict_partnership_get_themes (partnership);

  check_lookup (sum, wc, aict_dataset_lookup_partnership (dataset, aict_entity_get_id (AICT_ENTITY (partnership))), partnership);
  digest_str (sum, "title", aict_partnership_get_title (partnership));
  digest_int (sum, "status", aict_partnership_get_status (partnership));
  digest_str (sum, "status-fr", aict_partnership_status_get_label (aict_partnership_get_status (partnership), "fr"));
  digest_date (sum, "start", aict_partnership_get_start (partnership));
  digest_date (sum, "end", aict_partnership_get_end (partnership));
  digest_int (sum, "n-countries", countries != NULL ? g_strv_length ((char **) countries) : 0);
  for (guint i = 0; countries != NULL && countries[i] != NULL; i++)
    {
      digest_country (sum, countries[i]);
      g_assert_true (aict_partnership_has_country (partnership, countries[i]));
    }
  for (guint i = 0; subdivisions != NULL && subdivisions[i] != NULL; i++)
    digest_subdivision (sum, subdivisions[i]);
  digest_themes (sum, themes);
  for (guint i = 0; themes != NULL && themes[i] != NULL; i++)
    g_assert_true (aict_partnership_has_theme (partnership, themes[i]));
  g_assert_false (aict_partnership_has_theme (partnership, "no-such-theme"));

  for (guint i = 0; i < aict_partnership_get_n_participants (partnership); i++)
    {
      const AictParticipant *participant = aict_partnership_get_participant (partnership, i);
      AictParticipantRole role = aict_participant_get_role (participant);

      digest_str (sum, "actor", aict_participant_get_actor_id (participant));
      digest_int (sum, "role", role);
      digest_str (sum, "role-fr", aict_participant_role_get_label (role, "fr"));
      digest_str (sum, "notes", aict_participant_get_notes (participant));
    }
  for (guint i = 0; i < aict_partnership_get_n_components (partnership); i++)
    {
      const AictComponent *component = aict_partnership_get_component (partnership, i);

      digest_str (sum, "title", aict_component_get_title (component));
      digest_themes (sum, aict_component_get_themes (component));
      digest_str (sum, "notes", aict_component_get_notes (component));
    }
}

static void
digest_budget (GChecksum   *sum,
               AictDataset *dataset,
               AictBudget  *budget,
              WalkCounts  *wc)
{
  check_lookup (sum, wc, aict_dataset_lookup_budget (dataset, aict_entity_get_id (AICT_ENTITY (budget))), budget);
  digest_str (sum, "label", aict_budget_get_label (budget));
  digest_str (sum, "actor", aict_budget_get_actor_id (budget));
  digest_str (sum, "partnership", aict_budget_get_partnership_id (budget));
  digest_int (sum, "kind", aict_budget_get_kind (budget));
  digest_str (sum, "kind-fr", aict_budget_kind_get_label (aict_budget_get_kind (budget), "fr"));
  digest_date (sum, "start", aict_budget_get_start (budget));
  digest_date (sum, "end", aict_budget_get_end (budget));
  digest_amount (sum, "amount", aict_budget_get_amount (budget));
  digest_int (sum, "fte", aict_budget_get_staff_fte (budget));
  for (guint i = 0; i < aict_budget_get_n_funders (budget); i++)
    {
      const AictFunder *funder = aict_budget_get_funder (budget, i);

      digest_str (sum, "actor", aict_funder_get_actor_id (funder));
      digest_int (sum, "share", aict_funder_get_share (funder));
      digest_amount (sum, "amount", aict_funder_get_amount (funder));
    }
}

static void
digest_meeting (GChecksum   *sum,
                AictDataset *dataset,
                AictMeeting *meeting,
                WalkCounts  *wc)
{
  const AictPlace *place = aict_meeting_get_place (meeting);

  check_lookup (sum, wc, aict_dataset_lookup_meeting (dataset, aict_entity_get_id (AICT_ENTITY (meeting))), meeting);
  digest_str (sum, "title", aict_meeting_get_title (meeting));
  digest_date (sum, "date", aict_meeting_get_date (meeting));
  digest_date (sum, "end-date", aict_meeting_get_end_date (meeting));
  digest_str (sum, "start-time", aict_meeting_get_start_time (meeting));
  digest_str (sum, "end-time", aict_meeting_get_end_time (meeting));
  if (place != NULL)
    {
      digest_str (sum, "place", aict_place_get_name (place));
      digest_str (sum, "address", aict_place_get_address (place));
      digest_str (sum, "postal-code", aict_place_get_postal_code (place));
      digest_str (sum, "locality", aict_place_get_locality (place));
      digest_country (sum, aict_place_get_country (place));
    }
  digest_strv (sum, "organisers", aict_meeting_get_organisers (meeting));
  for (guint i = 0; i < aict_meeting_get_n_attendance (meeting); i++)
    {
      const AictAttendance *a = aict_meeting_get_attendance (meeting, i);

      digest_str (sum, "person", aict_attendance_get_person_id (a));
      digest_int (sum, "status", aict_attendance_get_status (a));
      digest_str (sum, "status-fr", aict_attendance_status_get_label (aict_attendance_get_status (a), "fr"));
      digest_int (sum, "role", aict_attendance_get_role (a));
      digest_str (sum, "role-en", aict_attendance_role_get_label (aict_attendance_get_role (a), "en"));
      digest_str (sum, "representing", aict_attendance_get_representing_id (a));
    }

  digest_nested (sum, dataset, meeting, aict_meeting_get_agenda (meeting), wc);
  digest_nested (sum, dataset, meeting, aict_meeting_get_contributions (meeting), wc);
  digest_nested (sum, dataset, meeting, aict_meeting_get_outcomes (meeting), wc);
}

/* The answers of the query API: each thread builds and uses its own
 * dataset's index. */
static void
digest_queries (GChecksum   *sum,
                AictDataset *dataset)
{
  g_autoptr(AictFilter) text = aict_filter_new ();
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GListModel) totals = NULL;
  g_autoptr(GListModel) overlaps = NULL;
  g_autoptr(GListModel) counts = NULL;

  aict_filter_set_text (text, "coop");
  found = aict_dataset_filter_partnerships (dataset, text, NULL);
  g_assert_nonnull (found);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(AictEntity) entity = g_list_model_get_item (found, i);

      digest_str (sum, "found", aict_entity_get_id (entity));
    }

  totals = aict_dataset_get_budget_totals (dataset, AICT_BUDGET_GROUPING_ACTOR | AICT_BUDGET_GROUPING_YEAR,
                                           NULL, NULL);
  digest_int (sum, "totals", totals != NULL);
  for (guint i = 0; totals != NULL && i < g_list_model_get_n_items (totals); i++)
    {
      g_autoptr(AictTotal) total = g_list_model_get_item (totals, i);
      gint64 basis_points = 0;

      digest_str (sum, "actor", aict_total_get_key (total, AICT_BUDGET_GROUPING_ACTOR));
      digest_str (sum, "year", aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR));
      digest_amount (sum, "sum", aict_total_get_amount (total));
      digest_int (sum, "has-percent", aict_total_get_change_percent (total, &basis_points));
      digest_int (sum, "percent", (int) basis_points);
    }

  overlaps = aict_dataset_find_overlaps (dataset, AICT_OVERLAP_KIND_ALL, NULL, NULL, NULL);
  g_assert_nonnull (overlaps);
  for (guint i = 0; i < g_list_model_get_n_items (overlaps); i++)
    {
      g_autoptr(AictOverlap) overlap = g_list_model_get_item (overlaps, i);

      digest_str (sum, "overlap", aict_overlap_get_key (overlap));
      digest_strv (sum, "with", aict_overlap_get_actor_ids (overlap));
    }

  counts = aict_dataset_count (dataset, AICT_COUNT_BY_COUNTRY, NULL, NULL);
  g_assert_nonnull (counts);
  for (guint i = 0; i < g_list_model_get_n_items (counts); i++)
    {
      g_autoptr(AictCount) count = g_list_model_get_item (counts, i);

      digest_str (sum, "country", aict_count_get_key (count));
      digest_int (sum, "n", aict_count_get_n_partnerships (count));
    }
}

/* Iterates every collection and reads every getter of every object, with
 * lookups by id along the way and the codelists and labels of every code;
 * returns a digest of all it read.  Two threads walking equal datasets
 * must get the same digest. */
static char *
walk (AictDataset *dataset,
      WalkCounts  *wc)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  GListModel *collections[] = {
    aict_dataset_get_sources (dataset),
    aict_dataset_get_actors (dataset),
    aict_dataset_get_persons (dataset),
    aict_dataset_get_partnerships (dataset),
    aict_dataset_get_budgets (dataset),
    aict_dataset_get_meetings (dataset),
  };

  wc->n_lookups = wc->n_self = 0;
  digest_str (sum, "title", aict_dataset_get_title (dataset));
  digest_str (sum, "description", aict_dataset_get_description (dataset));
  digest_str (sum, "language", aict_dataset_get_language (dataset));

  for (guint c = 0; c < G_N_ELEMENTS (collections); c++)
    {
      guint n = g_list_model_get_n_items (collections[c]);

      digest_int (sum, "collection", c);
      digest_int (sum, "n", n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AictEntity) entity = g_list_model_get_item (collections[c], i);

          digest_entity (sum, dataset, entity, wc);

          if (AICT_IS_SOURCE (entity))
            {
              AictSource *source = AICT_SOURCE (entity);

              check_lookup (sum, wc, aict_dataset_lookup_source (dataset, aict_entity_get_id (entity)), source);
              digest_str (sum, "title", aict_source_get_title (source));
              digest_date (sum, "date", aict_source_get_date (source));
              digest_str (sum, "author", aict_source_get_author (source));
              digest_str (sum, "url", aict_source_get_url (source));
            }
          else if (AICT_IS_ACTOR (entity))
            digest_actor (sum, dataset, AICT_ACTOR (entity), wc);
          else if (AICT_IS_PERSON (entity))
            digest_person (sum, dataset, AICT_PERSON (entity), wc);
          else if (AICT_IS_PARTNERSHIP (entity))
            digest_partnership (sum, dataset, AICT_PARTNERSHIP (entity), wc);
          else if (AICT_IS_BUDGET (entity))
            digest_budget (sum, dataset, AICT_BUDGET (entity), wc);
          else if (AICT_IS_MEETING (entity))
            digest_meeting (sum, dataset, AICT_MEETING (entity), wc);
          else
            g_assert_not_reached ();
        }
    }

  digest_queries (sum, dataset);

  /* Lookups that must fail. */
  g_assert_null (aict_dataset_lookup (dataset, "no-such-id"));
  g_assert_null (aict_dataset_lookup_actor (dataset, "no-such-actor"));

  return g_strdup (g_checksum_get_string (sum));
}

static char *
digest_report (AictReport *report)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  GListModel *issues = aict_report_get_issues (report);
  guint n = g_list_model_get_n_items (issues);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictIssue) issue = g_list_model_get_item (issues, i);
      AictSeverity severity = aict_issue_get_severity (issue);

      digest_int (sum, "severity", severity);
      digest_str (sum, "severity-fr", aict_severity_get_label (severity, "fr"));
      digest_str (sum, "code", aict_issue_get_code (issue));
      digest_str (sum, "path", aict_issue_get_path (issue));
      digest_str (sum, "object", aict_issue_get_object_id (issue));
      digest_str (sum, "message", aict_issue_get_message (issue));
    }

  return g_strdup (g_checksum_get_string (sum));
}

static char *make_temp_dir (void);

/* The input is read once, and the loads "from a file" read a private copy
 * of it: the data files may change under a running test (someone editing
 * data/meeting-2016.json), the reference must not. */
static Fixture *
fixture_new_from_bytes (const char *name,
                        GBytes     *input)
{
  Fixture *f = g_new0 (Fixture, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  gsize length;
  const char *data = g_bytes_get_data (input, &length);

  if (fixtures_dir == NULL)
    fixtures_dir = make_temp_dir ();

  f->name = g_strdup (name);
  f->input = g_bytes_ref (input);
  basename = g_strdelimit (g_strdup (name), "/", '-');
  f->path = g_build_filename (fixtures_dir, basename, NULL);
  g_file_set_contents (f->path, data, (gssize) length, &error);
  g_assert_no_error (error);

  return f;
}

static Fixture *
fixture_new (const char *name,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) input = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  input = g_bytes_new_take (contents, length);

  return fixture_new_from_bytes (name, input);
}

static void
fixture_free (Fixture *f)
{
  g_unlink (f->path);
  g_free (f->name);
  g_free (f->path);
  g_bytes_unref (f->input);
  g_free (f->error_message);
  g_clear_pointer (&f->output, g_bytes_unref);
  g_free (f->issues_digest);
  g_free (f->walk_digest);
  g_free (f);
}

/* The single-threaded reference of @f. */
static void
fixture_compute_reference (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(AictReport) report = NULL;
  g_autoptr(GDate) today = fixed_today ();

  dataset = aict_dataset_new_from_bytes (f->input, &error);
  if (dataset == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      f->loads = FALSE;
      f->error_code = error->code;
      f->error_message = g_strdup (error->message);
      return;
    }

  f->loads = TRUE;
  report = aict_dataset_validate_at (dataset, today);
  f->n_errors = aict_report_get_n_errors (report);
  f->n_warnings = aict_report_get_n_warnings (report);
  f->n_issues = g_list_model_get_n_items (aict_report_get_issues (report));
  f->issues_digest = digest_report (report);
    {
      WalkCounts wc;

      f->walk_digest = walk (dataset, &wc);
      f->n_lookups = wc.n_lookups;
      f->n_self = wc.n_self;
    }
  f->output = aict_dataset_to_bytes (dataset, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->output);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
get_fixtures (void)
{
  g_autofree char *valid_dir = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *name;
  char *path;

  if (fixtures != NULL)
    return fixtures;

  fixtures = g_ptr_array_new_with_free_func ((GDestroyNotify) fixture_free);

  path = g_test_build_filename (G_TEST_DIST, "..", "data", "meeting-2016.json", NULL);
  g_ptr_array_add (fixtures, fixture_new ("meeting-2016.json", path));
  g_free (path);

  valid_dir = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  dir = g_dir_open (valid_dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *n = g_ptr_array_index (names, i);

      path = g_build_filename (valid_dir, n, NULL);
      g_ptr_array_add (fixtures, fixture_new (n, path));
      g_free (path);
    }

  for (guint i = 0; i < G_N_ELEMENTS (extra_fixtures); i++)
    {
      path = g_test_build_filename (G_TEST_DIST, "data", extra_fixtures[i], NULL);
      g_ptr_array_add (fixtures, fixture_new (extra_fixtures[i], path));
      g_free (path);
    }

  for (guint i = 0; i < fixtures->len; i++)
    {
      Fixture *f = g_ptr_array_index (fixtures, i);

      fixture_compute_reference (f);
      /* The valid fixtures must be valid, or the comparison means little. */
      if (i <= names->len)
        {
          g_assert_true (f->loads);
          g_assert_cmpuint (f->n_errors, ==, 0);
          g_assert_cmpuint (f->n_self, ==, f->n_lookups);
        }
    }

  return fixtures;
}

static void
assert_bytes_equal (GBytes     *a,
                    GBytes     *b,
                    const char *what)
{
  if (!g_bytes_equal (a, b))
    {
      gsize len_a, len_b, i = 0;
      const char *data_a = g_bytes_get_data (a, &len_a);
      const char *data_b = g_bytes_get_data (b, &len_b);

      while (i < len_a && i < len_b && data_a[i] == data_b[i])
        i++;
      g_error ("%s: differs from the single-threaded reference at byte %"
               G_GSIZE_FORMAT " (lengths %" G_GSIZE_FORMAT " and %" G_GSIZE_FORMAT ")",
               what, i, len_a, len_b);
    }
}

static guint
get_n_ops (void)
{
  const char *env = g_getenv ("AICT_THREADS_OPS");
  guint64 n;

  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, G_MAXUINT, &n, NULL))
    return (guint) n;

  return g_test_slow () ? OPS_SLOW : OPS_DEFAULT;
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("aict-test-threads-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes @dir and the plain files in it; returns how many there were. */
static guint
remove_temp_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  if (handle != NULL)
    while ((name = g_dir_read_name (handle)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_assert_cmpint (g_unlink (path), ==, 0);
        n++;
      }
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  return n;
}

/* Asserts that @dir holds no temporary file of a save (".NAME.aict-tmp-…"). */
static guint
count_files (const char *dir,
             gboolean    assert_no_temporaries)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) handle = g_dir_open (dir, 0, &error);
  const char *name;
  guint n = 0;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      if (assert_no_temporaries && strstr (name, ".aict-tmp-") != NULL)
        g_error ("a temporary file was left behind: %s", name);
      n++;
    }

  return n;
}

/* ------------------------------------------------------------------------ */
/* /aict/threads/datasets                                                   */
/* ------------------------------------------------------------------------ */

typedef enum
{
  OP_LOAD,
  OP_VALIDATE,
  OP_QUERY,
  OP_EDIT,
  OP_TO_BYTES,
  OP_SAVE,
  N_OPS
} OpKind;

static const char * const op_names[N_OPS] = {
  "load", "validate", "query+iterate", "edit", "to_bytes", "save_to_file",
};

typedef struct
{
  GMutex   *lock;
  GCond    *cond;
  gboolean *go;
} StartGate;

static void
gate_wait (StartGate *gate)
{
  g_mutex_lock (gate->lock);
  while (!*gate->go)
    g_cond_wait (gate->cond, gate->lock);
  g_mutex_unlock (gate->lock);
}

static void
gate_open (StartGate *gate)
{
  g_mutex_lock (gate->lock);
  *gate->go = TRUE;
  g_cond_broadcast (gate->cond);
  g_mutex_unlock (gate->lock);
}

typedef struct
{
  guint       index;
  guint       n_ops;
  GPtrArray  *fixtures;
  const char *dir;
  StartGate  *gate;
  guint64     counts[N_OPS];
} DatasetThread;

static AictDataset *
load_one (DatasetThread *t,
          Fixture       *f,
          guint          round)
{
  g_autoptr(GError) error = NULL;
  AictDataset *dataset;
  gsize len;
  const char *data = g_bytes_get_data (f->input, &len);

  /* Every way in, in turn: each thread has its own copy of the bytes in
   * one case out of three, the shared immutable GBytes otherwise. */
  switch (round % 3)
    {
    case 0:
      dataset = aict_dataset_new_from_bytes (f->input, &error);
      break;
    case 1:
      {
        g_autofree char *copy = g_memdup2 (data, len);

        dataset = aict_dataset_new_from_data_full (copy, (gssize) len, NULL, &error);
      }
      break;
    default:
      /* The same file opened by every thread. */
      dataset = aict_dataset_new_from_file (f->path, &error);
      break;
    }
  t->counts[OP_LOAD]++;

  if (!f->loads)
    {
      g_assert_null (dataset);
      g_assert_error (error, AICT_ERROR, f->error_code);
      if (round % 3 != 2)   /* a file load names the file in the message */
        g_assert_cmpstr (error->message, ==, f->error_message);
      return NULL;
    }

  g_assert_no_error (error);
  g_assert_true (AICT_IS_DATASET (dataset));

  return dataset;
}

/* Counts an operation; TRUE when the thread has done all of its own. */
static gboolean
op_done (DatasetThread *t,
         OpKind         kind,
         guint         *ops_left)
{
  t->counts[kind]++;
  return --(*ops_left) == 0;
}

static void
op_validate (AictDataset *dataset,
             Fixture     *f)
{
  g_autoptr(GDate) today = fixed_today ();
  g_autoptr(AictReport) report = aict_dataset_validate_at (dataset, today);
  g_autofree char *digest = digest_report (report);

  g_assert_cmpuint (aict_report_get_n_errors (report), ==, f->n_errors);
  g_assert_cmpuint (aict_report_get_n_warnings (report), ==, f->n_warnings);
  g_assert_cmpuint (g_list_model_get_n_items (aict_report_get_issues (report)), ==, f->n_issues);
  g_assert_cmpstr (digest, ==, f->issues_digest);
  g_assert_cmpint (aict_report_is_valid (report), ==, f->n_errors == 0);
}

static void
op_query (AictDataset *dataset,
          Fixture     *f)
{
  WalkCounts wc;
  g_autofree char *digest = walk (dataset, &wc);

  if (g_strcmp0 (digest, f->walk_digest) != 0)
    g_error ("%s: the walk differs from the single-threaded reference", f->name);
  g_assert_cmpuint (wc.n_lookups, ==, f->n_lookups);
  g_assert_cmpuint (wc.n_self, ==, f->n_self);
}

/* Edits this thread's dataset, then undoes it: the bytes must come back. */
static void
op_edit (DatasetThread *t,
         AictDataset   *dataset,
         Fixture       *f,
         guint          round)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strdup (aict_dataset_get_title (dataset));
  g_autofree char *new_title = g_strdup_printf ("thread %u round %u", t->index, round);
  g_autofree char *actor_id = g_strdup_printf ("thread-%u-actor", t->index);
  g_autoptr(AictActor) actor = aict_actor_new (actor_id, "Acteur", AICT_ACTOR_KIND_COMMUNE);
  g_autoptr(GBytes) edited = NULL;

  aict_dataset_set_title (dataset, new_title);
  g_assert_cmpstr (aict_dataset_get_title (dataset), ==, new_title);
  aict_actor_set_country (actor, "FR");
  g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (actor), &error));
  g_assert_no_error (error);
  g_assert_true (aict_dataset_lookup_actor (dataset, actor_id) == actor);
  edited = aict_dataset_to_bytes (dataset, &error);
  g_assert_no_error (error);
  g_assert_false (g_bytes_equal (edited, f->output));
  g_assert_true (aict_dataset_remove (dataset, actor_id));
  g_assert_null (aict_dataset_lookup (dataset, actor_id));
  aict_dataset_set_title (dataset, title);
}

static void
op_to_bytes (AictDataset *dataset,
             Fixture     *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = aict_dataset_to_bytes (dataset, &error);

  g_assert_no_error (error);
  assert_bytes_equal (bytes, f->output, f->name);
}

/* Saves to this thread's own file and reads it back. */
static void
op_save (DatasetThread *t,
         AictDataset   *dataset,
         Fixture       *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_strdup_printf ("thread-%u.json", t->index);
  g_autofree char *path = g_build_filename (t->dir, basename, NULL);
  g_autoptr(GBytes) saved = NULL;
  char *contents = NULL;
  gsize length;

  g_assert_true (aict_dataset_save_to_file (dataset, path, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  saved = g_bytes_new_take (contents, length);
  assert_bytes_equal (saved, f->output, path);
}

/* One round on @f: load, validate, query, edit, serialise and (one round
 * in SAVE_EVERY) save, each an operation, until the thread has done
 * its share. */
static void
round_on (DatasetThread *t,
          Fixture       *f,
          guint          round,
          guint         *ops_left)
{
  g_autoptr(AictDataset) dataset = load_one (t, f, round);

  if (--(*ops_left) == 0 || dataset == NULL)
    return;

  op_validate (dataset, f);
  if (op_done (t, OP_VALIDATE, ops_left))
    return;

  op_query (dataset, f);
  if (op_done (t, OP_QUERY, ops_left))
    return;

  op_edit (t, dataset, f, round);
  if (op_done (t, OP_EDIT, ops_left))
    return;

  op_to_bytes (dataset, f);
  if (op_done (t, OP_TO_BYTES, ops_left))
    return;

  /* Not every round: each save fsyncs. */
  if (round % SAVE_EVERY == t->index % SAVE_EVERY)
    {
      op_save (t, dataset, f);
      op_done (t, OP_SAVE, ops_left);
    }
}

static gpointer
dataset_thread (gpointer data)
{
  DatasetThread *t = data;
  guint ops_left = t->n_ops;

  gate_wait (t->gate);

  /* Each thread starts on a different fixture, so that different files
   * are handled at the same time, and the same ones too. */
  for (guint round = 0; ops_left > 0; round++)
    {
      Fixture *f = g_ptr_array_index (t->fixtures, (t->index + round) % t->fixtures->len);

      round_on (t, f, round, &ops_left);
    }

  return NULL;
}

static void
test_datasets (void)
{
  GPtrArray *all = get_fixtures ();
  g_autofree char *dir = make_temp_dir ();
  DatasetThread threads[N_THREADS] = { 0 };
  GThread *handles[N_THREADS];
  guint64 totals[N_OPS] = { 0 };
  guint64 total = 0;
  GMutex lock;
  GCond cond;
  gboolean go = FALSE;
  StartGate gate = { &lock, &cond, &go };
  guint n_ops = get_n_ops ();
  g_autoptr(GTimer) timer = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  guint n_loading = 0;

  for (guint i = 0; i < all->len; i++)
    n_loading += ((Fixture *) g_ptr_array_index (all, i))->loads;
  g_test_message ("%u fixtures (%u load, %u fail to load as they should)",
                  all->len, n_loading, all->len - n_loading);

  g_mutex_init (&lock);
  g_cond_init (&cond);

  for (guint i = 0; i < N_THREADS; i++)
    {
      threads[i].index = i;
      threads[i].n_ops = n_ops;
      threads[i].fixtures = all;
      threads[i].dir = dir;
      threads[i].gate = &gate;
      handles[i] = g_thread_new ("dataset", dataset_thread, &threads[i]);
    }

  timer = g_timer_new ();
  gate_open (&gate);
  for (guint i = 0; i < N_THREADS; i++)
    g_thread_join (handles[i]);
  g_timer_stop (timer);

  for (guint i = 0; i < N_THREADS; i++)
    for (guint k = 0; k < N_OPS; k++)
      {
        totals[k] += threads[i].counts[k];
        total += threads[i].counts[k];
      }
  for (guint k = 0; k < N_OPS; k++)
    g_string_append_printf (summary, "%s%s %" G_GUINT64_FORMAT,
                            k > 0 ? ", " : "", op_names[k], totals[k]);
  g_test_message ("%u threads x %u operations = %" G_GUINT64_FORMAT " in %.2f s (%s)",
                  N_THREADS, n_ops, total, g_timer_elapsed (timer, NULL), summary->str);
  g_assert_cmpuint (total, ==, (guint64) N_THREADS * n_ops);

  /* Only the saved files: no temporary one left. */
  g_assert_cmpuint (count_files (dir, TRUE), <=, N_THREADS);
  remove_temp_dir (dir);

  g_mutex_clear (&lock);
  g_cond_clear (&cond);
}

/* ------------------------------------------------------------------------ */
/* /aict/threads/save-same-path                                             */
/* ------------------------------------------------------------------------ */

#define N_SAME_PATH_SAVES 12    /* per thread; each one fsyncs */

typedef struct
{
  guint        index;
  const char  *path;
  GPtrArray   *fixtures;     /* the loading ones, one per thread */
  StartGate   *gate;
} SamePathThread;

static gboolean
is_one_of (GBytes    *bytes,
           GPtrArray *candidates)
{
  for (guint i = 0; i < candidates->len; i++)
    if (g_bytes_equal (bytes, ((Fixture *) g_ptr_array_index (candidates, i))->output))
      return TRUE;

  return FALSE;
}

static gpointer
same_path_thread (gpointer data)
{
  SamePathThread *t = data;
  Fixture *f = g_ptr_array_index (t->fixtures, t->index % t->fixtures->len);
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = aict_dataset_new_from_bytes (f->input, &error);

  g_assert_no_error (error);
  gate_wait (t->gate);

  for (guint i = 0; i < N_SAME_PATH_SAVES; i++)
    {
      g_autoptr(GBytes) seen = NULL;
      char *contents = NULL;
      gsize length;

      g_assert_true (aict_dataset_save_to_file (dataset, t->path, &error));
      g_assert_no_error (error);

      /* Whoever saved last, the file is one whole dataset. */
      g_file_get_contents (t->path, &contents, &length, &error);
      g_assert_no_error (error);
      seen = g_bytes_new_take (contents, length);
      g_assert_true (is_one_of (seen, t->fixtures));
    }

  return NULL;
}

static void
test_save_same_path (void)
{
  GPtrArray *all = get_fixtures ();
  g_autoptr(GPtrArray) loading = g_ptr_array_new ();
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "shared.json", NULL);
  SamePathThread threads[N_THREADS];
  GThread *handles[N_THREADS];
  GMutex lock;
  GCond cond;
  gboolean go = FALSE;
  StartGate gate = { &lock, &cond, &go };

  /* Small files, so that the writes are short and the saves interleave. */
  for (guint i = 0; i < all->len && loading->len < N_THREADS; i++)
    {
      Fixture *f = g_ptr_array_index (all, i);

      if (f->loads && g_bytes_get_size (f->output) < 16384)
        g_ptr_array_add (loading, f);
    }
  g_assert_cmpuint (loading->len, >, 1);

  g_mutex_init (&lock);
  g_cond_init (&cond);
  for (guint i = 0; i < N_THREADS; i++)
    {
      threads[i] = (SamePathThread) { i, path, loading, &gate };
      handles[i] = g_thread_new ("same-path", same_path_thread, &threads[i]);
    }
  gate_open (&gate);
  for (guint i = 0; i < N_THREADS; i++)
    g_thread_join (handles[i]);

  /* Only shared.json: every temporary file was renamed or removed. */
  g_assert_cmpuint (count_files (dir, TRUE), ==, 1);
  g_assert_cmpuint (remove_temp_dir (dir), ==, 1);

  g_mutex_clear (&lock);
  g_cond_clear (&cond);
}

/* ------------------------------------------------------------------------ */
/* /aict/threads/shared-values                                              */
/* ------------------------------------------------------------------------ */

/* Everything here is built by the main thread before the others start and
 * only read by them. */
typedef struct
{
  AictDataset      *owner;        /* holds the records below; not touched by the threads */

  GPtrArray        *amounts;      /* of AictAmount *, owned */
  GPtrArray        *amount_text;  /* expected aict_amount_to_string () */
  GPtrArray        *dates;        /* of AictPartialDate *, owned */
  GPtrArray        *date_text;
  GPtrArray        *refs;         /* of AictSourceRef *, owned */

  /* Records of the loaded dataset, and some built here (owned). */
  GPtrArray        *participants;
  GPtrArray        *funders;
  GPtrArray        *affiliations;
  GPtrArray        *components;
  GPtrArray        *attendance;
  GPtrArray        *identifiers;
  GPtrArray        *places;
  GPtrArray        *owned_records;   /* GDestroyNotify-tagged pairs, see below */
} Shared;

/* Copies handed from one thread to the next.  A GMutex and a GQueue, not
 * a GAsyncQueue: GAsyncQueue locks inside libglib, where run-tsan.sh's
 * annotations of the GLib locks cannot see it. */
typedef struct
{
  GMutex  lock;
  GQueue  items;
} Inbox;

typedef struct
{
  guint      index;
  guint      n_rounds;
  Shared    *shared;
  StartGate *gate;
  Inbox     *inbox;     /* copies made by the previous thread, to free here */
  Inbox     *next;      /* the next thread's inbox */
  guint64    n_reads;
  guint64    n_copies;
  guint64    n_handed_over;
} SharedThread;

typedef struct
{
  GDestroyNotify free_func;
  gpointer       copy;
} Handover;

static void
handover_free (Handover *h)
{
  h->free_func (h->copy);
  g_free (h);
}

static void
hand_over (SharedThread   *t,
           gpointer        copy,
           GDestroyNotify  free_func)
{
  Handover *h = g_new (Handover, 1);

  h->free_func = free_func;
  h->copy = copy;
  g_mutex_lock (&t->next->lock);
  g_queue_push_tail (&t->next->items, h);
  g_mutex_unlock (&t->next->lock);
  t->n_handed_over++;
}

static void
drain (Inbox *inbox)
{
  GQueue items = G_QUEUE_INIT;
  Handover *h;

  g_mutex_lock (&inbox->lock);
  items = inbox->items;
  g_queue_init (&inbox->items);
  g_mutex_unlock (&inbox->lock);

  while ((h = g_queue_pop_head (&items)) != NULL)
    handover_free (h);
}

static void
read_amounts (SharedThread *t)
{
  Shared *s = t->shared;

  for (guint i = 0; i < s->amounts->len; i++)
    {
      const AictAmount *a = g_ptr_array_index (s->amounts, i);
      g_autofree char *text = aict_amount_to_string (a);
      AictAmount *copy = aict_amount_copy (a);
      AictAmount *boxed = g_boxed_copy (AICT_TYPE_AMOUNT, a);
      g_auto(GValue) value = G_VALUE_INIT;

      g_assert_cmpstr (text, ==, g_ptr_array_index (s->amount_text, i));
      g_assert_true (aict_amount_equal (copy, a));
      g_assert_true (aict_amount_equal (boxed, a));
      g_assert_cmpint (aict_amount_get_min (copy), <=, aict_amount_get_max (copy));
      g_assert_cmpint (aict_currency_get_decimals (aict_amount_get_currency (a)), >=, 0);

      /* Arithmetic on shared operands gives a new amount. */
      if (i > 0 && g_strcmp0 (aict_amount_get_currency (a),
                              aict_amount_get_currency (g_ptr_array_index (s->amounts, i - 1))) == 0)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(AictAmount) sum = aict_amount_add (a, g_ptr_array_index (s->amounts, i - 1), &error);

          g_assert_no_error (error);
          g_assert_cmpint (aict_amount_get_min (sum), ==,
                           aict_amount_get_min (a) +
                           aict_amount_get_min (g_ptr_array_index (s->amounts, i - 1)));
        }

      g_value_init (&value, AICT_TYPE_AMOUNT);
      g_value_set_boxed (&value, a);
      g_assert_true (aict_amount_equal (g_value_get_boxed (&value), a));

      aict_amount_free (boxed);
      /* Freed by the next thread, while the others copy the same one. */
      hand_over (t, copy, (GDestroyNotify) aict_amount_free);
      t->n_copies += 3;
      t->n_reads++;
    }
}

static void
read_dates (SharedThread *t)
{
  Shared *s = t->shared;

  for (guint i = 0; i < s->dates->len; i++)
    {
      const AictPartialDate *d = g_ptr_array_index (s->dates, i);
      g_autofree char *text = aict_partial_date_to_string (d);
      AictPartialDate *copy = aict_partial_date_copy (d);
      g_autoptr(GDate) first = aict_partial_date_get_first_day (d);
      g_autoptr(GDate) last = aict_partial_date_get_last_day (d);

      g_assert_cmpstr (text, ==, g_ptr_array_index (s->date_text, i));
      g_assert_true (aict_partial_date_equal (copy, d));
      g_assert_cmpuint (aict_partial_date_hash (copy), ==, aict_partial_date_hash (d));
      g_assert_cmpint (aict_partial_date_compare (copy, d), ==, 0);
      g_assert_cmpint (g_date_compare (first, last), <=, 0);
      if (i > 0)
        {
          const AictPartialDate *prev = g_ptr_array_index (s->dates, i - 1);

          g_assert_cmpint (aict_partial_date_sort_compare (d, prev), ==,
                           -aict_partial_date_sort_compare (prev, d));
          (void) aict_partial_date_overlaps (d, prev);
        }

      hand_over (t, copy, (GDestroyNotify) aict_partial_date_free);
      t->n_copies++;
      t->n_reads++;
    }
}

static void
read_refs (SharedThread *t)
{
  Shared *s = t->shared;

  for (guint i = 0; i < s->refs->len; i++)
    {
      const AictSourceRef *r = g_ptr_array_index (s->refs, i);
      AictSourceRef *copy = aict_source_ref_copy (r);
      AictSourceRef *boxed = g_boxed_copy (AICT_TYPE_SOURCE_REF, r);

      g_assert_true (aict_source_ref_equal (copy, r));
      g_assert_true (copy == r);    /* a copy is a reference */
      g_assert_cmpstr (aict_source_ref_get_source (boxed), ==, aict_source_ref_get_source (r));
      g_assert_cmpstr (aict_source_ref_get_locator (boxed), ==, aict_source_ref_get_locator (r));
      g_boxed_free (AICT_TYPE_SOURCE_REF, boxed);

      hand_over (t, copy, (GDestroyNotify) aict_source_ref_free);
      t->n_copies += 2;
      t->n_reads++;
    }
}

static void
read_records (SharedThread *t)
{
  Shared *s = t->shared;

  for (guint i = 0; i < s->participants->len; i++)
    {
      const AictParticipant *p = g_ptr_array_index (s->participants, i);
      AictParticipant *copy = aict_participant_copy (p);

      g_assert_cmpstr (aict_participant_get_actor_id (copy), ==, aict_participant_get_actor_id (p));
      g_assert_cmpint (aict_participant_get_role (copy), ==, aict_participant_get_role (p));
      g_assert_cmpstr (aict_participant_get_notes (copy), ==, aict_participant_get_notes (p));
      g_assert_nonnull (aict_participant_role_get_label (aict_participant_get_role (p), "fr"));
      hand_over (t, copy, (GDestroyNotify) aict_participant_free);
      t->n_copies++;
      t->n_reads++;
    }

  for (guint i = 0; i < s->funders->len; i++)
    {
      const AictFunder *f = g_ptr_array_index (s->funders, i);
      AictFunder *copy = aict_funder_copy (f);
      const AictAmount *amount = aict_funder_get_amount (f);

      g_assert_cmpstr (aict_funder_get_actor_id (copy), ==, aict_funder_get_actor_id (f));
      g_assert_cmpint (aict_funder_get_share (copy), ==, aict_funder_get_share (f));
      g_assert_true ((amount == NULL) == (aict_funder_get_amount (copy) == NULL));
      if (amount != NULL)
        g_assert_true (aict_amount_equal (aict_funder_get_amount (copy), amount));
      hand_over (t, copy, (GDestroyNotify) aict_funder_free);
      t->n_copies++;
      t->n_reads++;
    }

  for (guint i = 0; i < s->affiliations->len; i++)
    {
      const AictAffiliation *a = g_ptr_array_index (s->affiliations, i);
      AictAffiliation *copy = aict_affiliation_copy (a);
      const AictPartialDate *start = aict_affiliation_get_start (a);

      g_assert_cmpstr (aict_affiliation_get_actor_id (copy), ==, aict_affiliation_get_actor_id (a));
      g_assert_cmpstr (aict_affiliation_get_post (copy), ==, aict_affiliation_get_post (a));
      if (start != NULL)
        g_assert_true (aict_partial_date_equal (aict_affiliation_get_start (copy), start));
      hand_over (t, copy, (GDestroyNotify) aict_affiliation_free);
      t->n_copies++;
      t->n_reads++;
    }

  for (guint i = 0; i < s->components->len; i++)
    {
      const AictComponent *c = g_ptr_array_index (s->components, i);
      AictComponent *copy = aict_component_copy (c);
      const char * const *themes = aict_component_get_themes (c);

      g_assert_cmpstr (aict_component_get_title (copy), ==, aict_component_get_title (c));
      for (guint k = 0; themes != NULL && themes[k] != NULL; k++)
        {
          g_assert_cmpstr (aict_component_get_themes (copy)[k], ==, themes[k]);
          (void) aict_theme_get_label (themes[k], NULL);
        }
      hand_over (t, copy, (GDestroyNotify) aict_component_free);
      t->n_copies++;
      t->n_reads++;
    }

  for (guint i = 0; i < s->attendance->len; i++)
    {
      const AictAttendance *a = g_ptr_array_index (s->attendance, i);
      AictAttendance *copy = aict_attendance_copy (a);

      g_assert_cmpstr (aict_attendance_get_person_id (copy), ==, aict_attendance_get_person_id (a));
      g_assert_cmpint (aict_attendance_get_status (copy), ==, aict_attendance_get_status (a));
      g_assert_cmpint (aict_attendance_get_role (copy), ==, aict_attendance_get_role (a));
      g_assert_cmpstr (aict_attendance_get_representing_id (copy), ==, aict_attendance_get_representing_id (a));
      hand_over (t, copy, (GDestroyNotify) aict_attendance_free);
      t->n_copies++;
      t->n_reads++;
    }

  for (guint i = 0; i < s->identifiers->len; i++)
    {
      const AictIdentifier *id = g_ptr_array_index (s->identifiers, i);
      AictIdentifier *copy = aict_identifier_copy (id);

      g_assert_cmpstr (aict_identifier_get_scheme (copy), ==, aict_identifier_get_scheme (id));
      g_assert_cmpstr (aict_identifier_get_value (copy), ==, aict_identifier_get_value (id));
      hand_over (t, copy, (GDestroyNotify) aict_identifier_free);
      t->n_copies++;
      t->n_reads++;
    }

  for (guint i = 0; i < s->places->len; i++)
    {
      const AictPlace *p = g_ptr_array_index (s->places, i);
      AictPlace *copy = g_boxed_copy (AICT_TYPE_PLACE, p);

      g_assert_cmpstr (aict_place_get_name (copy), ==, aict_place_get_name (p));
      g_assert_cmpstr (aict_place_get_locality (copy), ==, aict_place_get_locality (p));
      g_assert_cmpstr (aict_place_get_country (copy), ==, aict_place_get_country (p));
      if (aict_place_get_country (p) != NULL)
        (void) aict_country_get_name (aict_place_get_country (p), "fr");
      hand_over (t, copy, (GDestroyNotify) aict_place_free);
      t->n_copies++;
      t->n_reads++;
    }
}

static gpointer
shared_thread (gpointer data)
{
  SharedThread *t = data;

  gate_wait (t->gate);

  for (guint round = 0; round < t->n_rounds; round++)
    {
      /* Each thread starts with a different kind of value. */
      switch ((t->index + round) % 4)
        {
        case 0: read_amounts (t); read_dates (t); read_refs (t); read_records (t); break;
        case 1: read_dates (t); read_refs (t); read_records (t); read_amounts (t); break;
        case 2: read_refs (t); read_records (t); read_amounts (t); read_dates (t); break;
        default: read_records (t); read_amounts (t); read_dates (t); read_refs (t); break;
        }
      drain (t->inbox);
    }

  return NULL;
}

static void
add_unique_amount (Shared           *s,
                   const AictAmount *amount)
{
  if (amount == NULL)
    return;
  for (guint i = 0; i < s->amounts->len; i++)
    if (g_ptr_array_index (s->amounts, i) == amount)
      return;
  g_ptr_array_add (s->amounts, aict_amount_copy (amount));
  g_ptr_array_add (s->amount_text, aict_amount_to_string (amount));
}

static void
add_date (Shared                *s,
          const AictPartialDate *date)
{
  if (date == NULL)
    return;
  g_ptr_array_add (s->dates, aict_partial_date_copy (date));
  g_ptr_array_add (s->date_text, aict_partial_date_to_string (date));
}

static void
add_records (GPtrArray     *to,
             gpointer       owner,
             guint        (*get_n) (gpointer owner),
             gconstpointer (*get) (gpointer owner, guint position))
{
  guint n = get_n (owner);

  /* The records the dataset holds, not copies: the threads read them. */
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (to, (gpointer) get (owner, i));
}

#define ADD_RECORDS(to, owner, get_n, get) \
  add_records ((to), (owner), (guint (*) (gpointer)) (get_n), \
               (gconstpointer (*) (gpointer, guint)) (get))

static void
shared_init (Shared *s)
{
  Fixture *f = g_ptr_array_index (get_fixtures (), 0);   /* meeting-2016 */
  g_autoptr(GError) error = NULL;
  GListModel *model;
  guint n;

  s->owner = aict_dataset_new_from_bytes (f->input, &error);
  g_assert_no_error (error);

  s->amounts = g_ptr_array_new_with_free_func ((GDestroyNotify) aict_amount_free);
  s->amount_text = g_ptr_array_new_with_free_func (g_free);
  s->dates = g_ptr_array_new_with_free_func ((GDestroyNotify) aict_partial_date_free);
  s->date_text = g_ptr_array_new_with_free_func (g_free);
  s->refs = g_ptr_array_new_with_free_func ((GDestroyNotify) aict_source_ref_free);
  s->participants = g_ptr_array_new ();
  s->funders = g_ptr_array_new ();
  s->affiliations = g_ptr_array_new ();
  s->components = g_ptr_array_new ();
  s->attendance = g_ptr_array_new ();
  s->identifiers = g_ptr_array_new ();
  s->places = g_ptr_array_new ();
  s->owned_records = g_ptr_array_new_with_free_func ((GDestroyNotify) handover_free);

  /* Values built here... */
    {
      AictAmount *built[] = {
        aict_amount_new (123456, "EUR"),
        aict_amount_new_range (100, 250000, "EUR"),
        aict_amount_new_full (-AICT_AMOUNT_MAX / 2, AICT_AMOUNT_MAX / 2, "EUR", TRUE, TRUE),
        aict_amount_new (42, "JPY"),
        aict_amount_new_range (1000, 2000, "TND"),
        aict_amount_new (7, "XOF"),
      };

      for (guint i = 0; i < G_N_ELEMENTS (built); i++)
        {
          add_unique_amount (s, built[i]);
          aict_amount_free (built[i]);
        }
    }
    {
      AictPartialDate *built[] = {
        aict_partial_date_new (2016, 0, 0),
        aict_partial_date_new (2016, 9, 0),
        aict_partial_date_new (2016, 9, 20),
        aict_partial_date_new (2024, 2, 29),
      };

      for (guint i = 0; i < G_N_ELEMENTS (built); i++)
        {
          add_date (s, built[i]);
          aict_partial_date_free (built[i]);
        }
    }
  g_ptr_array_add (s->refs, aict_source_ref_new_full ("cr-2016", "p. 3"));
  g_ptr_array_add (s->refs, aict_source_ref_new ("source-sans-locator"));
    {
      AictAmount *amount = aict_amount_new (5000000, "EUR");
      AictPartialDate *start = aict_partial_date_new (2015, 1, 0);
      const char *themes[] = { "water", "health", NULL };
      Handover built[] = {
        { (GDestroyNotify) aict_participant_free, aict_participant_new_full ("cd24", AICT_PARTICIPANT_ROLE_LEAD, "chef de file") },
        { (GDestroyNotify) aict_funder_free, aict_funder_new_full ("cd24", 5000, amount) },
        { (GDestroyNotify) aict_affiliation_free, aict_affiliation_new_full ("cd24", "chargé de mission", start, NULL) },
        { (GDestroyNotify) aict_component_free, aict_component_new_full ("Eau", themes, NULL) },
        { (GDestroyNotify) aict_attendance_free, aict_attendance_new_full ("p1", AICT_ATTENDANCE_STATUS_PRESENT, AICT_ATTENDANCE_ROLE_SPEAKER, "cd24") },
        { (GDestroyNotify) aict_identifier_free, aict_identifier_new ("siren", "222400012") },
        { (GDestroyNotify) aict_place_free, aict_place_new_full ("Hôtel du département", "2 rue Paul-Louis Courier", "24000", "Périgueux", "FR") },
      };
      GPtrArray *into[] = {
        s->participants, s->funders, s->affiliations, s->components,
        s->attendance, s->identifiers, s->places,
      };

      for (guint i = 0; i < G_N_ELEMENTS (built); i++)
        {
          g_ptr_array_add (into[i], built[i].copy);
          g_ptr_array_add (s->owned_records, g_memdup2 (&built[i], sizeof built[i]));
        }
      aict_amount_free (amount);
      aict_partial_date_free (start);
    }

  /* ... and the values and records of a loaded dataset. */
  model = aict_dataset_get_partnerships (s->owner);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictPartnership) p = g_list_model_get_item (model, i);

      ADD_RECORDS (s->participants, p, aict_partnership_get_n_participants, aict_partnership_get_participant);
      ADD_RECORDS (s->components, p, aict_partnership_get_n_components, aict_partnership_get_component);
      add_date (s, aict_partnership_get_start (p));
      add_date (s, aict_partnership_get_end (p));
      for (guint k = 0; k < aict_entity_get_n_source_refs (AICT_ENTITY (p)); k++)
        g_ptr_array_add (s->refs, aict_source_ref_copy (aict_entity_get_source_ref (AICT_ENTITY (p), k)));
    }
  model = aict_dataset_get_budgets (s->owner);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictBudget) b = g_list_model_get_item (model, i);

      add_unique_amount (s, aict_budget_get_amount (b));
      ADD_RECORDS (s->funders, b, aict_budget_get_n_funders, aict_budget_get_funder);
      for (guint k = 0; k < aict_budget_get_n_funders (b); k++)
        add_unique_amount (s, aict_funder_get_amount (aict_budget_get_funder (b, k)));
    }
  model = aict_dataset_get_persons (s->owner);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictPerson) p = g_list_model_get_item (model, i);

      ADD_RECORDS (s->affiliations, p, aict_person_get_n_affiliations, aict_person_get_affiliation);
    }
  model = aict_dataset_get_actors (s->owner);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictActor) a = g_list_model_get_item (model, i);

      ADD_RECORDS (s->identifiers, a, aict_actor_get_n_identifiers, aict_actor_get_identifier);
    }
  model = aict_dataset_get_meetings (s->owner);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictMeeting) m = g_list_model_get_item (model, i);

      ADD_RECORDS (s->attendance, m, aict_meeting_get_n_attendance, aict_meeting_get_attendance);
      if (aict_meeting_get_place (m) != NULL)
        g_ptr_array_add (s->places, (gpointer) aict_meeting_get_place (m));
      add_date (s, aict_meeting_get_date (m));
    }
}

static void
shared_clear (Shared *s)
{
  g_ptr_array_unref (s->amounts);
  g_ptr_array_unref (s->amount_text);
  g_ptr_array_unref (s->dates);
  g_ptr_array_unref (s->date_text);
  g_ptr_array_unref (s->refs);
  g_ptr_array_unref (s->participants);
  g_ptr_array_unref (s->funders);
  g_ptr_array_unref (s->affiliations);
  g_ptr_array_unref (s->components);
  g_ptr_array_unref (s->attendance);
  g_ptr_array_unref (s->identifiers);
  g_ptr_array_unref (s->places);
  g_ptr_array_unref (s->owned_records);
  g_assert_finalize_object (s->owner);
}

static void
test_shared_values (void)
{
  Shared shared = { 0 };
  SharedThread threads[N_THREADS];
  GThread *handles[N_THREADS];
  Inbox queues[N_THREADS];
  GMutex lock;
  GCond cond;
  gboolean go = FALSE;
  StartGate gate = { &lock, &cond, &go };
  guint n_rounds = MAX (get_n_ops () / 5, 10);
  guint64 n_reads = 0, n_copies = 0, n_handed_over = 0;
  g_autoptr(GTimer) timer = NULL;

  shared_init (&shared);
  g_test_message ("shared: %u amounts, %u dates, %u source refs, %u participants, "
                  "%u funders, %u affiliations, %u components, %u attendance, "
                  "%u identifiers, %u places",
                  shared.amounts->len, shared.dates->len, shared.refs->len,
                  shared.participants->len, shared.funders->len,
                  shared.affiliations->len, shared.components->len,
                  shared.attendance->len, shared.identifiers->len, shared.places->len);
  g_assert_cmpuint (shared.participants->len, >, 1);
  g_assert_cmpuint (shared.funders->len, >, 1);

  g_mutex_init (&lock);
  g_cond_init (&cond);
  for (guint i = 0; i < N_THREADS; i++)
    {
      g_mutex_init (&queues[i].lock);
      g_queue_init (&queues[i].items);
    }
  for (guint i = 0; i < N_THREADS; i++)
    {
      threads[i] = (SharedThread) {
        .index = i, .n_rounds = n_rounds, .shared = &shared, .gate = &gate,
        .inbox = &queues[i], .next = &queues[(i + 1) % N_THREADS],
      };
      handles[i] = g_thread_new ("shared", shared_thread, &threads[i]);
    }
  timer = g_timer_new ();
  gate_open (&gate);
  for (guint i = 0; i < N_THREADS; i++)
    g_thread_join (handles[i]);
  g_timer_stop (timer);

  for (guint i = 0; i < N_THREADS; i++)
    {
      drain (&queues[i]);
      g_mutex_clear (&queues[i].lock);
      n_reads += threads[i].n_reads;
      n_copies += threads[i].n_copies;
      n_handed_over += threads[i].n_handed_over;
    }
  g_test_message ("%u threads x %u rounds: %" G_GUINT64_FORMAT " reads, %" G_GUINT64_FORMAT
                  " copies (%" G_GUINT64_FORMAT " freed by another thread) in %.2f s",
                  N_THREADS, n_rounds, n_reads, n_copies, n_handed_over,
                  g_timer_elapsed (timer, NULL));

  /* The shared values are intact. */
  for (guint i = 0; i < shared.amounts->len; i++)
    {
      g_autofree char *text = aict_amount_to_string (g_ptr_array_index (shared.amounts, i));

      g_assert_cmpstr (text, ==, g_ptr_array_index (shared.amount_text, i));
    }
  for (guint i = 0; i < shared.dates->len; i++)
    {
      g_autofree char *text = aict_partial_date_to_string (g_ptr_array_index (shared.dates, i));

      g_assert_cmpstr (text, ==, g_ptr_array_index (shared.date_text, i));
    }

  shared_clear (&shared);
  g_mutex_clear (&lock);
  g_cond_clear (&cond);
}

/* ------------------------------------------------------------------------ */
/* /aict/threads/first-use/…                                                */
/* ------------------------------------------------------------------------ */

/* What one thread saw of the codelists and labels. */
typedef struct
{
  guint       index;
  StartGate  *gate;

  gboolean    valid;
  gboolean    invalid_rejected;
  const char *country_fr;
  const char *country_de;
  const char *country_en;
  const char *country_default;
  const char *subdivision_fr;
  const char *subdivision_country;
  const char *currency_fr;
  const char *currency_default;
  int         decimals_tnd;
  int         decimals_jpy;
  const char *theme_fr;
  const char *theme_default;
  const char *theme_dac;
  const char *kind_fr;
  const char *role_fr;
  guint       n_themes;
  guint       n_countries;
} CodelistThread;

static void
codelists_step (CodelistThread *t,
                guint           step)
{
  switch (step)
    {
    case 0:
      t->country_fr = aict_country_get_name ("DE", "fr");
      t->country_de = aict_country_get_name ("FR", "de");
      t->country_en = aict_country_get_name ("DE", "en");
      t->country_default = aict_country_get_name ("MA", NULL);
      break;
    case 1:
      t->subdivision_fr = aict_subdivision_get_name ("FR-64", "fr");
      t->subdivision_country = aict_subdivision_get_country_code ("MA-LAR");
      break;
    case 2:
      t->currency_fr = aict_currency_get_name ("XOF", "fr");
      t->currency_default = aict_currency_get_name ("EUR", NULL);
      t->decimals_tnd = aict_currency_get_decimals ("TND");
      t->decimals_jpy = aict_currency_get_decimals ("JPY");
      break;
    case 3:
      t->theme_fr = aict_theme_get_label ("water", "fr");
      t->theme_default = aict_theme_get_label ("water", NULL);
      t->theme_dac = aict_theme_get_dac_code ("water");
      break;
    case 4:
      {
        g_auto(GStrv) themes = aict_theme_list_codes ();
        g_auto(GStrv) countries = aict_country_list_codes ();

        t->n_themes = g_strv_length (themes);
        t->n_countries = g_strv_length (countries);
      }
      break;
    case 5:
      t->valid = (aict_country_is_valid ("FR") &&
                  aict_subdivision_is_valid ("FR-24") &&
                  aict_currency_is_valid ("EUR") &&
                  aict_theme_is_valid ("water"));
      t->invalid_rejected = (!aict_country_is_valid ("fr") &&
                             !aict_subdivision_is_valid ("FR-999") &&
                             !aict_currency_is_valid ("EURO") &&
                             !aict_theme_is_valid ("Water"));
      break;
    case 6:
      t->kind_fr = aict_actor_kind_get_label (AICT_ACTOR_KIND_REGION, "fr");
      t->role_fr = aict_participant_role_get_label (AICT_PARTICIPANT_ROLE_LEAD, "fr");
      break;
    default:
      g_assert_not_reached ();
    }
}

#define N_CODELIST_STEPS 7

static gpointer
codelist_thread (gpointer data)
{
  CodelistThread *t = data;

  gate_wait (t->gate);

  /* Thread i starts with step i: every list is first asked for by one
   * thread while others ask for another one, and the same ones too. */
  for (guint k = 0; k < N_CODELIST_STEPS; k++)
    codelists_step (t, (t->index + k) % N_CODELIST_STEPS);

  return NULL;
}

static void
test_first_use_codelists (void)
{
  CodelistThread threads[N_THREADS] = { 0 };
  CodelistThread after = { 0 };
  GThread *handles[N_THREADS];
  GMutex lock;
  GCond cond;
  gboolean go = FALSE;
  StartGate gate = { &lock, &cond, &go };

  if (!g_test_subprocess ())
    {
      /* A fresh process: nothing of the library is loaded yet. */
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  g_mutex_init (&lock);
  g_cond_init (&cond);
  for (guint i = 0; i < N_THREADS; i++)
    {
      threads[i].index = i;
      threads[i].gate = &gate;
      handles[i] = g_thread_new ("codelists", codelist_thread, &threads[i]);
    }
  /* Let every thread reach the gate, then release them at once. */
  g_usleep (20 * 1000);
  gate_open (&gate);
  for (guint i = 0; i < N_THREADS; i++)
    g_thread_join (handles[i]);

  /* Once loaded, the same answers from this thread. */
  for (guint k = 0; k < N_CODELIST_STEPS; k++)
    codelists_step (&after, k);

  g_assert_true (after.valid);
  g_assert_true (after.invalid_rejected);
  g_assert_cmpstr (after.country_fr, ==, "Allemagne");
  g_assert_cmpstr (after.country_en, ==, "Germany");
  g_assert_cmpstr (after.country_de, ==, "Frankreich");
  g_assert_cmpstr (after.subdivision_fr, ==, "Pyrénées-Atlantiques");
  g_assert_cmpstr (after.subdivision_country, ==, "MA");
  g_assert_cmpstr (after.currency_fr, ==, "Franc CFA (BCEAO)");
  g_assert_cmpint (after.decimals_tnd, ==, 3);
  g_assert_cmpint (after.decimals_jpy, ==, 0);
  g_assert_cmpstr (after.theme_fr, ==, "Eau et assainissement");
  g_assert_cmpstr (after.theme_dac, ==, "14030");
  g_assert_cmpstr (after.kind_fr, ==, "région");
  g_assert_cmpstr (after.role_fr, ==, "chef de file");
  g_assert_cmpuint (after.n_themes, >, 0);
  g_assert_cmpuint (after.n_countries, >, 200);

  for (guint i = 0; i < N_THREADS; i++)
    {
      CodelistThread *t = &threads[i];

      g_assert_true (t->valid);
      g_assert_true (t->invalid_rejected);
      /* One table, one catalog: the very same strings. */
      g_assert_true (t->country_fr == after.country_fr);
      g_assert_true (t->country_de == after.country_de);
      g_assert_true (t->country_en == after.country_en);
      g_assert_cmpstr (t->country_default, ==, after.country_default);
      g_assert_true (t->subdivision_fr == after.subdivision_fr);
      g_assert_true (t->subdivision_country == after.subdivision_country);
      g_assert_true (t->currency_fr == after.currency_fr);
      g_assert_cmpstr (t->currency_default, ==, after.currency_default);
      g_assert_cmpint (t->decimals_tnd, ==, 3);
      g_assert_cmpint (t->decimals_jpy, ==, 0);
      g_assert_true (t->theme_fr == after.theme_fr);
      g_assert_true (t->theme_default == after.theme_default);
      g_assert_true (t->theme_dac == after.theme_dac);
      g_assert_true (t->kind_fr == after.kind_fr);
      g_assert_true (t->role_fr == after.role_fr);
      g_assert_cmpuint (t->n_themes, ==, after.n_themes);
      g_assert_cmpuint (t->n_countries, ==, after.n_countries);
    }

  g_mutex_clear (&lock);
  g_cond_clear (&cond);
}

/* First load, validation and save of the whole library from 8 threads at
 * once: the GTypes (and their classes), the error domain, the message
 * catalogue and the codelists all initialised concurrently.  Every thread
 * starts with a load that fails (half of them in the syntax pre-scan, half
 * in the decoder), so that the first errors are also made concurrently. */
static const char * const first_use_bad[] = {
  "bad/syntax-duplicate-member.json",
  "bad/enum-unknown-nick.json",
};

typedef struct
{
  guint        index;
  StartGate   *gate;
  GBytes      *input;                /* meeting-2016 */
  GBytes     **bad;                  /* first_use_bad, loaded */
  GBytes      *output;
  char        *walk_digest;
  char        *issues_digest;
  guint        n_issues;
  char        *error_message[G_N_ELEMENTS (first_use_bad)];
} FirstLoadThread;

static void
first_load_bad (FirstLoadThread *t,
                guint            k)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) broken = aict_dataset_new_from_bytes (t->bad[k], &error);

  g_assert_null (broken);
  g_assert_nonnull (error);
  t->error_message[k] = g_strdup (error->message);
}

static gpointer
first_load_thread (gpointer data)
{
  FirstLoadThread *t = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(AictReport) report = NULL;
  g_autoptr(GDate) today = fixed_today ();
  guint first = t->index % G_N_ELEMENTS (first_use_bad);
  WalkCounts wc;

  gate_wait (t->gate);

  first_load_bad (t, first);

  dataset = aict_dataset_new_from_bytes (t->input, &error);
  g_assert_no_error (error);
  report = aict_dataset_validate_at (dataset, today);
  t->n_issues = g_list_model_get_n_items (aict_report_get_issues (report));
  t->issues_digest = digest_report (report);
  t->walk_digest = walk (dataset, &wc);
  t->output = aict_dataset_to_bytes (dataset, &error);
  g_assert_no_error (error);

  for (guint k = 0; k < G_N_ELEMENTS (first_use_bad); k++)
    if (k != first)
      first_load_bad (t, k);

  return NULL;
}

static void
test_first_use_load (void)
{
  FirstLoadThread threads[N_THREADS] = { 0 };
  GThread *handles[N_THREADS];
  GMutex lock;
  GCond cond;
  gboolean go = FALSE;
  StartGate gate = { &lock, &cond, &go };
  g_autofree char *path = NULL;
  g_autoptr(GBytes) input = NULL;
  GBytes *bad[G_N_ELEMENTS (first_use_bad)];
  Fixture *ref, *ref_bad[G_N_ELEMENTS (first_use_bad)];
  char *contents;
  gsize length;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  /* Only GLib before the threads start: read the files. */
  path = g_test_build_filename (G_TEST_DIST, "..", "data", "meeting-2016.json", NULL);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  input = g_bytes_new_take (contents, length);
  for (guint k = 0; k < G_N_ELEMENTS (first_use_bad); k++)
    {
      g_autofree char *bad_path = g_test_build_filename (G_TEST_DIST, "data", first_use_bad[k], NULL);

      g_assert_true (g_file_get_contents (bad_path, &contents, &length, NULL));
      bad[k] = g_bytes_new_take (contents, length);
    }

  g_mutex_init (&lock);
  g_cond_init (&cond);
  for (guint i = 0; i < N_THREADS; i++)
    {
      threads[i].index = i;
      threads[i].gate = &gate;
      threads[i].input = input;
      threads[i].bad = bad;
      handles[i] = g_thread_new ("first-load", first_load_thread, &threads[i]);
    }
  g_usleep (20 * 1000);
  gate_open (&gate);
  for (guint i = 0; i < N_THREADS; i++)
    g_thread_join (handles[i]);

  /* All the same, and the same as the single-threaded reference computed
   * now, in this thread, from the same bytes. */
  ref = fixture_new_from_bytes ("meeting-2016.json", input);
  fixture_compute_reference (ref);
  for (guint k = 0; k < G_N_ELEMENTS (first_use_bad); k++)
    {
      ref_bad[k] = fixture_new_from_bytes (first_use_bad[k], bad[k]);
      fixture_compute_reference (ref_bad[k]);
      g_assert_false (ref_bad[k]->loads);
    }

  for (guint i = 0; i < N_THREADS; i++)
    {
      FirstLoadThread *t = &threads[i];

      assert_bytes_equal (t->output, ref->output, "first load");
      g_assert_cmpstr (t->walk_digest, ==, ref->walk_digest);
      g_assert_cmpstr (t->issues_digest, ==, ref->issues_digest);
      g_assert_cmpuint (t->n_issues, ==, ref->n_issues);
      for (guint k = 0; k < G_N_ELEMENTS (first_use_bad); k++)
        {
          g_assert_cmpstr (t->error_message[k], ==, ref_bad[k]->error_message);
          g_free (t->error_message[k]);
        }

      g_bytes_unref (t->output);
      g_free (t->walk_digest);
      g_free (t->issues_digest);
    }

  fixture_free (ref);
  for (guint k = 0; k < G_N_ELEMENTS (first_use_bad); k++)
    fixture_free (ref_bad[k]);
  for (guint k = 0; k < G_N_ELEMENTS (first_use_bad); k++)
    g_bytes_unref (bad[k]);
  g_mutex_clear (&lock);
  g_cond_clear (&cond);
}

/* ------------------------------------------------------------------------ */
/* /aict/threads/tsan-canary                                                */
/* ------------------------------------------------------------------------ */

/* A deliberate breach of the contract: one mutable object used from two
 * threads without a lock.  Only run when AICT_TSAN_CANARY is set, by
 * scripts/run-tsan.sh, which expects ThreadSanitizer to report it in
 * libaict's frames: the proof that its annotations and suppressions of
 * GLib leave libaict's own races visible. */

#define CANARY_ROUNDS 20000

static gpointer
canary_writer (gpointer data)
{
  AictActor *actor = data;

  for (guint i = 0; i < CANARY_ROUNDS; i++)
    aict_actor_set_kind (actor, i % 2 ? AICT_ACTOR_KIND_REGION : AICT_ACTOR_KIND_COMMUNE);

  return NULL;
}

static void
test_tsan_canary (void)
{
  g_autoptr(AictActor) actor = NULL;
  GThread *writer;
  guint n_region = 0;

  if (g_getenv ("AICT_TSAN_CANARY") == NULL)
    {
      g_test_skip ("a deliberate data race, for scripts/run-tsan.sh only (AICT_TSAN_CANARY=1)");
      return;
    }

  actor = aict_actor_new ("canary", "Canari", AICT_ACTOR_KIND_COMMUNE);
  writer = g_thread_new ("canary", canary_writer, actor);
  for (guint i = 0; i < CANARY_ROUNDS; i++)
    n_region += aict_actor_get_kind (actor) == AICT_ACTOR_KIND_REGION;
  g_thread_join (writer);
  g_test_message ("read the kind %u times as region", n_region);
}

int
main (int    argc,
      char **argv)
{
  int ret;

  /* Nothing of the library may be touched here: the first-use tests need a
   * process where it is still untouched. */
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aict/threads/first-use/codelists", test_first_use_codelists);
  g_test_add_func ("/aict/threads/first-use/load", test_first_use_load);
  g_test_add_func ("/aict/threads/datasets", test_datasets);
  g_test_add_func ("/aict/threads/save-same-path", test_save_same_path);
  g_test_add_func ("/aict/threads/shared-values", test_shared_values);
  g_test_add_func ("/aict/threads/tsan-canary", test_tsan_canary);

  ret = g_test_run ();

  g_clear_pointer (&fixtures, g_ptr_array_unref);
  if (fixtures_dir != NULL)
    g_rmdir (fixtures_dir);
  g_free (fixtures_dir);

  return ret;
}
