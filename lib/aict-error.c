/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-error.h"

/**
 * aict_error_quark:
 *
 * The quark of the %AICT_ERROR error domain.
 *
 * Returns: the error quark
 */
G_DEFINE_QUARK (aict-error-quark, aict_error)
