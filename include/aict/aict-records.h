/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>
#include <aict/aict-amount.h>
#include <aict/aict-partial-date.h>

G_BEGIN_DECLS

/* The small immutable records that entities hold in lists.  They have no
 * id of their own and are plain boxed types: cheap to build in bulk and
 * safe to share between threads once built. */

typedef struct _AictIdentifier   AictIdentifier;
typedef struct _AictAffiliation  AictAffiliation;
typedef struct _AictParticipant  AictParticipant;
typedef struct _AictComponent    AictComponent;
typedef struct _AictFunder       AictFunder;
typedef struct _AictPlace        AictPlace;
typedef struct _AictAttendance   AictAttendance;

#define AICT_TYPE_IDENTIFIER  (aict_identifier_get_type ())
#define AICT_TYPE_AFFILIATION (aict_affiliation_get_type ())
#define AICT_TYPE_PARTICIPANT (aict_participant_get_type ())
#define AICT_TYPE_COMPONENT   (aict_component_get_type ())
#define AICT_TYPE_FUNDER      (aict_funder_get_type ())
#define AICT_TYPE_PLACE       (aict_place_get_type ())
#define AICT_TYPE_ATTENDANCE  (aict_attendance_get_type ())

/* AictIdentifier */
AICT_AVAILABLE_IN_ALL
GType            aict_identifier_get_type        (void);
AICT_AVAILABLE_IN_ALL
AictIdentifier  *aict_identifier_new             (const char            *scheme,
                                                  const char            *value);
AICT_AVAILABLE_IN_ALL
AictIdentifier  *aict_identifier_copy            (const AictIdentifier  *self);
AICT_AVAILABLE_IN_ALL
void             aict_identifier_free            (AictIdentifier        *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_identifier_get_scheme      (const AictIdentifier  *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_identifier_get_value       (const AictIdentifier  *self);

/* AictAffiliation */
AICT_AVAILABLE_IN_ALL
GType            aict_affiliation_get_type       (void);
AICT_AVAILABLE_IN_ALL
AictAffiliation *aict_affiliation_new            (const char            *actor_id);
AICT_AVAILABLE_IN_0_2
AictAffiliation *aict_affiliation_new_full       (const char            *actor_id,
                                                  const char            *post,
                                                  const AictPartialDate *start,
                                                  const AictPartialDate *end);
AICT_AVAILABLE_IN_ALL
AictAffiliation *aict_affiliation_copy           (const AictAffiliation *self);
AICT_AVAILABLE_IN_ALL
void             aict_affiliation_free           (AictAffiliation       *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_affiliation_get_actor_id   (const AictAffiliation *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_affiliation_get_post       (const AictAffiliation *self);
AICT_AVAILABLE_IN_ALL
const AictPartialDate *aict_affiliation_get_start (const AictAffiliation *self);
AICT_AVAILABLE_IN_ALL
const AictPartialDate *aict_affiliation_get_end  (const AictAffiliation *self);

/* AictParticipant */
AICT_AVAILABLE_IN_ALL
GType            aict_participant_get_type       (void);
AICT_AVAILABLE_IN_ALL
AictParticipant *aict_participant_new            (const char            *actor_id,
                                                  AictParticipantRole    role);
AICT_AVAILABLE_IN_0_2
AictParticipant *aict_participant_new_full       (const char            *actor_id,
                                                  AictParticipantRole    role,
                                                  const char            *notes);
AICT_AVAILABLE_IN_ALL
AictParticipant *aict_participant_copy           (const AictParticipant *self);
AICT_AVAILABLE_IN_ALL
void             aict_participant_free           (AictParticipant       *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_participant_get_actor_id   (const AictParticipant *self);
AICT_AVAILABLE_IN_ALL
AictParticipantRole aict_participant_get_role    (const AictParticipant *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_participant_get_notes      (const AictParticipant *self);

/* AictComponent */
AICT_AVAILABLE_IN_ALL
GType            aict_component_get_type         (void);
AICT_AVAILABLE_IN_ALL
AictComponent   *aict_component_new              (const char            *title);
AICT_AVAILABLE_IN_0_2
AictComponent   *aict_component_new_full         (const char            *title,
                                                  const char * const    *themes,
                                                  const char            *notes);
AICT_AVAILABLE_IN_ALL
AictComponent   *aict_component_copy             (const AictComponent   *self);
AICT_AVAILABLE_IN_ALL
void             aict_component_free             (AictComponent         *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_component_get_title        (const AictComponent   *self);
AICT_AVAILABLE_IN_ALL
const char * const *aict_component_get_themes    (const AictComponent   *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_component_get_notes        (const AictComponent   *self);

/* AictFunder */
AICT_AVAILABLE_IN_ALL
GType            aict_funder_get_type            (void);
AICT_AVAILABLE_IN_ALL
AictFunder      *aict_funder_new                 (const char            *actor_id);
AICT_AVAILABLE_IN_0_2
AictFunder      *aict_funder_new_full            (const char            *actor_id,
                                                  int                    share,
                                                  const AictAmount      *amount);
AICT_AVAILABLE_IN_ALL
AictFunder      *aict_funder_copy                (const AictFunder      *self);
AICT_AVAILABLE_IN_ALL
void             aict_funder_free                (AictFunder            *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_funder_get_actor_id        (const AictFunder      *self);
AICT_AVAILABLE_IN_ALL
int              aict_funder_get_share           (const AictFunder      *self);
AICT_AVAILABLE_IN_ALL
const AictAmount *aict_funder_get_amount         (const AictFunder      *self);

/* AictPlace */
AICT_AVAILABLE_IN_ALL
GType            aict_place_get_type             (void);
AICT_AVAILABLE_IN_ALL
AictPlace       *aict_place_new                  (const char            *name);
AICT_AVAILABLE_IN_0_2
AictPlace       *aict_place_new_full             (const char            *name,
                                                  const char            *address,
                                                  const char            *postal_code,
                                                  const char            *locality,
                                                  const char            *country);
AICT_AVAILABLE_IN_ALL
AictPlace       *aict_place_copy                 (const AictPlace       *self);
AICT_AVAILABLE_IN_ALL
void             aict_place_free                 (AictPlace             *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_place_get_name             (const AictPlace       *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_place_get_address          (const AictPlace       *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_place_get_postal_code      (const AictPlace       *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_place_get_locality         (const AictPlace       *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_place_get_country          (const AictPlace       *self);

/* AictAttendance */
AICT_AVAILABLE_IN_ALL
GType            aict_attendance_get_type        (void);
AICT_AVAILABLE_IN_ALL
AictAttendance  *aict_attendance_new             (const char            *person_id,
                                                  AictAttendanceStatus   status,
                                                  AictAttendanceRole     role);
AICT_AVAILABLE_IN_0_2
AictAttendance  *aict_attendance_new_full        (const char            *person_id,
                                                  AictAttendanceStatus   status,
                                                  AictAttendanceRole     role,
                                                  const char            *representing_id);
AICT_AVAILABLE_IN_ALL
AictAttendance  *aict_attendance_copy            (const AictAttendance  *self);
AICT_AVAILABLE_IN_ALL
void             aict_attendance_free            (AictAttendance        *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_attendance_get_person_id   (const AictAttendance  *self);
AICT_AVAILABLE_IN_ALL
AictAttendanceStatus aict_attendance_get_status  (const AictAttendance  *self);
AICT_AVAILABLE_IN_ALL
AictAttendanceRole aict_attendance_get_role      (const AictAttendance  *self);
AICT_AVAILABLE_IN_ALL
const char      *aict_attendance_get_representing_id (const AictAttendance *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AictIdentifier, aict_identifier_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AictAffiliation, aict_affiliation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AictParticipant, aict_participant_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AictComponent, aict_component_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AictFunder, aict_funder_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AictPlace, aict_place_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AictAttendance, aict_attendance_free)

G_END_DECLS
