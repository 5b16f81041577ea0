/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>
#include <aict/aict-entity.h>
#include <aict/aict-dataset.h>

G_BEGIN_DECLS

#define AICT_TYPE_REFERRER (aict_referrer_get_type ())
AICT_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (AictReferrer, aict_referrer, AICT, REFERRER, GObject)

AICT_AVAILABLE_IN_0_2
AictEntity *aict_referrer_get_entity      (AictReferrer *self);
AICT_AVAILABLE_IN_0_2
const char *aict_referrer_get_member      (AictReferrer *self);
AICT_AVAILABLE_IN_0_2
int         aict_referrer_get_index       (AictReferrer *self);

AICT_AVAILABLE_IN_0_2
GListModel *aict_dataset_list_referrers   (AictDataset  *self,
                                           const char   *id);

G_END_DECLS
