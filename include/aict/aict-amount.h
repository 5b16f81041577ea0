/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>

G_BEGIN_DECLS

/**
 * AICT_AMOUNT_MAX:
 *
 * The largest magnitude of an amount in minor units, 2^53 − 1.
 *
 * Every bound of an [struct@Aict.Amount] and every result of its
 * arithmetic lies within ±`AICT_AMOUNT_MAX`, so that JavaScript and any
 * other consumer that reads numbers as IEEE doubles sees them exactly.
 *
 * Since: 0.1
 */
#define AICT_AMOUNT_MAX G_GINT64_CONSTANT (9007199254740991)

/**
 * AICT_TYPE_AMOUNT:
 *
 * The [alias@GObject.Type] of [struct@Aict.Amount].
 *
 * Since: 0.1
 */
#define AICT_TYPE_AMOUNT (aict_amount_get_type ())

AICT_AVAILABLE_IN_ALL
GType        aict_amount_get_type        (void);

AICT_AVAILABLE_IN_ALL
AictAmount  *aict_amount_new             (gint64             value,
                                          const char        *currency) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_0_2
AictAmount  *aict_amount_new_minor       (gint64             minor,
                                          const char        *currency) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_0_2
AictAmount  *aict_amount_new_major       (gint64             major,
                                          const char        *currency,
                                          GError           **error) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_0_2
AictAmount  *aict_amount_new_from_string (const char        *text,
                                          const char        *currency,
                                          GError           **error) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_ALL
AictAmount  *aict_amount_new_range       (gint64             min,
                                          gint64             max,
                                          const char        *currency) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_ALL
AictAmount  *aict_amount_new_full        (gint64             min,
                                          gint64             max,
                                          const char        *currency,
                                          gboolean           is_range,
                                          gboolean           approximate) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_ALL
AictAmount  *aict_amount_copy            (const AictAmount  *self) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_ALL
void         aict_amount_free            (AictAmount        *self);

AICT_AVAILABLE_IN_ALL
gboolean     aict_amount_is_range        (const AictAmount  *self);
AICT_AVAILABLE_IN_ALL
gint64       aict_amount_get_value       (const AictAmount  *self);
AICT_AVAILABLE_IN_ALL
gint64       aict_amount_get_min         (const AictAmount  *self);
AICT_AVAILABLE_IN_ALL
gint64       aict_amount_get_max         (const AictAmount  *self);
AICT_AVAILABLE_IN_ALL
const char  *aict_amount_get_currency    (const AictAmount  *self);
AICT_AVAILABLE_IN_ALL
gboolean     aict_amount_get_approximate (const AictAmount  *self);

AICT_AVAILABLE_IN_ALL
gboolean     aict_amount_equal           (const AictAmount  *a,
                                          const AictAmount  *b);

AICT_AVAILABLE_IN_ALL
AictAmount  *aict_amount_add             (const AictAmount  *a,
                                          const AictAmount  *b,
                                          GError           **error) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_ALL
AictAmount  *aict_amount_subtract        (const AictAmount  *a,
                                          const AictAmount  *b,
                                          GError           **error) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_ALL
gint64       aict_amount_percent_change  (const AictAmount  *from,
                                          const AictAmount  *to,
                                          GError           **error);

AICT_AVAILABLE_IN_ALL
char        *aict_amount_format_value    (gint64             minor,
                                          const char        *currency) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_ALL
char        *aict_amount_to_string       (const AictAmount  *self) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AictAmount, aict_amount_free)

G_END_DECLS
