/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <libxml/xmlwriter.h>

#include "aict-dataset.h"
#include "aict-export.h"
#include "aict-i18n-private.h"
#include "aict-report-private.h"
#include "aict-codelist.h"
#include "aict-labels.h"
#include "aict-analysis.h"

/* Exports of a dataset to the formats of other tools: IATI 2.03 activity
 * XML ([method@Aict.Dataset.export_iati]) and a Graphviz graph of the
 * network ([method@Aict.Dataset.export_dot]).  The mappings, and what
 * each one loses, are in `doc/iati.md`. */

/* One partnership, planned before anything of it is written: an activity
 * is written whole or not at all. */
typedef struct
{
  const char *actor_id;
  const char *role;        /* OrganisationRole code */
} Org;

typedef struct
{
  const char *type;        /* ActivityDateType code */
  GDate date;
} ActivityDate;

typedef struct
{
  const char *type;        /* BudgetType */
  const char *status;      /* BudgetStatus */
  GDate start;
  GDate end;
  gint64 value;            /* minor units */
  const char *currency;
} Budget;

typedef struct
{
  AictPartnership *partnership;
  char *path;              /* "$.partnerships[3]" */
  char *identifier;
  const char *status;
  GArray *orgs;            /* Org */
  GArray *dates;           /* ActivityDate */
  GPtrArray *sectors;      /* char *, DAC codes, without repeats */
  GArray *budgets;         /* Budget */
} Activity;

typedef struct
{
  AictDataset *dataset;
  AictReport *report;
  xmlTextWriterPtr writer;
  GOutputStream *stream;
  GCancellable *cancellable;
  GError *io_error;
  gboolean failed;
  const char *language;
  GDate today;
  AictActor *reporting_org;
  char *reporting_ref;
  GHashTable *budgets;     /* partnership id → GPtrArray of AictBudget (borrowed) */
  GHashTable *budget_index;  /* AictBudget → its index + 1 in the dataset */
  GPtrArray *issues;       /* AictIssue, added to the report at the end */
  /* Notes that would repeat for most partnerships: counted, and said
   * once each at the end. */
  guint n_first_days;
  guint n_last_days;
  guint n_title_descriptions;
  guint n_participant_notes;
} Export;

static void issue (Export       *e,
                   AictSeverity  severity,
                   const char   *code,
                   const char   *path,
                   const char   *object_id,
                   const char   *format,
                   ...) G_GNUC_PRINTF (6, 7);

static void
issue (Export       *e,
       AictSeverity  severity,
       const char   *code,
       const char   *path,
       const char   *object_id,
       const char   *format,
       ...)
{
  char *message;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (e->issues, _aict_issue_new_take (severity, code, g_strdup (path), object_id, message));
}

/* Identifiers */

/* Whether @value can stand in an IATI identifier: printable ASCII, none of
 * the characters the IATI rulesets forbid in identifiers (white space, / &
 * | ?). */
static gboolean
is_identifier_text (const char *value)
{
  if (value == NULL || *value == '\0' || strlen (value) > 200)
    return FALSE;
  for (const char *p = value; *p != '\0'; p++)
    if (*p <= ' ' || *p >= 0x7f || strchr ("/&|?", *p) != NULL)
      return FALSE;

  return TRUE;
}

/* @value with its spaces taken out if what is left is @n digits. */
static char *
digits_of (const char *value,
           guint       n)
{
  GString *digits = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '.')
        continue;
      if (!g_ascii_isdigit (*p))
        {
          g_string_free (digits, TRUE);
          return NULL;
        }
      g_string_append_c (digits, *p);
    }
  if (digits->len != n)
    {
      g_string_free (digits, TRUE);
      return NULL;
    }

  return g_string_free (digits, FALSE);
}

/**
 * aict_actor_dup_iati_org_id:
 * @actor: an actor
 *
 * Gets the IATI organisation identifier of @actor, built from its
 * identifiers: one of scheme `org-id` (or `iati`) is used as it is; a
 * SIREN number (scheme `siren`, 9 digits), or the SIREN part of a SIRET
 * number (scheme `siret`, 14 digits), gives `FR-RCS-` and the SIREN, the
 * list of org-id.guide for French registered bodies.  An RNA number
 * (associations) has no org-id.guide list and gives none.
 *
 * Returns: (transfer full) (nullable): the identifier, or %NULL if none of
 *   the identifiers of @actor gives one
 *
 * Since: 0.2
 */
char *
aict_actor_dup_iati_org_id (AictActor *actor)
{
  char *from_siren = NULL;

  g_return_val_if_fail (AICT_IS_ACTOR (actor), NULL);

  for (guint i = 0; i < aict_actor_get_n_identifiers (actor); i++)
    {
      const AictIdentifier *identifier = aict_actor_get_identifier (actor, i);
      const char *scheme = aict_identifier_get_scheme (identifier);
      const char *value = aict_identifier_get_value (identifier);

      if (scheme == NULL || value == NULL)
        continue;
      if (g_ascii_strcasecmp (scheme, "org-id") == 0 || g_ascii_strcasecmp (scheme, "iati") == 0)
        {
          if (is_identifier_text (value) && strchr (value + 1, '-') != NULL)
            {
              g_free (from_siren);
              return g_strdup (value);
            }
        }
      else if (from_siren == NULL && g_ascii_strcasecmp (scheme, "siren") == 0)
        {
          g_autofree char *siren = digits_of (value, 9);

          if (siren != NULL)
            from_siren = g_strconcat ("FR-RCS-", siren, NULL);
        }
      else if (from_siren == NULL && g_ascii_strcasecmp (scheme, "siret") == 0)
        {
          g_autofree char *siret = digits_of (value, 14);

          if (siret != NULL)
            from_siren = g_strdup_printf ("FR-RCS-%.9s", siret);
        }
    }

  return from_siren;
}

/* Codes */

static const char *
status_code (Export          *e,
             AictPartnership *partnership,
             const char      *path)
{
  const char *id = aict_entity_get_id (AICT_ENTITY (partnership));

  switch (aict_partnership_get_status (partnership))
    {
    case AICT_PARTNERSHIP_STATUS_PLANNED:
      return "1";
    case AICT_PARTNERSHIP_STATUS_ACTIVE:
      return "2";
    case AICT_PARTNERSHIP_STATUS_SLOWED:
      issue (e, AICT_SEVERITY_WARNING, "iati-status-slowed", path, id,
             _("status “slowed” written as IATI 2 (implementation): that it runs at a reduced pace is lost"));
      return "2";
    case AICT_PARTNERSHIP_STATUS_DORMANT:
      issue (e, AICT_SEVERITY_WARNING, "iati-status-dormant", path, id,
             _("status “dormant” written as IATI 6 (suspended): that no decision stopped it is lost"));
      return "6";
    case AICT_PARTNERSHIP_STATUS_SUSPENDED:
      return "6";
    case AICT_PARTNERSHIP_STATUS_ENDED:
      return "4";
    case AICT_PARTNERSHIP_STATUS_ABANDONED:
      issue (e, AICT_SEVERITY_INFO, "iati-status-abandoned", path, id,
             _("status “abandoned” written as IATI 5 (cancelled): that it had started is lost"));
      return "5";
    default:
      g_assert_not_reached ();
    }
}

/* The OrganisationType of @actor; a service takes its parent's. */
static const char *
org_type (Export    *e,
          AictActor *actor)
{
  AictActor *at = actor;

  for (guint depth = 0; depth < 32 && aict_actor_get_kind (at) == AICT_ACTOR_KIND_SERVICE; depth++)
    {
      const char *parent_id = aict_actor_get_parent_id (at);
      AictActor *parent = parent_id != NULL ? aict_dataset_lookup_actor (e->dataset, parent_id) : NULL;

      if (parent == NULL)
        return "90";
      at = parent;
    }

  switch (aict_actor_get_kind (at))
    {
    case AICT_ACTOR_KIND_REGION:
    case AICT_ACTOR_KIND_DEPARTEMENT:
    case AICT_ACTOR_KIND_COMMUNE:
    case AICT_ACTOR_KIND_INTERCOMMUNALITY:
    case AICT_ACTOR_KIND_FOREIGN_AUTHORITY:
      return "11";
    case AICT_ACTOR_KIND_STATE:
    case AICT_ACTOR_KIND_MINISTRY:
      return "10";
    case AICT_ACTOR_KIND_PUBLIC_AGENCY:
    case AICT_ACTOR_KIND_CHAMBER:
      return "15";
    case AICT_ACTOR_KIND_AUTHORITY_ASSOCIATION:
    case AICT_ACTOR_KIND_NETWORK:
    case AICT_ACTOR_KIND_ASSOCIATION:
      {
        const char *home = aict_actor_get_country (e->reporting_org);
        const char *country = aict_actor_get_country (at);

        if (home != NULL && country != NULL && g_ascii_strcasecmp (home, country) != 0)
          return "24";
        return "22";
      }
    case AICT_ACTOR_KIND_COMPANY:
      return "70";
    case AICT_ACTOR_KIND_EDUCATION:
      return "80";
    case AICT_ACTOR_KIND_MULTILATERAL:
      return "40";
    case AICT_ACTOR_KIND_OTHER:
    case AICT_ACTOR_KIND_SERVICE:
    default:
      return "90";
    }
}

/* Dates */

static void
first_day (const AictPartialDate *date,
           GDate                 *out)
{
  g_autoptr(GDate) day = aict_partial_date_get_first_day (date);

  *out = *day;
}

static void
last_day (const AictPartialDate *date,
          GDate                 *out)
{
  g_autoptr(GDate) day = aict_partial_date_get_last_day (date);

  *out = *day;
}

static void
add_date (Activity    *activity,
          const char  *type,
          const GDate *date)
{
  ActivityDate item = { type, *date };

  g_array_append_val (activity->dates, item);
}

static void
plan_dates (Export   *e,
            Activity *activity)
{
  AictPartnership *partnership = activity->partnership;
  const char *id = aict_entity_get_id (AICT_ENTITY (partnership));
  const AictPartialDate *start = aict_partnership_get_start (partnership);
  const AictPartialDate *end = aict_partnership_get_end (partnership);
  AictPartnershipStatus status = aict_partnership_get_status (partnership);
  gboolean started = status != AICT_PARTNERSHIP_STATUS_PLANNED;
  gboolean ended = status == AICT_PARTNERSHIP_STATUS_ENDED || status == AICT_PARTNERSHIP_STATUS_ABANDONED;
  GDate day;

  if (start != NULL)
    {
      first_day (start, &day);
      if (started && g_date_compare (&day, &e->today) > 0)
        {
          issue (e, AICT_SEVERITY_WARNING, "iati-start-in-future", activity->path, id,
                 _("the partnership has started but its start is after today: written as a planned start"));
          started = FALSE;
        }
      add_date (activity, started ? "2" : "1", &day);
      if (aict_partial_date_get_precision (start) != AICT_DATE_PRECISION_DAY)
        e->n_first_days++;
    }

  if (end != NULL && start != NULL && aict_partial_date_is_before (end, start))
    {
      issue (e, AICT_SEVERITY_WARNING, "iati-end-before-start", activity->path, id,
             _("the partnership ends before it starts: its end is not exported"));
      end = NULL;
    }

  if (end != NULL)
    {
      GDate first;

      first_day (end, &first);
      last_day (end, &day);
      if (ended && g_date_compare (&first, &e->today) > 0)
        {
          issue (e, AICT_SEVERITY_WARNING, "iati-end-in-future", activity->path, id,
                 _("the partnership has ended but its end is after today: written as a planned end"));
          ended = FALSE;
        }
      if (ended && g_date_compare (&day, &e->today) > 0)
        day = e->today;   /* an actual date is never in the future */
      add_date (activity, ended ? "4" : "3", &day);
      if (aict_partial_date_get_precision (end) != AICT_DATE_PRECISION_DAY)
        e->n_last_days++;
    }
}

/* Organisations */

static void
add_org (Activity   *activity,
         const char *actor_id,
         const char *role)
{
  Org org = { actor_id, role };

  for (guint i = 0; i < activity->orgs->len; i++)
    {
      const Org *other = &g_array_index (activity->orgs, Org, i);

      if (strcmp (other->actor_id, actor_id) == 0 && strcmp (other->role, role) == 0)
        return;
    }
  g_array_append_val (activity->orgs, org);
}

static void
plan_orgs (Export   *e,
           Activity *activity)
{
  AictPartnership *partnership = activity->partnership;
  const char *id = aict_entity_get_id (AICT_ENTITY (partnership));

  for (guint i = 0; i < aict_partnership_get_n_participants (partnership); i++)
    {
      const AictParticipant *participant = aict_partnership_get_participant (partnership, i);
      const char *actor_id = aict_participant_get_actor_id (participant);
      g_autofree char *path = NULL;
      const char *role = NULL;

      if (aict_dataset_lookup_actor (e->dataset, actor_id) == NULL)
        {
          path = g_strdup_printf ("%s.participants[%u]", activity->path, i);
          issue (e, AICT_SEVERITY_WARNING, "iati-unknown-actor", path, id,
                 _("participant “%s” is not an actor of the dataset: not exported"), actor_id);
          continue;
        }

      switch (aict_participant_get_role (participant))
        {
        case AICT_PARTICIPANT_ROLE_LEAD:
          role = "2";
          break;
        case AICT_PARTICIPANT_ROLE_PARTNER:
        case AICT_PARTICIPANT_ROLE_OPERATOR:
          role = "4";
          break;
        case AICT_PARTICIPANT_ROLE_FUNDER:
          role = "1";
          break;
        case AICT_PARTICIPANT_ROLE_SUPPORTER:
          path = g_strdup_printf ("%s.participants[%u]", activity->path, i);
          issue (e, AICT_SEVERITY_WARNING, "iati-role-supporter", path, id,
                 _("supporter “%s” not exported: IATI has no organisation role for support without funding or implementing"),
                 actor_id);
          continue;
        default:
          g_assert_not_reached ();
        }
      add_org (activity, actor_id, role);
      if (aict_participant_get_notes (participant) != NULL)
        e->n_participant_notes++;
    }
}

/* Sectors and countries */

static void
plan_sectors (Export   *e,
              Activity *activity)
{
  const char * const *themes = aict_partnership_get_themes (activity->partnership);
  const char *id = aict_entity_get_id (AICT_ENTITY (activity->partnership));

  for (guint i = 0; themes != NULL && themes[i] != NULL; i++)
    {
      const char *dac = aict_theme_get_dac_code (themes[i]);
      gboolean seen = FALSE;

      if (dac == NULL)
        {
          g_autofree char *path = g_strdup_printf ("%s.themes[%u]", activity->path, i);

          issue (e, AICT_SEVERITY_WARNING, "iati-theme-no-sector", path, id,
                 _("theme “%s” has no DAC sector: not exported"), themes[i]);
          continue;
        }
      for (guint s = 0; s < activity->sectors->len; s++)
        seen = seen || strcmp (g_ptr_array_index (activity->sectors, s), dac) == 0;
      if (!seen)
        g_ptr_array_add (activity->sectors, (gpointer) dac);
    }
}

/* Budgets */

static gboolean
plan_budget (Export     *e,
             Activity   *activity,
             AictBudget *line)
{
  const char *id = aict_entity_get_id (AICT_ENTITY (line));
  const AictAmount *amount = aict_budget_get_amount (line);
  const AictPartialDate *start = aict_budget_get_start (line);
  const AictPartialDate *end = aict_budget_get_end (line);
  char path[32];
  Budget budget = { "1", "1", };
  GDate limit;

  g_snprintf (path, sizeof path, "$.budgets[%u]",
              GPOINTER_TO_UINT (g_hash_table_lookup (e->budget_index, line)) - 1);

  if (aict_budget_get_staff_fte (line) >= 0)
    issue (e, AICT_SEVERITY_WARNING, "iati-budget-staff", path, id,
           _("the staff of budget line “%s” is not exported: IATI budgets are money only"), id);
  if (amount == NULL)
    return FALSE;

  if (aict_budget_get_kind (line) == AICT_BUDGET_KIND_SPENT)
    {
      issue (e, AICT_SEVERITY_WARNING, "iati-budget-spent", path, id,
             _("budget line “%s” is money spent: IATI records it as a transaction, which is not exported"), id);
      return FALSE;
    }
  if (start == NULL || end == NULL)
    {
      issue (e, AICT_SEVERITY_WARNING, "iati-budget-no-period", path, id,
             _("budget line “%s” has no start or no end: an IATI budget needs its period"), id);
      return FALSE;
    }

  first_day (start, &budget.start);
  last_day (end, &budget.end);
  if (g_date_compare (&budget.end, &budget.start) < 0)
    {
      issue (e, AICT_SEVERITY_WARNING, "iati-budget-bad-period", path, id,
             _("budget line “%s” ends before it starts: not exported"), id);
      return FALSE;
    }
  limit = budget.start;
  g_date_add_years (&limit, 1);
  g_date_subtract_days (&limit, 1);
  if (g_date_compare (&budget.end, &limit) > 0)
    {
      issue (e, AICT_SEVERITY_WARNING, "iati-budget-period-too-long", path, id,
             _("budget line “%s” covers more than one year: IATI budgets cover one year at most, and the line is not split into invented yearly parts"),
             id);
      return FALSE;
    }

  budget.currency = aict_amount_get_currency (amount);
  if (aict_budget_get_kind (line) == AICT_BUDGET_KIND_ALLOCATED)
    budget.status = "2";
  if (aict_amount_is_range (amount))
    {
      gint64 min = aict_amount_get_min (amount);
      gint64 max = aict_amount_get_max (amount);
      g_autofree char *min_text = aict_amount_format_value (min, budget.currency);
      g_autofree char *max_text = aict_amount_format_value (max, budget.currency);
      g_autofree char *mid_text = NULL;

      budget.value = min + (max - min) / 2;
      budget.status = "1";
      mid_text = aict_amount_format_value (budget.value, budget.currency);
      issue (e, AICT_SEVERITY_WARNING, "iati-budget-range", path, id,
             _("budget line “%s” is a range from %s to %s %s: IATI has no range, its midpoint %s is written as an indicative budget"),
             id, min_text, max_text, budget.currency, mid_text);
    }
  else
    {
      budget.value = aict_amount_get_value (amount);
      if (aict_amount_get_approximate (amount))
        {
          budget.status = "1";
          issue (e, AICT_SEVERITY_WARNING, "iati-budget-approximate", path, id,
                 _("budget line “%s” is approximate: written as an indicative budget"), id);
        }
    }

  for (guint f = 0; f < aict_budget_get_n_funders (line); f++)
    {
      const AictFunder *funder = aict_budget_get_funder (line, f);
      const char *actor_id = aict_funder_get_actor_id (funder);

      if (aict_dataset_lookup_actor (e->dataset, actor_id) == NULL)
        {
          issue (e, AICT_SEVERITY_WARNING, "iati-unknown-actor", path, id,
                 _("funder “%s” is not an actor of the dataset: not exported"), actor_id);
          continue;
        }
      add_org (activity, actor_id, "1");
      if (aict_funder_get_share (funder) >= 0 || aict_funder_get_amount (funder) != NULL)
        issue (e, AICT_SEVERITY_WARNING, "iati-funder-share", path, id,
               _("the share or amount of funder “%s” is not exported: IATI funding organisations carry no share"),
               actor_id);
    }

  g_array_append_val (activity->budgets, budget);

  return TRUE;
}

static void
activity_clear (Activity *activity)
{
  g_free (activity->path);
  g_free (activity->identifier);
  g_array_unref (activity->orgs);
  g_array_unref (activity->dates);
  g_ptr_array_unref (activity->sectors);
  g_array_unref (activity->budgets);
}

/* Plans the activity of @partnership; FALSE (and an issue) if it cannot
 * be exported. */
static gboolean
plan_activity (Export          *e,
               AictPartnership *partnership,
               guint            index,
               Activity        *activity)
{
  const char *id = aict_entity_get_id (AICT_ENTITY (partnership));
  GPtrArray *lines;

  *activity = (Activity) {
    .partnership = partnership,
    .path = g_strdup_printf ("$.partnerships[%u]", index),
    .orgs = g_array_new (FALSE, FALSE, sizeof (Org)),
    .dates = g_array_new (FALSE, FALSE, sizeof (ActivityDate)),
    .sectors = g_ptr_array_new (),
    .budgets = g_array_new (FALSE, FALSE, sizeof (Budget)),
  };

  if (!is_identifier_text (id))
    {
      issue (e, AICT_SEVERITY_WARNING, "iati-bad-identifier", activity->path, id,
             _("partnership id “%s” cannot be part of an IATI identifier (spaces, non-ASCII or / & | ?): not exported"), id);
      return FALSE;
    }
  activity->identifier = g_strconcat (e->reporting_ref, "-", id, NULL);

  if (aict_partnership_get_start (partnership) == NULL)
    {
      issue (e, AICT_SEVERITY_WARNING, "iati-no-start", activity->path, id,
             _("partnership “%s” has no start date: IATI requires a planned or actual start; not exported"), id);
      return FALSE;
    }

  activity->status = status_code (e, partnership, activity->path);
  plan_dates (e, activity);
  plan_orgs (e, activity);
  plan_sectors (e, activity);

  lines = g_hash_table_lookup (e->budgets, id);
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    plan_budget (e, activity, g_ptr_array_index (lines, i));

  if (activity->orgs->len == 0)
    {
      issue (e, AICT_SEVERITY_WARNING, "iati-no-organisation", activity->path, id,
             _("partnership “%s” has no participant IATI can name: not exported"), id);
      return FALSE;
    }

  if (aict_partnership_get_subdivisions (partnership) != NULL
      && aict_partnership_get_subdivisions (partnership)[0] != NULL)
    issue (e, AICT_SEVERITY_WARNING, "iati-subdivisions", activity->path, id,
           _("the subdivisions of partnership “%s” are not exported (only its countries)"), id);
  if (aict_partnership_get_n_components (partnership) > 0)
    issue (e, AICT_SEVERITY_WARNING, "iati-components", activity->path, id,
           _("the components of partnership “%s” are not exported"), id);
  if (aict_entity_get_notes (AICT_ENTITY (partnership)) == NULL)
    e->n_title_descriptions++;

  return TRUE;
}

/* Writing */

#define W(call) G_STMT_START { if (!e->failed && (call) < 0) e->failed = TRUE; } G_STMT_END

/* @text as XML 1.0 allows: C0 controls but tab and line breaks replaced
 * by U+FFFD.  The model holds valid UTF-8 already. */
static const char *
xml_text (const char  *text,
          char       **copy)
{
  GString *clean;

  *copy = NULL;
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
      goto replace;

  return text;

replace:
  clean = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        g_string_append (clean, "\xef\xbf\xbd");
      else
        g_string_append_c (clean, *p);
    }
  *copy = g_string_free (clean, FALSE);

  return *copy;
}

static void
start (Export     *e,
       const char *name)
{
  W (xmlTextWriterStartElement (e->writer, BAD_CAST name));
}

static void
end (Export *e)
{
  W (xmlTextWriterEndElement (e->writer));
}

static void
attr (Export     *e,
      const char *name,
      const char *value)
{
  g_autofree char *copy = NULL;

  W (xmlTextWriterWriteAttribute (e->writer, BAD_CAST name, BAD_CAST xml_text (value, &copy)));
}

static void
attr_date (Export      *e,
           const char  *name,
           const GDate *date)
{
  char text[16];

  g_snprintf (text, sizeof text, "%04d-%02d-%02d", g_date_get_year (date),
              g_date_get_month (date), g_date_get_day (date));
  attr (e, name, text);
}

static void
narrative (Export     *e,
           const char *text)
{
  g_autofree char *copy = NULL;

  start (e, "narrative");
  if (e->language != NULL)
    attr (e, "xml:lang", e->language);
  W (xmlTextWriterWriteString (e->writer, BAD_CAST xml_text (text, &copy)));
  end (e);
}

/* Equal whole shares of 100 for @n items, the remainder to the first. */
static void
percentages (guint  n,
             guint  i,
             char  *out,
             gsize  size)
{
  g_snprintf (out, size, "%u", 100 / n + (i < 100 % n ? 1 : 0));
}

static void
write_org (Export     *e,
           const char *element,
           AictActor  *actor,
           const char *role)
{
  g_autofree char *ref = aict_actor_dup_iati_org_id (actor);
  const char *name = aict_actor_get_name (actor);

  start (e, element);
  if (ref != NULL)
    attr (e, "ref", ref);
  attr (e, "type", org_type (e, actor));
  if (role != NULL)
    attr (e, "role", role);
  narrative (e, name != NULL ? name : aict_entity_get_id (AICT_ENTITY (actor)));
  end (e);
}

static gboolean
reporting_org_takes_part (Export   *e,
                          Activity *activity)
{
  const char *reporting_id = aict_entity_get_id (AICT_ENTITY (e->reporting_org));

  for (guint i = 0; i < activity->orgs->len; i++)
    if (strcmp (g_array_index (activity->orgs, Org, i).actor_id, reporting_id) == 0)
      return TRUE;

  return FALSE;
}

static void
write_activity (Export   *e,
                Activity *activity)
{
  AictPartnership *partnership = activity->partnership;
  const char *title = aict_partnership_get_title (partnership);
  const char *notes = aict_entity_get_notes (AICT_ENTITY (partnership));
  const char * const *countries = aict_partnership_get_countries (partnership);
  guint n_countries = countries != NULL ? g_strv_length ((char **) countries) : 0;
  char percent[8];

  if (title == NULL)
    title = aict_entity_get_id (AICT_ENTITY (partnership));

  start (e, "iati-activity");
  if (e->language != NULL)
    attr (e, "xml:lang", e->language);

  start (e, "iati-identifier");
  W (xmlTextWriterWriteString (e->writer, BAD_CAST activity->identifier));
  end (e);

  start (e, "reporting-org");
  attr (e, "ref", e->reporting_ref);
  attr (e, "type", org_type (e, e->reporting_org));
  if (!reporting_org_takes_part (e, activity))
    attr (e, "secondary-reporter", "1");
  narrative (e, aict_actor_get_name (e->reporting_org) != NULL
                ? aict_actor_get_name (e->reporting_org)
                : aict_entity_get_id (AICT_ENTITY (e->reporting_org)));
  end (e);

  start (e, "title");
  narrative (e, title);
  end (e);

  start (e, "description");
  attr (e, "type", "1");
  narrative (e, notes != NULL ? notes : title);
  end (e);

  for (guint i = 0; i < activity->orgs->len; i++)
    {
      const Org *org = &g_array_index (activity->orgs, Org, i);

      write_org (e, "participating-org", aict_dataset_lookup_actor (e->dataset, org->actor_id), org->role);
    }

  start (e, "activity-status");
  attr (e, "code", activity->status);
  end (e);

  for (guint i = 0; i < activity->dates->len; i++)
    {
      const ActivityDate *date = &g_array_index (activity->dates, ActivityDate, i);

      start (e, "activity-date");
      attr (e, "type", date->type);
      attr_date (e, "iso-date", &date->date);
      end (e);
    }

  for (guint i = 0; i < n_countries; i++)
    {
      g_autofree char *code = g_ascii_strup (countries[i], -1);

      start (e, "recipient-country");
      attr (e, "code", code);
      percentages (n_countries, i, percent, sizeof percent);
      attr (e, "percentage", percent);
      end (e);
    }

  for (guint i = 0; i < activity->sectors->len; i++)
    {
      start (e, "sector");
      attr (e, "vocabulary", "1");
      attr (e, "code", g_ptr_array_index (activity->sectors, i));
      percentages (activity->sectors->len, i, percent, sizeof percent);
      attr (e, "percentage", percent);
      end (e);
    }

  for (guint i = 0; i < activity->budgets->len; i++)
    {
      const Budget *budget = &g_array_index (activity->budgets, Budget, i);
      g_autofree char *value = aict_amount_format_value (budget->value, budget->currency);

      start (e, "budget");
      attr (e, "type", budget->type);
      attr (e, "status", budget->status);
      start (e, "period-start");
      attr_date (e, "iso-date", &budget->start);
      end (e);
      start (e, "period-end");
      attr_date (e, "iso-date", &budget->end);
      end (e);
      start (e, "value");
      attr (e, "currency", budget->currency);
      attr_date (e, "value-date", &budget->start);
      W (xmlTextWriterWriteString (e->writer, BAD_CAST value));
      end (e);
      end (e);
    }

  end (e);
}

static int
stream_write (void       *context,
              const char *buffer,
              int         length)
{
  Export *e = context;

  if (e->io_error != NULL)
    return -1;
  if (!g_output_stream_write_all (e->stream, buffer, length, NULL, e->cancellable, &e->io_error))
    return -1;

  return length;
}

static int
stream_close (void *context)
{
  return 0;
}

/* The budget lines of each partnership; lines of no partnership are
 * reported (IATI activity files have no budgets outside activities). */
static void
index_budgets (Export *e)
{
  GListModel *budgets = aict_dataset_get_budgets (e->dataset);
  guint n = g_list_model_get_n_items (budgets);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictBudget) line = g_list_model_get_item (budgets, i);
      const char *partnership_id = aict_budget_get_partnership_id (line);
      GPtrArray *lines;

      if (partnership_id == NULL)
        {
          const char *id = aict_entity_get_id (AICT_ENTITY (line));
          g_autofree char *path = g_strdup_printf ("$.budgets[%u]", i);

          issue (e, AICT_SEVERITY_WARNING, "iati-budget-no-partnership", path, id,
                 _("budget line “%s” belongs to no partnership: IATI activity files have no budget outside an activity"),
                 id);
          continue;
        }
      lines = g_hash_table_lookup (e->budgets, partnership_id);
      if (lines == NULL)
        {
          lines = g_ptr_array_new ();
          g_hash_table_insert (e->budgets, (gpointer) partnership_id, lines);
        }
      g_ptr_array_add (lines, line);   /* the dataset keeps it */
      g_hash_table_insert (e->budget_index, line, GUINT_TO_POINTER (i + 1));
    }
}

static void
report_counts (Export *e)
{
  if (e->n_first_days > 0)
    issue (e, AICT_SEVERITY_INFO, "iati-date-first-day", "$.partnerships", NULL,
           _("starts given as a year or a month, written as their first day: %u"), e->n_first_days);
  if (e->n_last_days > 0)
    issue (e, AICT_SEVERITY_INFO, "iati-date-last-day", "$.partnerships", NULL,
           _("ends given as a year or a month, written as their last day (an actual end never after today): %u"),
           e->n_last_days);
  if (e->n_title_descriptions > 0)
    issue (e, AICT_SEVERITY_INFO, "iati-description-title", "$.partnerships", NULL,
           _("partnerships without notes, their title written as their description: %u"),
           e->n_title_descriptions);
  if (e->n_participant_notes > 0)
    issue (e, AICT_SEVERITY_INFO, "iati-participant-notes", "$.partnerships", NULL,
           _("notes on participants, not exported: %u"), e->n_participant_notes);
}

static void
report_unexported (Export *e)
{
  guint n_meetings = g_list_model_get_n_items (aict_dataset_get_meetings (e->dataset));
  guint n_persons = g_list_model_get_n_items (aict_dataset_get_persons (e->dataset));

  if (n_meetings > 0)
    issue (e, AICT_SEVERITY_INFO, "iati-meetings", "$.meetings", NULL,
           _("the meetings (%u) are not exported: IATI activities have no meetings"), n_meetings);
  if (n_persons > 0)
    issue (e, AICT_SEVERITY_INFO, "iati-persons", "$.persons", NULL,
           _("the persons (%u) are not exported: no personal data goes into IATI files"), n_persons);
}

/**
 * aict_dataset_export_iati:
 * @self: a dataset
 * @reporting_org_id: the id of the actor that publishes the file
 * @filter: (nullable): the partnerships to export, or %NULL for all
 * @today: (nullable): the date actual dates may not be after, or %NULL for
 *   the current date
 * @stream: where to write the XML
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Writes the partnerships of @self as IATI 2.03 activity XML: one
 * `iati-activity` per partnership, its identifier the IATI organisation
 * identifier of the reporting organisation (see
 * aict_actor_dup_iati_org_id()) followed by `-` and the partnership's id.
 *
 * The mappings are those of `doc/iati.md`.  Whatever cannot be mapped
 * (a partnership without start date, a supporter, a budget range, a
 * budget line over more than a year…) is said in the returned report,
 * one issue per loss; nothing is dropped silently.  Persons are never
 * exported.
 *
 * It fails if @reporting_org_id names no actor, or an actor without an
 * identifier IATI can use, or if writing fails.
 *
 * Returns: (transfer full): what could not be mapped, or %NULL on error
 *
 * Since: 0.2
 */
AictReport *
aict_dataset_export_iati (AictDataset    *self,
                          const char     *reporting_org_id,
                          AictFilter     *filter,
                          GDate          *today,
                          GOutputStream  *stream,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_autoptr(AictReport) report = NULL;
  g_autoptr(GListModel) partnerships = NULL;
  g_autoptr(GHashTable) selected = NULL;
  GListModel *all;
  xmlOutputBufferPtr buffer;
  Export state = { 0, };
  Export *e = &state;
  guint n;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (reporting_org_id != NULL, NULL);
  g_return_val_if_fail (filter == NULL || AICT_IS_FILTER (filter), NULL);
  g_return_val_if_fail (today == NULL || g_date_valid (today), NULL);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  e->dataset = self;
  e->reporting_org = aict_dataset_lookup_actor (self, reporting_org_id);
  if (e->reporting_org == NULL)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND,
                   _("no actor with id “%s”: it cannot be the reporting organisation"), reporting_org_id);
      return NULL;
    }
  e->reporting_ref = aict_actor_dup_iati_org_id (e->reporting_org);
  if (e->reporting_ref == NULL)
    {
      const char *name = aict_actor_get_name (e->reporting_org);

      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("actor “%s” (%s) has no identifier usable as an IATI organisation identifier: give it a SIREN (scheme “siren”) or an IATI org-id (scheme “org-id”)"),
                   reporting_org_id, name != NULL ? name : reporting_org_id);
      return NULL;
    }

  if (filter != NULL)
    {
      partnerships = aict_dataset_filter_partnerships (self, filter, error);
      if (partnerships == NULL)
        {
          g_free (e->reporting_ref);
          return NULL;
        }
      selected = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (partnerships, i);

          g_hash_table_add (selected, item);   /* the dataset keeps it */
        }
    }

  report = aict_report_new ();
  e->report = report;
  e->issues = g_ptr_array_new_with_free_func (g_object_unref);
  e->language = aict_dataset_get_language (self);
  e->stream = stream;
  e->cancellable = cancellable;
  e->budgets = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  e->budget_index = g_hash_table_new (NULL, NULL);
  if (today != NULL)
    e->today = *today;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      g_date_clear (&e->today, 1);
      g_date_set_dmy (&e->today, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
    }

  if (e->language == NULL)
    issue (e, AICT_SEVERITY_WARNING, "iati-no-language", "$.language", NULL,
           _("the dataset has no language: the narratives carry no xml:lang"));

  index_budgets (e);
  report_unexported (e);

  buffer = xmlOutputBufferCreateIO (stream_write, stream_close, e, NULL);
  e->writer = buffer != NULL ? xmlNewTextWriter (buffer) : NULL;
  if (e->writer == NULL)
    {
      if (buffer != NULL)
        xmlOutputBufferClose (buffer);
      g_set_error (error, AICT_ERROR, AICT_ERROR_FAILED, _("cannot create the XML writer"));
      g_hash_table_unref (e->budgets);
      g_hash_table_unref (e->budget_index);
      g_ptr_array_unref (e->issues);
      g_free (e->reporting_ref);
      return NULL;
    }
  xmlTextWriterSetIndent (e->writer, 1);
  xmlTextWriterSetIndentString (e->writer, BAD_CAST "  ");

  W (xmlTextWriterStartDocument (e->writer, "1.0", "UTF-8", NULL));
  start (e, "iati-activities");
  attr (e, "version", AICT_IATI_VERSION);

  all = aict_dataset_get_partnerships (self);
  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n && !e->failed; i++)
    {
      g_autoptr(AictPartnership) partnership = g_list_model_get_item (all, i);
      Activity activity;

      if (selected != NULL && !g_hash_table_contains (selected, partnership))
        continue;
      if (g_cancellable_set_error_if_cancelled (cancellable, &e->io_error))
        {
          e->failed = TRUE;
          break;
        }
      if (plan_activity (e, partnership, i, &activity))
        write_activity (e, &activity);
      activity_clear (&activity);
    }

  W (xmlTextWriterEndDocument (e->writer));
  W (xmlTextWriterFlush (e->writer));
  xmlFreeTextWriter (e->writer);
  g_hash_table_unref (e->budgets);
  g_hash_table_unref (e->budget_index);
  g_free (e->reporting_ref);
  report_counts (e);
  _aict_report_add_all (report, e->issues);
  g_ptr_array_unref (e->issues);

  if (e->io_error != NULL)
    {
      g_propagate_error (error, e->io_error);
      return NULL;
    }
  if (e->failed)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_IO, _("the IATI XML could not be written"));
      return NULL;
    }

  return g_steal_pointer (&report);
}

/**
 * aict_dataset_export_iati_to_bytes:
 * @self: a dataset
 * @reporting_org_id: the id of the actor that publishes the file
 * @filter: (nullable): the partnerships to export, or %NULL for all
 * @today: (nullable): the date actual dates may not be after, or %NULL for
 *   the current date
 * @report: (out) (optional) (transfer full): return location for what could
 *   not be mapped
 * @error: return location for an error
 *
 * Like aict_dataset_export_iati(), into memory.
 *
 * Returns: (transfer full): the XML, or %NULL on error
 *
 * Since: 0.2
 */
GBytes *
aict_dataset_export_iati_to_bytes (AictDataset  *self,
                                   const char   *reporting_org_id,
                                   AictFilter   *filter,
                                   GDate        *today,
                                   AictReport  **report,
                                   GError      **error)
{
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(AictReport) result = NULL;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (reporting_org_id != NULL, NULL);
  g_return_val_if_fail (report == NULL || *report == NULL, NULL);

  stream = g_memory_output_stream_new_resizable ();
  result = aict_dataset_export_iati (self, reporting_org_id, filter, today, stream, NULL, error);
  if (result == NULL)
    return NULL;
  if (!g_output_stream_close (stream, NULL, error))
    return NULL;
  if (report != NULL)
    *report = g_steal_pointer (&result);

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}
