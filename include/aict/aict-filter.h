/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>

G_BEGIN_DECLS

#define AICT_TYPE_FILTER (aict_filter_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictFilter, aict_filter, AICT, FILTER, GObject)

AICT_AVAILABLE_IN_ALL
AictFilter *aict_filter_new                (void);
AICT_AVAILABLE_IN_ALL
gboolean    aict_filter_add_country        (AictFilter             *self,
                                            const char             *code,
                                            GError                **error);
AICT_AVAILABLE_IN_ALL
gboolean    aict_filter_add_theme          (AictFilter             *self,
                                            const char             *code,
                                            GError                **error);
AICT_AVAILABLE_IN_ALL
void        aict_filter_add_status         (AictFilter             *self,
                                            AictPartnershipStatus   status);
AICT_AVAILABLE_IN_ALL
void        aict_filter_add_role           (AictFilter             *self,
                                            AictParticipantRole     role);
AICT_AVAILABLE_IN_ALL
void        aict_filter_add_actor_kind     (AictFilter             *self,
                                            AictActorKind           kind);
AICT_AVAILABLE_IN_ALL
void        aict_filter_add_budget_kind    (AictFilter             *self,
                                            AictBudgetKind          kind);
AICT_AVAILABLE_IN_ALL
void        aict_filter_add_outcome_kind   (AictFilter             *self,
                                            AictOutcomeKind         kind);
AICT_AVAILABLE_IN_ALL
void        aict_filter_add_outcome_status (AictFilter             *self,
                                            AictOutcomeStatus       status);
AICT_AVAILABLE_IN_ALL
void        aict_filter_set_actor          (AictFilter             *self,
                                            const char             *actor_id);
AICT_AVAILABLE_IN_ALL
const char *aict_filter_get_actor          (AictFilter             *self);
AICT_AVAILABLE_IN_ALL
void        aict_filter_set_owner          (AictFilter             *self,
                                            const char             *actor_id);
AICT_AVAILABLE_IN_ALL
const char *aict_filter_get_owner          (AictFilter             *self);
AICT_AVAILABLE_IN_ALL
void        aict_filter_set_meeting        (AictFilter             *self,
                                            const char             *meeting_id);
AICT_AVAILABLE_IN_ALL
const char *aict_filter_get_meeting        (AictFilter             *self);
AICT_AVAILABLE_IN_ALL
void        aict_filter_set_period         (AictFilter             *self,
                                            const AictPartialDate  *from,
                                            const AictPartialDate  *to);
AICT_AVAILABLE_IN_ALL
void        aict_filter_set_overdue_at     (AictFilter             *self,
                                            const AictPartialDate  *date);
AICT_AVAILABLE_IN_ALL
void        aict_filter_set_text           (AictFilter             *self,
                                            const char             *text);
AICT_AVAILABLE_IN_ALL
const char *aict_filter_get_text           (AictFilter             *self);
AICT_AVAILABLE_IN_ALL
gboolean    aict_filter_is_empty           (AictFilter             *self);

AICT_AVAILABLE_IN_ALL
char       *aict_fold_text                 (const char             *text) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
