/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "aict-dataset.h"
#include "aict-export.h"
#include "aict-analysis.h"
#include "aict-enum-types.h"
#include "aict-i18n-private.h"

/* The network as a Graphviz graph: actors (boxes) and partnerships
 * (ellipses) are nodes, each participation an edge labelled with the
 * role, and a dashed edge from a service to the actor it belongs to. */

/* Appends @text as the inside of a DOT quoted string: quotes and
 * backslashes escaped, a line break as the centred break "\n", other
 * controls as spaces; UTF-8 is kept (DOT's default charset). */
static void
append_quoted (GString    *out,
               const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_c (out, ' ');
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

/* The role's name in the format (stable whatever the locale). */
static const char *
role_nick (AictParticipantRole role)
{
  GEnumClass *klass = g_type_class_ref (AICT_TYPE_PARTICIPANT_ROLE);
  GEnumValue *value = g_enum_get_value (klass, role);
  const char *nick = value != NULL ? value->value_nick : "?";

  g_type_class_unref (klass);   /* the class of a static enum type stays */

  return nick;
}

static gboolean
flush (GString        *out,
       GOutputStream  *stream,
       GCancellable   *cancellable,
       GError        **error)
{
  gboolean ok = g_output_stream_write_all (stream, out->str, out->len, NULL, cancellable, error);

  g_string_truncate (out, 0);

  return ok;
}

static void
append_actor (GString   *out,
              AictActor *actor)
{
  const char *name = aict_actor_get_short_name (actor) != NULL ? aict_actor_get_short_name (actor)
                                                               : aict_actor_get_name (actor);

  g_string_append (out, "  ");
  append_quoted (out, aict_entity_get_id (AICT_ENTITY (actor)));
  g_string_append (out, " [shape=box, label=");
  append_quoted (out, name != NULL ? name : aict_entity_get_id (AICT_ENTITY (actor)));
  g_string_append (out, "];\n");
}

/**
 * aict_dataset_export_dot:
 * @self: a dataset
 * @filter: (nullable): the partnerships to draw, or %NULL for all (and
 *   every actor)
 * @stream: where to write the graph
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Writes the network of @self as a Graphviz DOT digraph: one box per
 * actor, one ellipse per partnership, an edge from each participant to
 * its partnership labelled with its role, and a dashed edge from a
 * service to its parent.  With @filter, only the matching partnerships
 * and the actors that take part in them are drawn.  Labels are escaped
 * (quotes, backslashes, line breaks) and keep their UTF-8.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.2
 */
gboolean
aict_dataset_export_dot (AictDataset    *self,
                         AictFilter     *filter,
                         GOutputStream  *stream,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_autoptr(GListModel) filtered = NULL;
  g_autoptr(GHashTable) drawn = NULL;
  g_autoptr(GString) out = g_string_sized_new (8192);
  GListModel *partnerships;
  GListModel *actors = aict_dataset_get_actors (self);
  guint n_actors;
  guint n;

  g_return_val_if_fail (AICT_IS_DATASET (self), FALSE);
  g_return_val_if_fail (filter == NULL || AICT_IS_FILTER (filter), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (filter != NULL)
    {
      filtered = aict_dataset_filter_partnerships (self, filter, error);
      if (filtered == NULL)
        return FALSE;
      partnerships = filtered;
      drawn = g_hash_table_new (g_str_hash, g_str_equal);
    }
  else
    partnerships = aict_dataset_get_partnerships (self);

  g_string_append (out, "digraph aict {\n  rankdir=LR;\n  node [fontname=\"DejaVu Sans\"];\n");
  if (aict_dataset_get_title (self) != NULL)
    {
      g_string_append (out, "  label=");
      append_quoted (out, aict_dataset_get_title (self));
      g_string_append (out, ";\n");
    }

  n = g_list_model_get_n_items (partnerships);
  if (drawn != NULL)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(AictPartnership) partnership = g_list_model_get_item (partnerships, i);

        for (guint p = 0; p < aict_partnership_get_n_participants (partnership); p++)
          g_hash_table_add (drawn, (gpointer) aict_participant_get_actor_id (aict_partnership_get_participant (partnership, p)));
      }

  n_actors = g_list_model_get_n_items (actors);
  for (guint i = 0; i < n_actors; i++)
    {
      g_autoptr(AictActor) actor = g_list_model_get_item (actors, i);

      if (drawn != NULL && !g_hash_table_contains (drawn, aict_entity_get_id (AICT_ENTITY (actor))))
        continue;
      append_actor (out, actor);
      if (out->len > 4096 && !flush (out, stream, cancellable, error))
        return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictPartnership) partnership = g_list_model_get_item (partnerships, i);
      const char *id = aict_entity_get_id (AICT_ENTITY (partnership));
      const char *title = aict_partnership_get_title (partnership);

      g_string_append (out, "  ");
      append_quoted (out, id);
      g_string_append (out, " [shape=ellipse, label=");
      append_quoted (out, title != NULL ? title : id);
      g_string_append (out, "];\n");
      for (guint p = 0; p < aict_partnership_get_n_participants (partnership); p++)
        {
          const AictParticipant *participant = aict_partnership_get_participant (partnership, p);

          g_string_append (out, "  ");
          append_quoted (out, aict_participant_get_actor_id (participant));
          g_string_append (out, " -> ");
          append_quoted (out, id);
          g_string_append (out, " [label=");
          append_quoted (out, role_nick (aict_participant_get_role (participant)));
          g_string_append (out, "];\n");
        }
      if (out->len > 4096 && !flush (out, stream, cancellable, error))
        return FALSE;
    }

  for (guint i = 0; i < n_actors; i++)
    {
      g_autoptr(AictActor) actor = g_list_model_get_item (actors, i);
      const char *parent_id = aict_actor_get_parent_id (actor);
      const char *id = aict_entity_get_id (AICT_ENTITY (actor));

      if (parent_id == NULL || aict_dataset_lookup_actor (self, parent_id) == NULL)
        continue;
      if (drawn != NULL && (!g_hash_table_contains (drawn, id) || !g_hash_table_contains (drawn, parent_id)))
        continue;
      g_string_append (out, "  ");
      append_quoted (out, id);
      g_string_append (out, " -> ");
      append_quoted (out, parent_id);
      g_string_append (out, " [style=dashed];\n");
    }

  g_string_append (out, "}\n");

  return flush (out, stream, cancellable, error);
}

/**
 * aict_dataset_export_dot_to_bytes:
 * @self: a dataset
 * @filter: (nullable): the partnerships to draw, or %NULL for all
 * @error: return location for an error
 *
 * Like aict_dataset_export_dot(), into memory.
 *
 * Returns: (transfer full): the graph, or %NULL on error
 *
 * Since: 0.2
 */
GBytes *
aict_dataset_export_dot_to_bytes (AictDataset  *self,
                                  AictFilter   *filter,
                                  GError      **error)
{
  g_autoptr(GOutputStream) stream = NULL;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);

  stream = g_memory_output_stream_new_resizable ();
  if (!aict_dataset_export_dot (self, filter, stream, NULL, error))
    return NULL;
  if (!g_output_stream_close (stream, NULL, error))
    return NULL;

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}
