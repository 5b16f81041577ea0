/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>

G_BEGIN_DECLS

/**
 * AICT_TYPE_PARTIAL_DATE:
 *
 * The [alias@GObject.Type] of [struct@Aict.PartialDate].
 *
 * Since: 0.1
 */
#define AICT_TYPE_PARTIAL_DATE (aict_partial_date_get_type ())

AICT_AVAILABLE_IN_ALL
GType              aict_partial_date_get_type      (void);

AICT_AVAILABLE_IN_ALL
AictPartialDate   *aict_partial_date_new           (int                     year,
                                                    int                     month,
                                                    int                     day) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_ALL
AictPartialDate   *aict_partial_date_parse         (const char             *text,
                                                    GError                **error) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_ALL
AictPartialDate   *aict_partial_date_copy          (const AictPartialDate  *self) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_ALL
void               aict_partial_date_free          (AictPartialDate        *self);

AICT_AVAILABLE_IN_ALL
int                aict_partial_date_get_year      (const AictPartialDate  *self);
AICT_AVAILABLE_IN_ALL
int                aict_partial_date_get_month     (const AictPartialDate  *self);
AICT_AVAILABLE_IN_ALL
int                aict_partial_date_get_day       (const AictPartialDate  *self);
AICT_AVAILABLE_IN_ALL
AictDatePrecision  aict_partial_date_get_precision (const AictPartialDate  *self);

AICT_AVAILABLE_IN_ALL
GDate             *aict_partial_date_get_first_day (const AictPartialDate  *self) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_ALL
GDate             *aict_partial_date_get_last_day  (const AictPartialDate  *self) G_GNUC_WARN_UNUSED_RESULT;

AICT_AVAILABLE_IN_ALL
char              *aict_partial_date_to_string     (const AictPartialDate  *self) G_GNUC_WARN_UNUSED_RESULT;

AICT_AVAILABLE_IN_ALL
gboolean           aict_partial_date_equal         (const AictPartialDate  *a,
                                                    const AictPartialDate  *b);
AICT_AVAILABLE_IN_ALL
guint              aict_partial_date_hash          (const AictPartialDate  *self);

AICT_AVAILABLE_IN_ALL
int                aict_partial_date_compare       (const AictPartialDate  *a,
                                                    const AictPartialDate  *b);
AICT_AVAILABLE_IN_ALL
gboolean           aict_partial_date_is_before     (const AictPartialDate  *a,
                                                    const AictPartialDate  *b);
AICT_AVAILABLE_IN_ALL
gboolean           aict_partial_date_overlaps      (const AictPartialDate  *a,
                                                    const AictPartialDate  *b);
AICT_AVAILABLE_IN_ALL
int                aict_partial_date_compare_date  (const AictPartialDate  *self,
                                                    const GDate            *date);
AICT_AVAILABLE_IN_ALL
int                aict_partial_date_sort_compare  (const AictPartialDate  *a,
                                                    const AictPartialDate  *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AictPartialDate, aict_partial_date_free)

G_END_DECLS
