/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>

#include "aict-chart.h"
#include "aict-analysis.h"
#include "aict-chart-private.h"
#include "aict-error.h"
#include "aict-i18n-private.h"
#include "aict-labels.h"
#include "aict-codelist.h"
#include "aict-entity.h"
#include "aict-enum-types.h"
#include "aict-filter.h"
#include "aict-outcome.h"
#include "aict-partnership.h"
#include "../tools/aict-format.h"

/**
 * SECTION:aict-chart
 * @title: Charts
 * @short_description: budget, partnerships, timeline and follow-up drawn
 *   to SVG, PNG or PDF
 *
 * The charts aggregate: a bar per country, theme, status or owner (the
 * smallest grouped as "others" beyond %MAX_ROWS bars), a band per actor
 * and budget kind, the most recent partnerships on the timeline with "and
 * K more".  Text is laid out by pango in the locale's conventions (the
 * same numbers, amounts and dates as the aict tool), labels too long for
 * their place end with "…", the colours are the Okabe–Ito palette, safe
 * for colour-blind readers, and every SVG carries a `<title>` and a
 * `<desc>` for screen readers.  The same data in the same locale gives
 * the same SVG and PNG bytes.
 */

#define WIDTH 720.0
#define MARGIN 12.0
#define FONT "DejaVu Sans 9"
#define TITLE_FONT "DejaVu Sans Bold 11"
#define ROW_HEIGHT 22.0
#define BAR_HEIGHT 14.0
#define MAX_ROWS 15
#define MAX_SPANS 20
#define MAX_SERIES 6

/* Okabe & Ito (2008), "Color Universal Design". */
static const double palette[][3] = {
  { 0x00 / 255., 0x72 / 255., 0xB2 / 255. },   /* blue */
  { 0xD5 / 255., 0x5E / 255., 0x00 / 255. },   /* vermillion */
  { 0x00 / 255., 0x9E / 255., 0x73 / 255. },   /* bluish green */
  { 0xCC / 255., 0x79 / 255., 0xA7 / 255. },   /* reddish purple */
  { 0xE6 / 255., 0x9F / 255., 0x00 / 255. },   /* orange */
  { 0x56 / 255., 0xB4 / 255., 0xE9 / 255. },   /* sky blue */
};
#define COLOUR_BAR 0
#define COLOUR_OVERDUE 1
static const double grey[3] = { 0.6, 0.6, 0.6 };
static const double ink[3] = { 0.1, 0.1, 0.1 };
static const double rule[3] = { 0.82, 0.82, 0.82 };

typedef struct
{
  char *label;
  double v[3];        /* stacked parts; bars have only v[0] */
  char *value_text;
} Row;

typedef struct
{
  double x;           /* fractional year */
  double lo, hi;
} Point;

typedef struct
{
  char *label;
  char *change;       /* "−75 %", or NULL */
  GArray *points;     /* Point, by x */
  guint n_budgets;
} Series;

typedef struct
{
  char *label;
  double start, end;
  double fade_in;     /* years over which the start fades in: 1, 1/12 or 0 */
  gboolean open_end;
} Span;

typedef struct
{
  AictChartKind kind;
  char *title;
  char *desc;
  char *note;         /* "and 12 more", under the chart */
  double height;
  GPtrArray *rows;
  GPtrArray *series;
  GPtrArray *spans;
  char *currency;
  double x_min, x_max, y_max;
  GArray *boxes;      /* AictChartBox of every label drawn */
} Chart;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->label);
  g_free (row->value_text);
  g_free (row);
}

static void
series_free (gpointer data)
{
  Series *series = data;

  g_free (series->label);
  g_free (series->change);
  g_array_unref (series->points);
  g_free (series);
}

static void
span_free (gpointer data)
{
  Span *span = data;

  g_free (span->label);
  g_free (span);
}

static void
chart_free (Chart *chart)
{
  g_free (chart->title);
  g_free (chart->desc);
  g_free (chart->note);
  g_free (chart->currency);
  g_ptr_array_unref (chart->rows);
  g_ptr_array_unref (chart->series);
  g_ptr_array_unref (chart->spans);
  g_array_unref (chart->boxes);
  g_free (chart);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Chart, chart_free)

void
_aict_chart_ensure_i18n (void)
{
  /* Binds the library's text domain, which the shared formatting module
   * (aict-display-format.c) then uses. */
  (void) _aict_gettext ("");
}

char *
_aict_chart_xml_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '"': g_string_append (out, "&quot;"); break;
      case '\'': g_string_append (out, "&#39;"); break;
      default:
        /* Control characters are not allowed in XML 1.0. */
        if ((guchar) *p < 0x20 && *p != '\n' && *p != '\t')
          g_string_append_c (out, ' ');
        else
          g_string_append_c (out, *p);
      }

  return g_string_free (out, FALSE);
}

static const char *
actor_name (AictDataset *dataset,
            const char  *actor_id)
{
  AictActor *actor;

  if (actor_id == NULL)
    return C_("chart", "No owner");
  actor = aict_dataset_lookup_actor (dataset, actor_id);
  if (actor == NULL)
    return actor_id;

  return aict_actor_get_short_name (actor) != NULL ? aict_actor_get_short_name (actor)
                                                   : aict_actor_get_name (actor);
}

static Chart *
chart_new (AictChartKind kind)
{
  Chart *chart = g_new0 (Chart, 1);

  chart->kind = kind;
  chart->rows = g_ptr_array_new_with_free_func (row_free);
  chart->series = g_ptr_array_new_with_free_func (series_free);
  chart->spans = g_ptr_array_new_with_free_func (span_free);
  chart->boxes = g_array_new (FALSE, FALSE, sizeof (AictChartBox));

  return chart;
}

/* "Partnerships by country — Pyrénées-Atlantiques" */
static char *
chart_title (AictDataset *dataset,
             const char  *what,
             const char  *actor_id)
{
  if (actor_id == NULL)
    return g_strdup (what);

  /* TRANSLATORS: a chart's title for one actor: "Budget — Gironde" */
  return g_strdup_printf (C_("chart", "%1$s — %2$s"), what, actor_name (dataset, actor_id));
}

static AictFilter *
actor_filter (const char *actor_id)
{
  AictFilter *filter = aict_filter_new ();

  if (actor_id != NULL)
    aict_filter_set_actor (filter, actor_id);

  return filter;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *x = *(Row * const *) a;
  const Row *y = *(Row * const *) b;
  double tx = x->v[0] + x->v[1] + x->v[2];
  double ty = y->v[0] + y->v[1] + y->v[2];

  if (tx != ty)
    return tx > ty ? -1 : 1;

  return g_utf8_collate (x->label, y->label);
}

/* Sorts the rows, keeps MAX_ROWS of them (the last one "others" summing
 * the rest), writes the value labels and the description. */
static void
rows_finish (Chart *chart)
{
  GString *desc = g_string_new (NULL);

  g_ptr_array_sort (chart->rows, compare_rows);
  if (chart->rows->len > MAX_ROWS)
    {
      Row *others = g_new0 (Row, 1);
      guint n_others = chart->rows->len - (MAX_ROWS - 1);

      for (guint i = MAX_ROWS - 1; i < chart->rows->len; i++)
        {
          Row *row = g_ptr_array_index (chart->rows, i);

          for (guint k = 0; k < 3; k++)
            others->v[k] += row->v[k];
        }
      g_ptr_array_set_size (chart->rows, MAX_ROWS - 1);
      others->label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u other", "%u others", n_others), n_others);
      g_ptr_array_add (chart->rows, others);
    }

  for (guint i = 0; i < chart->rows->len; i++)
    {
      Row *row = g_ptr_array_index (chart->rows, i);
      g_autofree char *total = aict_format_integer ((gint64) (row->v[0] + row->v[1] + row->v[2]));

      if (chart->kind == AICT_CHART_KIND_ACTIONS && row->v[0] > 0)
        {
          g_autofree char *overdue = aict_format_integer ((gint64) row->v[0]);

          /* TRANSLATORS: open actions of an owner: "3, 1 overdue" */
          row->value_text = g_strdup_printf (C_("chart", "%1$s, %2$s overdue"), total, overdue);
        }
      else
        row->value_text = g_steal_pointer (&total);

      /* TRANSLATORS: one bar in a chart's description: "Senegal: 4" */
      g_string_append_printf (desc, C_("chart", "%s%s: %s"), i > 0 ? "; " : "", row->label, row->value_text);
    }
  if (chart->rows->len == 0)
    g_string_append (desc, C_("chart", "No data."));
  else
    g_string_append_c (desc, '.');

  chart->desc = g_string_free (desc, FALSE);
  chart->height = 2 * MARGIN + 28 + MAX (chart->rows->len, 1) * ROW_HEIGHT;
}

static gboolean
build_counts (Chart        *chart,
              AictDataset  *dataset,
              AictCountBy   by,
              const char   *actor_id,
              GError      **error)
{
  g_autoptr(AictFilter) filter = actor_filter (actor_id);
  g_autoptr(GListModel) counts = aict_dataset_count (dataset, by, filter, error);
  GEnumClass *statuses = NULL;

  if (counts == NULL)
    return FALSE;

  if (by == AICT_COUNT_BY_STATUS)
    statuses = g_type_class_ref (AICT_TYPE_PARTNERSHIP_STATUS);
  for (guint i = 0; i < g_list_model_get_n_items (counts); i++)
    {
      g_autoptr(AictCount) count = g_list_model_get_item (counts, i);
      const char *key = aict_count_get_key (count);
      const char *label = NULL;
      Row *row = g_new0 (Row, 1);

      if (by == AICT_COUNT_BY_COUNTRY)
        label = aict_country_get_name (key, NULL);
      else if (by == AICT_COUNT_BY_THEME)
        label = aict_theme_get_label (key, NULL);
      else if (by == AICT_COUNT_BY_STATUS)
        {
          GEnumValue *value = g_enum_get_value_by_nick (statuses, key);

          if (value != NULL)
            label = aict_partnership_status_get_label (value->value, NULL);
        }
      row->label = g_strdup (label != NULL ? label : key);
      row->v[0] = aict_count_get_n_partnerships (count);
      g_ptr_array_add (chart->rows, row);
    }
  if (statuses != NULL)
    g_type_class_unref (statuses);

  rows_finish (chart);

  return TRUE;
}

static gboolean
build_actions (Chart                  *chart,
               AictDataset            *dataset,
               const char             *actor_id,
               const AictPartialDate  *at,
               GError                **error)
{
  g_autoptr(AictFilter) filter = actor_filter (actor_id);
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GHashTable) by_owner = g_hash_table_new (g_str_hash, g_str_equal);

  aict_filter_add_outcome_kind (filter, AICT_OUTCOME_KIND_ACTION);
  actions = aict_dataset_filter_outcomes (dataset, filter, error);
  if (actions == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(AictOutcome) outcome = g_list_model_get_item (actions, i);
      AictOutcomeStatus status = aict_outcome_get_status (outcome);
      const char *owner = aict_outcome_get_owner_id (outcome);
      Row *row;

      if (status != AICT_OUTCOME_STATUS_OPEN && status != AICT_OUTCOME_STATUS_IN_PROGRESS)
        continue;
      row = g_hash_table_lookup (by_owner, owner != NULL ? owner : "");
      if (row == NULL)
        {
          row = g_new0 (Row, 1);
          row->label = g_strdup (actor_name (dataset, owner));
          /* The dataset keeps the id alive. */
          g_hash_table_insert (by_owner, (gpointer) (owner != NULL ? owner : ""), row);
          g_ptr_array_add (chart->rows, row);
        }
      if (at != NULL && aict_outcome_is_overdue (outcome, at))
        row->v[0] += 1;
      else if (aict_outcome_get_due (outcome) != NULL)
        row->v[1] += 1;
      else
        row->v[2] += 1;
    }

  rows_finish (chart);

  return TRUE;
}

static double
date_x (const AictPartialDate *date,
        gboolean               last_day)
{
  g_autoptr(GDate) day = last_day ? aict_partial_date_get_last_day (date)
                                  : aict_partial_date_get_first_day (date);
  int year = g_date_get_year (day);
  double days = g_date_is_leap_year (year) ? 366 : 365;

  return year + (g_date_get_day_of_year (day) - (last_day ? 0 : 1)) / days;
}

static int
compare_spans_recent (gconstpointer a,
                      gconstpointer b)
{
  const Span *x = *(Span * const *) a;
  const Span *y = *(Span * const *) b;

  if (x->start != y->start)
    return x->start > y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;

  /* Ties by bytes: a stable order, and cheap on 100 000 spans. */
  return strcmp (x->label, y->label);
}

static int
compare_spans_start (gconstpointer a,
                     gconstpointer b)
{
  return -compare_spans_recent (a, b);
}

static gboolean
build_timeline (Chart                  *chart,
                AictDataset            *dataset,
                const char             *actor_id,
                const AictPartialDate  *at,
                GError                **error)
{
  g_autoptr(AictFilter) filter = actor_filter (actor_id);
  g_autoptr(GListModel) partnerships = aict_dataset_filter_partnerships (dataset, filter, error);
  GString *desc;
  guint n_undated = 0;
  guint n_more = 0;
  guint n;
  double now = -G_MAXDOUBLE;

  if (partnerships == NULL)
    return FALSE;

  n = g_list_model_get_n_items (partnerships);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictPartnership) partnership = g_list_model_get_item (partnerships, i);
      const AictPartialDate *start = aict_partnership_get_start (partnership);
      const AictPartialDate *end = aict_partnership_get_end (partnership);
      Span *span;

      if (start == NULL)
        {
          n_undated++;
          continue;
        }
      span = g_new0 (Span, 1);
      span->label = g_strdup (aict_partnership_get_title (partnership) != NULL
                              ? aict_partnership_get_title (partnership)
                              : aict_entity_get_id (AICT_ENTITY (partnership)));
      span->start = date_x (start, FALSE);
      switch (aict_partial_date_get_precision (start))
        {
        case AICT_DATE_PRECISION_YEAR: span->fade_in = 1.0; break;
        case AICT_DATE_PRECISION_MONTH: span->fade_in = 1.0 / 12; break;
        case AICT_DATE_PRECISION_DAY:
        default: span->fade_in = 0; break;
        }
      span->open_end = end == NULL;
      span->end = end != NULL ? date_x (end, TRUE) : span->start;
      now = MAX (now, MAX (span->end, span->start + span->fade_in));
      g_ptr_array_add (chart->spans, span);
    }

  /* The most recent MAX_SPANS, drawn oldest first. */
  g_ptr_array_sort (chart->spans, compare_spans_recent);
  if (chart->spans->len > MAX_SPANS)
    {
      n_more = chart->spans->len - MAX_SPANS;
      g_ptr_array_set_size (chart->spans, MAX_SPANS);
    }
  g_ptr_array_sort (chart->spans, compare_spans_start);

  if (at != NULL)
    now = MAX (now, date_x (at, TRUE));
  chart->x_min = G_MAXDOUBLE;
  for (guint i = 0; i < chart->spans->len; i++)
    {
      Span *span = g_ptr_array_index (chart->spans, i);

      chart->x_min = MIN (chart->x_min, floor (span->start));
    }
  chart->x_max = ceil (now);
  if (chart->spans->len == 0)
    chart->x_min = chart->x_max = 0;
  else if (chart->x_max <= chart->x_min)
    chart->x_max = chart->x_min + 1;

  if (n_more > 0 || n_undated > 0)
    {
      g_autofree char *more = n_more > 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                                           "and %u more", n_more), n_more)
                                         : NULL;
      g_autofree char *undated = n_undated > 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                                "%u without a start date",
                                                                                "%u without a start date",
                                                                                n_undated), n_undated)
                                               : NULL;

      chart->note = g_strjoin ("; ", more != NULL ? more : undated, more != NULL ? undated : NULL, NULL);
    }

  desc = g_string_new (NULL);
  {
    g_autofree char *shown = aict_format_integer (chart->spans->len);
    g_autofree char *total = aict_format_integer (n);

    /* TRANSLATORS: the description of the timeline chart */
    g_string_append_printf (desc, C_("chart", "%1$s of %2$s partnerships, the most recent, from their start to their end; a start known only to the year or month fades in, an unknown end stays open."),
                            shown, total);
  }
  if (chart->note != NULL)
    g_string_append_printf (desc, " (%s)", chart->note);
  chart->desc = g_string_free (desc, FALSE);
  chart->height = 2 * MARGIN + 28 + MAX (chart->spans->len, 1) * ROW_HEIGHT + 24
                  + (chart->note != NULL ? ROW_HEIGHT : 0);

  return TRUE;
}

static int
compare_series (gconstpointer a,
                gconstpointer b)
{
  const Series *x = *(Series * const *) a;
  const Series *y = *(Series * const *) b;

  if (x->points->len != y->points->len)
    return x->points->len > y->points->len ? -1 : 1;
  if (x->n_budgets != y->n_budgets)
    return x->n_budgets > y->n_budgets ? -1 : 1;

  return strcmp (x->label, y->label);
}

static double
year_key_x (const char *key)
{
  /* "2016" or "2014-2016": the middle of the years it covers. */
  const char *dash = strchr (key, '-');
  double first = g_ascii_strtod (key, NULL);
  double last = dash != NULL ? g_ascii_strtod (dash + 1, NULL) : first;

  return (first + last + 1) / 2;
}

static gboolean
build_budget (Chart        *chart,
              AictDataset  *dataset,
              const char   *actor_id,
              GError      **error)
{
  g_autoptr(AictFilter) filter = actor_filter (actor_id);
  g_autoptr(GListModel) totals = aict_dataset_get_budget_totals (dataset,
                                                                 AICT_BUDGET_GROUPING_ACTOR | AICT_BUDGET_GROUPING_YEAR,
                                                                 filter, error);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) last_total = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_object_unref);
  GString *desc;
  guint n_other_currency = 0;
  guint n_series = 0;

  if (totals == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (totals); i++)
    {
      g_autoptr(AictTotal) total = g_list_model_get_item (totals, i);
      const AictAmount *amount = aict_total_get_amount (total);
      const char *year = aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR);
      const char *actor = aict_total_get_key (total, AICT_BUDGET_GROUPING_ACTOR);
      AictBudgetKind kind = aict_total_get_kind (total);
      g_autofree char *key = NULL;
      Series *series;
      Point point;

      if (year == NULL)
        continue;
      if (chart->currency == NULL)
        chart->currency = g_strdup (aict_amount_get_currency (amount));
      else if (g_strcmp0 (chart->currency, aict_amount_get_currency (amount)) != 0)
        {
          n_other_currency++;
          continue;
        }

      key = g_strdup_printf ("%s\n%d", actor != NULL ? actor : "", kind);
      series = g_hash_table_lookup (by_key, key);
      if (series == NULL)
        {
          series = g_new0 (Series, 1);
          /* TRANSLATORS: a budget series: "Gironde (allocated)" */
          series->label = g_strdup_printf (C_("chart", "%1$s (%2$s)"), actor_name (dataset, actor),
                                           aict_budget_kind_get_label (kind, NULL));
          series->points = g_array_new (FALSE, FALSE, sizeof (Point));
          g_hash_table_insert (by_key, g_steal_pointer (&key), series);
          g_ptr_array_add (chart->series, series);
        }
      point.x = year_key_x (year);
      point.lo = aict_amount_get_min (amount);
      point.hi = aict_amount_get_max (amount);
      g_array_append_val (series->points, point);
      series->n_budgets += aict_total_get_n_budgets (total);
      /* Totals come by year: the last one seen is the latest. */
      g_hash_table_replace (last_total, series, g_object_ref (total));
    }

  for (guint i = 0; i < chart->series->len; i++)
    {
      Series *series = g_ptr_array_index (chart->series, i);
      AictTotal *total = g_hash_table_lookup (last_total, series);
      gint64 basis_points;

      if (total != NULL && aict_total_get_change_percent (total, &basis_points))
        series->change = aict_format_percent (basis_points);
    }

  g_ptr_array_sort (chart->series, compare_series);
  n_series = chart->series->len;
  if (chart->series->len > MAX_SERIES)
    g_ptr_array_set_size (chart->series, MAX_SERIES);

  chart->x_min = G_MAXDOUBLE;
  chart->x_max = -G_MAXDOUBLE;
  chart->y_max = 0;
  for (guint i = 0; i < chart->series->len; i++)
    {
      Series *series = g_ptr_array_index (chart->series, i);

      for (guint p = 0; p < series->points->len; p++)
        {
          Point *point = &g_array_index (series->points, Point, p);

          chart->x_min = MIN (chart->x_min, floor (point->x));
          chart->x_max = MAX (chart->x_max, ceil (point->x));
          chart->y_max = MAX (chart->y_max, point->hi);
        }
    }
  if (chart->series->len == 0)
    chart->x_min = chart->x_max = 0;
  if (chart->x_max <= chart->x_min)
    chart->x_max = chart->x_min + 1;

  desc = g_string_new (NULL);
  for (guint i = 0; i < chart->series->len; i++)
    {
      Series *series = g_ptr_array_index (chart->series, i);
      Point *first = &g_array_index (series->points, Point, 0);
      Point *last = &g_array_index (series->points, Point, series->points->len - 1);
      g_autofree char *from = aict_format_money ((gint64) first->hi, chart->currency, FALSE);
      g_autofree char *to = aict_format_money ((gint64) last->hi, chart->currency, FALSE);
      g_autofree char *from_year = g_strdup_printf ("%d", (int) floor (first->x));
      g_autofree char *to_year = g_strdup_printf ("%d", (int) floor (last->x));

      if (series->points->len == 1)
        /* TRANSLATORS: a series of one year in the budget chart's
         * description: "Gironde (allocated): 50 000 € in 2016" */
        g_string_append_printf (desc, C_("chart", "%1$s%2$s: %3$s in %4$s"),
                                i > 0 ? "; " : "", series->label, to, to_year);
      else
        /* TRANSLATORS: one series in the budget chart's description:
         * "Gironde (allocated): 200 000 € in 2014, 50 000 € in 2016" */
        g_string_append_printf (desc, C_("chart", "%1$s%2$s: %3$s in %4$s, %5$s in %6$s"),
                                i > 0 ? "; " : "", series->label, from, from_year, to, to_year);
      if (series->change != NULL)
        g_string_append_printf (desc, " (%s)", series->change);
    }
  if (chart->series->len == 0)
    g_string_append (desc, C_("chart", "No budget line with a year and an amount."));
  else
    g_string_append_c (desc, '.');
  if (n_series > MAX_SERIES)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                              "and %u more", n_series - MAX_SERIES),
                                               n_series - MAX_SERIES);

      chart->note = g_steal_pointer (&more);
    }
  if (n_other_currency > 0)
    {
      g_autofree char *other = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u total in another currency not drawn",
                                                             "%u totals in another currency not drawn",
                                                             n_other_currency), n_other_currency);
      char *joined = chart->note != NULL ? g_strjoin ("; ", chart->note, other, NULL) : g_strdup (other);

      g_free (chart->note);
      chart->note = joined;
    }
  if (chart->note != NULL)
    g_string_append_printf (desc, " (%s)", chart->note);
  chart->desc = g_string_free (desc, FALSE);
  chart->height = 360 + (chart->note != NULL ? ROW_HEIGHT : 0);

  return TRUE;
}

static Chart *
chart_build (AictDataset            *dataset,
             AictChartKind           kind,
             const char             *actor_id,
             const AictPartialDate  *at,
             GError                **error)
{
  g_autoptr(Chart) chart = chart_new (kind);
  gboolean ok = FALSE;
  const char *what = NULL;

  _aict_chart_ensure_i18n ();
  if (actor_id != NULL && aict_dataset_lookup_actor (dataset, actor_id) == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (actor_id, -1);

      g_set_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND, _("No actor with id “%s”"), shown);
      return NULL;
    }

  switch (kind)
    {
    case AICT_CHART_KIND_BUDGET:
      what = C_("chart", "Budget over the years");
      ok = build_budget (chart, dataset, actor_id, error);
      break;
    case AICT_CHART_KIND_COUNTRIES:
      what = C_("chart", "Partnerships by country");
      ok = build_counts (chart, dataset, AICT_COUNT_BY_COUNTRY, actor_id, error);
      break;
    case AICT_CHART_KIND_THEMES:
      what = C_("chart", "Partnerships by theme");
      ok = build_counts (chart, dataset, AICT_COUNT_BY_THEME, actor_id, error);
      break;
    case AICT_CHART_KIND_STATUSES:
      what = C_("chart", "Partnerships by status");
      ok = build_counts (chart, dataset, AICT_COUNT_BY_STATUS, actor_id, error);
      break;
    case AICT_CHART_KIND_TIMELINE:
      what = C_("chart", "Partnerships over time");
      ok = build_timeline (chart, dataset, actor_id, at, error);
      break;
    case AICT_CHART_KIND_ACTIONS:
      what = C_("chart", "Open follow-up actions by owner");
      ok = build_actions (chart, dataset, actor_id, at, error);
      break;
    default:
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT, _("Unknown chart kind %d"), (int) kind);
      return NULL;
    }
  if (!ok)
    return NULL;

  chart->title = chart_title (dataset, what, actor_id);

  return g_steal_pointer (&chart);
}

/* Drawing */

typedef enum { ALIGN_LEFT, ALIGN_RIGHT, ALIGN_CENTER } Align;

static void
set_colour (cairo_t      *cr,
            const double *rgb,
            double        alpha)
{
  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], alpha);
}

/* Draws @text with its box's vertical centre at @y, starting at @x (left),
 * ending at @x (right) or centred on @x, cut with "…" to @max_width. */
static void
draw_text (Chart      *chart,
           cairo_t    *cr,
           const char *text,
           const char *font,
           double      x,
           double      y,
           double      max_width,
           Align       align)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *description = pango_font_description_from_string (font);
  PangoRectangle logical;
  AictChartBox box;

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_extents (layout, NULL, &logical);

  box.width = logical.width;
  box.height = logical.height;
  box.y = y - box.height / 2;
  switch (align)
    {
    case ALIGN_RIGHT: box.x = x - box.width; break;
    case ALIGN_CENTER: box.x = x - box.width / 2; break;
    case ALIGN_LEFT:
    default: box.x = x; break;
    }
  /* Pango aligns the lines inside the layout's width: draw from the left
   * of the logical rectangle. */
  cairo_move_to (cr, box.x - logical.x, box.y - logical.y);
  set_colour (cr, ink, 1);
  pango_cairo_show_layout (cr, layout);
  /* Leave no current point for the next path to start from. */
  cairo_new_path (cr);
  g_array_append_val (chart->boxes, box);
  g_object_unref (layout);
}

static void
draw_title (Chart   *chart,
            cairo_t *cr)
{
  draw_text (chart, cr, chart->title, TITLE_FONT, MARGIN, MARGIN + 8, WIDTH - 2 * MARGIN, ALIGN_LEFT);
}

static void
draw_note (Chart   *chart,
           cairo_t *cr)
{
  if (chart->note != NULL)
    draw_text (chart, cr, chart->note, FONT, MARGIN, chart->height - MARGIN - 8,
               WIDTH - 2 * MARGIN, ALIGN_LEFT);
}

#define LABEL_WIDTH 200.0
#define PLOT_LEFT (MARGIN + LABEL_WIDTH + 8)

static void
draw_bars (Chart   *chart,
           cairo_t *cr)
{
  double plot_width = 330;
  double max_value = 0;
  double top = MARGIN + 28;

  draw_title (chart, cr);
  for (guint i = 0; i < chart->rows->len; i++)
    {
      Row *row = g_ptr_array_index (chart->rows, i);

      max_value = MAX (max_value, row->v[0] + row->v[1] + row->v[2]);
    }
  if (chart->rows->len == 0)
    {
      draw_text (chart, cr, C_("chart", "No data."), FONT, PLOT_LEFT, top + ROW_HEIGHT / 2, 0, ALIGN_LEFT);
      return;
    }

  for (guint i = 0; i < chart->rows->len; i++)
    {
      Row *row = g_ptr_array_index (chart->rows, i);
      double y = top + i * ROW_HEIGHT;
      double x = PLOT_LEFT;

      draw_text (chart, cr, row->label, FONT, MARGIN + LABEL_WIDTH, y + ROW_HEIGHT / 2,
                 LABEL_WIDTH, ALIGN_RIGHT);
      for (guint k = 0; k < 3; k++)
        {
          double length = max_value > 0 ? row->v[k] / max_value * plot_width : 0;
          const double *colour = chart->kind != AICT_CHART_KIND_ACTIONS ? palette[COLOUR_BAR]
                                 : k == 0 ? palette[COLOUR_OVERDUE]
                                 : k == 1 ? palette[COLOUR_BAR] : grey;

          if (row->v[k] <= 0)
            continue;
          cairo_rectangle (cr, x, y + (ROW_HEIGHT - BAR_HEIGHT) / 2, length, BAR_HEIGHT);
          set_colour (cr, colour, 1);
          cairo_fill (cr);
          x += length;
        }
      draw_text (chart, cr, row->value_text, FONT, x + 6, y + ROW_HEIGHT / 2,
                 WIDTH - MARGIN - (x + 6), ALIGN_LEFT);
    }
}

/* Year labels under a time axis from chart->x_min to x_max mapped on
 * [left, right]: every year if they fit, else every second, fifth… */
static void
draw_year_axis (Chart   *chart,
                cairo_t *cr,
                double   left,
                double   right,
                double   y)
{
  double span = chart->x_max - chart->x_min;
  double per_year = (right - left) / span;
  int step = 1;
  static const int steps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 };

  for (guint s = 0; s < G_N_ELEMENTS (steps); s++)
    {
      step = steps[s];
      if (per_year * step >= 44)
        break;
    }

  set_colour (cr, rule, 1);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, left, y + 0.5);
  cairo_line_to (cr, right, y + 0.5);
  cairo_stroke (cr);

  for (int year = (int) chart->x_min; year < (int) chart->x_max; year++)
    {
      char text[16];
      double x = left + (year - chart->x_min + 0.5) * per_year;

      if (year % step != 0 && step > 1)
        continue;
      g_snprintf (text, sizeof text, "%d", year);
      draw_text (chart, cr, text, FONT, x, y + 10, per_year * step - 4, ALIGN_CENTER);
    }
}

static void
draw_timeline (Chart   *chart,
               cairo_t *cr)
{
  double top = MARGIN + 28;
  double left = PLOT_LEFT;
  double right = WIDTH - MARGIN;
  double per_year;

  draw_title (chart, cr);
  if (chart->spans->len == 0)
    {
      draw_text (chart, cr, C_("chart", "No data."), FONT, left, top + ROW_HEIGHT / 2, 0, ALIGN_LEFT);
      draw_note (chart, cr);
      return;
    }
  per_year = (right - left) / (chart->x_max - chart->x_min);

  for (guint i = 0; i < chart->spans->len; i++)
    {
      Span *span = g_ptr_array_index (chart->spans, i);
      double y = top + i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
      double x0 = left + (span->start - chart->x_min) * per_year;
      double x1 = span->open_end ? right : left + (span->end - chart->x_min) * per_year;
      double fade = span->fade_in * per_year;
      cairo_pattern_t *pattern;

      draw_text (chart, cr, span->label, FONT, MARGIN + LABEL_WIDTH, y + BAR_HEIGHT / 2,
                 LABEL_WIDTH, ALIGN_RIGHT);
      x1 = MAX (x1, x0 + MAX (fade, 2));
      pattern = cairo_pattern_create_linear (x0, 0, x1, 0);
      cairo_pattern_add_color_stop_rgba (pattern, 0, palette[COLOUR_BAR][0], palette[COLOUR_BAR][1],
                                         palette[COLOUR_BAR][2], fade > 0 ? 0.1 : 1);
      if (fade > 0)
        cairo_pattern_add_color_stop_rgba (pattern, MIN (fade / (x1 - x0), 1), palette[COLOUR_BAR][0],
                                           palette[COLOUR_BAR][1], palette[COLOUR_BAR][2], 1);
      if (span->open_end)
        {
          /* No end known: the bar runs to the edge and thins out. */
          cairo_pattern_add_color_stop_rgba (pattern, MAX (0.8, MIN (fade / (x1 - x0), 1)), palette[COLOUR_BAR][0],
                                             palette[COLOUR_BAR][1], palette[COLOUR_BAR][2], 1);
          cairo_pattern_add_color_stop_rgba (pattern, 1, palette[COLOUR_BAR][0], palette[COLOUR_BAR][1],
                                             palette[COLOUR_BAR][2], 0.15);
        }
      else
        cairo_pattern_add_color_stop_rgba (pattern, 1, palette[COLOUR_BAR][0], palette[COLOUR_BAR][1],
                                           palette[COLOUR_BAR][2], 1);
      cairo_rectangle (cr, x0, y, x1 - x0, BAR_HEIGHT);
      cairo_set_source (cr, pattern);
      cairo_fill (cr);
      cairo_pattern_destroy (pattern);
    }

  draw_year_axis (chart, cr, left, right, top + chart->spans->len * ROW_HEIGHT + 4);
  draw_note (chart, cr);
}

static void
draw_budget (Chart   *chart,
             cairo_t *cr)
{
  double top = MARGIN + 36;
  double bottom = 360 - MARGIN - 30;
  double left = MARGIN + 84;
  double right = 440;
  double legend = right + 16;
  double per_year;
  double y_max;
  double magnitude;

  draw_title (chart, cr);
  if (chart->series->len == 0)
    {
      draw_text (chart, cr, C_("chart", "No budget line with a year and an amount."), FONT,
                 left, top + ROW_HEIGHT / 2, 0, ALIGN_LEFT);
      draw_note (chart, cr);
      return;
    }

  /* A round top for the value axis: 1, 2 or 5 × 10^n. */
  magnitude = pow (10, floor (log10 (MAX (chart->y_max, 1))));
  y_max = magnitude;
  while (y_max < chart->y_max)
    y_max = y_max == magnitude ? 2 * magnitude : y_max == 2 * magnitude ? 5 * magnitude : 10 * magnitude;
  per_year = (right - left) / (chart->x_max - chart->x_min);

  for (int t = 0; t <= 4; t++)
    {
      double value = y_max * t / 4;
      double y = bottom - (bottom - top) * t / 4;
      g_autofree char *text = aict_format_money ((gint64) value, chart->currency, FALSE);

      set_colour (cr, rule, 1);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, left, floor (y) + 0.5);
      cairo_line_to (cr, right, floor (y) + 0.5);
      cairo_stroke (cr);
      draw_text (chart, cr, text, FONT, left - 6, y, left - MARGIN - 6, ALIGN_RIGHT);
    }

  for (guint i = 0; i < chart->series->len; i++)
    {
      Series *series = g_ptr_array_index (chart->series, i);
      const double *colour = palette[i % G_N_ELEMENTS (palette)];
      double ly = top + i * 2 * ROW_HEIGHT;

#define PX(p) (left + ((p)->x - chart->x_min) * per_year)
#define PY(v) (bottom - (v) / y_max * (bottom - top))
      /* The band: from the high bounds forward to the low bounds back. */
      for (guint p = 0; p < series->points->len; p++)
        {
          Point *point = &g_array_index (series->points, Point, p);

          cairo_line_to (cr, PX (point), PY (point->hi));
        }
      for (guint p = series->points->len; p-- > 0;)
        {
          Point *point = &g_array_index (series->points, Point, p);

          cairo_line_to (cr, PX (point), PY (point->lo));
        }
      cairo_close_path (cr);
      set_colour (cr, colour, 0.3);
      cairo_set_line_width (cr, 6);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_fill_preserve (cr);
      cairo_stroke (cr);

      /* The middle of the band, and a dot per year. */
      for (guint p = 0; p < series->points->len; p++)
        {
          Point *point = &g_array_index (series->points, Point, p);

          cairo_line_to (cr, PX (point), PY ((point->lo + point->hi) / 2));
        }
      set_colour (cr, colour, 1);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
      for (guint p = 0; p < series->points->len; p++)
        {
          Point *point = &g_array_index (series->points, Point, p);

          cairo_arc (cr, PX (point), PY ((point->lo + point->hi) / 2), 3.5, 0, 2 * G_PI);
          cairo_fill (cr);
        }
#undef PX
#undef PY

      /* Legend: a swatch, the name, and the last change. */
      cairo_rectangle (cr, legend, ly + ROW_HEIGHT / 2 - 5, 10, 10);
      set_colour (cr, colour, 1);
      cairo_fill (cr);
      draw_text (chart, cr, series->label, FONT, legend + 16, ly + ROW_HEIGHT / 2,
                 WIDTH - MARGIN - legend - 16, ALIGN_LEFT);
      if (series->change != NULL)
        {
          /* TRANSLATORS: the last change of a budget series: "change: −75 %" */
          g_autofree char *change = g_strdup_printf (C_("chart", "change: %s"), series->change);

          draw_text (chart, cr, change, TITLE_FONT, legend + 16, ly + ROW_HEIGHT * 1.5,
                     WIDTH - MARGIN - legend - 16, ALIGN_LEFT);
        }
    }

  draw_year_axis (chart, cr, left, right, bottom + 4);
  draw_note (chart, cr);
}

static void
chart_draw (Chart   *chart,
            cairo_t *cr)
{
  g_array_set_size (chart->boxes, 0);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  switch (chart->kind)
    {
    case AICT_CHART_KIND_BUDGET:
      draw_budget (chart, cr);
      break;
    case AICT_CHART_KIND_TIMELINE:
      draw_timeline (chart, cr);
      break;
    case AICT_CHART_KIND_COUNTRIES:
    case AICT_CHART_KIND_THEMES:
    case AICT_CHART_KIND_STATUSES:
    case AICT_CHART_KIND_ACTIONS:
    default:
      draw_bars (chart, cr);
      draw_note (chart, cr);
      break;
    }
}

/* Output */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* cairo's SVG surface writes neither <title> nor <desc>: they go right
 * after the root element's start tag, where SVG wants them. */
static GByteArray *
svg_add_title (GByteArray *svg,
               const char *chart_title,
               const char *chart_desc)
{
  const char *start = g_strstr_len ((const char *) svg->data, svg->len, "<svg");
  const char *end = start != NULL ? memchr (start, '>', svg->len - (start - (const char *) svg->data)) : NULL;
  g_autofree char *title = _aict_chart_xml_escape (chart_title);
  g_autofree char *desc = _aict_chart_xml_escape (chart_desc);
  g_autofree char *inserted = g_strdup_printf ("\n<title>%s</title>\n<desc>%s</desc>", title, desc);
  guint at;

  if (end == NULL)
    return svg;
  at = end + 1 - (const char *) svg->data;
  /* role="img" so that screen readers announce the title. */
  {
    g_autoptr(GByteArray) out = g_byte_array_sized_new (svg->len + strlen (inserted) + 16);

    g_byte_array_append (out, svg->data, at - 1);
    g_byte_array_append (out, (const guint8 *) " role=\"img\">", 12);
    g_byte_array_append (out, (const guint8 *) inserted, strlen (inserted));
    g_byte_array_append (out, svg->data + at, svg->len - at);
    g_byte_array_unref (svg);
    return g_steal_pointer (&out);
  }
}

typedef struct
{
  GHashTable *numbers;   /* cairo's number → ours */
} Renumber;

static gboolean
renumber_surface (const GMatchInfo *match,
                  GString          *result,
                  gpointer          user_data)
{
  Renumber *renumber = user_data;
  g_autofree char *prefix = g_match_info_fetch (match, 1);
  g_autofree char *number = g_match_info_fetch (match, 2);
  gpointer ours = g_hash_table_lookup (renumber->numbers, number);

  if (ours == NULL)
    {
      ours = GUINT_TO_POINTER (g_hash_table_size (renumber->numbers) + 1);
      g_hash_table_insert (renumber->numbers, g_steal_pointer (&number), ours);
    }
  g_string_append_printf (result, "%ssurface%u", prefix, GPOINTER_TO_UINT (ours));

  return FALSE;
}

/* cairo numbers the surfaces of an SVG with a counter of the process
 * ("surface51" for the 51st surface created): numbered from 1 in order of
 * appearance, the same chart gives the same bytes every time. */
static GByteArray *
svg_renumber_surfaces (GByteArray *svg)
{
  static gsize once;
  static GRegex *regex;
  Renumber renumber = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };
  g_autofree char *text = NULL;
  g_autofree char *replaced = NULL;
  GByteArray *out;

  if (g_once_init_enter (&once))
    {
      regex = g_regex_new ("(id=\"|#)surface([0-9]+)", G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&once, 1);
    }

  text = g_strndup ((const char *) svg->data, svg->len);
  replaced = g_regex_replace_eval (regex, text, -1, 0, 0, renumber_surface, &renumber, NULL);
  g_hash_table_unref (renumber.numbers);
  if (replaced == NULL)
    return svg;
  {
    gsize length = strlen (replaced);

    out = g_byte_array_new_take ((guint8 *) g_steal_pointer (&replaced), length);
  }
  g_byte_array_unref (svg);

  return out;
}

static GBytes *
chart_render (Chart            *chart,
              AictChartFormat   format,
              GError          **error)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  cairo_t *cr;

  switch (format)
    {
    case AICT_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_bytes, out, WIDTH, chart->height);
      cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
      break;
    case AICT_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_bytes, out, WIDTH, chart->height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, chart->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, chart->desc);
      break;
    case AICT_CHART_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) WIDTH, (int) ceil (chart->height));
      break;
    default:
      g_byte_array_unref (out);
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT, _("Unknown chart format %d"), (int) format);
      return NULL;
    }

  cr = cairo_create (surface);
  chart_draw (chart, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && format == AICT_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_bytes, out);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_byte_array_unref (out);
      g_set_error (error, AICT_ERROR, AICT_ERROR_FAILED, _("Cannot draw the chart: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }

  if (format == AICT_CHART_FORMAT_SVG)
    out = svg_add_title (svg_renumber_surfaces (out), chart->title, chart->desc);

  return g_byte_array_free_to_bytes (out);
}

static GBytes *
render_network (AictDataset      *dataset,
                const char       *actor_id,
                AictChartFormat   format,
                GListModel       *pooling,
                char            **title,
                char            **desc,
                GError          **error)
{
  GBytes *bytes;

  _aict_chart_ensure_i18n ();
  if (actor_id != NULL && aict_dataset_lookup_actor (dataset, actor_id) == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (actor_id, -1);

      g_set_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND, _("No actor with id “%s”"), shown);
      return NULL;
    }
  if (format != AICT_CHART_FORMAT_SVG && format != AICT_CHART_FORMAT_PNG && format != AICT_CHART_FORMAT_PDF)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT, _("Unknown chart format %d"), (int) format);
      return NULL;
    }
  bytes = _aict_chart_render_network (dataset, actor_id, format, pooling, title, desc, error);
  if (bytes != NULL && format == AICT_CHART_FORMAT_SVG)
    {
      GByteArray *svg = g_bytes_unref_to_array (bytes);

      svg = svg_add_title (svg, *title, *desc);
      bytes = g_byte_array_free_to_bytes (svg);
    }

  return bytes;
}

/**
 * aict_dataset_render_chart:
 * @self: an #AictDataset
 * @kind: what the chart shows
 * @format: SVG, PNG or PDF
 * @actor_id: (nullable): the actor whose data is drawn (its partnerships,
 *   budget lines, actions), or %NULL for the whole dataset
 * @at: (nullable): the date at which open actions are judged overdue
 *   (%AICT_CHART_KIND_ACTIONS) and up to which open partnerships run
 *   (%AICT_CHART_KIND_TIMELINE); %NULL: none is overdue
 * @error: return location for a #GError
 *
 * Draws a chart of the dataset.  Text follows the conventions of the
 * current locale (LC_MESSAGES, LC_NUMERIC, LC_TIME); the same data in the
 * same locale gives the same SVG and PNG.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 *   (%AICT_ERROR_NOT_FOUND for an unknown actor)
 *
 * Since: 0.2
 */
GBytes *
aict_dataset_render_chart (AictDataset            *self,
                           AictChartKind           kind,
                           AictChartFormat         format,
                           const char             *actor_id,
                           const AictPartialDate  *at,
                           GError                **error)
{
  g_autoptr(Chart) chart = NULL;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (kind == AICT_CHART_KIND_NETWORK)
    {
      g_autofree char *title = NULL;
      g_autofree char *desc = NULL;

      return render_network (self, actor_id, format, NULL, &title, &desc, error);
    }

  chart = chart_build (self, kind, actor_id, at, error);
  if (chart == NULL)
    return NULL;

  return chart_render (chart, format, error);
}

/**
 * aict_dataset_render_chart_to_file:
 * @self: an #AictDataset
 * @kind: what the chart shows
 * @format: SVG, PNG or PDF
 * @actor_id: (nullable): the actor whose data is drawn, or %NULL
 * @at: (nullable): the date at which open actions are judged overdue
 * @path: (type filename): the file to write; replaced atomically
 * @error: return location for a #GError
 *
 * Draws a chart as aict_dataset_render_chart() and writes it to @path.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.2
 */
gboolean
aict_dataset_render_chart_to_file (AictDataset            *self,
                                   AictChartKind           kind,
                                   AictChartFormat         format,
                                   const char             *actor_id,
                                   const AictPartialDate  *at,
                                   const char             *path,
                                   GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (AICT_IS_DATASET (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = aict_dataset_render_chart (self, kind, format, actor_id, at, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  if (!g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error))
    return FALSE;

  return TRUE;
}

GArray *
_aict_chart_get_label_boxes (AictDataset            *dataset,
                             AictChartKind           kind,
                             const char             *actor_id,
                             const AictPartialDate  *at,
                             double                 *width,
                             double                 *height,
                             GError                **error)
{
  g_autoptr(Chart) chart = chart_build (dataset, kind, actor_id, at, error);
  cairo_surface_t *surface;
  cairo_t *cr;

  if (chart == NULL)
    return NULL;

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  chart_draw (chart, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  *width = WIDTH;
  *height = chart->height;

  return g_array_ref (chart->boxes);
}

char *
_aict_chart_render_inline_svg (AictDataset            *dataset,
                               AictChartKind           kind,
                               const char             *actor_id,
                               const AictPartialDate  *at,
                               const char             *prefix,
                               GListModel             *pooling,
                               char                  **desc,
                               GError                **error)
{
  g_autoptr(Chart) chart = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *network_title = NULL;
  g_autofree char *network_desc = NULL;
  g_autofree char *prefixed_id = NULL;
  g_autofree char *prefixed_href = NULL;
  g_autofree char *prefixed_url = NULL;
  GString *svg;
  const char *start;
  gsize size;

  if (kind == AICT_CHART_KIND_NETWORK)
    bytes = render_network (dataset, actor_id, AICT_CHART_FORMAT_SVG, pooling, &network_title, &network_desc, error);
  else if ((chart = chart_build (dataset, kind, actor_id, at, error)) != NULL)
    bytes = chart_render (chart, AICT_CHART_FORMAT_SVG, error);
  if (bytes == NULL)
    return NULL;
  *desc = g_strdup (chart != NULL ? chart->desc : network_desc);

  start = g_bytes_get_data (bytes, &size);
  svg = g_string_new_len (start, size);
  start = strstr (svg->str, "<svg");
  if (start != NULL)
    g_string_erase (svg, 0, start - svg->str);

  prefixed_id = g_strdup_printf ("id=\"%s-", prefix);
  prefixed_href = g_strdup_printf ("href=\"#%s-", prefix);
  prefixed_url = g_strdup_printf ("url(#%s-", prefix);
  g_string_replace (svg, "id=\"", prefixed_id, 0);
  g_string_replace (svg, "href=\"#", prefixed_href, 0);
  g_string_replace (svg, "url(#", prefixed_url, 0);

  return g_string_free (svg, FALSE);
}
