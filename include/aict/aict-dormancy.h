/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>
#include <aict/aict-dataset.h>
#include <aict/aict-entity.h>
#include <aict/aict-partial-date.h>
#include <aict/aict-partnership.h>

G_BEGIN_DECLS

/**
 * AICT_DORMANCY_DEFAULT_YEARS:
 *
 * The number of years without a sign of life after which
 * aict_dataset_find_dormant_partnerships() lists a partnership when it is
 * given 0 years: 3.
 *
 * Since: 0.2
 */
#define AICT_DORMANCY_DEFAULT_YEARS 3

#define AICT_TYPE_DORMANCY (aict_dormancy_get_type ())
AICT_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (AictDormancy, aict_dormancy, AICT, DORMANCY, GObject)

AICT_AVAILABLE_IN_0_2
GListModel            *aict_dataset_find_dormant_partnerships (AictDataset           *self,
                                                               const AictPartialDate *at,
                                                               guint                  years,
                                                               GError               **error);

AICT_AVAILABLE_IN_0_2
AictPartnership       *aict_dormancy_get_partnership     (AictDormancy *self);
AICT_AVAILABLE_IN_0_2
const AictPartialDate *aict_dormancy_get_last_date       (AictDormancy *self);
AICT_AVAILABLE_IN_0_2
AictEntity            *aict_dormancy_get_last_entity     (AictDormancy *self);
AICT_AVAILABLE_IN_0_2
const char            *aict_dormancy_get_last_member     (AictDormancy *self);

G_END_DECLS
