/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>
#include <aict/aict-amount.h>
#include <aict/aict-partial-date.h>

G_BEGIN_DECLS

/* For people, in the conventions of the locale (lib/aict-display.c). */

AICT_AVAILABLE_IN_0_2
char *aict_partial_date_format_for_display (const AictPartialDate *date) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_0_2
char *aict_format_period                   (const AictPartialDate *start,
                                            const AictPartialDate *end) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_0_2
char *aict_format_integer                  (gint64                 value) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_0_2
char *aict_format_decimal                  (gint64                 scaled,
                                            guint                  decimals,
                                            gboolean               trim) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_0_2
char *aict_format_percent                  (gint64                 basis_points) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_0_2
char *aict_format_fte                      (int                    hundredths) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_0_2
char *aict_format_money                    (gint64                 minor,
                                            const char            *currency,
                                            gboolean               show_plus) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_0_2
char *aict_amount_format_for_display       (const AictAmount      *amount) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
