/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-fields-private.h"

#include "aict-entity-private.h"

#include "aict-contribution.h"
#include "aict-model-private.h"
#include "aict-util-private.h"

/**
 * AictContribution:
 *
 * What a person or a body said at an [class@Aict.Meeting], as a short
 * faithful summary.
 *
 * The speaker is a person ([property@Aict.Contribution:person-id]), an actor
 * ([property@Aict.Contribution:actor-id]) or a person speaking for an actor.
 *
 * Since: 0.1
 */
struct _AictContribution
{
  AictEntity parent_instance;

  char *person_id;
  char *actor_id;
  char *agenda_item_id;
  char *summary;
  char **themes;  /* NULL when empty */
};

G_DEFINE_FINAL_TYPE (AictContribution, aict_contribution, AICT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_ACTOR_ID,
  PROP_AGENDA_ITEM_ID,
  PROP_SUMMARY,
  PROP_THEMES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static void
aict_contribution_finalize (GObject *object)
{
  AictContribution *self = AICT_CONTRIBUTION (object);

  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->actor_id, g_free);
  g_clear_pointer (&self->agenda_item_id, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->themes, g_strfreev);

  G_OBJECT_CLASS (aict_contribution_parent_class)->finalize (object);
}

static void
aict_contribution_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AictContribution *self = AICT_CONTRIBUTION (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_ACTOR_ID:
      g_value_set_string (value, self->actor_id);
      break;

    case PROP_AGENDA_ITEM_ID:
      g_value_set_string (value, self->agenda_item_id);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_THEMES:
      g_value_set_boxed (value, aict_contribution_get_themes (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_contribution_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AictContribution *self = AICT_CONTRIBUTION (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      aict_contribution_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_ACTOR_ID:
      aict_contribution_set_actor_id (self, g_value_get_string (value));
      break;

    case PROP_AGENDA_ITEM_ID:
      aict_contribution_set_agenda_item_id (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      aict_contribution_set_summary (self, g_value_get_string (value));
      break;

    case PROP_THEMES:
      aict_contribution_set_themes (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_contribution_class_init (AictContributionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aict_contribution_finalize;
  object_class->get_property = aict_contribution_get_property;
  object_class->set_property = aict_contribution_set_property;

  /**
   * AictContribution:person-id: (getter get_person_id) (setter set_person_id)
   *
   * The id of the [class@Aict.Person] who spoke, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictContribution:actor-id: (getter get_actor_id) (setter set_actor_id)
   *
   * The id of the [class@Aict.Actor] that spoke, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_ACTOR_ID] =
    g_param_spec_string ("actor-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictContribution:agenda-item-id: (getter get_agenda_item_id) (setter set_agenda_item_id)
   *
   * The id of the [class@Aict.AgendaItem] of the same meeting the
   * contribution was made on, or %NULL.
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
   * AictContribution:summary: (getter get_summary) (setter set_summary)
   *
   * A short faithful summary of what was said.
   *
   * Since: 0.1
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictContribution:themes: (getter get_themes) (setter set_themes)
   *
   * The theme codes of the contribution, from the themes codelist.
   *
   * Since: 0.1
   */
  properties[PROP_THEMES] =
    g_param_spec_boxed ("themes", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aict_contribution_init (AictContribution *self)
{
}

/**
 * aict_contribution_new:
 * @id: the id of the contribution
 * @summary: a summary of what was said
 *
 * Creates a contribution.  The same as `g_object_new (AICT_TYPE_CONTRIBUTION,
 * "id", id, "summary", summary, NULL)`.
 *
 * Returns: (transfer full): a new [class@Aict.Contribution]
 *
 * Since: 0.1
 */
AictContribution *
aict_contribution_new (const char *id,
                       const char *summary)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (AICT_TYPE_CONTRIBUTION,
                       "id", id,
                       "summary", summary,
                       NULL);
}

/**
 * aict_contribution_get_person_id: (get-property person-id)
 * @self: a [class@Aict.Contribution]
 *
 * Gets the [property@Aict.Contribution:person-id] of @self.
 *
 * Returns: (transfer none) (nullable): the person id
 *
 * Since: 0.1
 */
const char *
aict_contribution_get_person_id (AictContribution *self)
{
  g_return_val_if_fail (AICT_IS_CONTRIBUTION (self), NULL);

  return self->person_id;
}

/**
 * aict_contribution_set_person_id: (set-property person-id)
 * @self: a [class@Aict.Contribution]
 * @person_id: (nullable): the new value
 *
 * Sets the [property@Aict.Contribution:person-id] of @self.
 *
 * Since: 0.1
 */
void
aict_contribution_set_person_id (AictContribution *self,
                                 const char       *person_id)
{
  g_return_if_fail (AICT_IS_CONTRIBUTION (self));

  if (aict_set_str (&self->person_id, person_id))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_PERSON_ID]);
}

/**
 * aict_contribution_get_actor_id: (get-property actor-id)
 * @self: a [class@Aict.Contribution]
 *
 * Gets the [property@Aict.Contribution:actor-id] of @self.
 *
 * Returns: (transfer none) (nullable): the actor id
 *
 * Since: 0.1
 */
const char *
aict_contribution_get_actor_id (AictContribution *self)
{
  g_return_val_if_fail (AICT_IS_CONTRIBUTION (self), NULL);

  return self->actor_id;
}

/**
 * aict_contribution_set_actor_id: (set-property actor-id)
 * @self: a [class@Aict.Contribution]
 * @actor_id: (nullable): the new value
 *
 * Sets the [property@Aict.Contribution:actor-id] of @self.
 *
 * Since: 0.1
 */
void
aict_contribution_set_actor_id (AictContribution *self,
                                const char       *actor_id)
{
  g_return_if_fail (AICT_IS_CONTRIBUTION (self));

  if (aict_set_str (&self->actor_id, actor_id))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_ACTOR_ID]);
}

/**
 * aict_contribution_get_agenda_item_id: (get-property agenda-item-id)
 * @self: a [class@Aict.Contribution]
 *
 * Gets the [property@Aict.Contribution:agenda-item-id] of @self.
 *
 * Returns: (transfer none) (nullable): the agenda item id
 *
 * Since: 0.1
 */
const char *
aict_contribution_get_agenda_item_id (AictContribution *self)
{
  g_return_val_if_fail (AICT_IS_CONTRIBUTION (self), NULL);

  return self->agenda_item_id;
}

/**
 * aict_contribution_set_agenda_item_id: (set-property agenda-item-id)
 * @self: a [class@Aict.Contribution]
 * @agenda_item_id: (nullable): the new value
 *
 * Sets the [property@Aict.Contribution:agenda-item-id] of @self.
 *
 * Since: 0.1
 */
void
aict_contribution_set_agenda_item_id (AictContribution *self,
                                      const char       *agenda_item_id)
{
  g_return_if_fail (AICT_IS_CONTRIBUTION (self));

  if (aict_set_str (&self->agenda_item_id, agenda_item_id))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_AGENDA_ITEM_ID]);
}

/**
 * aict_contribution_get_summary: (get-property summary)
 * @self: a [class@Aict.Contribution]
 *
 * Gets the [property@Aict.Contribution:summary] of @self.
 *
 * Returns: (transfer none) (nullable): the summary
 *
 * Since: 0.1
 */
const char *
aict_contribution_get_summary (AictContribution *self)
{
  g_return_val_if_fail (AICT_IS_CONTRIBUTION (self), NULL);

  return self->summary;
}

/**
 * aict_contribution_set_summary: (set-property summary)
 * @self: a [class@Aict.Contribution]
 * @summary: (nullable): the new value
 *
 * Sets the [property@Aict.Contribution:summary] of @self.
 *
 * Since: 0.1
 */
void
aict_contribution_set_summary (AictContribution *self,
                               const char       *summary)
{
  g_return_if_fail (AICT_IS_CONTRIBUTION (self));

  if (aict_set_str (&self->summary, summary))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_SUMMARY]);
}

/**
 * aict_contribution_get_themes: (get-property themes)
 * @self: a [class@Aict.Contribution]
 *
 * Gets the [property@Aict.Contribution:themes] of @self.
 *
 * Returns: (transfer none) (array zero-terminated=1): the theme codes,
 *   possibly empty
 *
 * Since: 0.1
 */
const char * const *
aict_contribution_get_themes (AictContribution *self)
{
  g_return_val_if_fail (AICT_IS_CONTRIBUTION (self), NULL);

  return self->themes != NULL ? (const char * const *) self->themes : empty_strv;
}

/**
 * aict_contribution_set_themes: (set-property themes)
 * @self: a [class@Aict.Contribution]
 * @themes: (nullable) (array zero-terminated=1): the new value, or %NULL
 *   for none
 *
 * Sets the [property@Aict.Contribution:themes] of @self to a copy of @themes.
 *
 * Since: 0.1
 */
void
aict_contribution_set_themes (AictContribution   *self,
                              const char * const *themes)
{
  g_return_if_fail (AICT_IS_CONTRIBUTION (self));

  if (_aict_set_strv (&self->themes, themes))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_THEMES]);
}

void
_aict_contribution_take_themes (AictContribution  *self,
                                char **themes)
{
  g_strfreev (self->themes);
  self->themes = themes;
}

/* The members of a contribution, in the order they are written. */
static const AictFieldInfo contribution_fields[] = {
  AICT_FIELD_ENTITY_ID ("The contribution's id, unique in its meeting."),
  AICT_FIELD_REFERENCE (AictContribution, person_id, "person", REF, AICT_REFS_PERSON, AICT_FIELD_SUMMARY,
                        "Who spoke."),
  AICT_FIELD_REFERENCE (AictContribution, actor_id, "actor", REF, AICT_REFS_ACTOR, AICT_FIELD_SUMMARY,
                        "For whom."),
  AICT_FIELD_REFERENCE (AictContribution, agenda_item_id, "agenda_item", REF, AICT_REFS_AGENDA_ITEM,
                        AICT_FIELD_SUMMARY, "Under which agenda item."),
  AICT_FIELD_SCALAR (AictContribution, summary, "summary", TEXT, AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY,
                     "What was said."),
  AICT_FIELD_CODED (AictContribution, themes, "themes", CODE_LIST, THEME, AICT_FIELD_SUMMARY, "Its themes."),
  AICT_FIELD_ENTITY_NOTES,
  AICT_FIELD_ENTITY_SOURCES,
};

const AictTypeInfo _aict_contribution_info = {
  "contribution", N_("a contribution"), N_("an object"), NULL, aict_contribution_get_type, 0, NULL,
  contribution_fields, G_N_ELEMENTS (contribution_fields),
};
