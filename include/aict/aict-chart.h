/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>
#include <aict/aict-dataset.h>
#include <aict/aict-partial-date.h>

G_BEGIN_DECLS

/**
 * AictChartKind:
 * @AICT_CHART_KIND_BUDGET: budget per actor over the years: a band from
 *   the low to the high bound of each year's total, the last change
 *   labelled ("−75 %")
 * @AICT_CHART_KIND_COUNTRIES: partnerships by country (bars)
 * @AICT_CHART_KIND_THEMES: partnerships by theme (bars)
 * @AICT_CHART_KIND_STATUSES: partnerships by status (bars)
 * @AICT_CHART_KIND_TIMELINE: partnerships over time; a start known to
 *   the year or month fades in over that year or month, an unknown end
 *   stays open
 * @AICT_CHART_KIND_ACTIONS: open follow-up actions by owner, the overdue
 *   ones marked
 * @AICT_CHART_KIND_NETWORK: actors and their partnerships as a graph laid
 *   out by Graphviz, the actors of pooling opportunities highlighted
 *
 * What a chart of aict_dataset_render_chart() shows.
 *
 * Since: 0.2
 */
typedef enum
{
  AICT_CHART_KIND_BUDGET,     /*< nick=budget >*/
  AICT_CHART_KIND_COUNTRIES,  /*< nick=countries >*/
  AICT_CHART_KIND_THEMES,     /*< nick=themes >*/
  AICT_CHART_KIND_STATUSES,   /*< nick=statuses >*/
  AICT_CHART_KIND_TIMELINE,   /*< nick=timeline >*/
  AICT_CHART_KIND_ACTIONS,    /*< nick=actions >*/
  AICT_CHART_KIND_NETWORK,    /*< nick=network >*/
} AictChartKind;

/**
 * AictChartFormat:
 * @AICT_CHART_FORMAT_SVG: SVG 1.1, with a `<title>` and a `<desc>`
 * @AICT_CHART_FORMAT_PNG: PNG image
 * @AICT_CHART_FORMAT_PDF: one-page PDF
 *
 * The file format of a chart.
 *
 * Since: 0.2
 */
typedef enum
{
  AICT_CHART_FORMAT_SVG,  /*< nick=svg >*/
  AICT_CHART_FORMAT_PNG,  /*< nick=png >*/
  AICT_CHART_FORMAT_PDF,  /*< nick=pdf >*/
} AictChartFormat;

AICT_AVAILABLE_IN_0_2
GBytes   *aict_dataset_render_chart         (AictDataset            *self,
                                             AictChartKind           kind,
                                             AictChartFormat         format,
                                             const char             *actor_id,
                                             const AictPartialDate  *at,
                                             GError                **error);
AICT_AVAILABLE_IN_0_2
gboolean  aict_dataset_render_chart_to_file (AictDataset            *self,
                                             AictChartKind           kind,
                                             AictChartFormat         format,
                                             const char             *actor_id,
                                             const AictPartialDate  *at,
                                             const char             *path,
                                             GError                **error);
AICT_AVAILABLE_IN_0_2
GBytes   *aict_dataset_render_html_report   (AictDataset            *self,
                                             const char             *actor_id,
                                             const AictPartialDate  *at,
                                             GError                **error);

G_END_DECLS
