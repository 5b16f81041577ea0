/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-fields-private.h"

#include <json-glib/json-glib.h>

#include "aict-entity-private.h"
#include "aict-entity-json.h"
#include "aict-json-node-private.h"
#include "aict-model-private.h"
#include "aict-records.h"
#include "aict-amount.h"
#include "aict-partial-date.h"
#include "aict-source-ref.h"

/* The JSON view of an entity: what aict --json prints and what the
 * bindings' to_dict()/toJSON() give.  Unlike the aict/1 format, it is
 * meant to be read by programs that do not know the format: every member
 * is there (null when absent, [] when empty), enumerations are nicks,
 * dates their text, and exact numbers decimal strings, so no JSON reader
 * rounds them.  It is built from the types' tables, like the codecs. */

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
take_string (JsonBuilder *b,
             const char  *name,
             char        *value)
{
  add_string (b, name, value);
  g_free (value);
}

static void
add_strv (JsonBuilder        *b,
          const char         *name,
          const char * const *values)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (b, values[i]);
  json_builder_end_array (b);
}

/* Hundredths as the shortest exact decimal: "12", "12.5", "12.25". */
static char *
hundredths_to_string (int value)
{
  int fraction = value % 100;

  if (fraction == 0)
    return g_strdup_printf ("%d", value / 100);
  if (fraction % 10 == 0)
    return g_strdup_printf ("%d.%d", value / 100, fraction / 10);
  return g_strdup_printf ("%d.%02d", value / 100, fraction);
}

static void
add_amount (JsonBuilder      *b,
            const char       *name,
            const AictAmount *amount)
{
  const char *currency;

  json_builder_set_member_name (b, name);
  if (amount == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }

  currency = aict_amount_get_currency (amount);
  json_builder_begin_object (b);
  add_string (b, "currency", currency);
  take_string (b, "value", aict_amount_is_range (amount) ? NULL :
               aict_amount_format_value (aict_amount_get_value (amount), currency));
  take_string (b, "min", aict_amount_format_value (aict_amount_get_min (amount), currency));
  take_string (b, "max", aict_amount_format_value (aict_amount_get_max (amount), currency));
  json_builder_set_member_name (b, "approximate");
  json_builder_add_boolean_value (b, aict_amount_get_approximate (amount));
  json_builder_end_object (b);
}

/* Whether @field is in the view @flags asks for. */
static gboolean
in_view (const AictFieldInfo *field,
         AictEntityJsonFlags  flags)
{
  if (flags & AICT_ENTITY_JSON_SUMMARY)
    return (field->flags & AICT_FIELD_SUMMARY) != 0;
  return (field->flags & AICT_FIELD_VIEW_ONLY) == 0;
}

static void build_object (JsonBuilder         *b,
                          const AictTypeInfo  *info,
                          gpointer             instance,
                          AictEntityJsonFlags  flags);

static void
add_sources (JsonBuilder *b,
             AictEntity  *entity)
{
  GPtrArray *refs = _aict_entity_peek_source_refs (entity);

  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (guint i = 0; refs != NULL && i < refs->len; i++)
    {
      const AictSourceRef *ref = g_ptr_array_index (refs, i);

      json_builder_begin_object (b);
      add_string (b, "source", aict_source_ref_get_source (ref));
      add_string (b, "locator", aict_source_ref_get_locator (ref));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
build_object (JsonBuilder         *b,
              const AictTypeInfo  *info,
              gpointer             instance,
              AictEntityJsonFlags  flags)
{
  for (guint i = 0; i < info->n_fields; i++)
    {
      const AictFieldInfo *field = &info->fields[i];
      gpointer slot = AICT_FIELD_P (instance, field);   /* for the stored kinds */

      if (!in_view (field, flags))
        continue;

      switch (field->kind)
        {
        case AICT_FIELD_ID:
          add_string (b, "id", _aict_entity_peek_id (instance));
          break;
        case AICT_FIELD_NOTES:
          add_string (b, "notes", _aict_entity_peek_notes (instance));
          break;
        case AICT_FIELD_SOURCES:
          add_sources (b, instance);
          break;
        case AICT_FIELD_TEXT:
        case AICT_FIELD_REF:
        case AICT_FIELD_CODE:
        case AICT_FIELD_TIME:
          add_string (b, field->name, *(char **) slot);
          break;
        case AICT_FIELD_ENUM:
          add_string (b, field->name, _aict_enum_nick (field->enum_type (), *(int *) slot));
          break;
        case AICT_FIELD_DATE:
          {
            const AictPartialDate *date = *(AictPartialDate **) slot;

            take_string (b, field->name, date != NULL ? aict_partial_date_to_string (date) : NULL);
          }
          break;
        case AICT_FIELD_AMOUNT:
          add_amount (b, field->name, *(AictAmount **) slot);
          break;
        case AICT_FIELD_HUNDREDTHS:
          {
            int value = *(int *) slot;

            take_string (b, field->name, value >= 0 ? hundredths_to_string (value) : NULL);
          }
          break;
        case AICT_FIELD_REF_LIST:
        case AICT_FIELD_CODE_LIST:
          add_strv (b, field->name, *(const char * const **) slot);
          break;
        case AICT_FIELD_RECORD:
          json_builder_set_member_name (b, field->name);
          if (*(gpointer *) slot == NULL)
            json_builder_add_null_value (b);
          else
            {
              json_builder_begin_object (b);
              build_object (b, field->record, *(gpointer *) slot, flags);
              json_builder_end_object (b);
            }
          break;
        case AICT_FIELD_RECORD_LIST:
          {
            GPtrArray *records = field->peek (instance);

            json_builder_set_member_name (b, field->name);
            json_builder_begin_array (b);
            for (guint j = 0; records != NULL && j < records->len; j++)
              {
                json_builder_begin_object (b);
                build_object (b, field->record, g_ptr_array_index (records, j), flags);
                json_builder_end_object (b);
              }
            json_builder_end_array (b);
          }
          break;
        case AICT_FIELD_ENTITY_LIST:
          {
            GListModel *model = field->model (instance);
            guint n = g_list_model_get_n_items (model);

            json_builder_set_member_name (b, field->name);
            json_builder_begin_array (b);
            for (guint j = 0; j < n; j++)
              {
                g_autoptr(GObject) item = g_list_model_get_item (model, j);

                json_builder_begin_object (b);
                build_object (b, field->record, item, flags);
                json_builder_end_object (b);
              }
            json_builder_end_array (b);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/**
 * aict_entity_build_json:
 * @self: an [class@Aict.Entity]
 * @builder: a [class@Json.Builder] inside an object
 * @flags: which members
 *
 * Adds the members of the JSON view of @self (see
 * [method@Aict.Entity.to_json_node]) to the object @builder is building,
 * so that a program can put them next to its own members.
 *
 * Since: 0.2
 */
void
aict_entity_build_json (AictEntity          *self,
                        JsonBuilder         *builder,
                        AictEntityJsonFlags  flags)
{
  const AictTypeInfo *info;

  g_return_if_fail (AICT_IS_ENTITY (self));
  g_return_if_fail (JSON_IS_BUILDER (builder));

  info = _aict_type_info_for_type (G_OBJECT_TYPE (self));
  g_return_if_fail (info != NULL);

  build_object (builder, info, self, flags);
}

/**
 * aict_entity_to_json_node:
 * @self: an [class@Aict.Entity]
 * @flags: which members
 *
 * Gets the JSON view of @self: an object with every member of its type
 * in the order of the `aict/1` format (with %AICT_ENTITY_JSON_SUMMARY,
 * the members `aict list --json` shows).  Unlike the format, every
 * member is present: `null` when absent, `[]` when empty.  Enumerations
 * are their nicks, dates their text (`"2016"`, `"2016-09-20"`), and exact
 * numbers decimal strings (`"30000.00"`, a share `"70"`), so that no
 * JSON reader rounds them; amounts are objects with `currency`, `value`
 * (`null` for a range), `min`, `max` and `approximate`.
 *
 * This is what `aict show --json` and `aict list --json` print, and what
 * the Python `to_dict()` returns (with decimals as `Decimal`).
 *
 * Returns: (transfer full): a new JSON object node
 *
 * Since: 0.2
 */
JsonNode *
aict_entity_to_json_node (AictEntity          *self,
                          AictEntityJsonFlags  flags)
{
  g_autoptr(JsonBuilder) builder = NULL;

  g_return_val_if_fail (AICT_IS_ENTITY (self), NULL);

  builder = json_builder_new_immutable ();
  json_builder_begin_object (builder);
  aict_entity_build_json (self, builder, flags);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * aict_entity_to_json:
 * @self: an [class@Aict.Entity]
 * @flags: which members
 *
 * Gets the JSON view of @self (see [method@Aict.Entity.to_json_node]) as
 * UTF-8 JSON text, on one line.  Every control character in the data is
 * escaped, so any JSON reader takes it (JavaScript's `JSON.parse()`,
 * Python's `json.loads()`).
 *
 * Returns: (transfer full): the JSON text
 *
 * Since: 0.2
 */
char *
aict_entity_to_json (AictEntity          *self,
                     AictEntityJsonFlags  flags)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  char *text;
  gsize length;

  g_return_val_if_fail (AICT_IS_ENTITY (self), NULL);

  node = aict_entity_to_json_node (self, flags);
  /* The view holds no double and is a few levels deep: it cannot fail. */
  text = _aict_json_node_to_data (node, G_MAXUINT, &length, &error);
  g_assert_no_error (error);

  return text;
}

static void
add_reference (GPtrArray  *ids,
               GHashTable *seen,
               const char *id)
{
  if (id == NULL || id[0] == '\0' || g_hash_table_contains (seen, id))
    return;

  g_hash_table_add (seen, (gpointer) id);
  g_ptr_array_add (ids, g_strdup (id));
}

static void
collect_references (const AictTypeInfo  *info,
                    gpointer             instance,
                    AictEntityJsonFlags  flags,
                    GPtrArray           *ids,
                    GHashTable          *seen)
{
  for (guint i = 0; i < info->n_fields; i++)
    {
      const AictFieldInfo *field = &info->fields[i];
      gpointer slot = AICT_FIELD_P (instance, field);   /* for the stored kinds */

      if (!in_view (field, flags))
        continue;

      switch (field->kind)
        {
        case AICT_FIELD_REF:
          add_reference (ids, seen, *(char **) slot);
          break;
        case AICT_FIELD_REF_LIST:
          for (char **list = *(char ***) slot; list != NULL && *list != NULL; list++)
            add_reference (ids, seen, *list);
          break;
        case AICT_FIELD_RECORD:
          if (*(gpointer *) slot != NULL)
            collect_references (field->record, *(gpointer *) slot, flags, ids, seen);
          break;
        case AICT_FIELD_RECORD_LIST:
          {
            GPtrArray *records = field->peek (instance);

            for (guint j = 0; records != NULL && j < records->len; j++)
              collect_references (field->record, g_ptr_array_index (records, j), flags, ids, seen);
          }
          break;
        case AICT_FIELD_ENTITY_LIST:
          {
            GListModel *model = field->model (instance);
            guint n = g_list_model_get_n_items (model);

            for (guint j = 0; j < n; j++)
              {
                g_autoptr(GObject) item = g_list_model_get_item (model, j);
                collect_references (field->record, item, flags, ids, seen);
              }
          }
          break;
        case AICT_FIELD_SOURCES:
          {
            GPtrArray *refs = _aict_entity_peek_source_refs (instance);

            for (guint j = 0; refs != NULL && j < refs->len; j++)
              add_reference (ids, seen, aict_source_ref_get_source (g_ptr_array_index (refs, j)));
          }
          break;
        default:
          break;
        }
    }
}

/**
 * aict_entity_list_references:
 * @self: an [class@Aict.Entity]
 * @flags: which members, as for [method@Aict.Entity.to_json_node]
 *
 * Lists the ids @self refers to — its parent, participants, funders,
 * owner, sources… — each once, in the order its JSON view names them.
 * Ids that resolve to nothing are listed too: this reads @self only.
 *
 * Returns: (transfer full) (array zero-terminated=1): the ids
 *
 * Since: 0.2
 */
char **
aict_entity_list_references (AictEntity          *self,
                             AictEntityJsonFlags  flags)
{
  const AictTypeInfo *info;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GHashTable) seen = NULL;

  g_return_val_if_fail (AICT_IS_ENTITY (self), NULL);

  info = _aict_type_info_for_type (G_OBJECT_TYPE (self));
  g_return_val_if_fail (info != NULL, NULL);

  ids = g_ptr_array_new ();
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  collect_references (info, self, flags, ids, seen);
  g_ptr_array_add (ids, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}
