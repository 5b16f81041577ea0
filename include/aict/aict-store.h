/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <gio/gio.h>

#include <aict/aict-version-macros.h>
#include <aict/aict-dataset.h>

G_BEGIN_DECLS

#define AICT_TYPE_REVISION (aict_revision_get_type ())
AICT_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (AictRevision, aict_revision, AICT, REVISION, GObject)

AICT_AVAILABLE_IN_0_2
guint        aict_revision_get_number     (AictRevision *self);
AICT_AVAILABLE_IN_0_2
GDateTime   *aict_revision_get_time       (AictRevision *self);
AICT_AVAILABLE_IN_0_2
const char  *aict_revision_get_author     (AictRevision *self);
AICT_AVAILABLE_IN_0_2
const char  *aict_revision_get_message    (AictRevision *self);
AICT_AVAILABLE_IN_0_2
guint        aict_revision_get_n_added    (AictRevision *self);
AICT_AVAILABLE_IN_0_2
guint        aict_revision_get_n_modified (AictRevision *self);
AICT_AVAILABLE_IN_0_2
guint        aict_revision_get_n_removed  (AictRevision *self);

#define AICT_TYPE_STORE (aict_store_get_type ())
AICT_AVAILABLE_IN_0_2
G_DECLARE_INTERFACE (AictStore, aict_store, AICT, STORE, GObject)

/**
 * AictStoreInterface:
 * @g_iface: the parent interface
 * @load: loads the dataset as of the last revision
 * @load_revision: loads the dataset as of a past revision
 * @save: saves a dataset as a new revision
 * @list_revisions: the revisions, oldest first
 * @close: releases what the store holds open
 *
 * The virtual methods of [iface@Aict.Store].
 *
 * Since: 0.2
 */
struct _AictStoreInterface
{
  GTypeInterface g_iface;

  AictDataset *(*load)           (AictStore     *self,
                                  GCancellable  *cancellable,
                                  GError       **error);
  AictDataset *(*load_revision)  (AictStore     *self,
                                  guint          revision,
                                  GCancellable  *cancellable,
                                  GError       **error);
  guint        (*save)           (AictStore     *self,
                                  AictDataset   *dataset,
                                  const char    *author,
                                  const char    *message,
                                  GCancellable  *cancellable,
                                  GError       **error);
  GListModel  *(*list_revisions) (AictStore     *self,
                                  GError       **error);
  gboolean     (*close)          (AictStore     *self,
                                  GError       **error);

  /*< private >*/
  gpointer padding[8];
};

AICT_AVAILABLE_IN_0_2
AictStore   *aict_store_open           (const char    *uri,
                                        GCancellable  *cancellable,
                                        GError       **error);
AICT_AVAILABLE_IN_0_2
AictDataset *aict_store_load           (AictStore     *self,
                                        GCancellable  *cancellable,
                                        GError       **error);
AICT_AVAILABLE_IN_0_2
AictDataset *aict_store_load_revision  (AictStore     *self,
                                        guint          revision,
                                        GCancellable  *cancellable,
                                        GError       **error);
AICT_AVAILABLE_IN_0_2
guint        aict_store_save           (AictStore     *self,
                                        AictDataset   *dataset,
                                        const char    *author,
                                        const char    *message,
                                        GCancellable  *cancellable,
                                        GError       **error);
AICT_AVAILABLE_IN_0_2
GListModel  *aict_store_list_revisions (AictStore     *self,
                                        GError       **error);
AICT_AVAILABLE_IN_0_2
gboolean     aict_store_close          (AictStore     *self,
                                        GError       **error);
AICT_AVAILABLE_IN_0_2
gboolean     aict_store_is_store_uri   (const char    *text);

#define AICT_TYPE_FILE_STORE (aict_file_store_get_type ())
AICT_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (AictFileStore, aict_file_store, AICT, FILE_STORE, GObject)

AICT_AVAILABLE_IN_0_2
AictFileStore   *aict_file_store_new        (const char  *path);
AICT_AVAILABLE_IN_0_2
const char      *aict_file_store_get_path   (AictFileStore *self);

#define AICT_TYPE_SQLITE_STORE (aict_sqlite_store_get_type ())
AICT_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (AictSqliteStore, aict_sqlite_store, AICT, SQLITE_STORE, GObject)

/**
 * AICT_SQLITE_STORE_SCHEMA_VERSION:
 *
 * The version of the SQLite schema this libaict writes (`PRAGMA
 * user_version` of a store).
 *
 * Since: 0.2
 */
#define AICT_SQLITE_STORE_SCHEMA_VERSION 1

AICT_AVAILABLE_IN_0_2
AictSqliteStore *aict_sqlite_store_new      (const char    *path,
                                             GCancellable  *cancellable,
                                             GError       **error);
AICT_AVAILABLE_IN_0_2
const char      *aict_sqlite_store_get_path (AictSqliteStore *self);

G_END_DECLS
