/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A read-only GListModel over the items that a dataset or a meeting holds:
 * what their collection getters give.  It has no method that changes it,
 * so a binding cannot edit a collection behind its owner's back; it stays
 * live (items-changed follows every change of the owner).
 *
 * Over a GListStore it forwards the store's items-changed.  Over a
 * GPtrArray of GObjects the owner tells it, with
 * _aict_list_view_items_changed(), after each change of the array.  Either
 * way the view holds a reference on what it shows, so a view that outlives
 * its owner stays valid (and no longer changes). */
#define AICT_TYPE_LIST_VIEW (_aict_list_view_get_type ())
G_DECLARE_FINAL_TYPE (AictListView, _aict_list_view, AICT, LIST_VIEW, GObject)

AictListView *_aict_list_view_new_for_model  (GListModel   *model);
AictListView *_aict_list_view_new_for_array  (GType         item_type,
                                              GPtrArray    *items);
void          _aict_list_view_items_changed  (AictListView *self,
                                              guint         position,
                                              guint         removed,
                                              guint         added);

G_END_DECLS
