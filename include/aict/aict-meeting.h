/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-entity.h>
#include <aict/aict-records.h>
#include <aict/aict-agenda-item.h>
#include <aict/aict-contribution.h>
#include <aict/aict-outcome.h>

G_BEGIN_DECLS

#define AICT_TYPE_MEETING (aict_meeting_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictMeeting, aict_meeting, AICT, MEETING, AictEntity)

AICT_AVAILABLE_IN_ALL
AictMeeting           *aict_meeting_new                 (const char             *id,
                                                         const char             *title,
                                                         const AictPartialDate  *date);
AICT_AVAILABLE_IN_ALL
const char            *aict_meeting_get_title           (AictMeeting            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_meeting_set_title           (AictMeeting            *self,
                                                         const char             *title);
AICT_AVAILABLE_IN_ALL
const AictPartialDate *aict_meeting_get_date            (AictMeeting            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_meeting_set_date            (AictMeeting            *self,
                                                         const AictPartialDate  *date);
AICT_AVAILABLE_IN_ALL
const AictPartialDate *aict_meeting_get_end_date        (AictMeeting            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_meeting_set_end_date        (AictMeeting            *self,
                                                         const AictPartialDate  *end_date);
AICT_AVAILABLE_IN_ALL
const char            *aict_meeting_get_start_time      (AictMeeting            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_meeting_set_start_time      (AictMeeting            *self,
                                                         const char             *start_time);
AICT_AVAILABLE_IN_ALL
const char            *aict_meeting_get_end_time        (AictMeeting            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_meeting_set_end_time        (AictMeeting            *self,
                                                         const char             *end_time);
AICT_AVAILABLE_IN_ALL
const AictPlace       *aict_meeting_get_place           (AictMeeting            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_meeting_set_place           (AictMeeting            *self,
                                                         const AictPlace        *place);
AICT_AVAILABLE_IN_ALL
const char * const    *aict_meeting_get_organisers      (AictMeeting            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_meeting_set_organisers      (AictMeeting            *self,
                                                         const char * const     *organisers);
AICT_AVAILABLE_IN_0_2
guint                  aict_meeting_get_n_attendance (AictMeeting            *self);
AICT_AVAILABLE_IN_0_2
const AictAttendance  *aict_meeting_get_attendance (AictMeeting            *self,
                                                    guint                   position);
AICT_AVAILABLE_IN_0_2
GPtrArray             *aict_meeting_dup_attendance (AictMeeting            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_meeting_add_attendance      (AictMeeting            *self,
                                                         const AictAttendance   *attendance);
AICT_AVAILABLE_IN_ALL
GListModel            *aict_meeting_get_agenda          (AictMeeting            *self);
AICT_AVAILABLE_IN_ALL
gboolean               aict_meeting_add_agenda_item     (AictMeeting            *self,
                                                         AictAgendaItem         *item,
                                                         GError                **error);
AICT_AVAILABLE_IN_ALL
AictAgendaItem        *aict_meeting_lookup_agenda_item  (AictMeeting            *self,
                                                         const char             *id);
AICT_AVAILABLE_IN_ALL
GListModel            *aict_meeting_get_contributions   (AictMeeting            *self);
AICT_AVAILABLE_IN_ALL
gboolean               aict_meeting_add_contribution    (AictMeeting            *self,
                                                         AictContribution       *contribution,
                                                         GError                **error);
AICT_AVAILABLE_IN_ALL
AictContribution      *aict_meeting_lookup_contribution (AictMeeting            *self,
                                                         const char             *id);
AICT_AVAILABLE_IN_ALL
GListModel            *aict_meeting_get_outcomes        (AictMeeting            *self);
AICT_AVAILABLE_IN_ALL
gboolean               aict_meeting_add_outcome         (AictMeeting            *self,
                                                         AictOutcome            *outcome,
                                                         GError                **error);
AICT_AVAILABLE_IN_ALL
AictOutcome           *aict_meeting_lookup_outcome      (AictMeeting            *self,
                                                         const char             *id);

G_END_DECLS
