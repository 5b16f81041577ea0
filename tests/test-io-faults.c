/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Failing writes and reads (doc/reliability.md §B5.18).
 *
 *   /aict/io-faults/loop/STEP: the SQLite method through the fault hook of
 *     aict-file-private.h.  For each step of the atomic save and each errno
 *     that step can return (ENOSPC, EIO, EACCES, EROFS), fail the N-th
 *     occurrence of the step, N = 1, 2, … until the save succeeds, in
 *     fail-once and fail-forever modes; loop/any-step fails the N-th step
 *     of any kind.  Each failure returns FALSE with AICT_ERROR_IO and a
 *     UTF-8 message "DISPLAY: cannot WHAT: STRERROR"; the old file stays
 *     byte-identical (same inode), no temporary remains, and the dataset
 *     still serialises to the same bytes.  A failure of fsync-dir comes
 *     after the rename: the new bytes are in place (documented), the rest
 *     holds.  Then the same hook stays installed for a retry: fail-once
 *     lets it succeed, fail-forever fails it again the same way.
 *   /aict/io-faults/read: the same for "read" in aict_file_read_bounded()
 *     (so for aict_dataset_new_from_file_full()).
 *   /aict/io-faults/eintr: EINTR at any step is retried or ignored, as the
 *     real system call's would be.
 *   The real thing, no hook: a read-only directory, a read-only target, a
 *   target in a sticky directory owned by someone else, an immutable
 *   target (as root), a read-only mount, a full disk (a 64 KiB tmpfs), a
 *   symlink target, a FIFO, device or socket target, names near NAME_MAX.  Running as root, the permission
 *   tests drop privileges in a forked child (setuid 65534), as root
 *   bypasses permissions; mounts happen in a forked child inside its own
 *   mount namespace (unshare), so nothing shows on the host.  Each skips
 *   with a reason when that is not possible. */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE   /* unshare(), CLONE_NEWNS */
#endif

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/fs.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <aict/aict.h>

#include "aict-file-private.h"

#define NOBODY 65534

typedef struct
{
  char *dir;
  char *path;               /* DIR/data.json */
  AictDataset *small;       /* a title only: 45 bytes */
  AictDataset *old;         /* A: data/meeting-2016.json, about 160 KB */
  AictDataset *new;         /* B: A with another title and description */
  GBytes *small_bytes;
  GBytes *old_bytes;
  GBytes *new_bytes;
} Fixture;

/* For the summary printed by /aict/io-faults/loop/any-step and main(). */
static struct
{
  guint saves;              /* saves run with a fault hook installed */
  guint failures;           /* of them, failed as injected */
  guint retries;            /* saves retried with the hook still there */
  guint per_step[7];        /* failed saves, by step (see steps[]) */
  guint loads;
  guint load_failures;
} counts;

/* Helpers. */

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

static gboolean
is_temp_name (const char *name)
{
  return name[0] == '.' && strstr (name, ".aict-tmp-") != NULL;
}

static GPtrArray *
list_temps (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return names;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (is_temp_name (name))
      g_ptr_array_add (names, g_strdup (name));

  return names;
}

static guint
count_temps (const char *dir_path)
{
  g_autoptr(GPtrArray) names = list_temps (dir_path);

  return names->len;
}

static gboolean
file_has_bytes (const char *path,
                GBytes     *bytes)
{
  g_autofree char *contents = NULL;
  gsize len;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return FALSE;

  return len == g_bytes_get_size (bytes) &&
         memcmp (contents, g_bytes_get_data (bytes, NULL), len) == 0;
}

static void
assert_file_bytes (const char *path,
                   GBytes     *bytes)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, len, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The dataset serialises to @expected: the model is intact. */
static void
assert_model_intact (AictDataset *dataset,
                     GBytes      *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = aict_dataset_to_bytes (dataset, &error);

  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, expected));
}

/* "DISPLAY: cannot WHAT: STRERROR", valid UTF-8. */
static void
assert_io_error (const GError *error,
                 const char   *path,
                 const char   *what,
                 int           errsv)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *expected = NULL;

  g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  expected = g_strdup_printf ("%s: cannot %s: %s", display, what, g_strerror (errsv));
  if (!g_str_has_prefix (error->message, expected))
    {
      g_autofree char *msg = g_strdup_printf ("error message \"%s\" does not start with \"%s\"",
                                              error->message, expected);

      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, msg);
    }
}

static GBytes *
encode (AictDataset *dataset)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = aict_dataset_to_bytes (dataset, &error);

  g_assert_no_error (error);
  return bytes;
}

static AictDataset *
load_meeting (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                 "meeting-2016.json", NULL);
  g_autoptr(GError) error = NULL;
  AictDataset *dataset = aict_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *description = g_strnfill (60000, 'b');
  g_autoptr(GError) error = NULL;

  (void) data;
  fixture->dir = g_dir_make_tmp ("aict-test-io-faults-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "data.json", NULL);

  fixture->small = aict_dataset_new ();
  aict_dataset_set_title (fixture->small, "small");
  fixture->old = load_meeting ();
  fixture->new = load_meeting ();
  aict_dataset_set_title (fixture->new, "I/O fault test, new version");
  aict_dataset_set_description (fixture->new, description);

  fixture->small_bytes = encode (fixture->small);
  fixture->old_bytes = encode (fixture->old);
  fixture->new_bytes = encode (fixture->new);
  g_assert_cmpuint (g_bytes_get_size (fixture->small_bytes), <, 4096);
  g_assert_cmpuint (g_bytes_get_size (fixture->old_bytes), >, 64 * 1024);
  g_assert_false (g_bytes_equal (fixture->old_bytes, fixture->new_bytes));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  (void) data;
  aict_file_set_fault_hook (NULL, NULL);
  g_clear_object (&fixture->small);
  g_clear_object (&fixture->old);
  g_clear_object (&fixture->new);
  g_clear_pointer (&fixture->small_bytes, g_bytes_unref);
  g_clear_pointer (&fixture->old_bytes, g_bytes_unref);
  g_clear_pointer (&fixture->new_bytes, g_bytes_unref);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
save_ok (AictDataset *dataset,
         const char  *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (aict_dataset_save_to_file (dataset, path, &error));
  g_assert_no_error (error);
}

/* The fault plan. */

typedef struct
{
  const char *step;       /* the step to fail, NULL for any */
  int errsv;
  guint fail_at;          /* the occurrence to fail, from 1 */
  gboolean forever;       /* and every matching one after it */
  guint calls;            /* matching occurrences seen */
  guint failures;         /* injected */
  const char *failed;     /* the step of the last injected failure */
} FaultPlan;

static int
fault_hook (const char *step,
            gpointer    user_data)
{
  FaultPlan *plan = user_data;

  if (plan->step != NULL && strcmp (plan->step, step) != 0)
    return 0;
  if (++plan->calls < plan->fail_at)
    return 0;
  if (plan->failures > 0 && !plan->forever)
    return 0;
  plan->failures++;
  plan->failed = step;
  return plan->errsv;
}

typedef struct
{
  const char *step;
  const char *what;       /* "DISPLAY: cannot WHAT: …" */
  int errnos[5];          /* 0-terminated */
} StepCase;

/* What each step can plausibly return (ENOSPC from open(): no inode left;
 * from rename(): the directory cannot grow; from close(): NFS). */
static const StepCase steps[] = {
  { "open",      "create a temporary file",      { ENOSPC, EIO, EACCES, EROFS, 0 } },
  { "write",     "write",                        { ENOSPC, EIO, 0 } },
  { "fsync",     "flush to disk",                { ENOSPC, EIO, EROFS, 0 } },
  { "close",     "close the temporary file",     { ENOSPC, EIO, 0 } },
  { "rename",    "replace the file",             { ENOSPC, EIO, EACCES, EROFS, 0 } },
  { "fsync-dir", "flush the directory to disk",  { ENOSPC, EIO, EROFS, 0 } },
  { NULL,        NULL,                           { ENOSPC, EIO, EACCES, EROFS, 0 } },
};

static guint
step_index (const char *step)
{
  guint i;

  for (i = 0; steps[i].step != NULL; i++)
    if (strcmp (steps[i].step, step) == 0)
      return i;
  g_assert_not_reached ();
}

/* One save of fixture->new over the old file at @path with @plan installed.
 * Returns TRUE if it succeeded (and checks that it did everything). */
static gboolean
faulty_save (Fixture    *fixture,
             const char *path,
             FaultPlan  *plan,
             gboolean    retry)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;
  struct stat before, after;
  guint failures_before = plan->failures;
  gboolean ok;

  if (!retry)
    {
      /* The old file, fresh: a failure at fsync-dir replaced it. */
      aict_file_set_fault_hook (NULL, NULL);
      save_ok (fixture->old, path);
    }
  g_assert_cmpint (stat (path, &before), ==, 0);
  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  /* What is there: the old file, or the new one on a retry after a
   * failure at fsync-dir. */
  g_assert_true ((len == g_bytes_get_size (fixture->old_bytes) &&
                  memcmp (contents, g_bytes_get_data (fixture->old_bytes, NULL), len) == 0) ||
                 (retry && len == g_bytes_get_size (fixture->new_bytes) &&
                  memcmp (contents, g_bytes_get_data (fixture->new_bytes, NULL), len) == 0));

  aict_file_set_fault_hook (fault_hook, plan);
  ok = aict_dataset_save_to_file (fixture->new, path, &error);
  aict_file_set_fault_hook (NULL, NULL);
  counts.saves++;
  if (retry)
    counts.retries++;

  g_assert_cmpuint (count_temps (dir), ==, 0);
  assert_model_intact (fixture->new, fixture->new_bytes);

  if (ok)
    {
      g_assert_no_error (error);
      g_assert_cmpuint (plan->failures, ==, failures_before);
      assert_file_bytes (path, fixture->new_bytes);
      return TRUE;
    }

  counts.failures++;
  g_assert_cmpuint (plan->failures, >, failures_before);
  counts.per_step[step_index (plan->failed)]++;
  assert_io_error (error, path, steps[step_index (plan->failed)].what, plan->errsv);

  if (strcmp (plan->failed, "fsync-dir") == 0)
    {
      /* After the rename: the new bytes are there, and the caller is told
       * that they may not be durable yet. */
      g_assert_nonnull (strstr (error->message, "the file was replaced"));
      assert_file_bytes (path, fixture->new_bytes);
    }
  else
    {
      g_autofree char *now = NULL;
      gsize now_len;

      /* Byte-identical, and the very same file. */
      g_assert_true (g_file_get_contents (path, &now, &now_len, NULL));
      g_assert_cmpmem (now, now_len, contents, len);
      g_assert_cmpint (stat (path, &after), ==, 0);
      g_assert_cmpuint (after.st_ino, ==, before.st_ino);
      g_assert_cmpuint (after.st_dev, ==, before.st_dev);
    }

  return FALSE;
}

/* Fails the N-th occurrence of step @sc (of any step for the last entry),
 * N = 1, 2, …, until the save succeeds; returns that N. */
static guint
fault_loop (Fixture        *fixture,
            const char     *path,
            const StepCase *sc,
            int             errsv,
            gboolean        forever)
{
  guint n;

  for (n = 1; ; n++)
    {
      FaultPlan plan = { .step = sc->step, .errsv = errsv, .fail_at = n, .forever = forever };

      g_assert_cmpuint (n, <=, 50);
      if (faulty_save (fixture, path, &plan, FALSE))
        return n;

      /* The same hook again: a transient fault is gone, a permanent one
       * fails the retry the same way (for any step: at the first step). */
      if (forever)
        {
          const char *failed = plan.failed;

          g_assert_false (faulty_save (fixture, path, &plan, TRUE));
          g_assert_cmpstr (plan.failed, ==, sc->step != NULL ? failed : "open");
        }
      else
        {
          g_assert_true (faulty_save (fixture, path, &plan, TRUE));
        }
    }
}

static void
test_fault_loop (Fixture       *fixture,
                 gconstpointer  data)
{
  const StepCase *sc = data;
  /* A name that is not UTF-8: the message must still be. */
  g_autofree char *odd_path = g_build_filename (fixture->dir, "d\xff\xfe-\xc3\xa9t\xc3.json", NULL);
  const char *const paths[] = { fixture->path, odd_path };
  guint p, e, forever, failed = 0;

  for (p = 0; p < G_N_ELEMENTS (paths); p++)
    for (e = 0; sc->errnos[e] != 0; e++)
      for (forever = 0; forever < 2; forever++)
        {
          guint n = fault_loop (fixture, paths[p], sc, sc->errnos[e], forever);

          /* Each step happens once per save (one write() for these
           * sizes); six steps in all. */
          g_assert_cmpuint (n, ==, sc->step != NULL ? 2 : 7);
          failed += n - 1;
        }

  g_test_message ("%s: %u failing saves (%u errnos x fail-once/forever x 2 names), "
                  "each FALSE + AICT_ERROR_IO, old file intact%s, no temporary, model intact",
                  sc->step != NULL ? sc->step : "any step", failed, e,
                  sc->step == NULL || strcmp (sc->step, "fsync-dir") == 0
                  ? " (new file after fsync-dir, as documented)" : "");
}

/* Reading. */

static void
test_read_faults (Fixture       *fixture,
                  gconstpointer  data)
{
  static const int errnos[] = { EIO, EINVAL };
  guint e, forever, failed = 0;

  (void) data;
  save_ok (fixture->old, fixture->path);

  for (e = 0; e < G_N_ELEMENTS (errnos); e++)
    for (forever = 0; forever < 2; forever++)
      {
        guint n;

        for (n = 1; ; n++)
          {
            FaultPlan plan = { .step = "read", .errsv = errnos[e], .fail_at = n,
                               .forever = forever };
            g_autoptr(GError) error = NULL;
            g_autoptr(AictDataset) loaded = NULL;

            g_assert_cmpuint (n, <=, 10);
            aict_file_set_fault_hook (fault_hook, &plan);
            loaded = aict_dataset_new_from_file (fixture->path, &error);
            aict_file_set_fault_hook (NULL, NULL);
            counts.loads++;

            if (loaded != NULL)
              {
                g_assert_no_error (error);
                g_assert_cmpuint (plan.failures, ==, 0);
                assert_model_intact (loaded, fixture->old_bytes);
                break;
              }
            counts.load_failures++;
            failed++;
            g_assert_cmpuint (plan.failures, ==, 1);
            assert_io_error (error, fixture->path, "read", errnos[e]);
            assert_file_bytes (fixture->path, fixture->old_bytes);
          }
        /* One read() for the file, one that returns 0. */
        g_assert_cmpuint (n, ==, 3);
      }

  /* aict_file_read_bounded() itself, with a name that is not UTF-8. */
  {
    g_autofree char *odd = g_build_filename (fixture->dir, "r\xff.json", NULL);
    FaultPlan plan = { .step = "read", .errsv = EIO, .fail_at = 1 };
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) bytes = NULL;

    save_ok (fixture->small, odd);
    aict_file_set_fault_hook (fault_hook, &plan);
    bytes = aict_file_read_bounded (odd, 1 << 20, &error);
    aict_file_set_fault_hook (NULL, NULL);
    g_assert_null (bytes);
    assert_io_error (error, odd, "read", EIO);
  }

  g_test_message ("read: %u failing loads (EIO, EINVAL x fail-once/forever x N = 1, 2), "
                  "each NULL + AICT_ERROR_IO", failed);
}

/* EINTR is what a signal does to a slow system call: retried (write,
 * fsync, fsync-dir, read, open with a new name) or harmless (close). */
static void
test_eintr (Fixture       *fixture,
            gconstpointer  data)
{
  static const char *const eintr_steps[] = { "open", "write", "fsync", "close", "fsync-dir" };
  guint i;

  (void) data;
  for (i = 0; i < G_N_ELEMENTS (eintr_steps); i++)
    {
      FaultPlan plan = { .step = eintr_steps[i], .errsv = EINTR, .fail_at = 1 };
      g_autoptr(GError) error = NULL;
      gboolean ok;

      g_test_message ("EINTR at %s", eintr_steps[i]);
      save_ok (fixture->old, fixture->path);
      aict_file_set_fault_hook (fault_hook, &plan);
      ok = aict_dataset_save_to_file (fixture->new, fixture->path, &error);
      aict_file_set_fault_hook (NULL, NULL);
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_cmpuint (plan.failures, ==, 1);
      assert_file_bytes (fixture->path, fixture->new_bytes);
      g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
    }

  {
    FaultPlan plan = { .step = "read", .errsv = EINTR, .fail_at = 1 };
    g_autoptr(GError) error = NULL;
    g_autoptr(AictDataset) loaded = NULL;

    aict_file_set_fault_hook (fault_hook, &plan);
    loaded = aict_dataset_new_from_file (fixture->path, &error);
    aict_file_set_fault_hook (NULL, NULL);
    g_assert_no_error (error);
    g_assert_cmpuint (plan.failures, ==, 1);
    assert_model_intact (loaded, fixture->new_bytes);
  }
}

/* Running a save as another user, for real. */

typedef struct
{
  char skip[256];           /* the child could not set up: why */
  gboolean ok;
  gboolean is_aict_io;
  char message[1024];
} ChildResult;

static ChildResult *
child_result_new (void)
{
  ChildResult *result = mmap (NULL, sizeof *result, PROT_READ | PROT_WRITE,
                              MAP_SHARED | MAP_ANONYMOUS, -1, 0);

  g_assert_true (result != MAP_FAILED);
  memset (result, 0, sizeof *result);
  return result;
}

static void
child_result_free (ChildResult *result)
{
  munmap (result, sizeof *result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChildResult, child_result_free)

static void
child_result_set (ChildResult *result,
                  gboolean     ok,
                  GError      *error)
{
  result->ok = ok;
  if (error != NULL)
    {
      result->is_aict_io = g_error_matches (error, AICT_ERROR, AICT_ERROR_IO);
      g_strlcpy (result->message, error->message, sizeof result->message);
    }
}

static void
wait_child (pid_t pid)
{
  int status;
  pid_t ret;

  do
    ret = waitpid (pid, &status, 0);
  while (ret < 0 && errno == EINTR);
  g_assert_cmpint (ret, ==, pid);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_autofree char *msg = g_strdup_printf ("the child failed (status 0x%x)", status);

      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, msg);
    }
}

/* Saves @dataset to @path as user and group NOBODY: in a forked child when
 * running as root, else in this process (already unprivileged).  Returns
 * FALSE with @reason if privileges cannot be dropped. */
static gboolean
save_unprivileged (AictDataset  *dataset,
                   const char   *path,
                   gboolean     *ok,
                   GError      **error,
                   char        **reason)
{
  g_autoptr(ChildResult) result = NULL;
  pid_t pid;

  if (geteuid () != 0)
    {
      *ok = aict_dataset_save_to_file (dataset, path, error);
      return TRUE;
    }

  result = child_result_new ();
  fflush (stdout);
  fflush (stderr);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      GError *local_error = NULL;
      gboolean saved;

      if (setgroups (0, NULL) < 0 || setgid (NOBODY) < 0 || setuid (NOBODY) < 0 ||
          geteuid () != NOBODY)
        {
          g_snprintf (result->skip, sizeof result->skip,
                      "cannot become user %d: %s", NOBODY, g_strerror (errno));
          _exit (0);
        }
      saved = aict_dataset_save_to_file (dataset, path, &local_error);
      child_result_set (result, saved, local_error);
      g_clear_error (&local_error);
      _exit (0);
    }
  wait_child (pid);

  if (result->skip[0] != '\0')
    {
      *reason = g_strdup (result->skip);
      return FALSE;
    }
  *ok = result->ok;
  if (!result->ok)
    g_set_error_literal (error, AICT_ERROR,
                         result->is_aict_io ? AICT_ERROR_IO : AICT_ERROR_FAILED,
                         result->message);
  return TRUE;
}

/* A directory @name in the fixture, owned by NOBODY when we are root. */
static char *
make_nobody_dir (Fixture    *fixture,
                 const char *name,
                 mode_t      mode)
{
  char *sub = g_build_filename (fixture->dir, name, NULL);

  /* The fixture directory is 0700: let NOBODY in. */
  g_assert_cmpint (chmod (fixture->dir, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  if (geteuid () == 0)
    g_assert_cmpint (chown (sub, NOBODY, NOBODY), ==, 0);
  g_assert_cmpint (chmod (sub, mode), ==, 0);
  return sub;
}

static void
chown_to_nobody (const char *path)
{
  if (geteuid () == 0)
    g_assert_cmpint (chown (path, NOBODY, NOBODY), ==, 0);
}

static void
test_read_only_directory (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *sub = make_nobody_dir (fixture, "ro", 0755);
  g_autofree char *path = g_build_filename (sub, "data.json", NULL);
  g_autofree char *reason = NULL;
  g_autoptr(GError) error = NULL;
  struct stat before, after;
  gboolean ok = FALSE;

  (void) data;
  save_ok (fixture->old, path);
  chown_to_nobody (path);
  g_assert_cmpint (chmod (sub, 0555), ==, 0);
  g_assert_cmpint (stat (path, &before), ==, 0);

  if (!save_unprivileged (fixture->new, path, &ok, &error, &reason))
    {
      /* Then at least the error path, through the hook. */
      FaultPlan plan = { .step = "open", .errsv = EACCES, .fail_at = 1, .forever = TRUE };

      g_test_message ("%s: using the fault hook instead", reason);
      aict_file_set_fault_hook (fault_hook, &plan);
      ok = aict_dataset_save_to_file (fixture->new, path, &error);
      aict_file_set_fault_hook (NULL, NULL);
    }
  else if (geteuid () != 0 && ok)
    {
      g_test_skip ("a 0555 directory is writable here");
      return;
    }

  g_assert_false (ok);
  assert_io_error (error, path, "create a temporary file", EACCES);
  g_test_message ("read-only directory: %s", error->message);
  assert_file_bytes (path, fixture->old_bytes);
  g_assert_cmpint (stat (path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);
  g_assert_cmpuint (count_temps (sub), ==, 0);
  assert_model_intact (fixture->new, fixture->new_bytes);
}

/* A read-only (0444) target in a directory its owner may write: the save
 * replaces it, as every rename-based save does (permission to replace a
 * name belongs to the directory), and the new file keeps mode 0444. */
static void
test_read_only_target (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *sub = make_nobody_dir (fixture, "rw", 0755);
  g_autofree char *path = g_build_filename (sub, "data.json", NULL);
  g_autofree char *reason = NULL;
  g_autoptr(GError) error = NULL;
  struct stat before, after;
  gboolean ok = FALSE;

  (void) data;
  save_ok (fixture->old, path);
  chown_to_nobody (path);
  g_assert_cmpint (chmod (path, 0444), ==, 0);
  g_assert_cmpint (stat (path, &before), ==, 0);

  if (!save_unprivileged (fixture->new, path, &ok, &error, &reason))
    {
      g_test_skip (reason);
      return;
    }
  g_assert_no_error (error);
  g_assert_true (ok);
  assert_file_bytes (path, fixture->new_bytes);
  g_assert_cmpint (stat (path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, !=, before.st_ino);
  g_assert_cmpint (after.st_mode & 07777, ==, 0444);
  if (geteuid () == 0)
    g_assert_cmpint (after.st_uid, ==, NOBODY);
  g_assert_cmpuint (count_temps (sub), ==, 0);
}

/* A target that belongs to someone else in a sticky world-writable
 * directory (like /tmp): the temporary can be created, but not renamed
 * over the target (EPERM).  The temporary must go, the target stay. */
static void
test_foreign_target_sticky_directory (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autofree char *sub = g_build_filename (fixture->dir, "sticky", NULL);
  g_autofree char *path = g_build_filename (sub, "data.json", NULL);
  g_autofree char *reason = NULL;
  g_autoptr(GError) error = NULL;
  struct stat before, after;
  gboolean ok = FALSE;

  (void) data;
  if (geteuid () != 0)
    {
      g_test_skip ("needs root, to own the target as another user than the saver");
      return;
    }
  g_assert_cmpint (chmod (fixture->dir, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_cmpint (chmod (sub, 01777), ==, 0);
  save_ok (fixture->old, path);   /* owned by root, 0644 */
  g_assert_cmpint (chmod (path, 0644), ==, 0);
  g_assert_cmpint (stat (path, &before), ==, 0);

  if (!save_unprivileged (fixture->new, path, &ok, &error, &reason))
    {
      g_test_skip (reason);
      return;
    }
  g_assert_false (ok);
  assert_io_error (error, path, "replace the file", EPERM);
  g_test_message ("foreign target in a sticky directory: %s", error->message);
  assert_file_bytes (path, fixture->old_bytes);
  g_assert_cmpint (stat (path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);
  g_assert_cmpuint (count_temps (sub), ==, 0);
  assert_model_intact (fixture->new, fixture->new_bytes);
}

/* An immutable target (chattr +i): even root cannot replace it. */
static void
test_immutable_target (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  struct stat before, after;
  int fd, flags = 0, immutable;
  gboolean ok;

  (void) data;
  save_ok (fixture->old, fixture->path);
  g_assert_cmpint (stat (fixture->path, &before), ==, 0);

  fd = open (fixture->path, O_RDONLY | O_CLOEXEC);
  g_assert_cmpint (fd, >=, 0);
  if (ioctl (fd, FS_IOC_GETFLAGS, &flags) < 0 ||
      (immutable = flags | FS_IMMUTABLE_FL, ioctl (fd, FS_IOC_SETFLAGS, &immutable) < 0))
    {
      g_autofree char *reason = g_strdup_printf ("cannot make a file immutable here: %s",
                                                 g_strerror (errno));

      close (fd);
      g_test_skip (reason);
      return;
    }

  ok = aict_dataset_save_to_file (fixture->new, fixture->path, &error);

  /* Undo at once, so that a failing assertion leaves nothing behind. */
  g_assert_cmpint (ioctl (fd, FS_IOC_SETFLAGS, &flags), ==, 0);
  close (fd);

  g_assert_false (ok);
  assert_io_error (error, fixture->path, "replace the file", EPERM);
  g_test_message ("immutable target: %s", error->message);
  assert_file_bytes (fixture->path, fixture->old_bytes);
  g_assert_cmpint (stat (fixture->path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);
  g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
  assert_model_intact (fixture->new, fixture->new_bytes);
}

/* Mounts, in a child of our own mount namespace. */

typedef struct
{
  char skip[256];
  char failed[512];         /* an expectation the child saw fail */
  gboolean ok;
  gboolean is_aict_io;
  char message[1024];
  gboolean old_intact;
  guint temps;
  gboolean retry_ok;
} MountResult;

typedef void (*MountFunc) (Fixture     *fixture,
                           const char  *mnt,
                           MountResult *result);

static gboolean
write_proc_file (const char *path,
                 const char *contents)
{
  int fd = open (path, O_WRONLY | O_CLOEXEC);
  gssize len = strlen (contents);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = write (fd, contents, len) == len;
  close (fd);
  return ok;
}

/* Enters a new mount namespace whose mounts do not propagate to ours (as
 * root; otherwise a new user namespace too, where allowed). */
static gboolean
enter_private_mount_namespace (char  *why,
                               gsize  why_size)
{
  uid_t uid = geteuid ();
  gid_t gid = getegid ();

  if (uid == 0)
    {
      if (unshare (CLONE_NEWNS) < 0)
        {
          g_snprintf (why, why_size, "unshare(CLONE_NEWNS): %s", g_strerror (errno));
          return FALSE;
        }
    }
  else
    {
      g_autofree char *uid_map = g_strdup_printf ("0 %ld 1\n", (long) uid);
      g_autofree char *gid_map = g_strdup_printf ("0 %ld 1\n", (long) gid);

      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) < 0)
        {
          g_snprintf (why, why_size, "not root, and unshare(CLONE_NEWUSER|CLONE_NEWNS): %s",
                      g_strerror (errno));
          return FALSE;
        }
      if (!write_proc_file ("/proc/self/setgroups", "deny") ||
          !write_proc_file ("/proc/self/uid_map", uid_map) ||
          !write_proc_file ("/proc/self/gid_map", gid_map))
        {
          g_snprintf (why, why_size, "cannot map our IDs in a user namespace: %s",
                      g_strerror (errno));
          return FALSE;
        }
    }

  /* Never let a mount leak into the parent's namespace.  (The type
   * arguments that the kernel ignores are not NULL, for valgrind's sake.) */
  if (mount ("none", "/", "none", MS_REC | MS_PRIVATE, NULL) < 0)
    {
      g_snprintf (why, why_size, "cannot make the mounts private: %s", g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/* Runs @func in a forked child, with a tmpfs of @size_kib mounted on a
 * fresh directory of the fixture that only the child sees. */
static void
run_with_tmpfs (Fixture     *fixture,
                guint        size_kib,
                MountFunc    func,
                MountResult *result)
{
  g_autofree char *mnt = g_build_filename (fixture->dir, "mnt", NULL);
  pid_t pid;

  g_assert_cmpint (g_mkdir (mnt, 0700), ==, 0);
  fflush (stdout);
  fflush (stderr);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      char options[64];

      g_snprintf (options, sizeof options, "size=%uk,mode=0700", size_kib);
      if (!enter_private_mount_namespace (result->skip, sizeof result->skip))
        _exit (0);
      if (mount ("tmpfs", mnt, "tmpfs", MS_NOSUID | MS_NODEV, options) < 0)
        {
          g_snprintf (result->skip, sizeof result->skip,
                      "cannot mount a tmpfs: %s", g_strerror (errno));
          _exit (0);
        }
      func (fixture, mnt, result);
      _exit (0);
    }
  wait_child (pid);

  /* Nothing was mounted here. */
  g_assert_cmpuint (count_temps (mnt), ==, 0);
  g_assert_cmpint (g_rmdir (mnt), ==, 0);
}

#define CHILD_EXPECT(result, cond) \
  G_STMT_START { \
    if (!(cond) && (result)->failed[0] == '\0') \
      g_snprintf ((result)->failed, sizeof (result)->failed, "line %d: %s", __LINE__, #cond); \
  } G_STMT_END

/* A small old file, then a save too big for the disk. */
static void
full_disk_child (Fixture     *fixture,
                 const char  *mnt,
                 MountResult *result)
{
  g_autofree char *path = g_build_filename (mnt, "data.json", NULL);
  g_autoptr(GBytes) encoded = NULL;
  GError *error = NULL;

  CHILD_EXPECT (result, aict_dataset_save_to_file (fixture->small, path, NULL));
  CHILD_EXPECT (result, file_has_bytes (path, fixture->small_bytes));

  result->ok = aict_dataset_save_to_file (fixture->old, path, &error);
  if (error != NULL)
    {
      result->is_aict_io = g_error_matches (error, AICT_ERROR, AICT_ERROR_IO);
      g_strlcpy (result->message, error->message, sizeof result->message);
      g_clear_error (&error);
    }
  result->old_intact = file_has_bytes (path, fixture->small_bytes);
  result->temps = count_temps (mnt);
  encoded = aict_dataset_to_bytes (fixture->old, NULL);
  CHILD_EXPECT (result, encoded != NULL && g_bytes_equal (encoded, fixture->old_bytes));

  /* The failed save gave its space back. */
  result->retry_ok = aict_dataset_save_to_file (fixture->small, path, NULL) &&
                     file_has_bytes (path, fixture->small_bytes);
}

static void
check_mount_result (MountResult *result,
                    const char  *path,
                    const char  *what,
                    int          errsv)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (result->failed, ==, "");
  g_assert_false (result->ok);
  g_assert_true (result->is_aict_io);
  g_set_error_literal (&error, AICT_ERROR, AICT_ERROR_IO, result->message);
  assert_io_error (error, path, what, errsv);
  g_assert_true (result->old_intact);
  g_assert_cmpuint (result->temps, ==, 0);
  g_assert_true (result->retry_ok);
}

static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "mnt", "data.json", NULL);
  MountResult *result;

  (void) data;
  result = mmap (NULL, sizeof *result, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  g_assert_true (result != MAP_FAILED);
  memset (result, 0, sizeof *result);

  run_with_tmpfs (fixture, 64, full_disk_child, result);
  if (result->skip[0] != '\0')
    {
      g_autofree char *reason = g_strdup_printf ("no small tmpfs: %s", result->skip);

      munmap (result, sizeof *result);
      g_test_skip (reason);
      return;
    }
  g_test_message ("full disk (64 KiB tmpfs, %" G_GSIZE_FORMAT "-byte save over a %"
                  G_GSIZE_FORMAT "-byte file): %s",
                  g_bytes_get_size (fixture->old_bytes),
                  g_bytes_get_size (fixture->small_bytes), result->message);
  check_mount_result (result, path, "write", ENOSPC);
  munmap (result, sizeof *result);
}

/* Old and new each fit, but not both: an atomic save needs room for the
 * old and the new copy at once, and fails cleanly when there is none. */
static void
two_copies_child (Fixture     *fixture,
                  const char  *mnt,
                  MountResult *result)
{
  g_autofree char *path = g_build_filename (mnt, "data.json", NULL);
  g_autofree char *old_text = g_strnfill (36 * 1024, 'o');
  g_autofree char *new_text = g_strnfill (36 * 1024, 'n');
  g_autoptr(AictDataset) old = aict_dataset_new ();
  g_autoptr(AictDataset) new = aict_dataset_new ();
  g_autoptr(GBytes) old_bytes = NULL;
  g_autoptr(GBytes) new_bytes = NULL;
  GError *error = NULL;

  (void) fixture;
  aict_dataset_set_description (old, old_text);
  aict_dataset_set_description (new, new_text);
  old_bytes = aict_dataset_to_bytes (old, NULL);
  new_bytes = aict_dataset_to_bytes (new, NULL);

  CHILD_EXPECT (result, aict_dataset_save_to_file (old, path, NULL));
  CHILD_EXPECT (result, file_has_bytes (path, old_bytes));

  result->ok = aict_dataset_save_to_file (new, path, &error);
  if (error != NULL)
    {
      result->is_aict_io = g_error_matches (error, AICT_ERROR, AICT_ERROR_IO);
      g_strlcpy (result->message, error->message, sizeof result->message);
      g_clear_error (&error);
    }
  result->old_intact = file_has_bytes (path, old_bytes);
  result->temps = count_temps (mnt);

  /* Once the old copy is gone, the new one fits. */
  CHILD_EXPECT (result, g_unlink (path) == 0);
  result->retry_ok = aict_dataset_save_to_file (new, path, NULL) &&
                     file_has_bytes (path, new_bytes);
}

static void
test_full_disk_two_copies (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "mnt", "data.json", NULL);
  MountResult *result;

  (void) data;
  result = mmap (NULL, sizeof *result, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  g_assert_true (result != MAP_FAILED);
  memset (result, 0, sizeof *result);

  run_with_tmpfs (fixture, 64, two_copies_child, result);
  if (result->skip[0] != '\0')
    {
      g_autofree char *reason = g_strdup_printf ("no small tmpfs: %s", result->skip);

      munmap (result, sizeof *result);
      g_test_skip (reason);
      return;
    }
  g_test_message ("two 36 KiB copies on a 64 KiB tmpfs: %s", result->message);
  check_mount_result (result, path, "write", ENOSPC);
  munmap (result, sizeof *result);
}

/* A file system remounted read-only: EROFS, honestly, even for root. */
static void
read_only_mount_child (Fixture     *fixture,
                       const char  *mnt,
                       MountResult *result)
{
  g_autofree char *path = g_build_filename (mnt, "data.json", NULL);
  GError *error = NULL;

  CHILD_EXPECT (result, aict_dataset_save_to_file (fixture->small, path, NULL));
  if (mount ("tmpfs", mnt, "tmpfs", MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL) < 0)
    {
      g_snprintf (result->skip, sizeof result->skip,
                  "cannot remount read-only: %s", g_strerror (errno));
      return;
    }

  result->ok = aict_dataset_save_to_file (fixture->old, path, &error);
  if (error != NULL)
    {
      result->is_aict_io = g_error_matches (error, AICT_ERROR, AICT_ERROR_IO);
      g_strlcpy (result->message, error->message, sizeof result->message);
      g_clear_error (&error);
    }
  result->old_intact = file_has_bytes (path, fixture->small_bytes);
  result->temps = count_temps (mnt);

  CHILD_EXPECT (result, mount ("tmpfs", mnt, "tmpfs", MS_REMOUNT | MS_NOSUID | MS_NODEV, NULL) == 0);
  result->retry_ok = aict_dataset_save_to_file (fixture->old, path, NULL) &&
                     file_has_bytes (path, fixture->old_bytes);
}

static void
test_read_only_mount (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "mnt", "data.json", NULL);
  MountResult *result;

  (void) data;
  result = mmap (NULL, sizeof *result, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  g_assert_true (result != MAP_FAILED);
  memset (result, 0, sizeof *result);

  run_with_tmpfs (fixture, 1024, read_only_mount_child, result);
  if (result->skip[0] != '\0')
    {
      g_autofree char *reason = g_strdup_printf ("no read-only mount: %s", result->skip);

      munmap (result, sizeof *result);
      g_test_skip (reason);
      return;
    }
  g_test_message ("read-only mount: %s", result->message);
  check_mount_result (result, path, "create a temporary file", EROFS);
  munmap (result, sizeof *result);
}

/* Symbolic links: the link is replaced by a regular file (documented); the
 * file it points to is never touched, and a failed save leaves the link. */
static void
test_symlink (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *other = g_build_filename (fixture->dir, "other", NULL);
  g_autofree char *real = g_build_filename (other, "real.json", NULL);
  g_autofree char *link = g_build_filename (fixture->dir, "link.json", NULL);
  g_autofree char *link_target = NULL;
  g_autoptr(GError) error = NULL;
  FaultPlan plan = { .step = "write", .errsv = EIO, .fail_at = 1, .forever = TRUE };
  struct stat real_before, st;

  (void) data;
  g_assert_cmpint (g_mkdir (other, 0700), ==, 0);
  save_ok (fixture->old, real);
  g_assert_cmpint (chmod (real, 0640), ==, 0);
  g_assert_cmpint (stat (real, &real_before), ==, 0);
  g_assert_cmpint (symlink ("other/real.json", link), ==, 0);

  /* A failing save: the link stays a link to the same file. */
  aict_file_set_fault_hook (fault_hook, &plan);
  g_assert_false (aict_dataset_save_to_file (fixture->new, link, &error));
  aict_file_set_fault_hook (NULL, NULL);
  assert_io_error (error, link, "write", EIO);
  g_clear_error (&error);
  link_target = g_file_read_link (link, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (link_target, ==, "other/real.json");
  assert_file_bytes (real, fixture->old_bytes);
  g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
  g_assert_cmpuint (count_temps (other), ==, 0);
  assert_model_intact (fixture->new, fixture->new_bytes);

  /* A save that works replaces the link, with the mode of its target. */
  save_ok (fixture->new, link);
  g_assert_cmpint (lstat (link, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  assert_file_bytes (link, fixture->new_bytes);

  assert_file_bytes (real, fixture->old_bytes);
  g_assert_cmpint (stat (real, &st), ==, 0);
  g_assert_cmpuint (st.st_ino, ==, real_before.st_ino);
  g_assert_cmpint (st.st_mtime, ==, real_before.st_mtime);
  g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
  g_assert_cmpuint (count_temps (other), ==, 0);
}

/* A FIFO, a device or a socket (or a symlink to one) is not replaced: the
 * caller means to write into it, and renaming over it would destroy it
 * (root saving to /dev/null).  Nothing is written, nothing is left. */
static void
test_special_target (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (fixture->dir, "fifo.json", NULL);
  g_autofree char *device = g_build_filename (fixture->dir, "null.json", NULL);
  g_autofree char *socket_path = g_build_filename (fixture->dir, "socket.json", NULL);
  g_autofree char *link = g_build_filename (fixture->dir, "link.json", NULL);
  struct
  {
    const char *path;
    const char *what;
    mode_t type;
  } cases[] = {
    { fifo, "a FIFO", S_IFIFO },
    { device, "a character device", S_IFCHR },
    { socket_path, "a socket", S_IFSOCK },
    { link, "a FIFO", S_IFLNK },
  };
  struct sockaddr_un addr = { .sun_family = AF_UNIX };
  gboolean have_device;
  guint i;
  int sock;

  (void) data;
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("fifo.json", link), ==, 0);
  have_device = mknod (device, S_IFCHR | 0600, makedev (1, 3)) == 0;   /* /dev/null */
  g_assert_cmpuint (strlen (socket_path), <, sizeof addr.sun_path);
  g_strlcpy (addr.sun_path, socket_path, sizeof addr.sun_path);
  sock = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  g_assert_cmpint (sock, >=, 0);
  g_assert_cmpint (bind (sock, (struct sockaddr *) &addr, sizeof addr), ==, 0);

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *expected = NULL;
      g_autofree char *display = g_filename_display_name (cases[i].path);
      g_autoptr(GError) error = NULL;
      struct stat st;

      if (cases[i].type == S_IFCHR && !have_device)
        {
          g_test_message ("no device node: mknod() needs CAP_MKNOD");
          continue;
        }
      g_assert_false (aict_dataset_save_to_file (fixture->new, cases[i].path, &error));
      g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
      expected = g_strdup_printf ("%s: cannot replace the file: it is not a regular file (%s)",
                                  display, cases[i].what);
      g_assert_cmpstr (error->message, ==, expected);
      g_assert_cmpint (lstat (cases[i].path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & S_IFMT, ==, cases[i].type);
      g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
    }
  close (sock);
}

/* Stops the child before its rename, for the parent to SIGKILL it.  (Not
 * raise(SIGKILL): valgrind turns that into an orderly exit with a leak
 * report of the frames it abandons.) */
static int
stop_at_rename (const char *step,
                gpointer    user_data)
{
  (void) user_data;
  if (strcmp (step, "rename") == 0)
    for (;;)
      raise (SIGSTOP);
  return 0;
}

/* Names near NAME_MAX (255 bytes): the temporary's suffix
 * (".aict-tmp-PID-XXXXXX" and a leading ".") would not fit, so the saver
 * shortens BASENAME in it.  Failures, kills and stale temporaries of such
 * names are handled like any other. */
static void
test_name_max (Fixture       *fixture,
               gconstpointer  data)
{
  static const guint lengths[] = { 200, 226, 227, 228, 240, 254, 255 };
  guint i;

  (void) data;
  for (i = 0; i < G_N_ELEMENTS (lengths); i++)
    {
      g_autofree char *stem = g_strnfill (lengths[i] - 5, 'n');
      g_autofree char *base = g_strconcat (stem, ".json", NULL);
      g_autofree char *path = g_build_filename (fixture->dir, base, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) temps = NULL;
      FaultPlan plan = { .step = "fsync", .errsv = EIO, .fail_at = 1, .forever = TRUE };
      int status;
      pid_t pid;

      g_assert_cmpuint (strlen (base), ==, lengths[i]);
      save_ok (fixture->old, path);

      /* A failure: nothing left, old file intact. */
      aict_file_set_fault_hook (fault_hook, &plan);
      g_assert_false (aict_dataset_save_to_file (fixture->new, path, &error));
      aict_file_set_fault_hook (NULL, NULL);
      assert_io_error (error, path, "flush to disk", EIO);
      assert_file_bytes (path, fixture->old_bytes);
      g_assert_cmpuint (count_temps (fixture->dir), ==, 0);

      /* A save killed before its rename leaves a temporary whose name fits
       * in NAME_MAX; the next save finds and removes it. */
      fflush (stdout);
      fflush (stderr);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          aict_file_set_fault_hook (stop_at_rename, NULL);
          aict_dataset_save_to_file (fixture->new, path, NULL);
          _exit (99);
        }
      while (waitpid (pid, &status, WUNTRACED) < 0)
        g_assert_cmpint (errno, ==, EINTR);
      g_assert_true (WIFSTOPPED (status));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      while (waitpid (pid, &status, 0) < 0)
        g_assert_cmpint (errno, ==, EINTR);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
      temps = list_temps (fixture->dir);
      g_assert_cmpuint (temps->len, ==, 1);
      g_assert_cmpuint (strlen (g_ptr_array_index (temps, 0)), <=, 255);
      assert_file_bytes (path, fixture->old_bytes);

      save_ok (fixture->new, path);
      assert_file_bytes (path, fixture->new_bytes);
      g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
      g_unlink (path);
    }

  /* One byte too many: the file system refuses the name, cleanly. */
  {
    g_autofree char *base = g_strnfill (256, 'n');
    g_autofree char *path = g_build_filename (fixture->dir, base, NULL);
    g_autoptr(GError) error = NULL;

    g_assert_false (aict_dataset_save_to_file (fixture->new, path, &error));
    g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
    g_assert_true (g_utf8_validate (error->message, -1, NULL));
    g_assert_nonnull (strstr (error->message, g_strerror (ENAMETOOLONG)));
    g_assert_cmpuint (count_temps (fixture->dir), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  guint i;
  int ret;

  g_test_init (&argc, &argv, NULL);

  for (i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *path = g_strdup_printf ("/aict/io-faults/loop/%s",
                                               steps[i].step != NULL ? steps[i].step : "any-step");

      g_test_add (path, Fixture, &steps[i], fixture_set_up, test_fault_loop, fixture_tear_down);
    }

#define TEST(path, func) \
  g_test_add ("/aict/io-faults/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  TEST ("read", test_read_faults);
  TEST ("eintr", test_eintr);
  TEST ("read-only-directory", test_read_only_directory);
  TEST ("read-only-target", test_read_only_target);
  TEST ("foreign-target-sticky-directory", test_foreign_target_sticky_directory);
  TEST ("immutable-target", test_immutable_target);
  TEST ("read-only-mount", test_read_only_mount);
  TEST ("full-disk", test_full_disk);
  TEST ("full-disk-two-copies", test_full_disk_two_copies);
  TEST ("symlink", test_symlink);
  TEST ("special-target", test_special_target);
  TEST ("name-max", test_name_max);
#undef TEST

  ret = g_test_run ();

  if (counts.saves > 0)
    {
      printf ("# io-faults: %u saves under the fault hook, %u failed as injected "
              "(open %u, write %u, fsync %u, close %u, rename %u, fsync-dir %u), "
              "%u retries with the hook kept; %u loads, %u failed as injected\n",
              counts.saves, counts.failures, counts.per_step[0], counts.per_step[1],
              counts.per_step[2], counts.per_step[3], counts.per_step[4], counts.per_step[5],
              counts.retries, counts.loads, counts.load_failures);
      fflush (stdout);
    }

  return ret;
}
