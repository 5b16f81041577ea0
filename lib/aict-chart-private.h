/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <string.h>

#include <cairo.h>

#include "aict-chart.h"
/* _() and C_() in the library's own text domain. */
#include "aict-i18n-private.h"

G_BEGIN_DECLS

/* The box of one text label drawn on a chart, in user units. */
typedef struct
{
  double x, y, width, height;
} AictChartBox;

/* The boxes of every label of the chart, in drawing order (tests check
 * that none overlaps another and all are inside the canvas), and the
 * canvas size.  Returns NULL with @error set as aict_dataset_render_chart. */
GArray *_aict_chart_get_label_boxes (AictDataset            *dataset,
                                     AictChartKind           kind,
                                     const char             *actor_id,
                                     const AictPartialDate  *at,
                                     double                 *width,
                                     double                 *height,
                                     GError                **error);

/* The chart as SVG for inlining in an HTML page: no XML prologue, every
 * id (and reference to one) prefixed with @prefix so that several charts
 * in one document keep their own glyphs and clips; its description (what
 * <desc> says) in @desc, for a figure caption.  @pooling: as for
 * _aict_chart_render_network(), for AICT_CHART_KIND_NETWORK. */
char   *_aict_chart_render_inline_svg (AictDataset            *dataset,
                                       AictChartKind           kind,
                                       const char             *actor_id,
                                       const AictPartialDate  *at,
                                       const char             *prefix,
                                       GListModel             *pooling,
                                       char                  **desc,
                                       GError                **error);

/* The network chart, drawn by Graphviz (aict-chart-network.c); its title
 * and description in @title and @desc.  @pooling: the overlaps of the
 * dataset, or the candidates of @actor_id, when the caller has them
 * (NULL: found here). */
GBytes *_aict_chart_render_network (AictDataset            *dataset,
                                    const char             *actor_id,
                                    AictChartFormat         format,
                                    GListModel             *pooling,
                                    char                  **title,
                                    char                  **desc,
                                    GError                **error);

/* Binds the library's text domain: call it before C_(). */
void    _aict_chart_ensure_i18n (void);


/* @text with &, <, >, " and ' as entities; NULL is "". */
char   *_aict_chart_xml_escape (const char *text);

G_END_DECLS
