/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "aict-store-private.h"
#include "aict-error.h"
#include "aict-report.h"
#include "aict-i18n-private.h"

/**
 * AictStore:
 *
 * Where datasets are kept, with their revisions.
 *
 * A store is opened by URI with [func@Aict.Store.open]:
 *
 * - `file:PATH` or a bare path: an aict/1 JSON file
 *   ([class@Aict.FileStore]); it has one revision, the file;
 * - `sqlite:PATH`: an SQLite database ([class@Aict.SqliteStore]) where
 *   every save is a revision with its author, message and time, and any
 *   past revision can be loaded back.
 *
 * Every store refuses a dataset that [method@Aict.Dataset.validate]
 * finds errors in.  doc/store.md describes the URIs, the SQLite schema
 * and what a crash leaves.
 *
 * Since: 0.2
 */

G_DEFINE_INTERFACE (AictStore, aict_store, G_TYPE_OBJECT)

static void
aict_store_default_init (AictStoreInterface *iface)
{
}

/**
 * aict_store_is_store_uri:
 * @text: a command-line argument or a URI
 *
 * Whether @text names a store by a URI scheme libaict knows (`file:`,
 * `sqlite:`, `postgresql:`, `postgres:`) rather than being a bare path.
 *
 * Returns: %TRUE if @text starts with a store scheme
 *
 * Since: 0.2
 */
gboolean
aict_store_is_store_uri (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return g_str_has_prefix (text, "file:") || g_str_has_prefix (text, "sqlite:") ||
         g_str_has_prefix (text, "postgresql:") || g_str_has_prefix (text, "postgres:");
}

/* The path of a file: or sqlite: URI: "scheme:PATH", "scheme://PATH" (an
 * absolute path) or "scheme:///PATH"; percent escapes are decoded only in
 * the "//" forms, which are real URIs. */
static char *
uri_path (const char  *uri,
          const char  *rest,
          GError     **error)
{
  if (g_str_has_prefix (rest, "//"))
    {
      const char *path = rest + 2;
      char *decoded;

      /* file://localhost/x and file:///x */
      if (g_str_has_prefix (path, "localhost/"))
        path += strlen ("localhost");
      if (path[0] != '/')
        {
          g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                       _("%s: a store URI names a file on this machine (scheme:PATH or scheme:///PATH)"),
                       uri);
          return NULL;
        }
      decoded = g_uri_unescape_string (path, "/");
      if (decoded == NULL)
        g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                     _("%s: the path has an invalid percent escape"), uri);
      return decoded;
    }

  if (rest[0] == '\0')
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("%s: the URI names no file"), uri);
      return NULL;
    }

  return g_strdup (rest);
}

/**
 * aict_store_open:
 * @uri: `file:PATH`, a bare path, or `sqlite:PATH`
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Opens the store @uri names.  A file store is only opened (its file is
 * read by [method@Aict.Store.load]); an SQLite store is created if the
 * file does not exist, and its schema checked or created.
 *
 * A `postgresql://` URI or service name fails with %AICT_ERROR_FAILED:
 * this version of libaict has no PostgreSQL store.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 *
 * Since: 0.2
 */
AictStore *
aict_store_open (const char    *uri,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (uri != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (g_str_has_prefix (uri, "postgresql:") || g_str_has_prefix (uri, "postgres:"))
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_FAILED,
                   _("%s: this build of libaict has no PostgreSQL store yet "
                     "(stores: file:PATH and sqlite:PATH)"), uri);
      return NULL;
    }

  if (g_str_has_prefix (uri, "sqlite:"))
    {
      path = uri_path (uri, uri + strlen ("sqlite:"), error);
      if (path == NULL)
        return NULL;
      return (AictStore *) aict_sqlite_store_new (path, cancellable, error);
    }

  if (g_str_has_prefix (uri, "file:"))
    {
      path = uri_path (uri, uri + strlen ("file:"), error);
      if (path == NULL)
        return NULL;
      return (AictStore *) aict_file_store_new (path);
    }

  if (uri[0] == '\0')
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("an empty string names no store"));
      return NULL;
    }

  return (AictStore *) aict_file_store_new (uri);
}

/**
 * aict_store_load:
 * @self: an [iface@Aict.Store]
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Loads the whole dataset as of the last revision.  An SQLite store that
 * has no revision yet gives an empty dataset.
 *
 * Returns: (transfer full): a new dataset, or %NULL with @error set
 *
 * Since: 0.2
 */
AictDataset *
aict_store_load (AictStore     *self,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_return_val_if_fail (AICT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return AICT_STORE_GET_IFACE (self)->load (self, cancellable, error);
}

/**
 * aict_store_load_revision:
 * @self: an [iface@Aict.Store]
 * @revision: a revision number, from 1
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Loads the whole dataset as it was right after revision @revision was
 * saved.  A revision the store does not have fails with
 * %AICT_ERROR_NOT_FOUND.
 *
 * Returns: (transfer full): a new dataset, or %NULL with @error set
 *
 * Since: 0.2
 */
AictDataset *
aict_store_load_revision (AictStore     *self,
                          guint          revision,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_return_val_if_fail (AICT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return AICT_STORE_GET_IFACE (self)->load_revision (self, revision, cancellable, error);
}

/**
 * aict_store_save:
 * @self: an [iface@Aict.Store]
 * @dataset: the dataset to save
 * @author: (nullable): who made the changes
 * @message: (nullable): why, in a sentence
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Saves @dataset as a new revision: either all of it is saved or
 * nothing is.  A dataset with validation errors is refused with
 * %AICT_ERROR_SCHEMA naming its first errors.  An SQLite store writes
 * only the objects that differ from the last revision; when nothing
 * differs, no revision is made and the last one's number is returned.
 *
 * Returns: the number of the revision that holds @dataset, or 0 with
 *   @error set
 *
 * Since: 0.2
 */
guint
aict_store_save (AictStore     *self,
                 AictDataset   *dataset,
                 const char    *author,
                 const char    *message,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_return_val_if_fail (AICT_IS_STORE (self), 0);
  g_return_val_if_fail (AICT_IS_DATASET (dataset), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return 0;

  return AICT_STORE_GET_IFACE (self)->save (self, dataset, author, message, cancellable, error);
}

/**
 * aict_store_list_revisions:
 * @self: an [iface@Aict.Store]
 * @error: return location for a #GError
 *
 * Lists the revisions of @self, oldest first.
 *
 * Returns: (transfer full): a list model of [class@Aict.Revision], or
 *   %NULL with @error set
 *
 * Since: 0.2
 */
GListModel *
aict_store_list_revisions (AictStore  *self,
                           GError    **error)
{
  g_return_val_if_fail (AICT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return AICT_STORE_GET_IFACE (self)->list_revisions (self, error);
}

/**
 * aict_store_close:
 * @self: an [iface@Aict.Store]
 * @error: return location for a #GError
 *
 * Releases what @self holds open (the database connection).  Further
 * calls on @self fail with %AICT_ERROR_IO; closing twice is allowed.
 * Dropping the last reference closes too, but without telling errors.
 *
 * Returns: %TRUE, or %FALSE with @error set
 *
 * Since: 0.2
 */
gboolean
aict_store_close (AictStore  *self,
                  GError    **error)
{
  g_return_val_if_fail (AICT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return AICT_STORE_GET_IFACE (self)->close (self, error);
}

gboolean
_aict_store_check_valid (AictDataset  *dataset,
                         const char   *uri,
                         GError      **error)
{
  g_autoptr(AictReport) report = aict_dataset_validate (dataset);
  g_autoptr(GString) first = NULL;
  guint n_errors = aict_report_get_n_errors (report);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));
  guint shown = 0;

  if (n_errors == 0)
    return TRUE;

  first = g_string_new (NULL);
  for (guint i = 0; i < n && shown < 3; i++)
    {
      g_autoptr(AictIssue) issue = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (aict_issue_get_severity (issue) != AICT_SEVERITY_ERROR)
        continue;
      if (shown++ > 0)
        g_string_append (first, "; ");
      g_string_append_printf (first, "%s: %s (%s)", aict_issue_get_path (issue),
                              aict_issue_get_message (issue), aict_issue_get_code (issue));
    }

  g_set_error (error, AICT_ERROR, AICT_ERROR_SCHEMA,
               /* TRANSLATORS: "data.sqlite: the dataset is not saved: validation errors: 2; …" */
               _("%s: the dataset is not saved: validation errors: %u; %s"),
               uri, n_errors, first->str);
  return FALSE;
}

/* AictRevision */

/**
 * AictRevision:
 *
 * One revision of a store: its number, when it was saved, by whom, why,
 * and how many objects it added, modified and removed.
 *
 * Since: 0.2
 */
struct _AictRevision
{
  GObject parent_instance;

  guint number;
  GDateTime *time;
  char *author;
  char *message;
  guint n_added;
  guint n_modified;
  guint n_removed;
};

G_DEFINE_FINAL_TYPE (AictRevision, aict_revision, G_TYPE_OBJECT)

static void
aict_revision_finalize (GObject *object)
{
  AictRevision *self = AICT_REVISION (object);

  g_clear_pointer (&self->time, g_date_time_unref);
  g_free (self->author);
  g_free (self->message);

  G_OBJECT_CLASS (aict_revision_parent_class)->finalize (object);
}

static void
aict_revision_class_init (AictRevisionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aict_revision_finalize;
}

static void
aict_revision_init (AictRevision *self)
{
}

AictRevision *
_aict_revision_new (guint        number,
                    GDateTime   *time,
                    const char  *author,
                    const char  *message,
                    guint        n_added,
                    guint        n_modified,
                    guint        n_removed)
{
  AictRevision *self = g_object_new (AICT_TYPE_REVISION, NULL);

  self->number = number;
  self->time = time != NULL ? g_date_time_ref (time) : NULL;
  self->author = g_strdup (author);
  self->message = g_strdup (message);
  self->n_added = n_added;
  self->n_modified = n_modified;
  self->n_removed = n_removed;

  return self;
}

/**
 * aict_revision_get_number:
 * @self: an [class@Aict.Revision]
 *
 * Gets the number of the revision, from 1.
 *
 * Returns: the number
 *
 * Since: 0.2
 */
guint
aict_revision_get_number (AictRevision *self)
{
  g_return_val_if_fail (AICT_IS_REVISION (self), 0);
  return self->number;
}

/**
 * aict_revision_get_time:
 * @self: an [class@Aict.Revision]
 *
 * Gets when the revision was saved (UTC; for a file store, when the file
 * was last modified).
 *
 * Returns: (transfer none) (nullable): the time
 *
 * Since: 0.2
 */
GDateTime *
aict_revision_get_time (AictRevision *self)
{
  g_return_val_if_fail (AICT_IS_REVISION (self), NULL);
  return self->time;
}

/**
 * aict_revision_get_author:
 * @self: an [class@Aict.Revision]
 *
 * Gets who saved the revision, as given to [method@Aict.Store.save].
 *
 * Returns: (nullable): the author
 *
 * Since: 0.2
 */
const char *
aict_revision_get_author (AictRevision *self)
{
  g_return_val_if_fail (AICT_IS_REVISION (self), NULL);
  return self->author;
}

/**
 * aict_revision_get_message:
 * @self: an [class@Aict.Revision]
 *
 * Gets the message the revision was saved with.
 *
 * Returns: (nullable): the message
 *
 * Since: 0.2
 */
const char *
aict_revision_get_message (AictRevision *self)
{
  g_return_val_if_fail (AICT_IS_REVISION (self), NULL);
  return self->message;
}

/**
 * aict_revision_get_n_added:
 * @self: an [class@Aict.Revision]
 *
 * Gets how many objects the revision added (top-level objects, and the
 * dataset's own title, description and language counted as one).
 *
 * Returns: the count
 *
 * Since: 0.2
 */
guint
aict_revision_get_n_added (AictRevision *self)
{
  g_return_val_if_fail (AICT_IS_REVISION (self), 0);
  return self->n_added;
}

/**
 * aict_revision_get_n_modified:
 * @self: an [class@Aict.Revision]
 *
 * Gets how many objects the revision modified.
 *
 * Returns: the count
 *
 * Since: 0.2
 */
guint
aict_revision_get_n_modified (AictRevision *self)
{
  g_return_val_if_fail (AICT_IS_REVISION (self), 0);
  return self->n_modified;
}

/**
 * aict_revision_get_n_removed:
 * @self: an [class@Aict.Revision]
 *
 * Gets how many objects the revision removed.
 *
 * Returns: the count
 *
 * Since: 0.2
 */
guint
aict_revision_get_n_removed (AictRevision *self)
{
  g_return_val_if_fail (AICT_IS_REVISION (self), 0);
  return self->n_removed;
}

/* AictFileStore */

/**
 * AictFileStore:
 *
 * An aict/1 JSON file as a store: loads read the file, saves replace it
 * atomically ([method@Aict.Dataset.save_to_file]).  It keeps no history:
 * its one revision is the file as it is (author and message are not
 * kept).
 *
 * Since: 0.2
 */
struct _AictFileStore
{
  GObject parent_instance;

  char *path;
};

static void aict_file_store_iface_init (AictStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AictFileStore, aict_file_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (AICT_TYPE_STORE, aict_file_store_iface_init))

static void
aict_file_store_finalize (GObject *object)
{
  AictFileStore *self = AICT_FILE_STORE (object);

  g_free (self->path);

  G_OBJECT_CLASS (aict_file_store_parent_class)->finalize (object);
}

static void
aict_file_store_class_init (AictFileStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aict_file_store_finalize;
}

static void
aict_file_store_init (AictFileStore *self)
{
}

static AictDataset *
file_store_load (AictStore     *store,
                 GCancellable  *cancellable,
                 GError       **error)
{
  return aict_dataset_new_from_file (AICT_FILE_STORE (store)->path, error);
}

static AictDataset *
file_store_load_revision (AictStore     *store,
                          guint          revision,
                          GCancellable  *cancellable,
                          GError       **error)
{
  AictFileStore *self = AICT_FILE_STORE (store);

  if (revision != 1)
    {
      g_autofree char *display = g_filename_display_name (self->path);

      g_set_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND,
                   _("%s: a file store has one revision, 1, not %u"), display, revision);
      return NULL;
    }

  return aict_dataset_new_from_file (self->path, error);
}

static guint
file_store_save (AictStore     *store,
                 AictDataset   *dataset,
                 const char    *author,
                 const char    *message,
                 GCancellable  *cancellable,
                 GError       **error)
{
  AictFileStore *self = AICT_FILE_STORE (store);
  g_autofree char *display = g_filename_display_name (self->path);

  if (!_aict_store_check_valid (dataset, display, error))
    return 0;
  if (!aict_dataset_save_to_file (dataset, self->path, error))
    return 0;

  return 1;
}

static GListModel *
file_store_list_revisions (AictStore  *store,
                           GError    **error)
{
  AictFileStore *self = AICT_FILE_STORE (store);
  g_autoptr(GFile) file = g_file_new_for_path (self->path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(AictRevision) revision = NULL;
  GListStore *list = g_list_store_new (AICT_TYPE_REVISION);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE,
                            NULL, &local_error);
  if (info == NULL)
    {
      /* A file not written yet has no revision. */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return G_LIST_MODEL (list);
      g_object_unref (list);
      g_set_error (error, AICT_ERROR, AICT_ERROR_IO, "%s", local_error->message);
      return NULL;
    }

  time = g_file_info_get_modification_date_time (info);
  if (time != NULL)
    {
      GDateTime *utc = g_date_time_to_utc (time);

      g_date_time_unref (time);
      time = utc;
    }
  revision = _aict_revision_new (1, time, NULL, NULL, 0, 0, 0);
  g_list_store_append (list, revision);

  return G_LIST_MODEL (list);
}

static gboolean
file_store_close (AictStore  *store,
                  GError    **error)
{
  return TRUE;
}

static void
aict_file_store_iface_init (AictStoreInterface *iface)
{
  iface->load = file_store_load;
  iface->load_revision = file_store_load_revision;
  iface->save = file_store_save;
  iface->list_revisions = file_store_list_revisions;
  iface->close = file_store_close;
}

/**
 * aict_file_store_new:
 * @path: (type filename): the path of an aict/1 file
 *
 * Makes a store of the file at @path.  Nothing is read until
 * [method@Aict.Store.load].
 *
 * Returns: (transfer full): the store
 *
 * Since: 0.2
 */
AictFileStore *
aict_file_store_new (const char *path)
{
  AictFileStore *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (AICT_TYPE_FILE_STORE, NULL);
  self->path = g_strdup (path);

  return self;
}

/**
 * aict_file_store_get_path:
 * @self: an [class@Aict.FileStore]
 *
 * Gets the path of the file.
 *
 * Returns: (type filename): the path
 *
 * Since: 0.2
 */
const char *
aict_file_store_get_path (AictFileStore *self)
{
  g_return_val_if_fail (AICT_IS_FILE_STORE (self), NULL);
  return self->path;
}
