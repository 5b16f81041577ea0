/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-fields-private.h"

#include "aict-records.h"
#include "aict-model-private.h"
#include "aict-enum-types.h"

/* Each record is immutable once built; copy() duplicates it. */

/**
 * AictIdentifier:
 *
 * An identifier of an actor in some scheme: a SIREN number, an INSEE
 * code, an IATI organisation identifier…
 *
 * Since: 0.1
 */
struct _AictIdentifier
{
  char *scheme;
  char *value;
};

G_DEFINE_BOXED_TYPE (AictIdentifier, aict_identifier, aict_identifier_copy, aict_identifier_free)

/**
 * aict_identifier_new:
 * @scheme: the scheme, e.g. `"siren"`
 * @value: the identifier in that scheme
 *
 * Creates an identifier.
 *
 * Returns: (transfer full): a new [struct@Aict.Identifier]
 *
 * Since: 0.1
 */
AictIdentifier *
aict_identifier_new (const char *scheme,
                     const char *value)
{
  AictIdentifier *self;

  g_return_val_if_fail (scheme != NULL, NULL);
  g_return_val_if_fail (value != NULL, NULL);

  self = g_new (AictIdentifier, 1);
  self->scheme = g_strdup (scheme);
  self->value = g_strdup (value);

  return self;
}

/**
 * aict_identifier_copy:
 * @self: an [struct@Aict.Identifier]
 *
 * Copies @self.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
AictIdentifier *
aict_identifier_copy (const AictIdentifier *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return aict_identifier_new (self->scheme, self->value);
}

/**
 * aict_identifier_free:
 * @self: (transfer full): an [struct@Aict.Identifier]
 *
 * Frees @self.
 *
 * Since: 0.1
 */
void
aict_identifier_free (AictIdentifier *self)
{
  if (self == NULL)
    return;

  g_free (self->scheme);
  g_free (self->value);
  g_free (self);
}

/**
 * aict_identifier_get_scheme:
 * @self: an [struct@Aict.Identifier]
 *
 * Gets the scheme of @self.
 *
 * Returns: (transfer none): the scheme
 *
 * Since: 0.1
 */
const char *
aict_identifier_get_scheme (const AictIdentifier *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->scheme;
}

/**
 * aict_identifier_get_value:
 * @self: an [struct@Aict.Identifier]
 *
 * Gets the identifier itself.
 *
 * Returns: (transfer none): the value
 *
 * Since: 0.1
 */
const char *
aict_identifier_get_value (const AictIdentifier *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->value;
}

/**
 * AictAffiliation:
 *
 * A person's post in an actor, for a period.
 *
 * Since: 0.1
 */
struct _AictAffiliation
{
  char *actor_id;
  char *post;
  AictPartialDate *start;
  AictPartialDate *end;
};

G_DEFINE_BOXED_TYPE (AictAffiliation, aict_affiliation, aict_affiliation_copy, aict_affiliation_free)

/**
 * aict_affiliation_new:
 * @actor_id: the id of the [class@Aict.Actor]
 *
 * Creates an affiliation to @actor_id without post or dates; see
 * [ctor@Aict.Affiliation.new_full] for them.
 *
 * Returns: (transfer full): a new [struct@Aict.Affiliation]
 *
 * Since: 0.1
 */
AictAffiliation *
aict_affiliation_new (const char *actor_id)
{
  return aict_affiliation_new_full (actor_id, NULL, NULL, NULL);
}

/**
 * aict_affiliation_new_full:
 * @actor_id: the id of the [class@Aict.Actor]
 * @post: (nullable): the post, as written
 * @start: (nullable): when it started
 * @end: (nullable): when it ended
 *
 * Creates an affiliation.
 *
 * Returns: (transfer full): a new [struct@Aict.Affiliation]
 *
 * Since: 0.2
 */
AictAffiliation *
aict_affiliation_new_full (const char            *actor_id,
                           const char            *post,
                           const AictPartialDate *start,
                           const AictPartialDate *end)
{
  AictAffiliation *self;

  g_return_val_if_fail (actor_id != NULL, NULL);

  self = g_new (AictAffiliation, 1);
  self->actor_id = g_strdup (actor_id);
  self->post = g_strdup (post);
  self->start = start != NULL ? aict_partial_date_copy (start) : NULL;
  self->end = end != NULL ? aict_partial_date_copy (end) : NULL;

  return self;
}

/**
 * aict_affiliation_copy:
 * @self: an [struct@Aict.Affiliation]
 *
 * Copies @self.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
AictAffiliation *
aict_affiliation_copy (const AictAffiliation *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return aict_affiliation_new_full (self->actor_id, self->post, self->start, self->end);
}

/**
 * aict_affiliation_free:
 * @self: (transfer full): an [struct@Aict.Affiliation]
 *
 * Frees @self.
 *
 * Since: 0.1
 */
void
aict_affiliation_free (AictAffiliation *self)
{
  if (self == NULL)
    return;

  g_free (self->actor_id);
  g_free (self->post);
  g_clear_pointer (&self->start, aict_partial_date_free);
  g_clear_pointer (&self->end, aict_partial_date_free);
  g_free (self);
}

/**
 * aict_affiliation_get_actor_id:
 * @self: an [struct@Aict.Affiliation]
 *
 * Gets the id of the actor.
 *
 * Returns: (transfer none): the actor id
 *
 * Since: 0.1
 */
const char *
aict_affiliation_get_actor_id (const AictAffiliation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->actor_id;
}

/**
 * aict_affiliation_get_post:
 * @self: an [struct@Aict.Affiliation]
 *
 * Gets the post, as written in the source.
 *
 * Returns: (transfer none) (nullable): the post
 *
 * Since: 0.1
 */
const char *
aict_affiliation_get_post (const AictAffiliation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->post;
}

/**
 * aict_affiliation_get_start:
 * @self: an [struct@Aict.Affiliation]
 *
 * Gets when the affiliation started.
 *
 * Returns: (transfer none) (nullable): the start date
 *
 * Since: 0.1
 */
const AictPartialDate *
aict_affiliation_get_start (const AictAffiliation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->start;
}

/**
 * aict_affiliation_get_end:
 * @self: an [struct@Aict.Affiliation]
 *
 * Gets when the affiliation ended.
 *
 * Returns: (transfer none) (nullable): the end date
 *
 * Since: 0.1
 */
const AictPartialDate *
aict_affiliation_get_end (const AictAffiliation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->end;
}

/**
 * AictParticipant:
 *
 * An actor taking part in a partnership, with its role.
 *
 * Since: 0.1
 */
struct _AictParticipant
{
  char *actor_id;
  char *notes;
  AictParticipantRole role;
};

G_DEFINE_BOXED_TYPE (AictParticipant, aict_participant, aict_participant_copy, aict_participant_free)

/**
 * aict_participant_new:
 * @actor_id: the id of the [class@Aict.Actor]
 * @role: its role
 *
 * Creates a participant without notes.  See
 * [ctor@Aict.Participant.new_full].
 *
 * Returns: (transfer full): a new [struct@Aict.Participant]
 *
 * Since: 0.1
 */
AictParticipant *
aict_participant_new (const char          *actor_id,
                      AictParticipantRole  role)
{
  return aict_participant_new_full (actor_id, role, NULL);
}

/**
 * aict_participant_new_full:
 * @actor_id: the id of the [class@Aict.Actor]
 * @role: its role
 * @notes: (nullable): notes
 *
 * Creates a participant.
 *
 * Returns: (transfer full): a new [struct@Aict.Participant]
 *
 * Since: 0.2
 */
AictParticipant *
aict_participant_new_full (const char          *actor_id,
                           AictParticipantRole  role,
                           const char          *notes)
{
  AictParticipant *self;

  g_return_val_if_fail (actor_id != NULL, NULL);
  g_return_val_if_fail (role <= AICT_PARTICIPANT_ROLE_SUPPORTER, NULL);

  self = g_new (AictParticipant, 1);
  self->actor_id = g_strdup (actor_id);
  self->notes = g_strdup (notes);
  self->role = role;

  return self;
}

/**
 * aict_participant_copy:
 * @self: an [struct@Aict.Participant]
 *
 * Copies @self.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
AictParticipant *
aict_participant_copy (const AictParticipant *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return aict_participant_new_full (self->actor_id, self->role, self->notes);
}

/**
 * aict_participant_free:
 * @self: (transfer full): an [struct@Aict.Participant]
 *
 * Frees @self.
 *
 * Since: 0.1
 */
void
aict_participant_free (AictParticipant *self)
{
  if (self == NULL)
    return;

  g_free (self->actor_id);
  g_free (self->notes);
  g_free (self);
}

/**
 * aict_participant_get_actor_id:
 * @self: an [struct@Aict.Participant]
 *
 * Gets the id of the participating actor.
 *
 * Returns: (transfer none): the actor id
 *
 * Since: 0.1
 */
const char *
aict_participant_get_actor_id (const AictParticipant *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->actor_id;
}

/**
 * aict_participant_get_role:
 * @self: an [struct@Aict.Participant]
 *
 * Gets the role of the participant.
 *
 * Returns: the role
 *
 * Since: 0.1
 */
AictParticipantRole
aict_participant_get_role (const AictParticipant *self)
{
  g_return_val_if_fail (self != NULL, AICT_PARTICIPANT_ROLE_PARTNER);
  return self->role;
}

/**
 * aict_participant_get_notes:
 * @self: an [struct@Aict.Participant]
 *
 * Gets the notes about this participation.
 *
 * Returns: (transfer none) (nullable): the notes
 *
 * Since: 0.1
 */
const char *
aict_participant_get_notes (const AictParticipant *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->notes;
}

/**
 * AictComponent:
 *
 * A component (« volet ») of a partnership.
 *
 * Since: 0.1
 */
struct _AictComponent
{
  char *title;
  char **themes;
  char *notes;
};

G_DEFINE_BOXED_TYPE (AictComponent, aict_component, aict_component_copy, aict_component_free)

static const char * const empty_strv[] = { NULL };

/**
 * aict_component_new:
 * @title: the title
 *
 * Creates a component without themes or notes.  See
 * [ctor@Aict.Component.new_full].
 *
 * Returns: (transfer full): a new [struct@Aict.Component]
 *
 * Since: 0.1
 */
AictComponent *
aict_component_new (const char *title)
{
  return aict_component_new_full (title, NULL, NULL);
}

/**
 * aict_component_new_full:
 * @title: the title
 * @themes: (nullable) (array zero-terminated=1): theme codes
 * @notes: (nullable): notes
 *
 * Creates a component.
 *
 * Returns: (transfer full): a new [struct@Aict.Component]
 *
 * Since: 0.2
 */
AictComponent *
aict_component_new_full (const char         *title,
                         const char * const *themes,
                         const char         *notes)
{
  AictComponent *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_new (AictComponent, 1);
  self->title = g_strdup (title);
  self->themes = themes != NULL && themes[0] != NULL ? g_strdupv ((char **) themes) : NULL;
  self->notes = g_strdup (notes);

  return self;
}

/**
 * aict_component_copy:
 * @self: an [struct@Aict.Component]
 *
 * Copies @self.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
AictComponent *
aict_component_copy (const AictComponent *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return aict_component_new_full (self->title, (const char * const *) self->themes, self->notes);
}

/**
 * aict_component_free:
 * @self: (transfer full): an [struct@Aict.Component]
 *
 * Frees @self.
 *
 * Since: 0.1
 */
void
aict_component_free (AictComponent *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_strfreev (self->themes);
  g_free (self->notes);
  g_free (self);
}

/**
 * aict_component_get_title:
 * @self: an [struct@Aict.Component]
 *
 * Gets the title of the component.
 *
 * Returns: (transfer none): the title
 *
 * Since: 0.1
 */
const char *
aict_component_get_title (const AictComponent *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

/**
 * aict_component_get_themes:
 * @self: an [struct@Aict.Component]
 *
 * Gets the theme codes of the component.
 *
 * Returns: (transfer none) (array zero-terminated=1): the theme codes,
 *   possibly empty
 *
 * Since: 0.1
 */
const char * const *
aict_component_get_themes (const AictComponent *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->themes != NULL ? (const char * const *) self->themes : empty_strv;
}

/**
 * aict_component_get_notes:
 * @self: an [struct@Aict.Component]
 *
 * Gets the notes of the component.
 *
 * Returns: (transfer none) (nullable): the notes
 *
 * Since: 0.1
 */
const char *
aict_component_get_notes (const AictComponent *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->notes;
}

/**
 * AictFunder:
 *
 * A co-funder of a budget line, with its share of the line, the amount it
 * gives, or both.
 *
 * Since: 0.1
 */
struct _AictFunder
{
  char *actor_id;
  AictAmount *amount;
  int share;
};

G_DEFINE_BOXED_TYPE (AictFunder, aict_funder, aict_funder_copy, aict_funder_free)

/**
 * aict_funder_new:
 * @actor_id: the id of the funding [class@Aict.Actor]
 *
 * Creates a funder with neither share nor amount; see
 * [ctor@Aict.Funder.new_full] for them.
 *
 * Returns: (transfer full): a new [struct@Aict.Funder]
 *
 * Since: 0.1
 */
AictFunder *
aict_funder_new (const char *actor_id)
{
  return aict_funder_new_full (actor_id, -1, NULL);
}

/**
 * aict_funder_new_full:
 * @actor_id: the id of the funding [class@Aict.Actor]
 * @share: its share of the line in hundredths of a percent (7000 for
 *   70 %), or -1 if not given
 * @amount: (nullable): the amount it gives
 *
 * Creates a funder.
 *
 * Returns: (transfer full): a new [struct@Aict.Funder]
 *
 * Since: 0.2
 */
AictFunder *
aict_funder_new_full (const char       *actor_id,
                      int               share,
                      const AictAmount *amount)
{
  AictFunder *self;

  g_return_val_if_fail (actor_id != NULL, NULL);
  g_return_val_if_fail (share >= -1, NULL);

  self = g_new (AictFunder, 1);
  self->actor_id = g_strdup (actor_id);
  self->share = share;
  self->amount = amount != NULL ? aict_amount_copy (amount) : NULL;

  return self;
}

/**
 * aict_funder_copy:
 * @self: an [struct@Aict.Funder]
 *
 * Copies @self.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
AictFunder *
aict_funder_copy (const AictFunder *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return aict_funder_new_full (self->actor_id, self->share, self->amount);
}

/**
 * aict_funder_free:
 * @self: (transfer full): an [struct@Aict.Funder]
 *
 * Frees @self.
 *
 * Since: 0.1
 */
void
aict_funder_free (AictFunder *self)
{
  if (self == NULL)
    return;

  g_free (self->actor_id);
  g_clear_pointer (&self->amount, aict_amount_free);
  g_free (self);
}

/**
 * aict_funder_get_actor_id:
 * @self: an [struct@Aict.Funder]
 *
 * Gets the id of the funding actor.
 *
 * Returns: (transfer none): the actor id
 *
 * Since: 0.1
 */
const char *
aict_funder_get_actor_id (const AictFunder *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->actor_id;
}

/**
 * aict_funder_get_share:
 * @self: an [struct@Aict.Funder]
 *
 * Gets the share of the line the funder gives, exactly, in hundredths of
 * a percent: 7000 means 70 %, 3350 means 33.5 %.
 *
 * Returns: the share, or -1 if not given
 *
 * Since: 0.1
 */
int
aict_funder_get_share (const AictFunder *self)
{
  g_return_val_if_fail (self != NULL, -1);
  return self->share;
}

/**
 * aict_funder_get_amount:
 * @self: an [struct@Aict.Funder]
 *
 * Gets the amount the funder gives.
 *
 * Returns: (transfer none) (nullable): the amount
 *
 * Since: 0.1
 */
const AictAmount *
aict_funder_get_amount (const AictFunder *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->amount;
}

/**
 * AictPlace:
 *
 * Where a meeting takes place.
 *
 * Since: 0.1
 */
struct _AictPlace
{
  char *name;
  char *address;
  char *postal_code;
  char *locality;
  char *country;
};

G_DEFINE_BOXED_TYPE (AictPlace, aict_place, aict_place_copy, aict_place_free)

/**
 * aict_place_new:
 * @name: (nullable): the name of the place, e.g. `"Maison des Suds"`
 *
 * Creates a place known by its name only; see
 * [ctor@Aict.Place.new_full] for its address.
 *
 * Returns: (transfer full): a new [struct@Aict.Place]
 *
 * Since: 0.1
 */
AictPlace *
aict_place_new (const char *name)
{
  return aict_place_new_full (name, NULL, NULL, NULL, NULL);
}

/**
 * aict_place_new_full:
 * @name: (nullable): the name of the place, e.g. `"Maison des Suds"`
 * @address: (nullable): the street address
 * @postal_code: (nullable): the postal code
 * @locality: (nullable): the town
 * @country: (nullable): the ISO 3166-1 alpha-2 country code
 *
 * Creates a place.
 *
 * Returns: (transfer full): a new [struct@Aict.Place]
 *
 * Since: 0.2
 */
AictPlace *
aict_place_new_full (const char *name,
                     const char *address,
                     const char *postal_code,
                     const char *locality,
                     const char *country)
{
  AictPlace *self = g_new (AictPlace, 1);

  self->name = g_strdup (name);
  self->address = g_strdup (address);
  self->postal_code = g_strdup (postal_code);
  self->locality = g_strdup (locality);
  self->country = g_strdup (country);

  return self;
}

/**
 * aict_place_copy:
 * @self: an [struct@Aict.Place]
 *
 * Copies @self.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
AictPlace *
aict_place_copy (const AictPlace *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return aict_place_new_full (self->name, self->address, self->postal_code,
                         self->locality, self->country);
}

/**
 * aict_place_free:
 * @self: (transfer full): an [struct@Aict.Place]
 *
 * Frees @self.
 *
 * Since: 0.1
 */
void
aict_place_free (AictPlace *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->address);
  g_free (self->postal_code);
  g_free (self->locality);
  g_free (self->country);
  g_free (self);
}

/**
 * aict_place_get_name:
 * @self: an [struct@Aict.Place]
 *
 * Gets the name of the place.
 *
 * Returns: (transfer none) (nullable): the name
 *
 * Since: 0.1
 */
const char *
aict_place_get_name (const AictPlace *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->name;
}

/**
 * aict_place_get_address:
 * @self: an [struct@Aict.Place]
 *
 * Gets the street address.
 *
 * Returns: (transfer none) (nullable): the address
 *
 * Since: 0.1
 */
const char *
aict_place_get_address (const AictPlace *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->address;
}

/**
 * aict_place_get_postal_code:
 * @self: an [struct@Aict.Place]
 *
 * Gets the postal code.
 *
 * Returns: (transfer none) (nullable): the postal code
 *
 * Since: 0.1
 */
const char *
aict_place_get_postal_code (const AictPlace *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->postal_code;
}

/**
 * aict_place_get_locality:
 * @self: an [struct@Aict.Place]
 *
 * Gets the town.
 *
 * Returns: (transfer none) (nullable): the locality
 *
 * Since: 0.1
 */
const char *
aict_place_get_locality (const AictPlace *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->locality;
}

/**
 * aict_place_get_country:
 * @self: an [struct@Aict.Place]
 *
 * Gets the country code.
 *
 * Returns: (transfer none) (nullable): the ISO 3166-1 alpha-2 code
 *
 * Since: 0.1
 */
const char *
aict_place_get_country (const AictPlace *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->country;
}

/**
 * AictAttendance:
 *
 * A person's attendance at a meeting: present, excused or absent, in which
 * role, and for whom.
 *
 * Since: 0.1
 */
struct _AictAttendance
{
  char *person_id;
  char *representing_id;
  AictAttendanceStatus status;
  AictAttendanceRole role;
};

G_DEFINE_BOXED_TYPE (AictAttendance, aict_attendance, aict_attendance_copy, aict_attendance_free)

/**
 * aict_attendance_new:
 * @person_id: the id of the [class@Aict.Person]
 * @status: whether the person attended
 * @role: the part the person played
 *
 * Creates an attendance record of a person who represented no one in
 * particular.  See [ctor@Aict.Attendance.new_full].
 *
 * Returns: (transfer full): a new [struct@Aict.Attendance]
 *
 * Since: 0.1
 */
AictAttendance *
aict_attendance_new (const char           *person_id,
                     AictAttendanceStatus  status,
                     AictAttendanceRole    role)
{
  return aict_attendance_new_full (person_id, status, role, NULL);
}

/**
 * aict_attendance_new_full:
 * @person_id: the id of the [class@Aict.Person]
 * @status: whether the person attended
 * @role: the part the person played
 * @representing_id: (nullable): the id of the [class@Aict.Actor] the
 *   person represented
 *
 * Creates an attendance record.
 *
 * Returns: (transfer full): a new [struct@Aict.Attendance]
 *
 * Since: 0.2
 */
AictAttendance *
aict_attendance_new_full (const char           *person_id,
                          AictAttendanceStatus  status,
                          AictAttendanceRole    role,
                          const char           *representing_id)
{
  AictAttendance *self;

  g_return_val_if_fail (person_id != NULL, NULL);
  g_return_val_if_fail (status <= AICT_ATTENDANCE_STATUS_ABSENT, NULL);
  g_return_val_if_fail (role <= AICT_ATTENDANCE_ROLE_ORGANISER, NULL);

  self = g_new (AictAttendance, 1);
  self->person_id = g_strdup (person_id);
  self->representing_id = g_strdup (representing_id);
  self->status = status;
  self->role = role;

  return self;
}

/**
 * aict_attendance_copy:
 * @self: an [struct@Aict.Attendance]
 *
 * Copies @self.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 0.1
 */
AictAttendance *
aict_attendance_copy (const AictAttendance *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return aict_attendance_new_full (self->person_id, self->status, self->role,
                              self->representing_id);
}

/**
 * aict_attendance_free:
 * @self: (transfer full): an [struct@Aict.Attendance]
 *
 * Frees @self.
 *
 * Since: 0.1
 */
void
aict_attendance_free (AictAttendance *self)
{
  if (self == NULL)
    return;

  g_free (self->person_id);
  g_free (self->representing_id);
  g_free (self);
}

/**
 * aict_attendance_get_person_id:
 * @self: an [struct@Aict.Attendance]
 *
 * Gets the id of the person.
 *
 * Returns: (transfer none): the person id
 *
 * Since: 0.1
 */
const char *
aict_attendance_get_person_id (const AictAttendance *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->person_id;
}

/**
 * aict_attendance_get_status:
 * @self: an [struct@Aict.Attendance]
 *
 * Gets whether the person attended.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
AictAttendanceStatus
aict_attendance_get_status (const AictAttendance *self)
{
  g_return_val_if_fail (self != NULL, AICT_ATTENDANCE_STATUS_PRESENT);
  return self->status;
}

/**
 * aict_attendance_get_role:
 * @self: an [struct@Aict.Attendance]
 *
 * Gets the part the person played.
 *
 * Returns: the role
 *
 * Since: 0.1
 */
AictAttendanceRole
aict_attendance_get_role (const AictAttendance *self)
{
  g_return_val_if_fail (self != NULL, AICT_ATTENDANCE_ROLE_PARTICIPANT);
  return self->role;
}

/**
 * aict_attendance_get_representing_id:
 * @self: an [struct@Aict.Attendance]
 *
 * Gets the id of the actor the person represented.
 *
 * Returns: (transfer none) (nullable): the actor id
 *
 * Since: 0.1
 */
const char *
aict_attendance_get_representing_id (const AictAttendance *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->representing_id;
}

AictParticipant *
_aict_participant_new_take (char                *actor_id,
                            AictParticipantRole  role,
                            char                *notes)
{
  AictParticipant *self = g_new (AictParticipant, 1);

  self->actor_id = actor_id;
  self->notes = notes;
  self->role = role;

  return self;
}

AictFunder *
_aict_funder_new_take (char       *actor_id,
                       int         share,
                       AictAmount *amount)
{
  AictFunder *self = g_new (AictFunder, 1);

  self->actor_id = actor_id;
  self->share = share;
  self->amount = amount;

  return self;
}

/* The members of each record, in the order they are written. */
static const AictFieldInfo identifier_fields[] = {
  AICT_FIELD_SCALAR (AictIdentifier, scheme, "scheme", TEXT,
                     AICT_FIELD_REQUIRED | AICT_FIELD_DECODE_REQUIRED | AICT_FIELD_SUMMARY,
                     "The register (“SIREN”, “RNA”…)."),
  AICT_FIELD_SCALAR (AictIdentifier, value, "value", TEXT,
                     AICT_FIELD_REQUIRED | AICT_FIELD_DECODE_REQUIRED | AICT_FIELD_SUMMARY,
                     "The identifier in that register."),
};

const AictTypeInfo _aict_identifier_info = {
  "identifier", N_("an identifier"), N_("an identifier (an object)"),
  N_("an identifier needs a “scheme” and a “value”"), aict_identifier_get_type,
  sizeof (AictIdentifier), (GDestroyNotify) aict_identifier_free,
  identifier_fields, G_N_ELEMENTS (identifier_fields),
};

static const AictFieldInfo affiliation_fields[] = {
  AICT_FIELD_REFERENCE (AictAffiliation, actor_id, "actor", REF, AICT_REFS_ACTOR,
                        AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY, "The actor."),
  AICT_FIELD_SCALAR (AictAffiliation, post, "post", TEXT, AICT_FIELD_SUMMARY, "The person's post there."),
  AICT_FIELD_SCALAR (AictAffiliation, start, "start", DATE, AICT_FIELD_SUMMARY, "Since when."),
  AICT_FIELD_SCALAR (AictAffiliation, end, "end", DATE, AICT_FIELD_SUMMARY, "Until when."),
};

const AictTypeInfo _aict_affiliation_info = {
  "affiliation", N_("an affiliation"), N_("an affiliation (an object)"), NULL, aict_affiliation_get_type,
  sizeof (AictAffiliation), (GDestroyNotify) aict_affiliation_free,
  affiliation_fields, G_N_ELEMENTS (affiliation_fields),
};

static const AictFieldInfo participant_fields[] = {
  AICT_FIELD_REFERENCE (AictParticipant, actor_id, "actor", REF, AICT_REFS_ACTOR,
                        AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY, "The actor."),
  AICT_FIELD_ENUMERATED (AictParticipant, role, "role", aict_participant_role_get_type,
                         AICT_FIELD_REQUIRED | AICT_FIELD_DECODE_REQUIRED | AICT_FIELD_SUMMARY,
                         "Its role (lead, partner, operator, funder, supporter)."),
  AICT_FIELD_SCALAR (AictParticipant, notes, "notes", TEXT, 0, "Notes on its part."),
};

const AictTypeInfo _aict_participant_info = {
  "participant", N_("a participant"), N_("a participant (an object)"),
  N_("a participant needs a “role”"), aict_participant_get_type,
  sizeof (AictParticipant), (GDestroyNotify) aict_participant_free,
  participant_fields, G_N_ELEMENTS (participant_fields),
};

static const AictFieldInfo component_fields[] = {
  AICT_FIELD_SCALAR (AictComponent, title, "title", TEXT, AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY,
                     "Its title."),
  AICT_FIELD_CODED (AictComponent, themes, "themes", CODE_LIST, THEME, AICT_FIELD_SUMMARY, "Its themes."),
  AICT_FIELD_SCALAR (AictComponent, notes, "notes", TEXT, AICT_FIELD_SUMMARY, "Notes."),
};

const AictTypeInfo _aict_component_info = {
  "component", N_("a component"), N_("a component (an object)"), NULL, aict_component_get_type,
  sizeof (AictComponent), (GDestroyNotify) aict_component_free,
  component_fields, G_N_ELEMENTS (component_fields),
};

static const AictFieldInfo funder_fields[] = {
  AICT_FIELD_REFERENCE (AictFunder, actor_id, "actor", REF, AICT_REFS_ACTOR,
                        AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY, "The funder."),
  AICT_FIELD_SCALAR (AictFunder, share, "share", HUNDREDTHS, AICT_FIELD_SUMMARY,
                     "Its share of the line, in percent."),
  AICT_FIELD_SCALAR (AictFunder, amount, "amount", AMOUNT, AICT_FIELD_SUMMARY, "What it pays."),
};

const AictTypeInfo _aict_funder_info = {
  "funder", N_("a funder"), N_("a funder (an object)"), NULL, aict_funder_get_type,
  sizeof (AictFunder), (GDestroyNotify) aict_funder_free,
  funder_fields, G_N_ELEMENTS (funder_fields),
};

static const AictFieldInfo place_fields[] = {
  AICT_FIELD_SCALAR (AictPlace, name, "name", TEXT, AICT_FIELD_SUMMARY, "The building or room."),
  AICT_FIELD_SCALAR (AictPlace, address, "address", TEXT, AICT_FIELD_SUMMARY, "The street address."),
  AICT_FIELD_SCALAR (AictPlace, postal_code, "postal_code", TEXT, AICT_FIELD_SUMMARY, "The postal code."),
  AICT_FIELD_SCALAR (AictPlace, locality, "locality", TEXT, AICT_FIELD_SUMMARY, "The town."),
  AICT_FIELD_CODED (AictPlace, country, "country", CODE, COUNTRY, AICT_FIELD_SUMMARY, "The country."),
};

const AictTypeInfo _aict_place_info = {
  "place", N_("a place"), N_("a place (an object)"), NULL, aict_place_get_type,
  sizeof (AictPlace), (GDestroyNotify) aict_place_free,
  place_fields, G_N_ELEMENTS (place_fields),
};

static const AictFieldInfo attendance_fields[] = {
  AICT_FIELD_REFERENCE (AictAttendance, person_id, "person", REF, AICT_REFS_PERSON,
                        AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY, "The person."),
  AICT_FIELD_ENUMERATED (AictAttendance, status, "status", aict_attendance_status_get_type,
                         AICT_FIELD_REQUIRED | AICT_FIELD_DECODE_REQUIRED | AICT_FIELD_SUMMARY,
                         "Whether the person came."),
  AICT_FIELD_ENUMERATED (AictAttendance, role, "role", aict_attendance_role_get_type,
                         AICT_FIELD_REQUIRED | AICT_FIELD_DECODE_REQUIRED | AICT_FIELD_SUMMARY,
                         "The part the person played."),
  AICT_FIELD_REFERENCE (AictAttendance, representing_id, "representing", REF, AICT_REFS_ACTOR,
                        AICT_FIELD_SUMMARY, "The actor the person represented."),
};

const AictTypeInfo _aict_attendance_info = {
  "attendance", N_("an attendance record"), N_("an attendance record (an object)"),
  N_("an attendance record needs a “status” and a “role”"), aict_attendance_get_type,
  sizeof (AictAttendance), (GDestroyNotify) aict_attendance_free,
  attendance_fields, G_N_ELEMENTS (attendance_fields),
};
