/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "aict-dataset-private.h"
#include "aict-codec-private.h"
#include "aict-entity-private.h"
#include "aict-file-private.h"
#include "aict-i18n-private.h"
#include "aict-message-private.h"
#include "aict-json-node-private.h"
#include "aict-list-view-private.h"
#include "aict-load-options-private.h"
#include "aict-model-private.h"
#include "aict-util-private.h"
#include "aict-validate-private.h"
#include "aict-query-private.h"

/**
 * AictDataset:
 *
 * The root of the model: the sources, actors, persons, partnerships, budget
 * lines and meetings of one `aict/1` file, each collection a read-only
 * [iface@Gio.ListModel] in file order, and every object reachable by its id
 * in constant time with [method@Aict.Dataset.lookup].
 *
 * The collections are live views: they follow every change and emit
 * [signal@Gio.ListModel::items-changed], so they can back a GTK list
 * directly, but they cannot be changed themselves.  A dataset changes only
 * through its methods ([method@Aict.Dataset.add], [method@Aict.Dataset.remove])
 * and those of the objects it holds, and emits [signal@Aict.Dataset::changed]
 * for each change of its content.
 *
 * Ids are unique across the whole dataset: adding an object whose id is
 * taken fails with %AICT_ERROR_DUPLICATE_ID.  A loaded file may still hold
 * duplicates (loading never drops data); [method@Aict.Dataset.validate]
 * reports them, and lookups find the first.
 *
 * A dataset is not thread-safe: use one from one thread at a time.  Separate
 * datasets may be used from separate threads freely.
 *
 * Since: 0.1
 */
struct _AictDataset
{
  GObject parent_instance;

  char *title;
  char *description;
  char *language;

  /* Each collection is an array (the library walks these) and, once a
   * caller asks for it, a read-only view of that array (what the API
   * gives: a GListModel that GJS iterates with for…of, which the dataset
   * tells of every change of the array).  Views are made on demand. */
  GPtrArray *items[AICT_COLLECTION_N];
  AictListView *views[AICT_COLLECTION_N];
  GHashTable *index;   /* id (owned by the entity) → AictEntity (owned by a store) */
  guint n_duplicates;  /* objects whose id was already indexed (loaded files) */

  /* Moves whenever the dataset or anything in it changes (see
   * _aict_dataset_touch()); the query index is only good for the
   * generation it was built at. */
  guint64 generation;
  AictQueryIndex *query_index;

  guint64 reload_limit;   /* see _aict_dataset_set_reload_limit() */
};

G_DEFINE_FINAL_TYPE (AictDataset, aict_dataset, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
collection_type (AictCollection collection)
{
  switch (collection)
    {
    case AICT_COLLECTION_SOURCES: return AICT_TYPE_SOURCE;
    case AICT_COLLECTION_ACTORS: return AICT_TYPE_ACTOR;
    case AICT_COLLECTION_PERSONS: return AICT_TYPE_PERSON;
    case AICT_COLLECTION_PARTNERSHIPS: return AICT_TYPE_PARTNERSHIP;
    case AICT_COLLECTION_BUDGETS: return AICT_TYPE_BUDGET;
    case AICT_COLLECTION_MEETINGS: return AICT_TYPE_MEETING;
    case AICT_COLLECTION_N:
    default:
      g_assert_not_reached ();
    }
}

static int
collection_of (AictEntity *entity)
{
  for (int c = 0; c < AICT_COLLECTION_N; c++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (entity, collection_type (c)))
      return c;

  return -1;
}

/* Calls @func on the agenda items, contributions and outcomes of @meeting. */
static void
foreach_nested (AictMeeting *meeting,
                void       (*func) (AictEntity *entity, gpointer data),
                gpointer     data)
{
  GListModel *lists[] = {
    _aict_meeting_peek_agenda (meeting),
    _aict_meeting_peek_contributions (meeting),
    _aict_meeting_peek_outcomes (meeting),
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n = g_list_model_get_n_items (lists[l]);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AictEntity) entity = g_list_model_get_item (lists[l], i);
          func (entity, data);
        }
    }
}

static void
forget_dataset (AictEntity *entity,
                gpointer    data)
{
  _aict_entity_set_dataset (entity, NULL);
}

static void
aict_dataset_dispose (GObject *object)
{
  AictDataset *self = AICT_DATASET (object);

  /* Entities the caller still holds must not point at a dead dataset. */
  for (int c = 0; c < AICT_COLLECTION_N; c++)
    {
      GPtrArray *items = self->items[c];

      if (items == NULL)
        continue;

      for (guint i = 0; i < items->len; i++)
        {
          AictEntity *entity = g_ptr_array_index (items, i);

          _aict_entity_set_dataset (entity, NULL);
          if (c == AICT_COLLECTION_MEETINGS)
            foreach_nested (AICT_MEETING (entity), forget_dataset, NULL);
        }
    }

  g_clear_pointer (&self->query_index, _aict_query_index_free);
  g_clear_pointer (&self->index, g_hash_table_unref);
  for (int c = 0; c < AICT_COLLECTION_N; c++)
    {
      g_clear_object (&self->views[c]);
      g_clear_pointer (&self->items[c], g_ptr_array_unref);
    }

  G_OBJECT_CLASS (aict_dataset_parent_class)->dispose (object);
}

static void
aict_dataset_finalize (GObject *object)
{
  AictDataset *self = AICT_DATASET (object);

  g_free (self->title);
  g_free (self->description);
  g_free (self->language);

  G_OBJECT_CLASS (aict_dataset_parent_class)->finalize (object);
}

static void
aict_dataset_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AictDataset *self = AICT_DATASET (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_dataset_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AictDataset *self = AICT_DATASET (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      aict_dataset_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      aict_dataset_set_description (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      aict_dataset_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_dataset_class_init (AictDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = aict_dataset_dispose;
  object_class->finalize = aict_dataset_finalize;
  object_class->get_property = aict_dataset_get_property;
  object_class->set_property = aict_dataset_set_property;

  /**
   * AictDataset:title: (getter get_title) (setter set_title)
   *
   * What the dataset is, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictDataset:description: (getter get_description) (setter set_description)
   *
   * A longer description of the dataset, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictDataset:language: (getter get_language) (setter set_language)
   *
   * The BCP 47 language tag of the dataset's free text (`"fr"`), or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AictDataset::changed:
   * @self: the [class@Aict.Dataset]
   * @entity: the object that was added, removed or modified
   *
   * Emitted after each change of the content of @self made through the
   * API: an object added ([method@Aict.Dataset.add], or an agenda item,
   * contribution or outcome added to one of its meetings), removed
   * ([method@Aict.Dataset.remove]; @entity then no longer belongs to
   * @self), or modified (a property set, a record such as a participant
   * or a source reference added), whether @entity is a top-level object
   * or an item of a meeting.  When it is emitted, lookups, queries,
   * validation and the collections already reflect the change.
   *
   * A view or a store that follows a dataset being edited connects here;
   * the collections also emit [signal@Gio.ListModel::items-changed] for
   * additions and removals.  Loading a dataset emits nothing, nor does
   * setting the title, description or language of the dataset itself
   * (those notify their property).
   *
   * Since: 0.2
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  g_cclosure_marshal_VOID__OBJECT,
                  G_TYPE_NONE, 1,
                  AICT_TYPE_ENTITY);
  g_signal_set_va_marshaller (signals[SIGNAL_CHANGED],
                              G_TYPE_FROM_CLASS (klass),
                              g_cclosure_marshal_VOID__OBJECTv);
}

static void
aict_dataset_init (AictDataset *self)
{
  for (int c = 0; c < AICT_COLLECTION_N; c++)
    self->items[c] = g_ptr_array_new_with_free_func (g_object_unref);

  self->index = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * aict_dataset_new:
 *
 * Creates an empty dataset.
 *
 * Returns: (transfer full): a new [class@Aict.Dataset]
 *
 * Since: 0.1
 */
AictDataset *
aict_dataset_new (void)
{
  return g_object_new (AICT_TYPE_DATASET, NULL);
}

static AictDataset *
load_buffer (const char             *data,
             gsize                   length,
             gboolean                discardable,
             const char             *display_name,
             const AictLoadOptions  *options,
             const AictLoadMonitor  *monitor,
             GError                **error)
{
  g_autoptr(AictLoadOptions) defaults = NULL;

  if (options == NULL)
    options = defaults = aict_load_options_new ();
  if (!aict_load_options_check (options, error))
    return NULL;

  if (length > aict_load_options_get_max_file_size (options))
    {
      _aict_set_limit_error (error, "max-file-size",
                             _("%s: the data is %llu bytes, more than the limit of %llu bytes"),
                             display_name, (unsigned long long) length,
                             (unsigned long long) aict_load_options_get_max_file_size (options));
      return NULL;
    }

  return _aict_json_decode (data, length, discardable, display_name, options, monitor, error);
}

/**
 * aict_dataset_new_from_file:
 * @path: (type filename): the file to read
 * @error: return location for a [error@Aict.Error]
 *
 * Loads an `aict/1` file with the default [struct@Aict.LoadOptions]: the
 * limits for untrusted input.  See [ctor@Aict.Dataset.new_from_file_full].
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 *
 * Since: 0.1
 */
AictDataset *
aict_dataset_new_from_file (const char             *path,
                            GError                **error)
{
  return aict_dataset_new_from_file_full (path, NULL, error);
}

/**
 * aict_dataset_new_from_file_full:
 * @path: (type filename): the file to read
 * @options: (nullable): how to load, or %NULL for the defaults
 * @error: return location for a [error@Aict.Error]
 *
 * Loads an `aict/1` file.
 *
 * The file must be a regular file no larger than the size limit of
 * @options; it is read in one go and decoded in one pass.  Errors say
 * where: `FILE:LINE:COLUMN: what` for syntax and limits,
 * `FILE:LINE:COLUMN: $.json.path: what` for values that are not what
 * the format expects.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 *
 * Since: 0.2
 */
AictDataset *
aict_dataset_new_from_file_full (const char             *path,
                                 const AictLoadOptions  *options,
                                 GError                **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _aict_dataset_load_file (path, options, NULL, error);
}

AictDataset *
_aict_dataset_load_file (const char             *path,
                         const AictLoadOptions  *options,
                         const AictLoadMonitor  *monitor,
                         GError                **error)
{
  g_autoptr(AictLoadOptions) defaults = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  gsize length;
  const char *data;

  if (options == NULL)
    options = defaults = aict_load_options_new ();
  if (!aict_load_options_check (options, error))
    return NULL;

  if (monitor != NULL && g_cancellable_set_error_if_cancelled (monitor->cancellable, error))
    return NULL;

  bytes = aict_file_read_bounded (path, aict_load_options_get_max_file_size (options), error);
  if (bytes == NULL)
    return NULL;

  display_name = g_filename_display_name (path);
  data = g_bytes_get_data (bytes, &length);

  /* The buffer is ours alone: the decoder may give it back as it reads. */
  return load_buffer (data != NULL ? data : "", length, data != NULL, display_name, options,
                      monitor, error);
}

/**
 * aict_dataset_new_from_bytes:
 * @bytes: the `aict/1` document
 * @error: return location for a [error@Aict.Error]
 *
 * Loads an `aict/1` document held in memory with the default
 * [struct@Aict.LoadOptions].  See [ctor@Aict.Dataset.new_from_bytes_full].
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 *
 * Since: 0.1
 */
AictDataset *
aict_dataset_new_from_bytes (GBytes                 *bytes,
                             GError                **error)
{
  return aict_dataset_new_from_bytes_full (bytes, NULL, error);
}

/**
 * aict_dataset_new_from_bytes_full:
 * @bytes: the `aict/1` document
 * @options: (nullable): how to load, or %NULL for the defaults
 * @error: return location for a [error@Aict.Error]
 *
 * Loads an `aict/1` document held in memory.  Error messages name it
 * `<data>`.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 *
 * Since: 0.2
 */
AictDataset *
aict_dataset_new_from_bytes_full (GBytes                 *bytes,
                                  const AictLoadOptions  *options,
                                  GError                **error)
{
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  return load_buffer (data != NULL ? data : "", length, FALSE, "<data>", options, NULL, error);
}

/**
 * aict_dataset_new_from_data:
 * @data: (array length=length) (element-type guint8): the `aict/1` document
 * @length: the length of @data in bytes, or -1 if it is NUL-terminated
 * @error: return location for a [error@Aict.Error]
 *
 * Loads an `aict/1` document held in memory with the default
 * [struct@Aict.LoadOptions].  See [ctor@Aict.Dataset.new_from_data_full].
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 *
 * Since: 0.1
 */
AictDataset *
aict_dataset_new_from_data (const char  *data,
                            gssize       length,
                            GError     **error)
{
  return aict_dataset_new_from_data_full (data, length, NULL, error);
}

/**
 * aict_dataset_new_from_data_full:
 * @data: (array length=length) (element-type guint8): the `aict/1` document
 * @length: the length of @data in bytes, or -1 if it is NUL-terminated
 * @options: (nullable): how to load, or %NULL for the defaults
 * @error: return location for a [error@Aict.Error]
 *
 * Loads an `aict/1` document held in memory.  Error messages name it
 * `<data>`.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 *
 * Since: 0.2
 */
AictDataset *
aict_dataset_new_from_data_full (const char             *data,
                                 gssize                  length,
                                 const AictLoadOptions  *options,
                                 GError                **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);

  return load_buffer (data != NULL ? data : "", length, FALSE, "<data>", options, NULL, error);
}

/**
 * aict_dataset_new_from_stream:
 * @stream: the stream to read to its end
 * @error: return location for a [error@Aict.Error]
 *
 * Loads an `aict/1` document from a stream with the default
 * [struct@Aict.LoadOptions] and no [class@Gio.Cancellable].  See
 * [ctor@Aict.Dataset.new_from_stream_full].
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 *
 * Since: 0.1
 */
AictDataset *
aict_dataset_new_from_stream (GInputStream  *stream,
                              GError       **error)
{
  return aict_dataset_new_from_stream_full (stream, NULL, NULL, error);
}

/**
 * aict_dataset_new_from_stream_full:
 * @stream: the stream to read to its end
 * @options: (nullable): how to load, or %NULL for the defaults
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @error: return location for a [error@Aict.Error] or a [error@Gio.IOErrorEnum]
 *
 * Loads an `aict/1` document from a stream, reading at most the size
 * limit of @options.  Error messages name it `<stream>`.
 *
 * @cancellable is honoured while the stream is read and while the
 * document is decoded: a load that is cancelled, or given a cancellable
 * that already is, fails with %G_IO_ERROR_CANCELLED (domain
 * `G_IO_ERROR`, not `AICT_ERROR`).  Other read errors are
 * %AICT_ERROR_IO.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 *
 * Since: 0.2
 */
AictDataset *
aict_dataset_new_from_stream_full (GInputStream           *stream,
                                   const AictLoadOptions  *options,
                                   GCancellable           *cancellable,
                                   GError                **error)
{
  AictLoadMonitor monitor = { cancellable, NULL, NULL };

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _aict_dataset_load_stream (stream, options, cancellable != NULL ? &monitor : NULL, error);
}

AictDataset *
_aict_dataset_load_stream (GInputStream           *stream,
                           const AictLoadOptions  *options,
                           const AictLoadMonitor  *monitor,
                           GError                **error)
{
  g_autoptr(AictLoadOptions) defaults = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  if (options == NULL)
    options = defaults = aict_load_options_new ();
  if (!aict_load_options_check (options, error))
    return NULL;

  bytes = aict_stream_read_bounded (stream, aict_load_options_get_max_file_size (options),
                                    "<stream>", monitor != NULL ? monitor->cancellable : NULL,
                                    error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);

  return load_buffer (data != NULL ? data : "", length, data != NULL, "<stream>", options,
                      monitor, error);
}

/**
 * aict_dataset_new_from_json_node:
 * @node: a json-glib tree holding an `aict/1` document
 * @error: return location for a [error@Aict.Error]
 *
 * Loads a dataset from a json-glib tree with the default
 * [struct@Aict.LoadOptions].  See [ctor@Aict.Dataset.new_from_json_node_full].
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 *
 * Since: 0.1
 */
AictDataset *
aict_dataset_new_from_json_node (JsonNode               *node,
                                 GError                **error)
{
  return aict_dataset_new_from_json_node_full (node, NULL, error);
}

/**
 * aict_dataset_new_from_json_node_full:
 * @node: a json-glib tree holding an `aict/1` document
 * @options: (nullable): how to load, or %NULL for the defaults
 * @error: return location for a [error@Aict.Error]
 *
 * Loads a dataset from a tree that a tool already holds, such as one
 * received through a json-glib based API.
 *
 * The tree is written out and read back through the same strict loader as
 * a file, so it gets exactly the same checks and limits: json-glib trees can
 * hold what the format refuses (a non-finite double, an integer beyond
 * 2^53).  Decimals pass through json-glib as doubles: each is written in
 * the shortest form that reads back to the same double, which is the
 * decimal that was written for values of up to 15 significant digits; a
 * double that needs more is refused, never rounded.  Error messages name
 * the tree `<json-node>`.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 *
 * Since: 0.2
 */
AictDataset *
aict_dataset_new_from_json_node_full (JsonNode               *node,
                                      const AictLoadOptions  *options,
                                      GError                **error)
{
  g_autoptr(AictLoadOptions) defaults = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = defaults = aict_load_options_new ();
  if (!aict_load_options_check (options, error))
    return NULL;

  data = _aict_json_node_to_data (node, aict_load_options_get_max_depth (options), &length, error);
  if (data == NULL)
    return NULL;

  return load_buffer (data, length, TRUE, "<json-node>", options, NULL, error);
}

/**
 * aict_dataset_get_title: (get-property title)
 * @self: an [class@Aict.Dataset]
 *
 * Gets the title of @self.
 *
 * Returns: (transfer none) (nullable): the title
 *
 * Since: 0.1
 */
const char *
aict_dataset_get_title (AictDataset *self)
{
  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  return self->title;
}

/**
 * aict_dataset_set_title: (set-property title)
 * @self: an [class@Aict.Dataset]
 * @title: (nullable): the title
 *
 * Sets the title of @self.
 *
 * Since: 0.1
 */
void
aict_dataset_set_title (AictDataset *self,
                        const char  *title)
{
  g_return_if_fail (AICT_IS_DATASET (self));

  if (aict_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * aict_dataset_get_description: (get-property description)
 * @self: an [class@Aict.Dataset]
 *
 * Gets the description of @self.
 *
 * Returns: (transfer none) (nullable): the description
 *
 * Since: 0.1
 */
const char *
aict_dataset_get_description (AictDataset *self)
{
  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  return self->description;
}

/**
 * aict_dataset_set_description: (set-property description)
 * @self: an [class@Aict.Dataset]
 * @description: (nullable): the description
 *
 * Sets the description of @self.
 *
 * Since: 0.1
 */
void
aict_dataset_set_description (AictDataset *self,
                              const char  *description)
{
  g_return_if_fail (AICT_IS_DATASET (self));

  if (aict_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * aict_dataset_get_language: (get-property language)
 * @self: an [class@Aict.Dataset]
 *
 * Gets the language tag of the free text of @self.
 *
 * Returns: (transfer none) (nullable): the language tag
 *
 * Since: 0.1
 */
const char *
aict_dataset_get_language (AictDataset *self)
{
  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  return self->language;
}

/**
 * aict_dataset_set_language: (set-property language)
 * @self: an [class@Aict.Dataset]
 * @language: (nullable): a BCP 47 language tag
 *
 * Sets the language of the free text of @self.
 *
 * Since: 0.1
 */
void
aict_dataset_set_language (AictDataset *self,
                           const char  *language)
{
  g_return_if_fail (AICT_IS_DATASET (self));

  if (aict_set_str (&self->language, language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

static GListModel *
collection_model (AictDataset    *self,
                  AictCollection  collection)
{
  if (self->views[collection] == NULL)
    self->views[collection] = _aict_list_view_new_for_array (collection_type (collection),
                                                             self->items[collection]);

  return G_LIST_MODEL (self->views[collection]);
}

/* Tells the view of @collection, if any, that the array changed. */
static void
collection_changed (AictDataset    *self,
                    AictCollection  collection,
                    guint           position,
                    guint           removed,
                    guint           added)
{
  if (self->views[collection] != NULL)
    _aict_list_view_items_changed (self->views[collection], position, removed, added);
}

/**
 * aict_dataset_get_sources:
 * @self: an [class@Aict.Dataset]
 *
 * Gets the [class@Aict.Source]s of @self, in order.
 *
 * Returns: (transfer none): a read-only, live list model of
 *   [class@Aict.Source]
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_get_sources (AictDataset *self)
{
  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  return collection_model (self, AICT_COLLECTION_SOURCES);
}

/**
 * aict_dataset_get_actors:
 * @self: an [class@Aict.Dataset]
 *
 * Gets the [class@Aict.Actor]s of @self, in order.
 *
 * Returns: (transfer none): a read-only, live list model of
 *   [class@Aict.Actor]
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_get_actors (AictDataset *self)
{
  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  return collection_model (self, AICT_COLLECTION_ACTORS);
}

/**
 * aict_dataset_get_persons:
 * @self: an [class@Aict.Dataset]
 *
 * Gets the [class@Aict.Person]s of @self, in order.
 *
 * Returns: (transfer none): a read-only, live list model of
 *   [class@Aict.Person]
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_get_persons (AictDataset *self)
{
  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  return collection_model (self, AICT_COLLECTION_PERSONS);
}

/**
 * aict_dataset_get_partnerships:
 * @self: an [class@Aict.Dataset]
 *
 * Gets the [class@Aict.Partnership]s of @self, in order.
 *
 * Returns: (transfer none): a read-only, live list model of
 *   [class@Aict.Partnership]
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_get_partnerships (AictDataset *self)
{
  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  return collection_model (self, AICT_COLLECTION_PARTNERSHIPS);
}

/**
 * aict_dataset_get_budgets:
 * @self: an [class@Aict.Dataset]
 *
 * Gets the [class@Aict.Budget] lines of @self, in order.
 *
 * Returns: (transfer none): a read-only, live list model of
 *   [class@Aict.Budget]
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_get_budgets (AictDataset *self)
{
  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  return collection_model (self, AICT_COLLECTION_BUDGETS);
}

/**
 * aict_dataset_get_meetings:
 * @self: an [class@Aict.Dataset]
 *
 * Gets the [class@Aict.Meeting]s of @self, in order.
 *
 * Returns: (transfer none): a read-only, live list model of
 *   [class@Aict.Meeting]
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_get_meetings (AictDataset *self)
{
  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  return collection_model (self, AICT_COLLECTION_MEETINGS);
}

static gboolean
check_free_id (AictDataset  *self,
               AictEntity   *entity,
               GError      **error)
{
  const char *id = aict_entity_get_id (entity);

  if (id == NULL)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("a %s without an id cannot join a dataset"),
                   G_OBJECT_TYPE_NAME (entity));
      return FALSE;
    }

  if (g_hash_table_contains (self->index, id))
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID,
                   _("an object with id “%s” is already in the dataset"), id);
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  AictDataset *self;
  GHashTable *seen;
  GError **error;
  gboolean failed;
} NestedCheck;

static void
check_nested (AictEntity *entity,
              gpointer    data)
{
  NestedCheck *check = data;
  const char *id = aict_entity_get_id (entity);

  if (check->failed)
    return;

  if (!check_free_id (check->self, entity, check->error))
    check->failed = TRUE;
  else if (!g_hash_table_add (check->seen, (gpointer) id))
    {
      g_set_error (check->error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID,
                   _("an object with id “%s” is already in the meeting"), id);
      check->failed = TRUE;
    }
}

static void
index_entity (AictEntity *entity,
              gpointer    data)
{
  AictDataset *self = data;
  const char *id = _aict_entity_peek_id (entity);

  _aict_entity_set_dataset (entity, self);
  if (id == NULL)
    return;
  if (!g_hash_table_contains (self->index, id))
    g_hash_table_insert (self->index, (gpointer) id, entity);
  else
    self->n_duplicates++;
}

/**
 * aict_dataset_add:
 * @self: an [class@Aict.Dataset]
 * @entity: a [class@Aict.Source], [class@Aict.Actor], [class@Aict.Person],
 *   [class@Aict.Partnership], [class@Aict.Budget] or [class@Aict.Meeting]
 * @error: return location for a [error@Aict.Error]
 *
 * Appends @entity to its collection in @self.  A meeting brings its agenda
 * items, contributions and outcomes along.
 *
 * Fails with %AICT_ERROR_DUPLICATE_ID if the id of @entity (or of one of a
 * meeting's items) is already used in @self, and with
 * %AICT_ERROR_INVALID_ARGUMENT if @entity has no id, is of another type or
 * already belongs to a dataset.  On failure @self is unchanged.
 *
 * Returns: %TRUE if @entity was added
 *
 * Since: 0.1
 */
gboolean
aict_dataset_add (AictDataset  *self,
                  AictEntity   *entity,
                  GError      **error)
{
  int collection;

  g_return_val_if_fail (AICT_IS_DATASET (self), FALSE);
  g_return_val_if_fail (AICT_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  collection = collection_of (entity);
  if (collection < 0)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("a %s is added to a meeting, not to a dataset"),
                   G_OBJECT_TYPE_NAME (entity));
      return FALSE;
    }

  if (_aict_entity_get_dataset (entity) != NULL)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("the object with id “%s” already belongs to a dataset"),
                   aict_entity_get_id (entity));
      return FALSE;
    }

  if (!check_free_id (self, entity, error))
    return FALSE;

  if (collection == AICT_COLLECTION_MEETINGS)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      NestedCheck check = { self, seen, error, FALSE };

      g_hash_table_add (seen, (gpointer) aict_entity_get_id (entity));
      foreach_nested (AICT_MEETING (entity), check_nested, &check);
      if (check.failed)
        return FALSE;
    }

  index_entity (entity, self);
  if (collection == AICT_COLLECTION_MEETINGS)
    foreach_nested (AICT_MEETING (entity), index_entity, self);

  g_ptr_array_add (self->items[collection], g_object_ref (entity));
  collection_changed (self, collection, self->items[collection]->len - 1, 0, 1);
  _aict_dataset_entity_changed (self, entity);

  return TRUE;
}

static void
unindex_entity (AictEntity *entity,
                gpointer    data)
{
  _aict_dataset_unregister_entity (data, entity);
  _aict_entity_set_dataset (entity, NULL);
}

/**
 * aict_dataset_remove:
 * @self: an [class@Aict.Dataset]
 * @id: the id of a top-level object (not of a meeting's item)
 *
 * Removes the object with @id from @self.  Objects that refer to it keep
 * their reference, which [method@Aict.Dataset.validate] then reports.
 *
 * Returns: %TRUE if an object was removed
 *
 * Since: 0.1
 */
gboolean
aict_dataset_remove (AictDataset *self,
                     const char  *id)
{
  g_autoptr(AictEntity) entity = NULL;
  AictEntity *found;
  int collection;
  guint position;

  g_return_val_if_fail (AICT_IS_DATASET (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  found = g_hash_table_lookup (self->index, id);
  if (found == NULL)
    return FALSE;

  collection = collection_of (found);
  if (collection < 0 ||
      !g_ptr_array_find (self->items[collection], found, &position))
    return FALSE;

  entity = g_object_ref (found);
  unindex_entity (entity, self);
  if (collection == AICT_COLLECTION_MEETINGS)
    foreach_nested (AICT_MEETING (entity), unindex_entity, self);

  g_ptr_array_remove_index (self->items[collection], position);
  collection_changed (self, collection, position, 1, 0);
  _aict_dataset_entity_changed (self, entity);

  return TRUE;
}

/**
 * aict_dataset_lookup:
 * @self: an [class@Aict.Dataset]
 * @id: an id
 *
 * Finds the object with @id, whatever its type, in constant time.
 *
 * Returns: (transfer none) (nullable): the object, or %NULL
 *
 * Since: 0.1
 */
AictEntity *
aict_dataset_lookup (AictDataset *self,
                     const char  *id)
{
  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->index, id);
}

static gpointer
lookup_typed (AictDataset *self,
              const char  *id,
              GType        type)
{
  AictEntity *entity;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entity = g_hash_table_lookup (self->index, id);

  return entity != NULL && G_TYPE_CHECK_INSTANCE_TYPE (entity, type) ? entity : NULL;
}

/**
 * aict_dataset_lookup_source:
 * @self: an [class@Aict.Dataset]
 * @id: an id
 *
 * Finds the source with @id.
 *
 * Returns: (transfer none) (nullable): the source, or %NULL if no object
 *   has @id or it is not a source
 *
 * Since: 0.1
 */
AictSource *
aict_dataset_lookup_source (AictDataset *self,
                            const char  *id)
{
  return lookup_typed (self, id, AICT_TYPE_SOURCE);
}

/**
 * aict_dataset_lookup_actor:
 * @self: an [class@Aict.Dataset]
 * @id: an id
 *
 * Finds the actor with @id.
 *
 * Returns: (transfer none) (nullable): the actor, or %NULL if no object has
 *   @id or it is not an actor
 *
 * Since: 0.1
 */
AictActor *
aict_dataset_lookup_actor (AictDataset *self,
                           const char  *id)
{
  return lookup_typed (self, id, AICT_TYPE_ACTOR);
}

/**
 * aict_dataset_lookup_person:
 * @self: an [class@Aict.Dataset]
 * @id: an id
 *
 * Finds the person with @id.
 *
 * Returns: (transfer none) (nullable): the person, or %NULL if no object
 *   has @id or it is not a person
 *
 * Since: 0.1
 */
AictPerson *
aict_dataset_lookup_person (AictDataset *self,
                            const char  *id)
{
  return lookup_typed (self, id, AICT_TYPE_PERSON);
}

/**
 * aict_dataset_lookup_partnership:
 * @self: an [class@Aict.Dataset]
 * @id: an id
 *
 * Finds the partnership with @id.
 *
 * Returns: (transfer none) (nullable): the partnership, or %NULL if no
 *   object has @id or it is not a partnership
 *
 * Since: 0.1
 */
AictPartnership *
aict_dataset_lookup_partnership (AictDataset *self,
                                 const char  *id)
{
  return lookup_typed (self, id, AICT_TYPE_PARTNERSHIP);
}

/**
 * aict_dataset_lookup_budget:
 * @self: an [class@Aict.Dataset]
 * @id: an id
 *
 * Finds the budget line with @id.
 *
 * Returns: (transfer none) (nullable): the budget line, or %NULL if no
 *   object has @id or it is not a budget line
 *
 * Since: 0.1
 */
AictBudget *
aict_dataset_lookup_budget (AictDataset *self,
                            const char  *id)
{
  return lookup_typed (self, id, AICT_TYPE_BUDGET);
}

/**
 * aict_dataset_lookup_meeting:
 * @self: an [class@Aict.Dataset]
 * @id: an id
 *
 * Finds the meeting with @id.
 *
 * Returns: (transfer none) (nullable): the meeting, or %NULL if no object
 *   has @id or it is not a meeting
 *
 * Since: 0.1
 */
AictMeeting *
aict_dataset_lookup_meeting (AictDataset *self,
                             const char  *id)
{
  return lookup_typed (self, id, AICT_TYPE_MEETING);
}

/**
 * aict_dataset_lookup_outcome:
 * @self: an [class@Aict.Dataset]
 * @id: an id
 *
 * Finds the meeting outcome with @id, whichever meeting it belongs to.
 *
 * Returns: (transfer none) (nullable): the outcome, or %NULL if no object
 *   has @id or it is not an outcome
 *
 * Since: 0.1
 */
AictOutcome *
aict_dataset_lookup_outcome (AictDataset *self,
                             const char  *id)
{
  return lookup_typed (self, id, AICT_TYPE_OUTCOME);
}

/**
 * aict_dataset_validate:
 * @self: an [class@Aict.Dataset]
 *
 * Checks @self against every rule of the format and reports every issue,
 * not just the first.  Dates are judged against today's date; see
 * [method@Aict.Dataset.validate_at].
 *
 * Returns: (transfer full): the report
 *
 * Since: 0.1
 */
AictReport *
aict_dataset_validate (AictDataset *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));

  return aict_dataset_validate_at (self, &today);
}

/**
 * aict_dataset_validate_at:
 * @self: an [class@Aict.Dataset]
 * @today: the date to judge dates against (an active partnership whose end
 *   is before it is reported)
 *
 * Checks @self as [method@Aict.Dataset.validate] does, as of @today.
 *
 * Returns: (transfer full): the report
 *
 * Since: 0.1
 */
AictReport *
aict_dataset_validate_at (AictDataset *self,
                          GDate       *today)
{
  AictReport *report;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  report = aict_report_new ();
  _aict_validate (self, today, report);

  return report;
}

/**
 * aict_dataset_to_bytes:
 * @self: an [class@Aict.Dataset]
 * @error: return location for a [error@Aict.Error]
 *
 * Writes @self as an `aict/1` document: members in the documented order,
 * two-space indentation, a final newline; the same dataset always gives
 * the same bytes, whatever the locale.
 *
 * What libaict writes always loads again, with load limits that admit
 * its size: the default [struct@Aict.LoadOptions] hold up to 100 000 items
 * per array and strings of up to 64 KiB.  A dataset built through the
 * API can hold a value the format cannot (an id with a space, a control
 * character in a name, a time such as `25:00`): then nothing is written and
 * the error (%AICT_ERROR_SCHEMA) gives the JSON path of the first such
 * value, which [method@Aict.Dataset.validate] also reports.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 *
 * Since: 0.1
 */
GBytes *
aict_dataset_to_bytes (AictDataset  *self,
                       GError      **error)
{
  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _aict_json_encode (self, error);
}

/**
 * aict_dataset_to_data: (skip)
 * @self: an [class@Aict.Dataset]
 * @length: (out) (optional): return location for the length in bytes
 * @error: return location for a [error@Aict.Error]
 *
 * Writes @self as an `aict/1` document, as [method@Aict.Dataset.to_bytes]
 * does, into a NUL-terminated string.  Bindings use
 * [method@Aict.Dataset.to_bytes].
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 *
 * Since: 0.1
 */
char *
aict_dataset_to_data (AictDataset  *self,
                      gsize        *length,
                      GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  char *data;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = _aict_json_encode (self, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_unref_to_data (g_steal_pointer (&bytes), &size);
  data = g_realloc (data, size + 1);
  data[size] = '\0';

  if (length != NULL)
    *length = size;

  return data;
}

/**
 * aict_dataset_to_json_node:
 * @self: an [class@Aict.Dataset]
 * @error: return location for a [error@Aict.Error]
 *
 * Gives @self as a json-glib tree, for tools built on json-glib.  The tree
 * holds exactly what [method@Aict.Dataset.to_bytes] writes: amounts as
 * JSON numbers in major units, enumerations as nicks.
 *
 * Returns: (transfer full): the tree, or %NULL with @error set (see
 *   [method@Aict.Dataset.to_bytes])
 *
 * Since: 0.1
 */
JsonNode *
aict_dataset_to_json_node (AictDataset  *self,
                           GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = _aict_json_encode (self, error);
  if (bytes == NULL)
    return NULL;

  /* Our own output: json-glib reads it exactly (integers and decimals
   * within 2^53, no duplicate names, no U+0000). */
  data = g_bytes_get_data (bytes, &length);
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    g_error ("json-glib cannot read what libaict wrote: %s", parse_error->message);

  return json_node_copy (json_parser_get_root (parser));
}

/**
 * aict_dataset_save_to_file:
 * @self: an [class@Aict.Dataset]
 * @path: (type filename): where to save
 * @error: return location for a [error@Aict.Error]
 *
 * Saves @self to @path atomically: the data goes to a temporary file in
 * the same directory, which is flushed to disk and then renamed over
 * @path.  Whatever happens, even a crash or a power cut on a filesystem
 * that honours fsync, @path then holds the old or the new document,
 * never a torn one.  A temporary file left by a save that was killed is
 * removed by the next save of the same file.  If @path is a symbolic
 * link, the link is replaced by a regular file; if @path (or what a link
 * points to) is a FIFO, a device or a socket, nothing is written and the
 * error is %AICT_ERROR_IO.  A dataset that cannot be written (see
 * [method@Aict.Dataset.to_bytes]) leaves @path untouched.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
aict_dataset_save_to_file (AictDataset  *self,
                           const char   *path,
                           GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (AICT_IS_DATASET (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = _aict_json_encode (self, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);

  return aict_file_save_atomic (path, data, length, error);
}

gboolean
_aict_dataset_register_entity (AictDataset  *self,
                               AictEntity   *entity,
                               GError      **error)
{
  g_assert (AICT_IS_DATASET (self));

  if (!check_free_id (self, entity, error))
    return FALSE;

  index_entity (entity, self);
  _aict_dataset_touch (self);

  return TRUE;
}

typedef struct
{
  const char *id;
  AictEntity *removed;
  AictEntity *found;
} FindOther;

static void
find_other (AictEntity *entity,
            gpointer    data)
{
  FindOther *find = data;

  if (find->found == NULL && entity != find->removed &&
      g_strcmp0 (aict_entity_get_id (entity), find->id) == 0)
    find->found = entity;
}

/* After @removed leaves the index, a later object with the same id (a
 * duplicate that a loaded file may hold) takes its place, so that the id
 * stays reachable.  Only duplicates make this scan happen; a dataset
 * without them returns at the first check. */
static AictEntity *
find_duplicate_of (AictDataset *self,
                   AictEntity  *removed)
{
  FindOther find = { aict_entity_get_id (removed), removed, NULL };

  for (int c = 0; c < AICT_COLLECTION_N && find.found == NULL; c++)
    {
      GPtrArray *items = self->items[c];

      for (guint i = 0; i < items->len && find.found == NULL; i++)
        {
          AictEntity *entity = g_ptr_array_index (items, i);

          find_other (entity, &find);
          if (c == AICT_COLLECTION_MEETINGS)
            foreach_nested (AICT_MEETING (entity), find_other, &find);
        }
    }

  return find.found;
}

void
_aict_dataset_unregister_entity (AictDataset *self,
                                 AictEntity  *entity)
{
  const char *id = aict_entity_get_id (entity);
  AictEntity *other;

  g_assert (AICT_IS_DATASET (self));

  if (id == NULL || g_hash_table_lookup (self->index, id) != entity)
    return;

  _aict_dataset_touch (self);
  g_hash_table_remove (self->index, id);
  if (self->n_duplicates > 0 && (other = find_duplicate_of (self, entity)) != NULL)
    g_hash_table_insert (self->index, (gpointer) aict_entity_get_id (other), other);
}

void
_aict_dataset_splice (AictDataset    *self,
                      AictCollection  collection,
                      GPtrArray      *entities)
{
  guint position;

  g_assert (AICT_IS_DATASET (self));
  g_assert (collection < AICT_COLLECTION_N);

  for (guint i = 0; i < entities->len; i++)
    {
      AictEntity *entity = g_ptr_array_index (entities, i);

      index_entity (entity, self);
      if (collection == AICT_COLLECTION_MEETINGS)
        foreach_nested (AICT_MEETING (entity), index_entity, self);
    }

  position = self->items[collection]->len;
  for (guint i = 0; i < entities->len; i++)
    g_ptr_array_add (self->items[collection], g_object_ref (g_ptr_array_index (entities, i)));
  collection_changed (self, collection, position, 0, entities->len);
  _aict_dataset_touch (self);
}

GPtrArray *
_aict_dataset_get_items (AictDataset    *self,
                         AictCollection  collection)
{
  g_assert (AICT_IS_DATASET (self));
  g_assert (collection < AICT_COLLECTION_N);

  return self->items[collection];
}

gboolean
_aict_dataset_may_have_duplicates (AictDataset *self)
{
  return self->n_duplicates > 0;
}

void
_aict_dataset_touch (AictDataset *self)
{
  g_assert (AICT_IS_DATASET (self));

  self->generation++;
}

void
_aict_dataset_entity_changed (AictDataset *self,
                              AictEntity  *entity)
{
  g_assert (AICT_IS_DATASET (self));
  g_assert (AICT_IS_ENTITY (entity));

  self->generation++;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, entity);
}

AictQueryIndex *
_aict_dataset_get_query_index (AictDataset *self)
{
  g_assert (AICT_IS_DATASET (self));

  if (self->query_index == NULL || self->query_index->generation != self->generation)
    {
      g_clear_pointer (&self->query_index, _aict_query_index_free);
      self->query_index = _aict_query_index_new (self, self->generation);
    }

  return self->query_index;
}

void
_aict_dataset_set_reload_limit (AictDataset *self,
                                guint64      max_file_size)
{
  self->reload_limit = max_file_size;
}

guint64
_aict_dataset_get_reload_limit (AictDataset *self)
{
  return self->reload_limit;
}
