/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "aict-tool.h"
#include "aict-format.h"
#include "aict-filter-options.h"

/* aict report: a Markdown synthesis of a dataset, or of one actor, for
 * people who will not run queries: what to show elected officials.  Every
 * figure comes from the library (counts, totals, overlaps, candidates,
 * outcomes, profiles); this file only lays them out, in the language of
 * the locale. */

static char *opt_actor;
static char *opt_at;
static char *opt_output;
static int opt_top = 10;
static char *opt_format;

static const GOptionEntry entries[] = {
  { "actor", 'a', 0, G_OPTION_ARG_STRING, &opt_actor,
    N_("Report on one actor and its units instead of the whole dataset"), N_("ID") },
  { "at", 0, 0, G_OPTION_ARG_STRING, &opt_at,
    N_("Flag the follow-up actions overdue at DATE (YYYY, YYYY-MM or YYYY-MM-DD)"), N_("DATE") },
  { "top", 0, 0, G_OPTION_ARG_INT, &opt_top,
    N_("Show at most N overlaps or pooling candidates (default 10)"), N_("N") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write the report to FILE instead of standard output"), N_("FILE") },
  { "format", 0, 0, G_OPTION_ARG_STRING, &opt_format,
    N_("markdown (default), html (one self-contained page with charts) or pdf (that page printed on A4 by headless Chromium; needs --output)"),
    N_("FORMAT") },
  { NULL }
};

typedef struct
{
  AictDataset *dataset;
  AictPartialDate *at;   /* NULL: overdue actions are not judged */
  GString *out;
} Report;

/* Markdown */

/* @text made safe for one table cell or one list line: no newline, no
 * unescaped pipe, Markdown's own characters left literal. */
static char *
md_escape (const char *text)
{
  GString *escaped = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\r' || *p == '\t')
        g_string_append_c (escaped, ' ');
      else
        {
          if (strchr ("\\|*_`[]<>#", *p) != NULL)
            g_string_append_c (escaped, '\\');
          g_string_append_c (escaped, *p);
        }
    }

  return g_string_free (escaped, FALSE);
}

static void
md_heading (Report     *report,
            int         level,
            const char *text)
{
  g_autofree char *escaped = md_escape (text);

  /* One blank line before, whatever came last. */
  if (report->out->len > 0 && !g_str_has_suffix (report->out->str, "\n\n"))
    g_string_append_c (report->out, '\n');
  g_string_append_printf (report->out, "%.*s %s\n\n", level, "####", escaped);
}

/* A table: headers, then rows of cells (already escaped by md_row). */
static void
md_table_header (Report             *report,
                 const char * const *headers,
                 const gboolean     *right)
{
  guint n = g_strv_length ((char **) headers);

  g_string_append (report->out, "|");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *escaped = md_escape (headers[i]);

      g_string_append_printf (report->out, " %s |", escaped);
    }
  g_string_append (report->out, "\n|");
  for (guint i = 0; i < n; i++)
    g_string_append (report->out, right != NULL && right[i] ? "---:|" : "---|");
  g_string_append_c (report->out, '\n');
}

static void
md_row (Report      *report,
        guint        n,
        const char **cells)
{
  g_string_append (report->out, "|");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *escaped = md_escape (cells[i]);

      g_string_append_printf (report->out, " %s |", escaped);
    }
  g_string_append_c (report->out, '\n');
}

static void
md_item (Report     *report,
         const char *text)
{
  g_autofree char *escaped = md_escape (text);

  g_string_append_printf (report->out, "- %s\n", escaped);
}

static void
md_paragraph (Report     *report,
              const char *text)
{
  g_autofree char *escaped = md_escape (text);

  g_string_append_printf (report->out, "%s\n", escaped);
}

/* An actor's short name or name; "—" for none. */
static const char *
report_actor_name (AictDataset *dataset,
                   const char  *actor_id)
{
  const char *name = aict_tool_actor_name (dataset, actor_id);

  return name != NULL ? name : "—";
}

static char *
count_text (guint n)
{
  return aict_format_integer (n);
}

/* Sections */

/* @family: for an actor's report, the ids of the actor and its units
 * (the table then says what part they play); NULL for a dataset's (the
 * table then names the leads). */
static void
section_partnerships (Report     *report,
                      GListModel *partnerships,
                      GHashTable *family)
{
  guint n = g_list_model_get_n_items (partnerships);
  const char *headers[] = { C_("report", "Partnership"), C_("report", "Countries"),
                            C_("report", "Status"), C_("report", "Period"),
                            family != NULL ? C_("report", "Role") : C_("report", "Lead"), NULL };

  md_heading (report, 2, C_("report", "Partnerships"));
  if (n == 0)
    {
      md_paragraph (report, _("No partnership."));
      return;
    }

  md_table_header (report, headers, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictPartnership) partnership = g_list_model_get_item (partnerships, i);
      g_autofree char *countries = aict_tool_country_names (aict_partnership_get_countries (partnership));
      g_autofree char *period = aict_format_period (aict_partnership_get_start (partnership),
                                                    aict_partnership_get_end (partnership));
      GString *who = g_string_new (NULL);
      g_autofree char *who_text = NULL;
      const char *cells[5];

      for (guint p = 0; p < aict_partnership_get_n_participants (partnership); p++)
        {
          const AictParticipant *participant = aict_partnership_get_participant (partnership, p);
          AictParticipantRole role = aict_participant_get_role (participant);
          const char *participant_id = aict_participant_get_actor_id (participant);
          gboolean wanted = family != NULL ? g_hash_table_contains (family, participant_id)
                                           : role == AICT_PARTICIPANT_ROLE_LEAD;

          if (!wanted)
            continue;
          if (who->len > 0)
            g_string_append (who, ", ");
          if (family != NULL)
            g_string_append (who, aict_participant_role_get_label (role, NULL));
          else
            g_string_append (who, report_actor_name (report->dataset, participant_id));
        }
      who_text = g_string_free (who, FALSE);

      cells[0] = aict_partnership_get_title (partnership) != NULL ? aict_partnership_get_title (partnership)
                                                                 : aict_entity_get_id (AICT_ENTITY (partnership));
      cells[1] = countries;
      cells[2] = aict_partnership_status_get_label (aict_partnership_get_status (partnership), NULL);
      cells[3] = period != NULL ? period : "—";
      cells[4] = who_text;
      md_row (report, 5, cells);
    }
}

static void
section_budget (Report     *report,
                AictFilter *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) totals = NULL;
  const char *headers[] = { C_("report", "Actor"), C_("report", "Year"), C_("report", "Kind"),
                            C_("report", "Amount"), C_("report", "Change"), NULL };
  const gboolean right[] = { FALSE, FALSE, FALSE, TRUE, TRUE };
  guint n;

  md_heading (report, 2, C_("report", "Budget"));
  totals = aict_dataset_get_budget_totals (report->dataset,
                                           AICT_BUDGET_GROUPING_ACTOR | AICT_BUDGET_GROUPING_YEAR,
                                           filter, &error);
  if (totals == NULL)
    {
      md_paragraph (report, error->message);
      return;
    }

  n = g_list_model_get_n_items (totals);
  if (n == 0)
    {
      md_paragraph (report, _("No budget line with an amount."));
      return;
    }

  md_table_header (report, headers, right);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictTotal) total = g_list_model_get_item (totals, i);
      const char *year = aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR);
      g_autofree char *amount = aict_amount_format_for_display (aict_total_get_amount (total));
      g_autofree char *change = NULL;
      g_autofree char *span = NULL;
      const AictAmount *difference = aict_total_get_change (total);
      gint64 basis_points;
      const char *cells[5];

      if (difference != NULL)
        {
          g_autofree char *min = aict_format_money (aict_amount_get_min (difference),
                                                    aict_amount_get_currency (difference), TRUE);

          if (aict_total_get_change_percent (total, &basis_points))
            {
              g_autofree char *percent = aict_format_percent (basis_points);

              /* TRANSLATORS: a change of budget: "-€150,000 (-75%)" */
              change = g_strdup_printf (C_("report", "%s (%s)"), min, percent);
            }
          else if (aict_amount_is_range (difference))
            {
              g_autofree char *max = aict_format_money (aict_amount_get_max (difference),
                                                        aict_amount_get_currency (difference), TRUE);

              /* TRANSLATORS: a change known only as a range */
              change = g_strdup_printf (C_("report", "%s to %s"), min, max);
            }
          else
            change = g_steal_pointer (&min);
        }

      cells[0] = report_actor_name (report->dataset, aict_total_get_key (total, AICT_BUDGET_GROUPING_ACTOR));
      /* A year, or a span of years, as aict budget writes them. */
      if (year != NULL)
        span = aict_format_year_key (year);
      cells[1] = span != NULL ? span : _("undated");
      cells[2] = aict_budget_kind_get_label (aict_total_get_kind (total), NULL);
      cells[3] = amount;
      cells[4] = change != NULL ? change : "";
      md_row (report, 5, cells);
    }
}

static void
section_overlaps (Report *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) overlaps = NULL;
  const char *headers[] = { C_("report", "Shared"), C_("report", "What"), C_("report", "Actors"),
                            C_("report", "Partnerships"), C_("report", "Active"), NULL };
  const gboolean right[] = { FALSE, FALSE, FALSE, TRUE, TRUE };
  guint n;

  md_heading (report, 2, C_("report", "Pooling opportunities"));
  overlaps = aict_dataset_find_overlaps (report->dataset, AICT_OVERLAP_KIND_ALL, NULL, NULL, &error);
  if (overlaps == NULL)
    {
      md_paragraph (report, error->message);
      return;
    }

  n = g_list_model_get_n_items (overlaps);
  if (n == 0)
    {
      md_paragraph (report, _("No two local authorities share a country, a partner, a theme or a funder through separate partnerships."));
      return;
    }

  md_paragraph (report, _("Local authorities working separately in the same country, with the same partner, on the same theme or with the same co-funder, strongest first."));
  g_string_append_c (report->out, '\n');
  md_table_header (report, headers, right);
  for (guint i = 0; i < n && i < (guint) opt_top; i++)
    {
      g_autoptr(AictOverlap) overlap = g_list_model_get_item (overlaps, i);
      g_autofree char *actors = aict_tool_actor_names (report->dataset, aict_overlap_get_actor_ids (overlap));
      g_autofree char *n_partnerships = count_text (g_strv_length ((char **) aict_overlap_get_partnership_ids (overlap)));
      g_autofree char *n_active = count_text (aict_overlap_get_n_active (overlap));
      const char *cells[5];

      cells[0] = aict_tool_overlap_kind_label (aict_overlap_get_kind (overlap));
      cells[1] = aict_tool_overlap_key_label (report->dataset, aict_overlap_get_kind (overlap), aict_overlap_get_key (overlap));
      cells[2] = actors;
      cells[3] = n_partnerships;
      cells[4] = n_active;
      md_row (report, 5, cells);
    }
  if (n > (guint) opt_top)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("And %u more: see “aict overlaps”.",
                                                         "And %u more: see “aict overlaps”.",
                                                         n - opt_top), n - opt_top);

      g_string_append_c (report->out, '\n');
      md_paragraph (report, more);
    }
}

static void
section_candidates (Report     *report,
                    const char *actor_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) candidates = NULL;
  const char *headers[] = { C_("report", "Actor"), C_("report", "Shares"), C_("report", "Active"), NULL };
  const gboolean right[] = { FALSE, FALSE, TRUE };
  static const AictOverlapKind kinds[] = {
    AICT_OVERLAP_KIND_COUNTRY, AICT_OVERLAP_KIND_PARTNER, AICT_OVERLAP_KIND_THEME, AICT_OVERLAP_KIND_FUNDER,
  };
  guint n;

  md_heading (report, 2, C_("report", "Pooling candidates"));
  candidates = aict_dataset_find_pooling_candidates (report->dataset, actor_id, AICT_OVERLAP_KIND_ALL,
                                                     NULL, &error);
  if (candidates == NULL)
    {
      md_paragraph (report, error->message);
      return;
    }

  n = g_list_model_get_n_items (candidates);
  if (n == 0)
    {
      md_paragraph (report, _("No other local authority shares a country, a partner, a theme or a funder with it."));
      return;
    }

  md_table_header (report, headers, right);
  for (guint i = 0; i < n && i < (guint) opt_top; i++)
    {
      g_autoptr(AictPoolingCandidate) candidate = g_list_model_get_item (candidates, i);
      GString *shares = g_string_new (NULL);
      g_autofree char *shares_text = NULL;
      g_autofree char *n_active = count_text (aict_pooling_candidate_get_n_active (candidate));
      const char *cells[3];

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          const char * const *shared = aict_pooling_candidate_get_shared (candidate, kinds[k]);

          if (shared[0] == NULL)
            continue;
          if (shares->len > 0)
            g_string_append (shares, "; ");
          {
            GString *values = g_string_new (NULL);
            g_autofree char *values_text = NULL;
            g_autofree char *pair = NULL;

            for (guint v = 0; shared[v] != NULL; v++)
              g_string_append_printf (values, "%s%s", v > 0 ? ", " : "",
                                      aict_tool_overlap_key_label (report->dataset, kinds[k], shared[v]));
            values_text = g_string_free (values, FALSE);
            /* The same pattern as aict overlaps: "Theme: Culture, Water". */
            pair = g_strdup_printf (C_("overlap key", "%1$s: %2$s"), aict_tool_overlap_kind_label (kinds[k]), values_text);
            g_string_append (shares, pair);
          }
        }
      shares_text = g_string_free (shares, FALSE);

      cells[0] = report_actor_name (report->dataset, aict_pooling_candidate_get_actor_id (candidate));
      cells[1] = shares_text;
      cells[2] = n_active;
      md_row (report, 3, cells);
    }
}

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  AictOutcome *x = *(AictOutcome * const *) a;
  AictOutcome *y = *(AictOutcome * const *) b;
  const AictPartialDate *dx = aict_outcome_get_due (x);
  const AictPartialDate *dy = aict_outcome_get_due (y);

  /* Dated first, earliest first; undated last, in dataset order. */
  if (dx == NULL || dy == NULL)
    return (dx == NULL) - (dy == NULL);

  return aict_partial_date_sort_compare (dx, dy);
}

static void
section_actions (Report     *report,
                 GListModel *actions,
                 gboolean    with_owner)
{
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (actions);
  guint n_done = 0;

  md_heading (report, 2, C_("report", "Open follow-up actions"));

  for (guint i = 0; i < n; i++)
    {
      AictOutcome *outcome = g_list_model_get_item (actions, i);
      AictOutcomeStatus status = aict_outcome_get_status (outcome);

      if (status == AICT_OUTCOME_STATUS_OPEN || status == AICT_OUTCOME_STATUS_IN_PROGRESS)
        g_ptr_array_add (open, outcome);
      else
        {
          n_done++;
          g_object_unref (outcome);
        }
    }

  if (open->len == 0)
    md_paragraph (report, _("No open action."));

  /* Stable: g_ptr_array_sort is a merge sort. */
  g_ptr_array_sort (open, compare_due);
  for (guint i = 0; i < open->len; i++)
    {
      AictOutcome *outcome = g_ptr_array_index (open, i);
      const AictPartialDate *due = aict_outcome_get_due (outcome);
      g_autofree char *due_text = due != NULL ? aict_partial_date_format_for_display (due) : NULL;
      GString *line = g_string_new (NULL);
      g_autofree char *line_text = NULL;

      g_autofree char *due_part = due_text != NULL ? g_strdup_printf (_("due %s"), due_text)
                                                   : g_strdup (_("no due date"));

      if (report->at != NULL && aict_outcome_is_overdue (outcome, report->at))
        g_string_append_printf (line, "%s — ", _("OVERDUE"));
      if (with_owner)
        g_string_append_printf (line, "%s — ", report_actor_name (report->dataset, aict_outcome_get_owner_id (outcome)));
      /* TRANSLATORS: an open action: "due December 2016 (open): text";
       * %1$s is "due …" or "no due date", %2$s the status, %3$s the text */
      g_string_append_printf (line, C_("report action", "%1$s (%2$s): %3$s"), due_part,
                              aict_outcome_status_get_label (aict_outcome_get_status (outcome), NULL),
                              aict_outcome_get_text (outcome) != NULL ? aict_outcome_get_text (outcome) : "");
      line_text = g_string_free (line, FALSE);
      md_item (report, line_text);
    }

  if (n_done > 0)
    {
      g_autofree char *done = g_strdup_printf (ngettext ("%u action done or cancelled.",
                                                         "%u actions done or cancelled.", n_done), n_done);

      g_string_append_c (report->out, '\n');
      md_paragraph (report, done);
    }
}

static void
section_meetings (Report     *report,
                  GListModel *meetings)
{
  guint n = g_list_model_get_n_items (meetings);

  md_heading (report, 2, C_("report", "Meetings"));
  if (n == 0)
    {
      md_paragraph (report, _("No meeting."));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *date = aict_meeting_get_date (meeting) != NULL
                              ? aict_partial_date_format_for_display (aict_meeting_get_date (meeting)) : NULL;
      GListModel *outcomes = aict_meeting_get_outcomes (meeting);
      guint n_outcomes = g_list_model_get_n_items (outcomes);
      g_autofree char *title = g_strdup_printf ("%s%s%s", date != NULL ? date : "", date != NULL ? " — " : "",
                                                aict_meeting_get_title (meeting) != NULL
                                                ? aict_meeting_get_title (meeting)
                                                : aict_entity_get_id (AICT_ENTITY (meeting)));
      gboolean any = FALSE;

      md_heading (report, 3, title);
      for (guint o = 0; o < n_outcomes; o++)
        {
          g_autoptr(AictOutcome) outcome = g_list_model_get_item (outcomes, o);
          AictOutcomeKind kind = aict_outcome_get_kind (outcome);
          g_autofree char *line = NULL;

          if (kind != AICT_OUTCOME_KIND_DECISION && kind != AICT_OUTCOME_KIND_CONCLUSION)
            continue;
          /* TRANSLATORS: "Decision: text" */
          line = g_strdup_printf (C_("report", "%s: %s"), aict_outcome_kind_get_label (kind, NULL),
                                  aict_outcome_get_text (outcome) != NULL ? aict_outcome_get_text (outcome) : "");
          md_item (report, line);
          any = TRUE;
        }
      if (!any)
        md_paragraph (report, _("No decision or conclusion recorded."));
    }
}

static void
section_counts (Report *report)
{
  static const struct { AictCountBy by; const char *heading; } tables[] = {
    { AICT_COUNT_BY_COUNTRY, NC_("report", "Partnerships by country") },
    { AICT_COUNT_BY_STATUS, NC_("report", "Partnerships by status") },
  };

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) counts = aict_dataset_count (report->dataset, tables[t].by, NULL, &error);
      const char *headers[] = { tables[t].by == AICT_COUNT_BY_COUNTRY ? C_("report", "Country") : C_("report", "Status"),
                                C_("report", "Partnerships"), C_("report", "Actors"), NULL };
      const gboolean right[] = { FALSE, TRUE, TRUE };
      guint n;

      md_heading (report, 2, g_dpgettext2 (GETTEXT_PACKAGE, "report", tables[t].heading));
      if (counts == NULL)
        {
          md_paragraph (report, error->message);
          continue;
        }
      n = g_list_model_get_n_items (counts);
      if (n == 0)
        {
          md_paragraph (report, _("No partnership."));
          continue;
        }

      md_table_header (report, headers, right);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AictCount) count = g_list_model_get_item (counts, i);
          const char *key = aict_count_get_key (count);
          g_autofree char *n_partnerships = count_text (aict_count_get_n_partnerships (count));
          g_autofree char *n_actors = count_text (aict_count_get_n_actors (count));
          const char *cells[3];

          if (tables[t].by == AICT_COUNT_BY_COUNTRY)
            {
              const char *name = aict_country_get_name (key, NULL);

              cells[0] = name != NULL ? name : key;
            }
          else
            {
              GEnumClass *klass = g_type_class_ref (AICT_TYPE_PARTNERSHIP_STATUS);
              GEnumValue *value = g_enum_get_value_by_nick (klass, key);

              cells[0] = value != NULL ? aict_partnership_status_get_label (value->value, NULL) : key;
              g_type_class_unref (klass);
            }
          cells[1] = n_partnerships;
          cells[2] = n_actors;
          md_row (report, 3, cells);
        }
    }
}

static void
report_dataset (Report     *report,
                const char *display)
{
  AictDataset *dataset = report->dataset;
  g_autoptr(AictFilter) actions = aict_filter_new ();
  g_autoptr(GListModel) open = NULL;
  g_autofree char *n_actors = count_text (g_list_model_get_n_items (aict_dataset_get_actors (dataset)));
  g_autofree char *n_partnerships = count_text (g_list_model_get_n_items (aict_dataset_get_partnerships (dataset)));
  g_autofree char *n_meetings = count_text (g_list_model_get_n_items (aict_dataset_get_meetings (dataset)));
  g_autofree char *n_budgets = count_text (g_list_model_get_n_items (aict_dataset_get_budgets (dataset)));

  g_string_append_printf (report->out, "# %s\n",
                          aict_dataset_get_title (dataset) != NULL ? aict_dataset_get_title (dataset) : display);
  if (aict_dataset_get_description (dataset) != NULL)
    {
      g_string_append_c (report->out, '\n');
      md_paragraph (report, aict_dataset_get_description (dataset));
    }

  md_heading (report, 2, C_("report", "Summary"));
  {
    const char *headers[] = { C_("report", "Actors"), C_("report", "Partnerships"),
                              C_("report", "Budget lines"), C_("report", "Meetings"), NULL };
    const gboolean right[] = { TRUE, TRUE, TRUE, TRUE };
    const char *cells[] = { n_actors, n_partnerships, n_budgets, n_meetings };

    md_table_header (report, headers, right);
    md_row (report, 4, cells);
  }

  section_counts (report);
  section_partnerships (report, aict_dataset_get_partnerships (dataset), NULL);
  section_budget (report, NULL);
  section_overlaps (report);
  aict_filter_add_outcome_kind (actions, AICT_OUTCOME_KIND_ACTION);
  open = aict_dataset_filter_outcomes (dataset, actions, NULL);
  section_actions (report, open, TRUE);
  section_meetings (report, aict_dataset_get_meetings (dataset));
}

static void
report_actor (Report           *report,
              AictActorProfile *profile)
{
  AictActor *actor = aict_actor_profile_get_actor (profile);
  const char *actor_id = aict_entity_get_id (AICT_ENTITY (actor));
  g_autoptr(AictFilter) filter = aict_filter_new ();
  g_autoptr(GHashTable) family = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *units = aict_actor_profile_get_units (profile);
  GListModel *staff = aict_actor_profile_get_staff (profile);
  guint n;

  g_hash_table_add (family, (gpointer) actor_id);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(AictEntity) unit = g_list_model_get_item (units, i);

      g_hash_table_add (family, (gpointer) aict_entity_get_id (unit));   /* the dataset keeps it */
    }

  g_string_append_printf (report->out, "# %s\n\n", aict_actor_get_name (actor) != NULL
                                                    ? aict_actor_get_name (actor) : actor_id);

  {
    const char *country = aict_actor_get_country (actor);
    const char *country_name = country != NULL ? aict_country_get_name (country, NULL) : NULL;
    g_autofree char *line = g_strdup_printf ("%s%s%s", aict_actor_kind_get_label (aict_actor_get_kind (actor), NULL),
                                             country != NULL ? " — " : "",
                                             country_name != NULL ? country_name : (country != NULL ? country : ""));

    md_paragraph (report, line);
  }

  n = g_list_model_get_n_items (units);
  if (n > 0)
    {
      md_heading (report, 2, C_("report", "Units"));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AictActor) unit = g_list_model_get_item (units, i);

          md_item (report, aict_actor_get_name (unit));
        }
    }

  n = g_list_model_get_n_items (staff);
  md_heading (report, 2, C_("report", "People"));
  if (n == 0)
    md_paragraph (report, _("No one recorded."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictPerson) person = g_list_model_get_item (staff, i);
      GString *line = g_string_new (aict_person_get_name (person));
      g_autofree char *line_text = NULL;

      for (guint a = 0; a < aict_person_get_n_affiliations (person); a++)
        {
          const AictAffiliation *affiliation = aict_person_get_affiliation (person, a);

          if (aict_affiliation_get_post (affiliation) != NULL)
            g_string_append_printf (line, " — %s (%s)", aict_affiliation_get_post (affiliation),
                                    report_actor_name (report->dataset, aict_affiliation_get_actor_id (affiliation)));
        }
      line_text = g_string_free (line, FALSE);
      md_item (report, line_text);
    }

  section_partnerships (report, aict_actor_profile_get_partnerships (profile), family);
  aict_filter_set_actor (filter, actor_id);
  section_budget (report, filter);
  section_candidates (report, actor_id);
  section_actions (report, aict_actor_profile_get_actions (profile), FALSE);
  section_meetings (report, aict_actor_profile_get_meetings (profile));
}

/* The PDF is the HTML report printed by headless Chromium: the same page,
 * laid out once by a browser with the print CSS (A4, a page per section),
 * rather than a second layout of tables and flowing text in cairo that
 * would drift from the HTML.  Chromium runs without network, GPU or
 * profile, in a temporary directory, for at most AICT_PDF_TIMEOUT s. */
#define AICT_PDF_TIMEOUT "120"

static gboolean
print_to_pdf (GBytes      *html,
              const char  *output,
              GError     **error)
{
  g_autofree char *dir = g_dir_make_tmp ("aict-report-XXXXXX", error);
  g_autofree char *page = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *pdf_arg = NULL;
  g_autofree char *profile_arg = NULL;
  g_autofree char *absolute = NULL;
  g_autofree char *chromium = g_find_program_in_path ("chromium");
  g_autofree char *timeout = g_find_program_in_path ("timeout");
  g_autofree char *errors = NULL;
  int status = 0;
  gboolean ok;

  if (dir == NULL)
    return FALSE;
  if (chromium == NULL)
    {
      g_rmdir (dir);
      g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_NOENT,
                   _("--format pdf prints the HTML report with Chromium, which is not installed (Debian package chromium)"));
      return FALSE;
    }
  page = g_build_filename (dir, "report.html", NULL);
  profile = g_build_filename (dir, "profile", NULL);
  absolute = g_path_is_absolute (output) ? g_strdup (output) : g_build_filename (g_get_current_dir (), output, NULL);
  if (!g_file_set_contents (page, g_bytes_get_data (html, NULL), g_bytes_get_size (html), error))
    {
      g_rmdir (dir);
      return FALSE;
    }
  uri = g_filename_to_uri (page, NULL, error);
  pdf_arg = g_strdup_printf ("--print-to-pdf=%s", absolute);
  profile_arg = g_strdup_printf ("--user-data-dir=%s", profile);
  {
    const char *argv[] = {
      timeout != NULL ? timeout : chromium, AICT_PDF_TIMEOUT, chromium, "--headless", "--no-sandbox", "--disable-gpu",
      "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-pdf-header-footer", "--print-to-pdf-no-header", profile_arg, pdf_arg, uri, NULL
    };

    ok = uri != NULL
         && g_spawn_sync (NULL, (char **) (timeout != NULL ? argv : argv + 2), NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                          NULL, NULL, NULL, &errors, &status, error)
         && g_spawn_check_wait_status (status, error);
  }
  /* The profile Chromium made in our temporary directory, then the page. */
  if (g_file_test (profile, G_FILE_TEST_IS_DIR))
    {
      const char *rm[] = { "rm", "-rf", "--", profile, NULL };

      g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                    NULL, NULL, NULL, NULL);
    }
  g_unlink (page);
  g_rmdir (dir);
  if (!ok && errors != NULL && *errors != '\0' && error != NULL && *error != NULL)
    g_prefix_error (error, "%s: ", _("Chromium failed"));
  if (ok && !g_file_test (absolute, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Chromium wrote no PDF"));
      ok = FALSE;
    }

  return ok;
}

static int
report_html (AictDataset           *dataset,
             const AictPartialDate *at,
             const char            *display)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = aict_dataset_render_html_report (dataset, opt_actor, at, &error);
  gsize size;
  const char *data;

  if (html == NULL)
    {
      if (g_error_matches (error, AICT_ERROR, AICT_ERROR_NOT_FOUND) && opt_actor != NULL)
        g_printerr (_("%s: no actor with id “%s” in %s\n"), g_get_prgname (), opt_actor, display);
      else
        g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return AICT_EXIT_FAILED;
    }

  if (strcmp (opt_format, "pdf") == 0)
    {
      if (!print_to_pdf (html, opt_output, &error))
        {
          g_printerr ("%s: %s\n", g_get_prgname (), error->message);
          return AICT_EXIT_FAILED;
        }
      return AICT_EXIT_OK;
    }

  data = g_bytes_get_data (html, &size);
  if (opt_output != NULL)
    {
      if (!g_file_set_contents_full (opt_output, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error))
        {
          g_printerr ("%s: %s\n", g_get_prgname (), error->message);
          return AICT_EXIT_FAILED;
        }
    }
  else
    {
      fwrite (data, 1, size, stdout);
      if (fflush (stdout) != 0)
        {
          g_printerr ("%s: %s\n", g_get_prgname (), _("cannot write to standard output"));
          return AICT_EXIT_FAILED;
        }
    }

  return AICT_EXIT_OK;
}

int
aict_tool_report (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(AictPartialDate) at = NULL;
  g_autofree char *display = NULL;
  Report report;

  context = g_option_context_new (_("FILE"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Write a Markdown synthesis of an aict/1 dataset, or of one actor with\n"
      "--actor: its partnerships, the budget over the years, the pooling\n"
      "opportunities, the open follow-up actions and what the meetings decided."));
  g_option_context_set_description (context,
    _("Exit status: 0 on success, 1 if the file cannot be loaded, the actor\n"
      "is unknown or the report cannot be written, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  aict_tool_add_load_options (context);

  if (!aict_tool_parse (context, &argc, &argv))
    return AICT_EXIT_USAGE;
  if (argc != 2)
    return aict_tool_usage_error (context, argc < 2 ? _("no file given") : _("give exactly one file"));
  if (opt_top < 1)
    return aict_tool_usage_error (context, _("--top must be at least 1"));
  if (opt_at != NULL && (at = aict_partial_date_parse (opt_at, NULL)) == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (opt_at, -1);
      g_autofree char *what = g_strdup_printf (_("“%s” is not a date YYYY, YYYY-MM or YYYY-MM-DD"), shown);
      g_autofree char *message = g_strdup_printf ("--at: %s", what);

      return aict_tool_usage_error (context, message);
    }

  if (opt_format != NULL && strcmp (opt_format, "markdown") != 0 && strcmp (opt_format, "html") != 0
      && strcmp (opt_format, "pdf") != 0)
    {
      g_autofree char *shown = g_utf8_make_valid (opt_format, -1);
      g_autofree char *message = g_strdup_printf (_("--format: “%s” is not markdown, html or pdf"), shown);

      return aict_tool_usage_error (context, message);
    }
  if (opt_format != NULL && strcmp (opt_format, "pdf") == 0 && opt_output == NULL)
    return aict_tool_usage_error (context, _("--format pdf needs --output FILE"));

  display = g_filename_display_name (argv[1]);
  dataset = aict_tool_load_or_report (argv[1]);
  if (dataset == NULL)
    return AICT_EXIT_FAILED;

  if (opt_format != NULL && strcmp (opt_format, "markdown") != 0)
    return report_html (dataset, at, display);

  report = (Report) { dataset, at, g_string_new (NULL) };
  if (opt_actor != NULL)
    {
      g_autoptr(AictActorProfile) profile = aict_dataset_get_actor_profile (dataset, opt_actor, &error);

      if (profile == NULL)
        {
          g_printerr (_("%s: no actor with id “%s” in %s\n"), g_get_prgname (), opt_actor, display);
          g_string_free (report.out, TRUE);
          return AICT_EXIT_FAILED;
        }
      report_actor (&report, profile);
    }
  else
    report_dataset (&report, display);

  if (opt_output != NULL)
    {
      if (!g_file_set_contents_full (opt_output, report.out->str, report.out->len,
                                     G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error))
        {
          g_printerr ("%s: %s\n", g_get_prgname (), error->message);
          g_string_free (report.out, TRUE);
          return AICT_EXIT_FAILED;
        }
    }
  else
    {
      fwrite (report.out->str, 1, report.out->len, stdout);
      if (fflush (stdout) != 0)
        {
          g_printerr ("%s: %s\n", g_get_prgname (), _("cannot write to standard output"));
          g_string_free (report.out, TRUE);
          return AICT_EXIT_FAILED;
        }
    }

  g_string_free (report.out, TRUE);

  return AICT_EXIT_OK;
}
