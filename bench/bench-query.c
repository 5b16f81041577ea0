/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* bench-query: the query API on large in-memory datasets, each query next
 * to a plain linear scan over the same objects.
 *
 *   bench-query [--sizes 10000,100000,1000000] [--seed S] [--min-runs N]
 *               [--slow-runs N] [--min-time-ms T] [--json] [--smoke]
 *
 * For each size, a dataset of that many partnerships is built through the
 * public API (aict_actor_new(), aict_partnership_new(), aict_budget_new(),
 * aict_dataset_add()…), deterministically (a GRand with a fixed seed):
 *
 *   - 2 000 home-side French local authorities (country FR: 13 régions,
 *     101 départements, 400 intercommunalities, 1 486 communes), 300
 *     services under départements (30 of them under another service) and
 *     20 under a ministry, so that "a unit counts as its top parent" is
 *     exercised; a few funders (State agencies, the EU, some régions);
 *   - max (2 000, size / 10) foreign partner authorities spread over ~200
 *     countries with a skewed (Zipf-like) distribution;
 *   - partnerships in 1 country (8 %: 2), with 1 to 3 of the ~28 themes
 *     (skewed), a status, 2 or 3 participants (a French lead, sometimes a
 *     unit; a foreign partner of the partnership's country; 20 % a funder,
 *     15 % a second French authority) and 1 to 3 budget lines over
 *     2010-2020 (exact amounts and some ranges, EUR or XOF, 20 % over two
 *     years, 15 % without an actor: they belong to the partnership's lead).
 *
 * Three rare keys are planted with the same answer at every size, so that
 * the time of a filter can be compared from 10 000 to 1 000 000 for a
 * fixed-size answer: exactly 100 partnerships in Tuvalu (TV), 100 with the
 * rarest theme (the last code of aict_theme_list_codes()), and one commune
 * (fr-rare) leading exactly 100 partnerships.  None of these appears
 * anywhere else.  Common keys (the top country and theme, a département
 * with its units) are measured too, for information: their answer grows
 * with the dataset.
 *
 * Then, for each size: the build time; the first query (which builds the
 * query index) apart; and for each operation the indexed library call
 * (aict_dataset_filter_partnerships(), aict_dataset_get_budget_totals()
 * ACTOR|YEAR, aict_dataset_find_overlaps() COUNTRY) next to a plain linear
 * scan in straightforward C over the same objects (snapshotted once, not
 * timed, from aict_dataset_get_partnerships() / _get_budgets() /
 * _get_actors() into arrays): aict_partnership_has_country() and the like
 * for filters, a GHashTable keyed by actor and year summing gint64 minima
 * and maxima for totals, a GHashTable country → set of home-side actors and
 * list of partnerships for overlaps.  Each answer of the library is
 * checked against the scan's (same partnerships in the same order; same
 * rows with the same sums and line counts; same groups with the same actors
 * and partnerships); any difference is printed and makes the exit status 1.
 *
 * Times are the monotonic clock around the call alone (the result is
 * freed outside the clock, for both sides).  Each operation runs once to
 * warm up (that run's answer is the one checked), then N times, N such that
 * the runs take at least --min-time-ms in all and at least --min-runs (5)
 * runs, or --slow-runs (3) for an operation that takes more than a second;
 * best and median are printed.  An operation faster than 1 ms is timed in
 * batches of calls of about 1 ms (g_get_monotonic_time() counts
 * microseconds), a run being the batch's time over its calls.
 *
 * Targets of the issue, in the summary: a fixed-answer filter at the
 * largest size takes < 2x its time at the smallest (median); overlaps by
 * country over 1 000 000 partnerships take < 1 s (median).  A benchmark:
 * a MISS does not change the exit status; a wrong answer does.
 *
 * --smoke: size 10 000 only, one run of each operation, the answer checks
 * (the bench-query-smoke test).  --ops: only the operations named (the
 * dataset and the index are still built), e.g. to profile one.  --json: one JSON document on stdout
 * instead of the tables. */

#include <aict/aict.h>

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

/* -- parameters of the synthetic domain ------------------------------- */

#define N_REGIONS 13
#define N_DEPARTEMENTS 101
#define N_INTERCOMMUNALITIES 400
#define N_COMMUNES 1485      /* + fr-rare: 2 000 home-side authorities */
#define N_SERVICES 300
#define N_SUBSERVICES 30     /* of the services, those under another service */
#define N_MINISTRY_SERVICES 20
#define N_COUNTRIES 200
#define N_TV_ACTORS 5
#define RARE_COUNT 100
#define RARE_COUNTRY "TV"
#define RARE_ACTOR "fr-rare"
#define HOME_COUNTRY "FR"
#define MAX_PARENT_DEPTH 64
#define DEFAULT_SEED 2016

/* Partner countries of French local authorities first (the most common),
 * then the rest of iso-codes in code order. */
static const char * const top_countries[] = {
  "MA", "SN", "TN", "BF", "ML", "BJ", "NE", "TG", "CI", "CM", "MG", "HT",
  "VN", "LB", "PS", "DZ", "CA", "DE", "IT", "ES", "PL", "RO", "BR", "GN",
  "MR", "LA", "KH", "AM",
};

static const struct { AictPartnershipStatus status; double weight; } statuses[] = {
  { AICT_PARTNERSHIP_STATUS_ACTIVE, 50 }, { AICT_PARTNERSHIP_STATUS_ENDED, 18 },
  { AICT_PARTNERSHIP_STATUS_PLANNED, 6 }, { AICT_PARTNERSHIP_STATUS_SLOWED, 8 },
  { AICT_PARTNERSHIP_STATUS_DORMANT, 8 }, { AICT_PARTNERSHIP_STATUS_SUSPENDED, 5 },
  { AICT_PARTNERSHIP_STATUS_ABANDONED, 5 },
};

static const struct { AictBudgetKind kind; double weight; } budget_kinds[] = {
  { AICT_BUDGET_KIND_ALLOCATED, 50 }, { AICT_BUDGET_KIND_SPENT, 30 },
  { AICT_BUDGET_KIND_PLANNED, 15 }, { AICT_BUDGET_KIND_ESTIMATE, 5 },
};

/* -- options ------------------------------------------------------------ */

static char *opt_sizes = NULL;
static gint opt_seed = DEFAULT_SEED;
static gint opt_min_runs = 5;
static gint opt_slow_runs = 3;
static gint opt_min_time_ms = 50;
static gboolean opt_json = FALSE;
static gboolean opt_smoke = FALSE;
static char *opt_ops = NULL;

static const GOptionEntry entries[] = {
  { "sizes", 0, 0, G_OPTION_ARG_STRING, &opt_sizes, "Partnerships per dataset (default 10000,100000,1000000)", "N,N…" },
  { "seed", 0, 0, G_OPTION_ARG_INT, &opt_seed, "Seed of the generator (default 2016)", "S" },
  { "min-runs", 0, 0, G_OPTION_ARG_INT, &opt_min_runs, "Timed runs of each operation, at least (default 5)", "N" },
  { "slow-runs", 0, 0, G_OPTION_ARG_INT, &opt_slow_runs, "Timed runs of an operation slower than 1 s (default 3)", "N" },
  { "min-time-ms", 0, 0, G_OPTION_ARG_INT, &opt_min_time_ms, "Total time of the runs of an operation, at least (default 50)", "MS" },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, "Print the results as one JSON document", NULL },
  { "smoke", 0, 0, G_OPTION_ARG_NONE, &opt_smoke, "Size 10000, one run each, answer checks only", NULL },
  { "ops", 0, 0, G_OPTION_ARG_STRING, &opt_ops, "Only these operations (country-rare, theme-rare, actor-rare, "
    "country-common, theme-common, actor-common, totals-actor-year, overlaps-country), e.g. to profile one", "OP,OP…" },
  { NULL }
};

/* -- small helpers ------------------------------------------------------ */

static double
now_s (void)
{
  return g_get_monotonic_time () / 1e6;
}

static long
proc_status_kib (const char *field)
{
  g_autofree char *status = NULL;
  g_autofree char *needle = g_strdup_printf ("\n%s:", field);
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, needle)) == NULL)
    {
      struct rusage ru;

      if (getrusage (RUSAGE_SELF, &ru) != 0)
        return -1;
      return ru.ru_maxrss;
    }
  return strtol (line + strlen (needle), NULL, 10);
}

/* The peak RSS of this process (VmHWM; getrusage()'s ru_maxrss as a
 * fallback, which Linux carries across exec()). */
static long
peak_rss_kib (void)
{
  return proc_status_kib ("VmHWM");
}

static long
rss_kib (void)
{
  return proc_status_kib ("VmRSS");
}

static G_GNUC_NORETURN void
die (const char *what,
     GError     *error)
{
  g_printerr ("bench-query: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (2);
}

/* A weighted choice: cumulative weights, binary search. */
typedef struct
{
  double *cumulative;
  guint n;
} Picker;

static void
picker_init (Picker       *picker,
             const double *weights,
             guint         n)
{
  double sum = 0;

  picker->cumulative = g_new (double, n);
  picker->n = n;
  for (guint i = 0; i < n; i++)
    picker->cumulative[i] = (sum += weights[i]);
}

static guint
picker_pick (const Picker *picker,
             GRand        *rand)
{
  double x = g_rand_double (rand) * picker->cumulative[picker->n - 1];
  guint lo = 0, hi = picker->n - 1;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (picker->cumulative[mid] <= x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
picker_clear (Picker *picker)
{
  g_clear_pointer (&picker->cumulative, g_free);
}

/* Zipf-like weights 1 / (rank + 1)^s. */
static double *
zipf_weights (guint  n,
              double s)
{
  double *weights = g_new (double, n);

  for (guint i = 0; i < n; i++)
    weights[i] = 1.0 / pow (i + 1, s);
  return weights;
}

static char *
fmt_int (guint64 value)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, value);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ' ');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

/* -- the dataset -------------------------------------------------------- */

typedef struct
{
  guint size;
  AictDataset *dataset;
  /* The same objects as the dataset's, in dataset order (borrowed). */
  GPtrArray *partnerships;
  GPtrArray *budgets;
  GPtrArray *actors;
  double build_s;
  guint n_actors;
  guint n_budgets;
  /* The keys queried. */
  char *rare_theme;
  char *common_country;
  char *common_theme;
  char *common_actor;   /* a département that has units */
} Data;

static void
add_entity (AictDataset *dataset,
            gpointer     entity)
{
  g_autoptr(GError) error = NULL;

  if (!aict_dataset_add (dataset, AICT_ENTITY (entity), &error))
    die ("aict_dataset_add", error);
  g_object_unref (entity);
}

static AictActor *
new_actor (const char    *id,
           const char    *name,
           AictActorKind  kind,
           const char    *country,
           const char    *parent_id)
{
  AictActor *actor = aict_actor_new (id, name, kind);

  aict_actor_set_country (actor, country);
  if (parent_id != NULL)
    aict_actor_set_parent_id (actor, parent_id);
  return actor;
}

static void
add_participant (AictPartnership     *partnership,
                 const char          *actor_id,
                 AictParticipantRole  role)
{
  g_autoptr(AictParticipant) participant = aict_participant_new (actor_id, role);

  aict_partnership_add_participant (partnership, participant);
}

static gboolean
planted (guint i,
         guint step,
         guint offset)
{
  return i % step == offset && i / step < RARE_COUNT;
}

static void
data_build (Data  *data,
            guint  size,
            guint  seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_auto(GStrv) all_countries = aict_country_list_codes ();
  g_auto(GStrv) themes = aict_theme_list_codes ();
  g_autoptr(GPtrArray) countries = g_ptr_array_new ();        /* const char * */
  g_autoptr(GPtrArray) home_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) service_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) funder_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tv_ids = g_ptr_array_new_with_free_func (g_free);
  GPtrArray **foreign_of;   /* per country index: char * ids */
  Picker country_picker, theme_picker, home_picker, status_picker, kind_picker;
  double *weights;
  guint n_themes, n_foreign, step, budget_counter = 0;
  AictDataset *dataset;
  double t0;

  memset (data, 0, sizeof *data);
  data->size = size;

  /* ~200 countries: the usual partners first, then iso-codes in order;
   * never France nor the rare country. */
  for (guint i = 0; i < G_N_ELEMENTS (top_countries); i++)
    g_ptr_array_add (countries, (gpointer) top_countries[i]);
  for (guint i = 0; all_countries[i] != NULL && countries->len < N_COUNTRIES; i++)
    {
      gboolean known = FALSE;

      if (strcmp (all_countries[i], HOME_COUNTRY) == 0 || strcmp (all_countries[i], RARE_COUNTRY) == 0)
        continue;
      for (guint j = 0; j < G_N_ELEMENTS (top_countries) && !known; j++)
        known = strcmp (all_countries[i], top_countries[j]) == 0;
      if (!known)
        g_ptr_array_add (countries, all_countries[i]);
    }
  weights = zipf_weights (countries->len, 1.1);
  picker_init (&country_picker, weights, countries->len);
  g_free (weights);

  /* Themes: the last is the rare one, the others skewed. */
  n_themes = g_strv_length (themes);
  if (n_themes < 3)
    {
      g_printerr ("bench-query: the themes codelist has %u codes\n", n_themes);
      exit (2);
    }
  data->rare_theme = g_strdup (themes[n_themes - 1]);
  data->common_theme = g_strdup (themes[0]);
  data->common_country = g_strdup (g_ptr_array_index (countries, 0));
  weights = zipf_weights (n_themes - 1, 0.8);
  picker_init (&theme_picker, weights, n_themes - 1);
  g_free (weights);

  {
    double w[G_N_ELEMENTS (statuses)];

    for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
      w[i] = statuses[i].weight;
    picker_init (&status_picker, w, G_N_ELEMENTS (statuses));
  }
  {
    double w[G_N_ELEMENTS (budget_kinds)];

    for (guint i = 0; i < G_N_ELEMENTS (budget_kinds); i++)
      w[i] = budget_kinds[i].weight;
    picker_init (&kind_picker, w, G_N_ELEMENTS (budget_kinds));
  }

  t0 = now_s ();
  dataset = aict_dataset_new ();
  aict_dataset_set_title (dataset, "bench-query: synthetic decentralised cooperation");

  /* Home-side authorities, with weights of activity for the choice of a
   * lead: régions and départements are far more active than communes. */
  {
    g_autoptr(GArray) home_weights = g_array_new (FALSE, FALSE, sizeof (double));
    static const struct { const char *prefix; const char *name; AictActorKind kind; guint n; double weight; } groups[] = {
      { "fr-r", "Région", AICT_ACTOR_KIND_REGION, N_REGIONS, 40 },
      { "fr-d", "Département", AICT_ACTOR_KIND_DEPARTEMENT, N_DEPARTEMENTS, 10 },
      { "fr-i", "Communauté", AICT_ACTOR_KIND_INTERCOMMUNALITY, N_INTERCOMMUNALITIES, 3 },
      { "fr-c", "Commune", AICT_ACTOR_KIND_COMMUNE, N_COMMUNES, 1 },
    };

    for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
      for (guint i = 0; i < groups[g].n; i++)
        {
          char *id = g_strdup_printf ("%s%04u", groups[g].prefix, i);
          g_autofree char *name = g_strdup_printf ("%s n° %u", groups[g].name, i);

          add_entity (dataset, new_actor (id, name, groups[g].kind, HOME_COUNTRY, NULL));
          g_ptr_array_add (home_ids, id);
          g_array_append_val (home_weights, groups[g].weight);
        }
    picker_init (&home_picker, (double *) home_weights->data, home_weights->len);
  }
  add_entity (dataset, new_actor (RARE_ACTOR, "Commune rare", AICT_ACTOR_KIND_COMMUNE, HOME_COUNTRY, NULL));
  data->common_actor = g_strdup_printf ("fr-d%04u", 0);

  /* Units: services of départements (some under another service: two
   * levels), and services of a ministry (not home side: their top is a
   * ministry). */
  add_entity (dataset, new_actor ("fr-ministry", "Ministère des affaires étrangères",
                                  AICT_ACTOR_KIND_MINISTRY, HOME_COUNTRY, NULL));
  for (guint i = 0; i < N_SERVICES; i++)
    {
      char *id = g_strdup_printf ("fr-s%04u", i);
      g_autofree char *parent = i >= N_SERVICES - N_SUBSERVICES
                                ? g_strdup_printf ("fr-s%04u", i % (N_SERVICES - N_SUBSERVICES))
                                : g_strdup_printf ("fr-d%04u", i % N_DEPARTEMENTS);

      add_entity (dataset, new_actor (id, "Service des relations internationales",
                                      AICT_ACTOR_KIND_SERVICE, HOME_COUNTRY, parent));
      g_ptr_array_add (service_ids, id);
    }
  for (guint i = 0; i < N_MINISTRY_SERVICES; i++)
    {
      char *id = g_strdup_printf ("fr-ms%04u", i);

      add_entity (dataset, new_actor (id, "Délégation", AICT_ACTOR_KIND_SERVICE, HOME_COUNTRY, "fr-ministry"));
      g_ptr_array_add (service_ids, id);
    }

  /* Funders: State agencies and the EU (not home side), and the régions. */
  add_entity (dataset, new_actor ("fund-afd", "Agence française de développement",
                                  AICT_ACTOR_KIND_PUBLIC_AGENCY, HOME_COUNTRY, NULL));
  add_entity (dataset, new_actor ("fund-eu", "Union européenne", AICT_ACTOR_KIND_MULTILATERAL, "BE", NULL));
  g_ptr_array_add (funder_ids, g_strdup ("fund-afd"));
  g_ptr_array_add (funder_ids, g_strdup ("fund-eu"));
  g_ptr_array_add (funder_ids, g_strdup ("fr-ministry"));
  for (guint i = 0; i < N_REGIONS; i++)
    g_ptr_array_add (funder_ids, g_strdup_printf ("fr-r%04u", i));

  /* Foreign authorities: at least one per country, the rest as skewed as
   * the partnerships; a handful in the rare country. */
  n_foreign = MAX (2000, size / 10);
  foreign_of = g_new0 (GPtrArray *, countries->len);
  for (guint c = 0; c < countries->len; c++)
    foreign_of[c] = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_foreign; i++)
    {
      guint c = i < countries->len ? i : picker_pick (&country_picker, rand);
      const char *country = g_ptr_array_index (countries, c);
      char *id = g_strdup_printf ("x-%s-%06u", country, i);

      add_entity (dataset, new_actor (id, "Municipalité partenaire", AICT_ACTOR_KIND_FOREIGN_AUTHORITY,
                                      country, NULL));
      g_ptr_array_add (foreign_of[c], id);
    }
  for (guint i = 0; i < N_TV_ACTORS; i++)
    {
      char *id = g_strdup_printf ("x-%s-r%u", RARE_COUNTRY, i);

      add_entity (dataset, new_actor (id, "Funafuti", AICT_ACTOR_KIND_FOREIGN_AUTHORITY, RARE_COUNTRY, NULL));
      g_ptr_array_add (tv_ids, id);
    }

  /* Partnerships and their budget lines.  The rare keys sit at fixed
   * offsets of a step of size / 100: exactly 100 of each. */
  step = size / RARE_COUNT;
  for (guint i = 0; i < size; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%07u", i);
      gboolean rare_country = planted (i, step, 0);
      gboolean rare_theme = planted (i, step, step / 3);
      gboolean rare_actor = planted (i, step, 2 * step / 3);
      AictPartnershipStatus status = statuses[picker_pick (&status_picker, rand)].status;
      AictPartnership *partnership = aict_partnership_new (id, "Coopération décentralisée", status);
      const char *country_list[3] = { NULL, NULL, NULL };
      const char *theme_list[4] = { NULL, NULL, NULL, NULL };
      const char *lead, *partner, *funder = NULL;
      guint c1 = 0, n_themes_p, n_budgets, start_year;

      /* Countries. */
      if (rare_country)
        country_list[0] = RARE_COUNTRY;
      else
        {
          c1 = picker_pick (&country_picker, rand);
          country_list[0] = g_ptr_array_index (countries, c1);
          if (g_rand_double (rand) < 0.08)
            {
              guint c2 = picker_pick (&country_picker, rand);

              if (c2 != c1)
                country_list[1] = g_ptr_array_index (countries, c2);
            }
        }
      aict_partnership_set_countries (partnership, country_list);

      /* Themes. */
      n_themes_p = 1 + g_rand_int_range (rand, 0, 3);
      {
        guint n = 0;

        if (rare_theme)
          theme_list[n++] = data->rare_theme;
        while (n < n_themes_p)
          {
            const char *theme = themes[picker_pick (&theme_picker, rand)];
            gboolean seen = FALSE;

            for (guint t = 0; t < n; t++)
              seen |= strcmp (theme_list[t], theme) == 0;
            if (seen)
              {
                if (g_rand_double (rand) < 0.5)
                  break;
                continue;
              }
            theme_list[n++] = theme;
          }
      }
      aict_partnership_set_themes (partnership, theme_list);

      /* Dates. */
      start_year = 2010 + g_rand_int_range (rand, 0, 11);
      {
        g_autoptr(AictPartialDate) start = aict_partial_date_new (start_year, 1 + g_rand_int_range (rand, 0, 12), 0);

        aict_partnership_set_start (partnership, start);
        if (status == AICT_PARTNERSHIP_STATUS_ENDED || status == AICT_PARTNERSHIP_STATUS_ABANDONED)
          {
            g_autoptr(AictPartialDate) end = aict_partial_date_new (MIN (2020, start_year + g_rand_int_range (rand, 0, 5)), 0, 0);

            aict_partnership_set_end (partnership, end);
          }
      }

      /* Participants: a French lead (15 %: one of its units), a partner
       * of the partnership's country, and sometimes a funder or a second
       * French authority. */
      if (rare_actor)
        lead = RARE_ACTOR;
      else if (g_rand_double (rand) < 0.15)
        lead = g_ptr_array_index (service_ids, g_rand_int_range (rand, 0, service_ids->len));
      else
        lead = g_ptr_array_index (home_ids, picker_pick (&home_picker, rand));
      add_participant (partnership, lead, AICT_PARTICIPANT_ROLE_LEAD);

      if (rare_country)
        partner = g_ptr_array_index (tv_ids, g_rand_int_range (rand, 0, tv_ids->len));
      else
        partner = g_ptr_array_index (foreign_of[c1], g_rand_int_range (rand, 0, foreign_of[c1]->len));
      add_participant (partnership, partner, AICT_PARTICIPANT_ROLE_PARTNER);

      {
        double roll = g_rand_double (rand);

        if (roll < 0.20)
          {
            funder = g_ptr_array_index (funder_ids, g_rand_int_range (rand, 0, funder_ids->len));
            add_participant (partnership, funder, AICT_PARTICIPANT_ROLE_FUNDER);
          }
        else if (roll < 0.35)
          {
            const char *other = g_ptr_array_index (home_ids, picker_pick (&home_picker, rand));

            if (strcmp (other, lead) != 0)
              add_participant (partnership, other,
                               g_rand_boolean (rand) ? AICT_PARTICIPANT_ROLE_PARTNER
                                                     : AICT_PARTICIPANT_ROLE_SUPPORTER);
          }
      }

      add_entity (dataset, partnership);

      /* Budget lines: 1 to 3. */
      n_budgets = 1 + (g_rand_double (rand) < 0.6) + (g_rand_double (rand) < 0.2);
      for (guint b = 0; b < n_budgets; b++)
        {
          g_autofree char *budget_id = g_strdup_printf ("b%08u", budget_counter++);
          AictBudget *budget = aict_budget_new (budget_id, budget_kinds[picker_pick (&kind_picker, rand)].kind);
          gboolean xof = !rare_country && g_rand_double (rand) < 0.10;
          const char *currency = xof ? "XOF" : "EUR";
          /* EUR in cents, XOF in francs (no decimals). */
          gint64 value = xof ? (gint64) g_rand_int_range (rand, 1000, 100000) * 500
                             : (gint64) g_rand_int_range (rand, 100, 60000) * 5000;
          g_autoptr(AictAmount) amount = NULL;
          guint year = 2010 + g_rand_int_range (rand, 0, 11);
          g_autoptr(AictPartialDate) start = aict_partial_date_new (year, 0, 0);
          g_autoptr(AictPartialDate) end = aict_partial_date_new (g_rand_double (rand) < 0.2 ? MIN (2020, year + 1) : year, 0, 0);
          double who = g_rand_double (rand);

          if (g_rand_double (rand) < 0.10)
            amount = aict_amount_new_range (value, value * 3, currency);
          else
            amount = aict_amount_new (value, currency);
          aict_budget_set_amount (budget, amount);
          aict_budget_set_start (budget, start);
          aict_budget_set_end (budget, end);
          aict_budget_set_partnership_id (budget, id);
          if (who < 0.75)
            aict_budget_set_actor_id (budget, lead);
          else if (who < 0.85)
            aict_budget_set_actor_id (budget, funder != NULL ? funder : lead);
          /* else: no actor, the line is the lead's */
          add_entity (dataset, budget);
        }
    }
  data->build_s = now_s () - t0;
  data->dataset = dataset;
  data->n_budgets = budget_counter;

  for (guint c = 0; c < countries->len; c++)
    g_ptr_array_unref (foreign_of[c]);
  g_free (foreign_of);
  picker_clear (&country_picker);
  picker_clear (&theme_picker);
  picker_clear (&home_picker);
  picker_clear (&status_picker);
  picker_clear (&kind_picker);

  /* The same objects, for the linear scans (not timed). */
  {
    GListModel *models[3] = { aict_dataset_get_partnerships (dataset),
                              aict_dataset_get_budgets (dataset),
                              aict_dataset_get_actors (dataset) };
    GPtrArray **arrays[3] = { &data->partnerships, &data->budgets, &data->actors };

    for (guint m = 0; m < 3; m++)
      {
        guint n = g_list_model_get_n_items (models[m]);

        *arrays[m] = g_ptr_array_sized_new (n);
        for (guint i = 0; i < n; i++)
          {
            gpointer item = g_list_model_get_item (models[m], i);

            g_ptr_array_add (*arrays[m], item);
            g_object_unref (item);   /* the dataset holds it */
          }
      }
    data->n_actors = data->actors->len;
  }
}

static void
data_clear (Data *data)
{
  g_clear_pointer (&data->partnerships, g_ptr_array_unref);
  g_clear_pointer (&data->budgets, g_ptr_array_unref);
  g_clear_pointer (&data->actors, g_ptr_array_unref);
  g_clear_object (&data->dataset);
  g_clear_pointer (&data->rare_theme, g_free);
  g_clear_pointer (&data->common_country, g_free);
  g_clear_pointer (&data->common_theme, g_free);
  g_clear_pointer (&data->common_actor, g_free);
}

/* -- operations --------------------------------------------------------- */

typedef enum
{
  OP_COUNTRY,
  OP_THEME,
  OP_ACTOR,
  OP_TOTALS,
  OP_OVERLAPS,
} OpKind;

typedef struct
{
  const char *name;     /* for the tables and the JSON */
  const char *label;
  OpKind kind;
  gboolean fixed;       /* a rare key: the same answer at every size */
  char *value;          /* country, theme or actor id */
  AictFilter *filter;   /* for the indexed filters */
} Op;

/* One answer of either side. */
typedef struct
{
  OpKind kind;
  GListModel *model;      /* the library's */
  GPtrArray *matches;     /* linear filters: AictPartnership *, borrowed */
  GHashTable *table;      /* linear totals (key → LinearTotal) or overlaps (country → LinearGroup) */
} Answer;

typedef struct
{
  gint64 min;
  gint64 max;
  guint n_budgets;
} LinearTotal;

typedef struct
{
  GHashTable *actors;        /* AictActor * (home side), set */
  GPtrArray *partnerships;   /* AictPartnership *, dataset order */
} LinearGroup;

static void
linear_group_free (gpointer data)
{
  LinearGroup *group = data;

  g_hash_table_unref (group->actors);
  g_ptr_array_unref (group->partnerships);
  g_free (group);
}

static void
answer_clear (Answer *answer)
{
  g_clear_object (&answer->model);
  g_clear_pointer (&answer->matches, g_ptr_array_unref);
  g_clear_pointer (&answer->table, g_hash_table_unref);
}

static guint
linear_overlaps_size (GHashTable *groups)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      LinearGroup *group = value;

      n += g_hash_table_size (group->actors) >= 2 && group->partnerships->len >= 2;
    }
  return n;
}

static guint
answer_size (const Answer *answer)
{
  if (answer->model != NULL)
    return g_list_model_get_n_items (answer->model);
  if (answer->matches != NULL)
    return answer->matches->len;
  if (answer->kind == OP_OVERLAPS)
    return linear_overlaps_size (answer->table);
  return g_hash_table_size (answer->table);
}

/* The indexed side: the library. */
static void
run_indexed (Data   *data,
             Op     *op,
             Answer *answer)
{
  g_autoptr(GError) error = NULL;

  answer->kind = op->kind;
  switch (op->kind)
    {
    case OP_COUNTRY:
    case OP_THEME:
    case OP_ACTOR:
      answer->model = aict_dataset_filter_partnerships (data->dataset, op->filter, &error);
      break;
    case OP_TOTALS:
      answer->model = aict_dataset_get_budget_totals (data->dataset,
                                                      AICT_BUDGET_GROUPING_ACTOR | AICT_BUDGET_GROUPING_YEAR,
                                                      NULL, &error);
      break;
    case OP_OVERLAPS:
      answer->model = aict_dataset_find_overlaps (data->dataset, AICT_OVERLAP_KIND_COUNTRY,
                                                  HOME_COUNTRY, NULL, &error);
      break;
    default:
      g_assert_not_reached ();
    }
  if (answer->model == NULL)
    die (op->name, error);
}

/* The linear side: plain scans in straightforward C. */

/* The actor and its units (whose parent chain leads to it): what an actor
 * criterion stands for. */
static GHashTable *
linear_family (Data       *data,
               const char *actor_id)
{
  GHashTable *family = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_add (family, (gpointer) actor_id);
  for (guint i = 0; i < data->actors->len; i++)
    {
      AictActor *actor = g_ptr_array_index (data->actors, i);
      AictActor *up = actor;

      for (int depth = 0; depth < MAX_PARENT_DEPTH; depth++)
        {
          const char *parent_id = aict_actor_get_parent_id (up);

          if (parent_id == NULL)
            break;
          if (strcmp (parent_id, actor_id) == 0)
            {
              g_hash_table_add (family, (gpointer) aict_entity_get_id (AICT_ENTITY (actor)));
              break;
            }
          up = aict_dataset_lookup_actor (data->dataset, parent_id);
          if (up == NULL || up == actor)
            break;
        }
    }
  return family;
}

static void
linear_filter (Data   *data,
               Op     *op,
               Answer *answer)
{
  GPtrArray *matches = g_ptr_array_new ();
  g_autoptr(GHashTable) family = op->kind == OP_ACTOR ? linear_family (data, op->value) : NULL;

  for (guint i = 0; i < data->partnerships->len; i++)
    {
      AictPartnership *partnership = g_ptr_array_index (data->partnerships, i);
      gboolean match = FALSE;

      switch (op->kind)
        {
        case OP_COUNTRY:
          match = aict_partnership_has_country (partnership, op->value);
          break;
        case OP_THEME:
          match = aict_partnership_has_theme (partnership, op->value);
          break;
        case OP_ACTOR:
          {
            for (guint p = 0; p < aict_partnership_get_n_participants (partnership) && !match; p++)
              match = g_hash_table_contains (family,
                                             aict_participant_get_actor_id (aict_partnership_get_participant (partnership, p)));
          }
          break;
        default:
          g_assert_not_reached ();
        }
      if (match)
        g_ptr_array_add (matches, partnership);
    }
  answer->matches = matches;
}

static const char *
first_lead (Data       *data,
            const char *partnership_id)
{
  AictPartnership *partnership = partnership_id != NULL
                                 ? aict_dataset_lookup_partnership (data->dataset, partnership_id) : NULL;

  if (partnership == NULL)
    return NULL;
  for (guint i = 0; i < aict_partnership_get_n_participants (partnership); i++)
    if (aict_participant_get_role (aict_partnership_get_participant (partnership, i)) == AICT_PARTICIPANT_ROLE_LEAD)
      return aict_participant_get_actor_id (aict_partnership_get_participant (partnership, i));
  return NULL;
}

/* "2016", "2014-2016", or "" when undated: the year key of the library. */
static void
year_key (AictBudget *budget,
          char       *out,
          gsize       size)
{
  const AictPartialDate *start = aict_budget_get_start (budget);
  const AictPartialDate *end = aict_budget_get_end (budget);
  int first = start != NULL ? aict_partial_date_get_year (start) : 0;
  int last = end != NULL ? aict_partial_date_get_year (end) : 0;

  if (first == 0 && last == 0)
    out[0] = '\0';
  else if (first == 0 || last == 0 || first == last)
    g_snprintf (out, size, "%d", first != 0 ? first : last);
  else
    g_snprintf (out, size, "%d-%d", first, last);
}

static void
total_key (GString    *key,
           const char *actor,
           const char *year,
           int         kind,
           const char *currency)
{
  g_string_truncate (key, 0);
  g_string_append_printf (key, "%s\x1e%s\x1e%d\x1e%s", actor != NULL ? actor : "\x1d",
                          year != NULL ? year : "", kind, currency);
}

static void
linear_totals (Data   *data,
               Answer *answer)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < data->budgets->len; i++)
    {
      AictBudget *budget = g_ptr_array_index (data->budgets, i);
      const AictAmount *amount = aict_budget_get_amount (budget);
      const char *actor;
      char year[32];
      LinearTotal *total;

      if (amount == NULL)
        continue;
      actor = aict_budget_get_actor_id (budget);
      if (actor == NULL)
        actor = first_lead (data, aict_budget_get_partnership_id (budget));
      year_key (budget, year, sizeof year);
      total_key (key, actor, year, aict_budget_get_kind (budget), aict_amount_get_currency (amount));

      total = g_hash_table_lookup (table, key->str);
      if (total == NULL)
        {
          total = g_new0 (LinearTotal, 1);
          g_hash_table_insert (table, g_strdup (key->str), total);
        }
      total->min += aict_amount_get_min (amount);
      total->max += aict_amount_get_max (amount);
      total->n_budgets++;
    }
  answer->table = table;
}

/* The home-side actor @actor stands for: its top-most parent, if that is
 * in France and a local authority; else NULL.  Memoised in @home_of
 * (actor → top, or → @none). */
static AictActor *
linear_home (Data       *data,
             GHashTable *home_of,
             AictActor  *actor)
{
  static const guint32 local_authorities =
    1u << AICT_ACTOR_KIND_REGION | 1u << AICT_ACTOR_KIND_DEPARTEMENT |
    1u << AICT_ACTOR_KIND_COMMUNE | 1u << AICT_ACTOR_KIND_INTERCOMMUNALITY;
  static int none;
  gpointer cached;
  AictActor *top = actor;

  if (actor == NULL)
    return NULL;
  if ((cached = g_hash_table_lookup (home_of, actor)) != NULL)
    return cached == &none ? NULL : cached;

  for (int depth = 0; depth < MAX_PARENT_DEPTH; depth++)
    {
      const char *parent_id = aict_actor_get_parent_id (top);
      AictActor *parent = parent_id != NULL ? aict_dataset_lookup_actor (data->dataset, parent_id) : NULL;

      if (parent == NULL || parent == actor)
        break;
      top = parent;
    }
  if (g_strcmp0 (aict_actor_get_country (top), HOME_COUNTRY) != 0 ||
      !(local_authorities & (1u << aict_actor_get_kind (top))))
    top = NULL;

  g_hash_table_insert (home_of, actor, top != NULL ? (gpointer) top : (gpointer) &none);
  return top;
}

static void
linear_overlaps (Data   *data,
                 Answer *answer)
{
  GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, linear_group_free);
  g_autoptr(GHashTable) home_of = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < data->partnerships->len; i++)
    {
      AictPartnership *partnership = g_ptr_array_index (data->partnerships, i);
      const char * const *countries = aict_partnership_get_countries (partnership);
      AictActor *home[64];
      guint n_home = 0;

      for (guint p = 0; p < aict_partnership_get_n_participants (partnership) && n_home < G_N_ELEMENTS (home); p++)
        {
          const char *actor_id = aict_participant_get_actor_id (aict_partnership_get_participant (partnership, p));
          AictActor *top = linear_home (data, home_of, aict_dataset_lookup_actor (data->dataset, actor_id));
          gboolean seen = FALSE;

          for (guint h = 0; h < n_home && !seen; h++)
            seen = home[h] == top;
          if (top != NULL && !seen)
            home[n_home++] = top;
        }
      if (n_home == 0)
        continue;

      for (guint c = 0; countries[c] != NULL; c++)
        {
          LinearGroup *group;

          if (strcmp (countries[c], HOME_COUNTRY) == 0)
            continue;
          group = g_hash_table_lookup (groups, countries[c]);
          if (group == NULL)
            {
              group = g_new0 (LinearGroup, 1);
              group->actors = g_hash_table_new (NULL, NULL);
              group->partnerships = g_ptr_array_new ();
              g_hash_table_insert (groups, (gpointer) countries[c], group);
            }
          for (guint h = 0; h < n_home; h++)
            g_hash_table_add (group->actors, home[h]);
          if (group->partnerships->len == 0 ||
              g_ptr_array_index (group->partnerships, group->partnerships->len - 1) != partnership)
            g_ptr_array_add (group->partnerships, partnership);
        }
    }
  answer->table = groups;
}

static void
run_linear (Data   *data,
            Op     *op,
            Answer *answer)
{
  answer->kind = op->kind;
  switch (op->kind)
    {
    case OP_COUNTRY:
    case OP_THEME:
    case OP_ACTOR:
      linear_filter (data, op, answer);
      break;
    case OP_TOTALS:
      linear_totals (data, answer);
      break;
    case OP_OVERLAPS:
      linear_overlaps (data, answer);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* -- checks ------------------------------------------------------------- */

static guint n_mismatches = 0;

static G_GNUC_PRINTF (3, 4) gboolean
mismatch (guint       size,
          const Op   *op,
          const char *format,
          ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("bench-query: MISMATCH at %u partnerships, %s: %s\n", size, op->label, message);
  n_mismatches++;
  return FALSE;
}

static gboolean
check_filter (Data         *data,
              const Op     *op,
              const Answer *indexed,
              const Answer *linear)
{
  guint n = g_list_model_get_n_items (indexed->model);

  if (n != linear->matches->len)
    return mismatch (data->size, op, "the library finds %u partnerships, the scan %u",
                     n, linear->matches->len);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictPartnership) partnership = g_list_model_get_item (indexed->model, i);

      if (partnership != g_ptr_array_index (linear->matches, i))
        return mismatch (data->size, op, "item %u: the library gives %s, the scan %s", i,
                         aict_entity_get_id (AICT_ENTITY (partnership)),
                         aict_entity_get_id (g_ptr_array_index (linear->matches, i)));
    }
  return TRUE;
}

static gboolean
check_totals (Data         *data,
              const Op     *op,
              const Answer *indexed,
              const Answer *linear)
{
  guint n = g_list_model_get_n_items (indexed->model);
  g_autoptr(GString) key = g_string_new (NULL);
  gboolean ok = TRUE;

  if (n != g_hash_table_size (linear->table))
    ok = mismatch (data->size, op, "the library gives %u rows, the scan %u",
                   n, g_hash_table_size (linear->table));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictTotal) total = g_list_model_get_item (indexed->model, i);
      const AictAmount *amount = aict_total_get_amount (total);
      const char *actor = aict_total_get_key (total, AICT_BUDGET_GROUPING_ACTOR);
      const char *year = aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR);
      LinearTotal *expected;

      total_key (key, actor, year, aict_total_get_kind (total), aict_amount_get_currency (amount));
      expected = g_hash_table_lookup (linear->table, key->str);
      if (expected == NULL)
        return mismatch (data->size, op, "row %s/%s kind %d %s is not in the scan's",
                         actor, year, aict_total_get_kind (total), aict_amount_get_currency (amount));
      if (expected->min != aict_amount_get_min (amount) ||
          expected->max != aict_amount_get_max (amount) ||
          expected->n_budgets != aict_total_get_n_budgets (total))
        return mismatch (data->size, op,
                         "row %s/%s kind %d %s: the library sums %" G_GINT64_FORMAT "..%" G_GINT64_FORMAT
                         " over %u lines, the scan %" G_GINT64_FORMAT "..%" G_GINT64_FORMAT " over %u",
                         actor, year, aict_total_get_kind (total), aict_amount_get_currency (amount),
                         aict_amount_get_min (amount), aict_amount_get_max (amount),
                         aict_total_get_n_budgets (total), expected->min, expected->max,
                         expected->n_budgets);
    }
  return ok;
}

static gboolean
check_overlaps (Data         *data,
                const Op     *op,
                const Answer *indexed,
                const Answer *linear)
{
  guint n = g_list_model_get_n_items (indexed->model);
  guint expected_n = linear_overlaps_size (linear->table);
  gboolean ok = TRUE;

  if (n != expected_n)
    ok = mismatch (data->size, op, "the library finds %u groups, the scan %u", n, expected_n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictOverlap) overlap = g_list_model_get_item (indexed->model, i);
      const char *key = aict_overlap_get_key (overlap);
      const char * const *actor_ids = aict_overlap_get_actor_ids (overlap);
      const char * const *partnership_ids = aict_overlap_get_partnership_ids (overlap);
      LinearGroup *group = g_hash_table_lookup (linear->table, key);
      guint n_actors = g_strv_length ((char **) actor_ids);
      guint n_partnerships = g_strv_length ((char **) partnership_ids);

      if (aict_overlap_get_kind (overlap) != AICT_OVERLAP_KIND_COUNTRY)
        return mismatch (data->size, op, "group %s is not a country group", key);
      if (group == NULL || g_hash_table_size (group->actors) < 2 || group->partnerships->len < 2)
        return mismatch (data->size, op, "group %s is not one of the scan's", key);
      if (n_actors != g_hash_table_size (group->actors))
        return mismatch (data->size, op, "group %s: %u actors in the library's, %u in the scan's",
                         key, n_actors, g_hash_table_size (group->actors));
      for (guint a = 0; a < n_actors; a++)
        if (!g_hash_table_contains (group->actors, aict_dataset_lookup_actor (data->dataset, actor_ids[a])))
          return mismatch (data->size, op, "group %s: actor %s is not in the scan's", key, actor_ids[a]);
      if (n_partnerships != group->partnerships->len)
        return mismatch (data->size, op, "group %s: %u partnerships in the library's, %u in the scan's",
                         key, n_partnerships, group->partnerships->len);
      for (guint p = 0; p < n_partnerships; p++)
        if (strcmp (partnership_ids[p],
                    aict_entity_get_id (g_ptr_array_index (group->partnerships, p))) != 0)
          return mismatch (data->size, op, "group %s: partnership %u is %s in the library's, %s in the scan's",
                           key, p, partnership_ids[p],
                           aict_entity_get_id (g_ptr_array_index (group->partnerships, p)));
    }
  return ok;
}

static gboolean
check_answers (Data         *data,
               const Op     *op,
               const Answer *indexed,
               const Answer *linear)
{
  switch (op->kind)
    {
    case OP_COUNTRY:
    case OP_THEME:
    case OP_ACTOR:
      return check_filter (data, op, indexed, linear);
    case OP_TOTALS:
      return check_totals (data, op, indexed, linear);
    case OP_OVERLAPS:
      return check_overlaps (data, op, indexed, linear);
    default:
      g_assert_not_reached ();
    }
}

/* -- timing ------------------------------------------------------------- */

typedef struct
{
  double best;
  double median;
  guint runs;
  guint batch;   /* calls per sample */
} Timing;

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

typedef void (*RunFunc) (Data *data, Op *op, Answer *answer);

/* Runs @run once to warm up, keeping that answer in @kept, then as many
 * times as the options ask.  An operation faster than 1 ms is timed in
 * batches of calls that take about 1 ms (a sample is the batch's time over
 * its calls): g_get_monotonic_time() counts microseconds.  Answers are
 * freed outside the clock. */
static Timing
time_runs (Data    *data,
           Op      *op,
           RunFunc  run,
           Answer  *kept)
{
  Timing timing = { 0, };
  double t0, first, *samples;
  guint runs, batch = 1;
  Answer *answers;

  t0 = now_s ();
  run (data, op, kept);
  first = now_s () - t0;

  if (opt_smoke)
    {
      timing.best = timing.median = first;
      timing.runs = 1;
      return timing;
    }

  if (first > 1.0)
    runs = (guint) MAX (opt_slow_runs, 1);
  else
    {
      double wanted;

      if (first < 1e-3)
        batch = (guint) CLAMP (ceil (1e-3 / MAX (first, 1e-7)), 1, 1000);
      wanted = opt_min_time_ms / 1000.0 / (MAX (first, 1e-7) * batch);
      runs = (guint) MIN (MAX (ceil (wanted), (double) MAX (opt_min_runs, 1)), 100000.0);
    }

  samples = g_new (double, runs);
  answers = g_new0 (Answer, batch);
  for (guint r = 0; r < runs; r++)
    {
      t0 = now_s ();
      for (guint b = 0; b < batch; b++)
        run (data, op, &answers[b]);
      samples[r] = (now_s () - t0) / batch;
      for (guint b = 0; b < batch; b++)
        answer_clear (&answers[b]);
    }
  qsort (samples, runs, sizeof (double), compare_double);
  timing.best = samples[0];
  timing.median = runs % 2 ? samples[runs / 2] : (samples[runs / 2 - 1] + samples[runs / 2]) / 2;
  timing.runs = runs;
  timing.batch = batch;
  g_free (samples);
  g_free (answers);

  return timing;
}

/* -- results ------------------------------------------------------------ */

typedef struct
{
  const char *name;
  const char *label;
  gboolean fixed;
  guint answer;
  Timing indexed;
  Timing linear;
  gboolean checked_ok;
  gboolean has_linear;
} Row;

typedef struct
{
  guint size;
  guint n_actors;
  guint n_budgets;
  double build_s;
  double first_query_s;
  guint first_query_answer;
  GArray *rows;    /* Row */
  long rss_kib;
  long peak_rss_kib;
} SizeResult;

static const Row *
find_row (const SizeResult *result,
          const char       *name)
{
  for (guint i = 0; i < result->rows->len; i++)
    if (strcmp (g_array_index (result->rows, Row, i).name, name) == 0)
      return &g_array_index (result->rows, Row, i);
  return NULL;
}

static char *
fmt_ms (double seconds)
{
  double ms = seconds * 1000;

  if (ms < 0.1)
    return g_strdup_printf ("%.4f", ms);
  if (ms < 10)
    return g_strdup_printf ("%.3f", ms);
  if (ms < 1000)
    return g_strdup_printf ("%.1f", ms);
  return g_strdup_printf ("%.0f", ms);
}

static void
print_size (const SizeResult *result)
{
  g_autofree char *size = fmt_int (result->size);
  g_autofree char *actors = fmt_int (result->n_actors);
  g_autofree char *budgets = fmt_int (result->n_budgets);
  g_autofree char *build = fmt_ms (result->build_s);
  g_autofree char *first = fmt_ms (result->first_query_s);

  printf ("\n== %s partnerships (%s actors, %s budget lines); RSS %.0f MB, peak so far %.0f MB\n",
          size, actors, budgets, result->rss_kib * 1024 / 1e6, result->peak_rss_kib * 1024 / 1e6);
  printf ("%-40s %9s  %21s  %21s  %9s  %s\n", "operation", "answer",
          "indexed ms (med/best)", "linear ms (med/best)", "speed-up", "check");
  printf ("%-40s %9s  %21s  %21s  %9s  %s\n", "dataset build (aict_dataset_add)", "-", build, "", "", "");
  printf ("%-40s %9u  %21s  %21s  %9s  %s\n", "first query: builds the index",
          result->first_query_answer, first, "", "", "");
  for (guint i = 0; i < result->rows->len; i++)
    {
      const Row *row = &g_array_index (result->rows, Row, i);
      g_autofree char *im = fmt_ms (row->indexed.median);
      g_autofree char *ib = fmt_ms (row->indexed.best);
      g_autofree char *lm = fmt_ms (row->linear.median);
      g_autofree char *lb = fmt_ms (row->linear.best);
      g_autofree char *indexed = g_strdup_printf ("%s / %s", im, ib);
      g_autofree char *linear = g_strdup_printf ("%s / %s", lm, lb);
      g_autofree char *speedup = g_strdup_printf ("%.1fx", row->linear.median / MAX (row->indexed.median, 1e-9));

      printf ("%-40s %9u  %21s  %21s  %9s  %s\n", row->label, row->answer, indexed, linear, speedup,
              row->checked_ok ? "same" : "DIFFERS");
    }
  fflush (stdout);
}

typedef struct
{
  const char *target;
  const char *name;
  double small_s;
  double big_s;
  guint small_size;
  guint big_size;
  double ratio;
  double limit;
  gboolean pass;
  gboolean applicable;
  char *detail;
} Verdict;

static GArray *
judge (GArray *results)
{
  GArray *verdicts = g_array_new (FALSE, TRUE, sizeof (Verdict));
  const SizeResult *small = NULL, *big = NULL;
  static const char * const fixed_ops[] = { "country-rare", "theme-rare", "actor-rare" };

  for (guint i = 0; i < results->len; i++)
    {
      const SizeResult *r = &g_array_index (results, SizeResult, i);

      if (small == NULL || r->size < small->size)
        small = r;
      if (big == NULL || r->size > big->size)
        big = r;
    }
  if (small == NULL)
    return verdicts;

  for (guint f = 0; f < G_N_ELEMENTS (fixed_ops); f++)
    {
      const Row *a = find_row (small, fixed_ops[f]);
      const Row *b = find_row (big, fixed_ops[f]);
      Verdict v = { 0, };

      v.target = "fixed-answer filter: largest / smallest < 2x";
      v.name = fixed_ops[f];
      v.limit = 2.0;
      v.applicable = small != big && a != NULL && b != NULL;
      if (a != NULL && b != NULL)
        {
          g_autofree char *s = fmt_int (small->size);
          g_autofree char *l = fmt_int (big->size);
          g_autofree char *sa = fmt_ms (a->indexed.median);
          g_autofree char *sb = fmt_ms (b->indexed.median);
          g_autofree char *ba = fmt_ms (a->indexed.best);
          g_autofree char *bb = fmt_ms (b->indexed.best);

          v.small_s = a->indexed.median;
          v.big_s = b->indexed.median;
          v.small_size = small->size;
          v.big_size = big->size;
          v.ratio = v.big_s / MAX (v.small_s, 1e-9);
          v.pass = v.ratio < v.limit;
          v.detail = g_strdup_printf ("%s (answer %u at %s, %u at %s): %s ms at %s, %s ms at %s: %.2fx "
                                      "(best: %s → %s ms, %.2fx)",
                                      a->label, a->answer, s, b->answer, l, sa, s, sb, l, v.ratio,
                                      ba, bb, b->indexed.best / MAX (a->indexed.best, 1e-9));
        }
      else
        v.detail = g_strdup ("not run (--ops)");
      g_array_append_val (verdicts, v);
    }

  {
    const SizeResult *million = NULL;
    Verdict v = { 0, };

    for (guint i = 0; i < results->len; i++)
      if (g_array_index (results, SizeResult, i).size >= 1000000)
        million = &g_array_index (results, SizeResult, i);
    v.target = "overlaps by country over 1 000 000 partnerships < 1 s";
    v.name = "overlaps-country";
    v.limit = 1.0;
    v.applicable = million != NULL && find_row (million, "overlaps-country") != NULL;
    if (v.applicable)
      {
        const Row *row = find_row (million, "overlaps-country");
        g_autofree char *s = fmt_int (million->size);

        v.big_s = row->indexed.median;
        v.big_size = million->size;
        v.pass = v.big_s < v.limit;
        v.detail = g_strdup_printf ("%u groups over %s partnerships: %.3f s median, %.3f s best "
                                    "(linear scan %.3f s)",
                                    row->answer, s, row->indexed.median, row->indexed.best,
                                    row->linear.median);
      }
    else
      v.detail = g_strdup (million == NULL ? "no size of 1 000 000 partnerships or more was run"
                                           : "not run (--ops)");
    g_array_append_val (verdicts, v);
  }

  return verdicts;
}

static void
print_summary (GArray *results,
               GArray *verdicts)
{
  const SizeResult *small = NULL, *big = NULL;

  for (guint i = 0; i < results->len; i++)
    {
      const SizeResult *r = &g_array_index (results, SizeResult, i);

      if (small == NULL || r->size < small->size)
        small = r;
      if (big == NULL || r->size > big->size)
        big = r;
    }
  if (small == NULL)
    return;
  if (small == big)
    goto targets;

  printf ("\n== fixed-size answers: indexed time (median) from the smallest to the largest dataset\n");
  {
    g_autofree char *s = fmt_int (small->size);
    g_autofree char *l = fmt_int (big->size);

    printf ("%-40s %9s  %14s  %14s  %7s  %s\n", "operation", "answer", s, l, "ratio", "target < 2x");
  }
  for (guint i = 0; i < small->rows->len; i++)
    {
      const Row *a = &g_array_index (small->rows, Row, i);
      const Row *b = find_row (big, a->name);
      g_autofree char *ta = fmt_ms (a->indexed.median);
      g_autofree char *tb = b != NULL ? fmt_ms (b->indexed.median) : g_strdup ("-");
      g_autofree char *answers = b != NULL && b->answer != a->answer
                                 ? g_strdup_printf ("%u→%u", a->answer, b->answer)
                                 : g_strdup_printf ("%u", a->answer);
      double ratio = b != NULL ? b->indexed.median / MAX (a->indexed.median, 1e-9) : 0;

      printf ("%-40s %9s  %11s ms  %11s ms  %6.2fx  %s\n", a->label, answers, ta, tb, ratio,
              small == big ? "-" : a->fixed ? (ratio < 2.0 ? "PASS" : "MISS") : "(answer grows: info)");
    }

targets:
  printf ("\n== targets\n");
  for (guint i = 0; i < verdicts->len; i++)
    {
      const Verdict *v = &g_array_index (verdicts, Verdict, i);

      printf ("%-4s %s: %s\n", !v->applicable ? "SKIP" : v->pass ? "PASS" : "MISS", v->target,
              v->detail != NULL ? v->detail : "");
    }
  printf ("peak RSS %.0f MB\n", peak_rss_kib () * 1024 / 1e6);
  if (n_mismatches > 0)
    printf ("%u ANSWER MISMATCH%s between the library and the linear scans (see stderr): exit status 1\n",
            n_mismatches, n_mismatches == 1 ? "" : "ES");
  else
    printf ("every answer of the library equals the linear scan's\n");
  fflush (stdout);
}

static void
json_timing (GString      *out,
             const char   *name,
             const Timing *t)
{
  g_string_append_printf (out, "\"%s\": {\"median_s\": %.9f, \"best_s\": %.9f, \"runs\": %u, "
                          "\"calls_per_run\": %u}",
                          name, t->median, t->best, t->runs, MAX (t->batch, 1));
}

static void
print_json (GArray *results,
            GArray *verdicts,
            guint   seed)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "{\"seed\": %u, \"sizes\": [", seed);
  for (guint i = 0; i < results->len; i++)
    {
      const SizeResult *r = &g_array_index (results, SizeResult, i);

      g_string_append_printf (out, "%s\n  {\"partnerships\": %u, \"actors\": %u, \"budgets\": %u, "
                              "\"build_s\": %.6f, \"first_query_s\": %.6f, \"rss_kib\": %ld, "
                              "\"peak_rss_kib\": %ld, \"operations\": [",
                              i ? "," : "", r->size, r->n_actors, r->n_budgets, r->build_s,
                              r->first_query_s, r->rss_kib, r->peak_rss_kib);
      for (guint j = 0; j < r->rows->len; j++)
        {
          const Row *row = &g_array_index (r->rows, Row, j);

          g_string_append_printf (out, "%s\n    {\"name\": \"%s\", \"label\": \"%s\", \"fixed_answer\": %s, "
                                  "\"answer\": %u, ", j ? "," : "", row->name, row->label,
                                  row->fixed ? "true" : "false", row->answer);
          json_timing (out, "indexed", &row->indexed);
          g_string_append (out, ", ");
          json_timing (out, "linear", &row->linear);
          g_string_append_printf (out, ", \"same_answer\": %s}", row->checked_ok ? "true" : "false");
        }
      g_string_append (out, "]}");
    }
  g_string_append (out, "],\n \"targets\": [");
  for (guint i = 0; i < verdicts->len; i++)
    {
      const Verdict *v = &g_array_index (verdicts, Verdict, i);

      g_string_append_printf (out, "%s\n  {\"target\": \"%s\", \"operation\": \"%s\", \"verdict\": \"%s\", "
                              "\"small_size\": %u, \"small_s\": %.9f, \"big_size\": %u, \"big_s\": %.9f, "
                              "\"ratio\": %.4f}",
                              i ? "," : "", v->target, v->name,
                              !v->applicable ? "SKIP" : v->pass ? "PASS" : "MISS",
                              v->small_size, v->small_s, v->big_size, v->big_s, v->ratio);
    }
  g_string_append_printf (out, "],\n \"peak_rss_kib\": %ld, \"mismatches\": %u}\n",
                          peak_rss_kib (), n_mismatches);
  fputs (out->str, stdout);
  g_string_free (out, TRUE);
}

/* -- main --------------------------------------------------------------- */

static void
bench_size (guint       size,
            guint       seed,
            SizeResult *result)
{
  Data data;
  g_autoptr(GError) error = NULL;
  Op ops[8];
  guint n_ops = 0;
  double t0;

  if (!opt_json)
    {
      g_autofree char *shown = fmt_int (size);

      printf ("\nbuilding %s partnerships…\n", shown);
      fflush (stdout);
    }
  data_build (&data, size, seed);

  memset (result, 0, sizeof *result);
  result->size = size;
  result->n_actors = data.n_actors;
  result->n_budgets = data.n_budgets;
  result->build_s = data.build_s;
  result->rows = g_array_new (FALSE, TRUE, sizeof (Row));

#define ADD_OP(op_name, op_label, op_kind, op_fixed, op_value) \
  G_STMT_START { \
    Op *op = &ops[n_ops++]; \
    op->name = op_name; \
    op->label = op_label; \
    op->kind = op_kind; \
    op->fixed = op_fixed; \
    op->value = g_strdup (op_value); \
    op->filter = NULL; \
  } G_STMT_END

  ADD_OP ("country-rare", "country TV (rare: 100 at every size)", OP_COUNTRY, TRUE, RARE_COUNTRY);
  ADD_OP ("theme-rare", "theme (rare: 100 at every size)", OP_THEME, TRUE, data.rare_theme);
  ADD_OP ("actor-rare", "actor fr-rare (100 at every size)", OP_ACTOR, TRUE, RARE_ACTOR);
  ADD_OP ("country-common", "country (most common)", OP_COUNTRY, FALSE, data.common_country);
  ADD_OP ("theme-common", "theme (most common)", OP_THEME, FALSE, data.common_theme);
  ADD_OP ("actor-common", "actor département + its units", OP_ACTOR, FALSE, data.common_actor);
  ADD_OP ("totals-actor-year", "budget totals by ACTOR|YEAR (all)", OP_TOTALS, FALSE, NULL);
  ADD_OP ("overlaps-country", "overlaps by COUNTRY (all, home FR)", OP_OVERLAPS, FALSE, NULL);
#undef ADD_OP

  for (guint i = 0; i < n_ops; i++)
    {
      Op *op = &ops[i];

      if (op->kind == OP_TOTALS || op->kind == OP_OVERLAPS)
        continue;
      op->filter = aict_filter_new ();
      if ((op->kind == OP_COUNTRY && !aict_filter_add_country (op->filter, op->value, &error)) ||
          (op->kind == OP_THEME && !aict_filter_add_theme (op->filter, op->value, &error)))
        die (op->value, error);
      if (op->kind == OP_ACTOR)
        aict_filter_set_actor (op->filter, op->value);
    }

  /* The first query builds the index: timed apart. */
  {
    Answer first = { 0, };

    t0 = now_s ();
    run_indexed (&data, &ops[0], &first);
    result->first_query_s = now_s () - t0;
    result->first_query_answer = answer_size (&first);
    answer_clear (&first);
  }

  for (guint i = 0; i < n_ops; i++)
    {
      Op *op = &ops[i];
      Answer indexed = { 0, }, linear = { 0, };
      Row row = { 0, };

      if (opt_ops != NULL)
        {
          g_auto(GStrv) wanted = g_strsplit (opt_ops, ",", -1);

          if (!g_strv_contains ((const char * const *) wanted, op->name))
            continue;
        }

      row.name = op->name;
      row.label = op->label;
      row.fixed = op->fixed;
      row.indexed = time_runs (&data, op, run_indexed, &indexed);
      row.linear = time_runs (&data, op, run_linear, &linear);
      row.has_linear = TRUE;
      row.answer = answer_size (&indexed);
      row.checked_ok = check_answers (&data, op, &indexed, &linear);
      if (op->fixed && row.answer != RARE_COUNT)
        row.checked_ok = mismatch (size, op, "the rare key has %u matches, not %u", row.answer, RARE_COUNT);
      g_array_append_val (result->rows, row);
      answer_clear (&indexed);
      answer_clear (&linear);
    }

  result->rss_kib = rss_kib ();
  result->peak_rss_kib = peak_rss_kib ();

  for (guint i = 0; i < n_ops; i++)
    {
      g_clear_object (&ops[i].filter);
      g_free (ops[i].value);
    }
  data_clear (&data);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- the query API against linear scans");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *results;
  GArray *verdicts;
  g_auto(GStrv) parts = NULL;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-query: %s\n", error->message);
      return 2;
    }

  parts = g_strsplit (opt_sizes != NULL ? opt_sizes : opt_smoke ? "10000" : "10000,100000,1000000", ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 n;
      guint size;

      if (!g_ascii_string_to_unsigned (g_strstrip (parts[i]), 10, 300, G_MAXUINT32 / 4, &n, &error))
        {
          g_printerr ("bench-query: --sizes: %s (each size at least 300)\n", error->message);
          return 2;
        }
      size = (guint) n;
      g_array_append_val (sizes, size);
    }

  if (!opt_json)
    {
      printf ("bench-query: the query API against plain linear scans over the same objects "
              "(seed %d; times: median / best of the runs after one warm-up; "
              "at least %d runs and %d ms in all, %d runs over 1 s%s)\n",
              opt_seed, opt_min_runs, opt_min_time_ms, opt_slow_runs,
              opt_smoke ? "; --smoke: one run each" : "");
      fflush (stdout);
    }

  results = g_array_new (FALSE, TRUE, sizeof (SizeResult));
  for (guint i = 0; i < sizes->len; i++)
    {
      SizeResult result;

      bench_size (g_array_index (sizes, guint, i), (guint) opt_seed, &result);
      g_array_append_val (results, result);
      if (!opt_json)
        print_size (&result);
    }

  verdicts = judge (results);
  if (opt_json)
    print_json (results, verdicts, (guint) opt_seed);
  else
    print_summary (results, verdicts);

  for (guint i = 0; i < verdicts->len; i++)
    g_free (g_array_index (verdicts, Verdict, i).detail);
  g_array_unref (verdicts);
  for (guint i = 0; i < results->len; i++)
    g_array_unref (g_array_index (results, SizeResult, i).rows);
  g_array_unref (results);

  return n_mismatches > 0 ? 1 : 0;
}
