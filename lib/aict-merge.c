/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-merge.h"

#include <string.h>

#include "aict-codec-private.h"
#include "aict-diff-private.h"
#include "aict-entity-json.h"
#include "aict-entity-private.h"
#include "aict-enum-types.h"
#include "aict-error.h"
#include "aict-i18n-private.h"
#include "aict-json-node-private.h"
#include "aict-source-ref.h"

/**
 * AictMergeOptions:
 *
 * How [class@Aict.Merge] settles conflicts: a [enum@Aict.MergeRule] and,
 * for %AICT_MERGE_PREFER_FILE, which file wins; and the limits the merged
 * dataset is loaded with.  A GObject with one property each, so that
 * `Aict.MergeOptions(rule=Aict.MergeRule.PREFER_NEWER)` (Python) and
 * `new Aict.MergeOptions({rule: ...})` (GJS) work.
 *
 * Since: 0.2
 */
struct _AictMergeOptions
{
  GObject parent_instance;

  AictMergeRule rule;
  guint preferred_file;
  AictLoadOptions *load_options;   /* NULL: the defaults */
};

G_DEFINE_FINAL_TYPE (AictMergeOptions, aict_merge_options, G_TYPE_OBJECT)

enum
{
  OPTIONS_PROP_0,
  OPTIONS_PROP_RULE,
  OPTIONS_PROP_PREFERRED_FILE,
  OPTIONS_PROP_LOAD_OPTIONS,
  OPTIONS_N_PROPS
};

static GParamSpec *options_properties[OPTIONS_N_PROPS];

static void
aict_merge_options_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AictMergeOptions *self = AICT_MERGE_OPTIONS (object);

  switch (prop_id)
    {
    case OPTIONS_PROP_RULE:
      g_value_set_enum (value, self->rule);
      break;

    case OPTIONS_PROP_PREFERRED_FILE:
      g_value_set_uint (value, self->preferred_file);
      break;

    case OPTIONS_PROP_LOAD_OPTIONS:
      g_value_set_object (value, self->load_options);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_merge_options_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AictMergeOptions *self = AICT_MERGE_OPTIONS (object);

  switch (prop_id)
    {
    case OPTIONS_PROP_RULE:
      aict_merge_options_set_rule (self, g_value_get_enum (value));
      break;

    case OPTIONS_PROP_PREFERRED_FILE:
      aict_merge_options_set_preferred_file (self, g_value_get_uint (value));
      break;

    case OPTIONS_PROP_LOAD_OPTIONS:
      aict_merge_options_set_load_options (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_merge_options_dispose (GObject *object)
{
  AictMergeOptions *self = AICT_MERGE_OPTIONS (object);

  g_clear_object (&self->load_options);

  G_OBJECT_CLASS (aict_merge_options_parent_class)->dispose (object);
}

static void
aict_merge_options_class_init (AictMergeOptionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = aict_merge_options_get_property;
  object_class->set_property = aict_merge_options_set_property;
  object_class->dispose = aict_merge_options_dispose;

  /**
   * AictMergeOptions:rule:
   *
   * How conflicts are settled.
   *
   * Since: 0.2
   */
  options_properties[OPTIONS_PROP_RULE] =
    g_param_spec_enum ("rule", NULL, NULL, AICT_TYPE_MERGE_RULE, AICT_MERGE_REFUSE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AictMergeOptions:preferred-file:
   *
   * The file whose version wins under %AICT_MERGE_PREFER_FILE, counted
   * from 0 in the order the datasets were added.
   *
   * Since: 0.2
   */
  options_properties[OPTIONS_PROP_PREFERRED_FILE] =
    g_param_spec_uint ("preferred-file", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AictMergeOptions:load-options:
   *
   * The limits the merged dataset is loaded with (a copy), or %NULL for
   * the defaults.
   *
   * Since: 0.2
   */
  options_properties[OPTIONS_PROP_LOAD_OPTIONS] =
    g_param_spec_object ("load-options", NULL, NULL, AICT_TYPE_LOAD_OPTIONS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, OPTIONS_N_PROPS, options_properties);
}

static void
aict_merge_options_init (AictMergeOptions *self)
{
  self->rule = AICT_MERGE_REFUSE;
}

/**
 * aict_merge_options_new:
 *
 * Creates options with the rule %AICT_MERGE_REFUSE.
 *
 * Returns: (transfer full): options with the rule %AICT_MERGE_REFUSE
 *
 * Since: 0.2
 */
AictMergeOptions *
aict_merge_options_new (void)
{
  return g_object_new (AICT_TYPE_MERGE_OPTIONS, NULL);
}

/**
 * aict_merge_options_copy:
 * @self: an [class@Aict.MergeOptions]
 *
 * Copies @self.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.2
 */
AictMergeOptions *
aict_merge_options_copy (const AictMergeOptions *self)
{
  AictMergeOptions *copy;

  g_return_val_if_fail (AICT_IS_MERGE_OPTIONS ((AictMergeOptions *) self), NULL);

  copy = aict_merge_options_new ();
  copy->rule = self->rule;
  copy->preferred_file = self->preferred_file;
  if (self->load_options != NULL)
    copy->load_options = aict_load_options_copy (self->load_options);

  return copy;
}

/**
 * aict_merge_options_free: (skip)
 * @self: (nullable): an [class@Aict.MergeOptions]
 *
 * Drops a reference to @self, as g_object_unref().
 *
 * Since: 0.2
 */
void
aict_merge_options_free (AictMergeOptions *self)
{
  if (self != NULL)
    g_object_unref (self);
}

/**
 * aict_merge_options_get_rule: (get-property rule)
 * @self: an [class@Aict.MergeOptions]
 *
 * Gets how conflicts are settled.
 *
 * Returns: how conflicts are settled
 *
 * Since: 0.2
 */
AictMergeRule
aict_merge_options_get_rule (const AictMergeOptions *self)
{
  g_return_val_if_fail (AICT_IS_MERGE_OPTIONS ((AictMergeOptions *) self), AICT_MERGE_REFUSE);
  return self->rule;
}

/**
 * aict_merge_options_set_rule: (set-property rule)
 * @self: an [class@Aict.MergeOptions]
 * @rule: how conflicts are settled
 *
 * Sets how conflicts are settled.
 *
 * Since: 0.2
 */
void
aict_merge_options_set_rule (AictMergeOptions *self,
                             AictMergeRule     rule)
{
  g_return_if_fail (AICT_IS_MERGE_OPTIONS (self));
  g_return_if_fail (rule <= AICT_MERGE_PREFER_NEWER);

  if (self->rule == rule)
    return;
  self->rule = rule;
  g_object_notify_by_pspec (G_OBJECT (self), options_properties[OPTIONS_PROP_RULE]);
}

/**
 * aict_merge_options_get_preferred_file: (get-property preferred-file)
 * @self: an [class@Aict.MergeOptions]
 *
 * Gets the file that wins under %AICT_MERGE_PREFER_FILE.
 *
 * Returns: the file that wins under %AICT_MERGE_PREFER_FILE, counted from
 *   0 in the order the datasets were added
 *
 * Since: 0.2
 */
guint
aict_merge_options_get_preferred_file (const AictMergeOptions *self)
{
  g_return_val_if_fail (AICT_IS_MERGE_OPTIONS ((AictMergeOptions *) self), 0);
  return self->preferred_file;
}

/**
 * aict_merge_options_set_preferred_file: (set-property preferred-file)
 * @self: an [class@Aict.MergeOptions]
 * @index: a dataset, counted from 0 in the order they were added
 *
 * Sets the file whose version wins under %AICT_MERGE_PREFER_FILE.
 *
 * Since: 0.2
 */
void
aict_merge_options_set_preferred_file (AictMergeOptions *self,
                                       guint             index)
{
  g_return_if_fail (AICT_IS_MERGE_OPTIONS (self));

  if (self->preferred_file == index)
    return;
  self->preferred_file = index;
  g_object_notify_by_pspec (G_OBJECT (self), options_properties[OPTIONS_PROP_PREFERRED_FILE]);
}

/**
 * aict_merge_options_get_load_options: (get-property load-options)
 * @self: an [class@Aict.MergeOptions]
 *
 * Gets the limits the merged dataset is loaded with.
 *
 * Returns: (transfer none) (nullable): the limits the merged dataset is
 *   loaded with, or %NULL for the defaults
 *
 * Since: 0.2
 */
const AictLoadOptions *
aict_merge_options_get_load_options (const AictMergeOptions *self)
{
  g_return_val_if_fail (AICT_IS_MERGE_OPTIONS ((AictMergeOptions *) self), NULL);
  return self->load_options;
}

/**
 * aict_merge_options_set_load_options: (set-property load-options)
 * @self: an [class@Aict.MergeOptions]
 * @load_options: (nullable): limits, or %NULL for the defaults
 *
 * Sets the limits the merged dataset is loaded with (see
 * [class@Aict.Merge]): the merge of large files may need a larger
 * [method@Aict.LoadOptions.set_max_file_size] than each of them.  What
 * the merged dataset saves must load again under the same limits.
 *
 * Since: 0.2
 */
void
aict_merge_options_set_load_options (AictMergeOptions      *self,
                                     const AictLoadOptions *load_options)
{
  g_return_if_fail (AICT_IS_MERGE_OPTIONS (self));
  g_return_if_fail (load_options == NULL || AICT_IS_LOAD_OPTIONS ((AictLoadOptions *) load_options));

  g_clear_object (&self->load_options);
  if (load_options != NULL)
    self->load_options = aict_load_options_copy (load_options);
  g_object_notify_by_pspec (G_OBJECT (self), options_properties[OPTIONS_PROP_LOAD_OPTIONS]);
}

/**
 * AictMergeConflict:
 *
 * One member that two files give different values, found by
 * [method@Aict.Merge.run]: the object (type and id), the path of the
 * member from the object (as in [class@Aict.DiffEntry]; empty when the
 * two files give the id to objects of different types), and the two
 * values as one line of JSON each, with the names of the files.  The
 * "first" file is the first that holds the object; the "other" one
 * disagrees with it.
 *
 * Since: 0.2
 */
struct _AictMergeConflict
{
  GObject parent_instance;

  const char *type_name;
  char *id;
  char *path;
  char *first_file;
  char *first_value;
  char *other_file;
  char *other_value;
  JsonNode *first_node;
  JsonNode *other_node;
  gboolean resolved;
  char *chosen_file;
};

G_DEFINE_FINAL_TYPE (AictMergeConflict, aict_merge_conflict, G_TYPE_OBJECT)

static void
aict_merge_conflict_finalize (GObject *object)
{
  AictMergeConflict *self = AICT_MERGE_CONFLICT (object);

  g_free (self->id);
  g_free (self->path);
  g_free (self->first_file);
  g_free (self->first_value);
  g_free (self->other_file);
  g_free (self->other_value);
  g_free (self->chosen_file);
  g_clear_pointer (&self->first_node, json_node_unref);
  g_clear_pointer (&self->other_node, json_node_unref);

  G_OBJECT_CLASS (aict_merge_conflict_parent_class)->finalize (object);
}

static void
aict_merge_conflict_class_init (AictMergeConflictClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aict_merge_conflict_finalize;
}

static void
aict_merge_conflict_init (AictMergeConflict *self)
{
}

/**
 * aict_merge_conflict_get_type_name:
 * @self: an [class@Aict.MergeConflict]
 *
 * Gets the type of the object in the first file (`partnership`…).
 *
 * Returns: the type of the object in the first file (`partnership`…)
 *
 * Since: 0.2
 */
const char *
aict_merge_conflict_get_type_name (AictMergeConflict *self)
{
  g_return_val_if_fail (AICT_IS_MERGE_CONFLICT (self), NULL);
  return self->type_name;
}

/**
 * aict_merge_conflict_get_id:
 * @self: an [class@Aict.MergeConflict]
 *
 * Gets the id of the object.
 *
 * Returns: the id of the object
 *
 * Since: 0.2
 */
const char *
aict_merge_conflict_get_id (AictMergeConflict *self)
{
  g_return_val_if_fail (AICT_IS_MERGE_CONFLICT (self), NULL);
  return self->id;
}

/**
 * aict_merge_conflict_get_path:
 * @self: an [class@Aict.MergeConflict]
 *
 * Gets the path of the member from the object (`status`,
 * `place.locality`); empty for the whole object.
 *
 * Returns: the path of the member from the object (`status`,
 *   `place.locality`); empty for the whole object
 *
 * Since: 0.2
 */
const char *
aict_merge_conflict_get_path (AictMergeConflict *self)
{
  g_return_val_if_fail (AICT_IS_MERGE_CONFLICT (self), NULL);
  return self->path;
}

/**
 * aict_merge_conflict_get_first_file:
 * @self: an [class@Aict.MergeConflict]
 *
 * Gets the name of the first file that holds the object.
 *
 * Returns: the name of the first file that holds the object
 *
 * Since: 0.2
 */
const char *
aict_merge_conflict_get_first_file (AictMergeConflict *self)
{
  g_return_val_if_fail (AICT_IS_MERGE_CONFLICT (self), NULL);
  return self->first_file;
}

/**
 * aict_merge_conflict_get_first_value:
 * @self: an [class@Aict.MergeConflict]
 *
 * Gets the value in the first file, as one line of JSON.
 *
 * Returns: the value in the first file, as one line of JSON
 *
 * Since: 0.2
 */
const char *
aict_merge_conflict_get_first_value (AictMergeConflict *self)
{
  g_return_val_if_fail (AICT_IS_MERGE_CONFLICT (self), NULL);
  return self->first_value;
}

/**
 * aict_merge_conflict_get_other_file:
 * @self: an [class@Aict.MergeConflict]
 *
 * Gets the name of the file that disagrees with the first.
 *
 * Returns: the name of the file that disagrees with the first
 *
 * Since: 0.2
 */
const char *
aict_merge_conflict_get_other_file (AictMergeConflict *self)
{
  g_return_val_if_fail (AICT_IS_MERGE_CONFLICT (self), NULL);
  return self->other_file;
}

/**
 * aict_merge_conflict_get_other_value:
 * @self: an [class@Aict.MergeConflict]
 *
 * Gets the value in the other file, as one line of JSON.
 *
 * Returns: the value in the other file, as one line of JSON
 *
 * Since: 0.2
 */
const char *
aict_merge_conflict_get_other_value (AictMergeConflict *self)
{
  g_return_val_if_fail (AICT_IS_MERGE_CONFLICT (self), NULL);
  return self->other_value;
}

/**
 * aict_merge_conflict_get_resolved:
 * @self: an [class@Aict.MergeConflict]
 *
 * Gets whether the rule of the merge settled the conflict.
 *
 * Returns: whether the rule of the merge settled the conflict
 *
 * Since: 0.2
 */
gboolean
aict_merge_conflict_get_resolved (AictMergeConflict *self)
{
  g_return_val_if_fail (AICT_IS_MERGE_CONFLICT (self), FALSE);
  return self->resolved;
}

/**
 * aict_merge_conflict_get_chosen_file:
 * @self: an [class@Aict.MergeConflict]
 *
 * Gets the file whose version of the object the merged dataset holds,
 * or %NULL if the conflict was not settled.
 *
 * Returns: (nullable): the file whose version of the object the merged
 *   dataset holds, or %NULL if the conflict was not settled
 *
 * Since: 0.2
 */
const char *
aict_merge_conflict_get_chosen_file (AictMergeConflict *self)
{
  g_return_val_if_fail (AICT_IS_MERGE_CONFLICT (self), NULL);
  return self->chosen_file;
}

/**
 * AictMerge:
 *
 * Combines datasets, the files of several members of a network, into one.
 *
 * Objects are matched by id across the files.  An object that several
 * files hold with the same content (the JSON view of
 * [method@Aict.Entity.to_json_node], its source references aside) is
 * kept once, with the source references of every file, each once.  The
 * same id with different content is a conflict, listed member by member
 * ([class@Aict.MergeConflict]).  A meeting's agenda items, contributions
 * and outcomes are merged the same way, so two files can each add
 * outcomes to one meeting.  With %AICT_MERGE_REFUSE (the default),
 * [method@Aict.Merge.run] then fails; with another [enum@Aict.MergeRule],
 * it keeps the version of the object the rule chooses, with only the
 * source references of the versions identical to it, and records the
 * choice in each conflict.
 *
 * The merged dataset is built as one aict/1 document and loaded, so it
 * is what a file holding every object would give: references resolve
 * across files (an actor in one file named by a partnership of another),
 * and [method@Aict.Dataset.validate] reports what it would report for a
 * loaded file.  Its title, description and language are those of the
 * first file that has them.  Objects come in the order they first appear,
 * file after file.  The datasets merged are not changed.
 *
 * Since: 0.2
 */
struct _AictMerge
{
  GObject parent_instance;

  AictMergeOptions *options;
  GPtrArray *datasets;       /* of AictDataset */
  GPtrArray *names;          /* of char * */
  GPtrArray *conflicts;      /* of AictMergeConflict */
  AictDataset *merged;
  gboolean ran;
};

G_DEFINE_FINAL_TYPE (AictMerge, aict_merge, G_TYPE_OBJECT)

static void
aict_merge_finalize (GObject *object)
{
  AictMerge *self = AICT_MERGE (object);

  g_ptr_array_unref (self->datasets);
  g_ptr_array_unref (self->names);
  g_ptr_array_unref (self->conflicts);
  g_clear_object (&self->merged);
  g_clear_object (&self->options);

  G_OBJECT_CLASS (aict_merge_parent_class)->finalize (object);
}

static void
aict_merge_class_init (AictMergeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aict_merge_finalize;
}

static void
aict_merge_init (AictMerge *self)
{
  self->datasets = g_ptr_array_new_with_free_func (g_object_unref);
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->conflicts = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * aict_merge_new:
 * @options: (nullable): how to settle conflicts, or %NULL to refuse them
 *
 * Creates a new merge, with no dataset yet.
 *
 * Returns: (transfer full): a new merge, with no dataset yet
 *
 * Since: 0.2
 */
AictMerge *
aict_merge_new (const AictMergeOptions *options)
{
  AictMerge *self = g_object_new (AICT_TYPE_MERGE, NULL);

  self->options = options != NULL ? aict_merge_options_copy (options) : aict_merge_options_new ();

  return self;
}

/**
 * aict_merge_add_dataset:
 * @self: an [class@Aict.Merge]
 * @dataset: a dataset to merge
 * @name: (nullable): its name in conflicts and errors (a file name), or
 *   %NULL for its position from 1 (`#1`, `#2`…)
 *
 * Adds a dataset to merge, after those already added.
 *
 * Since: 0.2
 */
void
aict_merge_add_dataset (AictMerge   *self,
                        AictDataset *dataset,
                        const char  *name)
{
  g_return_if_fail (AICT_IS_MERGE (self));
  g_return_if_fail (AICT_IS_DATASET (dataset));
  g_return_if_fail (!self->ran);

  g_ptr_array_add (self->datasets, g_object_ref (dataset));
  g_ptr_array_add (self->names, name != NULL ? g_strdup (name)
                                             : g_strdup_printf ("#%u", self->names->len + 1));
}

/* ---- the merge ---- */

typedef struct
{
  guint file;
  AictEntity *entity;        /* borrowed from the file's dataset */
  const AictTypeInfo *info;
  JsonNode *view;            /* made when needed, see version_view() */
  const char *meeting_id;    /* a child's meeting (borrowed), or NULL */
  JsonObject *format;        /* its aict/1 object in the file's tree (borrowed) */
} Version;

typedef struct
{
  GPtrArray *versions;       /* of Version, in file order */
  int winner;                /* index in versions; -1 when unsettled */
  gboolean conflicting;
} Object;

static void
version_free (gpointer data)
{
  Version *version = data;

  g_clear_pointer (&version->view, json_node_unref);
  g_free (version);
}

static void
object_free (gpointer data)
{
  Object *object = data;

  g_ptr_array_unref (object->versions);
  g_free (object);
}

typedef struct
{
  AictMerge *self;
  GPtrArray *trees;          /* of JsonNode: each file as aict/1 */
  GHashTable *objects;       /* id → Object */
  GPtrArray *order[AICT_COLLECTION_N];   /* of Object (borrowed), first appearance */
  GPtrArray *children;       /* of Object (borrowed), first appearance */
} Merger;

static const char * const collection_members[AICT_COLLECTION_N] = {
  "sources", "actors", "persons", "partnerships", "budgets", "meetings",
};

static void
add_version (Merger             *m,
             GPtrArray          *order,
             guint               file,
             AictEntity         *entity,
             const AictTypeInfo *info,
             const char         *meeting_id,
             JsonObject         *format)
{
  const char *id = _aict_entity_peek_id (entity);
  Version *version = g_new0 (Version, 1);
  Object *object;

  if (id == NULL)
    id = "";

  version->file = file;
  version->entity = entity;
  version->info = info;
  version->meeting_id = meeting_id;
  version->format = format;

  object = g_hash_table_lookup (m->objects, id);
  if (object == NULL)
    {
      object = g_new0 (Object, 1);
      object->versions = g_ptr_array_new_with_free_func (version_free);
      object->winner = 0;
      g_hash_table_insert (m->objects, g_strdup (id), object);
      g_ptr_array_add (order, object);
    }
  g_ptr_array_add (object->versions, version);
}

static JsonObject *
format_item (JsonObject *parent,
             const char *member,
             guint       i)
{
  JsonArray *array;

  if (parent == NULL || !json_object_has_member (parent, member))
    return NULL;
  array = json_object_get_array_member (parent, member);
  if (array == NULL || i >= json_array_get_length (array))
    return NULL;

  return json_array_get_object_element (array, i);
}

static void
gather (Merger *m,
        guint   file)
{
  AictDataset *dataset = g_ptr_array_index (m->self->datasets, file);
  JsonObject *root = json_node_get_object (g_ptr_array_index (m->trees, file));

  for (AictCollection c = 0; c < AICT_COLLECTION_N; c++)
    {
      GPtrArray *items = _aict_dataset_get_items (dataset, c);

      for (guint i = 0; i < items->len; i++)
        {
          AictEntity *entity = g_ptr_array_index (items, i);
          const AictTypeInfo *info = _aict_type_info_for_type (G_OBJECT_TYPE (entity));
          JsonObject *format = format_item (root, collection_members[c], i);

          add_version (m, m->order[c], file, entity, info, NULL, format);

          for (guint f = 0; f < info->n_fields; f++)
            {
              const AictFieldInfo *field = &info->fields[f];
              GListModel *model;
              guint n;

              if (field->kind != AICT_FIELD_ENTITY_LIST)
                continue;

              model = field->model (entity);
              n = g_list_model_get_n_items (model);
              for (guint j = 0; j < n; j++)
                {
                  g_autoptr(AictEntity) child = g_list_model_get_item (model, j);

                  /* The meeting holds a reference to its children. */
                  add_version (m, m->children, file, child, field->record,
                               _aict_entity_peek_id (entity),
                               format_item (format, field->name, j));
                }
            }
        }
    }
}

static const char **
skip_members (const AictTypeInfo *info)
{
  g_autofree const char **lists = _aict_entity_list_names (info);
  GPtrArray *skip = g_ptr_array_new ();

  g_ptr_array_add (skip, (gpointer) "sources");
  for (guint i = 0; lists[i] != NULL; i++)
    g_ptr_array_add (skip, (gpointer) lists[i]);
  g_ptr_array_add (skip, NULL);

  return (const char **) g_ptr_array_free (skip, FALSE);
}

static JsonNode *
string_node (const char *value)
{
  JsonNode *node = json_node_new (JSON_NODE_NULL);

  if (value != NULL)
    json_node_init_string (node, value);

  return node;
}

static JsonNode *
version_view (Version *version)
{
  if (version->view == NULL)
    version->view = aict_entity_to_json_node (version->entity, 0);

  return version->view;
}

/* Appends to @changes how @b differs from @a; nothing if they are the same. */
static void
compare_versions (Version   *a,
                  Version   *b,
                  GPtrArray *changes)
{
  g_autofree const char **skip = NULL;

  if (a->info != b->info)
    {
      AictMemberChange *change = g_new0 (AictMemberChange, 1);

      change->path = g_strdup ("");
      change->old_value = json_node_ref (version_view (a));
      change->new_value = json_node_ref (version_view (b));
      change->old_text = _aict_json_value_text (a->view);
      change->new_text = _aict_json_value_text (b->view);
      g_ptr_array_add (changes, change);
      return;
    }

  skip = skip_members (a->info);
  /* Most objects are the same in every file: a look at the storage tells. */
  if (!_aict_fields_equal (a->info, a->entity, b->entity, skip))
    _aict_view_compare (version_view (a), version_view (b), skip, changes);

  if (g_strcmp0 (a->meeting_id, b->meeting_id) != 0)
    {
      AictMemberChange *change = g_new0 (AictMemberChange, 1);

      change->path = g_strdup ("meeting");
      change->old_value = string_node (a->meeting_id);
      change->new_value = string_node (b->meeting_id);
      change->old_text = _aict_json_value_text (change->old_value);
      change->new_text = _aict_json_value_text (change->new_value);
      g_ptr_array_add (changes, change);
    }
}

static gboolean
versions_equal (Version *a,
                Version *b)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (_aict_member_change_free);

  compare_versions (a, b, changes);
  return changes->len == 0;
}

/* The most recent date of the sources @version cites, in its own file. */
static const AictPartialDate *
newest_source_date (Merger  *m,
                    Version *version)
{
  AictDataset *dataset = g_ptr_array_index (m->self->datasets, version->file);
  GPtrArray *refs = _aict_entity_peek_source_refs (version->entity);
  const AictPartialDate *newest = NULL;

  for (guint i = 0; refs != NULL && i < refs->len; i++)
    {
      const char *id = aict_source_ref_get_source (g_ptr_array_index (refs, i));
      AictSource *source = id != NULL ? aict_dataset_lookup_source (dataset, id) : NULL;
      const AictPartialDate *date = source != NULL ? aict_source_get_date (source) : NULL;

      if (date != NULL && (newest == NULL || aict_partial_date_sort_compare (date, newest) > 0))
        newest = date;
    }

  return newest;
}

/* The version the rule keeps, or -1. */
static int
choose (Merger *m,
        Object *object)
{
  const AictMergeOptions *options = m->self->options;

  switch (options->rule)
    {
    case AICT_MERGE_REFUSE:
      return -1;

    case AICT_MERGE_PREFER_FILE:
      for (guint i = 0; i < object->versions->len; i++)
        if (((Version *) g_ptr_array_index (object->versions, i))->file == options->preferred_file)
          return (int) i;
      return -1;

    case AICT_MERGE_PREFER_NEWER:
      {
        g_autofree const AictPartialDate **dates = g_new0 (const AictPartialDate *,
                                                            object->versions->len);

        for (guint i = 0; i < object->versions->len; i++)
          dates[i] = newest_source_date (m, g_ptr_array_index (object->versions, i));

        /* The winner's sources are strictly more recent than those of
         * every version that differs from it ("2016" and "2016-05"
         * overlap: neither is more recent). */
        for (guint i = 0; i < object->versions->len; i++)
          {
            gboolean wins = dates[i] != NULL;

            for (guint j = 0; wins && j < object->versions->len; j++)
              {
                if (j == i || versions_equal (g_ptr_array_index (object->versions, i),
                                              g_ptr_array_index (object->versions, j)))
                  continue;
                if (dates[j] != NULL && aict_partial_date_compare (dates[i], dates[j]) <= 0)
                  wins = FALSE;
              }
            if (wins)
              return (int) i;
          }
        return -1;
      }

    default:
      g_assert_not_reached ();
    }
}

static void
settle (Merger *m,
        Object *object)
{
  Version *first = g_ptr_array_index (object->versions, 0);
  guint n_before = m->self->conflicts->len;

  for (guint i = 1; i < object->versions->len; i++)
    {
      Version *other = g_ptr_array_index (object->versions, i);
      g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (_aict_member_change_free);

      compare_versions (first, other, changes);
      for (guint j = 0; j < changes->len; j++)
        {
          AictMemberChange *change = g_ptr_array_index (changes, j);
          AictMergeConflict *conflict = g_object_new (AICT_TYPE_MERGE_CONFLICT, NULL);

          conflict->type_name = first->info->name;
          conflict->id = g_strdup (_aict_entity_peek_id (first->entity));
          conflict->path = g_steal_pointer (&change->path);
          conflict->first_file = g_strdup (g_ptr_array_index (m->self->names, first->file));
          conflict->first_value = g_steal_pointer (&change->old_text);
          conflict->other_file = g_strdup (g_ptr_array_index (m->self->names, other->file));
          conflict->other_value = g_steal_pointer (&change->new_text);
          conflict->first_node = g_steal_pointer (&change->old_value);
          conflict->other_node = g_steal_pointer (&change->new_value);
          g_ptr_array_add (m->self->conflicts, conflict);
        }
    }

  if (m->self->conflicts->len == n_before)
    return;

  object->conflicting = TRUE;
  object->winner = choose (m, object);
  for (guint i = n_before; i < m->self->conflicts->len; i++)
    {
      AictMergeConflict *conflict = g_ptr_array_index (m->self->conflicts, i);

      conflict->resolved = object->winner >= 0;
      if (object->winner >= 0)
        {
          Version *winner = g_ptr_array_index (object->versions, object->winner);

          conflict->chosen_file = g_strdup (g_ptr_array_index (m->self->names, winner->file));
        }
    }
}

/* The winner's aict/1 object, its child lists left out, with the source
 * references of every version identical to it, each once. */
static JsonObject *
build_object (Object *object)
{
  Version *winner = g_ptr_array_index (object->versions, object->winner);
  g_autofree const char **lists = _aict_entity_list_names (winner->info);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *out = json_object_new ();
  JsonArray *refs = json_array_new ();
  g_autoptr(GList) names = NULL;

  if (winner->format != NULL)
    {
      names = json_object_get_members (winner->format);
      for (GList *l = names; l != NULL; l = l->next)
        if (strcmp (l->data, "sources") != 0 && !g_strv_contains (lists, l->data))
          json_object_set_member (out, l->data,
                                  json_node_copy (json_object_get_member (winner->format, l->data)));
    }

  for (guint i = 0; i < object->versions->len; i++)
    {
      Version *version = g_ptr_array_index (object->versions, i);
      GPtrArray *source_refs;

      if (object->conflicting && version != winner && !versions_equal (winner, version))
        continue;

      source_refs = _aict_entity_peek_source_refs (version->entity);
      for (guint j = 0; source_refs != NULL && j < source_refs->len; j++)
        {
          const AictSourceRef *ref = g_ptr_array_index (source_refs, j);
          const char *source = aict_source_ref_get_source (ref);
          const char *locator = aict_source_ref_get_locator (ref);
          char *key = g_strconcat (source != NULL ? source : "", "\n",
                                   locator != NULL ? locator : "", locator != NULL ? "+" : "-",
                                   NULL);
          JsonObject *item;

          if (g_hash_table_contains (seen, key))
            {
              g_free (key);
              continue;
            }
          g_hash_table_add (seen, key);

          item = json_object_new ();
          if (source != NULL)
            json_object_set_string_member (item, "source", source);
          if (locator != NULL)
            json_object_set_string_member (item, "locator", locator);
          json_array_add_object_element (refs, item);
        }
    }

  if (json_array_get_length (refs) > 0)
    json_object_set_array_member (out, "sources", refs);
  else
    json_array_unref (refs);

  return out;
}

static void
append_to (JsonObject *parent,
           const char *member,
           JsonObject *item)
{
  if (!json_object_has_member (parent, member))
    json_object_set_array_member (parent, member, json_array_new ());
  json_array_add_object_element (json_object_get_array_member (parent, member), item);
}

static void
copy_dataset_member (Merger     *m,
                     JsonObject *out,
                     const char *member)
{
  for (guint i = 0; i < m->trees->len; i++)
    {
      JsonObject *root = json_node_get_object (g_ptr_array_index (m->trees, i));

      if (json_object_has_member (root, member))
        {
          json_object_set_member (out, member, json_node_copy (json_object_get_member (root, member)));
          return;
        }
    }
}

static AictCollection
collection_of (const AictTypeInfo *info)
{
  static const AictTypeInfo * const infos[AICT_COLLECTION_N] = {
    &_aict_source_info, &_aict_actor_info, &_aict_person_info,
    &_aict_partnership_info, &_aict_budget_info, &_aict_meeting_info,
  };

  for (AictCollection c = 0; c < AICT_COLLECTION_N; c++)
    if (infos[c] == info)
      return c;

  g_assert_not_reached ();
}

/* Adds @object (its version kept) to the tree: an object of a collection
 * at once, a meeting's child once the meetings are there (@deferred). */
static void
place (JsonObject *root,
       GHashTable *meetings,
       GPtrArray  *deferred,
       Object     *object)
{
  Version *winner = g_ptr_array_index (object->versions, object->winner);
  JsonObject *item;

  if (winner->meeting_id != NULL)
    {
      if (deferred != NULL)
        {
          g_ptr_array_add (deferred, object);
          return;
        }
      item = g_hash_table_lookup (meetings, winner->meeting_id);
      /* Its meeting lost a conflict to an object of another type. */
      if (item == NULL)
        return;
      for (guint f = 0; f < _aict_meeting_info.n_fields; f++)
        {
          const AictFieldInfo *field = &_aict_meeting_info.fields[f];

          if (field->kind == AICT_FIELD_ENTITY_LIST && field->record == winner->info)
            append_to (item, field->name, build_object (object));
        }
      return;
    }

  item = build_object (object);
  if (winner->info == &_aict_meeting_info)
    g_hash_table_insert (meetings, (gpointer) _aict_entity_peek_id (winner->entity), item);
  append_to (root, collection_members[collection_of (winner->info)], item);
}

static JsonNode *
build_tree (Merger *m)
{
  g_autoptr(GHashTable) meetings = g_hash_table_new (g_str_hash, g_str_equal);  /* id → JsonObject */
  g_autoptr(GPtrArray) deferred = g_ptr_array_new ();
  JsonObject *root = json_object_new ();
  JsonNode *node;

  json_object_set_string_member (root, "format", AICT_FORMAT_NAME);
  copy_dataset_member (m, root, "title");
  copy_dataset_member (m, root, "description");
  copy_dataset_member (m, root, "language");

  for (AictCollection c = 0; c < AICT_COLLECTION_N; c++)
    for (guint i = 0; i < m->order[c]->len; i++)
      place (root, meetings, deferred, g_ptr_array_index (m->order[c], i));
  for (guint i = 0; i < m->children->len; i++)
    place (root, meetings, deferred, g_ptr_array_index (m->children, i));
  for (guint i = 0; i < deferred->len; i++)
    place (root, meetings, NULL, g_ptr_array_index (deferred, i));

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, root);

  return node;
}

/* A file name for a message: as given, or as a JSON string if it holds
 * a control character (a message is printed as it is). */
static char *
display_name (const char *name)
{
  for (const char *p = name; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      {
        g_autoptr(JsonNode) node = string_node (name);

        return _aict_json_value_text (node);
      }

  return g_strdup (name);
}

static void
set_conflict_error (AictMerge  *self,
                    GError    **error)
{
  g_autoptr(GString) list = g_string_new (NULL);
  guint n_unresolved = aict_merge_get_n_unresolved (self);
  guint shown = 0;

  for (guint i = 0; i < self->conflicts->len && shown < 3; i++)
    {
      AictMergeConflict *conflict = g_ptr_array_index (self->conflicts, i);
      g_autoptr(JsonNode) id = string_node (conflict->id);
      g_autofree char *id_text = _aict_json_value_text (id);
      g_autofree char *first_file = display_name (conflict->first_file);
      g_autofree char *other_file = display_name (conflict->other_file);

      if (conflict->resolved)
        continue;
      if (shown++ > 0)
        g_string_append (list, "; ");
      /* TRANSLATORS: one conflict of a merge: the type of the object, its
       * id (quoted JSON), the member, its value in the first file, that
       * file, its value in the other file, that file */
      g_string_append_printf (list, _("%s %s, %s: %s in %s, %s in %s"),
                              conflict->type_name, id_text,
                              conflict->path[0] != '\0' ? conflict->path : _("the whole object"),
                              conflict->first_value, first_file,
                              conflict->other_value, other_file);
    }

  g_set_error (error, AICT_ERROR, AICT_ERROR_CONFLICT,
               g_dngettext (GETTEXT_PACKAGE,
                            "the files disagree on %u member: %s%s",
                            "the files disagree on %u members: %s%s", n_unresolved),
               n_unresolved, list->str, n_unresolved > shown ? "…" : "");
}

/**
 * aict_merge_run:
 * @self: an [class@Aict.Merge]
 * @error: return location for a [error@Aict.Error]
 *
 * Merges the datasets added (see [class@Aict.Merge] for how).  Whether
 * it succeeds or not, [method@Aict.Merge.get_conflict] then lists every
 * conflict found.  A merge runs once.
 *
 * Returns: %TRUE, with the dataset at [method@Aict.Merge.get_dataset];
 *   %FALSE with @error set: %AICT_ERROR_CONFLICT, naming the first
 *   conflicts left unsettled; %AICT_ERROR_SCHEMA if a dataset cannot be
 *   written (see [method@Aict.Dataset.to_bytes]); %AICT_ERROR_LIMIT if
 *   the merged dataset exceeds the limits of
 *   [method@Aict.MergeOptions.set_load_options]
 *
 * Since: 0.2
 */
gboolean
aict_merge_run (AictMerge  *self,
                GError    **error)
{
  g_autoptr(JsonNode) tree = NULL;
  g_autoptr(GPtrArray) trees = NULL;
  g_autoptr(GHashTable) objects = NULL;
  g_autoptr(GPtrArray) children = NULL;
  Merger m = { self };
  gboolean settled = TRUE;

  g_return_val_if_fail (AICT_IS_MERGE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (!self->ran, FALSE);

  self->ran = TRUE;

  if (self->options->rule == AICT_MERGE_PREFER_FILE &&
      self->options->preferred_file >= self->datasets->len)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("the preferred file is number %u, but there are only %u files"),
                   self->options->preferred_file + 1, self->datasets->len);
      return FALSE;
    }

  trees = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  for (guint i = 0; i < self->datasets->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      JsonNode *file_tree = aict_dataset_to_json_node (g_ptr_array_index (self->datasets, i),
                                                       &local_error);

      if (file_tree == NULL)
        {
          g_set_error (error, local_error->domain, local_error->code, "%s: %s",
                       (const char *) g_ptr_array_index (self->names, i), local_error->message);
          return FALSE;
        }
      g_ptr_array_add (trees, file_tree);
    }

  objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, object_free);
  children = g_ptr_array_new ();
  m.trees = trees;
  m.objects = objects;
  m.children = children;
  for (AictCollection c = 0; c < AICT_COLLECTION_N; c++)
    m.order[c] = g_ptr_array_new ();

  for (guint i = 0; i < self->datasets->len; i++)
    gather (&m, i);

  for (AictCollection c = 0; c < AICT_COLLECTION_N; c++)
    for (guint i = 0; i < m.order[c]->len; i++)
      {
        Object *object = g_ptr_array_index (m.order[c], i);

        settle (&m, object);
        settled = settled && object->winner >= 0;
      }
  for (guint i = 0; i < m.children->len; i++)
    {
      Object *object = g_ptr_array_index (m.children, i);

      settle (&m, object);
      settled = settled && object->winner >= 0;
    }

  if (!settled)
    set_conflict_error (self, error);
  else
    {
      tree = build_tree (&m);
      self->merged = aict_dataset_new_from_json_node_full (tree, self->options->load_options, error);
    }

  for (AictCollection c = 0; c < AICT_COLLECTION_N; c++)
    g_ptr_array_unref (m.order[c]);

  return self->merged != NULL;
}

/**
 * aict_merge_get_dataset:
 * @self: an [class@Aict.Merge]
 *
 * Gets the merged dataset, or %NULL if the merge did not run or
 * failed.
 *
 * Returns: (transfer none) (nullable): the merged dataset, or %NULL if
 *   the merge did not run or failed
 *
 * Since: 0.2
 */
AictDataset *
aict_merge_get_dataset (AictMerge *self)
{
  g_return_val_if_fail (AICT_IS_MERGE (self), NULL);
  return self->merged;
}

/**
 * aict_merge_get_n_conflicts:
 * @self: an [class@Aict.Merge]
 *
 * Gets how many conflicts the merge found, settled or not.
 *
 * Returns: how many conflicts the merge found, settled or not
 *
 * Since: 0.2
 */
guint
aict_merge_get_n_conflicts (AictMerge *self)
{
  g_return_val_if_fail (AICT_IS_MERGE (self), 0);
  return self->conflicts->len;
}

/**
 * aict_merge_get_conflict:
 * @self: an [class@Aict.Merge]
 * @i: a conflict, below [method@Aict.Merge.get_n_conflicts]
 *
 * Gets a conflict.  Conflicts come object by object in the order of the
 * merged dataset (collection by collection, then the meetings' children),
 * member by member in the order of the format.
 *
 * Returns: (transfer none): the @i-th conflict
 *
 * Since: 0.2
 */
AictMergeConflict *
aict_merge_get_conflict (AictMerge *self,
                         guint      i)
{
  g_return_val_if_fail (AICT_IS_MERGE (self), NULL);
  g_return_val_if_fail (i < self->conflicts->len, NULL);
  return g_ptr_array_index (self->conflicts, i);
}

/**
 * aict_merge_get_n_unresolved:
 * @self: an [class@Aict.Merge]
 *
 * Gets how many conflicts the rule did not settle.
 *
 * Returns: how many conflicts the rule did not settle
 *
 * Since: 0.2
 */
guint
aict_merge_get_n_unresolved (AictMerge *self)
{
  guint n = 0;

  g_return_val_if_fail (AICT_IS_MERGE (self), 0);

  for (guint i = 0; i < self->conflicts->len; i++)
    if (!((AictMergeConflict *) g_ptr_array_index (self->conflicts, i))->resolved)
      n++;

  return n;
}

/**
 * aict_merge_to_json:
 * @self: an [class@Aict.Merge]
 *
 * Gives the outcome of the merge as JSON text, what `aict merge --json`
 * prints (doc/cli.md): an object with `merged` (whether the merge gave a
 * dataset), `files`, the counts of `conflicts` and `unresolved`, and the
 * `conflicts`, each with `type`, `id`, `path`, `first` and `other` (each
 * an object with the `file` and its `value`), `resolved` and `chosen`
 * (the file kept, or null).  Every control character in the data is
 * escaped.
 *
 * Returns: (transfer full): the JSON text, ending with a newline
 *
 * Since: 0.2
 */
char *
aict_merge_to_json (AictMerge *self)
{
  g_autoptr(JsonBuilder) b = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  char *text;
  gsize length;

  g_return_val_if_fail (AICT_IS_MERGE (self), NULL);

  b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "merged");
  json_builder_add_boolean_value (b, self->merged != NULL);
  json_builder_set_member_name (b, "files");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->names->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (self->names, i));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "n_conflicts");
  json_builder_add_int_value (b, self->conflicts->len);
  json_builder_set_member_name (b, "n_unresolved");
  json_builder_add_int_value (b, aict_merge_get_n_unresolved (self));
  json_builder_set_member_name (b, "conflicts");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->conflicts->len; i++)
    {
      AictMergeConflict *conflict = g_ptr_array_index (self->conflicts, i);

      json_builder_begin_object (b);
      _aict_json_builder_add_string_member (b, "type", conflict->type_name);
      _aict_json_builder_add_string_member (b, "id", conflict->id);
      _aict_json_builder_add_string_member (b, "path", conflict->path);
      json_builder_set_member_name (b, "first");
      json_builder_begin_object (b);
      _aict_json_builder_add_string_member (b, "file", conflict->first_file);
      _aict_json_builder_add_node_member (b, "value", conflict->first_node);
      json_builder_end_object (b);
      json_builder_set_member_name (b, "other");
      json_builder_begin_object (b);
      _aict_json_builder_add_string_member (b, "file", conflict->other_file);
      _aict_json_builder_add_node_member (b, "value", conflict->other_node);
      json_builder_end_object (b);
      json_builder_set_member_name (b, "resolved");
      json_builder_add_boolean_value (b, conflict->resolved);
      _aict_json_builder_add_string_member (b, "chosen", conflict->chosen_file);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  text = _aict_json_node_to_data (root, G_MAXUINT, &length, &error);
  g_assert_no_error (error);

  return text;
}

/**
 * aict_dataset_merge:
 * @datasets: (element-type AictDataset): the datasets to merge, in order
 * @names: (array zero-terminated=1) (nullable): their names in conflicts
 *   and errors (file names), as many as @datasets, or %NULL
 * @options: (nullable): how to settle conflicts, or %NULL to refuse them
 * @result: (out) (optional) (transfer full): the merge, with its
 *   conflicts, set even when the merge fails
 * @error: return location for a [error@Aict.Error]
 *
 * Merges @datasets into a new dataset: a shortcut for
 * [ctor@Aict.Merge.new], [method@Aict.Merge.add_dataset] and
 * [method@Aict.Merge.run] (see [class@Aict.Merge]).
 *
 * Returns: (transfer full) (nullable): the merged dataset, or %NULL with
 *   @error set (see [method@Aict.Merge.run])
 *
 * Since: 0.2
 */
AictDataset *
aict_dataset_merge (GPtrArray               *datasets,
                    const char * const      *names,
                    const AictMergeOptions  *options,
                    AictMerge              **result,
                    GError                 **error)
{
  g_autoptr(AictMerge) merge = NULL;
  AictDataset *merged = NULL;

  g_return_val_if_fail (datasets != NULL, NULL);
  g_return_val_if_fail (names == NULL || g_strv_length ((char **) names) == datasets->len, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  merge = aict_merge_new (options);
  for (guint i = 0; i < datasets->len; i++)
    aict_merge_add_dataset (merge, g_ptr_array_index (datasets, i), names != NULL ? names[i] : NULL);

  if (aict_merge_run (merge, error))
    merged = g_object_ref (aict_merge_get_dataset (merge));

  if (result != NULL)
    *result = g_steal_pointer (&merge);

  return merged;
}
