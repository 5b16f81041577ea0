/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* What the decoder and the dataset use to build entities without copies or
 * checks.  The *_take_* functions take ownership of their argument; the
 * *_append_* functions add without any id check (the validator reports
 * duplicates in a loaded file; public add functions refuse them). */

#include "aict-actor.h"
#include "aict-agenda-item.h"
#include "aict-budget.h"
#include "aict-contribution.h"
#include "aict-meeting.h"
#include "aict-outcome.h"
#include "aict-partnership.h"
#include "aict-person.h"
#include "aict-source.h"

G_BEGIN_DECLS

void  _aict_actor_take_identifier         (AictActor        *self,
                                           AictIdentifier   *identifier);
void  _aict_person_take_affiliation       (AictPerson       *self,
                                           AictAffiliation  *affiliation);
void  _aict_partnership_take_participant  (AictPartnership  *self,
                                           AictParticipant  *participant);
void  _aict_partnership_take_component    (AictPartnership  *self,
                                           AictComponent    *component);
void  _aict_budget_take_funder            (AictBudget       *self,
                                           AictFunder       *funder);
void  _aict_meeting_take_attendance       (AictMeeting      *self,
                                           AictAttendance   *attendance);
/* Transfer full of the item. */
void  _aict_meeting_append_agenda_item    (AictMeeting      *self,
                                           AictAgendaItem   *item);
void  _aict_meeting_append_contribution   (AictMeeting      *self,
                                           AictContribution *contribution);
void  _aict_meeting_append_outcome        (AictMeeting      *self,
                                           AictOutcome      *outcome);
/* Sets the read-only AictOutcome:meeting-id (no copy of the meeting). */
void  _aict_outcome_set_meeting_id        (AictOutcome      *self,
                                           const char       *meeting_id);

/* For the decoder: records built from strings it already owns (no copy). */
AictParticipant *_aict_participant_new_take (char                *actor_id,
                                             AictParticipantRole  role,
                                             char                *notes);
AictFunder      *_aict_funder_new_take      (char                *actor_id,
                                             int                  share,
                                             AictAmount          *amount);

/* For the decoder: an amount whose currency is already interned with
 * g_intern_string() and whose bounds were checked (no copy, no lookup). */
AictAmount      *_aict_amount_new_interned  (gint64               min,
                                             gint64               max,
                                             const char          *interned_currency,
                                             gboolean             is_range,
                                             gboolean             approximate);

/* For the decoder: take a NULL-terminated list (NULL when empty), without
 * copy or notify. */
void  _aict_partnership_take_countries (AictPartnership *self, char **countries);
void  _aict_partnership_take_subdivisions (AictPartnership *self, char **subdivisions);
void  _aict_partnership_take_themes (AictPartnership *self, char **themes);
void  _aict_contribution_take_themes (AictContribution *self, char **themes);
void  _aict_outcome_take_actor_ids (AictOutcome *self, char **actor_ids);
void  _aict_outcome_take_partnership_ids (AictOutcome *self, char **partnership_ids);
void  _aict_outcome_take_themes (AictOutcome *self, char **themes);
void  _aict_meeting_take_organisers (AictMeeting *self, char **organisers);

/* Setter helpers (aict-model-util.c): replace the field by a copy of the
 * new value; TRUE if it changed.  NULL and an empty strv are the same. */
gboolean  _aict_set_strv          (char                ***strv_pointer,
                                   const char * const    *new_strv);
gboolean  _aict_set_partial_date  (AictPartialDate      **pointer,
                                   const AictPartialDate *new_value);
gboolean  _aict_set_amount        (AictAmount           **pointer,
                                   const AictAmount      *new_value);

/* The record lists, or NULL while empty: unlike the public getters they
 * never allocate, for the validator and the encoder. */
/* The nick of @value of the enumeration @type, or NULL if it has none.
 * The class is kept for the process, as GLib does for static types. */
const char *_aict_enum_nick (GType type,
                             int   value);

GPtrArray *_aict_actor_peek_identifiers (AictActor *self);
GPtrArray *_aict_person_peek_affiliations (AictPerson *self);
GPtrArray *_aict_partnership_peek_participants (AictPartnership *self);
GPtrArray *_aict_partnership_peek_components (AictPartnership *self);
GPtrArray *_aict_budget_peek_funders (AictBudget *self);
GPtrArray *_aict_meeting_peek_attendance (AictMeeting *self);
/* The meeting's own stores, for the library: the public getters give
 * read-only views of them, made on demand. */
GListModel *_aict_meeting_peek_agenda (AictMeeting *self);
GListModel *_aict_meeting_peek_contributions (AictMeeting *self);
GListModel *_aict_meeting_peek_outcomes (AictMeeting *self);

G_END_DECLS
