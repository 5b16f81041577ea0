/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-entity.h>

G_BEGIN_DECLS

#define AICT_TYPE_CONTRIBUTION (aict_contribution_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictContribution, aict_contribution, AICT, CONTRIBUTION, AictEntity)

AICT_AVAILABLE_IN_ALL
AictContribution   *aict_contribution_new                (const char         *id,
                                                          const char         *summary);
AICT_AVAILABLE_IN_ALL
const char         *aict_contribution_get_person_id      (AictContribution   *self);
AICT_AVAILABLE_IN_ALL
void                aict_contribution_set_person_id      (AictContribution   *self,
                                                          const char         *person_id);
AICT_AVAILABLE_IN_ALL
const char         *aict_contribution_get_actor_id       (AictContribution   *self);
AICT_AVAILABLE_IN_ALL
void                aict_contribution_set_actor_id       (AictContribution   *self,
                                                          const char         *actor_id);
AICT_AVAILABLE_IN_ALL
const char         *aict_contribution_get_agenda_item_id (AictContribution   *self);
AICT_AVAILABLE_IN_ALL
void                aict_contribution_set_agenda_item_id (AictContribution   *self,
                                                          const char         *agenda_item_id);
AICT_AVAILABLE_IN_ALL
const char         *aict_contribution_get_summary        (AictContribution   *self);
AICT_AVAILABLE_IN_ALL
void                aict_contribution_set_summary        (AictContribution   *self,
                                                          const char         *summary);
AICT_AVAILABLE_IN_ALL
const char * const *aict_contribution_get_themes         (AictContribution   *self);
AICT_AVAILABLE_IN_ALL
void                aict_contribution_set_themes         (AictContribution   *self,
                                                          const char * const *themes);

G_END_DECLS
