/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-fields-private.h"

#include "aict-entity-private.h"

#include "aict-outcome.h"
#include "aict-enum-types.h"
#include "aict-model-private.h"
#include "aict-util-private.h"

/**
 * AictOutcome:
 *
 * What a meeting produced: a synthesis of a discussion, a conclusion, a
 * decision, a proposal, an action to follow up, a next meeting.
 *
 * An action has an owner ([property@Aict.Outcome:owner-id]), may have a due
 * date and has a status that follow-up updates.
 *
 * Since: 0.1
 */
struct _AictOutcome
{
  AictEntity parent_instance;

  AictOutcomeKind kind;
  char *text;
  char *agenda_item_id;
  char *owner_id;
  AictPartialDate *due;
  AictOutcomeStatus status;
  char **actor_ids;  /* NULL when empty */
  char **partnership_ids;  /* NULL when empty */
  char **themes;  /* NULL when empty */
  char *meeting_id;
};

G_DEFINE_FINAL_TYPE (AictOutcome, aict_outcome, AICT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TEXT,
  PROP_AGENDA_ITEM_ID,
  PROP_OWNER_ID,
  PROP_DUE,
  PROP_STATUS,
  PROP_ACTOR_IDS,
  PROP_PARTNERSHIP_IDS,
  PROP_THEMES,
  PROP_MEETING_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static void
aict_outcome_finalize (GObject *object)
{
  AictOutcome *self = AICT_OUTCOME (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->agenda_item_id, g_free);
  g_clear_pointer (&self->owner_id, g_free);
  g_clear_pointer (&self->due, aict_partial_date_free);
  g_clear_pointer (&self->actor_ids, g_strfreev);
  g_clear_pointer (&self->partnership_ids, g_strfreev);
  g_clear_pointer (&self->themes, g_strfreev);
  g_clear_pointer (&self->meeting_id, g_free);

  G_OBJECT_CLASS (aict_outcome_parent_class)->finalize (object);
}

static void
aict_outcome_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AictOutcome *self = AICT_OUTCOME (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_AGENDA_ITEM_ID:
      g_value_set_string (value, self->agenda_item_id);
      break;

    case PROP_OWNER_ID:
      g_value_set_string (value, self->owner_id);
      break;

    case PROP_DUE:
      g_value_set_boxed (value, self->due);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_ACTOR_IDS:
      g_value_set_boxed (value, aict_outcome_get_actor_ids (self));
      break;

    case PROP_PARTNERSHIP_IDS:
      g_value_set_boxed (value, aict_outcome_get_partnership_ids (self));
      break;

    case PROP_THEMES:
      g_value_set_boxed (value, aict_outcome_get_themes (self));
      break;

    case PROP_MEETING_ID:
      g_value_set_string (value, self->meeting_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_outcome_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AictOutcome *self = AICT_OUTCOME (object);

  switch (prop_id)
    {
    case PROP_KIND:
      aict_outcome_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_TEXT:
      aict_outcome_set_text (self, g_value_get_string (value));
      break;

    case PROP_AGENDA_ITEM_ID:
      aict_outcome_set_agenda_item_id (self, g_value_get_string (value));
      break;

    case PROP_OWNER_ID:
      aict_outcome_set_owner_id (self, g_value_get_string (value));
      break;

    case PROP_DUE:
      aict_outcome_set_due (self, g_value_get_boxed (value));
      break;

    case PROP_STATUS:
      aict_outcome_set_status (self, g_value_get_enum (value));
      break;

    case PROP_ACTOR_IDS:
      aict_outcome_set_actor_ids (self, g_value_get_boxed (value));
      break;

    case PROP_PARTNERSHIP_IDS:
      aict_outcome_set_partnership_ids (self, g_value_get_boxed (value));
      break;

    case PROP_THEMES:
      aict_outcome_set_themes (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_outcome_class_init (AictOutcomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aict_outcome_finalize;
  object_class->get_property = aict_outcome_get_property;
  object_class->set_property = aict_outcome_set_property;

  /**
   * AictOutcome:kind: (getter get_kind) (setter set_kind)
   *
   * What the outcome is.
   *
   * Since: 0.1
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       AICT_TYPE_OUTCOME_KIND,
                       AICT_OUTCOME_KIND_SYNTHESIS,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * AictOutcome:text: (getter get_text) (setter set_text)
   *
   * The text of the outcome.
   *
   * Since: 0.1
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictOutcome:agenda-item-id: (getter get_agenda_item_id) (setter set_agenda_item_id)
   *
   * The id of the [class@Aict.AgendaItem] of the same meeting the outcome
   * belongs to, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_AGENDA_ITEM_ID] =
    g_param_spec_string ("agenda-item-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictOutcome:owner-id: (getter get_owner_id) (setter set_owner_id)
   *
   * The id of the [class@Aict.Actor] that must carry out an action, or
   * %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_OWNER_ID] =
    g_param_spec_string ("owner-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictOutcome:due: (getter get_due) (setter set_due)
   *
   * When an action is due, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_DUE] =
    g_param_spec_boxed ("due", NULL, NULL,
                        AICT_TYPE_PARTIAL_DATE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * AictOutcome:status: (getter get_status) (setter set_status)
   *
   * Where the outcome stands.
   *
   * Since: 0.1
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       AICT_TYPE_OUTCOME_STATUS,
                       AICT_OUTCOME_STATUS_OPEN,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * AictOutcome:actor-ids: (getter get_actor_ids) (setter set_actor_ids)
   *
   * The ids of the actors the outcome concerns.
   *
   * Since: 0.1
   */
  properties[PROP_ACTOR_IDS] =
    g_param_spec_boxed ("actor-ids", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * AictOutcome:partnership-ids: (getter get_partnership_ids) (setter set_partnership_ids)
   *
   * The ids of the partnerships the outcome concerns.
   *
   * Since: 0.1
   */
  properties[PROP_PARTNERSHIP_IDS] =
    g_param_spec_boxed ("partnership-ids", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * AictOutcome:themes: (getter get_themes) (setter set_themes)
   *
   * The theme codes of the outcome, from the themes codelist.
   *
   * Since: 0.1
   */
  properties[PROP_THEMES] =
    g_param_spec_boxed ("themes", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * AictOutcome:meeting-id: (getter get_meeting_id)
   *
   * The id of the [class@Aict.Meeting] the outcome belongs to, or %NULL
   * until it is added to one with [method@Aict.Meeting.add_outcome].
   *
   * Since: 0.1
   */
  properties[PROP_MEETING_ID] =
    g_param_spec_string ("meeting-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aict_outcome_init (AictOutcome *self)
{
}

/**
 * aict_outcome_new:
 * @id: the id of the outcome
 * @kind: what it is
 * @text: its text
 *
 * Creates an outcome.  The same as `g_object_new (AICT_TYPE_OUTCOME, "id",
 * id, "kind", kind, "text", text, NULL)`.
 *
 * Returns: (transfer full): a new [class@Aict.Outcome]
 *
 * Since: 0.1
 */
AictOutcome *
aict_outcome_new (const char      *id,
                  AictOutcomeKind  kind,
                  const char      *text)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (AICT_TYPE_OUTCOME,
                       "id", id,
                       "kind", kind,
                       "text", text,
                       NULL);
}

/**
 * aict_outcome_get_kind: (get-property kind)
 * @self: an [class@Aict.Outcome]
 *
 * Gets the [property@Aict.Outcome:kind] of @self.
 *
 * Returns: the kind
 *
 * Since: 0.1
 */
AictOutcomeKind
aict_outcome_get_kind (AictOutcome *self)
{
  g_return_val_if_fail (AICT_IS_OUTCOME (self), AICT_OUTCOME_KIND_SYNTHESIS);

  return self->kind;
}

/**
 * aict_outcome_set_kind: (set-property kind)
 * @self: an [class@Aict.Outcome]
 * @kind: the new value
 *
 * Sets the [property@Aict.Outcome:kind] of @self.
 *
 * Since: 0.1
 */
void
aict_outcome_set_kind (AictOutcome     *self,
                       AictOutcomeKind  kind)
{
  g_return_if_fail (AICT_IS_OUTCOME (self));
  g_return_if_fail (kind <= AICT_OUTCOME_KIND_NEXT_MEETING);

  if (self->kind != kind)
    {
      self->kind = kind;
      _aict_entity_notify (AICT_ENTITY (self), properties[PROP_KIND]);
    }
}

/**
 * aict_outcome_get_text: (get-property text)
 * @self: an [class@Aict.Outcome]
 *
 * Gets the [property@Aict.Outcome:text] of @self.
 *
 * Returns: (transfer none) (nullable): the text
 *
 * Since: 0.1
 */
const char *
aict_outcome_get_text (AictOutcome *self)
{
  g_return_val_if_fail (AICT_IS_OUTCOME (self), NULL);

  return self->text;
}

/**
 * aict_outcome_set_text: (set-property text)
 * @self: an [class@Aict.Outcome]
 * @text: (nullable): the new value
 *
 * Sets the [property@Aict.Outcome:text] of @self.
 *
 * Since: 0.1
 */
void
aict_outcome_set_text (AictOutcome *self,
                       const char  *text)
{
  g_return_if_fail (AICT_IS_OUTCOME (self));

  if (aict_set_str (&self->text, text))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_TEXT]);
}

/**
 * aict_outcome_get_agenda_item_id: (get-property agenda-item-id)
 * @self: an [class@Aict.Outcome]
 *
 * Gets the [property@Aict.Outcome:agenda-item-id] of @self.
 *
 * Returns: (transfer none) (nullable): the agenda item id
 *
 * Since: 0.1
 */
const char *
aict_outcome_get_agenda_item_id (AictOutcome *self)
{
  g_return_val_if_fail (AICT_IS_OUTCOME (self), NULL);

  return self->agenda_item_id;
}

/**
 * aict_outcome_set_agenda_item_id: (set-property agenda-item-id)
 * @self: an [class@Aict.Outcome]
 * @agenda_item_id: (nullable): the new value
 *
 * Sets the [property@Aict.Outcome:agenda-item-id] of @self.
 *
 * Since: 0.1
 */
void
aict_outcome_set_agenda_item_id (AictOutcome *self,
                                 const char  *agenda_item_id)
{
  g_return_if_fail (AICT_IS_OUTCOME (self));

  if (aict_set_str (&self->agenda_item_id, agenda_item_id))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_AGENDA_ITEM_ID]);
}

/**
 * aict_outcome_get_owner_id: (get-property owner-id)
 * @self: an [class@Aict.Outcome]
 *
 * Gets the [property@Aict.Outcome:owner-id] of @self.
 *
 * Returns: (transfer none) (nullable): the owner id
 *
 * Since: 0.1
 */
const char *
aict_outcome_get_owner_id (AictOutcome *self)
{
  g_return_val_if_fail (AICT_IS_OUTCOME (self), NULL);

  return self->owner_id;
}

/**
 * aict_outcome_set_owner_id: (set-property owner-id)
 * @self: an [class@Aict.Outcome]
 * @owner_id: (nullable): the new value
 *
 * Sets the [property@Aict.Outcome:owner-id] of @self.
 *
 * Since: 0.1
 */
void
aict_outcome_set_owner_id (AictOutcome *self,
                           const char  *owner_id)
{
  g_return_if_fail (AICT_IS_OUTCOME (self));

  if (aict_set_str (&self->owner_id, owner_id))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_OWNER_ID]);
}

/**
 * aict_outcome_get_due: (get-property due)
 * @self: an [class@Aict.Outcome]
 *
 * Gets the [property@Aict.Outcome:due] of @self.
 *
 * Returns: (transfer none) (nullable): the due date
 *
 * Since: 0.1
 */
const AictPartialDate *
aict_outcome_get_due (AictOutcome *self)
{
  g_return_val_if_fail (AICT_IS_OUTCOME (self), NULL);

  return self->due;
}

/**
 * aict_outcome_set_due: (set-property due)
 * @self: an [class@Aict.Outcome]
 * @due: (nullable): the new value, or %NULL to unset it
 *
 * Sets the [property@Aict.Outcome:due] of @self to a copy of @due.
 *
 * Since: 0.1
 */
void
aict_outcome_set_due (AictOutcome           *self,
                      const AictPartialDate *due)
{
  g_return_if_fail (AICT_IS_OUTCOME (self));

  if (_aict_set_partial_date (&self->due, due))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_DUE]);
}

/**
 * aict_outcome_get_status: (get-property status)
 * @self: an [class@Aict.Outcome]
 *
 * Gets the [property@Aict.Outcome:status] of @self.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
AictOutcomeStatus
aict_outcome_get_status (AictOutcome *self)
{
  g_return_val_if_fail (AICT_IS_OUTCOME (self), AICT_OUTCOME_STATUS_OPEN);

  return self->status;
}

/**
 * aict_outcome_set_status: (set-property status)
 * @self: an [class@Aict.Outcome]
 * @status: the new value
 *
 * Sets the [property@Aict.Outcome:status] of @self.
 *
 * Since: 0.1
 */
void
aict_outcome_set_status (AictOutcome       *self,
                         AictOutcomeStatus  status)
{
  g_return_if_fail (AICT_IS_OUTCOME (self));
  g_return_if_fail (status <= AICT_OUTCOME_STATUS_CANCELLED);

  if (self->status != status)
    {
      self->status = status;
      _aict_entity_notify (AICT_ENTITY (self), properties[PROP_STATUS]);
    }
}

/**
 * aict_outcome_get_actor_ids: (get-property actor-ids)
 * @self: an [class@Aict.Outcome]
 *
 * Gets the [property@Aict.Outcome:actor-ids] of @self.
 *
 * Returns: (transfer none) (array zero-terminated=1): the actor ids,
 *   possibly empty
 *
 * Since: 0.1
 */
const char * const *
aict_outcome_get_actor_ids (AictOutcome *self)
{
  g_return_val_if_fail (AICT_IS_OUTCOME (self), NULL);

  return self->actor_ids != NULL ? (const char * const *) self->actor_ids : empty_strv;
}

/**
 * aict_outcome_set_actor_ids: (set-property actor-ids)
 * @self: an [class@Aict.Outcome]
 * @actor_ids: (nullable) (array zero-terminated=1): the new value, or
 *   %NULL for none
 *
 * Sets the [property@Aict.Outcome:actor-ids] of @self to a copy of
 * @actor_ids.
 *
 * Since: 0.1
 */
void
aict_outcome_set_actor_ids (AictOutcome        *self,
                            const char * const *actor_ids)
{
  g_return_if_fail (AICT_IS_OUTCOME (self));

  if (_aict_set_strv (&self->actor_ids, actor_ids))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_ACTOR_IDS]);
}

/**
 * aict_outcome_get_partnership_ids: (get-property partnership-ids)
 * @self: an [class@Aict.Outcome]
 *
 * Gets the [property@Aict.Outcome:partnership-ids] of @self.
 *
 * Returns: (transfer none) (array zero-terminated=1): the partnership ids,
 *   possibly empty
 *
 * Since: 0.1
 */
const char * const *
aict_outcome_get_partnership_ids (AictOutcome *self)
{
  g_return_val_if_fail (AICT_IS_OUTCOME (self), NULL);

  return self->partnership_ids != NULL ? (const char * const *) self->partnership_ids : empty_strv;
}

/**
 * aict_outcome_set_partnership_ids: (set-property partnership-ids)
 * @self: an [class@Aict.Outcome]
 * @partnership_ids: (nullable) (array zero-terminated=1): the new value,
 *   or %NULL for none
 *
 * Sets the [property@Aict.Outcome:partnership-ids] of @self to a copy of
 * @partnership_ids.
 *
 * Since: 0.1
 */
void
aict_outcome_set_partnership_ids (AictOutcome        *self,
                                  const char * const *partnership_ids)
{
  g_return_if_fail (AICT_IS_OUTCOME (self));

  if (_aict_set_strv (&self->partnership_ids, partnership_ids))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_PARTNERSHIP_IDS]);
}

/**
 * aict_outcome_get_themes: (get-property themes)
 * @self: an [class@Aict.Outcome]
 *
 * Gets the [property@Aict.Outcome:themes] of @self.
 *
 * Returns: (transfer none) (array zero-terminated=1): the theme codes,
 *   possibly empty
 *
 * Since: 0.1
 */
const char * const *
aict_outcome_get_themes (AictOutcome *self)
{
  g_return_val_if_fail (AICT_IS_OUTCOME (self), NULL);

  return self->themes != NULL ? (const char * const *) self->themes : empty_strv;
}

/**
 * aict_outcome_set_themes: (set-property themes)
 * @self: an [class@Aict.Outcome]
 * @themes: (nullable) (array zero-terminated=1): the new value, or %NULL
 *   for none
 *
 * Sets the [property@Aict.Outcome:themes] of @self to a copy of @themes.
 *
 * Since: 0.1
 */
void
aict_outcome_set_themes (AictOutcome        *self,
                         const char * const *themes)
{
  g_return_if_fail (AICT_IS_OUTCOME (self));

  if (_aict_set_strv (&self->themes, themes))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_THEMES]);
}

/**
 * aict_outcome_get_meeting_id: (get-property meeting-id)
 * @self: an [class@Aict.Outcome]
 *
 * Gets the [property@Aict.Outcome:meeting-id] of @self.
 *
 * Returns: (transfer none) (nullable): the meeting id, or %NULL
 *
 * Since: 0.1
 */
const char *
aict_outcome_get_meeting_id (AictOutcome *self)
{
  g_return_val_if_fail (AICT_IS_OUTCOME (self), NULL);

  return self->meeting_id;
}

void
_aict_outcome_set_meeting_id (AictOutcome *self,
                              const char  *meeting_id)
{
  g_assert (AICT_IS_OUTCOME (self));

  if (aict_set_str (&self->meeting_id, meeting_id))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_MEETING_ID]);
}

void
_aict_outcome_take_actor_ids (AictOutcome  *self,
                              char **actor_ids)
{
  g_strfreev (self->actor_ids);
  self->actor_ids = actor_ids;
}

void
_aict_outcome_take_partnership_ids (AictOutcome  *self,
                                    char **partnership_ids)
{
  g_strfreev (self->partnership_ids);
  self->partnership_ids = partnership_ids;
}

void
_aict_outcome_take_themes (AictOutcome  *self,
                           char **themes)
{
  g_strfreev (self->themes);
  self->themes = themes;
}

/* The members of an outcome, in the order they are written. */
static const AictFieldInfo outcome_fields[] = {
  AICT_FIELD_ENTITY_ID ("The outcome's id, unique in its meeting."),
  AICT_FIELD_ENUMERATED (AictOutcome, kind, "kind", aict_outcome_kind_get_type,
                         AICT_FIELD_REQUIRED | AICT_FIELD_DECODE_REQUIRED | AICT_FIELD_SUMMARY,
                         "A decision, an action, a finding…"),
  AICT_FIELD_SCALAR (AictOutcome, text, "text", TEXT, AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY,
                     "What was decided or found."),
  AICT_FIELD_REFERENCE (AictOutcome, meeting_id, "meeting", REF, AICT_REFS_MEETING,
                        AICT_FIELD_SUMMARY | AICT_FIELD_VIEW_ONLY, "The meeting it came from."),
  AICT_FIELD_REFERENCE (AictOutcome, agenda_item_id, "agenda_item", REF, AICT_REFS_AGENDA_ITEM,
                        AICT_FIELD_SUMMARY, "Under which agenda item."),
  AICT_FIELD_REFERENCE (AictOutcome, owner_id, "owner", REF, AICT_REFS_ACTOR,
                        AICT_FIELD_SUMMARY, "Who must carry out an action."),
  AICT_FIELD_SCALAR (AictOutcome, due, "due", DATE, AICT_FIELD_SUMMARY, "When an action is due."),
  AICT_FIELD_ENUMERATED (AictOutcome, status, "status", aict_outcome_status_get_type, AICT_FIELD_SUMMARY,
                         "Where an action stands."),
  AICT_FIELD_REFERENCE (AictOutcome, actor_ids, "actors", REF_LIST, AICT_REFS_ACTOR, AICT_FIELD_SUMMARY,
                        "The actors it concerns."),
  AICT_FIELD_REFERENCE (AictOutcome, partnership_ids, "partnerships", REF_LIST, AICT_REFS_PARTNERSHIP,
                        AICT_FIELD_SUMMARY, "The partnerships it concerns."),
  AICT_FIELD_CODED (AictOutcome, themes, "themes", CODE_LIST, THEME, AICT_FIELD_SUMMARY, "Its themes."),
  AICT_FIELD_ENTITY_NOTES,
  AICT_FIELD_ENTITY_SOURCES,
};

const AictTypeInfo _aict_outcome_info = {
  "outcome", N_("an outcome"), N_("an object"), N_("an outcome needs a “kind”"),
  aict_outcome_get_type, 0, NULL,
  outcome_fields, G_N_ELEMENTS (outcome_fields),
};
