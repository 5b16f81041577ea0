/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-fields-private.h"

#include "aict-entity-private.h"

#include "aict-actor.h"
#include "aict-model-private.h"
#include "aict-enum-types.h"
#include "aict-util-private.h"

/**
 * AictActor:
 *
 * An organisation or a territory: a département, a region, a foreign
 * partner territory, a ministry, a network, an association, a company…
 *
 * Other objects refer to an actor by its [property@Aict.Entity:id].
 *
 * Since: 0.1
 */
struct _AictActor
{
  AictEntity parent_instance;

  AictActorKind kind;
  char *name;
  char *short_name;
  char *country;
  char *subdivision;
  char *parent_id;
  char *address;
  char *website;
  char *email;
  char *phone;
  GPtrArray *identifiers;  /* AictIdentifier, lazily created */
};

G_DEFINE_FINAL_TYPE (AictActor, aict_actor, AICT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_KIND,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_COUNTRY,
  PROP_SUBDIVISION,
  PROP_PARENT_ID,
  PROP_ADDRESS,
  PROP_WEBSITE,
  PROP_EMAIL,
  PROP_PHONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
aict_actor_finalize (GObject *object)
{
  AictActor *self = AICT_ACTOR (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->short_name, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->subdivision, g_free);
  g_clear_pointer (&self->parent_id, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->website, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->identifiers, g_ptr_array_unref);

  G_OBJECT_CLASS (aict_actor_parent_class)->finalize (object);
}

static void
aict_actor_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AictActor *self = AICT_ACTOR (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;

    case PROP_SUBDIVISION:
      g_value_set_string (value, self->subdivision);
      break;

    case PROP_PARENT_ID:
      g_value_set_string (value, self->parent_id);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_WEBSITE:
      g_value_set_string (value, self->website);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_actor_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AictActor *self = AICT_ACTOR (object);

  switch (prop_id)
    {
    case PROP_KIND:
      aict_actor_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_NAME:
      aict_actor_set_name (self, g_value_get_string (value));
      break;

    case PROP_SHORT_NAME:
      aict_actor_set_short_name (self, g_value_get_string (value));
      break;

    case PROP_COUNTRY:
      aict_actor_set_country (self, g_value_get_string (value));
      break;

    case PROP_SUBDIVISION:
      aict_actor_set_subdivision (self, g_value_get_string (value));
      break;

    case PROP_PARENT_ID:
      aict_actor_set_parent_id (self, g_value_get_string (value));
      break;

    case PROP_ADDRESS:
      aict_actor_set_address (self, g_value_get_string (value));
      break;

    case PROP_WEBSITE:
      aict_actor_set_website (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      aict_actor_set_email (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      aict_actor_set_phone (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_actor_class_init (AictActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aict_actor_finalize;
  object_class->get_property = aict_actor_get_property;
  object_class->set_property = aict_actor_set_property;

  /**
   * AictActor:kind: (getter get_kind) (setter set_kind)
   *
   * What kind of organisation the actor is.
   *
   * Since: 0.1
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       AICT_TYPE_ACTOR_KIND,
                       AICT_ACTOR_KIND_OTHER,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * AictActor:name: (getter get_name) (setter set_name)
   *
   * The full name of the actor, as the actor writes it.
   *
   * Since: 0.1
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictActor:short-name: (getter get_short_name) (setter set_short_name)
   *
   * An acronym or usual short name (`"MAEDI"`), or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictActor:country: (getter get_country) (setter set_country)
   *
   * The ISO 3166-1 alpha-2 code of the country the actor is in, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictActor:subdivision: (getter get_subdivision) (setter set_subdivision)
   *
   * The ISO 3166-2 code of the region or department the actor is in, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_SUBDIVISION] =
    g_param_spec_string ("subdivision", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictActor:parent-id: (getter get_parent_id) (setter set_parent_id)
   *
   * The id of the actor this one belongs to (a service within a département), or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_PARENT_ID] =
    g_param_spec_string ("parent-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictActor:address: (getter get_address) (setter set_address)
   *
   * The postal address, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictActor:website: (getter get_website) (setter set_website)
   *
   * The website, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_WEBSITE] =
    g_param_spec_string ("website", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictActor:email: (getter get_email) (setter set_email)
   *
   * The e-mail address, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictActor:phone: (getter get_phone) (setter set_phone)
   *
   * The phone number, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aict_actor_init (AictActor *self)
{
}

/**
 * aict_actor_new:
 * @id: the id of the actor
 * @name: its name
 * @kind: its kind
 *
 * Creates an actor.  The same as `g_object_new (AICT_TYPE_ACTOR, "id", id,
 * "name", name, "kind", kind, NULL)`.
 *
 * Returns: (transfer full): a new [class@Aict.Actor]
 *
 * Since: 0.1
 */
AictActor *
aict_actor_new (const char    *id,
                const char    *name,
                AictActorKind  kind)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (AICT_TYPE_ACTOR,
                       "id", id,
                       "name", name,
                       "kind", kind,
                       NULL);
}

/**
 * aict_actor_get_kind: (get-property kind)
 * @self: an [class@Aict.Actor]
 *
 * Gets the kind of @self.
 *
 * Returns: the kind
 *
 * Since: 0.1
 */
AictActorKind
aict_actor_get_kind (AictActor *self)
{
  g_return_val_if_fail (AICT_IS_ACTOR (self), AICT_ACTOR_KIND_OTHER);

  return self->kind;
}

/**
 * aict_actor_set_kind: (set-property kind)
 * @self: an [class@Aict.Actor]
 * @kind: the kind
 *
 * Sets the kind of @self.
 *
 * Since: 0.1
 */
void
aict_actor_set_kind (AictActor     *self,
                     AictActorKind  kind)
{
  g_return_if_fail (AICT_IS_ACTOR (self));

  if (self->kind != kind)
    {
      self->kind = kind;
      _aict_entity_notify (AICT_ENTITY (self), properties[PROP_KIND]);
    }
}

/**
 * aict_actor_get_name: (get-property name)
 * @self: an [class@Aict.Actor]
 *
 * Gets the [property@Aict.Actor:name] of @self.
 *
 * Returns: (transfer none) (nullable): the name
 *
 * Since: 0.1
 */
const char *
aict_actor_get_name (AictActor *self)
{
  g_return_val_if_fail (AICT_IS_ACTOR (self), NULL);

  return self->name;
}

/**
 * aict_actor_set_name: (set-property name)
 * @self: an [class@Aict.Actor]
 * @name: (nullable): the new value
 *
 * Sets the [property@Aict.Actor:name] of @self.
 *
 * Since: 0.1
 */
void
aict_actor_set_name (AictActor  *self,
                     const char *name)
{
  g_return_if_fail (AICT_IS_ACTOR (self));

  if (aict_set_str (&self->name, name))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_NAME]);
}

/**
 * aict_actor_get_short_name: (get-property short-name)
 * @self: an [class@Aict.Actor]
 *
 * Gets the [property@Aict.Actor:short-name] of @self.
 *
 * Returns: (transfer none) (nullable): the short name
 *
 * Since: 0.1
 */
const char *
aict_actor_get_short_name (AictActor *self)
{
  g_return_val_if_fail (AICT_IS_ACTOR (self), NULL);

  return self->short_name;
}

/**
 * aict_actor_set_short_name: (set-property short-name)
 * @self: an [class@Aict.Actor]
 * @short_name: (nullable): the new value
 *
 * Sets the [property@Aict.Actor:short-name] of @self.
 *
 * Since: 0.1
 */
void
aict_actor_set_short_name (AictActor  *self,
                           const char *short_name)
{
  g_return_if_fail (AICT_IS_ACTOR (self));

  if (aict_set_str (&self->short_name, short_name))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_SHORT_NAME]);
}

/**
 * aict_actor_get_country: (get-property country)
 * @self: an [class@Aict.Actor]
 *
 * Gets the [property@Aict.Actor:country] of @self.
 *
 * Returns: (transfer none) (nullable): the country
 *
 * Since: 0.1
 */
const char *
aict_actor_get_country (AictActor *self)
{
  g_return_val_if_fail (AICT_IS_ACTOR (self), NULL);

  return self->country;
}

/**
 * aict_actor_set_country: (set-property country)
 * @self: an [class@Aict.Actor]
 * @country: (nullable): the new value
 *
 * Sets the [property@Aict.Actor:country] of @self.
 *
 * Since: 0.1
 */
void
aict_actor_set_country (AictActor  *self,
                        const char *country)
{
  g_return_if_fail (AICT_IS_ACTOR (self));

  if (aict_set_str (&self->country, country))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_COUNTRY]);
}

/**
 * aict_actor_get_subdivision: (get-property subdivision)
 * @self: an [class@Aict.Actor]
 *
 * Gets the [property@Aict.Actor:subdivision] of @self.
 *
 * Returns: (transfer none) (nullable): the subdivision
 *
 * Since: 0.1
 */
const char *
aict_actor_get_subdivision (AictActor *self)
{
  g_return_val_if_fail (AICT_IS_ACTOR (self), NULL);

  return self->subdivision;
}

/**
 * aict_actor_set_subdivision: (set-property subdivision)
 * @self: an [class@Aict.Actor]
 * @subdivision: (nullable): the new value
 *
 * Sets the [property@Aict.Actor:subdivision] of @self.
 *
 * Since: 0.1
 */
void
aict_actor_set_subdivision (AictActor  *self,
                            const char *subdivision)
{
  g_return_if_fail (AICT_IS_ACTOR (self));

  if (aict_set_str (&self->subdivision, subdivision))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_SUBDIVISION]);
}

/**
 * aict_actor_get_parent_id: (get-property parent-id)
 * @self: an [class@Aict.Actor]
 *
 * Gets the [property@Aict.Actor:parent-id] of @self.
 *
 * Returns: (transfer none) (nullable): the parent id
 *
 * Since: 0.1
 */
const char *
aict_actor_get_parent_id (AictActor *self)
{
  g_return_val_if_fail (AICT_IS_ACTOR (self), NULL);

  return self->parent_id;
}

/**
 * aict_actor_set_parent_id: (set-property parent-id)
 * @self: an [class@Aict.Actor]
 * @parent_id: (nullable): the new value
 *
 * Sets the [property@Aict.Actor:parent-id] of @self.
 *
 * Since: 0.1
 */
void
aict_actor_set_parent_id (AictActor  *self,
                          const char *parent_id)
{
  g_return_if_fail (AICT_IS_ACTOR (self));

  if (aict_set_str (&self->parent_id, parent_id))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_PARENT_ID]);
}

/**
 * aict_actor_get_address: (get-property address)
 * @self: an [class@Aict.Actor]
 *
 * Gets the [property@Aict.Actor:address] of @self.
 *
 * Returns: (transfer none) (nullable): the address
 *
 * Since: 0.1
 */
const char *
aict_actor_get_address (AictActor *self)
{
  g_return_val_if_fail (AICT_IS_ACTOR (self), NULL);

  return self->address;
}

/**
 * aict_actor_set_address: (set-property address)
 * @self: an [class@Aict.Actor]
 * @address: (nullable): the new value
 *
 * Sets the [property@Aict.Actor:address] of @self.
 *
 * Since: 0.1
 */
void
aict_actor_set_address (AictActor  *self,
                        const char *address)
{
  g_return_if_fail (AICT_IS_ACTOR (self));

  if (aict_set_str (&self->address, address))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_ADDRESS]);
}

/**
 * aict_actor_get_website: (get-property website)
 * @self: an [class@Aict.Actor]
 *
 * Gets the [property@Aict.Actor:website] of @self.
 *
 * Returns: (transfer none) (nullable): the website
 *
 * Since: 0.1
 */
const char *
aict_actor_get_website (AictActor *self)
{
  g_return_val_if_fail (AICT_IS_ACTOR (self), NULL);

  return self->website;
}

/**
 * aict_actor_set_website: (set-property website)
 * @self: an [class@Aict.Actor]
 * @website: (nullable): the new value
 *
 * Sets the [property@Aict.Actor:website] of @self.
 *
 * Since: 0.1
 */
void
aict_actor_set_website (AictActor  *self,
                        const char *website)
{
  g_return_if_fail (AICT_IS_ACTOR (self));

  if (aict_set_str (&self->website, website))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_WEBSITE]);
}

/**
 * aict_actor_get_email: (get-property email)
 * @self: an [class@Aict.Actor]
 *
 * Gets the [property@Aict.Actor:email] of @self.
 *
 * Returns: (transfer none) (nullable): the email
 *
 * Since: 0.1
 */
const char *
aict_actor_get_email (AictActor *self)
{
  g_return_val_if_fail (AICT_IS_ACTOR (self), NULL);

  return self->email;
}

/**
 * aict_actor_set_email: (set-property email)
 * @self: an [class@Aict.Actor]
 * @email: (nullable): the new value
 *
 * Sets the [property@Aict.Actor:email] of @self.
 *
 * Since: 0.1
 */
void
aict_actor_set_email (AictActor  *self,
                      const char *email)
{
  g_return_if_fail (AICT_IS_ACTOR (self));

  if (aict_set_str (&self->email, email))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_EMAIL]);
}

/**
 * aict_actor_get_phone: (get-property phone)
 * @self: an [class@Aict.Actor]
 *
 * Gets the [property@Aict.Actor:phone] of @self.
 *
 * Returns: (transfer none) (nullable): the phone
 *
 * Since: 0.1
 */
const char *
aict_actor_get_phone (AictActor *self)
{
  g_return_val_if_fail (AICT_IS_ACTOR (self), NULL);

  return self->phone;
}

/**
 * aict_actor_set_phone: (set-property phone)
 * @self: an [class@Aict.Actor]
 * @phone: (nullable): the new value
 *
 * Sets the [property@Aict.Actor:phone] of @self.
 *
 * Since: 0.1
 */
void
aict_actor_set_phone (AictActor  *self,
                      const char *phone)
{
  g_return_if_fail (AICT_IS_ACTOR (self));

  if (aict_set_str (&self->phone, phone))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_PHONE]);
}

/**
 * aict_actor_get_n_identifiers:
 * @self: an [class@Aict.Actor]
 *
 * Gets the number of identifiers of @self.  Get each with
 * [method@Aict.Actor.get_identifier], or copies of all of them with
 * [method@Aict.Actor.dup_identifiers].
 *
 * Returns: the number of identifiers, possibly 0
 *
 * Since: 0.2
 */
guint
aict_actor_get_n_identifiers (AictActor *self)
{
  g_return_val_if_fail (AICT_IS_ACTOR (self), 0);

  return self->identifiers != NULL ? self->identifiers->len : 0;
}

/**
 * aict_actor_get_identifier:
 * @self: an [class@Aict.Actor]
 * @position: the position of the identifier, less than
 *   [method@Aict.Actor.get_n_identifiers]
 *
 * Gets the identifier of @self at @position, in the order they were added.
 * Identifiers are only ever added, so it stays valid as long as @self.
 *
 * Returns: (transfer none): the identifier, owned by @self
 *
 * Since: 0.2
 */
const AictIdentifier *
aict_actor_get_identifier (AictActor *self,
                           guint     position)
{
  g_return_val_if_fail (AICT_IS_ACTOR (self), NULL);
  g_return_val_if_fail (self->identifiers != NULL && position < self->identifiers->len, NULL);

  return g_ptr_array_index (self->identifiers, position);
}

/**
 * aict_actor_dup_identifiers:
 * @self: an [class@Aict.Actor]
 *
 * Gets copies of the identifiers of @self in other schemes (SIREN,
 * INSEE…), in the order they were added.  Changing the array does not
 * change @self: add with [method@Aict.Actor.add_identifier].
 *
 * Returns: (transfer container) (element-type AictIdentifier): a new array of
 *   copies of the identifiers, possibly empty, that frees them when it is
 *   freed (g_ptr_array_unref())
 *
 * Since: 0.2
 */
GPtrArray *
aict_actor_dup_identifiers (AictActor *self)
{
  GPtrArray *copy;
  guint n;

  g_return_val_if_fail (AICT_IS_ACTOR (self), NULL);

  n = self->identifiers != NULL ? self->identifiers->len : 0;
  copy = g_ptr_array_new_full (n, (GDestroyNotify) aict_identifier_free);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (copy, aict_identifier_copy (g_ptr_array_index (self->identifiers, i)));

  return copy;
}

/**
 * aict_actor_add_identifier:
 * @self: an [class@Aict.Actor]
 * @scheme: the scheme, e.g. `"siren"`
 * @value: the identifier in that scheme
 *
 * Adds an identifier to @self.
 *
 * Since: 0.1
 */
void
aict_actor_add_identifier (AictActor  *self,
                           const char *scheme,
                           const char *value)
{
  g_return_if_fail (AICT_IS_ACTOR (self));
  g_return_if_fail (scheme != NULL);
  g_return_if_fail (value != NULL);

  _aict_actor_take_identifier (self, aict_identifier_new (scheme, value));
}

void
_aict_actor_take_identifier (AictActor      *self,
                             AictIdentifier *identifier)
{
  if (self->identifiers == NULL)
    self->identifiers = g_ptr_array_new_with_free_func ((GDestroyNotify) aict_identifier_free);
  g_ptr_array_add (self->identifiers, identifier);
  _aict_entity_changed (AICT_ENTITY (self));
}

GPtrArray *
_aict_actor_peek_identifiers (AictActor *self)
{
  return self->identifiers;
}

/* The members of an actor, in the order they are written. */
static const AictFieldInfo actor_fields[] = {
  AICT_FIELD_ENTITY_ID ("The actor's id, unique in the dataset."),
  AICT_FIELD_SCALAR (AictActor, name, "name", TEXT, AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY,
                     "Its name."),
  AICT_FIELD_SCALAR (AictActor, short_name, "short_name", TEXT, AICT_FIELD_SUMMARY,
                     "A short name or acronym."),
  AICT_FIELD_ENUMERATED (AictActor, kind, "kind", aict_actor_kind_get_type,
                         AICT_FIELD_REQUIRED | AICT_FIELD_DECODE_REQUIRED | AICT_FIELD_SUMMARY,
                         "What kind of actor it is."),
  AICT_FIELD_CODED (AictActor, country, "country", CODE, COUNTRY, AICT_FIELD_SUMMARY,
                    "Its country (ISO 3166-1 alpha-2)."),
  AICT_FIELD_CODED (AictActor, subdivision, "subdivision", CODE, SUBDIVISION, AICT_FIELD_SUMMARY,
                    "Its subdivision (ISO 3166-2)."),
  AICT_FIELD_REFERENCE (AictActor, parent_id, "parent", REF, AICT_REFS_ACTOR, AICT_FIELD_SUMMARY,
                        "The actor it is a unit of."),
  AICT_FIELD_RECORDS ("identifiers", _aict_identifier_info, _aict_actor_take_identifier,
                      _aict_actor_peek_identifiers, 0, "Its identifiers in registers (SIREN, RNA…)."),
  AICT_FIELD_SCALAR (AictActor, address, "address", TEXT, 0, "Its postal address."),
  AICT_FIELD_SCALAR (AictActor, website, "website", TEXT, 0, "Its website."),
  AICT_FIELD_SCALAR (AictActor, email, "email", TEXT, 0, "Its e-mail address."),
  AICT_FIELD_SCALAR (AictActor, phone, "phone", TEXT, 0, "Its telephone number."),
  AICT_FIELD_ENTITY_NOTES,
  AICT_FIELD_ENTITY_SOURCES,
};

const AictTypeInfo _aict_actor_info = {
  "actor", N_("an actor"), N_("an object"), N_("an actor needs a “kind”"), aict_actor_get_type, 0, NULL,
  actor_fields, G_N_ELEMENTS (actor_fields),
};
