/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <aict/aict-error.h>

#include "aict-i18n-private.h"
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
 * kilobytes); raise them for large synthetic files, or start from
 * [ctor@Aict.LoadOptions.new_trusted] for files you produced yourself.
 *
 * Each limit is a property, so that bindings can build options by
 * keyword: `Aict.LoadOptions(max_file_size=64 * 1024 * 1024)` in Python,
 * `new Aict.LoadOptions({max_file_size: 64 * 1024 * 1024})` in GJS.
 *
 * Two limits have a hard maximum (#AictLoadOptions:max-file-size 1 GiB,
 * #AictLoadOptions:max-depth 1024).  A setter or a property takes any
 * value, since neither can report an error; a load with a value beyond
 * its maximum fails with %AICT_ERROR_INVALID_ARGUMENT naming the option,
 * before reading anything.  [method@Aict.LoadOptions.check] gives the same
 * error at once.
 *
 * The loader reads the options only while it runs: changing them
 * afterwards does not change a loaded dataset.  To keep a set of options
 * while changing another, use [method@Aict.LoadOptions.copy].
 *
 * Until 0.2 this was a boxed type; it is now a final [class@GObject.Object].
 * C code is unchanged, except that `aict_load_options_free()` is now
 * g_object_unref().
 *
 * Since: 0.1
 */
struct _AictLoadOptions
{
  GObject parent_instance;

  AictLimits limits;
  gboolean validate;
};

G_DEFINE_FINAL_TYPE (AictLoadOptions, aict_load_options, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_MAX_FILE_SIZE,
  PROP_MAX_DEPTH,
  PROP_MAX_STRING_LENGTH,
  PROP_MAX_NAME_LENGTH,
  PROP_MAX_ITEMS,
  PROP_MAX_MEMBERS,
  PROP_MAX_NUMBER_LENGTH,
  PROP_MAX_VALUES,
  PROP_VALIDATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
aict_load_options_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AictLoadOptions *self = AICT_LOAD_OPTIONS (object);

  switch (prop_id)
    {
    case PROP_MAX_FILE_SIZE:
      g_value_set_uint64 (value, self->limits.max_file_size);
      break;

    case PROP_MAX_DEPTH:
      g_value_set_uint (value, self->limits.max_depth);
      break;

    case PROP_MAX_STRING_LENGTH:
      g_value_set_uint64 (value, self->limits.max_string);
      break;

    case PROP_MAX_NAME_LENGTH:
      g_value_set_uint64 (value, self->limits.max_key);
      break;

    case PROP_MAX_ITEMS:
      g_value_set_uint (value, self->limits.max_items);
      break;

    case PROP_MAX_MEMBERS:
      g_value_set_uint (value, self->limits.max_members);
      break;

    case PROP_MAX_NUMBER_LENGTH:
      g_value_set_uint (value, self->limits.max_number_len);
      break;

    case PROP_MAX_VALUES:
      g_value_set_uint (value, self->limits.max_values);
      break;

    case PROP_VALIDATE:
      g_value_set_boolean (value, self->validate);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_load_options_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AictLoadOptions *self = AICT_LOAD_OPTIONS (object);

  switch (prop_id)
    {
    case PROP_MAX_FILE_SIZE:
      /* Saturated, not truncated, where gsize is 32 bits: the check
       * still sees a value too large. */
      aict_load_options_set_max_file_size (self, (gsize) MIN (g_value_get_uint64 (value), G_MAXSIZE));
      break;

    case PROP_MAX_DEPTH:
      aict_load_options_set_max_depth (self, g_value_get_uint (value));
      break;

    case PROP_MAX_STRING_LENGTH:
      /* Saturated, not truncated, where gsize is 32 bits: the check
       * still sees a value too large. */
      aict_load_options_set_max_string_length (self, (gsize) MIN (g_value_get_uint64 (value), G_MAXSIZE));
      break;

    case PROP_MAX_NAME_LENGTH:
      /* Saturated, not truncated, where gsize is 32 bits: the check
       * still sees a value too large. */
      aict_load_options_set_max_name_length (self, (gsize) MIN (g_value_get_uint64 (value), G_MAXSIZE));
      break;

    case PROP_MAX_ITEMS:
      aict_load_options_set_max_items (self, g_value_get_uint (value));
      break;

    case PROP_MAX_MEMBERS:
      aict_load_options_set_max_members (self, g_value_get_uint (value));
      break;

    case PROP_MAX_NUMBER_LENGTH:
      aict_load_options_set_max_number_length (self, g_value_get_uint (value));
      break;

    case PROP_MAX_VALUES:
      aict_load_options_set_max_values (self, g_value_get_uint (value));
      break;

    case PROP_VALIDATE:
      aict_load_options_set_validate (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_load_options_class_init (AictLoadOptionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = aict_load_options_get_property;
  object_class->set_property = aict_load_options_set_property;

  /**
   * AictLoadOptions:max-file-size: (getter get_max_file_size) (setter set_max_file_size)
   *
   * The limit on the size of a file or stream in bytes.  The default is 8 MiB. It cannot exceed 1 GiB: a load with more fails with %AICT_ERROR_INVALID_ARGUMENT.
   *
   * Since: 0.2
   */
  properties[PROP_MAX_FILE_SIZE] =
    g_param_spec_uint64 ("max-file-size", NULL, NULL,
                     0, G_MAXUINT64, AICT_DEFAULT_MAX_FILE_SIZE,
                     (G_PARAM_READWRITE |
                      G_PARAM_EXPLICIT_NOTIFY |
                      G_PARAM_STATIC_STRINGS));

  /**
   * AictLoadOptions:max-depth: (getter get_max_depth) (setter set_max_depth)
   *
   * The limit on how deeply arrays and objects may nest (the top-level object is depth 1).  The default is 32. It cannot exceed 1024: a load with more fails with %AICT_ERROR_INVALID_ARGUMENT.
   *
   * Since: 0.2
   */
  properties[PROP_MAX_DEPTH] =
    g_param_spec_uint ("max-depth", NULL, NULL,
                     0, G_MAXUINT, AICT_DEFAULT_MAX_DEPTH,
                     (G_PARAM_READWRITE |
                      G_PARAM_EXPLICIT_NOTIFY |
                      G_PARAM_STATIC_STRINGS));

  /**
   * AictLoadOptions:max-string-length: (getter get_max_string_length) (setter set_max_string_length)
   *
   * The limit on the length in bytes of a decoded string value.  The default is 65 536.
   *
   * Since: 0.2
   */
  properties[PROP_MAX_STRING_LENGTH] =
    g_param_spec_uint64 ("max-string-length", NULL, NULL,
                     0, G_MAXUINT64, AICT_DEFAULT_MAX_STRING,
                     (G_PARAM_READWRITE |
                      G_PARAM_EXPLICIT_NOTIFY |
                      G_PARAM_STATIC_STRINGS));

  /**
   * AictLoadOptions:max-name-length: (getter get_max_name_length) (setter set_max_name_length)
   *
   * The limit on the length in bytes of a decoded member name.  The default is 256.
   *
   * Since: 0.2
   */
  properties[PROP_MAX_NAME_LENGTH] =
    g_param_spec_uint64 ("max-name-length", NULL, NULL,
                     0, G_MAXUINT64, AICT_DEFAULT_MAX_KEY,
                     (G_PARAM_READWRITE |
                      G_PARAM_EXPLICIT_NOTIFY |
                      G_PARAM_STATIC_STRINGS));

  /**
   * AictLoadOptions:max-items: (getter get_max_items) (setter set_max_items)
   *
   * The limit on the number of items of one array.  The default is 100 000.
   *
   * Since: 0.2
   */
  properties[PROP_MAX_ITEMS] =
    g_param_spec_uint ("max-items", NULL, NULL,
                     0, G_MAXUINT, AICT_DEFAULT_MAX_ITEMS,
                     (G_PARAM_READWRITE |
                      G_PARAM_EXPLICIT_NOTIFY |
                      G_PARAM_STATIC_STRINGS));

  /**
   * AictLoadOptions:max-members: (getter get_max_members) (setter set_max_members)
   *
   * The limit on the number of members of one object.  The default is 256.
   *
   * Since: 0.2
   */
  properties[PROP_MAX_MEMBERS] =
    g_param_spec_uint ("max-members", NULL, NULL,
                     0, G_MAXUINT, AICT_DEFAULT_MAX_MEMBERS,
                     (G_PARAM_READWRITE |
                      G_PARAM_EXPLICIT_NOTIFY |
                      G_PARAM_STATIC_STRINGS));

  /**
   * AictLoadOptions:max-number-length: (getter get_max_number_length) (setter set_max_number_length)
   *
   * The limit on the length in characters of a number as written.  The default is 32.
   *
   * Since: 0.2
   */
  properties[PROP_MAX_NUMBER_LENGTH] =
    g_param_spec_uint ("max-number-length", NULL, NULL,
                     0, G_MAXUINT, AICT_DEFAULT_MAX_NUMBER_LEN,
                     (G_PARAM_READWRITE |
                      G_PARAM_EXPLICIT_NOTIFY |
                      G_PARAM_STATIC_STRINGS));

  /**
   * AictLoadOptions:max-values: (getter get_max_values) (setter set_max_values)
   *
   * The limit on the number of JSON values in the whole document.  The default is 1 000 000.
   *
   * Since: 0.2
   */
  properties[PROP_MAX_VALUES] =
    g_param_spec_uint ("max-values", NULL, NULL,
                     0, G_MAXUINT, AICT_DEFAULT_MAX_VALUES,
                     (G_PARAM_READWRITE |
                      G_PARAM_EXPLICIT_NOTIFY |
                      G_PARAM_STATIC_STRINGS));

  /**
   * AictLoadOptions:validate: (getter get_validate) (setter set_validate)
   *
   * Whether loading also validates the dataset (see
   * [method@Aict.LoadOptions.set_validate]).  The default is %FALSE.
   *
   * Since: 0.2
   */
  properties[PROP_VALIDATE] =
    g_param_spec_boolean ("validate", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aict_load_options_init (AictLoadOptions *self)
{
  aict_limits_init_default (&self->limits);
}

/**
 * aict_load_options_new:
 *
 * Creates load options with the default limits and validation off.
 *
 * Returns: (transfer full): a new [class@Aict.LoadOptions]
 *
 * Since: 0.1
 */
AictLoadOptions *
aict_load_options_new (void)
{
  return g_object_new (AICT_TYPE_LOAD_OPTIONS, NULL);
}

/**
 * aict_load_options_new_trusted:
 *
 * Creates load options for input you trust: files your own program or
 * the `aict` tool wrote, such as a large export or a generated benchmark
 * file.  Validation is off.
 *
 * The limits are raised to what such files need, not removed: a file of
 * up to 1 GiB (the hard maximum), strings of 16 MiB, member names of
 * 4 096 bytes, objects of 4 096 members, numbers of 64 characters,
 * nesting of 64 levels, and no limit on the number of items of an array
 * or of values in the document.  The loader stays strict (the JSON
 * grammar, the `aict/1` schema, exact amounts); what these options give
 * up is the protection against input crafted to make it use memory and
 * time: a 1 GiB file takes several GiB of memory to load.  Never use
 * them for files from the network, from users or from other
 * organisations: use [ctor@Aict.LoadOptions.new] and raise only the limit
 * that a real file needs.
 *
 * Returns: (transfer full): a new [class@Aict.LoadOptions]
 *
 * Since: 0.2
 */
AictLoadOptions *
aict_load_options_new_trusted (void)
{
  AictLoadOptions *self = aict_load_options_new ();

  self->limits.max_file_size = AICT_HARD_MAX_FILE_SIZE;
  self->limits.max_depth = 64;
  self->limits.max_string = 16u * 1024u * 1024u;
  self->limits.max_key = 4096;
  self->limits.max_items = G_MAXUINT;
  self->limits.max_members = 4096;
  self->limits.max_number_len = 64;
  self->limits.max_values = G_MAXUINT;

  return self;
}

/**
 * aict_load_options_copy:
 * @self: an [class@Aict.LoadOptions]
 *
 * Copies @self: a new object with the same limits and validation, which
 * can then be changed without changing @self.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
AictLoadOptions *
aict_load_options_copy (const AictLoadOptions *self)
{
  AictLoadOptions *copy;

  g_return_val_if_fail (AICT_IS_LOAD_OPTIONS ((AictLoadOptions *) self), NULL);

  copy = aict_load_options_new ();
  copy->limits = self->limits;
  copy->validate = self->validate;

  return copy;
}

/**
 * aict_load_options_free: (skip)
 * @self: (transfer full): an [class@Aict.LoadOptions]
 *
 * Releases @self: the same as g_object_unref().  Kept for code written
 * when load options were a boxed type.
 *
 * Since: 0.1
 */
void
aict_load_options_free (AictLoadOptions *self)
{
  if (self != NULL)
    g_object_unref (self);
}

/**
 * aict_load_options_check:
 * @self: an [class@Aict.LoadOptions]
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Checks that every limit of @self is within its hard maximum: a load
 * with @self would fail otherwise.  The loader calls it before it reads
 * anything; call it to report a bad option where it is set.
 *
 * Fails with %AICT_ERROR_INVALID_ARGUMENT naming the option, its value
 * and its maximum.
 *
 * Returns: %TRUE if @self can be used to load
 *
 * Since: 0.2
 */
gboolean
aict_load_options_check (const AictLoadOptions  *self,
                         GError                **error)
{
  g_return_val_if_fail (AICT_IS_LOAD_OPTIONS ((AictLoadOptions *) self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->limits.max_file_size > AICT_HARD_MAX_FILE_SIZE)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("The load option %s is %llu, more than its maximum of %llu"),
                   "max-file-size", (unsigned long long) self->limits.max_file_size,
                   (unsigned long long) AICT_HARD_MAX_FILE_SIZE);
      return FALSE;
    }

  if (self->limits.max_depth > AICT_HARD_MAX_DEPTH)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("The load option %s is %llu, more than its maximum of %llu"),
                   "max-depth", (unsigned long long) self->limits.max_depth,
                   (unsigned long long) AICT_HARD_MAX_DEPTH);
      return FALSE;
    }

  return TRUE;
}

const AictLimits *
_aict_load_options_get_limits (const AictLoadOptions *self)
{
  return &self->limits;
}

/**
 * aict_load_options_get_max_file_size: (get-property max-file-size)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_val_if_fail (AICT_IS_LOAD_OPTIONS ((AictLoadOptions *) self), 0);

  return self->limits.max_file_size;
}

/**
 * aict_load_options_set_max_file_size: (set-property max-file-size)
 * @self: an [class@Aict.LoadOptions]
 * @max_file_size: the new limit
 *
 * Sets the limit on the size of a file or stream in bytes.  The default is 8 MiB. It cannot exceed 1 GiB: a load with a larger value fails with
 * %AICT_ERROR_INVALID_ARGUMENT (see [method@Aict.LoadOptions.check]).
 *
 * Since: 0.1
 */
void
aict_load_options_set_max_file_size (AictLoadOptions *self,
                                     gsize           max_file_size)
{
  g_return_if_fail (AICT_IS_LOAD_OPTIONS (self));

  if (self->limits.max_file_size == max_file_size)
    return;

  self->limits.max_file_size = max_file_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_FILE_SIZE]);
}

/**
 * aict_load_options_get_max_depth: (get-property max-depth)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_val_if_fail (AICT_IS_LOAD_OPTIONS ((AictLoadOptions *) self), 0);

  return self->limits.max_depth;
}

/**
 * aict_load_options_set_max_depth: (set-property max-depth)
 * @self: an [class@Aict.LoadOptions]
 * @max_depth: the new limit
 *
 * Sets the limit on how deeply arrays and objects may nest (the top-level object is depth 1).  The default is 32. It cannot exceed 1024: a load with a larger value fails with
 * %AICT_ERROR_INVALID_ARGUMENT (see [method@Aict.LoadOptions.check]).
 *
 * Since: 0.1
 */
void
aict_load_options_set_max_depth (AictLoadOptions *self,
                                 guint           max_depth)
{
  g_return_if_fail (AICT_IS_LOAD_OPTIONS (self));

  if (self->limits.max_depth == max_depth)
    return;

  self->limits.max_depth = max_depth;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_DEPTH]);
}

/**
 * aict_load_options_get_max_string_length: (get-property max-string-length)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_val_if_fail (AICT_IS_LOAD_OPTIONS ((AictLoadOptions *) self), 0);

  return self->limits.max_string;
}

/**
 * aict_load_options_set_max_string_length: (set-property max-string-length)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_if_fail (AICT_IS_LOAD_OPTIONS (self));

  if (self->limits.max_string == max_string_length)
    return;

  self->limits.max_string = max_string_length;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_STRING_LENGTH]);
}

/**
 * aict_load_options_get_max_name_length: (get-property max-name-length)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_val_if_fail (AICT_IS_LOAD_OPTIONS ((AictLoadOptions *) self), 0);

  return self->limits.max_key;
}

/**
 * aict_load_options_set_max_name_length: (set-property max-name-length)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_if_fail (AICT_IS_LOAD_OPTIONS (self));

  if (self->limits.max_key == max_name_length)
    return;

  self->limits.max_key = max_name_length;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_NAME_LENGTH]);
}

/**
 * aict_load_options_get_max_items: (get-property max-items)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_val_if_fail (AICT_IS_LOAD_OPTIONS ((AictLoadOptions *) self), 0);

  return self->limits.max_items;
}

/**
 * aict_load_options_set_max_items: (set-property max-items)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_if_fail (AICT_IS_LOAD_OPTIONS (self));

  if (self->limits.max_items == max_items)
    return;

  self->limits.max_items = max_items;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_ITEMS]);
}

/**
 * aict_load_options_get_max_members: (get-property max-members)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_val_if_fail (AICT_IS_LOAD_OPTIONS ((AictLoadOptions *) self), 0);

  return self->limits.max_members;
}

/**
 * aict_load_options_set_max_members: (set-property max-members)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_if_fail (AICT_IS_LOAD_OPTIONS (self));

  if (self->limits.max_members == max_members)
    return;

  self->limits.max_members = max_members;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_MEMBERS]);
}

/**
 * aict_load_options_get_max_number_length: (get-property max-number-length)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_val_if_fail (AICT_IS_LOAD_OPTIONS ((AictLoadOptions *) self), 0);

  return self->limits.max_number_len;
}

/**
 * aict_load_options_set_max_number_length: (set-property max-number-length)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_if_fail (AICT_IS_LOAD_OPTIONS (self));

  if (self->limits.max_number_len == max_number_length)
    return;

  self->limits.max_number_len = max_number_length;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_NUMBER_LENGTH]);
}

/**
 * aict_load_options_get_max_values: (get-property max-values)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_val_if_fail (AICT_IS_LOAD_OPTIONS ((AictLoadOptions *) self), 0);

  return self->limits.max_values;
}

/**
 * aict_load_options_set_max_values: (set-property max-values)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_if_fail (AICT_IS_LOAD_OPTIONS (self));

  if (self->limits.max_values == max_values)
    return;

  self->limits.max_values = max_values;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_VALUES]);
}

/**
 * aict_load_options_get_validate: (get-property validate)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_val_if_fail (AICT_IS_LOAD_OPTIONS ((AictLoadOptions *) self), FALSE);

  return self->validate;
}

/**
 * aict_load_options_set_validate: (set-property validate)
 * @self: an [class@Aict.LoadOptions]
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
  g_return_if_fail (AICT_IS_LOAD_OPTIONS (self));

  validate = !!validate;
  if (self->validate == validate)
    return;

  self->validate = validate;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALIDATE]);
}
