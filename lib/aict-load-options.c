/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-load-options-private.h"

/**
 * AictLoadOptions:
 *
 * How a dataset is loaded: the limits that protect the loader from hostile
 * or broken input, and whether loading also validates.
 *
 * Every limit is checked before the work it bounds; input that exceeds one
 * is rejected with %AICT_ERROR_LIMIT, never truncated.  The defaults suit
 * any real dataset (the whole 2016 meeting report is a few dozen
 * kilobytes); raise them for large synthetic files.
 *
 * Since: 0.1
 */
struct _AictLoadOptions
{
  AictLimits limits;
  gboolean validate;
};

G_DEFINE_BOXED_TYPE (AictLoadOptions, aict_load_options, aict_load_options_copy, aict_load_options_free)

/**
 * aict_load_options_new:
 *
 * Creates load options with the default limits and validation off.
 *
 * Returns: (transfer full): a new [struct@Aict.LoadOptions]
 *
 * Since: 0.1
 */
AictLoadOptions *
aict_load_options_new (void)
{
  AictLoadOptions *self = g_new0 (AictLoadOptions, 1);

  aict_limits_init_default (&self->limits);

  return self;
}

/**
 * aict_load_options_copy:
 * @self: an [struct@Aict.LoadOptions]
 *
 * Copies @self.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
AictLoadOptions *
aict_load_options_copy (const AictLoadOptions *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

/**
 * aict_load_options_free:
 * @self: (transfer full): an [struct@Aict.LoadOptions]
 *
 * Frees @self.
 *
 * Since: 0.1
 */
void
aict_load_options_free (AictLoadOptions *self)
{
  g_free (self);
}

const AictLimits *
_aict_load_options_get_limits (const AictLoadOptions *self)
{
  return &self->limits;
}

/**
 * aict_load_options_get_max_file_size:
 * @self: an [struct@Aict.LoadOptions]
 *
 * Gets the limit on the size of a file or stream in bytes.
 *
 * Returns: the limit
 *
 * Since: 0.1
 */
gsize
aict_load_options_get_max_file_size (const AictLoadOptions *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->limits.max_file_size;
}

/**
 * aict_load_options_set_max_file_size:
 * @self: an [struct@Aict.LoadOptions]
 * @max_file_size: the new limit
 *
 * Sets the limit on the size of a file or stream in bytes.  The default is 8 MiB. It cannot exceed 1 GiB.
 *
 * Since: 0.1
 */
void
aict_load_options_set_max_file_size (AictLoadOptions *self,
                                     gsize           max_file_size)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (max_file_size <= AICT_HARD_MAX_FILE_SIZE);

  self->limits.max_file_size = max_file_size;
}

/**
 * aict_load_options_get_max_depth:
 * @self: an [struct@Aict.LoadOptions]
 *
 * Gets the limit on how deeply arrays and objects may nest (the top-level object is depth 1).
 *
 * Returns: the limit
 *
 * Since: 0.1
 */
guint
aict_load_options_get_max_depth (const AictLoadOptions *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->limits.max_depth;
}

/**
 * aict_load_options_set_max_depth:
 * @self: an [struct@Aict.LoadOptions]
 * @max_depth: the new limit
 *
 * Sets the limit on how deeply arrays and objects may nest (the top-level object is depth 1).  The default is 32. It cannot exceed 1024.
 *
 * Since: 0.1
 */
void
aict_load_options_set_max_depth (AictLoadOptions *self,
                                 guint           max_depth)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (max_depth <= AICT_HARD_MAX_DEPTH);

  self->limits.max_depth = max_depth;
}

/**
 * aict_load_options_get_max_string_length:
 * @self: an [struct@Aict.LoadOptions]
 *
 * Gets the limit on the length in bytes of a decoded string value.
 *
 * Returns: the limit
 *
 * Since: 0.1
 */
gsize
aict_load_options_get_max_string_length (const AictLoadOptions *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->limits.max_string;
}

/**
 * aict_load_options_set_max_string_length:
 * @self: an [struct@Aict.LoadOptions]
 * @max_string_length: the new limit
 *
 * Sets the limit on the length in bytes of a decoded string value.  The default is 65 536.
 *
 * Since: 0.1
 */
void
aict_load_options_set_max_string_length (AictLoadOptions *self,
                                         gsize           max_string_length)
{
  g_return_if_fail (self != NULL);

  self->limits.max_string = max_string_length;
}

/**
 * aict_load_options_get_max_name_length:
 * @self: an [struct@Aict.LoadOptions]
 *
 * Gets the limit on the length in bytes of a decoded member name.
 *
 * Returns: the limit
 *
 * Since: 0.1
 */
gsize
aict_load_options_get_max_name_length (const AictLoadOptions *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->limits.max_key;
}

/**
 * aict_load_options_set_max_name_length:
 * @self: an [struct@Aict.LoadOptions]
 * @max_name_length: the new limit
 *
 * Sets the limit on the length in bytes of a decoded member name.  The default is 256.
 *
 * Since: 0.1
 */
void
aict_load_options_set_max_name_length (AictLoadOptions *self,
                                       gsize           max_name_length)
{
  g_return_if_fail (self != NULL);

  self->limits.max_key = max_name_length;
}

/**
 * aict_load_options_get_max_items:
 * @self: an [struct@Aict.LoadOptions]
 *
 * Gets the limit on the number of items of one array.
 *
 * Returns: the limit
 *
 * Since: 0.1
 */
guint
aict_load_options_get_max_items (const AictLoadOptions *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->limits.max_items;
}

/**
 * aict_load_options_set_max_items:
 * @self: an [struct@Aict.LoadOptions]
 * @max_items: the new limit
 *
 * Sets the limit on the number of items of one array.  The default is 100 000.
 *
 * Since: 0.1
 */
void
aict_load_options_set_max_items (AictLoadOptions *self,
                                 guint           max_items)
{
  g_return_if_fail (self != NULL);

  self->limits.max_items = max_items;
}

/**
 * aict_load_options_get_max_members:
 * @self: an [struct@Aict.LoadOptions]
 *
 * Gets the limit on the number of members of one object.
 *
 * Returns: the limit
 *
 * Since: 0.1
 */
guint
aict_load_options_get_max_members (const AictLoadOptions *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->limits.max_members;
}

/**
 * aict_load_options_set_max_members:
 * @self: an [struct@Aict.LoadOptions]
 * @max_members: the new limit
 *
 * Sets the limit on the number of members of one object.  The default is 256.
 *
 * Since: 0.1
 */
void
aict_load_options_set_max_members (AictLoadOptions *self,
                                   guint           max_members)
{
  g_return_if_fail (self != NULL);

  self->limits.max_members = max_members;
}

/**
 * aict_load_options_get_max_number_length:
 * @self: an [struct@Aict.LoadOptions]
 *
 * Gets the limit on the length in characters of a number as written.
 *
 * Returns: the limit
 *
 * Since: 0.1
 */
guint
aict_load_options_get_max_number_length (const AictLoadOptions *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->limits.max_number_len;
}

/**
 * aict_load_options_set_max_number_length:
 * @self: an [struct@Aict.LoadOptions]
 * @max_number_length: the new limit
 *
 * Sets the limit on the length in characters of a number as written.  The default is 32.
 *
 * Since: 0.1
 */
void
aict_load_options_set_max_number_length (AictLoadOptions *self,
                                         guint           max_number_length)
{
  g_return_if_fail (self != NULL);

  self->limits.max_number_len = max_number_length;
}

/**
 * aict_load_options_get_max_values:
 * @self: an [struct@Aict.LoadOptions]
 *
 * Gets the limit on the number of JSON values in the whole document.
 *
 * Returns: the limit
 *
 * Since: 0.1
 */
guint
aict_load_options_get_max_values (const AictLoadOptions *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->limits.max_values;
}

/**
 * aict_load_options_set_max_values:
 * @self: an [struct@Aict.LoadOptions]
 * @max_values: the new limit
 *
 * Sets the limit on the number of JSON values in the whole document.  The default is 1 000 000.
 *
 * Since: 0.1
 */
void
aict_load_options_set_max_values (AictLoadOptions *self,
                                  guint           max_values)
{
  g_return_if_fail (self != NULL);

  self->limits.max_values = max_values;
}

/**
 * aict_load_options_get_validate:
 * @self: an [struct@Aict.LoadOptions]
 *
 * Gets whether loading also validates the dataset.
 *
 * Returns: %TRUE if a load fails on the first validation error
 *
 * Since: 0.1
 */
gboolean
aict_load_options_get_validate (const AictLoadOptions *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->validate;
}

/**
 * aict_load_options_set_validate:
 * @self: an [struct@Aict.LoadOptions]
 * @validate: whether to validate
 *
 * Sets whether loading also validates the dataset.  When %TRUE, a load
 * whose dataset has an issue of severity %AICT_SEVERITY_ERROR fails with a
 * [error@Aict.Error] whose code matches the issue (%AICT_ERROR_REFERENCE
 * for an unresolved id, %AICT_ERROR_DUPLICATE_ID, %AICT_ERROR_SCHEMA for the
 * rest) and whose message gives the JSON path.  The default is %FALSE: the
 * load gives you the dataset and [method@Aict.Dataset.validate] gives you
 * every issue at once.
 *
 * Since: 0.1
 */
void
aict_load_options_set_validate (AictLoadOptions *self,
                                gboolean         validate)
{
  g_return_if_fail (self != NULL);

  self->validate = !!validate;
}
