/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-fields-private.h"

#include "aict-entity-private.h"
#include "aict-dataset-private.h"
#include "aict-util-private.h"

/**
 * AictEntity:
 *
 * The base of every object of a dataset that has an id: actors, persons,
 * partnerships, budget lines, meetings, agenda items, contributions,
 * outcomes and sources.
 *
 * An entity has an immutable [property@Aict.Entity:id], free-text
 * [property@Aict.Entity:notes] and the [struct@Aict.SourceRef]s that say
 * where its facts were read.  Ids are unique within an [class@Aict.Dataset].
 *
 * Since: 0.1
 */

typedef struct
{
  char      *id;
  char      *notes;
  GPtrArray *source_refs;   /* AictSourceRef, lazily created */
  AictDataset *dataset;     /* not owned: set while the dataset holds us */
  /* Where the dataset's query index last put us (see
   * _aict_query_index_position(), which checks it is still true). */
  guint query_position;
} AictEntityPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (AictEntity, aict_entity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
aict_entity_finalize (GObject *object)
{
  AictEntity *self = AICT_ENTITY (object);
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->notes, g_free);
  g_clear_pointer (&priv->source_refs, g_ptr_array_unref);

  G_OBJECT_CLASS (aict_entity_parent_class)->finalize (object);
}

static void
aict_entity_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AictEntity *self = AICT_ENTITY (object);
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;

    case PROP_NOTES:
      g_value_set_string (value, priv->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_entity_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AictEntity *self = AICT_ENTITY (object);
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_assert (priv->id == NULL);
      priv->id = g_value_dup_string (value);
      break;

    case PROP_NOTES:
      aict_entity_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_entity_class_init (AictEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);


  object_class->finalize = aict_entity_finalize;
  object_class->get_property = aict_entity_get_property;
  object_class->set_property = aict_entity_set_property;

  /**
   * AictEntity:id: (getter get_id)
   *
   * The id of the entity, unique within its dataset.  Set at construction
   * and never changed.
   *
   * Since: 0.1
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictEntity:notes: (getter get_notes) (setter set_notes)
   *
   * Free-text notes, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aict_entity_init (AictEntity *self)
{
}

/**
 * aict_entity_get_id: (get-property id)
 * @self: an [class@Aict.Entity]
 *
 * Gets the id of @self.
 *
 * Returns: (transfer none) (nullable): the id, or %NULL if it was built
 *   without one (such an entity cannot be added to a dataset)
 *
 * Since: 0.1
 */
const char *
aict_entity_get_id (AictEntity *self)
{
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  g_return_val_if_fail (AICT_IS_ENTITY (self), NULL);

  return priv->id;
}

const char *
_aict_entity_peek_id (AictEntity *self)
{
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  return priv->id;
}

const char *
_aict_entity_peek_notes (AictEntity *self)
{
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  return priv->notes;
}

/**
 * aict_entity_get_notes: (get-property notes)
 * @self: an [class@Aict.Entity]
 *
 * Gets the notes of @self.
 *
 * Returns: (transfer none) (nullable): the notes, or %NULL
 *
 * Since: 0.1
 */
const char *
aict_entity_get_notes (AictEntity *self)
{
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  g_return_val_if_fail (AICT_IS_ENTITY (self), NULL);

  return priv->notes;
}

/**
 * aict_entity_set_notes: (set-property notes)
 * @self: an [class@Aict.Entity]
 * @notes: (nullable): the notes
 *
 * Sets the notes of @self.
 *
 * Since: 0.1
 */
void
aict_entity_set_notes (AictEntity *self,
                       const char *notes)
{
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  g_return_if_fail (AICT_IS_ENTITY (self));

  if (aict_set_str (&priv->notes, notes))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_NOTES]);
}

/**
 * aict_entity_get_n_source_refs:
 * @self: an [class@Aict.Entity]
 *
 * Gets the number of source references of @self.  Get each with
 * [method@Aict.Entity.get_source_ref], or copies of all of them with
 * [method@Aict.Entity.dup_source_refs].
 *
 * Returns: the number of source references, possibly 0
 *
 * Since: 0.2
 */
guint
aict_entity_get_n_source_refs (AictEntity *self)
{
  AictEntityPrivate *priv;

  g_return_val_if_fail (AICT_IS_ENTITY (self), 0);

  priv = aict_entity_get_instance_private (self);

  return priv->source_refs != NULL ? priv->source_refs->len : 0;
}

/**
 * aict_entity_get_source_ref:
 * @self: an [class@Aict.Entity]
 * @position: the position of the source reference, less than
 *   [method@Aict.Entity.get_n_source_refs]
 *
 * Gets the source reference of @self at @position, in the order they were added.
 * Source references are only ever added, so it stays valid as long as @self.
 *
 * Returns: (transfer none): the source reference, owned by @self
 *
 * Since: 0.2
 */
const AictSourceRef *
aict_entity_get_source_ref (AictEntity *self,
                            guint      position)
{
  AictEntityPrivate *priv;

  g_return_val_if_fail (AICT_IS_ENTITY (self), NULL);

  priv = aict_entity_get_instance_private (self);
  g_return_val_if_fail (priv->source_refs != NULL && position < priv->source_refs->len, NULL);

  return g_ptr_array_index (priv->source_refs, position);
}

/**
 * aict_entity_dup_source_refs:
 * @self: an [class@Aict.Entity]
 *
 * Gets copies of the references to the documents the facts of @self come
 * from, in the order they were added.  Changing the array does not
 * change @self: add with [method@Aict.Entity.add_source_ref].
 *
 * Returns: (transfer container) (element-type AictSourceRef): a new array of
 *   copies of the source references, possibly empty, that frees them when it is
 *   freed (g_ptr_array_unref())
 *
 * Since: 0.2
 */
GPtrArray *
aict_entity_dup_source_refs (AictEntity *self)
{
  AictEntityPrivate *priv;
  GPtrArray *copy;
  guint n;

  g_return_val_if_fail (AICT_IS_ENTITY (self), NULL);

  priv = aict_entity_get_instance_private (self);
  n = priv->source_refs != NULL ? priv->source_refs->len : 0;
  copy = g_ptr_array_new_full (n, (GDestroyNotify) aict_source_ref_free);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (copy, aict_source_ref_copy (g_ptr_array_index (priv->source_refs, i)));

  return copy;
}

/**
 * aict_entity_add_source_ref:
 * @self: an [class@Aict.Entity]
 * @ref: the reference to add
 *
 * Adds a copy of @ref to the source references of @self.
 *
 * Since: 0.1
 */
void
aict_entity_add_source_ref (AictEntity    *self,
                            AictSourceRef *ref)
{
  g_return_if_fail (AICT_IS_ENTITY (self));
  g_return_if_fail (ref != NULL);

  _aict_entity_take_source_ref (self, aict_source_ref_copy (ref));
  _aict_entity_changed (self);
}

/**
 * aict_entity_add_source:
 * @self: an [class@Aict.Entity]
 * @source_id: the id of an [class@Aict.Source]
 * @locator: (nullable): where in the source, e.g. a section heading
 *
 * Adds a source reference to @self.
 *
 * Since: 0.1
 */
void
aict_entity_add_source (AictEntity *self,
                        const char *source_id,
                        const char *locator)
{
  g_return_if_fail (AICT_IS_ENTITY (self));
  g_return_if_fail (source_id != NULL && *source_id != '\0');

  _aict_entity_take_source_ref (self, aict_source_ref_new_full (source_id, locator));
  _aict_entity_changed (self);
}

void
_aict_entity_take_source_ref (AictEntity    *self,
                              AictSourceRef *ref)
{
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  g_assert (AICT_IS_ENTITY (self));

  if (priv->source_refs == NULL)
    priv->source_refs = g_ptr_array_new_with_free_func ((GDestroyNotify) aict_source_ref_free);
  g_ptr_array_add (priv->source_refs, ref);
}

guint
_aict_entity_get_n_source_refs (AictEntity *self)
{
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  return priv->source_refs != NULL ? priv->source_refs->len : 0;
}

AictDataset *
_aict_entity_get_dataset (AictEntity *self)
{
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  return priv->dataset;
}

/* Every setter of every entity notifies through here, so that the
 * dataset holding it drops what it derived from it.  Not an override of
 * dispatch_properties_changed: GObject would then take its slow notify
 * path for every property set, even with nobody listening (the decoder
 * sets a few million: 122 M more instructions, +29 %, to load the 10k
 * benchmark file). */
void
_aict_entity_notify (AictEntity *self,
                     GParamSpec *pspec)
{
  _aict_entity_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

void
_aict_entity_changed (AictEntity *self)
{
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  if (priv->dataset != NULL)
    _aict_dataset_entity_changed (priv->dataset, self);
}

void
_aict_entity_set_query_position (AictEntity *self,
                                 guint       position)
{
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  priv->query_position = position;
}

guint
_aict_entity_get_query_position (AictEntity *self)
{
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  return priv->query_position;
}

void
_aict_entity_set_dataset (AictEntity  *self,
                          AictDataset *dataset)
{
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  priv->dataset = dataset;
}

void
_aict_entity_take_notes (AictEntity *self,
                         char       *notes)
{
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  g_free (priv->notes);
  priv->notes = notes;
}

void
_aict_entity_take_id (AictEntity *self,
                      char       *id)
{
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  g_assert (priv->id == NULL);
  g_assert (priv->dataset == NULL);
  priv->id = id;
}

GPtrArray *
_aict_entity_peek_source_refs (AictEntity *self)
{
  AictEntityPrivate *priv = aict_entity_get_instance_private (self);

  return priv->source_refs;
}

/* The members of a source reference.  A reference is stored compactly
 * (aict-source-ref.c), so its members have no offsets: the codecs read and
 * write it through its own API. */
static const AictFieldInfo source_ref_fields[] = {
  { "source", AICT_FIELD_REF, AICT_FIELD_REQUIRED | AICT_FIELD_DECODE_REQUIRED | AICT_FIELD_SUMMARY, 0,
    .ref_kinds = AICT_REFS_SOURCE, .description = "The source." },
  { "locator", AICT_FIELD_TEXT, AICT_FIELD_SUMMARY, 0,
    .description = "Where in it (a page, a section)." },
};

const AictTypeInfo _aict_source_ref_info = {
  "source_ref", N_("a source reference"), N_("a source reference (an object)"),
  N_("a source reference needs a “source”"), aict_source_ref_get_type, 0, NULL,
  source_ref_fields, G_N_ELEMENTS (source_ref_fields),
};
