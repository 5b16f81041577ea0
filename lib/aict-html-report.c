/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "aict-chart.h"
#include "aict-analysis.h"
#include "aict-chart-private.h"
#include "aict-codelist.h"
#include "aict-entity.h"
#include "aict-error.h"
#include "aict-filter.h"
#include "aict-i18n-private.h"
#include "aict-labels.h"
#include "aict-meeting.h"
#include "aict-outcome.h"
#include "aict-partnership.h"
#include "aict-source.h"
#include "../tools/aict-format.h"

/* The HTML report: the sections of the Markdown report of `aict report`
 * (the same library analyses: counts, budget totals, overlaps, pooling
 * candidates, outcomes, actor profiles) with the charts of aict-chart.c
 * inlined as SVG.  One self-contained file: CSS in a <style>, no script,
 * no font, no image or link outside the page; every text from the data
 * escaped.  Tables stop at MAX_TABLE_ROWS rows ("and K more"), so that a
 * dataset of 100 000 partnerships still gives a page a browser opens. */

#define MAX_TABLE_ROWS 300
#define MAX_TOP 10

typedef struct
{
  AictDataset *dataset;
  const char *actor_id;
  const AictPartialDate *at;
  GString *out;
  GHashTable *cited;     /* source id → TRUE, for the sources section */
  guint n_figures;
} Html;

static const char css[] =
  "body{font-family:'DejaVu Sans',Verdana,sans-serif;font-size:11pt;color:#1a1a1a;"
  "max-width:190mm;margin:1em auto;padding:0 1em;line-height:1.4}"
  "h1{font-size:20pt;margin-bottom:.2em}h2{font-size:15pt;border-bottom:2px solid #0072B2;"
  "padding-bottom:.1em;margin-top:1.5em}h3{font-size:12pt}"
  "figure{margin:1em 0;break-inside:avoid}figure svg{max-width:100%;height:auto;display:block}"
  "figcaption{font-size:9pt;color:#444}"
  "table{border-collapse:collapse;width:100%;font-size:9.5pt;margin:.5em 0}"
  "th,td{border-bottom:1px solid #ccc;padding:.25em .4em;text-align:left;vertical-align:top}"
  "td.n,th.n{text-align:right;white-space:nowrap}"
  ".figures{display:flex;flex-wrap:wrap;gap:1em;list-style:none;padding:0}"
  ".figures li{border:1px solid #ccc;border-radius:4px;padding:.5em 1em;min-width:8em}"
  ".figures b{display:block;font-size:18pt;color:#0072B2}"
  ".overdue{color:#B34700;font-weight:bold}.more{font-style:italic;color:#444}"
  "@page{size:A4;margin:15mm}"
  "@media print{body{max-width:none;margin:0;padding:0}section{break-before:page}"
  "section:first-of-type{break-before:auto}h2{break-after:avoid}tr{break-inside:avoid}}";

static void
put_escaped (Html       *html,
             const char *text)
{
  g_autofree char *escaped = _aict_chart_xml_escape (text);

  g_string_append (html->out, escaped);
}

static void
put_element (Html       *html,
             const char *tag,
             const char *text)
{
  g_string_append_printf (html->out, "<%s>", tag);
  put_escaped (html, text);
  g_string_append_printf (html->out, "</%s>\n", tag);
}

static const char *
actor_name (AictDataset *dataset,
            const char  *actor_id)
{
  AictActor *actor = actor_id != NULL ? aict_dataset_lookup_actor (dataset, actor_id) : NULL;

  if (actor_id == NULL)
    return "—";
  if (actor == NULL)
    return actor_id;

  return aict_actor_get_short_name (actor) != NULL ? aict_actor_get_short_name (actor)
                                                   : aict_actor_get_name (actor);
}

static void
cite_entity (GHashTable *sources,
             AictEntity *entity)
{
  for (guint i = 0; i < aict_entity_get_n_source_refs (entity); i++)
    g_hash_table_add (sources, (gpointer) aict_source_ref_get_source (aict_entity_get_source_ref (entity, i)));
}

static void
cite_model (GHashTable *sources,
            GListModel *model)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AictEntity) entity = g_list_model_get_item (model, i);

      cite_entity (sources, entity);
    }
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* "Sources: [a], [b]", linking into the sources section. */
static void
put_sources (Html       *html,
             GHashTable *sources)
{
  g_autofree const char **ids = (const char **) g_hash_table_get_keys_as_array (sources, NULL);
  guint n = g_hash_table_size (sources);

  qsort (ids, n, sizeof (char *), compare_strings);
  if (n == 0)
    {
      put_escaped (html, C_("html", "Sources: none recorded in the dataset."));
      return;
    }
  put_escaped (html, C_("html", "Sources:"));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *anchor = _aict_chart_xml_escape (ids[i]);

      g_hash_table_add (html->cited, (gpointer) ids[i]);
      g_string_append_printf (html->out, "%s <a href=\"#source-%s\">[%s]</a>", i > 0 ? "," : "", anchor, anchor);
    }
}

static void
put_figure_full (Html          *html,
                 AictChartKind  kind,
                 GListModel    *pooling,
                 GHashTable    *sources)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = g_strdup_printf ("chart%u", ++html->n_figures);
  g_autofree char *desc = NULL;
  g_autofree char *svg = _aict_chart_render_inline_svg (html->dataset, kind, html->actor_id, html->at, prefix,
                                                        pooling, &desc, &error);

  if (svg == NULL)
    {
      put_element (html, "p", error != NULL ? error->message : "");
      return;
    }
  g_string_append (html->out, "<figure>\n");
  g_string_append (html->out, svg);
  g_string_append (html->out, "<figcaption>");
  put_escaped (html, desc);
  g_string_append (html->out, "<br>");
  put_sources (html, sources);
  g_string_append (html->out, "</figcaption>\n</figure>\n");
}

static void
put_figure (Html          *html,
            AictChartKind  kind,
            GHashTable    *sources)
{
  put_figure_full (html, kind, NULL, sources);
}

static void
section_start (Html       *html,
               const char *id,
               const char *heading)
{
  g_string_append_printf (html->out, "<section id=\"%s\">\n", id);
  put_element (html, "h2", heading);
}

static void
section_end (Html *html)
{
  g_string_append (html->out, "</section>\n");
}

static void
put_more (Html  *html,
          guint  n_more)
{
  g_autofree char *more = NULL;

  if (n_more == 0)
    return;
  more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more.", "And %u more.", n_more), n_more);
  g_string_append (html->out, "<p class=\"more\">");
  put_escaped (html, more);
  g_string_append (html->out, "</p>\n");
}

static void
put_key_figure (Html       *html,
                const char *label,
                guint       value)
{
  g_autofree char *number = aict_format_integer (value);

  g_string_append (html->out, "<li><b>");
  put_escaped (html, number);
  g_string_append (html->out, "</b>");
  put_escaped (html, label);
  g_string_append (html->out, "</li>\n");
}

static void
section_budget (Html       *html,
                GListModel *budgets)
{
  g_autoptr(AictFilter) filter = aict_filter_new ();
  g_autoptr(GListModel) totals = NULL;
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  guint n;

  if (html->actor_id != NULL)
    aict_filter_set_actor (filter, html->actor_id);
  section_start (html, "budget", C_("report", "Budget"));
  cite_model (sources, budgets);
  put_figure (html, AICT_CHART_KIND_BUDGET, sources);

  totals = aict_dataset_get_budget_totals (html->dataset, AICT_BUDGET_GROUPING_ACTOR | AICT_BUDGET_GROUPING_YEAR,
                                           filter, &error);
  if (totals == NULL)
    {
      put_element (html, "p", error->message);
      section_end (html);
      return;
    }
  n = g_list_model_get_n_items (totals);
  if (n > 0)
    {
      g_string_append (html->out, "<table>\n<tr>");
      g_string_append_printf (html->out, "<th>%s</th><th>%s</th><th>%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th></tr>\n",
                              C_("report", "Actor"), C_("report", "Year"), C_("report", "Kind"),
                              C_("report", "Amount"), C_("report", "Change"));
    }
  for (guint i = 0; i < n && i < MAX_TABLE_ROWS; i++)
    {
      g_autoptr(AictTotal) total = g_list_model_get_item (totals, i);
      const char *year = aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR);
      g_autofree char *span = year != NULL ? aict_format_year_key (year) : g_strdup (_("undated"));
      g_autofree char *amount = aict_amount_format_for_display (aict_total_get_amount (total));
      g_autofree char *change = NULL;
      const AictAmount *difference = aict_total_get_change (total);
      gint64 basis_points;

      if (difference != NULL)
        {
          g_autofree char *min = aict_format_money (aict_amount_get_min (difference),
                                                    aict_amount_get_currency (difference), TRUE);

          if (aict_total_get_change_percent (total, &basis_points))
            {
              g_autofree char *percent = aict_format_percent (basis_points);

              change = g_strdup_printf (C_("report", "%s (%s)"), min, percent);
            }
          else
            change = g_steal_pointer (&min);
        }
      g_string_append (html->out, "<tr><td>");
      put_escaped (html, actor_name (html->dataset, aict_total_get_key (total, AICT_BUDGET_GROUPING_ACTOR)));
      g_string_append (html->out, "</td><td>");
      put_escaped (html, span);
      g_string_append (html->out, "</td><td>");
      put_escaped (html, aict_budget_kind_get_label (aict_total_get_kind (total), NULL));
      g_string_append (html->out, "</td><td class=\"n\">");
      put_escaped (html, amount);
      g_string_append (html->out, "</td><td class=\"n\">");
      put_escaped (html, change);
      g_string_append (html->out, "</td></tr>\n");
    }
  if (n > 0)
    g_string_append (html->out, "</table>\n");
  put_more (html, n > MAX_TABLE_ROWS ? n - MAX_TABLE_ROWS : 0);
  section_end (html);
}

static void
section_partnerships (Html       *html,
                      GListModel *partnerships)
{
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (partnerships);

  cite_model (sources, partnerships);
  section_start (html, "countries", C_("report", "Partnerships by country"));
  put_figure (html, AICT_CHART_KIND_COUNTRIES, sources);
  put_figure (html, AICT_CHART_KIND_THEMES, sources);
  put_figure (html, AICT_CHART_KIND_STATUSES, sources);
  put_figure (html, AICT_CHART_KIND_TIMELINE, sources);
  section_end (html);

  section_start (html, "partnerships", C_("report", "Partnerships"));
  if (n == 0)
    put_element (html, "p", _("No partnership."));
  else
    g_string_append_printf (html->out, "<table>\n<tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>\n",
                            C_("report", "Partnership"), C_("report", "Countries"),
                            C_("report", "Status"), C_("report", "Period"));
  for (guint i = 0; i < n && i < MAX_TABLE_ROWS; i++)
    {
      g_autoptr(AictPartnership) partnership = g_list_model_get_item (partnerships, i);
      const char * const *countries = aict_partnership_get_countries (partnership);
      g_autofree char *period = aict_format_period (aict_partnership_get_start (partnership),
                                                    aict_partnership_get_end (partnership));

      g_string_append (html->out, "<tr><td>");
      put_escaped (html, aict_partnership_get_title (partnership) != NULL ? aict_partnership_get_title (partnership)
                                                                         : aict_entity_get_id (AICT_ENTITY (partnership)));
      g_string_append (html->out, "</td><td>");
      for (guint c = 0; countries != NULL && countries[c] != NULL; c++)
        {
          const char *name = aict_country_get_name (countries[c], NULL);

          if (c > 0)
            g_string_append (html->out, ", ");
          put_escaped (html, name != NULL ? name : countries[c]);
        }
      g_string_append (html->out, "</td><td>");
      put_escaped (html, aict_partnership_status_get_label (aict_partnership_get_status (partnership), NULL));
      g_string_append (html->out, "</td><td>");
      put_escaped (html, period != NULL ? period : "—");
      g_string_append (html->out, "</td></tr>\n");
    }
  if (n > 0)
    g_string_append (html->out, "</table>\n");
  put_more (html, n > MAX_TABLE_ROWS ? n - MAX_TABLE_ROWS : 0);
  section_end (html);
}

static void
section_pooling (Html       *html,
                 GListModel *partnerships)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = NULL;
  guint n;

  section_start (html, "pooling", C_("report", "Pooling candidates"));
  /* Found once, for the network's highlight and the table. */
  if (html->actor_id != NULL)
    found = aict_dataset_find_pooling_candidates (html->dataset, html->actor_id, AICT_OVERLAP_KIND_ALL, NULL, &error);
  else
    found = aict_dataset_find_overlaps (html->dataset, AICT_OVERLAP_KIND_ALL, NULL, NULL, &error);
  {
    g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);

    cite_model (sources, partnerships);
    put_figure_full (html, AICT_CHART_KIND_NETWORK, found, sources);
  }
  if (found == NULL)
    {
      put_element (html, "p", error->message);
      section_end (html);
      return;
    }
  n = g_list_model_get_n_items (found);
  if (n == 0)
    put_element (html, "p", _("No other local authority shares a country, a partner, a theme or a funder with it."));
  else
    g_string_append_printf (html->out, "<table>\n<tr><th>%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th></tr>\n",
                            C_("report", "Actors"), C_("report", "Partnerships"), C_("report", "Active"));
  for (guint i = 0; i < n && i < MAX_TOP; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (found, i);
      const char * const *actor_ids;
      const char * const *partnership_ids;
      guint n_active;
      g_autofree char *n_partnerships_text = NULL;
      g_autofree char *n_active_text = NULL;

      if (AICT_IS_POOLING_CANDIDATE (item))
        {
          const char *one[2] = { aict_pooling_candidate_get_actor_id (AICT_POOLING_CANDIDATE (item)), NULL };

          g_string_append (html->out, "<tr><td>");
          put_escaped (html, actor_name (html->dataset, one[0]));
          partnership_ids = aict_pooling_candidate_get_partnership_ids (AICT_POOLING_CANDIDATE (item));
          n_active = aict_pooling_candidate_get_n_active (AICT_POOLING_CANDIDATE (item));
        }
      else
        {
          actor_ids = aict_overlap_get_actor_ids (AICT_OVERLAP (item));
          g_string_append (html->out, "<tr><td>");
          for (guint a = 0; actor_ids[a] != NULL; a++)
            {
              if (a > 0)
                g_string_append (html->out, ", ");
              put_escaped (html, actor_name (html->dataset, actor_ids[a]));
            }
          partnership_ids = aict_overlap_get_partnership_ids (AICT_OVERLAP (item));
          n_active = aict_overlap_get_n_active (AICT_OVERLAP (item));
        }
      n_partnerships_text = aict_format_integer (g_strv_length ((char **) partnership_ids));
      n_active_text = aict_format_integer (n_active);
      g_string_append_printf (html->out, "</td><td class=\"n\">%s</td><td class=\"n\">%s</td></tr>\n",
                              n_partnerships_text, n_active_text);
    }
  if (n > 0)
    g_string_append (html->out, "</table>\n");
  put_more (html, n > MAX_TOP ? n - MAX_TOP : 0);
  section_end (html);
}

static void
section_actions (Html       *html,
                 GListModel *actions)
{
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (actions);
  guint n_shown = 0;
  guint n_open = 0;

  section_start (html, "actions", C_("report", "Open follow-up actions"));
  cite_model (sources, actions);
  put_figure (html, AICT_CHART_KIND_ACTIONS, sources);
  g_string_append (html->out, "<ul>\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictOutcome) outcome = g_list_model_get_item (actions, i);
      AictOutcomeStatus status = aict_outcome_get_status (outcome);
      const AictPartialDate *due = aict_outcome_get_due (outcome);
      g_autofree char *due_text = due != NULL ? aict_partial_date_format_for_display (due) : NULL;
      g_autofree char *due_part = due_text != NULL ? g_strdup_printf (_("due %s"), due_text) : g_strdup (_("no due date"));
      g_autofree char *line = NULL;

      if (status != AICT_OUTCOME_STATUS_OPEN && status != AICT_OUTCOME_STATUS_IN_PROGRESS)
        continue;
      n_open++;
      if (n_shown >= MAX_TABLE_ROWS)
        continue;
      n_shown++;
      g_string_append (html->out, "<li>");
      if (html->at != NULL && aict_outcome_is_overdue (outcome, html->at))
        {
          g_string_append (html->out, "<span class=\"overdue\">");
          put_escaped (html, _("OVERDUE"));
          g_string_append (html->out, "</span> — ");
        }
      g_string_append (html->out, "<b>");
      put_escaped (html, actor_name (html->dataset, aict_outcome_get_owner_id (outcome)));
      g_string_append (html->out, "</b> — ");
      line = g_strdup_printf (C_("report action", "%1$s (%2$s): %3$s"), due_part,
                              aict_outcome_status_get_label (status, NULL),
                              aict_outcome_get_text (outcome) != NULL ? aict_outcome_get_text (outcome) : "");
      put_escaped (html, line);
      g_string_append (html->out, "</li>\n");
    }
  g_string_append (html->out, "</ul>\n");
  if (n_open == 0)
    put_element (html, "p", _("No open action."));
  put_more (html, n_open - n_shown);
  section_end (html);
}

static void
section_meetings (Html       *html,
                  GListModel *meetings)
{
  guint n = g_list_model_get_n_items (meetings);

  section_start (html, "meetings", C_("report", "Meetings"));
  if (n == 0)
    put_element (html, "p", _("No meeting."));
  for (guint i = 0; i < n && i < MAX_TABLE_ROWS; i++)
    {
      g_autoptr(AictMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
      g_autofree char *date = aict_meeting_get_date (meeting) != NULL ? aict_partial_date_format_for_display (aict_meeting_get_date (meeting)) : NULL;
      g_autofree char *title = g_strdup_printf ("%s%s%s", date != NULL ? date : "", date != NULL ? " — " : "",
                                                aict_meeting_get_title (meeting) != NULL ? aict_meeting_get_title (meeting)
                                                : aict_entity_get_id (AICT_ENTITY (meeting)));
      GListModel *outcomes = aict_meeting_get_outcomes (meeting);
      gboolean any = FALSE;

      put_element (html, "h3", title);
      g_string_append (html->out, "<ul>\n");
      for (guint o = 0; o < g_list_model_get_n_items (outcomes); o++)
        {
          g_autoptr(AictOutcome) outcome = g_list_model_get_item (outcomes, o);
          AictOutcomeKind kind = aict_outcome_get_kind (outcome);
          g_autofree char *line = NULL;

          if (kind != AICT_OUTCOME_KIND_DECISION && kind != AICT_OUTCOME_KIND_CONCLUSION)
            continue;
          line = g_strdup_printf (C_("report", "%s: %s"), aict_outcome_kind_get_label (kind, NULL),
                                  aict_outcome_get_text (outcome) != NULL ? aict_outcome_get_text (outcome) : "");
          put_element (html, "li", line);
          any = TRUE;
        }
      g_string_append (html->out, "</ul>\n");
      if (!any)
        put_element (html, "p", _("No decision or conclusion recorded."));
      cite_entity (sources, AICT_ENTITY (meeting));
      g_string_append (html->out, "<p class=\"more\">");
      put_sources (html, sources);
      g_string_append (html->out, "</p>\n");
    }
  put_more (html, n > MAX_TABLE_ROWS ? n - MAX_TABLE_ROWS : 0);
  section_end (html);
}

static void
section_sources (Html *html)
{
  g_autofree const char **ids = (const char **) g_hash_table_get_keys_as_array (html->cited, NULL);
  guint n = g_hash_table_size (html->cited);

  qsort (ids, n, sizeof (char *), compare_strings);
  section_start (html, "sources", C_("html", "Sources"));
  if (n == 0)
    put_element (html, "p", C_("html", "No source is cited by the data of this report."));
  g_string_append (html->out, "<ul>\n");
  for (guint i = 0; i < n; i++)
    {
      AictEntity *entity = aict_dataset_lookup (html->dataset, ids[i]);
      AictSource *source = entity != NULL && AICT_IS_SOURCE (entity) ? AICT_SOURCE (entity) : NULL;
      g_autofree char *anchor = _aict_chart_xml_escape (ids[i]);

      g_string_append_printf (html->out, "<li id=\"source-%s\">[%s] ", anchor, anchor);
      if (source != NULL)
        {
          g_autofree char *date = aict_source_get_date (source) != NULL ? aict_partial_date_format_for_display (aict_source_get_date (source)) : NULL;

          put_escaped (html, aict_source_get_title (source) != NULL ? aict_source_get_title (source) : ids[i]);
          if (aict_source_get_author (source) != NULL)
            {
              g_string_append (html->out, " — ");
              put_escaped (html, aict_source_get_author (source));
            }
          if (date != NULL)
            {
              g_string_append (html->out, ", ");
              put_escaped (html, date);
            }
          /* The address as text: the report makes no request, not even
           * one a click would start without the reader seeing where. */
          if (aict_source_get_url (source) != NULL)
            {
              g_string_append (html->out, " — <span class=\"url\">");
              put_escaped (html, aict_source_get_url (source));
              g_string_append (html->out, "</span>");
            }
        }
      g_string_append (html->out, "</li>\n");
    }
  g_string_append (html->out, "</ul>\n");
  section_end (html);
}

/**
 * aict_dataset_render_html_report:
 * @self: an #AictDataset
 * @actor_id: (nullable): the actor to report on (with its units), or
 *   %NULL for the whole dataset
 * @at: (nullable): the date at which open actions are judged overdue
 * @error: return location for a #GError
 *
 * Writes the report of `aict report --format html`: one self-contained
 * HTML page (inline SVG charts and CSS, no script, no font, no request)
 * with the key figures, the budget and its trend, the partnerships by
 * country, theme, status and over time, the partnerships table, the
 * pooling candidates, the open and overdue follow-up actions with their
 * owners, the meetings with their decisions, and the sources cited for
 * each figure.  In the language of the locale; it prints on A4, one
 * section per page.
 *
 * Returns: (transfer full): the page, UTF-8, or %NULL with @error set
 *   (%AICT_ERROR_NOT_FOUND for an unknown actor)
 *
 * Since: 0.2
 */
GBytes *
aict_dataset_render_html_report (AictDataset            *self,
                                 const char             *actor_id,
                                 const AictPartialDate  *at,
                                 GError                **error)
{
  g_autoptr(AictActorProfile) profile = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(AictFilter) filter = NULL;
  g_autoptr(GHashTable) cited = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *partnerships;
  GListModel *budgets;
  GListModel *meetings;
  const char *title;
  Html html;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _aict_chart_ensure_i18n ();
  if (actor_id != NULL)
    {
      profile = aict_dataset_get_actor_profile (self, actor_id, error);
      if (profile == NULL)
        return NULL;
      partnerships = aict_actor_profile_get_partnerships (profile);
      budgets = aict_actor_profile_get_budgets (profile);
      meetings = aict_actor_profile_get_meetings (profile);
      actions = g_object_ref (aict_actor_profile_get_actions (profile));
      title = aict_actor_get_name (aict_actor_profile_get_actor (profile));
    }
  else
    {
      partnerships = aict_dataset_get_partnerships (self);
      budgets = aict_dataset_get_budgets (self);
      meetings = aict_dataset_get_meetings (self);
      filter = aict_filter_new ();
      aict_filter_add_outcome_kind (filter, AICT_OUTCOME_KIND_ACTION);
      actions = aict_dataset_filter_outcomes (self, filter, error);
      if (actions == NULL)
        return NULL;
      title = aict_dataset_get_title (self) != NULL ? aict_dataset_get_title (self) : C_("html", "Report");
    }

  html = (Html) { self, actor_id, at, g_string_sized_new (64 * 1024), cited, 0 };
  /* TRANSLATORS: the language of the HTML report, as its lang attribute */
  g_string_append_printf (html.out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
                          C_("html", "en"));
  put_escaped (&html, title);
  g_string_append_printf (html.out, "</title>\n<style>%s</style>\n</head>\n<body>\n<header>\n", css);
  put_element (&html, "h1", title);
  if (actor_id == NULL && aict_dataset_get_description (self) != NULL)
    put_element (&html, "p", aict_dataset_get_description (self));
  if (at != NULL)
    {
      g_autofree char *date = aict_partial_date_format_for_display (at);
      /* TRANSLATORS: under the report's title: "Situation at 20 September 2016" */
      g_autofree char *line = g_strdup_printf (C_("html", "Situation at %s"), date);

      put_element (&html, "p", line);
    }
  g_string_append (html.out, "</header>\n");

  section_start (&html, "figures", C_("html", "Key figures"));
  g_string_append (html.out, "<ul class=\"figures\">\n");
  if (actor_id == NULL)
    put_key_figure (&html, C_("report", "Actors"), g_list_model_get_n_items (aict_dataset_get_actors (self)));
  put_key_figure (&html, C_("report", "Partnerships"), g_list_model_get_n_items (partnerships));
  put_key_figure (&html, C_("report", "Budget lines"), g_list_model_get_n_items (budgets));
  put_key_figure (&html, C_("report", "Meetings"), g_list_model_get_n_items (meetings));
  {
    guint n_open = 0, n_overdue = 0;

    for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
      {
        g_autoptr(AictOutcome) outcome = g_list_model_get_item (actions, i);
        AictOutcomeStatus status = aict_outcome_get_status (outcome);

        if (status != AICT_OUTCOME_STATUS_OPEN && status != AICT_OUTCOME_STATUS_IN_PROGRESS)
          continue;
        n_open++;
        if (at != NULL && aict_outcome_is_overdue (outcome, at))
          n_overdue++;
      }
    put_key_figure (&html, C_("html", "Open actions"), n_open);
    if (at != NULL)
      put_key_figure (&html, C_("html", "Overdue actions"), n_overdue);
  }
  g_string_append (html.out, "</ul>\n");
  section_end (&html);

  section_budget (&html, budgets);
  section_partnerships (&html, partnerships);
  section_pooling (&html, partnerships);
  section_actions (&html, actions);
  section_meetings (&html, meetings);
  section_sources (&html);

  g_string_append (html.out, "</body>\n</html>\n");

  return g_string_free_to_bytes (html.out);
}
