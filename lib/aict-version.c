/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-version.h"

/**
 * aict_get_major_version:
 *
 * Gets the major version of the running libaict, for bindings that cannot
 * see [const@Aict.MAJOR_VERSION].
 *
 * Returns: the major version
 *
 * Since: 0.1
 */
guint
aict_get_major_version (void)
{
  return AICT_MAJOR_VERSION;
}

/**
 * aict_get_minor_version:
 *
 * Gets the minor version of the running libaict.
 *
 * Returns: the minor version
 *
 * Since: 0.1
 */
guint
aict_get_minor_version (void)
{
  return AICT_MINOR_VERSION;
}

/**
 * aict_get_micro_version:
 *
 * Gets the micro version of the running libaict.
 *
 * Returns: the micro version
 *
 * Since: 0.1
 */
guint
aict_get_micro_version (void)
{
  return AICT_MICRO_VERSION;
}

/**
 * aict_get_version_string:
 *
 * Gets the version of the running libaict as a string, such as `"0.1.0"`.
 *
 * Returns: (transfer none): the version
 *
 * Since: 0.1
 */
const char *
aict_get_version_string (void)
{
  return AICT_VERSION_S;
}

/**
 * aict_check_version:
 * @major: required major version
 * @minor: required minor version
 * @micro: required micro version
 *
 * Checks that the running libaict is at least the given version.
 *
 * Returns: %TRUE if it is
 *
 * Since: 0.1
 */
gboolean
aict_check_version (guint major,
                    guint minor,
                    guint micro)
{
  guint64 running = ((guint64) AICT_MAJOR_VERSION << 40) |
                    ((guint64) AICT_MINOR_VERSION << 20) | AICT_MICRO_VERSION;
  guint64 wanted = ((guint64) major << 40) | ((guint64) MIN (minor, 0xfffff) << 20) |
                   MIN (micro, 0xfffff);

  return running >= wanted;
}
