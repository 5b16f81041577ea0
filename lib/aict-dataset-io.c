/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-dataset.h"
#include "aict-codec-private.h"
#include "aict-file-private.h"

/* Asynchronous loading and saving.
 *
 * Each operation is a GTask run in a worker thread (g_task_run_in_thread),
 * which shares nothing mutable with the caller:
 *
 * - a load gets its own copies of the path and the options and a
 *   reference to the stream (which the caller leaves alone until the
 *   callback, as for any GIO operation on a stream); the dataset is made in
 *   the worker and only handed over by g_task_return_pointer(), after which
 *   the worker never touches it again;
 * - a save encodes the dataset in the caller's thread, when the call is
 *   made (a dataset is used from one thread at a time, see
 *   doc/threading.md), and the worker only writes those immutable bytes.
 *
 * Progress travels the other way: the worker stores the latest figures
 * under a lock and, at most every PROGRESS_INTERVAL_US, queues one idle source
 * on the caller's main context (unless one is still pending), which calls
 * the callback there.  When the worker is done, it queues a last source
 * that calls the destroy notify, before g_task_return_*() queues the
 * completion at the same priority: sources of one priority are dispatched
 * in the order they were attached, so every progress call comes before the
 * GAsyncReadyCallback, and the notify runs in the caller's thread (where a
 * binding's closure may be freed). */

#define PROGRESS_INTERVAL_US (100 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  GMainContext *context;
  int priority;
  AictProgressCallback callback;
  gpointer user_data;
  GDestroyNotify notify;

  /* Written by the worker, read in the context, under the lock. */
  GMutex lock;
  guint64 current;
  guint64 total;
  gboolean pending;           /* an update source is queued */

  /* The worker's own. */
  gint64 last_queued_us;

  /* The context's own: what the callback was last given. */
  gboolean reported_any;
  guint64 reported;
} Progress;

static Progress *
progress_new (int                   priority,
              AictProgressCallback  callback,
              gpointer              user_data,
              GDestroyNotify        notify)
{
  Progress *p = g_atomic_rc_box_new0 (Progress);

  p->context = g_main_context_ref_thread_default ();
  p->priority = priority;
  p->callback = callback;
  p->user_data = user_data;
  p->notify = notify;
  g_mutex_init (&p->lock);

  return p;
}

static void
progress_clear (gpointer data)
{
  Progress *p = data;

  g_mutex_clear (&p->lock);
  g_main_context_unref (p->context);
}

static void
progress_unref (gpointer data)
{
  g_atomic_rc_box_release_full (data, progress_clear);
}

static void
progress_queue (Progress    *p,
                GSourceFunc  func)
{
  GSource *source = g_idle_source_new ();

  g_source_set_priority (source, p->priority);
  g_source_set_callback (source, func, g_atomic_rc_box_acquire (p), progress_unref);
  g_source_set_static_name (source, "[aict] progress");
  g_source_attach (source, p->context);
  g_source_unref (source);
}

/* In the context: calls back with the latest figures if they moved on,
 * so that the callback sees them grow. */
static void
progress_report (Progress *p)
{
  guint64 current, total;

  g_mutex_lock (&p->lock);
  current = p->current;
  total = p->total;
  p->pending = FALSE;
  g_mutex_unlock (&p->lock);

  if (p->callback == NULL || (p->reported_any && current <= p->reported))
    return;

  p->reported_any = TRUE;
  p->reported = current;
  p->callback ((goffset) current, (goffset) total, p->user_data);
}

static gboolean
progress_dispatch (gpointer data)
{
  progress_report (data);

  return G_SOURCE_REMOVE;
}

static gboolean
progress_dispatch_last (gpointer data)
{
  Progress *p = data;

  progress_report (p);

  /* Never called again: the closure of a binding may go. */
  p->callback = NULL;
  if (p->notify != NULL)
    g_steal_pointer (&p->notify) (p->user_data);

  return G_SOURCE_REMOVE;
}

/* In the worker: records the figures and queues an update at most every
 * PROGRESS_INTERVAL_US, never two at a time. */
static void
progress_update (guint64   current,
                 guint64   total,
                 gpointer  data)
{
  Progress *p = data;
  gint64 now = g_get_monotonic_time ();
  gboolean queue = FALSE;

  g_mutex_lock (&p->lock);
  p->current = current;
  p->total = total;
  if (!p->pending && now - p->last_queued_us >= PROGRESS_INTERVAL_US)
    {
      p->pending = queue = TRUE;
      p->last_queued_us = now;
    }
  g_mutex_unlock (&p->lock);

  if (queue)
    progress_queue (p, progress_dispatch);
}

/* In the worker, when done: the last figures were recorded by the last
 * update (on success, current == total); queues them and the notify, both
 * before the task's completion. */
static void
progress_finish (Progress *p)
{
  progress_queue (p, progress_dispatch_last);
}

/* Loading. */

typedef enum
{
  LOAD_FILE,
  LOAD_STREAM,
} LoadKind;

typedef struct
{
  LoadKind kind;
  char *path;
  GInputStream *stream;
  AictLoadOptions *options;
  Progress *progress;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_free (load->path);
  g_clear_object (&load->stream);
  g_clear_pointer (&load->options, aict_load_options_free);
  g_clear_pointer (&load->progress, progress_unref);
  g_free (load);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LoadData *load = task_data;
  AictLoadMonitor monitor = { cancellable, NULL, NULL };
  GError *error = NULL;
  AictDataset *dataset;

  if (load->progress != NULL)
    {
      monitor.progress = progress_update;
      monitor.progress_data = load->progress;
    }

  if (load->kind == LOAD_FILE)
    dataset = _aict_dataset_load_file (load->path, load->options, &monitor, &error);
  else
    dataset = _aict_dataset_load_stream (load->stream, load->options, &monitor, &error);

  if (load->progress != NULL)
    progress_finish (load->progress);

  if (dataset != NULL)
    g_task_return_pointer (task, dataset, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
start_load (LoadData                  *load,
            gpointer                   source_tag,
            const AictLoadOptions     *options,
            int                        io_priority,
            GCancellable              *cancellable,
            AictProgressCallback       progress_callback,
            gpointer                   progress_data,
            GDestroyNotify             progress_notify,
            GAsyncReadyCallback        callback,
            gpointer                   user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_name (task, "[aict] load");
  g_task_set_priority (task, io_priority);
  load->options = options != NULL ? aict_load_options_copy (options) : NULL;
  if (progress_callback != NULL || progress_notify != NULL)
    load->progress = progress_new (io_priority, progress_callback, progress_data,
                                   progress_notify);
  g_task_set_task_data (task, load, load_data_free);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * AictProgressCallback:
 * @current_bytes: the bytes done so far
 * @total_bytes: the bytes to do in all
 * @user_data: the data given with the callback
 *
 * Tells how far an asynchronous load or save has gone.  It is called in
 * the thread-default main context of the thread that started the
 * operation, at most about ten times a second, with @current_bytes
 * growing from one call to the next; never after the operation's
 * [callback@Gio.AsyncReadyCallback].
 *
 * For a load, the bytes are those of the document that were decoded, of
 * its size; a stream has to be read to its end before that size is known,
 * so its progress starts once it has been read.  For a save, they are the
 * bytes written to the file.  A load or save that succeeds reports
 * @current_bytes equal to @total_bytes last.
 *
 * Since: 0.2
 */

/**
 * aict_dataset_new_from_file_async:
 * @path: (type filename): the file to read
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @callback: (scope async): called when the dataset is loaded
 * @user_data: the data for @callback
 *
 * Loads an `aict/1` file in a worker thread with the default
 * [struct@Aict.LoadOptions], like [ctor@Aict.Dataset.new_from_file], and
 * calls @callback in the thread-default main context of the calling
 * thread.  Finish with [ctor@Aict.Dataset.new_from_file_finish].  See
 * [func@Aict.Dataset.new_from_file_full_async] for the options and
 * progress.
 *
 * Since: 0.2
 */
void
aict_dataset_new_from_file_async (const char          *path,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  aict_dataset_new_from_file_full_async (path, NULL, G_PRIORITY_DEFAULT, cancellable,
                                         NULL, NULL, NULL, callback, user_data);
}

/**
 * aict_dataset_new_from_file_full_async:
 * @path: (type filename): the file to read
 * @options: (nullable): how to load, or %NULL for the defaults
 * @io_priority: the [I/O priority](iface.AsyncResult.html#io-priority)
 *   of the operation, which is also that of the progress calls
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @progress_callback: (nullable) (scope notified) (closure progress_data) (destroy progress_notify):
 *   called as the load goes on
 * @progress_data: the data for @progress_callback
 * @progress_notify: (nullable): frees @progress_data, in the calling
 *   thread's main context, before @callback
 * @callback: (scope async) (closure user_data): called when the dataset is loaded
 * @user_data: the data for @callback
 *
 * Loads an `aict/1` file in a worker thread, as
 * [ctor@Aict.Dataset.new_from_file_full] does, and calls @callback in
 * the thread-default main context of the calling thread.  Finish with
 * [ctor@Aict.Dataset.new_from_file_finish].
 *
 * The dataset is made in the worker and belongs to the caller once
 * finished; @options is copied.  @cancellable is checked while the file is
 * decoded, not only before it is read: a cancelled load fails with
 * %G_IO_ERROR_CANCELLED in the `G_IO_ERROR` domain.  Every other error is
 * an [error@Aict.Error], as for the synchronous load.
 *
 * Since: 0.2
 */
void
aict_dataset_new_from_file_full_async (const char             *path,
                                       const AictLoadOptions  *options,
                                       int                     io_priority,
                                       GCancellable           *cancellable,
                                       AictProgressCallback    progress_callback,
                                       gpointer                progress_data,
                                       GDestroyNotify          progress_notify,
                                       GAsyncReadyCallback     callback,
                                       gpointer                user_data)
{
  LoadData *load;

  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  load = g_new0 (LoadData, 1);
  load->kind = LOAD_FILE;
  load->path = g_strdup (path);
  start_load (load, aict_dataset_new_from_file_async, options, io_priority, cancellable,
              progress_callback, progress_data, progress_notify, callback, user_data);
}

/**
 * aict_dataset_new_from_file_finish:
 * @result: the [iface@Gio.AsyncResult] given to the callback
 * @error: return location for a [error@Aict.Error] or
 *   %G_IO_ERROR_CANCELLED
 *
 * Finishes [func@Aict.Dataset.new_from_file_async] or
 * [func@Aict.Dataset.new_from_file_full_async].
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 *
 * Since: 0.2
 */
AictDataset *
aict_dataset_new_from_file_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == aict_dataset_new_from_file_async,
                        NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * aict_dataset_new_from_stream_async:
 * @stream: the stream to read to its end
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @callback: (scope async): called when the dataset is loaded
 * @user_data: the data for @callback
 *
 * Loads an `aict/1` document from @stream in a worker thread with the
 * default [struct@Aict.LoadOptions].  Finish with
 * [ctor@Aict.Dataset.new_from_stream_finish].  See
 * [func@Aict.Dataset.new_from_stream_full_async].
 *
 * Since: 0.2
 */
void
aict_dataset_new_from_stream_async (GInputStream        *stream,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (G_IS_INPUT_STREAM (stream));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  aict_dataset_new_from_stream_full_async (stream, NULL, G_PRIORITY_DEFAULT, cancellable,
                                           NULL, NULL, NULL, callback, user_data);
}

/**
 * aict_dataset_new_from_stream_full_async:
 * @stream: the stream to read to its end
 * @options: (nullable): how to load, or %NULL for the defaults
 * @io_priority: the [I/O priority](iface.AsyncResult.html#io-priority)
 *   of the operation, which is also that of the progress calls
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @progress_callback: (nullable) (scope notified) (closure progress_data) (destroy progress_notify):
 *   called as the load goes on
 * @progress_data: the data for @progress_callback
 * @progress_notify: (nullable): frees @progress_data, in the calling
 *   thread's main context, before @callback
 * @callback: (scope async) (closure user_data): called when the dataset is loaded
 * @user_data: the data for @callback
 *
 * Loads an `aict/1` document from @stream in a worker thread, as
 * [ctor@Aict.Dataset.new_from_stream_full] does.  The worker reads
 * @stream with blocking calls: leave it alone until @callback.  Finish
 * with [ctor@Aict.Dataset.new_from_stream_finish].  Errors are those of
 * [func@Aict.Dataset.new_from_file_full_async].
 *
 * Since: 0.2
 */
void
aict_dataset_new_from_stream_full_async (GInputStream           *stream,
                                         const AictLoadOptions  *options,
                                         int                     io_priority,
                                         GCancellable           *cancellable,
                                         AictProgressCallback    progress_callback,
                                         gpointer                progress_data,
                                         GDestroyNotify          progress_notify,
                                         GAsyncReadyCallback     callback,
                                         gpointer                user_data)
{
  LoadData *load;

  g_return_if_fail (G_IS_INPUT_STREAM (stream));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  load = g_new0 (LoadData, 1);
  load->kind = LOAD_STREAM;
  load->stream = g_object_ref (stream);
  start_load (load, aict_dataset_new_from_stream_async, options, io_priority, cancellable,
              progress_callback, progress_data, progress_notify, callback, user_data);
}

/**
 * aict_dataset_new_from_stream_finish:
 * @result: the [iface@Gio.AsyncResult] given to the callback
 * @error: return location for a [error@Aict.Error] or
 *   %G_IO_ERROR_CANCELLED
 *
 * Finishes [func@Aict.Dataset.new_from_stream_async] or
 * [func@Aict.Dataset.new_from_stream_full_async].
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 *
 * Since: 0.2
 */
AictDataset *
aict_dataset_new_from_stream_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == aict_dataset_new_from_stream_async,
                        NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Saving. */

typedef struct
{
  char *path;
  GBytes *bytes;
  Progress *progress;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_free (save->path);
  g_bytes_unref (save->bytes);
  g_clear_pointer (&save->progress, progress_unref);
  g_free (save);
}

static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SaveData *save = task_data;
  GError *error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (save->bytes, &length);
  gboolean ok;

  ok = aict_file_save_atomic_full (save->path, data, length, cancellable,
                                   save->progress != NULL ? progress_update : NULL,
                                   save->progress, &error);

  if (save->progress != NULL)
    progress_finish (save->progress);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * aict_dataset_save_to_file_async:
 * @self: an [class@Aict.Dataset]
 * @path: (type filename): where to save
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @callback: (scope async): called when the file is saved
 * @user_data: the data for @callback
 *
 * Saves @self to @path as [method@Aict.Dataset.save_to_file] does, writing
 * in a worker thread.  Finish with [method@Aict.Dataset.save_to_file_finish].
 * See [method@Aict.Dataset.save_to_file_full_async].
 *
 * Since: 0.2
 */
void
aict_dataset_save_to_file_async (AictDataset         *self,
                                 const char          *path,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  aict_dataset_save_to_file_full_async (self, path, G_PRIORITY_DEFAULT, cancellable,
                                        NULL, NULL, NULL, callback, user_data);
}

/**
 * aict_dataset_save_to_file_full_async:
 * @self: an [class@Aict.Dataset]
 * @path: (type filename): where to save
 * @io_priority: the [I/O priority](iface.AsyncResult.html#io-priority)
 *   of the operation, which is also that of the progress calls
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @progress_callback: (nullable) (scope notified) (closure progress_data) (destroy progress_notify):
 *   called as the file is written
 * @progress_data: the data for @progress_callback
 * @progress_notify: (nullable): frees @progress_data, in the calling
 *   thread's main context, before @callback
 * @callback: (scope async) (closure user_data): called when the file is saved
 * @user_data: the data for @callback
 *
 * Saves @self to @path atomically, as [method@Aict.Dataset.save_to_file]
 * does.  The document is encoded at once, in the calling thread: @self may
 * be changed as soon as this returns, and what is saved is @self as it was
 * then.  Writing and flushing it to disk happen in a worker thread.  An
 * error of encoding (see [method@Aict.Dataset.to_bytes]) is reported
 * through @callback too.
 *
 * @cancellable is checked before anything is written, between writes and
 * before the file is renamed into place: a cancelled save leaves @path
 * as it was and fails with %G_IO_ERROR_CANCELLED in the `G_IO_ERROR`
 * domain.  Other errors are [error@Aict.Error]s.
 *
 * Since: 0.2
 */
void
aict_dataset_save_to_file_full_async (AictDataset           *self,
                                      const char            *path,
                                      int                    io_priority,
                                      GCancellable          *cancellable,
                                      AictProgressCallback   progress_callback,
                                      gpointer               progress_data,
                                      GDestroyNotify         progress_notify,
                                      GAsyncReadyCallback    callback,
                                      gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  GBytes *bytes;
  SaveData *save;

  g_return_if_fail (AICT_IS_DATASET (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, aict_dataset_save_to_file_async);
  g_task_set_name (task, "[aict] save");
  g_task_set_priority (task, io_priority);

  bytes = _aict_json_encode (self, &error);
  if (bytes == NULL)
    {
      if (progress_notify != NULL)
        progress_notify (progress_data);
      g_task_return_error (task, error);
      return;
    }

  save = g_new0 (SaveData, 1);
  save->path = g_strdup (path);
  save->bytes = bytes;
  if (progress_callback != NULL || progress_notify != NULL)
    save->progress = progress_new (io_priority, progress_callback, progress_data,
                                   progress_notify);
  g_task_set_task_data (task, save, save_data_free);
  g_task_run_in_thread (task, save_in_thread);
}

/**
 * aict_dataset_save_to_file_finish:
 * @self: an [class@Aict.Dataset]
 * @result: the [iface@Gio.AsyncResult] given to the callback
 * @error: return location for a [error@Aict.Error] or
 *   %G_IO_ERROR_CANCELLED
 *
 * Finishes [method@Aict.Dataset.save_to_file_async] or
 * [method@Aict.Dataset.save_to_file_full_async].
 *
 * Returns: %TRUE if the file was saved
 *
 * Since: 0.2
 */
gboolean
aict_dataset_save_to_file_finish (AictDataset   *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (AICT_IS_DATASET (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == aict_dataset_save_to_file_async,
                        FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
