/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-fields-private.h"

#include "aict-entity-private.h"

#include "aict-person.h"
#include "aict-model-private.h"
#include "aict-util-private.h"

/**
 * AictPerson:
 *
 * A person who works for an actor or takes part in meetings.
 *
 * The posts the person holds in actors are [struct@Aict.Affiliation]s;
 * meetings and contributions refer to the person by its
 * [property@Aict.Entity:id].
 *
 * Since: 0.1
 */
struct _AictPerson
{
  AictEntity parent_instance;

  char *name;
  char *given_name;
  char *family_name;
  GPtrArray *affiliations;  /* AictAffiliation, lazily created */
};

G_DEFINE_FINAL_TYPE (AictPerson, aict_person, AICT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_GIVEN_NAME,
  PROP_FAMILY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
aict_person_finalize (GObject *object)
{
  AictPerson *self = AICT_PERSON (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->given_name, g_free);
  g_clear_pointer (&self->family_name, g_free);
  g_clear_pointer (&self->affiliations, g_ptr_array_unref);

  G_OBJECT_CLASS (aict_person_parent_class)->finalize (object);
}

static void
aict_person_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AictPerson *self = AICT_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_GIVEN_NAME:
      g_value_set_string (value, self->given_name);
      break;

    case PROP_FAMILY_NAME:
      g_value_set_string (value, self->family_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_person_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AictPerson *self = AICT_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      aict_person_set_name (self, g_value_get_string (value));
      break;

    case PROP_GIVEN_NAME:
      aict_person_set_given_name (self, g_value_get_string (value));
      break;

    case PROP_FAMILY_NAME:
      aict_person_set_family_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_person_class_init (AictPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aict_person_finalize;
  object_class->get_property = aict_person_get_property;
  object_class->set_property = aict_person_set_property;

  /**
   * AictPerson:name: (getter get_name) (setter set_name)
   *
   * The name of the person, as written in the source (`"Valérie
   * COUSTILLAS"`).
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
   * AictPerson:given-name: (getter get_given_name) (setter set_given_name)
   *
   * The given name, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_GIVEN_NAME] =
    g_param_spec_string ("given-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictPerson:family-name: (getter get_family_name) (setter set_family_name)
   *
   * The family name, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_FAMILY_NAME] =
    g_param_spec_string ("family-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aict_person_init (AictPerson *self)
{
}

/**
 * aict_person_new:
 * @id: the id of the person
 * @name: the name, as written
 *
 * Creates a person.  The same as `g_object_new (AICT_TYPE_PERSON, "id", id,
 * "name", name, NULL)`.
 *
 * Returns: (transfer full): a new [class@Aict.Person]
 *
 * Since: 0.1
 */
AictPerson *
aict_person_new (const char *id,
                 const char *name)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (AICT_TYPE_PERSON,
                       "id", id,
                       "name", name,
                       NULL);
}

/**
 * aict_person_get_name: (get-property name)
 * @self: a [class@Aict.Person]
 *
 * Gets the [property@Aict.Person:name] of @self.
 *
 * Returns: (transfer none) (nullable): the name
 *
 * Since: 0.1
 */
const char *
aict_person_get_name (AictPerson *self)
{
  g_return_val_if_fail (AICT_IS_PERSON (self), NULL);

  return self->name;
}

/**
 * aict_person_set_name: (set-property name)
 * @self: a [class@Aict.Person]
 * @name: (nullable): the new value
 *
 * Sets the [property@Aict.Person:name] of @self.
 *
 * Since: 0.1
 */
void
aict_person_set_name (AictPerson *self,
                      const char *name)
{
  g_return_if_fail (AICT_IS_PERSON (self));

  if (aict_set_str (&self->name, name))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_NAME]);
}

/**
 * aict_person_get_given_name: (get-property given-name)
 * @self: a [class@Aict.Person]
 *
 * Gets the [property@Aict.Person:given-name] of @self.
 *
 * Returns: (transfer none) (nullable): the given name
 *
 * Since: 0.1
 */
const char *
aict_person_get_given_name (AictPerson *self)
{
  g_return_val_if_fail (AICT_IS_PERSON (self), NULL);

  return self->given_name;
}

/**
 * aict_person_set_given_name: (set-property given-name)
 * @self: a [class@Aict.Person]
 * @given_name: (nullable): the new value
 *
 * Sets the [property@Aict.Person:given-name] of @self.
 *
 * Since: 0.1
 */
void
aict_person_set_given_name (AictPerson *self,
                            const char *given_name)
{
  g_return_if_fail (AICT_IS_PERSON (self));

  if (aict_set_str (&self->given_name, given_name))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_GIVEN_NAME]);
}

/**
 * aict_person_get_family_name: (get-property family-name)
 * @self: a [class@Aict.Person]
 *
 * Gets the [property@Aict.Person:family-name] of @self.
 *
 * Returns: (transfer none) (nullable): the family name
 *
 * Since: 0.1
 */
const char *
aict_person_get_family_name (AictPerson *self)
{
  g_return_val_if_fail (AICT_IS_PERSON (self), NULL);

  return self->family_name;
}

/**
 * aict_person_set_family_name: (set-property family-name)
 * @self: a [class@Aict.Person]
 * @family_name: (nullable): the new value
 *
 * Sets the [property@Aict.Person:family-name] of @self.
 *
 * Since: 0.1
 */
void
aict_person_set_family_name (AictPerson *self,
                             const char *family_name)
{
  g_return_if_fail (AICT_IS_PERSON (self));

  if (aict_set_str (&self->family_name, family_name))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_FAMILY_NAME]);
}

/**
 * aict_person_get_n_affiliations:
 * @self: a [class@Aict.Person]
 *
 * Gets the number of affiliations of @self.  Get each with
 * [method@Aict.Person.get_affiliation], or copies of all of them with
 * [method@Aict.Person.dup_affiliations].
 *
 * Returns: the number of affiliations, possibly 0
 *
 * Since: 0.2
 */
guint
aict_person_get_n_affiliations (AictPerson *self)
{
  g_return_val_if_fail (AICT_IS_PERSON (self), 0);

  return self->affiliations != NULL ? self->affiliations->len : 0;
}

/**
 * aict_person_get_affiliation:
 * @self: a [class@Aict.Person]
 * @position: the position of the affiliation, less than
 *   [method@Aict.Person.get_n_affiliations]
 *
 * Gets the affiliation of @self at @position, in the order they were added.
 * Affiliations are only ever added, so it stays valid as long as @self.
 *
 * Returns: (transfer none): the affiliation, owned by @self
 *
 * Since: 0.2
 */
const AictAffiliation *
aict_person_get_affiliation (AictPerson *self,
                             guint      position)
{
  g_return_val_if_fail (AICT_IS_PERSON (self), NULL);
  g_return_val_if_fail (self->affiliations != NULL && position < self->affiliations->len, NULL);

  return g_ptr_array_index (self->affiliations, position);
}

/**
 * aict_person_dup_affiliations:
 * @self: a [class@Aict.Person]
 *
 * Gets copies of the posts @self holds or held in actors, in the order
 * they were added.  Changing the array does not change @self: add with
 * [method@Aict.Person.add_affiliation].
 *
 * Returns: (transfer container) (element-type AictAffiliation): a new array of
 *   copies of the affiliations, possibly empty, that frees them when it is
 *   freed (g_ptr_array_unref())
 *
 * Since: 0.2
 */
GPtrArray *
aict_person_dup_affiliations (AictPerson *self)
{
  GPtrArray *copy;
  guint n;

  g_return_val_if_fail (AICT_IS_PERSON (self), NULL);

  n = self->affiliations != NULL ? self->affiliations->len : 0;
  copy = g_ptr_array_new_full (n, (GDestroyNotify) aict_affiliation_free);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (copy, aict_affiliation_copy (g_ptr_array_index (self->affiliations, i)));

  return copy;
}

/**
 * aict_person_add_affiliation:
 * @self: a [class@Aict.Person]
 * @affiliation: the affiliation to add
 *
 * Adds a copy of @affiliation to the affiliations of @self.
 *
 * Since: 0.1
 */
void
aict_person_add_affiliation (AictPerson            *self,
                             const AictAffiliation *affiliation)
{
  g_return_if_fail (AICT_IS_PERSON (self));
  g_return_if_fail (affiliation != NULL);

  _aict_person_take_affiliation (self, aict_affiliation_copy (affiliation));
}

void
_aict_person_take_affiliation (AictPerson      *self,
                               AictAffiliation *affiliation)
{
  g_assert (AICT_IS_PERSON (self));
  g_assert (affiliation != NULL);

  if (self->affiliations == NULL)
    self->affiliations = g_ptr_array_new_with_free_func ((GDestroyNotify) aict_affiliation_free);
  g_ptr_array_add (self->affiliations, affiliation);
  _aict_entity_changed (AICT_ENTITY (self));
}

GPtrArray *
_aict_person_peek_affiliations (AictPerson *self)
{
  return self->affiliations;
}

/* The members of a person, in the order they are written. */
static const AictFieldInfo person_fields[] = {
  AICT_FIELD_ENTITY_ID ("The person's id, unique in the dataset."),
  AICT_FIELD_SCALAR (AictPerson, name, "name", TEXT, AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY,
                     "The name as it is written."),
  AICT_FIELD_SCALAR (AictPerson, given_name, "given_name", TEXT, AICT_FIELD_SUMMARY, "The given name."),
  AICT_FIELD_SCALAR (AictPerson, family_name, "family_name", TEXT, AICT_FIELD_SUMMARY, "The family name."),
  AICT_FIELD_RECORDS ("affiliations", _aict_affiliation_info, _aict_person_take_affiliation,
                      _aict_person_peek_affiliations, AICT_FIELD_SUMMARY,
                      "The actors the person works for, with posts and periods."),
  AICT_FIELD_ENTITY_NOTES,
  AICT_FIELD_ENTITY_SOURCES,
};

const AictTypeInfo _aict_person_info = {
  "person", N_("a person"), N_("an object"), NULL, aict_person_get_type, 0, NULL,
  person_fields, G_N_ELEMENTS (person_fields),
};
