/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include <aict/aict-error.h>
#include "aict-file-private.h"

/* Every test gets a fresh directory, removed afterwards.  The helpers
 * (file contents, temporary count, fault plans) are meant to be shared with
 * a future fork + SIGKILL test: a child saves with a hook that raise()s
 * SIGKILL at a chosen step, the parent waitpid()s, then checks
 * assert_old_or_new() and, after the next save, count_temps() == 0. */
typedef struct
{
  char *dir;
} Fixture;

static void
remove_tree (const char *path)
{
  struct stat st;

  if (lstat (path, &st) < 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      GDir *dir;
      const char *name;

      chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      if (dir != NULL)
        {
          while ((name = g_dir_read_name (dir)) != NULL)
            {
              g_autofree char *child = g_build_filename (path, name, NULL);

              remove_tree (child);
            }
          g_dir_close (dir);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  (void) data;
  fixture->dir = g_dir_make_tmp ("aict-test-file-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  (void) data;
  aict_file_set_fault_hook (NULL, NULL);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

#define TEST(path, func) \
  g_test_add ("/aict/file/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

static char *
fixture_path (Fixture    *fixture,
              const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* Plain open/write/close: g_file_set_contents() would need a temporary
 * name longer than a NAME_MAX target name. */
static void
write_file (const char *path,
            const char *data,
            gssize      len)
{
  gsize done = 0, total = len < 0 ? strlen (data) : (gsize) len;
  int fd = open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);

  g_assert_cmpint (fd, >=, 0);
  while (done < total)
    {
      gssize n = write (fd, data + done, total - done);

      g_assert_cmpint (n, >, 0);
      done += n;
    }
  g_assert_cmpint (close (fd), ==, 0);
}

static void
assert_file_contents (const char *path,
                      const char *expected,
                      gsize       expected_len)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, len, expected, expected_len);
}

#define OLD_DATA "{\n  \"format\": \"aict/1\",\n  \"old\": true\n}\n"
#define NEW_DATA "{\n  \"format\": \"aict/1\",\n  \"new\": true\n}\n"

/* After a crash or a failure, the target holds exactly the old or the new
 * bytes.  Returns TRUE for the new ones. */
G_GNUC_UNUSED static gboolean
assert_old_or_new (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  if (len == strlen (NEW_DATA) && memcmp (contents, NEW_DATA, len) == 0)
    return TRUE;
  g_assert_cmpmem (contents, len, OLD_DATA, strlen (OLD_DATA));
  return FALSE;
}

static gboolean
is_temp_name (const char *name)
{
  return name[0] == '.' && strstr (name, ".aict-tmp-") != NULL;
}

/* Temporaries of the saver left in @dir (names ".*.aict-tmp-*"). */
static guint
count_temps (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (is_temp_name (name))
      n++;

  return n;
}

static void
assert_error_message_utf8 (const GError *error,
                           const char   *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_assert_nonnull (error);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, display));
  g_assert_true (g_str_has_prefix (error->message + strlen (display), ": "));
}

/* Reading. */

static GBytes *
read_expecting (const char *path,
                gsize       max_size,
                GQuark      domain,
                int         code,
                const char *message_suffix)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = aict_file_read_bounded (path, max_size, &error);

  if (domain == 0)
    {
      g_assert_no_error (error);
      g_assert_nonnull (bytes);
      return bytes;
    }

  g_assert_error (error, domain, code);
  g_assert_null (bytes);
  assert_error_message_utf8 (error, path);
  if (message_suffix != NULL)
    {
      g_autofree char *display = g_filename_display_name (path);
      g_autofree char *expected = g_strconcat (display, ": ", message_suffix, NULL);

      g_assert_cmpstr (error->message, ==, expected);
    }
  return NULL;
}

static void
test_read_normal (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "data.json");
  g_autoptr(GBytes) bytes = NULL;

  (void) data;
  write_file (path, OLD_DATA, -1);
  bytes = read_expecting (path, 1024, 0, 0, NULL);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   OLD_DATA, strlen (OLD_DATA));
}

static void
test_read_limit (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "data.json");
  g_autofree char *contents = g_strnfill (1000, 'x');
  g_autoptr(GBytes) under = NULL;
  g_autoptr(GBytes) exact = NULL;

  (void) data;
  write_file (path, contents, 1000);

  /* size = max − 1, size = max: accepted; size = max + 1: rejected. */
  under = read_expecting (path, 1001, 0, 0, NULL);
  g_assert_cmpuint (g_bytes_get_size (under), ==, 1000);
  exact = read_expecting (path, 1000, 0, 0, NULL);
  g_assert_cmpuint (g_bytes_get_size (exact), ==, 1000);
  read_expecting (path, 999, AICT_ERROR, AICT_ERROR_LIMIT,
                  "file is 1000 bytes, more than the limit of 999 bytes"
                  "; raise the limit with aict_load_options_set_max_file_size() or aict --max-file-size");
  read_expecting (path, 0, AICT_ERROR, AICT_ERROR_LIMIT,
                  "file is 1000 bytes, more than the limit of 0 bytes"
                  "; raise the limit with aict_load_options_set_max_file_size() or aict --max-file-size");
}

static void
test_read_empty (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "empty.json");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) bytes0 = NULL;

  (void) data;
  write_file (path, "", 0);
  bytes = read_expecting (path, 1024, 0, 0, NULL);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 0);
  bytes0 = read_expecting (path, 0, 0, 0, NULL);
  g_assert_cmpuint (g_bytes_get_size (bytes0), ==, 0);
}

static void
test_read_missing (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "missing.json");
  g_autofree char *expected = g_strdup_printf ("cannot open: %s", g_strerror (ENOENT));

  (void) data;
  read_expecting (path, 1024, AICT_ERROR, AICT_ERROR_IO, expected);
}

static void
test_read_directory (Fixture       *fixture,
                     gconstpointer  data)
{
  (void) data;
  read_expecting (fixture->dir, 1024, AICT_ERROR, AICT_ERROR_IO, "is a directory");
}

static void
test_read_dev_zero (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GTimer) timer = g_timer_new ();

  (void) fixture;
  (void) data;
  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/zero");
      return;
    }
  read_expecting ("/dev/zero", G_MAXSIZE, AICT_ERROR, AICT_ERROR_IO,
                  "is not a regular file (a character device)");
  read_expecting ("/dev/null", 1024, AICT_ERROR, AICT_ERROR_IO,
                  "is not a regular file (a character device)");
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 1.0);
}

/* Runs in a subprocess with a timeout, so a read that blocks on the FIFO
 * fails the test instead of hanging it. */
static void
test_read_fifo (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "fifo.json");

  (void) data;
  if (g_test_subprocess ())
    {
      g_autoptr(GTimer) timer = g_timer_new ();

      g_assert_cmpint (mkfifo (path, 0600), ==, 0);
      read_expecting (path, 1024, AICT_ERROR, AICT_ERROR_IO,
                      "is not a regular file (a FIFO)");
      g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 1.0);
      return;
    }

  g_test_trap_subprocess (NULL, 5 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_read_socket (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "socket.json");
  struct sockaddr_un addr = { .sun_family = AF_UNIX };
  int fd;

  (void) data;
  if (strlen (path) >= sizeof addr.sun_path)
    {
      g_test_skip ("temporary directory path too long for a socket address");
      return;
    }
  strcpy (addr.sun_path, path);
  fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (bind (fd, (struct sockaddr *) &addr, sizeof addr), ==, 0);

  read_expecting (path, 1024, AICT_ERROR, AICT_ERROR_IO, "is not a regular file (a socket)");
  close (fd);
}

static void
test_read_symlink_to_directory (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "link.json");

  (void) data;
  g_assert_cmpint (symlink (fixture->dir, path), ==, 0);
  read_expecting (path, 1024, AICT_ERROR, AICT_ERROR_IO, "is a directory");
}

static void
test_read_symlink_to_file (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *target = fixture_path (fixture, "target.json");
  g_autofree char *path = fixture_path (fixture, "link.json");
  g_autoptr(GBytes) bytes = NULL;

  (void) data;
  write_file (target, OLD_DATA, -1);
  g_assert_cmpint (symlink ("target.json", path), ==, 0);
  bytes = read_expecting (path, 1024, 0, 0, NULL);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, strlen (OLD_DATA));
}

static void
test_read_unreadable (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "secret.json");
  g_autofree char *expected = g_strdup_printf ("cannot open: %s", g_strerror (EACCES));

  (void) data;
  write_file (path, OLD_DATA, -1);
  g_assert_cmpint (chmod (path, 0), ==, 0);

  if (access (path, R_OK) == 0)
    {
      /* root (or CAP_DAC_OVERRIDE) reads mode-000 files; there is no
       * unprivileged way here to make open() fail with EACCES. */
      g_test_skip (geteuid () == 0
                   ? "running as root: chmod 000 does not deny reading"
                   : "chmod 000 does not deny reading here (CAP_DAC_OVERRIDE?)");
      return;
    }

  read_expecting (path, 1024, AICT_ERROR, AICT_ERROR_IO, expected);
}

static void
test_read_non_utf8_name (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "\xff\xfe.json");
  g_autofree char *contents = g_strnfill (100, 'x');
  g_autofree char *expected = g_strdup_printf ("cannot open: %s", g_strerror (ENOENT));
  g_autoptr(GBytes) bytes = NULL;

  (void) data;
  g_assert_false (g_utf8_validate (path, -1, NULL));

  read_expecting (path, 1024, AICT_ERROR, AICT_ERROR_IO, expected);

  write_file (path, contents, 100);
  read_expecting (path, 10, AICT_ERROR, AICT_ERROR_LIMIT,
                  "file is 100 bytes, more than the limit of 10 bytes"
                  "; raise the limit with aict_load_options_set_max_file_size() or aict --max-file-size");
  bytes = read_expecting (path, 100, 0, 0, NULL);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 100);

  g_unlink (path);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  read_expecting (path, 10, AICT_ERROR, AICT_ERROR_IO, "is a directory");
}

/* Streams. */

static void
test_stream_limit (void)
{
  g_autofree char *contents = g_strnfill (100, 'y');
  static const struct
  {
    gsize max;
    gboolean ok;
  } cases[] = {
    { 101, TRUE }, { 100, TRUE }, { 99, FALSE }, { 0, FALSE }, { G_MAXSIZE, TRUE },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GInputStream) stream =
        g_memory_input_stream_new_from_data (contents, 100, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes =
        aict_stream_read_bounded (stream, cases[i].max, "stream.json", NULL, &error);

      if (cases[i].ok)
        {
          g_assert_no_error (error);
          g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                           contents, 100);
        }
      else
        {
          g_autofree char *expected =
            g_strdup_printf ("stream.json: more than the limit of %" G_GSIZE_FORMAT " bytes"
                             "; raise the limit with aict_load_options_set_max_file_size() or aict --max-file-size",
                             cases[i].max);

          g_assert_error (error, AICT_ERROR, AICT_ERROR_LIMIT);
          g_assert_cmpstr (error->message, ==, expected);
          g_assert_null (bytes);
        }
    }
}

static void
test_stream_empty (void)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = aict_stream_read_bounded (stream, 0, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 0);
}

/* Several 64 KiB chunks, and no more than max_size + 1 bytes consumed when
 * the stream is too long. */
static void
test_stream_large (void)
{
  const gsize size = 3 * 64 * 1024 + 17;
  g_autofree char *contents = g_strnfill (size, 'z');
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GBytes) bytes = NULL;

  stream = g_memory_input_stream_new_from_data (contents, size, NULL);
  bytes = aict_stream_read_bounded (stream, size, "big", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), contents, size);
  g_clear_object (&stream);

  stream = g_memory_input_stream_new_from_data (contents, size, NULL);
  g_assert_null (aict_stream_read_bounded (stream, 100000, "big", NULL, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_LIMIT);
  g_assert_cmpint (g_seekable_tell (G_SEEKABLE (stream)), ==, 100001);
}

static void
test_stream_error (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data ("abc", 3, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  (void) data;
  g_input_stream_close (stream, NULL, NULL);
  g_assert_null (aict_stream_read_bounded (stream, 100, "closed.json", NULL, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "closed.json: cannot read: "));
  g_clear_error (&error);
  g_clear_object (&stream);

  /* Cancellation is GIO's own error, G_IO_ERROR_CANCELLED, as documented:
   * a local file stream checks, and so does the reader for the streams
   * that do not (a GMemoryInputStream). */
  {
    g_autofree char *path = fixture_path (fixture, "cancelled.json");
    g_autoptr(GFile) file = g_file_new_for_path (path);

    write_file (path, OLD_DATA, -1);
    stream = G_INPUT_STREAM (g_file_read (file, NULL, &error));
    g_assert_no_error (error);
  }
  g_cancellable_cancel (cancellable);
  g_assert_null (aict_stream_read_bounded (stream, 100, "cancelled.json", cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_clear_object (&stream);

  stream = g_memory_input_stream_new_from_data ("abc", 3, NULL);
  g_assert_null (aict_stream_read_bounded (stream, 100, "memory", cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Saving. */

typedef struct
{
  const char *step;     /* fail this step (NULL: any step) */
  int errsv;            /* with this errno */
  guint skip;           /* after letting this many matching calls through */
  gboolean forever;     /* keep failing after the first failure */
  guint calls;          /* matching calls seen */
  guint failures;       /* failures injected */
  GString *log;         /* every step, space-separated */
  char *dir;            /* if set: record the temporary names seen */
  GPtrArray *temps;
} FaultPlan;

static int
fault_plan_hook (const char *step,
                 gpointer    user_data)
{
  FaultPlan *plan = user_data;

  if (plan->log != NULL)
    g_string_append_printf (plan->log, "%s%s", plan->log->len ? " " : "", step);

  if (plan->dir != NULL && plan->temps != NULL)
    {
      g_autoptr(GDir) dir = g_dir_open (plan->dir, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        if (is_temp_name (name))
          g_ptr_array_add (plan->temps, g_strdup (name));
    }

  if (plan->step != NULL && strcmp (plan->step, step) != 0)
    return 0;
  if (plan->calls++ < plan->skip)
    return 0;
  if (plan->failures > 0 && !plan->forever)
    return 0;
  plan->failures++;
  return plan->errsv;
}

static void
test_save_new (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "new.json");
  g_autoptr(GError) error = NULL;
  struct stat st;
  mode_t old_umask;
  gboolean ok;

  (void) data;
  old_umask = umask (027);
  ok = aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error);
  umask (old_umask);
  g_assert_no_error (error);
  g_assert_true (ok);

  assert_file_contents (path, NEW_DATA, strlen (NEW_DATA));
  g_assert_cmpint (lstat (path, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);   /* 0666 & ~027 */
  g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
}

static void
test_save_replace (Fixture       *fixture,
                   gconstpointer  data)
{
  static const mode_t modes[] = { 0600, 0604, 0640, 0444 };
  g_autofree char *path = fixture_path (fixture, "data.json");
  guint i;

  (void) data;
  for (i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autoptr(GError) error = NULL;
      struct stat before, after;
      mode_t old_umask;
      gboolean ok;

      g_unlink (path);
      write_file (path, OLD_DATA, -1);
      g_assert_cmpint (chmod (path, modes[i]), ==, 0);
      g_assert_cmpint (stat (path, &before), ==, 0);

      old_umask = umask (077);   /* must not affect a replaced file */
      ok = aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error);
      umask (old_umask);
      g_assert_no_error (error);
      g_assert_true (ok);

      assert_file_contents (path, NEW_DATA, strlen (NEW_DATA));
      g_assert_cmpint (stat (path, &after), ==, 0);
      g_assert_cmpint (after.st_mode & 07777, ==, modes[i]);
      g_assert_cmpuint (after.st_ino, !=, before.st_ino);   /* a new file, renamed */
      g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
    }
}

/* A monitored save: progress up to the length, then the rename; cancelled
 * at any point before the rename, the old file stays and no temporary. */
typedef struct
{
  GCancellable *cancellable;
  guint64 cancel_at;       /* cancel when this many bytes are written */
  GArray *seen;
} SaveMonitor;

static void
save_progress (guint64   current,
               guint64   total,
               gpointer  user_data)
{
  SaveMonitor *m = user_data;

  g_array_append_val (m->seen, current);
  if (current >= m->cancel_at)
    g_cancellable_cancel (m->cancellable);
}

static void
test_save_cancel (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "data.json");
  gsize len = 1024 * 1024 + 17;     /* five pieces of 256 KiB */
  g_autofree char *big = g_malloc (len);
  const guint64 points[] = { 0, 256 * 1024, 1024 * 1024, len };

  (void) data;
  memset (big, 'x', len);

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      SaveMonitor m = { cancellable, points[i], g_array_new (FALSE, FALSE, sizeof (guint64)) };

      g_unlink (path);
      write_file (path, OLD_DATA, -1);
      g_assert_false (aict_file_save_atomic_full (path, big, len, cancellable,
                                                  save_progress, &m, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      assert_file_contents (path, OLD_DATA, strlen (OLD_DATA));
      g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
      g_assert_cmpuint (g_array_index (m.seen, guint64, m.seen->len - 1), ==, points[i]);
      g_array_unref (m.seen);
    }

  /* Not cancelled: every piece is reported, then the whole length. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    SaveMonitor m = { cancellable, G_MAXUINT64, g_array_new (FALSE, FALSE, sizeof (guint64)) };

    g_assert_true (aict_file_save_atomic_full (path, big, len, cancellable,
                                               save_progress, &m, &error));
    g_assert_no_error (error);
    assert_file_contents (path, big, len);
    g_assert_cmpuint (m.seen->len, ==, 6);
    for (guint i = 0; i < 5; i++)
      g_assert_cmpuint (g_array_index (m.seen, guint64, i), ==, i * 256 * 1024);
    g_assert_cmpuint (g_array_index (m.seen, guint64, 5), ==, len);
    g_array_unref (m.seen);
  }

  /* Already cancelled: nothing is even opened. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autofree char *fresh = fixture_path (fixture, "fresh.json");

    g_cancellable_cancel (cancellable);
    g_assert_false (aict_file_save_atomic_full (fresh, big, len, cancellable, NULL, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  }
}

static void
test_save_empty (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "empty.json");
  g_autoptr(GError) error = NULL;

  (void) data;
  write_file (path, OLD_DATA, -1);
  g_assert_true (aict_file_save_atomic (path, NULL, 0, &error));
  g_assert_no_error (error);
  assert_file_contents (path, "", 0);
  g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
}

static void
test_save_steps (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "steps.json");
  g_autoptr(GError) error = NULL;
  FaultPlan plan = { .log = g_string_new (NULL) };

  (void) data;
  aict_file_set_fault_hook (fault_plan_hook, &plan);
  g_assert_true (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (plan.log->str, ==, "open write fsync close rename fsync-dir");
  g_string_free (plan.log, TRUE);
}

/* The link itself is replaced by a regular file; the file it pointed to is
 * left alone.  The new file takes the mode of the old target. */
static void
test_save_symlink (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *target = fixture_path (fixture, "target.json");
  g_autofree char *path = fixture_path (fixture, "link.json");
  g_autoptr(GError) error = NULL;
  struct stat st;

  (void) data;
  write_file (target, OLD_DATA, -1);
  g_assert_cmpint (chmod (target, 0640), ==, 0);
  g_assert_cmpint (symlink ("target.json", path), ==, 0);

  g_assert_true (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  g_assert_no_error (error);

  g_assert_cmpint (lstat (path, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  assert_file_contents (path, NEW_DATA, strlen (NEW_DATA));
  assert_file_contents (target, OLD_DATA, strlen (OLD_DATA));
  g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
}

static void
test_save_dangling_symlink (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "link.json");
  g_autoptr(GError) error = NULL;
  struct stat st;

  (void) data;
  g_assert_cmpint (symlink ("nowhere.json", path), ==, 0);
  g_assert_true (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  g_assert_no_error (error);
  g_assert_cmpint (lstat (path, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  assert_file_contents (path, NEW_DATA, strlen (NEW_DATA));
}

static void
test_save_directory_target (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "sub");
  g_autofree char *slash = g_strconcat (path, "/", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  (void) data;
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);

  g_assert_false (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
  expected = g_strdup_printf ("%s: cannot replace the file: %s", path, g_strerror (EISDIR));
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  g_assert_false (aict_file_save_atomic (slash, NEW_DATA, strlen (NEW_DATA), &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
  g_clear_error (&error);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
  g_assert_cmpuint (count_temps (path), ==, 0);
}

static void
test_save_missing_directory (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "no/such/dir.json");
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  (void) data;
  g_assert_false (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
  expected = g_strdup_printf ("%s: cannot open the directory: %s", path, g_strerror (ENOENT));
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_save_read_only_directory (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *sub = fixture_path (fixture, "ro");
  g_autofree char *path = g_build_filename (sub, "data.json", NULL);
  g_autofree char *probe = g_build_filename (sub, "probe", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  int fd;

  (void) data;
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  write_file (path, OLD_DATA, -1);
  g_assert_cmpint (chmod (sub, 0555), ==, 0);

  fd = open (probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0)
    {
      /* root (CAP_DAC_OVERRIDE) writes into 0555 directories; the same
       * failure is covered through the fault hook (save/fault/open-eacces). */
      close (fd);
      g_unlink (probe);
      g_test_skip (geteuid () == 0
                   ? "running as root: a 0555 directory is still writable"
                   : "a 0555 directory is still writable here");
      return;
    }

  g_assert_false (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
  expected = g_strdup_printf ("%s: cannot create a temporary file: %s", path, g_strerror (EACCES));
  g_assert_cmpstr (error->message, ==, expected);
  assert_file_contents (path, OLD_DATA, strlen (OLD_DATA));
  g_assert_cmpuint (count_temps (sub), ==, 0);
}

typedef struct
{
  const char *name;
  const char *step;
  int errsv;
  const char *what;   /* the message after "DISPLAY: cannot " */
} FaultCase;

static const FaultCase fault_cases[] = {
  { "open-eacces", "open", EACCES, "create a temporary file" },
  { "open-erofs", "open", EROFS, "create a temporary file" },
  { "write-enospc", "write", ENOSPC, "write" },
  { "write-eio", "write", EIO, "write" },
  { "fsync-eio", "fsync", EIO, "flush to disk" },
  { "close-eio", "close", EIO, "close the temporary file" },
  { "rename-eacces", "rename", EACCES, "replace the file" },
  { "rename-exdev", "rename", EXDEV, "replace the file" },
  { "rename-erofs", "rename", EROFS, "replace the file" },
};

/* Each failing step leaves the old file byte-identical, no temporary, and
 * an error naming the file, the step and the errno. */
static void
test_save_fault (Fixture       *fixture,
                 gconstpointer  data)
{
  const FaultCase *fc = data;
  g_autofree char *path = fixture_path (fixture, "data.json");
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  FaultPlan plan = { .step = fc->step, .errsv = fc->errsv, .forever = TRUE };
  struct stat before, after;

  write_file (path, OLD_DATA, -1);
  g_assert_cmpint (stat (path, &before), ==, 0);

  aict_file_set_fault_hook (fault_plan_hook, &plan);
  g_assert_false (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  aict_file_set_fault_hook (NULL, NULL);

  g_assert_cmpuint (plan.failures, >=, 1);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
  expected = g_strdup_printf ("%s: cannot %s: %s", path, fc->what, g_strerror (fc->errsv));
  g_assert_cmpstr (error->message, ==, expected);

  assert_file_contents (path, OLD_DATA, strlen (OLD_DATA));
  g_assert_cmpint (stat (path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);
  g_assert_cmpuint (count_temps (fixture->dir), ==, 0);

  /* The next save, without faults, works. */
  g_clear_error (&error);
  g_assert_true (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  g_assert_no_error (error);
  assert_file_contents (path, NEW_DATA, strlen (NEW_DATA));
}

/* A failure to fsync the directory comes after the rename: the new bytes
 * are in place, but their durability is not known.  The save reports
 * FALSE (so the caller keeps its changes marked unsaved), says so in the
 * message, and leaves no temporary. */
static void
test_save_fault_fsync_dir (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "data.json");
  g_autoptr(GError) error = NULL;
  FaultPlan plan = { .step = "fsync-dir", .errsv = EIO };

  (void) data;
  write_file (path, OLD_DATA, -1);
  aict_file_set_fault_hook (fault_plan_hook, &plan);
  g_assert_false (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  aict_file_set_fault_hook (NULL, NULL);

  g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
  assert_error_message_utf8 (error, path);
  g_assert_nonnull (strstr (error->message, "cannot flush the directory to disk"));
  g_assert_nonnull (strstr (error->message, g_strerror (EIO)));
  assert_file_contents (path, NEW_DATA, strlen (NEW_DATA));
  g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
}

/* File systems that cannot fsync() a directory answer EINVAL: ignored. */
static void
test_save_fault_fsync_dir_einval (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "data.json");
  g_autoptr(GError) error = NULL;
  FaultPlan plan = { .step = "fsync-dir", .errsv = EINVAL };

  (void) data;
  write_file (path, OLD_DATA, -1);
  aict_file_set_fault_hook (fault_plan_hook, &plan);
  g_assert_true (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (plan.failures, ==, 1);
  assert_file_contents (path, NEW_DATA, strlen (NEW_DATA));
}

/* EINTR on write() is retried, not reported. */
static void
test_save_fault_write_eintr (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "data.json");
  g_autoptr(GError) error = NULL;
  FaultPlan plan = { .step = "write", .errsv = EINTR };

  (void) data;
  write_file (path, OLD_DATA, -1);
  aict_file_set_fault_hook (fault_plan_hook, &plan);
  g_assert_true (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (plan.failures, ==, 1);
  assert_file_contents (path, NEW_DATA, strlen (NEW_DATA));
}

/* doc/reliability.md §B5.18: fail the N-th step, N = 1, 2, … until the save
 * succeeds, once and forever.  Before the rename the old file stays; a
 * failure at fsync-dir leaves the new one; never a temporary. */
static void
test_save_fault_loop (Fixture       *fixture,
                      gconstpointer  data)
{
  static const int errnos[] = { EIO, ENOSPC, EACCES, EROFS };
  g_autofree char *path = fixture_path (fixture, "data.json");
  guint e, forever;

  (void) data;
  for (forever = 0; forever < 2; forever++)
    for (e = 0; e < G_N_ELEMENTS (errnos); e++)
      {
        guint n;

        for (n = 0; ; n++)
          {
            g_autoptr(GError) error = NULL;
            FaultPlan plan = { .errsv = errnos[e], .skip = n, .forever = forever,
                               .log = g_string_new (NULL) };
            gboolean ok;

            g_assert_cmpuint (n, <, 100);
            write_file (path, OLD_DATA, -1);
            aict_file_set_fault_hook (fault_plan_hook, &plan);
            ok = aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error);
            aict_file_set_fault_hook (NULL, NULL);

            g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
            if (ok)
              {
                g_assert_no_error (error);
                g_assert_cmpuint (plan.failures, ==, 0);
                assert_file_contents (path, NEW_DATA, strlen (NEW_DATA));
                g_string_free (plan.log, TRUE);
                break;
              }

            g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
            assert_error_message_utf8 (error, path);
            if (g_str_has_suffix (plan.log->str, "fsync-dir"))
              assert_file_contents (path, NEW_DATA, strlen (NEW_DATA));
            else
              assert_file_contents (path, OLD_DATA, strlen (OLD_DATA));
            g_string_free (plan.log, TRUE);
          }
        g_assert_cmpuint (n, ==, 6);   /* open write fsync close rename fsync-dir */
      }
}

/* A PID that no process has: checked with kill(pid, 0). */
static pid_t
find_dead_pid (void)
{
  pid_t pid;

  for (pid = 999999; pid < 999999 + 1000; pid++)
    if (kill (pid, 0) < 0 && errno == ESRCH)
      return pid;

  g_assert_not_reached ();
}

static void
touch (const char *dir,
       const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  write_file (path, "stale", -1);
}

static gboolean
exists_in (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK);
}

static void
test_save_stale_temps (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "x.json");
  g_autoptr(GError) error = NULL;
  pid_t dead = find_dead_pid ();
  pid_t live = getppid () > 1 ? getppid () : 1;
  g_autofree char *dead_temp = g_strdup_printf (".x.json.aict-tmp-%ld-abcdef", (long) dead);
  g_autofree char *own_temp = g_strdup_printf (".x.json.aict-tmp-%ld-Zz0123", (long) getpid ());
  g_autofree char *live_temp = g_strdup_printf (".x.json.aict-tmp-%ld-abcdef", (long) live);
  g_autofree char *dead_dir = g_strdup_printf (".x.json.aict-tmp-%ld-abcdeg", (long) dead);
  g_autofree char *dead_dir_path = g_build_filename (fixture->dir, dead_dir, NULL);
  /* Names that must never be touched: not exactly our pattern, or not
   * the temporaries of x.json. */
  const char *const keep_patterns[] = {
    ".x.json.aict-tmp-PID-abcde",
    ".x.json.aict-tmp-PID-abcdefg",
    ".x.json.aict-tmp-0PID-abcdef",
    ".x.json.aict-tmp-PID-abc_ef",
    ".x.json.aict-tmp-PID",
    ".x.json.aict-tmp--PID-abcdef",
    ".x.json.aict-tmp-PID0000000000-abcdef",
    ".y.json.aict-tmp-PID-abcdef",
    ".xx.json.aict-tmp-PID-abcdef",
    "x.json.aict-tmp-PID-abcdef",
    ".x.json.aict-tmp-PID-abcdef~",
  };
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  guint i;

  (void) data;
  /* Sanity of the premise. */
  g_assert_cmpint (kill (live, 0) == 0 || errno == EPERM, ==, TRUE);
  g_assert_cmpint (kill (dead, 0), ==, -1);

  write_file (path, OLD_DATA, -1);
  touch (fixture->dir, dead_temp);
  touch (fixture->dir, own_temp);
  touch (fixture->dir, live_temp);
  g_assert_cmpint (g_mkdir (dead_dir_path, 0700), ==, 0);
  for (i = 0; i < G_N_ELEMENTS (keep_patterns); i++)
    {
      g_autofree char *pid = g_strdup_printf ("%ld", (long) dead);
      GString *name = g_string_new (keep_patterns[i]);

      g_string_replace (name, "PID", pid, 0);
      touch (fixture->dir, name->str);
      g_ptr_array_add (keep, g_string_free (name, FALSE));
    }
  g_assert_cmpint (kill (dead, 0), ==, -1);

  g_assert_true (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  g_assert_no_error (error);
  assert_file_contents (path, NEW_DATA, strlen (NEW_DATA));

  g_assert_false (exists_in (fixture->dir, dead_temp));    /* dead PID: removed */
  g_assert_false (exists_in (fixture->dir, own_temp));     /* our PID, not ours: removed */
  g_assert_true (exists_in (fixture->dir, live_temp));     /* live PID: kept */
  g_assert_true (exists_in (fixture->dir, dead_dir));      /* not a regular file: kept */
  for (i = 0; i < keep->len; i++)
    g_assert_true (exists_in (fixture->dir, g_ptr_array_index (keep, i)));
}

/* A stale temporary is removed even when the save then fails. */
static void
test_save_stale_temps_on_failure (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "x.json");
  g_autofree char *dead_temp = g_strdup_printf (".x.json.aict-tmp-%ld-abcdef",
                                                (long) find_dead_pid ());
  g_autoptr(GError) error = NULL;
  FaultPlan plan = { .step = "write", .errsv = ENOSPC };

  (void) data;
  write_file (path, OLD_DATA, -1);
  touch (fixture->dir, dead_temp);
  aict_file_set_fault_hook (fault_plan_hook, &plan);
  g_assert_false (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
  assert_file_contents (path, OLD_DATA, strlen (OLD_DATA));
  g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
}

/* A name of NAME_MAX bytes: the temporary shortens BASENAME, stays within
 * NAME_MAX, and stale temporaries of that name are still found. */
static void
test_save_long_name (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *base = g_strnfill (255, 'n');
  g_autofree char *path = fixture_path (fixture, base);
  g_autoptr(GError) error = NULL;
  g_autofree char *short_base = g_strndup (base, 255 - 1 - 10 - 10 - 1 - 6);
  g_autofree char *stale = g_strdup_printf (".%s.aict-tmp-%ld-abcdef",
                                            short_base, (long) find_dead_pid ());
  FaultPlan plan = { .dir = fixture->dir, .temps = g_ptr_array_new_with_free_func (g_free) };
  guint i;

  (void) data;
  g_assert_cmpuint (strlen (stale), <=, 255);
  write_file (path, OLD_DATA, -1);
  touch (fixture->dir, stale);

  aict_file_set_fault_hook (fault_plan_hook, &plan);
  g_assert_true (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  aict_file_set_fault_hook (NULL, NULL);
  g_assert_no_error (error);
  assert_file_contents (path, NEW_DATA, strlen (NEW_DATA));

  g_assert_cmpuint (plan.temps->len, >, 0);   /* seen at "write" … "rename" */
  for (i = 0; i < plan.temps->len; i++)
    {
      const char *name = g_ptr_array_index (plan.temps, i);

      g_assert_cmpuint (strlen (name), <=, 255);
      g_assert_true (g_str_has_prefix (name, "."));
      g_assert_true (g_str_has_prefix (name + 1, short_base));
    }
  g_assert_false (exists_in (fixture->dir, stale));
  g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
  g_ptr_array_unref (plan.temps);

  /* A name one byte too long is refused by the file system, cleanly. */
  {
    g_autofree char *too_long_base = g_strnfill (256, 'n');
    g_autofree char *too_long = fixture_path (fixture, too_long_base);

    g_clear_error (&error);
    g_assert_false (aict_file_save_atomic (too_long, NEW_DATA, strlen (NEW_DATA), &error));
    g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
    g_assert_nonnull (strstr (error->message, g_strerror (ENAMETOOLONG)));
    g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
  }
}

static void
test_save_non_utf8_name (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "\xff\xfe.json");
  g_autoptr(GError) error = NULL;
  FaultPlan plan = { .step = "write", .errsv = ENOSPC };

  (void) data;
  write_file (path, OLD_DATA, -1);
  aict_file_set_fault_hook (fault_plan_hook, &plan);
  g_assert_false (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  aict_file_set_fault_hook (NULL, NULL);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
  assert_error_message_utf8 (error, path);
  assert_file_contents (path, OLD_DATA, strlen (OLD_DATA));
  g_assert_cmpuint (count_temps (fixture->dir), ==, 0);

  g_clear_error (&error);
  g_assert_true (aict_file_save_atomic (path, NEW_DATA, strlen (NEW_DATA), &error));
  g_assert_no_error (error);
  assert_file_contents (path, NEW_DATA, strlen (NEW_DATA));
}

/* A relative path (dirname "."), as command-line tools pass them. */
static void
test_save_relative (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GError) error = NULL;

  (void) data;
  g_assert_cmpint (g_chdir (fixture->dir), ==, 0);
  write_file ("rel.json", OLD_DATA, -1);
  g_assert_true (aict_file_save_atomic ("rel.json", NEW_DATA, strlen (NEW_DATA), &error));
  g_assert_no_error (error);
  assert_file_contents ("rel.json", NEW_DATA, strlen (NEW_DATA));
  g_assert_cmpuint (count_temps ("."), ==, 0);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  guint i;

  g_test_init (&argc, &argv, NULL);

  TEST ("read/normal", test_read_normal);
  TEST ("read/limit", test_read_limit);
  TEST ("read/empty", test_read_empty);
  TEST ("read/missing", test_read_missing);
  TEST ("read/directory", test_read_directory);
  TEST ("read/dev-zero", test_read_dev_zero);
  TEST ("read/fifo", test_read_fifo);
  TEST ("read/socket", test_read_socket);
  TEST ("read/symlink-to-directory", test_read_symlink_to_directory);
  TEST ("read/symlink-to-file", test_read_symlink_to_file);
  TEST ("read/unreadable", test_read_unreadable);
  TEST ("read/non-utf8-name", test_read_non_utf8_name);

  g_test_add_func ("/aict/file/stream/limit", test_stream_limit);
  g_test_add_func ("/aict/file/stream/empty", test_stream_empty);
  g_test_add_func ("/aict/file/stream/large", test_stream_large);
  TEST ("stream/error", test_stream_error);

  TEST ("save/new", test_save_new);
  TEST ("save/replace", test_save_replace);
  TEST ("save/cancel", test_save_cancel);
  TEST ("save/empty", test_save_empty);
  TEST ("save/steps", test_save_steps);
  TEST ("save/symlink", test_save_symlink);
  TEST ("save/dangling-symlink", test_save_dangling_symlink);
  TEST ("save/directory-target", test_save_directory_target);
  TEST ("save/missing-directory", test_save_missing_directory);
  TEST ("save/read-only-directory", test_save_read_only_directory);
  for (i = 0; i < G_N_ELEMENTS (fault_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/aict/file/save/fault/%s", fault_cases[i].name);

      g_test_add (path, Fixture, &fault_cases[i], fixture_set_up, test_save_fault, fixture_tear_down);
    }
  TEST ("save/fault/fsync-dir-eio", test_save_fault_fsync_dir);
  TEST ("save/fault/fsync-dir-einval", test_save_fault_fsync_dir_einval);
  TEST ("save/fault/write-eintr", test_save_fault_write_eintr);
  TEST ("save/fault/loop", test_save_fault_loop);
  TEST ("save/stale-temps", test_save_stale_temps);
  TEST ("save/stale-temps-on-failure", test_save_stale_temps_on_failure);
  TEST ("save/long-name", test_save_long_name);
  TEST ("save/non-utf8-name", test_save_non_utf8_name);
  TEST ("save/relative", test_save_relative);

  return g_test_run ();
}
