/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-fields-private.h"

#include "aict-entity-private.h"

#include "aict-partnership.h"
#include "aict-enum-types.h"
#include "aict-model-private.h"
#include "aict-util-private.h"

/**
 * AictPartnership:
 *
 * A cooperation between actors: a decentralised cooperation agreement
 * between a French authority and a partner territory, a programme, a
 * project.
 *
 * Its [struct@Aict.Participant]s say which actors take part and in which
 * role; its [struct@Aict.Component]s are its « volets ».
 *
 * Since: 0.1
 */
struct _AictPartnership
{
  AictEntity parent_instance;

  char *title;
  AictPartnershipStatus status;
  AictPartialDate *start;
  AictPartialDate *end;
  char **countries;  /* NULL when empty */
  char **subdivisions;  /* NULL when empty */
  char **themes;  /* NULL when empty */
  GPtrArray *participants;  /* AictParticipant, lazily created */
  GPtrArray *components;  /* AictComponent, lazily created */
};

G_DEFINE_FINAL_TYPE (AictPartnership, aict_partnership, AICT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_STATUS,
  PROP_START,
  PROP_END,
  PROP_COUNTRIES,
  PROP_SUBDIVISIONS,
  PROP_THEMES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static void
aict_partnership_finalize (GObject *object)
{
  AictPartnership *self = AICT_PARTNERSHIP (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->start, aict_partial_date_free);
  g_clear_pointer (&self->end, aict_partial_date_free);
  g_clear_pointer (&self->countries, g_strfreev);
  g_clear_pointer (&self->subdivisions, g_strfreev);
  g_clear_pointer (&self->themes, g_strfreev);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  g_clear_pointer (&self->components, g_ptr_array_unref);

  G_OBJECT_CLASS (aict_partnership_parent_class)->finalize (object);
}

static void
aict_partnership_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AictPartnership *self = AICT_PARTNERSHIP (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;

    case PROP_END:
      g_value_set_boxed (value, self->end);
      break;

    case PROP_COUNTRIES:
      g_value_set_boxed (value, aict_partnership_get_countries (self));
      break;

    case PROP_SUBDIVISIONS:
      g_value_set_boxed (value, aict_partnership_get_subdivisions (self));
      break;

    case PROP_THEMES:
      g_value_set_boxed (value, aict_partnership_get_themes (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_partnership_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AictPartnership *self = AICT_PARTNERSHIP (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      aict_partnership_set_title (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      aict_partnership_set_status (self, g_value_get_enum (value));
      break;

    case PROP_START:
      aict_partnership_set_start (self, g_value_get_boxed (value));
      break;

    case PROP_END:
      aict_partnership_set_end (self, g_value_get_boxed (value));
      break;

    case PROP_COUNTRIES:
      aict_partnership_set_countries (self, g_value_get_boxed (value));
      break;

    case PROP_SUBDIVISIONS:
      aict_partnership_set_subdivisions (self, g_value_get_boxed (value));
      break;

    case PROP_THEMES:
      aict_partnership_set_themes (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_partnership_class_init (AictPartnershipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aict_partnership_finalize;
  object_class->get_property = aict_partnership_get_property;
  object_class->set_property = aict_partnership_set_property;

  /**
   * AictPartnership:title: (getter get_title) (setter set_title)
   *
   * The title of the partnership.
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
   * AictPartnership:status: (getter get_status) (setter set_status)
   *
   * Where the partnership stands.
   *
   * Since: 0.1
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       AICT_TYPE_PARTNERSHIP_STATUS,
                       AICT_PARTNERSHIP_STATUS_ACTIVE,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * AictPartnership:start: (getter get_start) (setter set_start)
   *
   * When the partnership started, or %NULL if unknown.
   *
   * Since: 0.1
   */
  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL,
                        AICT_TYPE_PARTIAL_DATE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * AictPartnership:end: (getter get_end) (setter set_end)
   *
   * When the partnership ended or is planned to end, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL,
                        AICT_TYPE_PARTIAL_DATE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * AictPartnership:countries: (getter get_countries) (setter set_countries)
   *
   * The ISO 3166-1 alpha-2 codes of the countries where the partnership
   * acts.
   *
   * Since: 0.1
   */
  properties[PROP_COUNTRIES] =
    g_param_spec_boxed ("countries", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * AictPartnership:subdivisions: (getter get_subdivisions) (setter set_subdivisions)
   *
   * The ISO 3166-2 codes of the regions or departments where the partnership
   * acts.
   *
   * Since: 0.1
   */
  properties[PROP_SUBDIVISIONS] =
    g_param_spec_boxed ("subdivisions", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * AictPartnership:themes: (getter get_themes) (setter set_themes)
   *
   * The theme codes of the partnership, from the themes codelist.
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
aict_partnership_init (AictPartnership *self)
{
  self->status = AICT_PARTNERSHIP_STATUS_ACTIVE;
}

/**
 * aict_partnership_new:
 * @id: the id of the partnership
 * @title: its title
 * @status: its status
 *
 * Creates a partnership.  The same as `g_object_new (AICT_TYPE_PARTNERSHIP,
 * "id", id, "title", title, "status", status, NULL)`.
 *
 * Returns: (transfer full): a new [class@Aict.Partnership]
 *
 * Since: 0.1
 */
AictPartnership *
aict_partnership_new (const char            *id,
                      const char            *title,
                      AictPartnershipStatus  status)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (AICT_TYPE_PARTNERSHIP,
                       "id", id,
                       "title", title,
                       "status", status,
                       NULL);
}

/**
 * aict_partnership_get_title: (get-property title)
 * @self: a [class@Aict.Partnership]
 *
 * Gets the [property@Aict.Partnership:title] of @self.
 *
 * Returns: (transfer none) (nullable): the title
 *
 * Since: 0.1
 */
const char *
aict_partnership_get_title (AictPartnership *self)
{
  g_return_val_if_fail (AICT_IS_PARTNERSHIP (self), NULL);

  return self->title;
}

/**
 * aict_partnership_set_title: (set-property title)
 * @self: a [class@Aict.Partnership]
 * @title: (nullable): the new value
 *
 * Sets the [property@Aict.Partnership:title] of @self.
 *
 * Since: 0.1
 */
void
aict_partnership_set_title (AictPartnership *self,
                            const char      *title)
{
  g_return_if_fail (AICT_IS_PARTNERSHIP (self));

  if (aict_set_str (&self->title, title))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_TITLE]);
}

/**
 * aict_partnership_get_status: (get-property status)
 * @self: a [class@Aict.Partnership]
 *
 * Gets the [property@Aict.Partnership:status] of @self.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
AictPartnershipStatus
aict_partnership_get_status (AictPartnership *self)
{
  g_return_val_if_fail (AICT_IS_PARTNERSHIP (self), AICT_PARTNERSHIP_STATUS_ACTIVE);

  return self->status;
}

/**
 * aict_partnership_set_status: (set-property status)
 * @self: a [class@Aict.Partnership]
 * @status: the new value
 *
 * Sets the [property@Aict.Partnership:status] of @self.
 *
 * Since: 0.1
 */
void
aict_partnership_set_status (AictPartnership       *self,
                             AictPartnershipStatus  status)
{
  g_return_if_fail (AICT_IS_PARTNERSHIP (self));
  g_return_if_fail (status <= AICT_PARTNERSHIP_STATUS_ABANDONED);

  if (self->status != status)
    {
      self->status = status;
      _aict_entity_notify (AICT_ENTITY (self), properties[PROP_STATUS]);
    }
}

/**
 * aict_partnership_get_start: (get-property start)
 * @self: a [class@Aict.Partnership]
 *
 * Gets the [property@Aict.Partnership:start] of @self.
 *
 * Returns: (transfer none) (nullable): the start date, or %NULL if unknown
 *
 * Since: 0.1
 */
const AictPartialDate *
aict_partnership_get_start (AictPartnership *self)
{
  g_return_val_if_fail (AICT_IS_PARTNERSHIP (self), NULL);

  return self->start;
}

/**
 * aict_partnership_set_start: (set-property start)
 * @self: a [class@Aict.Partnership]
 * @start: (nullable): the new value, or %NULL to unset it
 *
 * Sets the [property@Aict.Partnership:start] of @self to a copy of @start.
 *
 * Since: 0.1
 */
void
aict_partnership_set_start (AictPartnership       *self,
                            const AictPartialDate *start)
{
  g_return_if_fail (AICT_IS_PARTNERSHIP (self));

  if (_aict_set_partial_date (&self->start, start))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_START]);
}

/**
 * aict_partnership_get_end: (get-property end)
 * @self: a [class@Aict.Partnership]
 *
 * Gets the [property@Aict.Partnership:end] of @self.
 *
 * Returns: (transfer none) (nullable): the end date, or %NULL
 *
 * Since: 0.1
 */
const AictPartialDate *
aict_partnership_get_end (AictPartnership *self)
{
  g_return_val_if_fail (AICT_IS_PARTNERSHIP (self), NULL);

  return self->end;
}

/**
 * aict_partnership_set_end: (set-property end)
 * @self: a [class@Aict.Partnership]
 * @end: (nullable): the new value, or %NULL to unset it
 *
 * Sets the [property@Aict.Partnership:end] of @self to a copy of @end.
 *
 * Since: 0.1
 */
void
aict_partnership_set_end (AictPartnership       *self,
                          const AictPartialDate *end)
{
  g_return_if_fail (AICT_IS_PARTNERSHIP (self));

  if (_aict_set_partial_date (&self->end, end))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_END]);
}

/**
 * aict_partnership_get_countries: (get-property countries)
 * @self: a [class@Aict.Partnership]
 *
 * Gets the [property@Aict.Partnership:countries] of @self.
 *
 * Returns: (transfer none) (array zero-terminated=1): the country codes,
 *   possibly empty
 *
 * Since: 0.1
 */
const char * const *
aict_partnership_get_countries (AictPartnership *self)
{
  g_return_val_if_fail (AICT_IS_PARTNERSHIP (self), NULL);

  return self->countries != NULL ? (const char * const *) self->countries : empty_strv;
}

/**
 * aict_partnership_set_countries: (set-property countries)
 * @self: a [class@Aict.Partnership]
 * @countries: (nullable) (array zero-terminated=1): the new value, or
 *   %NULL for none
 *
 * Sets the [property@Aict.Partnership:countries] of @self to a copy of
 * @countries.
 *
 * Since: 0.1
 */
void
aict_partnership_set_countries (AictPartnership    *self,
                                const char * const *countries)
{
  g_return_if_fail (AICT_IS_PARTNERSHIP (self));

  if (_aict_set_strv (&self->countries, countries))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_COUNTRIES]);
}

/**
 * aict_partnership_get_subdivisions: (get-property subdivisions)
 * @self: a [class@Aict.Partnership]
 *
 * Gets the [property@Aict.Partnership:subdivisions] of @self.
 *
 * Returns: (transfer none) (array zero-terminated=1): the subdivision
 *   codes, possibly empty
 *
 * Since: 0.1
 */
const char * const *
aict_partnership_get_subdivisions (AictPartnership *self)
{
  g_return_val_if_fail (AICT_IS_PARTNERSHIP (self), NULL);

  return self->subdivisions != NULL ? (const char * const *) self->subdivisions : empty_strv;
}

/**
 * aict_partnership_set_subdivisions: (set-property subdivisions)
 * @self: a [class@Aict.Partnership]
 * @subdivisions: (nullable) (array zero-terminated=1): the new value, or
 *   %NULL for none
 *
 * Sets the [property@Aict.Partnership:subdivisions] of @self to a copy of
 * @subdivisions.
 *
 * Since: 0.1
 */
void
aict_partnership_set_subdivisions (AictPartnership    *self,
                                   const char * const *subdivisions)
{
  g_return_if_fail (AICT_IS_PARTNERSHIP (self));

  if (_aict_set_strv (&self->subdivisions, subdivisions))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_SUBDIVISIONS]);
}

/**
 * aict_partnership_get_themes: (get-property themes)
 * @self: a [class@Aict.Partnership]
 *
 * Gets the [property@Aict.Partnership:themes] of @self.
 *
 * Returns: (transfer none) (array zero-terminated=1): the theme codes,
 *   possibly empty
 *
 * Since: 0.1
 */
const char * const *
aict_partnership_get_themes (AictPartnership *self)
{
  g_return_val_if_fail (AICT_IS_PARTNERSHIP (self), NULL);

  return self->themes != NULL ? (const char * const *) self->themes : empty_strv;
}

/**
 * aict_partnership_set_themes: (set-property themes)
 * @self: a [class@Aict.Partnership]
 * @themes: (nullable) (array zero-terminated=1): the new value, or %NULL
 *   for none
 *
 * Sets the [property@Aict.Partnership:themes] of @self to a copy of @themes.
 *
 * Since: 0.1
 */
void
aict_partnership_set_themes (AictPartnership    *self,
                             const char * const *themes)
{
  g_return_if_fail (AICT_IS_PARTNERSHIP (self));

  if (_aict_set_strv (&self->themes, themes))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_THEMES]);
}

/**
 * aict_partnership_get_n_participants:
 * @self: a [class@Aict.Partnership]
 *
 * Gets the number of participants of @self.  Get each with
 * [method@Aict.Partnership.get_participant], or copies of all of them with
 * [method@Aict.Partnership.dup_participants].
 *
 * Returns: the number of participants, possibly 0
 *
 * Since: 0.2
 */
guint
aict_partnership_get_n_participants (AictPartnership *self)
{
  g_return_val_if_fail (AICT_IS_PARTNERSHIP (self), 0);

  return self->participants != NULL ? self->participants->len : 0;
}

/**
 * aict_partnership_get_participant:
 * @self: a [class@Aict.Partnership]
 * @position: the position of the participant, less than
 *   [method@Aict.Partnership.get_n_participants]
 *
 * Gets the participant of @self at @position, in the order they were added.
 * Participants are only ever added, so it stays valid as long as @self.
 *
 * Returns: (transfer none): the participant, owned by @self
 *
 * Since: 0.2
 */
const AictParticipant *
aict_partnership_get_participant (AictPartnership *self,
                                  guint           position)
{
  g_return_val_if_fail (AICT_IS_PARTNERSHIP (self), NULL);
  g_return_val_if_fail (self->participants != NULL && position < self->participants->len, NULL);

  return g_ptr_array_index (self->participants, position);
}

/**
 * aict_partnership_dup_participants:
 * @self: a [class@Aict.Partnership]
 *
 * Gets copies of the participants of @self, in the order they were added.
 * Changing the array does not change @self: add with
 * [method@Aict.Partnership.add_participant].
 *
 * Returns: (transfer container) (element-type AictParticipant): a new array of
 *   copies of the participants, possibly empty, that frees them when it is
 *   freed (g_ptr_array_unref())
 *
 * Since: 0.2
 */
GPtrArray *
aict_partnership_dup_participants (AictPartnership *self)
{
  GPtrArray *copy;
  guint n;

  g_return_val_if_fail (AICT_IS_PARTNERSHIP (self), NULL);

  n = self->participants != NULL ? self->participants->len : 0;
  copy = g_ptr_array_new_full (n, (GDestroyNotify) aict_participant_free);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (copy, aict_participant_copy (g_ptr_array_index (self->participants, i)));

  return copy;
}

/**
 * aict_partnership_add_participant:
 * @self: a [class@Aict.Partnership]
 * @participant: the participant to add
 *
 * Adds a copy of @participant to the participants of @self.
 *
 * Since: 0.1
 */
void
aict_partnership_add_participant (AictPartnership       *self,
                                  const AictParticipant *participant)
{
  g_return_if_fail (AICT_IS_PARTNERSHIP (self));
  g_return_if_fail (participant != NULL);

  _aict_partnership_take_participant (self, aict_participant_copy (participant));
}

void
_aict_partnership_take_participant (AictPartnership *self,
                                    AictParticipant *participant)
{
  g_assert (AICT_IS_PARTNERSHIP (self));
  g_assert (participant != NULL);

  if (self->participants == NULL)
    self->participants = g_ptr_array_new_with_free_func ((GDestroyNotify) aict_participant_free);
  g_ptr_array_add (self->participants, participant);
  _aict_entity_changed (AICT_ENTITY (self));
}

/**
 * aict_partnership_get_n_components:
 * @self: a [class@Aict.Partnership]
 *
 * Gets the number of components of @self.  Get each with
 * [method@Aict.Partnership.get_component], or copies of all of them with
 * [method@Aict.Partnership.dup_components].
 *
 * Returns: the number of components, possibly 0
 *
 * Since: 0.2
 */
guint
aict_partnership_get_n_components (AictPartnership *self)
{
  g_return_val_if_fail (AICT_IS_PARTNERSHIP (self), 0);

  return self->components != NULL ? self->components->len : 0;
}

/**
 * aict_partnership_get_component:
 * @self: a [class@Aict.Partnership]
 * @position: the position of the component, less than
 *   [method@Aict.Partnership.get_n_components]
 *
 * Gets the component of @self at @position, in the order they were added.
 * Components are only ever added, so it stays valid as long as @self.
 *
 * Returns: (transfer none): the component, owned by @self
 *
 * Since: 0.2
 */
const AictComponent *
aict_partnership_get_component (AictPartnership *self,
                                guint           position)
{
  g_return_val_if_fail (AICT_IS_PARTNERSHIP (self), NULL);
  g_return_val_if_fail (self->components != NULL && position < self->components->len, NULL);

  return g_ptr_array_index (self->components, position);
}

/**
 * aict_partnership_dup_components:
 * @self: a [class@Aict.Partnership]
 *
 * Gets copies of the components (« volets ») of @self, in the order they
 * were added.  Changing the array does not change @self: add with
 * [method@Aict.Partnership.add_component].
 *
 * Returns: (transfer container) (element-type AictComponent): a new array of
 *   copies of the components, possibly empty, that frees them when it is
 *   freed (g_ptr_array_unref())
 *
 * Since: 0.2
 */
GPtrArray *
aict_partnership_dup_components (AictPartnership *self)
{
  GPtrArray *copy;
  guint n;

  g_return_val_if_fail (AICT_IS_PARTNERSHIP (self), NULL);

  n = self->components != NULL ? self->components->len : 0;
  copy = g_ptr_array_new_full (n, (GDestroyNotify) aict_component_free);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (copy, aict_component_copy (g_ptr_array_index (self->components, i)));

  return copy;
}

/**
 * aict_partnership_add_component:
 * @self: a [class@Aict.Partnership]
 * @component: the component to add
 *
 * Adds a copy of @component to the components of @self.
 *
 * Since: 0.1
 */
void
aict_partnership_add_component (AictPartnership     *self,
                                const AictComponent *component)
{
  g_return_if_fail (AICT_IS_PARTNERSHIP (self));
  g_return_if_fail (component != NULL);

  _aict_partnership_take_component (self, aict_component_copy (component));
}

void
_aict_partnership_take_component (AictPartnership *self,
                                  AictComponent   *component)
{
  g_assert (AICT_IS_PARTNERSHIP (self));
  g_assert (component != NULL);

  if (self->components == NULL)
    self->components = g_ptr_array_new_with_free_func ((GDestroyNotify) aict_component_free);
  g_ptr_array_add (self->components, component);
  _aict_entity_changed (AICT_ENTITY (self));
}

/**
 * aict_partnership_has_theme:
 * @self: a [class@Aict.Partnership]
 * @theme: a theme code
 *
 * Tells whether @theme is one of the [property@Aict.Partnership:themes] of
 * @self.  The themes of its components are not looked at.
 *
 * Returns: %TRUE if @self has the theme @theme
 *
 * Since: 0.1
 */
gboolean
aict_partnership_has_theme (AictPartnership *self,
                            const char      *theme)
{
  g_return_val_if_fail (AICT_IS_PARTNERSHIP (self), FALSE);
  g_return_val_if_fail (theme != NULL, FALSE);

  return self->themes != NULL && g_strv_contains ((const char * const *) self->themes, theme);
}

/**
 * aict_partnership_has_country:
 * @self: a [class@Aict.Partnership]
 * @country: an ISO 3166-1 alpha-2 code
 *
 * Tells whether @country is one of the [property@Aict.Partnership:countries]
 * of @self.
 *
 * Returns: %TRUE if @self acts in @country
 *
 * Since: 0.1
 */
gboolean
aict_partnership_has_country (AictPartnership *self,
                              const char      *country)
{
  g_return_val_if_fail (AICT_IS_PARTNERSHIP (self), FALSE);
  g_return_val_if_fail (country != NULL, FALSE);

  return self->countries != NULL && g_strv_contains ((const char * const *) self->countries, country);
}

GPtrArray *
_aict_partnership_peek_participants (AictPartnership *self)
{
  return self->participants;
}

GPtrArray *
_aict_partnership_peek_components (AictPartnership *self)
{
  return self->components;
}

void
_aict_partnership_take_countries (AictPartnership  *self,
                                  char **countries)
{
  g_strfreev (self->countries);
  self->countries = countries;
}

void
_aict_partnership_take_subdivisions (AictPartnership  *self,
                                     char **subdivisions)
{
  g_strfreev (self->subdivisions);
  self->subdivisions = subdivisions;
}

void
_aict_partnership_take_themes (AictPartnership  *self,
                               char **themes)
{
  g_strfreev (self->themes);
  self->themes = themes;
}

/* The members of a partnership, in the order they are written. */
static const AictFieldInfo partnership_fields[] = {
  AICT_FIELD_ENTITY_ID ("The partnership's id, unique in the dataset."),
  AICT_FIELD_SCALAR (AictPartnership, title, "title", TEXT, AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY,
                     "Its title."),
  AICT_FIELD_ENUMERATED (AictPartnership, status, "status", aict_partnership_status_get_type,
                         AICT_FIELD_REQUIRED | AICT_FIELD_DECODE_REQUIRED | AICT_FIELD_SUMMARY,
                         "Where it stands."),
  AICT_FIELD_SCALAR (AictPartnership, start, "start", DATE, AICT_FIELD_SUMMARY, "When it began."),
  AICT_FIELD_SCALAR (AictPartnership, end, "end", DATE, AICT_FIELD_SUMMARY, "When it ended or ends."),
  AICT_FIELD_RECORDS ("participants", _aict_participant_info, _aict_partnership_take_participant,
                      _aict_partnership_peek_participants,
                      AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY | AICT_FIELD_ALWAYS,
                      "The actors taking part, with their roles."),
  AICT_FIELD_CODED (AictPartnership, countries, "countries", CODE_LIST, COUNTRY, AICT_FIELD_SUMMARY,
                    "The countries where it acts (ISO 3166-1 alpha-2)."),
  AICT_FIELD_CODED (AictPartnership, subdivisions, "subdivisions", CODE_LIST, SUBDIVISION, AICT_FIELD_SUMMARY,
                    "The subdivisions where it acts (ISO 3166-2)."),
  AICT_FIELD_CODED (AictPartnership, themes, "themes", CODE_LIST, THEME, AICT_FIELD_SUMMARY,
                    "Its themes (the themes codelist)."),
  AICT_FIELD_RECORDS ("components", _aict_component_info, _aict_partnership_take_component,
                      _aict_partnership_peek_components, 0, "Its components (« volets »)."),
  AICT_FIELD_ENTITY_NOTES,
  AICT_FIELD_ENTITY_SOURCES,
};

const AictTypeInfo _aict_partnership_info = {
  "partnership", N_("a partnership"), N_("an object"), N_("a partnership needs a “status”"),
  aict_partnership_get_type, 0, NULL,
  partnership_fields, G_N_ELEMENTS (partnership_fields),
};
