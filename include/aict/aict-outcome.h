/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-entity.h>

G_BEGIN_DECLS

#define AICT_TYPE_OUTCOME (aict_outcome_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictOutcome, aict_outcome, AICT, OUTCOME, AictEntity)

AICT_AVAILABLE_IN_ALL
AictOutcome           *aict_outcome_new                 (const char            *id,
                                                         AictOutcomeKind        kind,
                                                         const char            *text);
AICT_AVAILABLE_IN_ALL
AictOutcomeKind        aict_outcome_get_kind            (AictOutcome           *self);
AICT_AVAILABLE_IN_ALL
void                   aict_outcome_set_kind            (AictOutcome           *self,
                                                         AictOutcomeKind        kind);
AICT_AVAILABLE_IN_ALL
const char            *aict_outcome_get_text            (AictOutcome           *self);
AICT_AVAILABLE_IN_ALL
void                   aict_outcome_set_text            (AictOutcome           *self,
                                                         const char            *text);
AICT_AVAILABLE_IN_ALL
const char            *aict_outcome_get_agenda_item_id  (AictOutcome           *self);
AICT_AVAILABLE_IN_ALL
void                   aict_outcome_set_agenda_item_id  (AictOutcome           *self,
                                                         const char            *agenda_item_id);
AICT_AVAILABLE_IN_ALL
const char            *aict_outcome_get_owner_id        (AictOutcome           *self);
AICT_AVAILABLE_IN_ALL
void                   aict_outcome_set_owner_id        (AictOutcome           *self,
                                                         const char            *owner_id);
AICT_AVAILABLE_IN_ALL
const AictPartialDate *aict_outcome_get_due             (AictOutcome           *self);
AICT_AVAILABLE_IN_ALL
void                   aict_outcome_set_due             (AictOutcome           *self,
                                                         const AictPartialDate *due);
AICT_AVAILABLE_IN_ALL
AictOutcomeStatus      aict_outcome_get_status          (AictOutcome           *self);
AICT_AVAILABLE_IN_ALL
void                   aict_outcome_set_status          (AictOutcome           *self,
                                                         AictOutcomeStatus      status);
AICT_AVAILABLE_IN_ALL
const char * const    *aict_outcome_get_actor_ids       (AictOutcome           *self);
AICT_AVAILABLE_IN_ALL
void                   aict_outcome_set_actor_ids       (AictOutcome           *self,
                                                         const char * const    *actor_ids);
AICT_AVAILABLE_IN_ALL
const char * const    *aict_outcome_get_partnership_ids (AictOutcome           *self);
AICT_AVAILABLE_IN_ALL
void                   aict_outcome_set_partnership_ids (AictOutcome           *self,
                                                         const char * const    *partnership_ids);
AICT_AVAILABLE_IN_ALL
const char * const    *aict_outcome_get_themes          (AictOutcome           *self);
AICT_AVAILABLE_IN_ALL
void                   aict_outcome_set_themes          (AictOutcome           *self,
                                                         const char * const    *themes);
AICT_AVAILABLE_IN_ALL
const char            *aict_outcome_get_meeting_id      (AictOutcome           *self);

G_END_DECLS
