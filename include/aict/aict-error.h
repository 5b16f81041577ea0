/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-version-macros.h>

G_BEGIN_DECLS

/**
 * AICT_ERROR:
 *
 * The error domain of libaict.
 */
#define AICT_ERROR (aict_error_quark ())

/**
 * AictError:
 * @AICT_ERROR_FAILED: a failure that fits no other code
 * @AICT_ERROR_IO: the file or stream could not be read or written
 * @AICT_ERROR_PARSE: the bytes are not strict JSON (RFC 8259, I-JSON)
 * @AICT_ERROR_LIMIT: a limit of [struct@Aict.LoadOptions] was exceeded
 * @AICT_ERROR_SCHEMA: the JSON is not an aict/1 dataset (missing member,
 *   wrong type, unknown member or enumeration value, bad code or date)
 * @AICT_ERROR_REFERENCE: an id does not name an object of the right kind
 * @AICT_ERROR_DUPLICATE_ID: an object with that id is already there
 * @AICT_ERROR_OVERFLOW: an amount or a sum left the exact range ±(2^53 − 1)
 * @AICT_ERROR_CURRENCY: amounts in different currencies were combined
 * @AICT_ERROR_INVALID_ARGUMENT: an argument has a value the function rejects
 * @AICT_ERROR_NOT_FOUND: no object has the id asked for
 * @AICT_ERROR_CORRUPT: stored data is damaged
 * @AICT_ERROR_CONFLICT: files to merge give one object different content
 *   (since 0.2)
 *
 * Error codes of the %AICT_ERROR domain.  The list only grows: codes keep
 * their value and nick across releases.
 *
 * One failure is not in this domain: an operation stopped through its
 * [class@Gio.Cancellable] fails with %G_IO_ERROR_CANCELLED in the
 * `G_IO_ERROR` domain, as GIO's own operations do (since 0.2; stream loads
 * used to report it as %AICT_ERROR_IO).
 */
typedef enum
{
  AICT_ERROR_FAILED,            /*< nick=failed >*/
  AICT_ERROR_IO,                /*< nick=io >*/
  AICT_ERROR_PARSE,             /*< nick=parse >*/
  AICT_ERROR_LIMIT,             /*< nick=limit >*/
  AICT_ERROR_SCHEMA,            /*< nick=schema >*/
  AICT_ERROR_REFERENCE,         /*< nick=reference >*/
  AICT_ERROR_DUPLICATE_ID,      /*< nick=duplicate-id >*/
  AICT_ERROR_OVERFLOW,          /*< nick=overflow >*/
  AICT_ERROR_CURRENCY,          /*< nick=currency >*/
  AICT_ERROR_INVALID_ARGUMENT,  /*< nick=invalid-argument >*/
  AICT_ERROR_NOT_FOUND,         /*< nick=not-found >*/
  AICT_ERROR_CORRUPT,           /*< nick=corrupt >*/
  AICT_ERROR_CONFLICT,          /*< nick=conflict >*/
} AictError;

AICT_AVAILABLE_IN_ALL
GQuark aict_error_quark (void);

G_END_DECLS
