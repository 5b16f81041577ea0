/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-codec-private.h"
#include "aict-entity-private.h"
#include "aict-i18n-private.h"
#include "aict-model-private.h"
#include "aict-codelist.h"
#include "aict-json-writer-private.h"
#include "aict-syntax-private.h"

#include <string.h>
#include "aict-enum-types.h"
#include "aict-dataset-private.h"
#include "aict-fields-private.h"
#include "aict-store-private.h"

/* The aict/1 encoder.  Member order follows the tables of doc/format.md;
 * absent (NULL) optional members and empty lists are left out; everything
 * set is written, defaults included, enums as nicks.  The output depends
 * on nothing but the dataset, so load → save → load → save is stable. */

typedef struct
{
  AictJsonWriter *w;
  /* FALSE once a value was written that the decoder would refuse (an id,
   * code, time or text of the wrong shape, possible in a dataset built
   * through the API): the output is then thrown away and the validator
   * says where. */
  gboolean loadable;
} Encoder;

static void
check (Encoder  *e,
       gboolean  ok)
{
  if (!ok)
    e->loadable = FALSE;
}

/* Every value the model holds is one of its enumeration's. */
static const char *
nick (GType type,
      int   value)
{
  const char *nick = _aict_enum_nick (type, value);

  g_assert (nick != NULL);
  return nick;
}

static void
write_text (Encoder        *e,
            const char     *member,
            const char     *value)
{
  if (value == NULL)
    return;

  check (e, _aict_is_text (value, strlen (value)));
  aict_json_writer_member_string (e->w, member, value);
}

static void
write_code (Encoder      *e,
            const char   *member,
            AictCodeKind  kind,
            const char   *value)
{
  if (value == NULL)
    return;

  check (e, _aict_is_code (kind, value, strlen (value)));
  aict_json_writer_member_string (e->w, member, value);
}

static void
write_time (Encoder    *e,
            const char *member,
            const char *value)
{
  if (value == NULL)
    return;

  check (e, _aict_is_time (value, strlen (value)));
  aict_json_writer_member_string (e->w, member, value);
}

/* A reference to another object.  The loader keeps a record whose
 * reference is missing (the validator reports it) with an empty id, which
 * is left out again here so that the saved file loads. */
static void
write_ref (Encoder        *e,
           const char     *member,
           const char     *id)
{
  if (id == NULL || id[0] == '\0')
    return;

  check (e, _aict_is_id (id, strlen (id)));
  aict_json_writer_member_string (e->w, member, id);
}

static void
write_date (Encoder *e,
            const char            *member,
            const AictPartialDate *date)
{
  g_autofree char *text = NULL;

  if (date == NULL)
    return;

  text = aict_partial_date_to_string (date);
  aict_json_writer_member_string (e->w, member, text);
}

/* A list of codes (@kind) or, with @ids, of references. */
static void
write_list (Encoder            *e,
            const char         *member,
            gboolean            ids,
            AictCodeKind        kind,
            const char * const *list)
{
  if (list == NULL || list[0] == NULL)
    return;

  aict_json_writer_member (e->w, member);
  aict_json_writer_begin_array (e->w);
  for (guint i = 0; list[i] != NULL; i++)
    {
      gsize length = strlen (list[i]);

      check (e, ids ? _aict_is_id (list[i], length) : _aict_is_code (kind, list[i], length));
      aict_json_writer_string (e->w, list[i]);
    }
  aict_json_writer_end_array (e->w);
}

#define write_ids(e, member, list) write_list (e, member, TRUE, AICT_CODE_THEME, list)
#define write_codes(e, member, kind, list) write_list (e, member, FALSE, kind, list)

static void
write_hundredths (Encoder        *e,
                  const char     *member,
                  int             value)
{
  if (value < 0)
    return;

  aict_json_writer_member (e->w, member);
  aict_json_writer_decimal (e->w, value, 2);
}

static void
write_amount (Encoder *e,
              const char       *member,
              const AictAmount *amount)
{
  const char *currency;
  int decimals;

  if (amount == NULL)
    return;

  currency = aict_amount_get_currency (amount);
  decimals = aict_currency_get_decimals (currency);
  if (decimals < 0)
    decimals = 2;

  aict_json_writer_member (e->w, member);
  aict_json_writer_begin_object (e->w);
  write_code (e, "currency", AICT_CODE_CURRENCY, currency);
  if (aict_amount_is_range (amount))
    {
      aict_json_writer_member (e->w, "min");
      aict_json_writer_decimal (e->w, aict_amount_get_min (amount), decimals);
      aict_json_writer_member (e->w, "max");
      aict_json_writer_decimal (e->w, aict_amount_get_max (amount), decimals);
    }
  else
    {
      aict_json_writer_member (e->w, "value");
      aict_json_writer_decimal (e->w, aict_amount_get_value (amount), decimals);
    }
  if (aict_amount_get_approximate (amount))
    {
      aict_json_writer_member (e->w, "approximate");
      aict_json_writer_boolean (e->w, TRUE);
    }
  aict_json_writer_end_object (e->w);
}

static void
write_entity_head (Encoder        *e,
                   AictEntity     *entity)
{
  const char *id = aict_entity_get_id (entity);

  /* Unlike a reference, an id that is there is written, even empty: the
   * check refuses it rather than let the object lose its id. */
  if (id != NULL)
    {
      check (e, _aict_is_id (id, strlen (id)));
      aict_json_writer_member_string (e->w, "id", id);
    }
}

static void encode_object (Encoder            *e,
                           const AictTypeInfo *info,
                           gpointer            instance);

static void
write_source_refs (Encoder    *e,
                   AictEntity *entity)
{
  GPtrArray *refs = _aict_entity_peek_source_refs (entity);

  if (refs == NULL || refs->len == 0)
    return;

  aict_json_writer_member (e->w, "sources");
  aict_json_writer_begin_array (e->w);
  for (guint i = 0; i < refs->len; i++)
    {
      const AictSourceRef *ref = g_ptr_array_index (refs, i);

      aict_json_writer_begin_object (e->w);
      write_ref (e, "source", aict_source_ref_get_source (ref));
      write_text (e, "locator", aict_source_ref_get_locator (ref));
      aict_json_writer_end_object (e->w);
    }
  aict_json_writer_end_array (e->w);
}

static void
write_records (Encoder             *e,
               const AictFieldInfo *field,
               gpointer             instance)
{
  GPtrArray *records = field->peek (instance);

  if ((records == NULL || records->len == 0) && (field->flags & AICT_FIELD_ALWAYS) == 0)
    return;

  aict_json_writer_member (e->w, field->name);
  aict_json_writer_begin_array (e->w);
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      aict_json_writer_begin_object (e->w);
      encode_object (e, field->record, g_ptr_array_index (records, i));
      aict_json_writer_end_object (e->w);
    }
  aict_json_writer_end_array (e->w);
}

static void
write_entities (Encoder             *e,
                const AictFieldInfo *field,
                gpointer             instance)
{
  GListModel *model = field->model (instance);
  guint n = g_list_model_get_n_items (model);

  if (n == 0)
    return;

  aict_json_writer_member (e->w, field->name);
  aict_json_writer_begin_array (e->w);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      aict_json_writer_begin_object (e->w);
      encode_object (e, field->record, item);
      aict_json_writer_end_object (e->w);
    }
  aict_json_writer_end_array (e->w);
}

/* Writes the members of @instance, an entity or a record of @info, in
 * the order of its table: absent members and empty lists are left out. */
static void
encode_object (Encoder            *e,
               const AictTypeInfo *info,
               gpointer            instance)
{
  for (guint i = 0; i < info->n_fields; i++)
    {
      const AictFieldInfo *field = &info->fields[i];
      gpointer slot = AICT_FIELD_P (instance, field);   /* for the stored kinds */

      if (field->flags & AICT_FIELD_VIEW_ONLY)
        continue;

      switch (field->kind)
        {
        case AICT_FIELD_ID:
          write_entity_head (e, instance);
          break;
        case AICT_FIELD_NOTES:
          write_text (e, "notes", _aict_entity_peek_notes (instance));
          break;
        case AICT_FIELD_SOURCES:
          write_source_refs (e, instance);
          break;
        case AICT_FIELD_TEXT:
          write_text (e, field->name, *(char **) slot);
          break;
        case AICT_FIELD_REF:
          write_ref (e, field->name, *(char **) slot);
          break;
        case AICT_FIELD_CODE:
          write_code (e, field->name, field->code, *(char **) slot);
          break;
        case AICT_FIELD_TIME:
          write_time (e, field->name, *(char **) slot);
          break;
        case AICT_FIELD_ENUM:
          aict_json_writer_member_string (e->w, field->name, nick (field->enum_type (), *(int *) slot));
          break;
        case AICT_FIELD_DATE:
          write_date (e, field->name, *(AictPartialDate **) slot);
          break;
        case AICT_FIELD_AMOUNT:
          write_amount (e, field->name, *(AictAmount **) slot);
          break;
        case AICT_FIELD_HUNDREDTHS:
          write_hundredths (e, field->name, *(int *) slot);
          break;
        case AICT_FIELD_REF_LIST:
          write_ids (e, field->name, *(const char * const **) slot);
          break;
        case AICT_FIELD_CODE_LIST:
          write_codes (e, field->name, field->code, *(const char * const **) slot);
          break;
        case AICT_FIELD_RECORD:
          if (*(gpointer *) slot != NULL)
            {
              aict_json_writer_member (e->w, field->name);
              aict_json_writer_begin_object (e->w);
              encode_object (e, field->record, *(gpointer *) slot);
              aict_json_writer_end_object (e->w);
            }
          break;
        case AICT_FIELD_RECORD_LIST:
          write_records (e, field, instance);
          break;
        case AICT_FIELD_ENTITY_LIST:
          write_entities (e, field, instance);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
write_items (Encoder            *e,
             const char         *member,
             GPtrArray          *items,
             const AictTypeInfo *info)
{
  if (items->len == 0)
    return;

  aict_json_writer_member (e->w, member);
  aict_json_writer_begin_array (e->w);
  for (guint i = 0; i < items->len; i++)
    {
      aict_json_writer_begin_object (e->w);
      encode_object (e, info, g_ptr_array_index (items, i));
      aict_json_writer_end_object (e->w);
    }
  aict_json_writer_end_array (e->w);
}

/* The first issue of @self that makes it unwritable, as a GError. */
static void
set_unloadable_error (AictDataset  *self,
                      GError      **error)
{
  static const char * const codes[] = { "id-invalid", "text-invalid", "time-invalid", "code-invalid" };
  g_autoptr(AictReport) report = aict_dataset_validate (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictIssue) issue = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (g_strv_contains (codes, aict_issue_get_code (issue)))
        {
          g_set_error (error, AICT_ERROR, AICT_ERROR_SCHEMA,
                       _("cannot write the dataset: %s: %s"),
                       aict_issue_get_path (issue), aict_issue_get_message (issue));
          return;
        }
    }

  /* The encoder and the validator share their checks (aict-syntax.c). */
  g_assert_not_reached ();
}

GBytes *
_aict_json_encode (AictDataset  *self,
                   GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  guint64 limit;
  Encoder e;
  guint n_items = _aict_dataset_get_items (self, AICT_COLLECTION_PARTNERSHIPS)->len +
                  _aict_dataset_get_items (self, AICT_COLLECTION_BUDGETS)->len +
                  _aict_dataset_get_items (self, AICT_COLLECTION_ACTORS)->len;

  /* Typical records are a few hundred bytes: start big enough to avoid
   * most reallocations on large datasets. */
  e.w = aict_json_writer_new (4096 + (gsize) n_items * 512);
  e.loadable = TRUE;

  aict_json_writer_begin_object (e.w);
  aict_json_writer_member_string (e.w, "format", AICT_FORMAT_NAME);
  write_text (&e, "title", aict_dataset_get_title (self));
  write_text (&e, "description", aict_dataset_get_description (self));
  write_text (&e, "language", aict_dataset_get_language (self));
  write_items (&e, "sources", _aict_dataset_get_items (self, AICT_COLLECTION_SOURCES), &_aict_source_info);
  write_items (&e, "actors", _aict_dataset_get_items (self, AICT_COLLECTION_ACTORS), &_aict_actor_info);
  write_items (&e, "persons", _aict_dataset_get_items (self, AICT_COLLECTION_PERSONS), &_aict_person_info);
  write_items (&e, "partnerships", _aict_dataset_get_items (self, AICT_COLLECTION_PARTNERSHIPS),
               &_aict_partnership_info);
  write_items (&e, "budgets", _aict_dataset_get_items (self, AICT_COLLECTION_BUDGETS), &_aict_budget_info);
  write_items (&e, "meetings", _aict_dataset_get_items (self, AICT_COLLECTION_MEETINGS), &_aict_meeting_info);
  aict_json_writer_end_object (e.w);

  bytes = aict_json_writer_free_to_bytes (e.w);
  if (!e.loadable)
    {
      set_unloadable_error (self, error);
      return NULL;
    }

  /* The canonical form can be larger than the file it was read from (one
   * member per line): what libaict writes must load again with the
   * limits it was loaded with, so it is refused before anything is
   * written rather than left unloadable. */
  limit = _aict_dataset_get_reload_limit (self);
  if (limit > 0 && g_bytes_get_size (bytes) > limit)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_LIMIT,
                   _("cannot write the dataset: it would take %llu bytes, more than the limit of "
                     "%llu bytes it was loaded with, so it would not load again; raise the limit "
                     "(AictLoadOptions:max-file-size, aict --max-file-size) and load it again"),
                   (unsigned long long) g_bytes_get_size (bytes), (unsigned long long) limit);
      return NULL;
    }

  return g_steal_pointer (&bytes);
}

/* For the stores (aict-sqlite-store.c): one object, or one member of one
 * object, in the encoder's canonical form. */
char *
_aict_json_encode_object (const AictTypeInfo *info,
                          gpointer            instance,
                          gsize              *length)
{
  Encoder e;

  e.w = aict_json_writer_new (1024);
  e.loadable = TRUE;
  aict_json_writer_begin_object (e.w);
  encode_object (&e, info, instance);
  aict_json_writer_end_object (e.w);

  /* The dataset was validated before: nothing in it is unloadable. */
  return aict_json_writer_free_to_string (e.w, length);
}

char *
_aict_json_encode_member (const AictTypeInfo  *info,
                          const AictFieldInfo *field,
                          gpointer             instance)
{
  AictTypeInfo one = *info;
  g_autofree char *text = NULL;
  gsize length;
  gsize prefix;
  Encoder e;

  one.fields = field;
  one.n_fields = 1;
  e.w = aict_json_writer_new (256);
  e.loadable = TRUE;
  aict_json_writer_begin_object (e.w);
  encode_object (&e, &one, instance);
  aict_json_writer_end_object (e.w);
  text = aict_json_writer_free_to_string (e.w, &length);

  /* "{}\n" when the member is left out, else "{\n  \"NAME\": VALUE\n}\n". */
  prefix = strlen ("{\n  \"\": ") + strlen (field->name);
  if (length <= prefix + strlen ("\n}\n"))
    return NULL;

  return g_strndup (text + prefix, length - prefix - strlen ("\n}\n"));
}
