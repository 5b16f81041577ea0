/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <graphviz/gvc.h>

#include "aict-chart.h"
#include "aict-analysis.h"
#include "aict-chart-private.h"
#include "aict-error.h"
#include "aict-filter.h"
#include "aict-i18n-private.h"
#include "aict-partnership.h"
#include "../tools/aict-format.h"

/* The network of partners (AICT_CHART_KIND_NETWORK): actors as nodes,
 * an edge between the lead of a partnership and each other participant
 * (one edge per pair, thicker with the number of partnerships they
 * share), laid out by Graphviz's dot (libgvc) from left to right.
 * French actors are sky blue, those abroad orange, others grey; the
 * actors of the strongest pooling opportunities (or the actor's pooling
 * candidates) have a thick vermillion border.  At most MAX_NODES actors,
 * those in the most partnerships, "and K more" in the description. */

#define MAX_NODES 40
#define MAX_HIGHLIGHTED 10
#define LABEL_CHARS 28

/* One Graphviz context for the process, used under a lock: Graphviz is
 * not thread-safe, and freeing a context leaves its pango plugin with a
 * dangling pointer into the freed font cache of textspan.c (Graphviz
 * 2.43; found by AddressSanitizer on the second chart). */
G_LOCK_DEFINE_STATIC (graphviz);
static GVC_t *graphviz_context;

typedef struct
{
  const char *id;     /* the dataset's */
  guint degree;
} Node;

static int
compare_nodes (gconstpointer a,
               gconstpointer b)
{
  const Node *x = *(Node * const *) a;
  const Node *y = *(Node * const *) b;

  if (x->degree != y->degree)
    return x->degree > y->degree ? -1 : 1;

  return strcmp (x->id, y->id);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static const char *
node_name (AictDataset *dataset,
           const char  *actor_id)
{
  AictActor *actor = aict_dataset_lookup_actor (dataset, actor_id);

  if (actor == NULL)
    return actor_id;

  return aict_actor_get_short_name (actor) != NULL ? aict_actor_get_short_name (actor)
                                                   : aict_actor_get_name (actor);
}

GBytes *
_aict_chart_render_network (AictDataset            *dataset,
                            const char             *actor_id,
                            AictChartFormat         format,
                            GListModel             *given_pooling,
                            char                  **title_out,
                            char                  **desc_out,
                            GError                **error)
{
  g_autoptr(AictFilter) filter = aict_filter_new ();
  g_autoptr(GListModel) partnerships = NULL;
  g_autoptr(GHashTable) nodes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) edges = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) highlighted = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GListModel) pooling = NULL;
  g_autofree char *title = NULL;
  g_autofree const char **edge_keys = NULL;
  GString *desc;
  Agraph_t *graph;
  char *data = NULL;
  unsigned int length = 0;
  const char *renderer;
  guint n_edges;
  guint n_drawn_edges = 0;
  int status;

  if (actor_id != NULL)
    aict_filter_set_actor (filter, actor_id);
  partnerships = aict_dataset_filter_partnerships (dataset, filter, error);
  if (partnerships == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(AictPartnership) partnership = g_list_model_get_item (partnerships, i);
      guint n = aict_partnership_get_n_participants (partnership);
      const char *hub = NULL;

      for (guint p = 0; p < n && hub == NULL; p++)
        {
          const AictParticipant *participant = aict_partnership_get_participant (partnership, p);

          if (aict_participant_get_role (participant) == AICT_PARTICIPANT_ROLE_LEAD)
            hub = aict_participant_get_actor_id (participant);
        }
      if (hub == NULL && n > 0)
        hub = aict_participant_get_actor_id (aict_partnership_get_participant (partnership, 0));

      for (guint p = 0; p < n; p++)
        {
          const char *id = aict_participant_get_actor_id (aict_partnership_get_participant (partnership, p));
          Node *node = g_hash_table_lookup (nodes, id);

          if (node == NULL)
            {
              node = g_new0 (Node, 1);
              node->id = id;
              g_hash_table_insert (nodes, (gpointer) id, node);
              g_ptr_array_add (order, node);
            }
          node->degree++;
          if (hub != NULL && strcmp (id, hub) != 0)
            {
              char *key = strcmp (hub, id) < 0 ? g_strconcat (hub, "\n", id, NULL)
                                               : g_strconcat (id, "\n", hub, NULL);
              guint count = GPOINTER_TO_UINT (g_hash_table_lookup (edges, key));

              g_hash_table_replace (edges, key, GUINT_TO_POINTER (count + 1));
            }
        }
    }

  g_ptr_array_sort (order, compare_nodes);
  for (guint i = 0; i < order->len && i < MAX_NODES; i++)
    g_hash_table_add (kept, (gpointer) ((Node *) g_ptr_array_index (order, i))->id);

  /* Pooling: the actors of the strongest overlaps, or the actor's
   * candidates. */
  if (given_pooling != NULL)
    pooling = g_object_ref (given_pooling);
  else if (actor_id != NULL)
    pooling = aict_dataset_find_pooling_candidates (dataset, actor_id, AICT_OVERLAP_KIND_ALL, NULL, NULL);
  else
    pooling = aict_dataset_find_overlaps (dataset, AICT_OVERLAP_KIND_ALL, NULL, NULL, NULL);
  for (guint i = 0; pooling != NULL && i < g_list_model_get_n_items (pooling) && i < MAX_HIGHLIGHTED; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (pooling, i);

      if (AICT_IS_POOLING_CANDIDATE (item))
        g_hash_table_add (highlighted, (gpointer) aict_pooling_candidate_get_actor_id (AICT_POOLING_CANDIDATE (item)));
      else
        for (const char * const *ids = aict_overlap_get_actor_ids (AICT_OVERLAP (item)); *ids != NULL; ids++)
          g_hash_table_add (highlighted, (gpointer) *ids);
    }

  if (actor_id != NULL)
    /* TRANSLATORS: a chart's title for one actor: "Network of partners — Gironde" */
    title = g_strdup_printf (C_("chart", "%1$s — %2$s"), C_("chart", "Network of partners"),
                             node_name (dataset, actor_id));
  else
    title = g_strdup (C_("chart", "Network of partners"));

  G_LOCK (graphviz);
  if (graphviz_context == NULL)
    graphviz_context = gvContext ();
  graph = agopen ((char *) "network", Agundirected, NULL);
  agattr (graph, AGRAPH, (char *) "rankdir", (char *) "LR");
  agattr (graph, AGRAPH, (char *) "fontname", (char *) "DejaVu Sans");
  agattr (graph, AGRAPH, (char *) "bgcolor", (char *) "white");
  agattr (graph, AGRAPH, (char *) "nodesep", (char *) "0.15");
  agattr (graph, AGNODE, (char *) "shape", (char *) "box");
  agattr (graph, AGNODE, (char *) "style", (char *) "rounded,filled");
  agattr (graph, AGNODE, (char *) "fontname", (char *) "DejaVu Sans");
  agattr (graph, AGNODE, (char *) "fontsize", (char *) "9");
  agattr (graph, AGNODE, (char *) "fillcolor", (char *) "#DDDDDD");
  agattr (graph, AGNODE, (char *) "color", (char *) "#555555");
  agattr (graph, AGNODE, (char *) "penwidth", (char *) "1");
  agattr (graph, AGNODE, (char *) "label", (char *) "");
  agattr (graph, AGEDGE, (char *) "color", (char *) "#777777");
  agattr (graph, AGEDGE, (char *) "penwidth", (char *) "1");

  for (guint i = 0; i < order->len && i < MAX_NODES; i++)
    {
      Node *node = g_ptr_array_index (order, i);
      AictActor *actor = aict_dataset_lookup_actor (dataset, node->id);
      const char *country = actor != NULL ? aict_actor_get_country (actor) : NULL;
      g_autofree char *label = aict_format_truncate (node_name (dataset, node->id), LABEL_CHARS);
      g_autofree char *name = g_strdup (node->id);
      Agnode_t *gnode = agnode (graph, name, TRUE);

      /* Graphviz reads labels as its own escString: backslashes doubled. */
      {
        g_autoptr(GString) escaped = g_string_new (label);

        g_string_replace (escaped, "\\", "\\\\", 0);
        agset (gnode, (char *) "label", escaped->str);
      }
      if (country != NULL)
        agset (gnode, (char *) "fillcolor", (char *) (strcmp (country, "FR") == 0 ? "#56B4E9" : "#E69F00"));
      if (g_hash_table_contains (highlighted, node->id))
        {
          agset (gnode, (char *) "color", (char *) "#D55E00");
          agset (gnode, (char *) "penwidth", (char *) "3");
        }
    }

  edge_keys = (const char **) g_hash_table_get_keys_as_array (edges, &n_edges);
  qsort (edge_keys, n_edges, sizeof (char *), compare_keys);
  for (guint i = 0; i < n_edges; i++)
    {
      g_auto(GStrv) ends = g_strsplit (edge_keys[i], "\n", 2);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (edges, edge_keys[i]));
      Agedge_t *edge;
      char width[16];

      if (!g_hash_table_contains (kept, ends[0]) || !g_hash_table_contains (kept, ends[1]))
        continue;
      edge = agedge (graph, agnode (graph, ends[0], FALSE), agnode (graph, ends[1], FALSE), NULL, TRUE);
      g_snprintf (width, sizeof width, "%d", 1 + (int) floor (log2 (count)));
      agset (edge, (char *) "penwidth", width);
      n_drawn_edges++;
    }

  renderer = format == AICT_CHART_FORMAT_SVG ? "svg" : format == AICT_CHART_FORMAT_PNG ? "png:cairo" : "pdf:cairo";
  status = gvLayout (graphviz_context, graph, "dot");
  if (status == 0)
    status = gvRenderData (graphviz_context, graph, renderer, &data, &length);
  gvFreeLayout (graphviz_context, graph);
  agclose (graph);
  G_UNLOCK (graphviz);
  if (status != 0 || data == NULL)
    {
      if (data != NULL)
        gvFreeRenderData (data);
      g_set_error (error, AICT_ERROR, AICT_ERROR_FAILED, _("Cannot draw the chart: %s"),
                   "Graphviz");
      return NULL;
    }

  desc = g_string_new (NULL);
  {
    g_autofree char *shown = aict_format_integer (MIN (order->len, MAX_NODES));
    g_autofree char *links = aict_format_integer (n_drawn_edges);

    /* TRANSLATORS: the description of the network chart */
    g_string_append_printf (desc, C_("chart", "%1$s actors and %2$s links between the lead of a partnership and its other participants; French actors in blue, those abroad in orange, the actors of the strongest pooling opportunities with a thick red border."),
                            shown, links);
    if (order->len > MAX_NODES)
      {
        g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                                              order->len - MAX_NODES), order->len - MAX_NODES);

        g_string_append_printf (desc, " (%s)", more);
      }
  }

  *title_out = g_steal_pointer (&title);
  *desc_out = g_string_free (desc, FALSE);
  {
    GBytes *bytes = g_bytes_new (data, length);

    gvFreeRenderData (data);
    return bytes;
  }
}
