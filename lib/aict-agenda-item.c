/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-fields-private.h"

#include "aict-entity-private.h"

#include "aict-agenda-item.h"
#include "aict-util-private.h"

/**
 * AictAgendaItem:
 *
 * An item of the agenda of an [class@Aict.Meeting].
 *
 * Its id is unique in the whole dataset (`"m2016-B"`); a sub-item names the
 * item it belongs to with [property@Aict.AgendaItem:parent-id].
 *
 * Since: 0.1
 */
struct _AictAgendaItem
{
  AictEntity parent_instance;

  char *label;
  char *title;
  char *parent_id;
};

G_DEFINE_FINAL_TYPE (AictAgendaItem, aict_agenda_item, AICT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_TITLE,
  PROP_PARENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
aict_agenda_item_finalize (GObject *object)
{
  AictAgendaItem *self = AICT_AGENDA_ITEM (object);

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->parent_id, g_free);

  G_OBJECT_CLASS (aict_agenda_item_parent_class)->finalize (object);
}

static void
aict_agenda_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AictAgendaItem *self = AICT_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PARENT_ID:
      g_value_set_string (value, self->parent_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_agenda_item_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AictAgendaItem *self = AICT_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      aict_agenda_item_set_label (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      aict_agenda_item_set_title (self, g_value_get_string (value));
      break;

    case PROP_PARENT_ID:
      aict_agenda_item_set_parent_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_agenda_item_class_init (AictAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aict_agenda_item_finalize;
  object_class->get_property = aict_agenda_item_get_property;
  object_class->set_property = aict_agenda_item_set_property;

  /**
   * AictAgendaItem:label: (getter get_label) (setter set_label)
   *
   * The mark of the item in the document (`"B"`, `"C.3"`), or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictAgendaItem:title: (getter get_title) (setter set_title)
   *
   * The title of the item.
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
   * AictAgendaItem:parent-id: (getter get_parent_id) (setter set_parent_id)
   *
   * The id of the agenda item this one is a sub-item of, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_PARENT_ID] =
    g_param_spec_string ("parent-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aict_agenda_item_init (AictAgendaItem *self)
{
}

/**
 * aict_agenda_item_new:
 * @id: the id of the item
 * @title: its title
 *
 * Creates an agenda item.  The same as `g_object_new (AICT_TYPE_AGENDA_ITEM,
 * "id", id, "title", title, NULL)`.
 *
 * Returns: (transfer full): a new [class@Aict.AgendaItem]
 *
 * Since: 0.1
 */
AictAgendaItem *
aict_agenda_item_new (const char *id,
                      const char *title)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (AICT_TYPE_AGENDA_ITEM,
                       "id", id,
                       "title", title,
                       NULL);
}

/**
 * aict_agenda_item_get_label: (get-property label)
 * @self: an [class@Aict.AgendaItem]
 *
 * Gets the [property@Aict.AgendaItem:label] of @self.
 *
 * Returns: (transfer none) (nullable): the label
 *
 * Since: 0.1
 */
const char *
aict_agenda_item_get_label (AictAgendaItem *self)
{
  g_return_val_if_fail (AICT_IS_AGENDA_ITEM (self), NULL);

  return self->label;
}

/**
 * aict_agenda_item_set_label: (set-property label)
 * @self: an [class@Aict.AgendaItem]
 * @label: (nullable): the new value
 *
 * Sets the [property@Aict.AgendaItem:label] of @self.
 *
 * Since: 0.1
 */
void
aict_agenda_item_set_label (AictAgendaItem *self,
                            const char     *label)
{
  g_return_if_fail (AICT_IS_AGENDA_ITEM (self));

  if (aict_set_str (&self->label, label))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_LABEL]);
}

/**
 * aict_agenda_item_get_title: (get-property title)
 * @self: an [class@Aict.AgendaItem]
 *
 * Gets the [property@Aict.AgendaItem:title] of @self.
 *
 * Returns: (transfer none) (nullable): the title
 *
 * Since: 0.1
 */
const char *
aict_agenda_item_get_title (AictAgendaItem *self)
{
  g_return_val_if_fail (AICT_IS_AGENDA_ITEM (self), NULL);

  return self->title;
}

/**
 * aict_agenda_item_set_title: (set-property title)
 * @self: an [class@Aict.AgendaItem]
 * @title: (nullable): the new value
 *
 * Sets the [property@Aict.AgendaItem:title] of @self.
 *
 * Since: 0.1
 */
void
aict_agenda_item_set_title (AictAgendaItem *self,
                            const char     *title)
{
  g_return_if_fail (AICT_IS_AGENDA_ITEM (self));

  if (aict_set_str (&self->title, title))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_TITLE]);
}

/**
 * aict_agenda_item_get_parent_id: (get-property parent-id)
 * @self: an [class@Aict.AgendaItem]
 *
 * Gets the [property@Aict.AgendaItem:parent-id] of @self.
 *
 * Returns: (transfer none) (nullable): the parent id
 *
 * Since: 0.1
 */
const char *
aict_agenda_item_get_parent_id (AictAgendaItem *self)
{
  g_return_val_if_fail (AICT_IS_AGENDA_ITEM (self), NULL);

  return self->parent_id;
}

/**
 * aict_agenda_item_set_parent_id: (set-property parent-id)
 * @self: an [class@Aict.AgendaItem]
 * @parent_id: (nullable): the new value
 *
 * Sets the [property@Aict.AgendaItem:parent-id] of @self.
 *
 * Since: 0.1
 */
void
aict_agenda_item_set_parent_id (AictAgendaItem *self,
                                const char     *parent_id)
{
  g_return_if_fail (AICT_IS_AGENDA_ITEM (self));

  if (aict_set_str (&self->parent_id, parent_id))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_PARENT_ID]);
}

/* The members of an agenda item, in the order they are written. */
static const AictFieldInfo agenda_item_fields[] = {
  AICT_FIELD_ENTITY_ID ("The item's id, unique in its meeting."),
  AICT_FIELD_SCALAR (AictAgendaItem, label, "label", TEXT, AICT_FIELD_SUMMARY, "Its number or label (“2.1”)."),
  AICT_FIELD_SCALAR (AictAgendaItem, title, "title", TEXT, AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY,
                     "Its title."),
  AICT_FIELD_REFERENCE (AictAgendaItem, parent_id, "parent", REF, AICT_REFS_AGENDA_ITEM, AICT_FIELD_SUMMARY,
                        "The item it is a sub-item of."),
  AICT_FIELD_ENTITY_NOTES,
  AICT_FIELD_ENTITY_SOURCES,
};

const AictTypeInfo _aict_agenda_item_info = {
  "agenda_item", N_("an agenda item"), N_("an object"), NULL, aict_agenda_item_get_type, 0, NULL,
  agenda_item_fields, G_N_ELEMENTS (agenda_item_fields),
};
