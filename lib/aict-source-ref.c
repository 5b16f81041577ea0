/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <string.h>

#include <aict/aict-source-ref.h>

/**
 * AictSourceRef:
 *
 * A pointer to where a fact was read: the id of a source document of the
 * dataset and, optionally, a locator inside it (a section, a heading, a
 * page, such as `"Annexe — Dordogne (24)"`).
 *
 * Every entity of a dataset can carry source references.  The source id is
 * not checked against the dataset here; the validator reports references
 * to unknown sources.
 *
 * An `AictSourceRef` is immutable: once built, it can be shared between
 * threads without locking.  [method@Aict.SourceRef.copy] is cheap (it takes
 * a reference).
 *
 * Since: 0.1
 */
struct _AictSourceRef
{
  gint        ref_count;  /* atomic; copy is a reference */
  const char *locator;    /* NULL, or points into source[] past its NUL */
  char        source[];   /* "source\0locator\0", one allocation */
};

G_DEFINE_BOXED_TYPE (AictSourceRef, aict_source_ref, aict_source_ref_copy, aict_source_ref_free)

/**
 * aict_source_ref_new:
 * @source: the id of a source: a non-empty UTF-8 string
 *
 * Creates a reference to a whole source; see
 * [ctor@Aict.SourceRef.new_full] for a locator.
 *
 * Returns: (transfer full): a new [struct@Aict.SourceRef]
 *
 * Since: 0.1
 */
AictSourceRef *
aict_source_ref_new (const char *source)
{
  return aict_source_ref_new_full (source, NULL);
}

/**
 * aict_source_ref_new_full:
 * @source: the id of a source: a non-empty UTF-8 string
 * @locator: (nullable): where in the source, or %NULL
 *
 * Creates a source reference.
 *
 * Returns: (transfer full): a new [struct@Aict.SourceRef]
 *
 * Since: 0.2
 */
AictSourceRef *
aict_source_ref_new_full (const char *source,
                          const char *locator)
{
  AictSourceRef *self;
  gsize source_size;
  gsize locator_size;

  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (source[0] != '\0', NULL);
  g_return_val_if_fail (g_utf8_validate (source, -1, NULL), NULL);
  g_return_val_if_fail (locator == NULL || g_utf8_validate (locator, -1, NULL), NULL);

  source_size = strlen (source) + 1;
  locator_size = locator != NULL ? strlen (locator) + 1 : 0;

  self = g_malloc (sizeof (AictSourceRef) + source_size + locator_size);
  self->ref_count = 1;
  memcpy (self->source, source, source_size);
  if (locator != NULL)
    {
      memcpy (self->source + source_size, locator, locator_size);
      self->locator = self->source + source_size;
    }
  else
    self->locator = NULL;

  return self;
}

/**
 * aict_source_ref_copy:
 * @self: an [struct@Aict.SourceRef]
 *
 * Copies @self.
 *
 * Source references are immutable, so this only takes a reference; it is
 * cheap and thread-safe.
 *
 * Returns: (transfer full): a copy of @self, to free with
 *   [method@Aict.SourceRef.free]
 *
 * Since: 0.1
 */
AictSourceRef *
aict_source_ref_copy (const AictSourceRef *self)
{
  AictSourceRef *mutable_self = (AictSourceRef *) self;

  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_int_inc (&mutable_self->ref_count);

  return mutable_self;
}

/**
 * aict_source_ref_free:
 * @self: (nullable) (transfer full): an [struct@Aict.SourceRef], or %NULL
 *
 * Frees @self (releases the reference taken by its constructor or by
 * [method@Aict.SourceRef.copy]).  Does nothing if @self is %NULL.
 *
 * Since: 0.1
 */
void
aict_source_ref_free (AictSourceRef *self)
{
  if (self == NULL)
    return;

  g_return_if_fail (g_atomic_int_get (&self->ref_count) > 0);

  if (g_atomic_int_dec_and_test (&self->ref_count))
    g_free (self);
}

/**
 * aict_source_ref_get_source:
 * @self: an [struct@Aict.SourceRef]
 *
 * Gets the id of the source document @self points to.
 *
 * Returns: (transfer none): the source id, never empty
 *
 * Since: 0.1
 */
const char *
aict_source_ref_get_source (const AictSourceRef *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->source;
}

/**
 * aict_source_ref_get_locator:
 * @self: an [struct@Aict.SourceRef]
 *
 * Gets where in the source document the fact was read.
 *
 * Returns: (transfer none) (nullable): the locator, or %NULL if there is
 *   none
 *
 * Since: 0.1
 */
const char *
aict_source_ref_get_locator (const AictSourceRef *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->locator;
}

/**
 * aict_source_ref_equal:
 * @a: an [struct@Aict.SourceRef]
 * @b: another [struct@Aict.SourceRef]
 *
 * Tells whether @a and @b have the same source id and the same locator
 * (byte for byte; no locator and an empty locator differ).
 *
 * Returns: %TRUE if @a and @b are equal
 *
 * Since: 0.1
 */
gboolean
aict_source_ref_equal (const AictSourceRef *a,
                       const AictSourceRef *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a == b ||
         (strcmp (a->source, b->source) == 0 &&
          g_strcmp0 (a->locator, b->locator) == 0);
}
