/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-fields-private.h"

#include "aict-entity-private.h"

#include "aict-source.h"
#include "aict-model-private.h"
#include "aict-util-private.h"

/**
 * AictSource:
 *
 * A document that facts of a dataset come from: the minutes of a meeting,
 * a report, a web page.
 *
 * Every entity can say where its facts were read with [struct@Aict.SourceRef]s
 * that name the [property@Aict.Entity:id] of a source.
 *
 * Since: 0.1
 */
struct _AictSource
{
  AictEntity parent_instance;

  char *title;
  AictPartialDate *date;
  char *author;
  char *url;
};

G_DEFINE_FINAL_TYPE (AictSource, aict_source, AICT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DATE,
  PROP_AUTHOR,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
aict_source_finalize (GObject *object)
{
  AictSource *self = AICT_SOURCE (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, aict_partial_date_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (aict_source_parent_class)->finalize (object);
}

static void
aict_source_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AictSource *self = AICT_SOURCE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_source_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AictSource *self = AICT_SOURCE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      aict_source_set_title (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      aict_source_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_AUTHOR:
      aict_source_set_author (self, g_value_get_string (value));
      break;

    case PROP_URL:
      aict_source_set_url (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_source_class_init (AictSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aict_source_finalize;
  object_class->get_property = aict_source_get_property;
  object_class->set_property = aict_source_set_property;

  /**
   * AictSource:title: (getter get_title) (setter set_title)
   *
   * The title of the document.
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
   * AictSource:date: (getter get_date) (setter set_date)
   *
   * When the document was written, or %NULL if unknown.
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
   * AictSource:author: (getter get_author) (setter set_author)
   *
   * Who wrote or published the document, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictSource:url: (getter get_url) (setter set_url)
   *
   * Where the document can be read, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aict_source_init (AictSource *self)
{
}

/**
 * aict_source_new:
 * @id: the id of the source
 * @title: the title of the document
 *
 * Creates a source.  The same as `g_object_new (AICT_TYPE_SOURCE, "id", id,
 * "title", title, NULL)`.
 *
 * Returns: (transfer full): a new [class@Aict.Source]
 *
 * Since: 0.1
 */
AictSource *
aict_source_new (const char *id,
                 const char *title)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (AICT_TYPE_SOURCE,
                       "id", id,
                       "title", title,
                       NULL);
}

/**
 * aict_source_get_title: (get-property title)
 * @self: a [class@Aict.Source]
 *
 * Gets the [property@Aict.Source:title] of @self.
 *
 * Returns: (transfer none) (nullable): the title
 *
 * Since: 0.1
 */
const char *
aict_source_get_title (AictSource *self)
{
  g_return_val_if_fail (AICT_IS_SOURCE (self), NULL);

  return self->title;
}

/**
 * aict_source_set_title: (set-property title)
 * @self: a [class@Aict.Source]
 * @title: (nullable): the new value
 *
 * Sets the [property@Aict.Source:title] of @self.
 *
 * Since: 0.1
 */
void
aict_source_set_title (AictSource *self,
                       const char *title)
{
  g_return_if_fail (AICT_IS_SOURCE (self));

  if (aict_set_str (&self->title, title))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_TITLE]);
}

/**
 * aict_source_get_date: (get-property date)
 * @self: a [class@Aict.Source]
 *
 * Gets the [property@Aict.Source:date] of @self.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL if unknown
 *
 * Since: 0.1
 */
const AictPartialDate *
aict_source_get_date (AictSource *self)
{
  g_return_val_if_fail (AICT_IS_SOURCE (self), NULL);

  return self->date;
}

/**
 * aict_source_set_date: (set-property date)
 * @self: a [class@Aict.Source]
 * @date: (nullable): the new value, or %NULL to unset it
 *
 * Sets the [property@Aict.Source:date] of @self to a copy of @date.
 *
 * Since: 0.1
 */
void
aict_source_set_date (AictSource            *self,
                      const AictPartialDate *date)
{
  g_return_if_fail (AICT_IS_SOURCE (self));

  if (_aict_set_partial_date (&self->date, date))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_DATE]);
}

/**
 * aict_source_get_author: (get-property author)
 * @self: a [class@Aict.Source]
 *
 * Gets the [property@Aict.Source:author] of @self.
 *
 * Returns: (transfer none) (nullable): the author
 *
 * Since: 0.1
 */
const char *
aict_source_get_author (AictSource *self)
{
  g_return_val_if_fail (AICT_IS_SOURCE (self), NULL);

  return self->author;
}

/**
 * aict_source_set_author: (set-property author)
 * @self: a [class@Aict.Source]
 * @author: (nullable): the new value
 *
 * Sets the [property@Aict.Source:author] of @self.
 *
 * Since: 0.1
 */
void
aict_source_set_author (AictSource *self,
                        const char *author)
{
  g_return_if_fail (AICT_IS_SOURCE (self));

  if (aict_set_str (&self->author, author))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_AUTHOR]);
}

/**
 * aict_source_get_url: (get-property url)
 * @self: a [class@Aict.Source]
 *
 * Gets the [property@Aict.Source:url] of @self.
 *
 * Returns: (transfer none) (nullable): the URL
 *
 * Since: 0.1
 */
const char *
aict_source_get_url (AictSource *self)
{
  g_return_val_if_fail (AICT_IS_SOURCE (self), NULL);

  return self->url;
}

/**
 * aict_source_set_url: (set-property url)
 * @self: a [class@Aict.Source]
 * @url: (nullable): the new value
 *
 * Sets the [property@Aict.Source:url] of @self.
 *
 * Since: 0.1
 */
void
aict_source_set_url (AictSource *self,
                     const char *url)
{
  g_return_if_fail (AICT_IS_SOURCE (self));

  if (aict_set_str (&self->url, url))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_URL]);
}

/* The members of a source, in the order they are written. */
static const AictFieldInfo source_fields[] = {
  AICT_FIELD_ENTITY_ID ("The source's id, unique in the dataset."),
  AICT_FIELD_SCALAR (AictSource, title, "title", TEXT, AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY,
                     "The title of the document."),
  AICT_FIELD_SCALAR (AictSource, date, "date", DATE, AICT_FIELD_SUMMARY, "When it was written."),
  AICT_FIELD_SCALAR (AictSource, author, "author", TEXT, AICT_FIELD_SUMMARY, "Who wrote it."),
  AICT_FIELD_SCALAR (AictSource, url, "url", TEXT, AICT_FIELD_SUMMARY, "Where to read it."),
  AICT_FIELD_ENTITY_NOTES,
  AICT_FIELD_ENTITY_SOURCES,
};

const AictTypeInfo _aict_source_info = {
  "source", N_("a source"), N_("an object"), NULL, aict_source_get_type, 0, NULL,
  source_fields, G_N_ELEMENTS (source_fields),
};
