/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* The asynchronous loads and saves: results, cancellation (before and
 * during decoding), two loads at once, progress in the caller's context. */

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <aict/aict.h>

static char *
valid_fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "valid", name, NULL);
}

/* A document of @n actors, ~70 bytes each. */
static GBytes *
make_big_document (guint n)
{
  GString *s = g_string_new ("{\n  \"format\": \"aict/1\",\n  \"actors\": [\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "    {\"id\": \"a%u\", \"name\": \"Commune n°%u\", "
                            "\"kind\": \"commune\", \"country\": \"FR\"}%s\n",
                            i, i, i + 1 < n ? "," : "");
  g_string_append (s, "  ]\n}\n");

  return g_string_free_to_bytes (s);
}

static AictLoadOptions *
big_options (void)
{
  AictLoadOptions *options = aict_load_options_new ();

  aict_load_options_set_max_file_size (options, 512 * 1024 * 1024);
  aict_load_options_set_max_items (options, 10000000);
  aict_load_options_set_max_values (options, 100000000);

  return options;
}

typedef struct
{
  GMainLoop *loop;
  GMainContext *context;
  AictDataset *dataset;
  GError *error;
  gboolean saved;
  guint n_done;
  guint n_expected;
  /* Progress */
  GCancellable *cancel_on_progress;
  GArray *progress;         /* of gint64 pairs: current, total */
  gboolean progress_after_done;
  gboolean notified;
  gboolean notified_before_done;
} Waiter;

static void
waiter_init (Waiter *w)
{
  memset (w, 0, sizeof *w);
  w->context = g_main_context_ref_thread_default ();
  w->loop = g_main_loop_new (w->context, FALSE);
  w->n_expected = 1;
  w->progress = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
waiter_clear (Waiter *w)
{
  g_main_loop_unref (w->loop);
  g_main_context_unref (w->context);
  g_clear_object (&w->dataset);
  g_clear_error (&w->error);
  g_array_unref (w->progress);
}

static void
waiter_run (Waiter *w)
{
  while (w->n_done < w->n_expected)
    g_main_loop_run (w->loop);
}

static void
done (Waiter *w)
{
  g_assert_true (g_main_context_is_owner (w->context));
  w->notified_before_done = w->notified;
  w->n_done++;
  g_main_loop_quit (w->loop);
}

static void
on_file_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Waiter *w = user_data;

  g_assert_null (source);
  w->dataset = aict_dataset_new_from_file_finish (result, &w->error);
  done (w);
}

static void
on_stream_loaded (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Waiter *w = user_data;

  w->dataset = aict_dataset_new_from_stream_finish (result, &w->error);
  done (w);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Waiter *w = user_data;

  w->saved = aict_dataset_save_to_file_finish (AICT_DATASET (source), result, &w->error);
  done (w);
}

static void
on_progress (goffset  current,
             goffset  total,
             gpointer user_data)
{
  Waiter *w = user_data;
  gint64 pair[2] = { current, total };

  g_assert_true (g_main_context_is_owner (w->context));
  if (w->n_done > 0)
    w->progress_after_done = TRUE;
  g_array_append_vals (w->progress, pair, 2);
  if (w->cancel_on_progress != NULL && current < total)
    g_cancellable_cancel (w->cancel_on_progress);
}

static void
on_progress_notify (gpointer user_data)
{
  Waiter *w = user_data;

  g_assert_true (g_main_context_is_owner (w->context));
  g_assert_false (w->notified);
  w->notified = TRUE;
}

static void
test_async_load_file (void)
{
  g_autofree char *path = valid_fixture ("worked-example.json");
  g_autoptr(AictDataset) reference = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) got = NULL;
  g_autoptr(GError) error = NULL;
  Waiter w;

  reference = aict_dataset_new_from_file (path, &error);
  g_assert_no_error (error);
  expected = aict_dataset_to_bytes (reference, &error);
  g_assert_no_error (error);

  waiter_init (&w);
  aict_dataset_new_from_file_async (path, NULL, on_file_loaded, &w);
  g_assert_cmpuint (w.n_done, ==, 0);   /* never called back at once */
  waiter_run (&w);
  g_assert_no_error (w.error);
  g_assert_true (AICT_IS_DATASET (w.dataset));
  got = aict_dataset_to_bytes (w.dataset, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (got, expected));
  waiter_clear (&w);

  /* Errors are those of the synchronous load, in AICT_ERROR. */
  waiter_init (&w);
  aict_dataset_new_from_file_async ("/nonexistent/file.json", NULL, on_file_loaded, &w);
  waiter_run (&w);
  g_assert_null (w.dataset);
  g_assert_error (w.error, AICT_ERROR, AICT_ERROR_IO);
  waiter_clear (&w);

  /* The options are honoured (and copied: freed before the load ends). */
  {
    g_autoptr(AictLoadOptions) tight = aict_load_options_new ();

    aict_load_options_set_max_file_size (tight, 10);
    waiter_init (&w);
    aict_dataset_new_from_file_full_async (path, tight, G_PRIORITY_DEFAULT, NULL,
                                           NULL, NULL, NULL, on_file_loaded, &w);
    g_clear_pointer (&tight, aict_load_options_free);
    waiter_run (&w);
    g_assert_error (w.error, AICT_ERROR, AICT_ERROR_LIMIT);
    waiter_clear (&w);
  }
}

static void
test_async_load_stream (void)
{
  g_autoptr(GBytes) bytes = make_big_document (100);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GInputStream) bad = g_memory_input_stream_new_from_data ("{\"format\": 1}", -1, NULL);
  Waiter w;

  waiter_init (&w);
  aict_dataset_new_from_stream_async (stream, NULL, on_stream_loaded, &w);
  waiter_run (&w);
  g_assert_no_error (w.error);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_actors (w.dataset)), ==, 100);
  waiter_clear (&w);

  waiter_init (&w);
  aict_dataset_new_from_stream_async (bad, NULL, on_stream_loaded, &w);
  waiter_run (&w);
  g_assert_error (w.error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_true (g_str_has_prefix (w.error->message, "<stream>:1:12: $.format: "));
  waiter_clear (&w);
}

static void
test_async_already_cancelled (void)
{
  g_autofree char *path = valid_fixture ("worked-example.json");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) bytes = make_big_document (10);
  g_autoptr(GError) error = NULL;
  Waiter w;

  g_cancellable_cancel (cancellable);

  waiter_init (&w);
  aict_dataset_new_from_file_async (path, cancellable, on_file_loaded, &w);
  waiter_run (&w);
  g_assert_null (w.dataset);
  g_assert_error (w.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  waiter_clear (&w);

  /* A GMemoryInputStream does not check cancellation itself. */
  {
    g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

    waiter_init (&w);
    aict_dataset_new_from_stream_async (stream, cancellable, on_stream_loaded, &w);
    waiter_run (&w);
    g_assert_null (w.dataset);
    g_assert_error (w.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    waiter_clear (&w);
  }

  /* The synchronous stream load too: GIO's error, not AICT_ERROR_IO. */
  {
    g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
    g_autoptr(AictDataset) dataset = NULL;

    dataset = aict_dataset_new_from_stream_full (stream, NULL, cancellable, &error);
    g_assert_null (dataset);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
  }

  /* And a save: the file is not touched. */
  {
    g_autofree char *dir = g_dir_make_tmp ("aict-async-XXXXXX", &error);
    g_autofree char *target = NULL;
    g_autoptr(AictDataset) dataset = aict_dataset_new ();

    g_assert_no_error (error);
    target = g_build_filename (dir, "out.json", NULL);
    waiter_init (&w);
    aict_dataset_save_to_file_async (dataset, target, cancellable, on_saved, &w);
    waiter_run (&w);
    g_assert_false (w.saved);
    g_assert_error (w.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
    waiter_clear (&w);
    g_assert_cmpint (g_rmdir (dir), ==, 0);
  }
}

/* Cancelled from the first progress call, which comes once the whole
 * stream was read and decoding has begun: the decoder stops. */
static void
test_async_cancel_mid_load (void)
{
  g_autoptr(GBytes) bytes = make_big_document (300000);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(AictLoadOptions) options = big_options ();
  gint64 *pairs;
  Waiter w;

  waiter_init (&w);
  w.cancel_on_progress = cancellable;
  aict_dataset_new_from_stream_full_async (stream, options, G_PRIORITY_DEFAULT, cancellable,
                                           on_progress, &w, on_progress_notify,
                                           on_stream_loaded, &w);
  waiter_run (&w);
  g_assert_null (w.dataset);
  g_assert_error (w.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (w.progress->len, >=, 2);
  pairs = (gint64 *) (gpointer) w.progress->data;
  g_assert_cmpint (pairs[0], <, pairs[1]);
  g_assert_cmpint (pairs[1], ==, (gint64) g_bytes_get_size (bytes));
  g_assert_true (w.notified);
  g_assert_true (w.notified_before_done);
  g_assert_false (w.progress_after_done);
  waiter_clear (&w);
}

/* A memory stream that cancels @cancellable when it reaches its end: the
 * whole document is read before the cancellation, which the decoder then
 * has to notice. */
typedef struct
{
  GMemoryInputStream parent_instance;
  GCancellable *cancel_at_end;
} CancelAtEndStream;

typedef struct
{
  GMemoryInputStreamClass parent_class;
} CancelAtEndStreamClass;

static GType cancel_at_end_stream_get_type (void);
G_DEFINE_TYPE (CancelAtEndStream, cancel_at_end_stream, G_TYPE_MEMORY_INPUT_STREAM)

static gssize
cancel_at_end_stream_read (GInputStream  *stream,
                           void          *buffer,
                           gsize          count,
                           GCancellable  *cancellable,
                           GError       **error)
{
  CancelAtEndStream *self = (CancelAtEndStream *) stream;
  gssize n = G_INPUT_STREAM_CLASS (cancel_at_end_stream_parent_class)->read_fn (stream, buffer, count,
                                                                               cancellable, error);

  if (n == 0)
    g_cancellable_cancel (self->cancel_at_end);
  return n;
}

static void
cancel_at_end_stream_class_init (CancelAtEndStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = cancel_at_end_stream_read;
}

static void
cancel_at_end_stream_init (CancelAtEndStream *self)
{
}

static GInputStream *
cancel_at_end_stream_new (GBytes       *bytes,
                          GCancellable *cancellable)
{
  CancelAtEndStream *self = g_object_new (cancel_at_end_stream_get_type (), NULL);

  g_memory_input_stream_add_bytes (G_MEMORY_INPUT_STREAM (self), bytes);
  self->cancel_at_end = cancellable;
  return G_INPUT_STREAM (self);
}

/* Cancelled once the stream was read: the decoder stops, sync or async. */
static void
test_async_cancel_after_reading (void)
{
  g_autoptr(GBytes) bytes = make_big_document (1000);
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(GInputStream) stream = cancel_at_end_stream_new (bytes, cancellable);
    g_autoptr(AictDataset) dataset = NULL;

    dataset = aict_dataset_new_from_stream_full (stream, NULL, cancellable, &error);
    g_assert_true (g_cancellable_is_cancelled (cancellable));
    g_assert_null (dataset);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
  }
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(GInputStream) stream = cancel_at_end_stream_new (bytes, cancellable);
    Waiter w;

    waiter_init (&w);
    aict_dataset_new_from_stream_async (stream, cancellable, on_stream_loaded, &w);
    waiter_run (&w);
    g_assert_null (w.dataset);
    g_assert_error (w.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    waiter_clear (&w);
  }
  /* Without the cancellation, the same stream loads. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(GCancellable) other = g_cancellable_new ();
    g_autoptr(GInputStream) stream = cancel_at_end_stream_new (bytes, other);
    g_autoptr(AictDataset) dataset = NULL;

    dataset = aict_dataset_new_from_stream_full (stream, NULL, cancellable, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_actors (dataset)), ==, 1000);
  }
}

static void
test_async_progress (void)
{
  g_autoptr(GBytes) bytes = make_big_document (300000);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("aict-async-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *copy = NULL;
  g_autoptr(AictLoadOptions) options = big_options ();
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) encoded = NULL;
  gint64 *pairs;
  guint n;
  Waiter w;

  g_assert_no_error (error);
  path = g_build_filename (dir, "big.json", NULL);
  copy = g_build_filename (dir, "copy.json", NULL);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  waiter_init (&w);
  aict_dataset_new_from_file_full_async (path, options, G_PRIORITY_DEFAULT, NULL,
                                         on_progress, &w, on_progress_notify,
                                         on_file_loaded, &w);
  waiter_run (&w);
  g_assert_no_error (w.error);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_actors (w.dataset)), ==, 300000);

  /* Called at least at the start and the end, growing, in our context,
   * never after the callback, and the notify came before it. */
  pairs = (gint64 *) (gpointer) w.progress->data;
  n = w.progress->len / 2;
  g_assert_cmpuint (n, >=, 2);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (pairs[2 * i + 1], ==, (gint64) g_bytes_get_size (bytes));
      if (i > 0)
        g_assert_cmpint (pairs[2 * i], >, pairs[2 * i - 2]);
    }
  g_assert_cmpint (pairs[2 * (n - 1)], ==, pairs[2 * (n - 1) + 1]);
  g_assert_true (w.notified_before_done);
  g_assert_false (w.progress_after_done);

  /* Saving reports the bytes written, the same way. */
  {
    AictDataset *dataset = g_steal_pointer (&w.dataset);
    Waiter s;

    encoded = aict_dataset_to_bytes (dataset, &error);
    g_assert_no_error (error);
    waiter_init (&s);
    aict_dataset_save_to_file_full_async (dataset, copy, G_PRIORITY_DEFAULT, NULL,
                                          on_progress, &s, on_progress_notify, on_saved, &s);
    /* What is saved is the dataset as it was at the call. */
    aict_dataset_set_title (dataset, "changed after the call");
    waiter_run (&s);
    g_assert_no_error (s.error);
    g_assert_true (s.saved);
    pairs = (gint64 *) (gpointer) s.progress->data;
    n = s.progress->len / 2;
    g_assert_cmpuint (n, >=, 1);
    for (guint i = 1; i < n; i++)
      g_assert_cmpint (pairs[2 * i], >, pairs[2 * i - 2]);
    g_assert_cmpint (pairs[2 * (n - 1)], ==, (gint64) g_bytes_get_size (encoded));
    g_assert_true (s.notified_before_done);
    waiter_clear (&s);
    g_object_unref (dataset);
  }
  {
    char *contents = NULL;
    gsize length;

    g_file_get_contents (copy, &contents, &length, &error);
    g_assert_no_error (error);
    saved = g_bytes_new_take (contents, length);
    g_assert_true (g_bytes_equal (saved, encoded));
  }

  waiter_clear (&w);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_unlink (copy), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_async_two_loads (void)
{
  g_autoptr(GBytes) big = make_big_document (50000);
  g_autoptr(GBytes) small = make_big_document (7);
  g_autoptr(GInputStream) s1 = g_memory_input_stream_new_from_bytes (big);
  g_autoptr(GInputStream) s2 = g_memory_input_stream_new_from_bytes (small);
  g_autoptr(AictLoadOptions) options = big_options ();
  Waiter w1, w2;

  waiter_init (&w1);
  waiter_init (&w2);
  aict_dataset_new_from_stream_full_async (s1, options, G_PRIORITY_DEFAULT, NULL,
                                           NULL, NULL, NULL, on_stream_loaded, &w1);
  aict_dataset_new_from_stream_async (s2, NULL, on_stream_loaded, &w2);
  waiter_run (&w1);
  waiter_run (&w2);
  g_assert_no_error (w1.error);
  g_assert_no_error (w2.error);
  g_assert_true (w1.dataset != w2.dataset);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_actors (w1.dataset)), ==, 50000);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_actors (w2.dataset)), ==, 7);
  g_assert_nonnull (aict_dataset_lookup_actor (w1.dataset, "a49999"));
  g_assert_null (aict_dataset_lookup_actor (w2.dataset, "a49999"));
  waiter_clear (&w1);
  waiter_clear (&w2);
}

/* The callback runs in the context that was thread-default when the
 * operation started, even when another thread's loop is the default. */
static void
test_async_thread_default_context (void)
{
  g_autofree char *path = valid_fixture ("worked-example.json");
  GMainContext *context = g_main_context_new ();
  Waiter w;

  g_main_context_push_thread_default (context);
  waiter_init (&w);
  g_assert_true (w.context == context);
  aict_dataset_new_from_file_full_async (path, NULL, G_PRIORITY_DEFAULT, NULL,
                                         on_progress, &w, on_progress_notify,
                                         on_file_loaded, &w);
  waiter_run (&w);
  g_assert_no_error (w.error);
  g_assert_true (w.notified);
  waiter_clear (&w);
  g_main_context_pop_thread_default (context);
  g_main_context_unref (context);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/async/load-file", test_async_load_file);
  g_test_add_func ("/async/load-stream", test_async_load_stream);
  g_test_add_func ("/async/already-cancelled", test_async_already_cancelled);
  g_test_add_func ("/async/cancel-mid-load", test_async_cancel_mid_load);
  g_test_add_func ("/async/cancel-after-reading", test_async_cancel_after_reading);
  g_test_add_func ("/async/progress", test_async_progress);
  g_test_add_func ("/async/two-loads", test_async_two_loads);
  g_test_add_func ("/async/thread-default-context", test_async_thread_default_context);

  return g_test_run ();
}
