/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>

G_BEGIN_DECLS

AICT_AVAILABLE_IN_ALL
const char *aict_actor_kind_get_label          (AictActorKind          kind,
                                                const char            *language);
AICT_AVAILABLE_IN_ALL
const char *aict_participant_role_get_label    (AictParticipantRole    role,
                                                const char            *language);
AICT_AVAILABLE_IN_ALL
const char *aict_partnership_status_get_label  (AictPartnershipStatus  status,
                                                const char            *language);
AICT_AVAILABLE_IN_ALL
const char *aict_budget_kind_get_label         (AictBudgetKind         kind,
                                                const char            *language);
AICT_AVAILABLE_IN_ALL
const char *aict_attendance_status_get_label   (AictAttendanceStatus   status,
                                                const char            *language);
AICT_AVAILABLE_IN_ALL
const char *aict_attendance_role_get_label     (AictAttendanceRole     role,
                                                const char            *language);
AICT_AVAILABLE_IN_ALL
const char *aict_outcome_kind_get_label        (AictOutcomeKind        kind,
                                                const char            *language);
AICT_AVAILABLE_IN_ALL
const char *aict_outcome_status_get_label      (AictOutcomeStatus      status,
                                                const char            *language);
AICT_AVAILABLE_IN_ALL
const char *aict_severity_get_label            (AictSeverity           severity,
                                                const char            *language);

G_END_DECLS
