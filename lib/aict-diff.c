/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-diff.h"

#include <string.h>

#include "aict-codec-private.h"
#include "aict-diff-private.h"
#include "aict-entity-json.h"
#include "aict-entity-private.h"
#include "aict-enum-types.h"
#include "aict-json-node-private.h"
#include "aict-model-private.h"
#include "aict-amount.h"
#include "aict-partial-date.h"
#include "aict-source-ref.h"

/**
 * AictDiff:
 *
 * What changed between two datasets: the objects added, removed and
 * changed, made by [func@Aict.dataset_diff].
 *
 * Objects are matched by id within their collection (sources, actors,
 * persons, partnerships, budgets, meetings), and a meeting's agenda items,
 * contributions and outcomes within their meeting: an object whose id is
 * in a collection of both datasets is the same object, changed or not.
 * The comparison reads the JSON view of the objects
 * ([method@Aict.Entity.to_json_node]), so every member of the format is
 * compared, and a member added to the format later too.
 *
 * The entries come in the order of the datasets: the dataset's own
 * members first (title, description, language: an entry of type
 * `dataset` with no id), then collection by collection in the order of
 * the format, the objects removed or changed in the order of the old
 * dataset, then those added in the order of the new one.  A meeting's
 * children follow their meeting; the children of a meeting added or
 * removed are listed as added or removed too.
 *
 * Since: 0.2
 */

/**
 * AictDiffEntry:
 *
 * One object added, removed or changed, in an [class@Aict.Diff].  A
 * changed object lists its changed members: each has a path from the
 * object, in the style of the validator's paths without the leading `$`
 * (`status`, `place.locality`, `participants[1].role`), and the old and
 * new values as one line of JSON text each, as the JSON view writes them
 * (`"active"`, `null`, `["FR", "SN"]`).  A list whose length changed is
 * one change of the whole list.
 *
 * Since: 0.2
 */

struct _AictDiffEntry
{
  GObject parent_instance;

  AictDiffKind kind;
  const char *type_name;   /* static: the table's name, or "dataset" */
  char *id;
  char *meeting_id;
  AictEntity *old_entity;
  AictEntity *new_entity;
  GPtrArray *changes;      /* of AictMemberChange */
  JsonNode *view;          /* added or removed: the object's view */
};

G_DEFINE_FINAL_TYPE (AictDiffEntry, aict_diff_entry, G_TYPE_OBJECT)

struct _AictDiff
{
  GObject parent_instance;

  GPtrArray *entries;
};

G_DEFINE_FINAL_TYPE (AictDiff, aict_diff, G_TYPE_OBJECT)

/* ---- the comparison, shared with aict-merge.c ---- */

void
_aict_member_change_free (gpointer data)
{
  AictMemberChange *change = data;

  g_free (change->path);
  g_clear_pointer (&change->old_value, json_node_unref);
  g_clear_pointer (&change->new_value, json_node_unref);
  g_free (change->old_text);
  g_free (change->new_text);
  g_free (change);
}

char *
_aict_json_value_text (JsonNode *node)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GString *line;
  gsize length;

  if (node == NULL)
    return NULL;

  /* The view holds no double and is a few levels deep: it cannot fail. */
  text = _aict_json_node_to_data (node, G_MAXUINT, &length, &error);
  g_assert_no_error (error);

  /* The writer puts one member per line; a raw newline is never inside a
   * string (it is escaped), so joining the lines keeps the JSON. */
  line = g_string_sized_new (length);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p != '\n')
        {
          g_string_append_c (line, *p);
          continue;
        }
      while (p[1] == ' ')
        p++;
      if (line->len > 0 && line->str[line->len - 1] == ',' && p[1] != '\0')
        g_string_append_c (line, ' ');
    }

  return g_string_free (line, FALSE);
}

static void
add_change (GPtrArray  *changes,
            const char *path,
            JsonNode   *old_value,
            JsonNode   *new_value)
{
  AictMemberChange *change = g_new0 (AictMemberChange, 1);

  change->path = g_strdup (path);
  change->old_value = old_value != NULL ? json_node_ref (old_value) : NULL;
  change->new_value = new_value != NULL ? json_node_ref (new_value) : NULL;
  change->old_text = _aict_json_value_text (old_value);
  change->new_text = _aict_json_value_text (new_value);
  g_ptr_array_add (changes, change);
}

static gboolean
is_skipped (const char * const *skip,
            const char         *name)
{
  return skip != NULL && g_strv_contains (skip, name);
}

static void
compare_nodes (GString            *path,
               JsonNode           *a,
               JsonNode           *b,
               const char * const *skip,
               GPtrArray          *changes);

static void
compare_member (GString            *path,
                const char         *name,
                JsonNode           *a,
                JsonNode           *b,
                GPtrArray          *changes)
{
  gsize len = path->len;

  if (len > 0)
    g_string_append_c (path, '.');
  g_string_append (path, name);
  if (a == NULL || b == NULL)
    add_change (changes, path->str, a, b);
  else
    compare_nodes (path, a, b, NULL, changes);
  g_string_truncate (path, len);
}

static void
compare_nodes (GString            *path,
               JsonNode           *a,
               JsonNode           *b,
               const char * const *skip,
               GPtrArray          *changes)
{
  if (JSON_NODE_HOLDS_OBJECT (a) && JSON_NODE_HOLDS_OBJECT (b))
    {
      JsonObject *oa = json_node_get_object (a);
      JsonObject *ob = json_node_get_object (b);
      g_autoptr(GList) names_a = json_object_get_members (oa);
      g_autoptr(GList) names_b = json_object_get_members (ob);

      /* Views of one type have the same members in the same order. */
      for (GList *l = names_a; l != NULL; l = l->next)
        if (!is_skipped (skip, l->data))
          compare_member (path, l->data, json_object_get_member (oa, l->data),
                          json_object_get_member (ob, l->data), changes);
      for (GList *l = names_b; l != NULL; l = l->next)
        if (!is_skipped (skip, l->data) && !json_object_has_member (oa, l->data))
          compare_member (path, l->data, NULL, json_object_get_member (ob, l->data), changes);
      return;
    }

  if (JSON_NODE_HOLDS_ARRAY (a) && JSON_NODE_HOLDS_ARRAY (b) &&
      json_array_get_length (json_node_get_array (a)) ==
      json_array_get_length (json_node_get_array (b)))
    {
      JsonArray *aa = json_node_get_array (a);
      JsonArray *ab = json_node_get_array (b);
      guint n = json_array_get_length (aa);

      for (guint i = 0; i < n; i++)
        {
          gsize len = path->len;

          g_string_append_printf (path, "[%u]", i);
          compare_nodes (path, json_array_get_element (aa, i), json_array_get_element (ab, i),
                         NULL, changes);
          g_string_truncate (path, len);
        }
      return;
    }

  if (!json_node_equal (a, b))
    add_change (changes, path->str, a, b);
}

void
_aict_view_compare (JsonNode           *old_view,
                    JsonNode           *new_view,
                    const char * const *skip,
                    GPtrArray          *changes)
{
  g_autoptr(GString) path = g_string_new (NULL);

  compare_nodes (path, old_view, new_view, skip, changes);
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  guint i;

  for (i = 0; a != NULL && a[i] != NULL; i++)
    if (b == NULL || b[i] == NULL || strcmp (a[i], b[i]) != 0)
      return FALSE;

  return b == NULL || b[i] == NULL;
}

static gboolean
records_equal (const AictTypeInfo *info,
               GPtrArray          *a,
               GPtrArray          *b)
{
  guint n = a != NULL ? a->len : 0;

  if (n != (b != NULL ? b->len : 0))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!_aict_fields_equal (info, g_ptr_array_index (a, i), g_ptr_array_index (b, i), NULL))
      return FALSE;

  return TRUE;
}

static gboolean
source_refs_equal (GPtrArray *a,
                   GPtrArray *b)
{
  guint n = a != NULL ? a->len : 0;

  if (n != (b != NULL ? b->len : 0))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!aict_source_ref_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;

  return TRUE;
}

gboolean
_aict_fields_equal (const AictTypeInfo *info,
                    gpointer            a,
                    gpointer            b,
                    const char * const *skip)
{
  for (guint i = 0; i < info->n_fields; i++)
    {
      const AictFieldInfo *field = &info->fields[i];
      gpointer sa = AICT_FIELD_P (a, field);   /* for the stored kinds */
      gpointer sb = AICT_FIELD_P (b, field);

      if (is_skipped (skip, field->name))
        continue;

      switch (field->kind)
        {
        case AICT_FIELD_ID:
          if (g_strcmp0 (_aict_entity_peek_id (a), _aict_entity_peek_id (b)) != 0)
            return FALSE;
          break;
        case AICT_FIELD_NOTES:
          if (g_strcmp0 (_aict_entity_peek_notes (a), _aict_entity_peek_notes (b)) != 0)
            return FALSE;
          break;
        case AICT_FIELD_SOURCES:
          if (!source_refs_equal (_aict_entity_peek_source_refs (a), _aict_entity_peek_source_refs (b)))
            return FALSE;
          break;
        case AICT_FIELD_TEXT:
        case AICT_FIELD_REF:
        case AICT_FIELD_CODE:
        case AICT_FIELD_TIME:
          if (g_strcmp0 (*(char **) sa, *(char **) sb) != 0)
            return FALSE;
          break;
        case AICT_FIELD_ENUM:
        case AICT_FIELD_HUNDREDTHS:
          if (*(int *) sa != *(int *) sb)
            return FALSE;
          break;
        case AICT_FIELD_DATE:
          {
            const AictPartialDate *da = *(AictPartialDate **) sa;
            const AictPartialDate *db = *(AictPartialDate **) sb;

            if ((da == NULL) != (db == NULL) || (da != NULL && !aict_partial_date_equal (da, db)))
              return FALSE;
          }
          break;
        case AICT_FIELD_AMOUNT:
          {
            const AictAmount *ma = *(AictAmount **) sa;
            const AictAmount *mb = *(AictAmount **) sb;

            if ((ma == NULL) != (mb == NULL) || (ma != NULL && !aict_amount_equal (ma, mb)))
              return FALSE;
          }
          break;
        case AICT_FIELD_REF_LIST:
        case AICT_FIELD_CODE_LIST:
          if (!strv_equal (*(const char * const **) sa, *(const char * const **) sb))
            return FALSE;
          break;
        case AICT_FIELD_RECORD:
          {
            gpointer ra = *(gpointer *) sa;
            gpointer rb = *(gpointer *) sb;

            if ((ra == NULL) != (rb == NULL) ||
                (ra != NULL && !_aict_fields_equal (field->record, ra, rb, NULL)))
              return FALSE;
          }
          break;
        case AICT_FIELD_RECORD_LIST:
          if (!records_equal (field->record, field->peek (a), field->peek (b)))
            return FALSE;
          break;
        case AICT_FIELD_ENTITY_LIST:
          {
            GListModel *ma = field->model (a);
            GListModel *mb = field->model (b);
            guint n = g_list_model_get_n_items (ma);

            if (n != g_list_model_get_n_items (mb))
              return FALSE;
            for (guint j = 0; j < n; j++)
              {
                g_autoptr(GObject) ia = g_list_model_get_item (ma, j);
                g_autoptr(GObject) ib = g_list_model_get_item (mb, j);

                if (!_aict_fields_equal (field->record, ia, ib, NULL))
                  return FALSE;
              }
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

const char **
_aict_entity_list_names (const AictTypeInfo *info)
{
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < info->n_fields; i++)
    if (info->fields[i].kind == AICT_FIELD_ENTITY_LIST)
      g_ptr_array_add (names, (gpointer) info->fields[i].name);
  g_ptr_array_add (names, NULL);

  return (const char **) g_ptr_array_free (names, FALSE);
}

/* ---- AictDiffEntry ---- */

static void
aict_diff_entry_finalize (GObject *object)
{
  AictDiffEntry *self = AICT_DIFF_ENTRY (object);

  g_free (self->id);
  g_free (self->meeting_id);
  g_clear_object (&self->old_entity);
  g_clear_object (&self->new_entity);
  g_ptr_array_unref (self->changes);
  g_clear_pointer (&self->view, json_node_unref);

  G_OBJECT_CLASS (aict_diff_entry_parent_class)->finalize (object);
}

static void
aict_diff_entry_class_init (AictDiffEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aict_diff_entry_finalize;
}

static void
aict_diff_entry_init (AictDiffEntry *self)
{
  self->changes = g_ptr_array_new_with_free_func (_aict_member_change_free);
}

/**
 * aict_diff_entry_get_kind:
 * @self: an [class@Aict.DiffEntry]
 *
 * Gets whether the object was added, removed or changed.
 *
 * Returns: whether the object was added, removed or changed
 *
 * Since: 0.2
 */
AictDiffKind
aict_diff_entry_get_kind (AictDiffEntry *self)
{
  g_return_val_if_fail (AICT_IS_DIFF_ENTRY (self), AICT_DIFF_CHANGED);
  return self->kind;
}

/**
 * aict_diff_entry_get_type_name:
 * @self: an [class@Aict.DiffEntry]
 *
 * Gets the type of the object, as the format names it: `source`,
 * `actor`, `person`, `partnership`, `budget`, `meeting`, `agenda_item`,
 * `contribution`, `outcome`, or `dataset` for the dataset's own members.
 *
 * Returns: the type name
 *
 * Since: 0.2
 */
const char *
aict_diff_entry_get_type_name (AictDiffEntry *self)
{
  g_return_val_if_fail (AICT_IS_DIFF_ENTRY (self), NULL);
  return self->type_name;
}

/**
 * aict_diff_entry_get_id:
 * @self: an [class@Aict.DiffEntry]
 *
 * Gets the object's id; %NULL for the dataset's members.
 *
 * Returns: (nullable): the object's id; %NULL for the dataset's members
 *
 * Since: 0.2
 */
const char *
aict_diff_entry_get_id (AictDiffEntry *self)
{
  g_return_val_if_fail (AICT_IS_DIFF_ENTRY (self), NULL);
  return self->id;
}

/**
 * aict_diff_entry_get_meeting_id:
 * @self: an [class@Aict.DiffEntry]
 *
 * Gets for an agenda item, a contribution or an outcome, the id of its
 * meeting; otherwise %NULL.
 *
 * Returns: (nullable): for an agenda item, a contribution or an outcome,
 *   the id of its meeting; otherwise %NULL
 *
 * Since: 0.2
 */
const char *
aict_diff_entry_get_meeting_id (AictDiffEntry *self)
{
  g_return_val_if_fail (AICT_IS_DIFF_ENTRY (self), NULL);
  return self->meeting_id;
}

/**
 * aict_diff_entry_get_old_entity:
 * @self: an [class@Aict.DiffEntry]
 *
 * Gets the object in the old dataset; %NULL for an object added, or
 * the dataset's members.
 *
 * Returns: (transfer none) (nullable): the object in the old dataset;
 *   %NULL for an object added, or the dataset's members
 *
 * Since: 0.2
 */
AictEntity *
aict_diff_entry_get_old_entity (AictDiffEntry *self)
{
  g_return_val_if_fail (AICT_IS_DIFF_ENTRY (self), NULL);
  return self->old_entity;
}

/**
 * aict_diff_entry_get_new_entity:
 * @self: an [class@Aict.DiffEntry]
 *
 * Gets the object in the new dataset; %NULL for an object removed, or
 * the dataset's members.
 *
 * Returns: (transfer none) (nullable): the object in the new dataset;
 *   %NULL for an object removed, or the dataset's members
 *
 * Since: 0.2
 */
AictEntity *
aict_diff_entry_get_new_entity (AictDiffEntry *self)
{
  g_return_val_if_fail (AICT_IS_DIFF_ENTRY (self), NULL);
  return self->new_entity;
}

/**
 * aict_diff_entry_get_n_changes:
 * @self: an [class@Aict.DiffEntry]
 *
 * Gets how many members changed (0 for an object added or removed).
 *
 * Returns: how many members changed (0 for an object added or removed)
 *
 * Since: 0.2
 */
guint
aict_diff_entry_get_n_changes (AictDiffEntry *self)
{
  g_return_val_if_fail (AICT_IS_DIFF_ENTRY (self), 0);
  return self->changes->len;
}

static AictMemberChange *
get_change (AictDiffEntry *self,
            guint          i)
{
  g_return_val_if_fail (AICT_IS_DIFF_ENTRY (self), NULL);
  g_return_val_if_fail (i < self->changes->len, NULL);
  return g_ptr_array_index (self->changes, i);
}

/**
 * aict_diff_entry_get_change_path:
 * @self: an [class@Aict.DiffEntry]
 * @i: a change, below [method@Aict.DiffEntry.get_n_changes]
 *
 * Gets the path of the changed member, from the object (`status`,
 * `place.locality`, `participants[1].role`).
 *
 * Returns: the path of the changed member, from the object
 *   (`status`, `place.locality`, `participants[1].role`)
 *
 * Since: 0.2
 */
const char *
aict_diff_entry_get_change_path (AictDiffEntry *self,
                                 guint          i)
{
  AictMemberChange *change = get_change (self, i);

  return change != NULL ? change->path : NULL;
}

/**
 * aict_diff_entry_get_change_old_value:
 * @self: an [class@Aict.DiffEntry]
 * @i: a change, below [method@Aict.DiffEntry.get_n_changes]
 *
 * Gets the old value, as one line of JSON (`null` when the member was
 * absent).
 *
 * Returns: (nullable): the old value, as one line of JSON (`null` when
 *   the member was absent)
 *
 * Since: 0.2
 */
const char *
aict_diff_entry_get_change_old_value (AictDiffEntry *self,
                                      guint          i)
{
  AictMemberChange *change = get_change (self, i);

  return change != NULL ? change->old_text : NULL;
}

/**
 * aict_diff_entry_get_change_new_value:
 * @self: an [class@Aict.DiffEntry]
 * @i: a change, below [method@Aict.DiffEntry.get_n_changes]
 *
 * Gets the new value, as one line of JSON (`null` when the member is
 * absent).
 *
 * Returns: (nullable): the new value, as one line of JSON (`null` when
 *   the member is absent)
 *
 * Since: 0.2
 */
const char *
aict_diff_entry_get_change_new_value (AictDiffEntry *self,
                                      guint          i)
{
  AictMemberChange *change = get_change (self, i);

  return change != NULL ? change->new_text : NULL;
}

/* ---- AictDiff ---- */

static void
aict_diff_finalize (GObject *object)
{
  AictDiff *self = AICT_DIFF (object);

  g_ptr_array_unref (self->entries);

  G_OBJECT_CLASS (aict_diff_parent_class)->finalize (object);
}

static void
aict_diff_class_init (AictDiffClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aict_diff_finalize;
}

static void
aict_diff_init (AictDiff *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
}

typedef struct
{
  AictDiff *diff;
  AictDataset *old_dataset;
  AictDataset *new_dataset;
} Differ;

static AictDiffEntry *
add_entry (Differ             *d,
           AictDiffKind        kind,
           const char         *type_name,
           AictEntity         *old_entity,
           AictEntity         *new_entity,
           const char         *meeting_id)
{
  AictDiffEntry *entry = g_object_new (AICT_TYPE_DIFF_ENTRY, NULL);
  AictEntity *either = old_entity != NULL ? old_entity : new_entity;

  entry->kind = kind;
  entry->type_name = type_name;
  entry->id = either != NULL ? g_strdup (_aict_entity_peek_id (either)) : NULL;
  entry->meeting_id = g_strdup (meeting_id);
  entry->old_entity = old_entity != NULL ? g_object_ref (old_entity) : NULL;
  entry->new_entity = new_entity != NULL ? g_object_ref (new_entity) : NULL;
  if (kind != AICT_DIFF_CHANGED && either != NULL)
    entry->view = aict_entity_to_json_node (either, 0);
  g_ptr_array_add (d->diff->entries, entry);

  return entry;
}

/* Objects keyed by id; the n-th object of an id (a dataset that did not
 * validate can repeat one) is the n-th of that id on the other side. */
typedef struct
{
  GHashTable *by_id;   /* id → GPtrArray of entities (borrowed) */
} Index;

static void
index_init (Index     *index,
            GPtrArray *items)
{
  index->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < items->len; i++)
    {
      AictEntity *entity = g_ptr_array_index (items, i);
      const char *id = _aict_entity_peek_id (entity);
      GPtrArray *same;

      if (id == NULL)
        id = "";
      same = g_hash_table_lookup (index->by_id, id);
      if (same == NULL)
        {
          same = g_ptr_array_new ();
          g_hash_table_insert (index->by_id, (gpointer) id, same);
        }
      g_ptr_array_add (same, entity);
    }
}

static void
index_clear (Index *index)
{
  g_clear_pointer (&index->by_id, g_hash_table_unref);
}

/* The rank of @entity among the objects of @items with its id. */
static guint
rank_of (Index      *index,
         AictEntity *entity)
{
  const char *id = _aict_entity_peek_id (entity);
  GPtrArray *same = g_hash_table_lookup (index->by_id, id != NULL ? id : "");
  guint rank = 0;

  if (same != NULL)
    g_ptr_array_find (same, entity, &rank);

  return rank;
}

/* The object of @index matching @entity (of rank @rank in its side). */
static AictEntity *
index_match (Index      *index,
             AictEntity *entity,
             guint       rank)
{
  const char *id = _aict_entity_peek_id (entity);
  GPtrArray *same = g_hash_table_lookup (index->by_id, id != NULL ? id : "");

  if (same == NULL || rank >= same->len)
    return NULL;

  return g_ptr_array_index (same, rank);
}

static GPtrArray *
model_items (GListModel *model)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

static void diff_items (Differ             *d,
                        const AictTypeInfo *info,
                        GPtrArray          *old_items,
                        GPtrArray          *new_items,
                        const char         *meeting_id);

/* The children of a meeting, added or removed with it. */
static void
list_children (Differ             *d,
               const AictTypeInfo *info,
               AictEntity         *meeting,
               AictDiffKind        kind)
{
  for (guint i = 0; i < info->n_fields; i++)
    {
      const AictFieldInfo *field = &info->fields[i];
      g_autoptr(GPtrArray) children = NULL;

      if (field->kind != AICT_FIELD_ENTITY_LIST)
        continue;

      children = model_items (field->model (meeting));
      for (guint j = 0; j < children->len; j++)
        add_entry (d, kind, field->record->name,
                   kind == AICT_DIFF_REMOVED ? g_ptr_array_index (children, j) : NULL,
                   kind == AICT_DIFF_ADDED ? g_ptr_array_index (children, j) : NULL,
                   _aict_entity_peek_id (meeting));
    }
}

static void
diff_children (Differ             *d,
               const AictTypeInfo *info,
               AictEntity         *old_meeting,
               AictEntity         *new_meeting)
{
  for (guint i = 0; i < info->n_fields; i++)
    {
      const AictFieldInfo *field = &info->fields[i];
      g_autoptr(GPtrArray) old_children = NULL;
      g_autoptr(GPtrArray) new_children = NULL;

      if (field->kind != AICT_FIELD_ENTITY_LIST)
        continue;

      old_children = model_items (field->model (old_meeting));
      new_children = model_items (field->model (new_meeting));
      diff_items (d, field->record, old_children, new_children,
                  _aict_entity_peek_id (new_meeting));
    }
}

static void
diff_items (Differ             *d,
            const AictTypeInfo *info,
            GPtrArray          *old_items,
            GPtrArray          *new_items,
            const char         *meeting_id)
{
  g_autofree const char **skip = _aict_entity_list_names (info);
  gboolean has_children = skip[0] != NULL;
  Index old_index, new_index;

  index_init (&old_index, old_items);
  index_init (&new_index, new_items);

  for (guint i = 0; i < old_items->len; i++)
    {
      AictEntity *old_entity = g_ptr_array_index (old_items, i);
      AictEntity *new_entity = index_match (&new_index, old_entity, rank_of (&old_index, old_entity));
      g_autoptr(JsonNode) old_view = NULL;
      g_autoptr(JsonNode) new_view = NULL;
      g_autoptr(GPtrArray) changes = NULL;

      if (new_entity == NULL)
        {
          add_entry (d, AICT_DIFF_REMOVED, info->name, old_entity, NULL, meeting_id);
          if (has_children)
            list_children (d, info, old_entity, AICT_DIFF_REMOVED);
          continue;
        }

      changes = g_ptr_array_new_with_free_func (_aict_member_change_free);
      /* Most objects have not changed: a look at the storage tells. */
      if (!_aict_fields_equal (info, old_entity, new_entity, skip))
        {
          old_view = aict_entity_to_json_node (old_entity, 0);
          new_view = aict_entity_to_json_node (new_entity, 0);
          _aict_view_compare (old_view, new_view, skip, changes);
        }
      if (changes->len > 0)
        {
          AictDiffEntry *entry = add_entry (d, AICT_DIFF_CHANGED, info->name, old_entity,
                                            new_entity, meeting_id);

          g_ptr_array_extend_and_steal (entry->changes, g_steal_pointer (&changes));
        }
      if (has_children)
        diff_children (d, info, old_entity, new_entity);
    }

  for (guint i = 0; i < new_items->len; i++)
    {
      AictEntity *new_entity = g_ptr_array_index (new_items, i);

      if (index_match (&old_index, new_entity, rank_of (&new_index, new_entity)) != NULL)
        continue;

      add_entry (d, AICT_DIFF_ADDED, info->name, NULL, new_entity, meeting_id);
      if (has_children)
        list_children (d, info, new_entity, AICT_DIFF_ADDED);
    }

  index_clear (&old_index);
  index_clear (&new_index);
}

static JsonNode *
string_node (const char *value)
{
  JsonNode *node = json_node_new (JSON_NODE_NULL);

  if (value != NULL)
    json_node_init_string (node, value);

  return node;
}

static void
diff_dataset_member (GPtrArray  *changes,
                     const char *name,
                     const char *old_value,
                     const char *new_value)
{
  g_autoptr(JsonNode) a = NULL;
  g_autoptr(JsonNode) b = NULL;

  if (g_strcmp0 (old_value, new_value) == 0)
    return;

  a = string_node (old_value);
  b = string_node (new_value);
  add_change (changes, name, a, b);
}

static const AictTypeInfo *
collection_info (AictCollection collection)
{
  switch (collection)
    {
    case AICT_COLLECTION_SOURCES: return &_aict_source_info;
    case AICT_COLLECTION_ACTORS: return &_aict_actor_info;
    case AICT_COLLECTION_PERSONS: return &_aict_person_info;
    case AICT_COLLECTION_PARTNERSHIPS: return &_aict_partnership_info;
    case AICT_COLLECTION_BUDGETS: return &_aict_budget_info;
    case AICT_COLLECTION_MEETINGS: return &_aict_meeting_info;
    case AICT_COLLECTION_N:
    default:
      g_assert_not_reached ();
    }
}

/**
 * aict_dataset_diff:
 * @old_dataset: the dataset before
 * @new_dataset: the dataset after
 *
 * Compares two datasets: which objects were added, removed or changed,
 * and for each object changed, which members, with their old and new
 * values (see [class@Aict.Diff] for how objects are matched and in which
 * order they come).  The datasets need not be valid; neither is changed.
 * A dataset compared with itself gives an empty diff.
 *
 * Returns: (transfer full): the differences
 *
 * Since: 0.2
 */
AictDiff *
aict_dataset_diff (AictDataset *old_dataset,
                   AictDataset *new_dataset)
{
  g_autoptr(AictDiff) diff = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  Differ d;

  g_return_val_if_fail (AICT_IS_DATASET (old_dataset), NULL);
  g_return_val_if_fail (AICT_IS_DATASET (new_dataset), NULL);

  diff = g_object_new (AICT_TYPE_DIFF, NULL);
  d.diff = diff;
  d.old_dataset = old_dataset;
  d.new_dataset = new_dataset;

  changes = g_ptr_array_new_with_free_func (_aict_member_change_free);
  diff_dataset_member (changes, "title", aict_dataset_get_title (old_dataset),
                       aict_dataset_get_title (new_dataset));
  diff_dataset_member (changes, "description", aict_dataset_get_description (old_dataset),
                       aict_dataset_get_description (new_dataset));
  diff_dataset_member (changes, "language", aict_dataset_get_language (old_dataset),
                       aict_dataset_get_language (new_dataset));
  if (changes->len > 0)
    {
      AictDiffEntry *entry = add_entry (&d, AICT_DIFF_CHANGED, "dataset", NULL, NULL, NULL);

      g_ptr_array_extend_and_steal (entry->changes, g_steal_pointer (&changes));
    }

  for (AictCollection c = 0; c < AICT_COLLECTION_N; c++)
    diff_items (&d, collection_info (c), _aict_dataset_get_items (old_dataset, c),
                _aict_dataset_get_items (new_dataset, c), NULL);

  return g_steal_pointer (&diff);
}

/**
 * aict_diff_get_n_entries:
 * @self: an [class@Aict.Diff]
 *
 * Gets how many objects were added, removed or changed.
 *
 * Returns: how many objects were added, removed or changed
 *
 * Since: 0.2
 */
guint
aict_diff_get_n_entries (AictDiff *self)
{
  g_return_val_if_fail (AICT_IS_DIFF (self), 0);
  return self->entries->len;
}

/**
 * aict_diff_get_entry:
 * @self: an [class@Aict.Diff]
 * @i: an entry, below [method@Aict.Diff.get_n_entries]
 *
 * Gets the @i-th entry.
 *
 * Returns: (transfer none): the @i-th entry
 *
 * Since: 0.2
 */
AictDiffEntry *
aict_diff_get_entry (AictDiff *self,
                     guint     i)
{
  g_return_val_if_fail (AICT_IS_DIFF (self), NULL);
  g_return_val_if_fail (i < self->entries->len, NULL);
  return g_ptr_array_index (self->entries, i);
}

/**
 * aict_diff_is_empty:
 * @self: an [class@Aict.Diff]
 *
 * Tells whether the two datasets hold the same data.
 *
 * Returns: whether the two datasets hold the same data
 *
 * Since: 0.2
 */
gboolean
aict_diff_is_empty (AictDiff *self)
{
  g_return_val_if_fail (AICT_IS_DIFF (self), TRUE);
  return self->entries->len == 0;
}

/**
 * aict_diff_count:
 * @self: an [class@Aict.Diff]
 * @kind: added, removed or changed
 * @type_name: (nullable): a type name (`partnership`, see
 *   [method@Aict.DiffEntry.get_type_name]), or %NULL for every type
 *
 * Counts the entries of one kind, for a summary ("3 partnerships
 * changed").
 *
 * Returns: how many
 *
 * Since: 0.2
 */
guint
aict_diff_count (AictDiff     *self,
                 AictDiffKind  kind,
                 const char   *type_name)
{
  guint n = 0;

  g_return_val_if_fail (AICT_IS_DIFF (self), 0);

  for (guint i = 0; i < self->entries->len; i++)
    {
      AictDiffEntry *entry = g_ptr_array_index (self->entries, i);

      if (entry->kind == kind && (type_name == NULL || strcmp (entry->type_name, type_name) == 0))
        n++;
    }

  return n;
}

/**
 * aict_diff_to_json:
 * @self: an [class@Aict.Diff]
 *
 * Gives @self as JSON text, what `aict diff --json` prints (doc/cli.md):
 * an object with `identical`, the `counts` of `added`, `removed` and
 * `changed` objects, and the `entries`, each with its `change`, `type`,
 * `id`, `meeting`, and either the `object` (its JSON view, for an object
 * added or removed) or the `members` changed, each with its `path`,
 * `old` and `new` values.  Every control character in the data is
 * escaped, so any JSON reader takes it.
 *
 * Returns: (transfer full): the JSON text, ending with a newline
 *
 * Since: 0.2
 */
char *
aict_diff_to_json (AictDiff *self)
{
  g_autoptr(JsonBuilder) b = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  char *text;
  gsize length;

  g_return_val_if_fail (AICT_IS_DIFF (self), NULL);

  b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "identical");
  json_builder_add_boolean_value (b, self->entries->len == 0);
  json_builder_set_member_name (b, "counts");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "added");
  json_builder_add_int_value (b, aict_diff_count (self, AICT_DIFF_ADDED, NULL));
  json_builder_set_member_name (b, "removed");
  json_builder_add_int_value (b, aict_diff_count (self, AICT_DIFF_REMOVED, NULL));
  json_builder_set_member_name (b, "changed");
  json_builder_add_int_value (b, aict_diff_count (self, AICT_DIFF_CHANGED, NULL));
  json_builder_end_object (b);

  json_builder_set_member_name (b, "entries");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->entries->len; i++)
    {
      AictDiffEntry *entry = g_ptr_array_index (self->entries, i);

      json_builder_begin_object (b);
      _aict_json_builder_add_string_member (b, "change", _aict_enum_nick (AICT_TYPE_DIFF_KIND, entry->kind));
      _aict_json_builder_add_string_member (b, "type", entry->type_name);
      _aict_json_builder_add_string_member (b, "id", entry->id);
      _aict_json_builder_add_string_member (b, "meeting", entry->meeting_id);
      if (entry->kind == AICT_DIFF_CHANGED)
        {
          json_builder_set_member_name (b, "members");
          json_builder_begin_array (b);
          for (guint j = 0; j < entry->changes->len; j++)
            {
              AictMemberChange *change = g_ptr_array_index (entry->changes, j);

              json_builder_begin_object (b);
              _aict_json_builder_add_string_member (b, "path", change->path);
              _aict_json_builder_add_node_member (b, "old", change->old_value);
              _aict_json_builder_add_node_member (b, "new", change->new_value);
              json_builder_end_object (b);
            }
          json_builder_end_array (b);
        }
      else
        _aict_json_builder_add_node_member (b, "object", entry->view);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  /* Views and counts: no double, a few levels deep; it cannot fail. */
  text = _aict_json_node_to_data (root, G_MAXUINT, &length, &error);
  g_assert_no_error (error);

  return text;
}
