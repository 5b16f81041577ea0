/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-fields-private.h"

#include "aict-meeting.h"
#include "aict-dataset-private.h"
#include "aict-entity-private.h"
#include "aict-error.h"
#include "aict-i18n-private.h"
#include "aict-list-view-private.h"
#include "aict-model-private.h"
#include "aict-util-private.h"

/**
 * AictMeeting:
 *
 * A meeting: who organised and attended it, where and when, its agenda,
 * who said what, and what came out of it.
 *
 * The [class@Aict.AgendaItem]s, [class@Aict.Contribution]s and
 * [class@Aict.Outcome]s of a meeting belong to it.  Their ids are unique in
 * the meeting and, once the meeting is in an [class@Aict.Dataset], in the
 * whole dataset: the add functions refuse an id that is already taken.
 *
 * Since: 0.1
 */
struct _AictMeeting
{
  AictEntity parent_instance;

  char *title;
  AictPartialDate *date;
  AictPartialDate *end_date;
  char *start_time;
  char *end_time;
  AictPlace *place;
  char **organisers;  /* NULL when empty */
  GPtrArray *attendance;  /* AictAttendance, lazily created */

  GListStore *agenda;          /* AictAgendaItem */
  GListStore *contributions;   /* AictContribution */
  GListStore *outcomes;        /* AictOutcome */
  GHashTable *ids;             /* id → first AictEntity with it in the three
                                * stores; keys and values borrowed from them */
  /* What the getters give: read-only views of the stores, on demand. */
  AictListView *agenda_view;
  AictListView *contributions_view;
  AictListView *outcomes_view;
};

G_DEFINE_FINAL_TYPE (AictMeeting, aict_meeting, AICT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DATE,
  PROP_END_DATE,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_PLACE,
  PROP_ORGANISERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static gboolean
place_equal (const AictPlace *a,
             const AictPlace *b)
{
  return g_strcmp0 (aict_place_get_name (a), aict_place_get_name (b)) == 0 &&
         g_strcmp0 (aict_place_get_address (a), aict_place_get_address (b)) == 0 &&
         g_strcmp0 (aict_place_get_postal_code (a), aict_place_get_postal_code (b)) == 0 &&
         g_strcmp0 (aict_place_get_locality (a), aict_place_get_locality (b)) == 0 &&
         g_strcmp0 (aict_place_get_country (a), aict_place_get_country (b)) == 0;
}

/* Replaces *pointer by a copy of new_value; returns TRUE if the value
 * changed. */
static gboolean
set_place (AictPlace       **pointer,
           const AictPlace  *new_value)
{
  if (*pointer == NULL || new_value == NULL)
    {
      if (*pointer == new_value)
        return FALSE;
    }
  else if (place_equal (*pointer, new_value))
    return FALSE;

  g_clear_pointer (pointer, aict_place_free);
  if (new_value != NULL)
    *pointer = aict_place_copy (new_value);

  return TRUE;
}

static void
aict_meeting_dispose (GObject *object)
{
  AictMeeting *self = AICT_MEETING (object);

  /* The index borrows from the items: drop it first. */
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_object (&self->agenda_view);
  g_clear_object (&self->contributions_view);
  g_clear_object (&self->outcomes_view);
  g_clear_object (&self->agenda);
  g_clear_object (&self->contributions);
  g_clear_object (&self->outcomes);

  G_OBJECT_CLASS (aict_meeting_parent_class)->dispose (object);
}

static void
aict_meeting_finalize (GObject *object)
{
  AictMeeting *self = AICT_MEETING (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, aict_partial_date_free);
  g_clear_pointer (&self->end_date, aict_partial_date_free);
  g_clear_pointer (&self->start_time, g_free);
  g_clear_pointer (&self->end_time, g_free);
  g_clear_pointer (&self->place, aict_place_free);
  g_clear_pointer (&self->organisers, g_strfreev);
  g_clear_pointer (&self->attendance, g_ptr_array_unref);

  G_OBJECT_CLASS (aict_meeting_parent_class)->finalize (object);
}

static void
aict_meeting_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AictMeeting *self = AICT_MEETING (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_END_DATE:
      g_value_set_boxed (value, self->end_date);
      break;

    case PROP_START_TIME:
      g_value_set_string (value, self->start_time);
      break;

    case PROP_END_TIME:
      g_value_set_string (value, self->end_time);
      break;

    case PROP_PLACE:
      g_value_set_boxed (value, self->place);
      break;

    case PROP_ORGANISERS:
      g_value_set_boxed (value, aict_meeting_get_organisers (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_meeting_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AictMeeting *self = AICT_MEETING (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      aict_meeting_set_title (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      aict_meeting_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_END_DATE:
      aict_meeting_set_end_date (self, g_value_get_boxed (value));
      break;

    case PROP_START_TIME:
      aict_meeting_set_start_time (self, g_value_get_string (value));
      break;

    case PROP_END_TIME:
      aict_meeting_set_end_time (self, g_value_get_string (value));
      break;

    case PROP_PLACE:
      aict_meeting_set_place (self, g_value_get_boxed (value));
      break;

    case PROP_ORGANISERS:
      aict_meeting_set_organisers (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_meeting_class_init (AictMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = aict_meeting_dispose;
  object_class->finalize = aict_meeting_finalize;
  object_class->get_property = aict_meeting_get_property;
  object_class->set_property = aict_meeting_set_property;

  /**
   * AictMeeting:title: (getter get_title) (setter set_title)
   *
   * The title of the meeting.
   *
   * Since: 0.1
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictMeeting:date: (getter get_date) (setter set_date)
   *
   * The day of the meeting, or its month or year when the day is not known.
   *
   * Since: 0.1
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        AICT_TYPE_PARTIAL_DATE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * AictMeeting:end-date: (getter get_end_date) (setter set_end_date)
   *
   * The last day of a meeting over several days, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_END_DATE] =
    g_param_spec_boxed ("end-date", NULL, NULL,
                        AICT_TYPE_PARTIAL_DATE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * AictMeeting:start-time: (getter get_start_time) (setter set_start_time)
   *
   * When the meeting starts, `HH:MM` on a 24-hour clock, or %NULL.  Any
   * string is accepted here; validating the dataset reports a malformed one.
   *
   * Since: 0.1
   */
  properties[PROP_START_TIME] =
    g_param_spec_string ("start-time", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictMeeting:end-time: (getter get_end_time) (setter set_end_time)
   *
   * When the meeting ends, `HH:MM` on a 24-hour clock, or %NULL.  Any string
   * is accepted here; validating the dataset reports a malformed one.
   *
   * Since: 0.1
   */
  properties[PROP_END_TIME] =
    g_param_spec_string ("end-time", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictMeeting:place: (getter get_place) (setter set_place)
   *
   * Where the meeting takes place, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_PLACE] =
    g_param_spec_boxed ("place", NULL, NULL,
                        AICT_TYPE_PLACE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * AictMeeting:organisers: (getter get_organisers) (setter set_organisers)
   *
   * The ids of the actors that organised the meeting.
   *
   * Since: 0.1
   */
  properties[PROP_ORGANISERS] =
    g_param_spec_boxed ("organisers", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aict_meeting_init (AictMeeting *self)
{
  self->agenda = g_list_store_new (AICT_TYPE_AGENDA_ITEM);
  self->contributions = g_list_store_new (AICT_TYPE_CONTRIBUTION);
  self->outcomes = g_list_store_new (AICT_TYPE_OUTCOME);
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * aict_meeting_new:
 * @id: the id of the meeting
 * @title: its title
 * @date: (nullable): its date
 *
 * Creates a meeting.  The same as `g_object_new (AICT_TYPE_MEETING, "id", id,
 * "title", title, "date", date, NULL)`.
 *
 * Returns: (transfer full): a new [class@Aict.Meeting]
 *
 * Since: 0.1
 */
AictMeeting *
aict_meeting_new (const char            *id,
                  const char            *title,
                  const AictPartialDate *date)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (AICT_TYPE_MEETING,
                       "id", id,
                       "title", title,
                       "date", date,
                       NULL);
}

/**
 * aict_meeting_get_title: (get-property title)
 * @self: a [class@Aict.Meeting]
 *
 * Gets the [property@Aict.Meeting:title] of @self.
 *
 * Returns: (transfer none) (nullable): the title
 *
 * Since: 0.1
 */
const char *
aict_meeting_get_title (AictMeeting *self)
{
  g_return_val_if_fail (AICT_IS_MEETING (self), NULL);

  return self->title;
}

/**
 * aict_meeting_set_title: (set-property title)
 * @self: a [class@Aict.Meeting]
 * @title: (nullable): the new value
 *
 * Sets the [property@Aict.Meeting:title] of @self.
 *
 * Since: 0.1
 */
void
aict_meeting_set_title (AictMeeting *self,
                        const char  *title)
{
  g_return_if_fail (AICT_IS_MEETING (self));

  if (aict_set_str (&self->title, title))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_TITLE]);
}

/**
 * aict_meeting_get_date: (get-property date)
 * @self: a [class@Aict.Meeting]
 *
 * Gets the [property@Aict.Meeting:date] of @self.
 *
 * Returns: (transfer none) (nullable): the date
 *
 * Since: 0.1
 */
const AictPartialDate *
aict_meeting_get_date (AictMeeting *self)
{
  g_return_val_if_fail (AICT_IS_MEETING (self), NULL);

  return self->date;
}

/**
 * aict_meeting_set_date: (set-property date)
 * @self: a [class@Aict.Meeting]
 * @date: (nullable): the new value, or %NULL to unset it
 *
 * Sets the [property@Aict.Meeting:date] of @self to a copy of @date.
 *
 * Since: 0.1
 */
void
aict_meeting_set_date (AictMeeting           *self,
                       const AictPartialDate *date)
{
  g_return_if_fail (AICT_IS_MEETING (self));

  if (_aict_set_partial_date (&self->date, date))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_DATE]);
}

/**
 * aict_meeting_get_end_date: (get-property end-date)
 * @self: a [class@Aict.Meeting]
 *
 * Gets the [property@Aict.Meeting:end-date] of @self.
 *
 * Returns: (transfer none) (nullable): the end date
 *
 * Since: 0.1
 */
const AictPartialDate *
aict_meeting_get_end_date (AictMeeting *self)
{
  g_return_val_if_fail (AICT_IS_MEETING (self), NULL);

  return self->end_date;
}

/**
 * aict_meeting_set_end_date: (set-property end-date)
 * @self: a [class@Aict.Meeting]
 * @end_date: (nullable): the new value, or %NULL to unset it
 *
 * Sets the [property@Aict.Meeting:end-date] of @self to a copy of @end_date.
 *
 * Since: 0.1
 */
void
aict_meeting_set_end_date (AictMeeting           *self,
                           const AictPartialDate *end_date)
{
  g_return_if_fail (AICT_IS_MEETING (self));

  if (_aict_set_partial_date (&self->end_date, end_date))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_END_DATE]);
}

/**
 * aict_meeting_get_start_time: (get-property start-time)
 * @self: a [class@Aict.Meeting]
 *
 * Gets the [property@Aict.Meeting:start-time] of @self.
 *
 * Returns: (transfer none) (nullable): the start time
 *
 * Since: 0.1
 */
const char *
aict_meeting_get_start_time (AictMeeting *self)
{
  g_return_val_if_fail (AICT_IS_MEETING (self), NULL);

  return self->start_time;
}

/**
 * aict_meeting_set_start_time: (set-property start-time)
 * @self: a [class@Aict.Meeting]
 * @start_time: (nullable): the new value
 *
 * Sets the [property@Aict.Meeting:start-time] of @self.
 *
 * Since: 0.1
 */
void
aict_meeting_set_start_time (AictMeeting *self,
                             const char  *start_time)
{
  g_return_if_fail (AICT_IS_MEETING (self));

  if (aict_set_str (&self->start_time, start_time))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_START_TIME]);
}

/**
 * aict_meeting_get_end_time: (get-property end-time)
 * @self: a [class@Aict.Meeting]
 *
 * Gets the [property@Aict.Meeting:end-time] of @self.
 *
 * Returns: (transfer none) (nullable): the end time
 *
 * Since: 0.1
 */
const char *
aict_meeting_get_end_time (AictMeeting *self)
{
  g_return_val_if_fail (AICT_IS_MEETING (self), NULL);

  return self->end_time;
}

/**
 * aict_meeting_set_end_time: (set-property end-time)
 * @self: a [class@Aict.Meeting]
 * @end_time: (nullable): the new value
 *
 * Sets the [property@Aict.Meeting:end-time] of @self.
 *
 * Since: 0.1
 */
void
aict_meeting_set_end_time (AictMeeting *self,
                           const char  *end_time)
{
  g_return_if_fail (AICT_IS_MEETING (self));

  if (aict_set_str (&self->end_time, end_time))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_END_TIME]);
}

/**
 * aict_meeting_get_place: (get-property place)
 * @self: a [class@Aict.Meeting]
 *
 * Gets the [property@Aict.Meeting:place] of @self.
 *
 * Returns: (transfer none) (nullable): the place
 *
 * Since: 0.1
 */
const AictPlace *
aict_meeting_get_place (AictMeeting *self)
{
  g_return_val_if_fail (AICT_IS_MEETING (self), NULL);

  return self->place;
}

/**
 * aict_meeting_set_place: (set-property place)
 * @self: a [class@Aict.Meeting]
 * @place: (nullable): the new value, or %NULL to unset it
 *
 * Sets the [property@Aict.Meeting:place] of @self to a copy of @place.
 *
 * Since: 0.1
 */
void
aict_meeting_set_place (AictMeeting     *self,
                        const AictPlace *place)
{
  g_return_if_fail (AICT_IS_MEETING (self));

  if (set_place (&self->place, place))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_PLACE]);
}

/**
 * aict_meeting_get_organisers: (get-property organisers)
 * @self: a [class@Aict.Meeting]
 *
 * Gets the [property@Aict.Meeting:organisers] of @self.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the
 *   organising actors, possibly empty
 *
 * Since: 0.1
 */
const char * const *
aict_meeting_get_organisers (AictMeeting *self)
{
  g_return_val_if_fail (AICT_IS_MEETING (self), NULL);

  return self->organisers != NULL ? (const char * const *) self->organisers : empty_strv;
}

/**
 * aict_meeting_set_organisers: (set-property organisers)
 * @self: a [class@Aict.Meeting]
 * @organisers: (nullable) (array zero-terminated=1): the new value, or
 *   %NULL for none
 *
 * Sets the [property@Aict.Meeting:organisers] of @self to a copy of
 * @organisers.
 *
 * Since: 0.1
 */
void
aict_meeting_set_organisers (AictMeeting        *self,
                             const char * const *organisers)
{
  g_return_if_fail (AICT_IS_MEETING (self));

  if (_aict_set_strv (&self->organisers, organisers))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_ORGANISERS]);
}

/**
 * aict_meeting_get_n_attendance:
 * @self: a [class@Aict.Meeting]
 *
 * Gets the number of attendance records of @self.  Get each with
 * [method@Aict.Meeting.get_attendance], or copies of all of them with
 * [method@Aict.Meeting.dup_attendance].
 *
 * Returns: the number of attendance records, possibly 0
 *
 * Since: 0.2
 */
guint
aict_meeting_get_n_attendance (AictMeeting *self)
{
  g_return_val_if_fail (AICT_IS_MEETING (self), 0);

  return self->attendance != NULL ? self->attendance->len : 0;
}

/**
 * aict_meeting_get_attendance:
 * @self: a [class@Aict.Meeting]
 * @position: the position of the attendance record, less than
 *   [method@Aict.Meeting.get_n_attendance]
 *
 * Gets the attendance record of @self at @position, in the order they were added.
 * Attendance records are only ever added, so it stays valid as long as @self.
 *
 * Returns: (transfer none): the attendance record, owned by @self
 *
 * Since: 0.2
 */
const AictAttendance *
aict_meeting_get_attendance (AictMeeting *self,
                             guint       position)
{
  g_return_val_if_fail (AICT_IS_MEETING (self), NULL);
  g_return_val_if_fail (self->attendance != NULL && position < self->attendance->len, NULL);

  return g_ptr_array_index (self->attendance, position);
}

/**
 * aict_meeting_dup_attendance:
 * @self: a [class@Aict.Meeting]
 *
 * Gets copies of the attendance records of @self (who was present, excused
 * or absent), in the order they were added.  Changing the array does not
 * change @self: add with [method@Aict.Meeting.add_attendance].
 *
 * Returns: (transfer container) (element-type AictAttendance): a new array of
 *   copies of the attendance records, possibly empty, that frees them when it is
 *   freed (g_ptr_array_unref())
 *
 * Since: 0.2
 */
GPtrArray *
aict_meeting_dup_attendance (AictMeeting *self)
{
  GPtrArray *copy;
  guint n;

  g_return_val_if_fail (AICT_IS_MEETING (self), NULL);

  n = self->attendance != NULL ? self->attendance->len : 0;
  copy = g_ptr_array_new_full (n, (GDestroyNotify) aict_attendance_free);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (copy, aict_attendance_copy (g_ptr_array_index (self->attendance, i)));

  return copy;
}

/**
 * aict_meeting_add_attendance:
 * @self: a [class@Aict.Meeting]
 * @attendance: the attendance to add
 *
 * Adds a copy of @attendance to the attendance of @self.
 *
 * Since: 0.1
 */
void
aict_meeting_add_attendance (AictMeeting          *self,
                             const AictAttendance *attendance)
{
  g_return_if_fail (AICT_IS_MEETING (self));
  g_return_if_fail (attendance != NULL);

  _aict_meeting_take_attendance (self, aict_attendance_copy (attendance));
}

void
_aict_meeting_take_attendance (AictMeeting    *self,
                               AictAttendance *attendance)
{
  g_assert (AICT_IS_MEETING (self));
  g_assert (attendance != NULL);

  if (self->attendance == NULL)
    self->attendance = g_ptr_array_new_with_free_func ((GDestroyNotify) aict_attendance_free);
  g_ptr_array_add (self->attendance, attendance);
  _aict_entity_changed (AICT_ENTITY (self));
}

/* Checks that @entity may join @self: it has an id, belongs to no
 * dataset, no object of the meeting has its id, and the dataset of the
 * meeting (if any) accepts it.  On success the entity is registered in
 * that dataset. */
static gboolean
aict_meeting_accept_entity (AictMeeting  *self,
                            AictEntity   *entity,
                            GError      **error)
{
  AictDataset *dataset;
  const char *id;

  g_assert (AICT_IS_MEETING (self));
  g_assert (AICT_IS_ENTITY (entity));

  id = aict_entity_get_id (entity);
  if (id == NULL)
    {
      g_set_error_literal (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                           _("an object without an id cannot be added to a meeting"));
      return FALSE;
    }

  if (_aict_entity_get_dataset (entity) != NULL)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("the object with id “%s” already belongs to a dataset"), id);
      return FALSE;
    }

  if (g_hash_table_contains (self->ids, id) ||
      g_strcmp0 (id, aict_entity_get_id (AICT_ENTITY (self))) == 0)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_DUPLICATE_ID,
                   _("an object with id “%s” is already in the meeting"), id);
      return FALSE;
    }

  dataset = _aict_entity_get_dataset (AICT_ENTITY (self));
  if (dataset != NULL && !_aict_dataset_register_entity (dataset, entity, error))
    return FALSE;

  return TRUE;
}

/* Indexes the first object with each id; later ones (only the loader
 * appends duplicates) are left for the validator to report. */
static void
aict_meeting_index_entity (AictMeeting *self,
                           AictEntity  *entity)
{
  const char *id = aict_entity_get_id (entity);

  g_assert (AICT_IS_MEETING (self));

  if (id != NULL && !g_hash_table_contains (self->ids, id))
    g_hash_table_insert (self->ids, (gpointer) id, entity);
}

/**
 * aict_meeting_get_agenda:
 * @self: a [class@Aict.Meeting]
 *
 * Gets the agenda of @self: a list model of [class@Aict.AgendaItem]s, in
 * the order of the agenda.  The model is read-only (add with
 * [method@Aict.Meeting.add_agenda_item]); it stays valid as long as @self
 * and follows the items added later.
 *
 * Returns: (transfer none): the agenda items
 *
 * Since: 0.1
 */
GListModel *
aict_meeting_get_agenda (AictMeeting *self)
{
  g_return_val_if_fail (AICT_IS_MEETING (self), NULL);

  if (self->agenda_view == NULL)
    self->agenda_view = _aict_list_view_new_for_model (G_LIST_MODEL (self->agenda));

  return G_LIST_MODEL (self->agenda_view);
}

/**
 * aict_meeting_add_agenda_item:
 * @self: a [class@Aict.Meeting]
 * @item: the agenda item to add
 * @error: return location for a [struct@GLib.Error]
 *
 * Appends @item to the agenda of @self, which takes a reference on it.
 *
 * Fails with %AICT_ERROR_INVALID_ARGUMENT if @item has no id or already
 * belongs to a dataset, and with %AICT_ERROR_DUPLICATE_ID if @self or one
 * of its agenda items, contributions or outcomes already has the id of
 * @item or, when @self is in an [class@Aict.Dataset], if an object of the
 * dataset has it.  On failure @self is unchanged.
 *
 * Returns: %TRUE if @item was added
 *
 * Since: 0.1
 */
gboolean
aict_meeting_add_agenda_item (AictMeeting     *self,
                              AictAgendaItem  *item,
                              GError         **error)
{
  g_return_val_if_fail (AICT_IS_MEETING (self), FALSE);
  g_return_val_if_fail (AICT_IS_AGENDA_ITEM (item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!aict_meeting_accept_entity (self, AICT_ENTITY (item), error))
    return FALSE;

  _aict_meeting_append_agenda_item (self, g_object_ref (item));
  _aict_entity_changed (AICT_ENTITY (item));

  return TRUE;
}

/**
 * aict_meeting_lookup_agenda_item:
 * @self: a [class@Aict.Meeting]
 * @id: the id of an agenda item
 *
 * Finds the agenda item of @self whose id is @id.
 *
 * Returns: (transfer none) (nullable): the agenda item, or %NULL if @self
 *   has none with that id
 *
 * Since: 0.1
 */
AictAgendaItem *
aict_meeting_lookup_agenda_item (AictMeeting *self,
                                 const char  *id)
{
  gpointer entity;

  g_return_val_if_fail (AICT_IS_MEETING (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entity = g_hash_table_lookup (self->ids, id);

  return AICT_IS_AGENDA_ITEM (entity) ? entity : NULL;
}

/**
 * aict_meeting_get_contributions:
 * @self: a [class@Aict.Meeting]
 *
 * Gets the contributions of @self: a list model of
 * [class@Aict.Contribution]s, in the order they were made.  The model is
 * read-only (add with [method@Aict.Meeting.add_contribution]); it stays
 * valid as long as @self and follows the contributions added later.
 *
 * Returns: (transfer none): the contributions
 *
 * Since: 0.1
 */
GListModel *
aict_meeting_get_contributions (AictMeeting *self)
{
  g_return_val_if_fail (AICT_IS_MEETING (self), NULL);

  if (self->contributions_view == NULL)
    self->contributions_view = _aict_list_view_new_for_model (G_LIST_MODEL (self->contributions));

  return G_LIST_MODEL (self->contributions_view);
}

/**
 * aict_meeting_add_contribution:
 * @self: a [class@Aict.Meeting]
 * @contribution: the contribution to add
 * @error: return location for a [struct@GLib.Error]
 *
 * Appends @contribution to the contributions of @self, which takes a
 * reference on it.
 *
 * Fails like [method@Aict.Meeting.add_agenda_item].
 *
 * Returns: %TRUE if @contribution was added
 *
 * Since: 0.1
 */
gboolean
aict_meeting_add_contribution (AictMeeting       *self,
                               AictContribution  *contribution,
                               GError           **error)
{
  g_return_val_if_fail (AICT_IS_MEETING (self), FALSE);
  g_return_val_if_fail (AICT_IS_CONTRIBUTION (contribution), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!aict_meeting_accept_entity (self, AICT_ENTITY (contribution), error))
    return FALSE;

  _aict_meeting_append_contribution (self, g_object_ref (contribution));
  _aict_entity_changed (AICT_ENTITY (contribution));

  return TRUE;
}

/**
 * aict_meeting_lookup_contribution:
 * @self: a [class@Aict.Meeting]
 * @id: the id of a contribution
 *
 * Finds the contribution of @self whose id is @id.
 *
 * Returns: (transfer none) (nullable): the contribution, or %NULL if @self
 *   has none with that id
 *
 * Since: 0.1
 */
AictContribution *
aict_meeting_lookup_contribution (AictMeeting *self,
                                  const char  *id)
{
  gpointer entity;

  g_return_val_if_fail (AICT_IS_MEETING (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entity = g_hash_table_lookup (self->ids, id);

  return AICT_IS_CONTRIBUTION (entity) ? entity : NULL;
}

/**
 * aict_meeting_get_outcomes:
 * @self: a [class@Aict.Meeting]
 *
 * Gets the outcomes of @self: a list model of [class@Aict.Outcome]s, in
 * the order of the minutes.  The model is read-only (add with
 * [method@Aict.Meeting.add_outcome]); it stays valid as long as @self and
 * follows the outcomes added later.
 *
 * Returns: (transfer none): the outcomes
 *
 * Since: 0.1
 */
GListModel *
aict_meeting_get_outcomes (AictMeeting *self)
{
  g_return_val_if_fail (AICT_IS_MEETING (self), NULL);

  if (self->outcomes_view == NULL)
    self->outcomes_view = _aict_list_view_new_for_model (G_LIST_MODEL (self->outcomes));

  return G_LIST_MODEL (self->outcomes_view);
}

/**
 * aict_meeting_add_outcome:
 * @self: a [class@Aict.Meeting]
 * @outcome: the outcome to add
 * @error: return location for a [struct@GLib.Error]
 *
 * Appends @outcome to the outcomes of @self, which takes a reference on
 * it, and sets its [property@Aict.Outcome:meeting-id] to the id of @self.
 *
 * Fails like [method@Aict.Meeting.add_agenda_item], and with
 * %AICT_ERROR_INVALID_ARGUMENT if @outcome already belongs to a meeting.
 *
 * Returns: %TRUE if @outcome was added
 *
 * Since: 0.1
 */
gboolean
aict_meeting_add_outcome (AictMeeting  *self,
                          AictOutcome  *outcome,
                          GError      **error)
{
  const char *meeting_id;

  g_return_val_if_fail (AICT_IS_MEETING (self), FALSE);
  g_return_val_if_fail (AICT_IS_OUTCOME (outcome), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  meeting_id = aict_outcome_get_meeting_id (outcome);
  if (meeting_id != NULL)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("the outcome “%s” already belongs to the meeting “%s”"),
                   aict_entity_get_id (AICT_ENTITY (outcome)), meeting_id);
      return FALSE;
    }

  if (!aict_meeting_accept_entity (self, AICT_ENTITY (outcome), error))
    return FALSE;

  _aict_meeting_append_outcome (self, g_object_ref (outcome));
  _aict_entity_changed (AICT_ENTITY (outcome));

  return TRUE;
}

/**
 * aict_meeting_lookup_outcome:
 * @self: a [class@Aict.Meeting]
 * @id: the id of an outcome
 *
 * Finds the outcome of @self whose id is @id.
 *
 * Returns: (transfer none) (nullable): the outcome, or %NULL if @self has
 *   none with that id
 *
 * Since: 0.1
 */
AictOutcome *
aict_meeting_lookup_outcome (AictMeeting *self,
                             const char  *id)
{
  gpointer entity;

  g_return_val_if_fail (AICT_IS_MEETING (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entity = g_hash_table_lookup (self->ids, id);

  return AICT_IS_OUTCOME (entity) ? entity : NULL;
}

void
_aict_meeting_append_agenda_item (AictMeeting    *self,
                                  AictAgendaItem *item)
{
  g_assert (AICT_IS_MEETING (self));
  g_assert (AICT_IS_AGENDA_ITEM (item));

  aict_meeting_index_entity (self, AICT_ENTITY (item));
  g_list_store_append (self->agenda, item);
  g_object_unref (item);
}

void
_aict_meeting_append_contribution (AictMeeting      *self,
                                   AictContribution *contribution)
{
  g_assert (AICT_IS_MEETING (self));
  g_assert (AICT_IS_CONTRIBUTION (contribution));

  aict_meeting_index_entity (self, AICT_ENTITY (contribution));
  g_list_store_append (self->contributions, contribution);
  g_object_unref (contribution);
}

void
_aict_meeting_append_outcome (AictMeeting *self,
                              AictOutcome *outcome)
{
  g_assert (AICT_IS_MEETING (self));
  g_assert (AICT_IS_OUTCOME (outcome));

  _aict_outcome_set_meeting_id (outcome, aict_entity_get_id (AICT_ENTITY (self)));
  aict_meeting_index_entity (self, AICT_ENTITY (outcome));
  g_list_store_append (self->outcomes, outcome);
  g_object_unref (outcome);
}

GPtrArray *
_aict_meeting_peek_attendance (AictMeeting *self)
{
  return self->attendance;
}

void
_aict_meeting_take_organisers (AictMeeting  *self,
                               char **organisers)
{
  g_strfreev (self->organisers);
  self->organisers = organisers;
}

static void
take_agenda_item (gpointer meeting, gpointer item)
{
  _aict_meeting_append_agenda_item (meeting, item);
}

static void
take_contribution (gpointer meeting, gpointer contribution)
{
  _aict_meeting_append_contribution (meeting, contribution);
}

static void
take_outcome (gpointer meeting, gpointer outcome)
{
  _aict_meeting_append_outcome (meeting, outcome);
}

/* The members of a meeting, in the order they are written. */
static const AictFieldInfo meeting_fields[] = {
  AICT_FIELD_ENTITY_ID ("The meeting's id, unique in the dataset."),
  AICT_FIELD_SCALAR (AictMeeting, title, "title", TEXT, AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY, "Its title."),
  AICT_FIELD_SCALAR (AictMeeting, date, "date", DATE, AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY,
                     "The day it was held (or began)."),
  AICT_FIELD_SCALAR (AictMeeting, end_date, "end_date", DATE, AICT_FIELD_SUMMARY,
                     "The last day, for a meeting of several days."),
  AICT_FIELD_SCALAR (AictMeeting, start_time, "start_time", TIME, AICT_FIELD_SUMMARY, "When it began (HH:MM)."),
  AICT_FIELD_SCALAR (AictMeeting, end_time, "end_time", TIME, AICT_FIELD_SUMMARY, "When it ended (HH:MM)."),
  { "place", AICT_FIELD_RECORD, AICT_FIELD_SUMMARY, G_STRUCT_OFFSET (AictMeeting, place),
    .record = &_aict_place_info, .description = "Where it was held." },
  AICT_FIELD_REFERENCE (AictMeeting, organisers, "organisers", REF_LIST, AICT_REFS_ACTOR, AICT_FIELD_SUMMARY,
                        "The actors that organised it."),
  AICT_FIELD_RECORDS ("attendance", _aict_attendance_info, _aict_meeting_take_attendance,
                      _aict_meeting_peek_attendance, 0, "Who was invited, came, or sent apologies."),
  { "agenda", AICT_FIELD_ENTITY_LIST, 0, 0, .record = &_aict_agenda_item_info,
    .take = take_agenda_item, .model = (gpointer) _aict_meeting_peek_agenda,
    .description = "Its agenda." },
  { "contributions", AICT_FIELD_ENTITY_LIST, 0, 0, .record = &_aict_contribution_info,
    .take = take_contribution, .model = (gpointer) _aict_meeting_peek_contributions,
    .description = "What the participants said." },
  { "outcomes", AICT_FIELD_ENTITY_LIST, 0, 0, .record = &_aict_outcome_info,
    .take = take_outcome, .model = (gpointer) _aict_meeting_peek_outcomes,
    .description = "What it decided, the actions it set, what it found." },
  AICT_FIELD_ENTITY_NOTES,
  AICT_FIELD_ENTITY_SOURCES,
};

const AictTypeInfo _aict_meeting_info = {
  "meeting", N_("a meeting"), N_("an object"), NULL, aict_meeting_get_type, 0, NULL,
  meeting_fields, G_N_ELEMENTS (meeting_fields),
};

GListModel *
_aict_meeting_peek_agenda (AictMeeting *self)
{
  return G_LIST_MODEL (self->agenda);
}

GListModel *
_aict_meeting_peek_contributions (AictMeeting *self)
{
  return G_LIST_MODEL (self->contributions);
}

GListModel *
_aict_meeting_peek_outcomes (AictMeeting *self)
{
  return G_LIST_MODEL (self->outcomes);
}
