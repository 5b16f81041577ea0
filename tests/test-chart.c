/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Charts: their structure against the data (bars per count, their
 * lengths, the timeline's cap), <title> and <desc>, labels that never
 * overlap, the same bytes twice, PNG and PDF signatures.  Structure, not
 * golden pixels: cairo writes glyphs as paths, so text is checked through
 * <desc> and the label boxes the layout recorded. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <aict/aict.h>
#include <glib/gstdio.h>

#include "aict-chart-private.h"

#define BAR_FILL "fill:rgb(0%,44.705882%,69.803922%)"

static AictDataset *meeting;
static AictDataset *generated;

static char *
render_svg (AictDataset   *dataset,
            AictChartKind  kind,
            const char    *actor_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictPartialDate) at = aict_partial_date_parse ("2017-01-01", NULL);
  g_autoptr(GBytes) bytes = aict_dataset_render_chart (dataset, kind, AICT_CHART_FORMAT_SVG, actor_id, at, &error);
  gsize size;
  const char *data;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

/* The <path> elements outside <defs> (glyphs are defined there) whose
 * style has @fill; their widths (for rectangles "M x y L x2 y …") in
 * @widths when not NULL. */
static guint
count_paths (const char *svg,
             const char *fill,
             GArray     *widths)
{
  const char *end_defs = strstr (svg, "</defs>");
  const char *p = end_defs != NULL ? end_defs : svg;
  guint n = 0;

  while ((p = strstr (p, "<path")) != NULL)
    {
      const char *close = strchr (p, '>');
      g_autofree char *element = g_strndup (p, close - p);

      if (strstr (element, fill) != NULL)
        {
          const char *d = strstr (element, "d=\"M ");
          double x0, y0, x1, y1;

          n++;
          if (widths != NULL && d != NULL
              && sscanf (d, "d=\"M %lf %lf L %lf %lf", &x0, &y0, &x1, &y1) == 4)
            {
              double width = x1 - x0;

              g_array_append_val (widths, width);
            }
        }
      p = close;
    }

  return n;
}

static char *
element_text (const char *svg,
              const char *tag)
{
  g_autofree char *open = g_strdup_printf ("<%s>", tag);
  g_autofree char *close = g_strdup_printf ("</%s>", tag);
  const char *start = strstr (svg, open);
  const char *end = start != NULL ? strstr (start, close) : NULL;

  if (end == NULL)
    return NULL;
  start += strlen (open);

  return g_strndup (start, end - start);
}

static void
test_bars_follow_counts (void)
{
  static const struct { AictChartKind kind; AictCountBy by; } kinds[] = {
    { AICT_CHART_KIND_COUNTRIES, AICT_COUNT_BY_COUNTRY },
    { AICT_CHART_KIND_THEMES, AICT_COUNT_BY_THEME },
    { AICT_CHART_KIND_STATUSES, AICT_COUNT_BY_STATUS },
  };
  AictDataset *datasets[] = { meeting, generated };

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      {
        g_autoptr(GListModel) counts = aict_dataset_count (datasets[d], kinds[k].by, NULL, NULL);
        g_autofree char *svg = render_svg (datasets[d], kinds[k].kind, NULL);
        g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
        guint n = g_list_model_get_n_items (counts);
        guint max = 0, min = G_MAXUINT;
        guint n_bars = count_paths (svg, BAR_FILL, widths);

        /* One bar per key, the smallest grouped in one beyond 15. */
        g_assert_cmpuint (n_bars, ==, MIN (n, 15));
        g_assert_cmpuint (widths->len, ==, n_bars);
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(AictCount) count = g_list_model_get_item (counts, i);

            max = MAX (max, aict_count_get_n_partnerships (count));
            min = MIN (min, aict_count_get_n_partnerships (count));
          }
        /* The longest bar is the largest count, and lengths are in
         * proportion (without the "others" bar, a sum). */
        if (n <= 15 && n > 0)
          {
            double longest = 0, shortest = G_MAXDOUBLE;

            for (guint i = 0; i < widths->len; i++)
              {
                longest = MAX (longest, g_array_index (widths, double, i));
                shortest = MIN (shortest, g_array_index (widths, double, i));
              }
            g_assert_cmpfloat_with_epsilon (shortest / longest, (double) min / max, 0.01);
          }
      }
}

static void
test_title_and_desc (void)
{
  g_autofree char *svg = render_svg (meeting, AICT_CHART_KIND_COUNTRIES, NULL);
  g_autofree char *title = element_text (svg, "title");
  g_autofree char *desc = element_text (svg, "desc");
  g_autoptr(GListModel) counts = aict_dataset_count (meeting, AICT_COUNT_BY_COUNTRY, NULL, NULL);
  g_autoptr(AictCount) first = g_list_model_get_item (counts, 0);
  const char *start = strstr (svg, "<svg");

  g_assert_cmpstr (title, ==, "Partnerships by country");
  g_assert_nonnull (desc);
  /* Right after the root's start tag, as SVG wants them. */
  g_assert_nonnull (start);
  g_assert_true (strstr (start, "role=\"img\">\n<title>") == strchr (start, '>') - strlen (" role=\"img\"") + 1
                 || strstr (start, " role=\"img\">\n<title>") == strchr (start, '>') - strlen (" role=\"img\""));
  g_assert_nonnull (strstr (desc, aict_country_get_name (aict_count_get_key (first), NULL)));

  /* Every kind has both. */
  for (int kind = AICT_CHART_KIND_BUDGET; kind <= AICT_CHART_KIND_ACTIONS; kind++)
    {
      g_autofree char *other = render_svg (meeting, kind, NULL);
      g_autofree char *other_title = element_text (other, "title");
      g_autofree char *other_desc = element_text (other, "desc");

      g_assert_nonnull (other_title);
      g_assert_nonnull (other_desc);
      g_assert_cmpuint (strlen (other_desc), >, 10);
    }
}

static void
test_budget_change (void)
{
  g_autofree char *svg = render_svg (meeting, AICT_CHART_KIND_BUDGET, "cd64");
  g_autofree char *desc = element_text (svg, "desc");
  g_autofree char *title = element_text (svg, "title");

  /* 200 000 € in 2015, 50 000 € in 2016: the trend of the budget totals. */
  g_assert_nonnull (strstr (desc, "(-75%)"));
  g_assert_nonnull (strstr (title, "Budget over the years — "));
  /* A band (its fill at 30 %) per series, and a dot per year. */
  g_assert_cmpuint (count_paths (svg, "fill-opacity:0.3", NULL), >=, 1);
}

static void
test_timeline_cap (void)
{
  g_autofree char *svg = render_svg (generated, AICT_CHART_KIND_TIMELINE, NULL);
  g_autofree char *desc = element_text (svg, "desc");

  /* 20 bars of the 300 partnerships, "and K more" said. */
  g_assert_cmpuint (count_paths (svg, "fill:url(#", NULL), ==, 20);
  g_assert_nonnull (strstr (desc, "more"));

  g_free (svg);
  svg = render_svg (meeting, AICT_CHART_KIND_TIMELINE, NULL);
  g_free (desc);
  desc = element_text (svg, "desc");
  g_assert_nonnull (strstr (desc, "without a start date"));
}

static gboolean
boxes_overlap (const AictChartBox *a,
               const AictChartBox *b)
{
  /* Touching is not overlapping: half a unit of slack for rounding. */
  return a->x + a->width > b->x + 0.5 && b->x + b->width > a->x + 0.5
         && a->y + a->height > b->y + 0.5 && b->y + b->height > a->y + 0.5;
}

static void
test_labels_do_not_overlap (void)
{
  AictDataset *datasets[] = { meeting, generated };
  g_autoptr(AictPartialDate) at = aict_partial_date_parse ("2017-01-01", NULL);

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    for (int kind = AICT_CHART_KIND_BUDGET; kind <= AICT_CHART_KIND_ACTIONS; kind++)
      {
        g_autoptr(GError) error = NULL;
        double width, height;
        g_autoptr(GArray) boxes = _aict_chart_get_label_boxes (datasets[d], kind, NULL, at, &width, &height, &error);

        g_assert_no_error (error);
        g_assert_cmpuint (boxes->len, >, 0);
        for (guint i = 0; i < boxes->len; i++)
          {
            AictChartBox *a = &g_array_index (boxes, AictChartBox, i);

            g_assert_cmpfloat (a->x, >=, 0);
            g_assert_cmpfloat (a->y, >=, 0);
            g_assert_cmpfloat (a->x + a->width, <=, width);
            g_assert_cmpfloat (a->y + a->height, <=, height);
            for (guint j = i + 1; j < boxes->len; j++)
              {
                AictChartBox *b = &g_array_index (boxes, AictChartBox, j);

                if (boxes_overlap (a, b))
                  g_error ("kind %d, dataset %u: label %u (%g,%g %gx%g) overlaps label %u (%g,%g %gx%g)",
                           kind, d, i, a->x, a->y, a->width, a->height, j, b->x, b->y, b->width, b->height);
              }
          }
      }
}

static void
test_deterministic (void)
{
  static const AictChartFormat formats[] = { AICT_CHART_FORMAT_SVG, AICT_CHART_FORMAT_PNG };

  for (int kind = AICT_CHART_KIND_BUDGET; kind <= AICT_CHART_KIND_ACTIONS; kind++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_autoptr(GBytes) a = aict_dataset_render_chart (generated, kind, formats[f], NULL, NULL, NULL);
        g_autoptr(GBytes) b = aict_dataset_render_chart (generated, kind, formats[f], NULL, NULL, NULL);

        g_assert_nonnull (a);
        g_assert_true (g_bytes_equal (a, b));
      }
}

static void
test_formats (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = aict_dataset_render_chart (meeting, AICT_CHART_KIND_STATUSES, AICT_CHART_FORMAT_PNG, NULL, NULL, &error);
  g_autoptr(GBytes) pdf = aict_dataset_render_chart (meeting, AICT_CHART_KIND_STATUSES, AICT_CHART_FORMAT_PDF, NULL, NULL, &error);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "aict-test-chart.svg", NULL);
  g_autofree char *contents = NULL;
  const guint8 *data;
  gsize size;

  g_assert_no_error (error);
  data = g_bytes_get_data (png, &size);
  g_assert_cmpuint (size, >, 24);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  /* IHDR: 720 wide. */
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (data + 16)), ==, 720);
  data = g_bytes_get_data (pdf, &size);
  g_assert_cmpmem (data, 5, "%PDF-", 5);

  g_assert_true (aict_dataset_render_chart_to_file (meeting, AICT_CHART_KIND_THEMES, AICT_CHART_FORMAT_SVG,
                                                    NULL, NULL, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<title>Partnerships by theme</title>"));
  g_unlink (path);
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = aict_dataset_render_chart (meeting, AICT_CHART_KIND_BUDGET, AICT_CHART_FORMAT_SVG,
                                                       "no-such-actor", NULL, &error);

  g_assert_null (bytes);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (aict_dataset_render_chart_to_file (meeting, AICT_CHART_KIND_BUDGET, AICT_CHART_FORMAT_SVG,
                                                     NULL, NULL, "/nonexistent/dir/chart.svg", &error));
  g_assert_nonnull (error);
}

static guint
count_substrings (const char *text,
                  const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static void
test_network (void)
{
  AictDataset *datasets[] = { meeting, generated };

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    {
      g_autofree char *svg = render_svg (datasets[d], AICT_CHART_KIND_NETWORK, NULL);
      g_autofree char *again = render_svg (datasets[d], AICT_CHART_KIND_NETWORK, NULL);
      g_autofree char *title = element_text (strstr (svg, "<svg"), "title");
      g_autoptr(GHashTable) actors = g_hash_table_new (g_str_hash, g_str_equal);
      GListModel *partnerships = aict_dataset_get_partnerships (datasets[d]);
      guint n_nodes = count_substrings (svg, "class=\"node\"");

      for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
        {
          g_autoptr(AictPartnership) partnership = g_list_model_get_item (partnerships, i);

          for (guint p = 0; p < aict_partnership_get_n_participants (partnership); p++)
            g_hash_table_add (actors, (gpointer) aict_participant_get_actor_id (aict_partnership_get_participant (partnership, p)));
        }
      /* A node per actor in a partnership, at most 40; same bytes twice. */
      g_assert_cmpuint (n_nodes, ==, MIN (g_hash_table_size (actors), 40));
      g_assert_cmpstr (title, ==, "Network of partners");
      g_assert_cmpstr (svg, ==, again);
      /* The pooling candidates' thick vermillion border. */
      g_assert_nonnull (strstr (svg, "stroke=\"#d55e00\""));
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) png = aict_dataset_render_chart (meeting, AICT_CHART_KIND_NETWORK, AICT_CHART_FORMAT_PNG,
                                                       "cd24", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpmem (g_bytes_get_data (png, NULL), 8, "\x89PNG\r\n\x1a\n", 8);
  }
}

static void
test_escaping (void)
{
  g_autofree char *escaped = _aict_chart_xml_escape ("<script>&\"'\x01");

  g_assert_cmpstr (escaped, ==, "&lt;script&gt;&amp;&quot;&#39; ");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  path = g_build_filename (g_getenv ("AICT_SOURCE_ROOT"), "data", "meeting-2016.json", NULL);
  meeting = aict_dataset_new_from_file (path, &error);
  g_assert_no_error (error);
  generated = aict_dataset_new_from_file (g_getenv ("AICT_CHART_GENERATED"), &error);
  g_assert_no_error (error);

  g_test_add_func ("/chart/bars-follow-counts", test_bars_follow_counts);
  g_test_add_func ("/chart/title-and-desc", test_title_and_desc);
  g_test_add_func ("/chart/budget-change", test_budget_change);
  g_test_add_func ("/chart/timeline-cap", test_timeline_cap);
  g_test_add_func ("/chart/labels-do-not-overlap", test_labels_do_not_overlap);
  g_test_add_func ("/chart/deterministic", test_deterministic);
  g_test_add_func ("/chart/formats", test_formats);
  g_test_add_func ("/chart/errors", test_errors);
  g_test_add_func ("/chart/escaping", test_escaping);
  g_test_add_func ("/chart/network", test_network);

  status = g_test_run ();
  g_object_unref (meeting);
  g_object_unref (generated);

  return status;
}
