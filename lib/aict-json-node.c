/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "aict-json-node-private.h"
#include "aict-error.h"
#include "aict-i18n-private.h"
#include "aict-message-private.h"
#include "aict-json-writer-private.h"

/* JsonNode → compact JSON text for the strict loader.
 *
 * json_generator would do, but for doubles: json-glib reads 3.4 into a
 * double and writes it back with 17 digits, 3.3999999999999999, which
 * the loader rightly refuses as a decimal with too many places.  Here a
 * double is written in the shortest form that reads back to the same
 * double, which is the decimal a person wrote for any value of up to 15
 * significant digits.  A double that needs more (the result of a
 * computation, 0.30000000000000004) is refused rather than rounded:
 * never a silently changed value. */

typedef struct
{
  AictJsonWriter *writer;
  GString *path;
  guint max_depth;
  GError **error;
} Walk;

static gboolean
fail (Walk       *walk,
      int         code,
      const char *what)
{
  g_set_error (walk->error, AICT_ERROR, code, "<json-node>: %s: %s", walk->path->str, what);
  return FALSE;
}

static gboolean
write_double (Walk   *walk,
              double  value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return fail (walk, AICT_ERROR_PARSE, _("not a finite number (JSON has no NaN or infinity)"));

  for (int precision = 1; precision <= 15; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        {
          aict_json_writer_number_lexeme (walk->writer, buffer);
          return TRUE;
        }
    }

  return fail (walk, AICT_ERROR_SCHEMA,
               _("this number needs more than 15 significant digits as a double; "
               "it cannot be read exactly: give it as an integer or as text"));
}

static gboolean write_node (Walk *walk, JsonNode *node, guint depth);

static gboolean
write_object (Walk       *walk,
              JsonObject *object,
              guint       depth)
{
  g_autoptr(GList) members = json_object_get_members (object);   /* in insertion order */

  aict_json_writer_begin_object (walk->writer);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      gsize old = walk->path->len;

      /* Member names are written through the string escaper. */
      aict_json_writer_member_escaped (walk->writer, name);
      g_string_append_printf (walk->path, ".%s", name);
      if (!write_node (walk, json_object_get_member (object, name), depth + 1))
        return FALSE;
      g_string_truncate (walk->path, old);
    }
  aict_json_writer_end_object (walk->writer);

  return TRUE;
}

static gboolean
write_node (Walk     *walk,
            JsonNode *node,
            guint     depth)
{
  if (depth > walk->max_depth)
    {
      g_autofree char *hinted = _aict_limit_hint (_("nested too deeply"), "max-depth");

      return fail (walk, AICT_ERROR_LIMIT, hinted);
    }

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return write_object (walk, json_node_get_object (node), depth);

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        aict_json_writer_begin_array (walk->writer);
        for (guint i = 0; i < n; i++)
          {
            gsize old = walk->path->len;

            g_string_append_printf (walk->path, "[%u]", i);
            if (!write_node (walk, json_array_get_element (array, i), depth + 1))
              return FALSE;
            g_string_truncate (walk->path, old);
          }
        aict_json_writer_end_array (walk->writer);
        return TRUE;
      }

    case JSON_NODE_NULL:
      aict_json_writer_null (walk->writer);
      return TRUE;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          aict_json_writer_int (walk->writer, json_node_get_int (node));
          return TRUE;

        case G_TYPE_DOUBLE:
          return write_double (walk, json_node_get_double (node));

        case G_TYPE_BOOLEAN:
          aict_json_writer_boolean (walk->writer, json_node_get_boolean (node));
          return TRUE;

        case G_TYPE_STRING:
          {
            const char *text = json_node_get_string (node);

            if (!g_utf8_validate (text, -1, NULL))
              return fail (walk, AICT_ERROR_PARSE, _("a string that is not UTF-8"));
            aict_json_writer_string (walk->writer, text);
            return TRUE;
          }

        default:
          return fail (walk, AICT_ERROR_SCHEMA, _("a value of a type JSON does not have"));
        }

    default:
      g_assert_not_reached ();
    }
}

char *
_aict_json_node_to_data (JsonNode  *node,
                         guint      max_depth,
                         gsize     *length,
                         GError   **error)
{
  g_autoptr(GString) path = g_string_new ("$");
  Walk walk = { aict_json_writer_new (4096), path, max_depth, error };

  if (!write_node (&walk, node, 1))
    {
      aict_json_writer_free (walk.writer);
      return NULL;
    }

  return aict_json_writer_free_to_string (walk.writer, length);
}

void
_aict_json_builder_add_string_member (JsonBuilder *builder,
                                      const char  *name,
                                      const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
_aict_json_builder_add_node_member (JsonBuilder *builder,
                                    const char  *name,
                                    JsonNode    *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_value (builder, json_node_copy (value));
  else
    json_builder_add_null_value (builder);
}
