/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-error.h"

/**
 * aict_error_quark:
 *
 * The quark of the %AICT_ERROR error domain.
 *
 * Returns: the error quark
 *
 * Since: 0.1
 */
GQuark
aict_error_quark (void)
{
  /* G_DEFINE_QUARK caches the quark in a plain static: threads that make
   * their first error at once race on it (reported by ThreadSanitizer in
   * tests/test-threads.c).  g_once_init_* publishes it safely. */
  static gsize quark = 0;

  if (g_once_init_enter (&quark))
    g_once_init_leave (&quark, g_quark_from_static_string ("aict-error-quark"));

  return (GQuark) quark;
}
