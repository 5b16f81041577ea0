/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-list-view-private.h"

struct _AictListView
{
  GObject parent_instance;

  GType item_type;
  GListModel *model;   /* a GListStore, or NULL */
  GPtrArray *items;    /* or the owner's array, or NULL */
  gulong items_changed_id;
};

enum {
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void aict_list_view_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AictListView, _aict_list_view, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      aict_list_view_model_init))

static GType
aict_list_view_get_item_type (GListModel *model)
{
  return AICT_LIST_VIEW (model)->item_type;
}

static guint
aict_list_view_get_n_items (GListModel *model)
{
  AictListView *self = AICT_LIST_VIEW (model);

  if (self->model != NULL)
    return g_list_model_get_n_items (self->model);

  return self->items->len;
}

static gpointer
aict_list_view_get_item (GListModel *model,
                         guint       position)
{
  AictListView *self = AICT_LIST_VIEW (model);

  if (self->model != NULL)
    return g_list_model_get_item (self->model, position);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
aict_list_view_model_init (GListModelInterface *iface)
{
  iface->get_item_type = aict_list_view_get_item_type;
  iface->get_n_items = aict_list_view_get_n_items;
  iface->get_item = aict_list_view_get_item;
}

static void
aict_list_view_dispose (GObject *object)
{
  AictListView *self = AICT_LIST_VIEW (object);

  if (self->model != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->model);
  g_clear_object (&self->model);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (_aict_list_view_parent_class)->dispose (object);
}

static void
aict_list_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AictListView *self = AICT_LIST_VIEW (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->item_type);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, aict_list_view_get_n_items (G_LIST_MODEL (self)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
_aict_list_view_class_init (AictListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = aict_list_view_dispose;
  object_class->get_property = aict_list_view_get_property;

  /* As GListStore has them (GJS and GTK read n-items). */
  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL,
                        G_TYPE_OBJECT,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* items-changed, then n-items if it moved: the order GListStore uses. */
static void
emit_items_changed (AictListView *self,
                    guint         position,
                    guint         removed,
                    guint         added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
_aict_list_view_init (AictListView *self)
{
}

static void
forward_items_changed (GListModel *model,
                       guint       position,
                       guint       removed,
                       guint       added,
                       gpointer    data)
{
  emit_items_changed (data, position, removed, added);
}

AictListView *
_aict_list_view_new_for_model (GListModel *model)
{
  AictListView *self;

  g_assert (G_IS_LIST_MODEL (model));

  self = g_object_new (AICT_TYPE_LIST_VIEW, NULL);
  self->item_type = g_list_model_get_item_type (model);
  self->model = g_object_ref (model);
  self->items_changed_id = g_signal_connect_object (model, "items-changed",
                                                    G_CALLBACK (forward_items_changed),
                                                    self, G_CONNECT_DEFAULT);

  return self;
}

AictListView *
_aict_list_view_new_for_array (GType      item_type,
                               GPtrArray *items)
{
  AictListView *self;

  g_assert (g_type_is_a (item_type, G_TYPE_OBJECT));
  g_assert (items != NULL);

  self = g_object_new (AICT_TYPE_LIST_VIEW, NULL);
  self->item_type = item_type;
  self->items = g_ptr_array_ref (items);

  return self;
}

void
_aict_list_view_items_changed (AictListView *self,
                               guint         position,
                               guint         removed,
                               guint         added)
{
  g_assert (AICT_IS_LIST_VIEW (self));
  g_assert (self->items != NULL);

  if (removed > 0 || added > 0)
    emit_items_changed (self, position, removed, added);
}
